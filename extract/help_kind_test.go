package extract

import "testing"

// TestMilitaryKindOfHelp: a bare lower-case military word right before a
// noun of help ("military aid", "military assistance") says what kind of
// help it is; it is no armed force of the country the sentence names, so the
// one the help goes to stays the target. A military word before no such noun is
// still a body. Texts written for
// the test.
func TestMilitaryKindOfHelp(t *testing.T) {
	checkKeySuffixes(t, []keyCase{
		{"Norway reduced military aid to Nordic allies last year.", "country:NOR>group:nordic-allies", ">org:nor-military"},
		{"Norwegian Defence Minister Ola Berg has promised to continue military aid to war-torn Estonia.", ">country:EST", ">org:est-military"},
		{"The Estonian president accused the military of abuses.", ">org:est-military", ""},
	})
}
