package extract

import (
	"strings"
	"testing"
)

// TestNegationScope: a negation belongs to the verb right after it. An act
// in a clause that verb opens ("did not disclose that it paid ...", "did not
// change the aims she backs") is not denied, and so is no refusal; a past
// act told as not done ("did not step down") is negated, no refusal either.
// An act named after "no" in a pattern's gap ("issued no apology") is not
// made, and not refused. An announced refusal ("will not lift") stays one. Texts written for
// the test.
func TestNegationScope(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text     string
		trigger  string
		notRefus bool // the trigger's event is coded no refusal (no 12 code)
		negated  bool // and its modality is negated
	}{
		{"The Estonian government did not disclose that it provided $3m in aid to Latvia.", "provided", true, false},
		{"Estonia did not change the causes she backs, Latvia said.", "backs", true, false},
		{"Finland's foreign minister Pekka Laine did not step down but will leave under the new rules.", "step down", true, true},
		{"Finland will not lift the ban on Estonian pork.", "lift the ban", false, false},
		{"Estonian minister Pekka Laine has issued no apology to Latvia for the remarks.", "issued no apology", true, true},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, c.text)
		found := false
		for _, ev := range doc.Events {
			if !strings.Contains(ev.Trigger, c.trigger) {
				continue
			}
			found = true
			refusal := strings.HasPrefix(ev.Cameo, "12")
			if refusal == c.notRefus {
				t.Errorf("%q: %s coded %s, refusal wanted %v (%v)", c.text, c.trigger, ev.Cameo, !c.notRefus, eventKeys(doc))
			}
			if c.notRefus && (ev.Modality == ModalityNegated) != c.negated {
				t.Errorf("%q: %s modality %s, negated wanted %v", c.text, c.trigger, ev.Modality, c.negated)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q (%v)", c.text, c.trigger, eventKeys(doc))
		}
	}
}
