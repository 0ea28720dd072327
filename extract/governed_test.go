package extract

import (
	"strings"
	"testing"
)

// TestSilentGovernor: an act in the infinitive of a verb of threatening,
// asking, promising or refusing that is no trigger of its own (a participle
// after a comma, or "wanted X to" where X is no actor) is not done: what is
// asked of someone makes no event, a threatened act is a threat, a promised
// one an intent. Texts written for the test.
func TestSilentGovernor(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // "cameo/modality" of each event, joined by spaces
	}{
		{"Canada wrote to Peru on Friday, threatening to impose sanctions on Lima.", "1312/threatened"},
		{"Canada wrote to Peru on Friday, threatening to withdraw its troops from the border.", "130/threatened"},
		{"Chile protested to Peru on Friday, asking it to release the fishermen.", "110/asserted"},
		{"Lawyers for Chile wanted the fishing companies to surrender their boats.", ""},
		{"Chile is hoping to meet Peru next month.", "036/planned"},
		{"Chile wrote to Peru, refusing to release the fishermen.", "1243/asserted"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var got []string
			for _, e := range doc.Events {
				got = append(got, e.Cameo+"/"+e.Modality)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("events %q, want %q (%v)", g, tt.want, eventKeys(doc))
			}
		})
	}
}
