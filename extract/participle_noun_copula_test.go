package extract

import (
	"strings"
	"testing"
)

// TestParticipleOfNounNoVerb: a past participle that describes a noun is
// no act of the clause's subject when the clause has no verb above that
// noun but a copula ("X is the last of the prisoners freed ...") or when
// the participle stands after a determiner or "other" before its noun
// ("the two other freed prisoners"); a "by" phrase of a later verb is then
// not its doer. A participle that is the clause's verb keeps its subject.
// Texts written for the test.
func TestParticipleOfNounNoVerb(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		trigger string // the trigger asked about
		source  string // the source wanted for it; "" = no event on that trigger
	}{
		{"Mr Kaya is the last of the five prisoners freed in June to speak to the press.", "freed", ""},
		{"Mr Kaya was the only minister expelled from the meeting in Ankara.", "expelled", ""},
		{"Mr Kaya and the two other freed prisoners were flown home by Turkish officials.", "freed", ""},
		{"Turkey freed five prisoners in June.", "freed", "country:TUR"},
		{"Turkey expelled the ambassador on Monday.", "expelled", "country:TUR"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var got []string
			for _, ev := range doc.Events {
				if strings.HasPrefix(ev.Trigger, tt.trigger) {
					got = append(got, ev.Source)
				}
			}
			if tt.source == "" && len(got) > 0 || tt.source != "" && (len(got) == 0 || got[0] != tt.source) {
				t.Errorf("sources of %q: %v, want %q; events %v", tt.trigger, got, tt.source, eventKeys(doc))
			}
		})
	}
}
