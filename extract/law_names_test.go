package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestLawNamesAreNoBodies: a capitalized name ending in "Act" or "Bill" is a
// law, however many body words it holds ("Police", an acronym after it):
// no organization is made of it, and no act is done by or to it. Texts
// written for the test.
func TestLawNamesAreNoBodies(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text    string
		noLaw   string // no entity id may contain this
		wantEvs []string
	}{
		{"Ministers defended the Border Security and Police Bill on Monday.", "bill", []string{"052 group:ministers>"}},
		{"Citing the Dangerous Chemicals Control Act (DCCA), police arrested two Kenyan traders.", "act", nil},
		{"The senate passed the Coastal Fisheries Protection Act (CFPA) and France criticised it.", "act", nil},
		// an organization whose name holds a law word elsewhere keeps it
		{"The Bill and Melinda Gates Foundation gave money to Kenya.", "", nil},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			for _, e := range doc.Entities {
				if tt.noLaw != "" && strings.HasSuffix(e.ID, "-"+tt.noLaw) {
					t.Errorf("law made an entity: %s (%s)", e.ID, e.Name)
				}
			}
			if tt.wantEvs != nil {
				if got := eventKeys(doc); !slices.Equal(got, tt.wantEvs) {
					t.Errorf("events %v, want %v", got, tt.wantEvs)
				}
			}
			if tt.noLaw == "" {
				found := false
				for _, e := range doc.Entities {
					found = found || strings.Contains(e.ID, "foundation")
				}
				if !found {
					t.Errorf("no foundation entity: %v", doc.Entities)
				}
			}
		})
	}
}
