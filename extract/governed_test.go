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
	checkCameoModalities(t, newTestExtractor(t), []modalityCase{
		{"Canada wrote to Peru on Friday, threatening to impose sanctions on Lima.", "1312/threatened"},
		{"Canada has troops threatening to withdraw from Peru.", "136/threatened"},
		{"Chile protested to Peru on Friday, asking it to release the fishermen.", "110/asserted 020/requested"},
		{"Lawyers for Chile wanted the fishing companies to surrender their boats.", ""},
		{"Chile is hoping to meet Peru next month.", "036/planned"},
		{"Chile wrote to Peru, refusing to release the fishermen.", "1243/asserted"},
	})
}

// TestAdjunctGovernor: a participle of threatening, urging, demanding or
// refusing after a comma is an act of the clause's subject, and the act it
// governs is part of it; a participle that takes a place or a name after
// "to" is none. Texts written for the test.
func TestAdjunctGovernor(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // "cameo/modality source>target" of each event, joined by spaces
	}{
		{"Canada wrote to Peru on Friday, threatening to impose sanctions on Lima.", "1312/threatened country:CAN>country:PER"},
		{"Canada wrote to Peru, threatening to withdraw its ambassador from Lima.", "130/threatened country:CAN>country:PER"},
		{"Chile criticised Peru, urging Lima to free the fishermen.", "110/asserted country:CHL>country:PER 020/requested country:CHL>country:PER"},
		{"The Chilean president wrote to Peru's leader, inviting him to Santiago.", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var got []string
			for _, e := range doc.Events {
				got = append(got, e.Cameo+"/"+e.Modality+" "+e.Source+">"+e.Target)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("events %q, want %q", g, tt.want)
			}
		})
	}
}

// TestWantedNoun: an act named as the object of a verb of wanting, or after
// "calls for", is wanted, not done, and not by the one who wants it; an act
// in a that-clause after it is left to the clause. Texts written for the test.
func TestWantedNoun(t *testing.T) {
	checkCameoModalities(t, newTestExtractor(t), []modalityCase{
		{"The Chilean minister wants house arrest for the smugglers.", ""},
		{"Peru's foreign minister demanded a full, public apology from Chile.", "100/asserted"},
		{"Peru's president renewed calls for an end to Western sanctions.", ""},
		{"Peru arrested the smugglers.", "173/asserted"},
	})
}

// modalityCase is a text and "cameo/modality" of each of its events, joined
// by spaces.
type modalityCase struct{ text, want string }

// checkCameoModalities extracts each case and compares its events' codes
// and modalities.
func checkCameoModalities(t *testing.T, x *Extractor, cases []modalityCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if g := cameoModalities(doc); g != tt.want {
				t.Errorf("events %q, want %q (%v)", g, tt.want, eventKeys(doc))
			}
		})
	}
}

// cameoModalities is "cameo/modality" of each event of doc, joined by spaces.
func cameoModalities(doc Document) string {
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Cameo+"/"+e.Modality)
	}
	return strings.Join(got, " ")
}
