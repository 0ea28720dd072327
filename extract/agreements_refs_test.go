package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestAgreementConfirmationsAndFrameworks checks that each state of a
// coordinated subject that stays in an agreement is a party, and that "the
// framework" refers back to a framework the article named, on sentences
// written for the test.
func TestAgreementConfirmationsAndFrameworks(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		agreements []string
		parties    []string
	}{
		{
			name:       "a coordinated subject stays committed",
			text:       "Austria and Slovakia remained committed to the Danube Water Charter.",
			agreements: []string{"agreement:dwc"},
			parties:    []string{"country:AUT>agreement:dwc ..", "country:SVK>agreement:dwc .."},
		},
		{
			name:       "they, said of a coordinated subject",
			text:       "Austria, Slovakia and Serbia said on Monday they would stay in the Danube Water Charter.",
			agreements: []string{"agreement:dwc"},
			parties:    []string{"country:AUT>agreement:dwc ..", "country:SRB>agreement:dwc ..", "country:SVK>agreement:dwc .."},
		},
		{
			name:       "a person beside a state is no party",
			text:       "Austria and its chancellor Karl Nehammer remained committed to the Danube Water Charter.",
			agreements: []string{"agreement:dwc"},
			parties:    []string{"country:AUT>agreement:dwc .."},
		},
		{
			name:       "a description of another topic in an article naming one agreement stays apart",
			text:       "Peru left the Pacific Fisheries Framework on Monday. It signed a trade pact with Chile.",
			agreements: []string{"agreement:chile-trade-agreement", "agreement:pff"},
			parties:    []string{"country:PER>agreement:chile-trade-agreement 2019-03-05.."},
		},
		{
			name:       "a description of the same topic in an article naming one agreement is that agreement",
			text:       "Peru left the Pacific Fisheries Framework on Monday. The fisheries deal was signed in 2016 by Chile and Peru.",
			agreements: []string{"agreement:pff"},
			parties:    []string{"country:CHL>agreement:pff 2016..", "country:PER>agreement:pff 2016..2019-03-04"},
		},
		{
			name:       "the framework after a framework named",
			text:       "Chile signed the Pacific Fisheries Framework on Monday. Peru said it would stay in the framework.",
			agreements: []string{"agreement:pff"},
			parties:    []string{"country:CHL>agreement:pff 2019-03-04..", "country:PER>agreement:pff .."},
		},
		{
			name:       "the framework after another kind of agreement is none",
			text:       "Peru signed the Treaty of Valga on Monday. The framework for trade talks was set.",
			agreements: []string{"agreement:treaty-of-valga"},
			parties:    []string{"country:PER>agreement:treaty-of-valga 2019-03-04.."},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2019-03-05"}, tt.text)
			if got := agreementIDs(doc); !slices.Equal(got, tt.agreements) {
				t.Errorf("agreements %v, want %v", got, tt.agreements)
			}
			if got := parties(doc); !slices.Equal(got, tt.parties) {
				t.Errorf("parties:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.parties, "\n"))
			}
		})
	}
}
