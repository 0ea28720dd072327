package extract

import "testing"

// TestBodyApposition checks that an unknown name described by an apposition
// as a group, a body or an association ("X, a lobby group funded by ...")
// is an organization, so that it, not an actor named inside the apposition,
// acts; a person described as a member of a group stays a person.
func TestBodyApposition(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct{ text, name, kind string }{
		{"Blue Meridian, a lobby group funded by Senator Maria Lopez, criticised the governor.", "Blue Meridian", KindOrganization},
		{"Lawyers for Corvinex, a group through which two bankers own the refinery, said they would appeal.", "Corvinex", KindOrganization},
		{"Tomas Berg, a member of the group, criticised the governor.", "Tomas Berg", KindPerson},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Entities {
			if e.Name == tt.name {
				found = true
				if e.Kind != tt.kind {
					t.Errorf("%q: %s is %s, want %s", tt.text, tt.name, e.Kind, tt.kind)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %s:\n%s", tt.text, tt.name, dumpDoc(doc))
		}
	}
	doc := x.extract(Article{ID: "t"}, tests[0].text)
	for _, ev := range namedEvents(doc) {
		if ev.source != "Blue Meridian" {
			t.Errorf("%q: source %q, want Blue Meridian", tests[0].text, ev.source)
		}
	}
}
