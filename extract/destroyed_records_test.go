package extract

import "testing"

// TestDestroyedRecords checks that "destroy" with records or a worth for
// object (files, documents, evidence, shareholder value), or after such a
// noun as a participle, attacks no property (no 1712 event and no threat of
// one), while property and positions destroyed stay attacks. Sentences
// written for the test.
func TestDestroyedRecords(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want bool // an event with the trigger "destroy..."
	}{
		{"The Norwegian Ministry of Justice destroyed some 4,000 files last year.", false},
		{"Hundreds of documents destroyed by the Danish defence ministry were never copied.", false},
		{"Shareholders of Statoil say the merger would destroy shareholder value.", false},
		{"Syrian troops destroyed a bridge near the Turkish border on Monday.", true},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := false
		for _, e := range doc.Events {
			if len(e.Trigger) >= 6 && e.Trigger[:6] == "destro" {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: destroy event %v, want %v\n%s", tt.text, got, tt.want, dumpDoc(doc))
		}
	}
}
