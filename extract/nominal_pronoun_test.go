package extract

import "testing"

// TestPronounPossessor: a possessive pronoun before an act noun that names
// its target stands for the clause's subject, unless another actor is
// named between them or the noun's possessor is the one acted on (an
// arrest). Texts written for the test.
func TestPronounPossessor(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, source, target string // source "-" wants no such event
	}{
		{"The Swedish government lost support at home after its attack on Finland last year.", "180", "org:swe-government", "country:FIN"},
		{"Kenya and Uganda made little progress in their talks with Tanzania.", "040", "country:KEN", "country:TZA"},
		{"Chilean officials were angered by Peru's disclosure of its talks with Bolivia.", "040", "-", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			found := false
			for _, ev := range doc.Events {
				if ev.Cameo != tt.code || tt.source != "-" && ev.Source != tt.source {
					continue
				}
				found = true
				if tt.source == "-" {
					t.Errorf("unwanted %s event %s>%s; events %v", tt.code, ev.Source, ev.Target, eventKeys(doc))
				} else if ev.Target != tt.target {
					t.Errorf("target %q, want %q; events %v", ev.Target, tt.target, eventKeys(doc))
				}
			}
			if !found && tt.source != "-" {
				t.Errorf("no %s event by %s; events %v", tt.code, tt.source, eventKeys(doc))
			}
		})
	}
}
