package extract

import "testing"

// TestFirmNameOpenedByPlace: right after a noun of firms ("carmaker",
// "carrier", "firm,"), a place followed by unknown capitalised words is one
// firm's name, coded with the country its first word names; the place is
// not an actor of its own. Without the noun of firms the place stays a
// place. Texts written for the test.
func TestFirmNameOpenedByPlace(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, name, code string
	}{
		{"The struggling carmaker Shanghai Velocity is in talks with Renault.", "Shanghai Velocity", "BUS"},
		{"Passengers deserted state-owned carrier Indian Skyways last year.", "Indian Skyways", "INDBUS"},
		{"A large insurance firm, Japan Mutual, is facing lawsuits.", "Japan Mutual", "JPNBUS"},
		{"Food supplier Brazil Harvest Foods reported a loss.", "Brazil Harvest Foods", "BRABUS"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var names []string
			for _, e := range doc.Entities {
				names = append(names, e.Name+"/"+e.Code)
				if e.Name == tt.name {
					if e.Kind != KindOrganization || e.Code != tt.code {
						t.Errorf("%s: kind %s code %q, want organization %s", e.Name, e.Kind, e.Code, tt.code)
					}
					return
				}
			}
			t.Errorf("no entity %q; entities %v", tt.name, names)
		})
	}
	// No noun of firms before it: "Shanghai" is the city, and the state
	// named by "Japan" stays the actor.
	doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, "Japan Today reported that Shanghai Velocity rose.")
	for _, e := range doc.Entities {
		if e.Name == "Shanghai Velocity" {
			t.Errorf("a firm's name without a noun of firms: %+v", e)
		}
	}
}
