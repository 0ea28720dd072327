package extract

import "testing"

// TestDeniedContent: an act inside a denial ("denied he met", "rejected
// claims he urged") did not happen as far as the speaker says: it is
// negated, and no refusal; an act after the denial's clause ends stays.
// Texts written for the test.
func TestDeniedContent(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		trigger string // the trigger looked at
		want    string // its modality and PLOVER type, "" for no event on it
	}{
		{"The Danish foreign minister denied he met the Swedish envoy in secret.", "met", "negated CONSULT"},
		{"The Danish foreign minister rejected claims he urged Sweden to close the bridge.", "urged Sweden to", "negated REQUEST"},
		{"The Danish foreign minister denied a report suggesting he had visited Sweden.", "visited", "negated CONSULT"},
		{"The Danish foreign minister met the Swedish envoy on Monday.", "met", "asserted CONSULT"},
		{"The Danish foreign minister denied the report, but met the Swedish envoy on Monday.", "met", "asserted CONSULT"},
		{"Denmark denied reports that its navy had fired on Swedish boats and asked Sweden to investigate.", "asked Sweden to", "requested REQUEST"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			for _, ev := range doc.Events {
				if ev.Trigger == tt.trigger {
					got = ev.Modality + " " + ev.Plover
				}
			}
			if got != tt.want {
				t.Errorf("%q: got %q, want %q; events %v", tt.trigger, got, tt.want, eventKeys(doc))
			}
		})
	}
}
