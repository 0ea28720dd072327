package extract

import "testing"

// club61Doc extracts text with the test extractor.
func club61Doc(t *testing.T, text string) Document {
	t.Helper()
	return newTestExtractor(t).extract(Article{ID: "t", Published: "2022-03-01"}, text)
}

// TestClubEndsAndDictionaryClubs: a name ending in a club's word (clubEnds) is a club, a
// firm (BUS), and the town opening it is no location or country actor; a
// dictionary club opening a longer body's name is part of that body. Texts
// written for the test.
func TestClubEndsAndDictionaryClubs(t *testing.T) {
	for _, tt := range []struct {
		text, id string
	}{
		{"Harold Penrose has bought a stake in Ashcombe Rovers.", "org:ashcombe-rovers"},
		{"Kelmoor Athletic sacked its coach on Friday.", "org:kelmoor-athletic"},
		{"A consortium has taken control of Nottingham Wanderers.", "org:nottingham-wanderers"},
		{"The Arsenal Fans Association wrote to the board.", "org:arsenal-fans-association"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := club61Doc(t, tt.text)
			found := false
			for _, e := range doc.Entities {
				if e.ID == tt.id {
					found = true
					if e.Kind != KindOrganization {
						t.Errorf("%s: kind %s, want organization", e.ID, e.Kind)
					}
				}
				if (e.Kind == KindLocation || e.Kind == KindCountry) && len(e.Mentions) > 0 {
					t.Errorf("place actor %s from a club's name", e.ID)
				}
			}
			if !found {
				var ids []string
				for _, e := range doc.Entities {
					ids = append(ids, e.ID)
				}
				t.Errorf("no entity %s; got %v", tt.id, ids)
			}
		})
	}
}

// TestTheClub: "the club" stands for the one club the article named a
// sentence or two before (also one named only in its officer's title),
// and for none when it has named two; a club
// before an occupation and a name ("Ashcombe United striker X") only says
// whose the person is. Texts written for the test.
func TestTheClub(t *testing.T) {
	for _, tt := range []struct {
		text, cameo, source, target string
	}{
		{"Harold Penrose wants to buy Ashcombe United. The club rejected his proposal on Tuesday.", "12", "org:ashcombe-united", ""},
		{"Harold Penrose bid for Ashcombe United and Kelmoor Athletic. The club rejected his proposal on Tuesday.", "12", "", ""},
		{"Ruth Calder, chairman of Ashcombe FC, wants a new stadium. The club rejected a loan offer from Dunmore Bank on Monday.", "12", "org:ashcombe-fc", ""},
		{"Ashcombe United boss Harold Penrose met Lucia Ferro in Rome.", "04", "person:harold-penrose", "person:lucia-ferro"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := club61Doc(t, tt.text)
			var got []string
			hit := false
			for _, ev := range doc.Events {
				got = append(got, ev.Cameo+" "+ev.Source+" "+ev.Target)
				if ev.Root == tt.cameo && (tt.source == "" || ev.Source == tt.source) && (tt.target == "" || ev.Target == tt.target) {
					hit = true
				}
				if tt.source == "" && ev.Root == tt.cameo && ev.Source != "" {
					t.Errorf("two clubs named, yet \"the club\" is %s", ev.Source)
				}
			}
			if tt.source != "" && !hit {
				t.Errorf("no %s event %s -> %s; got %v", tt.cameo, tt.source, tt.target, got)
			}
		})
	}
}
