package extract

import "testing"

// TestWithoutGerund: a gerund opened by "without" tells an act that did not
// happen. It makes no event of its own ("left the summit without signing
// the pact with X"), and nobody named in it is the target of the act it
// goes with ("agreed to resign without travelling to X"). The verb's own
// object before it stays its target. Texts written for the test.
func TestWithoutGerund(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text     string
		code     string // the event wanted ("" = none besides those listed in not)
		target   string // its target ("" = none)
		notCodes []string
	}{
		{"The Chilean foreign minister agreed to resign without travelling to Peru.", "0341", "", nil},
		{"The Chilean president pledged aid to Peru without consulting parliament.", "033", "country:PER", nil},
		{"The Chilean delegation left Lima on Monday without signing a trade pact with Peru.", "", "", []string{"030", "057"}},
		{"The Chilean president rejected the Peruvian offer without consulting Bolivia.", "125", "country:PER", []string{"040"}},
		{"The Chilean army withdrew from the border town without formally accusing Peru of the attack.", "", "", []string{"112"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			for _, ev := range doc.Events {
				for _, c := range tt.notCodes {
					if ev.Cameo == c {
						t.Errorf("event %s from a without-gerund; events %v", c, eventKeys(doc))
					}
				}
			}
			if tt.code != "" {
				checkCodeTarget(t, doc, tt.code, tt.target)
			}
		})
	}
}
