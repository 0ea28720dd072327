package extract

import "testing"

// TestReturnedToOwner checks that a return or gift whose object is the
// thing handed back is aimed at the people its "to" phrase names ("to its
// owners": the thing's owners, whatever "its" stands for), also when the
// parser hangs that phrase inside the thing's own phrase and the word rules
// took a country from an adjective inside it; and that an owner who acts is
// a private party, no source.
func TestReturnedToOwner(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text, cameo, source, target string // entity names; "" for none
	}{
		{"Poland returned an old silver crown to its owners last week.", "084", "Poland", "owners"},
		{"The United States returned a sketch of a river by a well-known Dutch painter to its owner on Monday.", "084", "United States", "owner"},
	}
	for _, tt := range tests {
		var got []string
		ok := false
		for _, ev := range namedEvents(x.extract(Article{ID: "t"}, tt.text)) {
			got = append(got, ev.cameo+" "+ev.source+">"+ev.target)
			ok = ok || ev == namedEvent{tt.cameo, tt.source, tt.target}
		}
		if !ok {
			t.Errorf("%q: want %s %q>%q, got %q", tt.text, tt.cameo, tt.source, tt.target, got)
		}
	}

	doc := x.extract(Article{ID: "t"}, "The painting stayed in a vault, but the owner has agreed to lend it to a museum in Oslo.")
	for _, ev := range doc.Events {
		for _, e := range doc.Entities {
			if e.ID == ev.Source && (e.Name == "owner" || e.Name == "owners") {
				t.Errorf("owner made the source of %s %q", ev.Cameo, ev.Trigger)
			}
		}
	}
}
