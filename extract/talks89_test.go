package extract

import "testing"

// TestTalksNounAfterVerb: a talks or meeting noun with its partner after
// "with", inside a phrase after "take part in", "be in" or "after" /
// "following", is an act of the clause's subject. Taking part or being in
// talks is the subject's own act (clause main; planned after "due to");
// talks held before the clause's act ("after talks with") are background.
// A planned meeting makes no pair for a later "both sides". Sentences
// written for the test.
func TestTalksNounAfterVerb(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // findEvent fields
		none []string // no such event
	}{
		{"Norway took part in talks with Sweden on fishing quotas.", []string{"040", "country:NOR>country:SWE", "clause=main"}, nil},
		{"Chile is due to take part in talks with Peru next week.", []string{"036", "country:CHL>country:PER", "planned"}, nil},
		{"Kenya closed the border after two weeks of talks with Uganda.", []string{"040", "country:KEN>country:UGA", "clause=background"}, nil},
		{"Portugal raised its tariffs following a meeting with Spain.", []string{"040", "country:PRT>country:ESP", "clause=background"}, nil},
		{"Ghana is in talks with Togo about the coastal road.", []string{"040", "country:GHA>country:TGO", "clause=main"}, nil},
		{"Ghana spoke about the talks with Togo.", nil, []string{"04", "country:GHA>country:TGO"}},
		{"Britain praised the move by India and Pakistan to open a bus route. Britain is due to take part in talks with India on Friday. Both sides agreed to begin talks on trade.",
			[]string{"036", "country:IND>country:PAK"}, []string{"036", "country:IND>country:GBR"}},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if tt.want != nil && !findEvent(doc, tt.want) {
			t.Errorf("%q: want event %v\n%s", tt.text, tt.want, dumpDoc(doc))
		}
		if tt.none != nil && findEvent(doc, tt.none) {
			t.Errorf("%q: want no event %v\n%s", tt.text, tt.none, dumpDoc(doc))
		}
	}
}
