package extract

import (
	"strings"
	"testing"
)

// TestThenGerundJoinsGerund: an -ing form after "and then" goes on with
// the gerund before it, so in "accused X of doing A and then doing B" the
// second act is part of the accusation, not an act of the accuser.
// Texts written for the test.
func TestThenGerundJoinsGerund(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Ms Okafor accused Mr Lind of spreading rumours about her budget and then attacking the rumours in public.",
		"Mr Berg accused Ms Holm of leaking the report and then attacking the newspaper that printed it.",
	} {
		t.Run(text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
			for _, ev := range doc.Events {
				if strings.HasPrefix(ev.Trigger, "attacking") {
					t.Errorf("the accused act made an event of its own: %v", eventKeys(doc))
				}
			}
		})
	}
}
