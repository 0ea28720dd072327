package extract

import (
	"strings"
	"testing"
)

// TestAbandonedCourse checks "abandon" and "drop" with a course of one's own:
// a state or an office holder giving up its policy, plan or bid concedes
// (0832, the course frame) and cuts no relations (166); a firm's plans, a
// private person's career and people abandoned make no event; leaving a body
// still cuts relations. Sentences written for the test.
func TestAbandonedCourse(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, want string // want "" for no event
	}{
		{"The Chilean government abandoned its plan to privatise the copper mines after weeks of strikes.", "0832"},
		{"Brazil abandoned its policy of taxing imported grain on Monday.", "0832"},
		{"Two Norwegian insurers have abandoned plans for a merger this year.", ""},
		{"The painter Ola Berg abandoned his career as a banker in 1998.", ""},
		{"Farmers who had voted Labour for decades have abandoned them.", ""},
		{"Venezuela abandoned the Andean Community in 2006.", "166"},
		{"The Danish health minister dropped her proposal for a sugar tax after the vote.", "0832"},
		{"The Swedish airline SAS dropped its bid for the Finnish carrier on Friday.", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := ""
		for _, e := range doc.Events {
			if strings.HasPrefix(e.Trigger, "abandoned") || strings.HasPrefix(e.Trigger, "dropped") {
				got = e.Cameo
			}
		}
		if got != tt.want {
			t.Errorf("%q: coded %q, want %q\n%s", tt.text, got, tt.want, dumpDoc(doc))
		}
	}
}
