package extract

import "testing"

// TestPressAddressee checks that a news outlet a denial or statement is told
// to is not made its target, while a body the statement is aimed at stays
// one. Sentences written for the test.
func TestPressAddressee(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, target string // target of the statement event; "" for none
	}{
		{"Gazprom has denied to Reuters that it cut supplies to the plant.", ""},
		{"Mr Duval denied the claim, telling the BBC that the accounts were sound.", ""},
		{"The Kremlin denied the reports, telling the BBC that the talks had not failed.", ""},
		// a body the statement is aimed at, after "to", is not the press
		{"Mr Duval warned the European Commission that the deal would collapse.", "org:european-commission"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Root != "01" {
				continue
			}
			found = true
			if e.Target != tt.target {
				t.Errorf("%q: target %q, want %q\n%s", tt.text, e.Target, tt.target, dumpDoc(doc))
			}
		}
		if !found {
			t.Errorf("%q: no statement event\n%s", tt.text, dumpDoc(doc))
		}
	}
}
