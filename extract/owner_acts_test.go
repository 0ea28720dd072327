package extract

import "testing"

// TestOwnerActs checks who acts when the tree's subject is a thing a
// country or body owns and no mention covers it: the owner acts only when
// the possessed noun names a body, an office, a force or its people ("X's
// watchdog", "X's spokesman"), not when it names a circumstance, a product
// or other firms ("X's crisis", "X's handset", "X's rivals"). Also the
// "forced X to" coercion line. Sentences written for the test.
func TestOwnerActs(t *testing.T) {
	checkSources(t, []sourceCase{
		// a circumstance, a product, rivals: the owner does not act
		{"Last year, Chile's long drought forced President Ortega to ration water.", "forced", ""},
		{"Vodafone's smaller competitors accused it last month of unfair pricing.", "accused", ""},
		{"Analysts said Samsung's new folding handset broke the industry's rules on battery size.", "broke", ""},
		// a body the owner has acts for it
		{"Canada's competition watchdog accused Rogers of misleading its customers.", "accused", "org:can-government"},
		// one who makes another act is coercing it
		{"Turkey forced Gazprom to cut the price of its gas.", "forced", "country:TUR"},
	})
}
