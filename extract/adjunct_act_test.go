package extract

import (
	"strings"
	"testing"
)

// TestAdjunctAct checks that a participle of saying, charging or asking
// after a comma or a day ("..., blaming X for", "on Friday urging X to") is
// an act of the main clause's subject; not under a negated or hypothetical
// main verb, nor when it hangs on a noun it modifies. Sentences written for
// the test.
func TestAdjunctAct(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, root, source, target string
		want                       bool
	}{
		{"Norway withdrew from the fishing talks, blaming Denmark for the collapse.", "11", "country:NOR", "country:DNK", true},
		{"Chile answered sharply, accusing Peru of stealing water from the border river.", "11", "country:CHL", "country:PER", true},
		{"Kenya wrote to Uganda on Thursday urging Kampala to reopen the border crossings.", "02", "country:KEN", "country:UGA", true},
		// A progressive with a day between stays a verb of any sense.
		{"Iran is today sending troops to Iraq.", "15", "country:IRN", "country:IRQ", true},
		// Naming a thing is no act against an actor.
		{"Chile quit the border talks with Peru, calling it a farce.", "11", "country:CHL", "", false},
		// Not done: the main verb is negated or only possible.
		{"Chile did not answer, accusing Peru of stealing water from the border river.", "11", "country:CHL", "country:PER", false},
		{"Chile would answer sharply, accusing Peru of stealing water from the border river.", "11", "country:CHL", "country:PER", false},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if strings.HasPrefix(e.Cameo, tt.root) && e.Source == tt.source && (tt.target == "" || e.Target == tt.target) {
				found = true
			}
		}
		if found != tt.want {
			t.Errorf("%q: %s event %s>%s found %v, want %v\n%s", tt.text, tt.root, tt.source, tt.target, found, tt.want, dumpDoc(doc))
		}
	}
}

// TestPronounObjectTarget checks that "him" right after a one-word verb
// trigger is its object, resolved as such, so a name later in the clause
// ("of abuses in Mali") is not taken for the target. Sentences written for
// the test.
func TestPronounObjectTarget(t *testing.T) {
	x := newTestExtractor(t)
	text := "A Dutch court summoned President Jan Visser of Suriname, accusing him of crimes in Guyana."
	doc := x.extract(Article{ID: "t"}, text)
	for _, e := range doc.Events {
		if strings.HasPrefix(e.Cameo, "112") && e.Target == "country:GUY" {
			t.Errorf("%q: accusation aimed at Guyana\n%s", text, dumpDoc(doc))
		}
	}
}
