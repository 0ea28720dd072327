package extract

import "testing"

// TestBareTitleActor: a bare singular office ("the chancellor", "the prime
// minister") is the person the article names holding it, by the
// dictionary's other offices or, of two holders, the earlier one; with no
// holder named, the office of the article's one state; never a role of no
// country when that state is known. Texts written for the test.
func TestBareTitleActor(t *testing.T) {
	checkTriples(t, newTestExtractor(t), []tripleCase{
		{
			name:    "other office of the dictionary",
			text:    "John Major unveiled a savings scheme for pensioners on Monday. Neil Kinnock accused the chancellor of hiding its true cost.",
			want:    []string{"person:neil-kinnock ACCUSE person:john-major"},
			notWant: []string{"person:neil-kinnock ACCUSE group:chancellor"},
		},
		{
			name: "earlier of two holders",
			text: "Margaret Thatcher and John Major visited a car plant in Derby. Neil Kinnock accused the prime minister of ignoring the miners.",
			want: []string{"person:neil-kinnock ACCUSE person:margaret-thatcher"},
		},
		{
			name:    "office of the one state",
			text:    "Austria's parliament passed the new budget on Friday after a long debate. The chancellor criticised the Freedom Party for delaying the vote.",
			want:    []string{"org:aut-government ACCUSE org:freedom-party"},
			notWant: []string{"group:chancellor ACCUSE org:freedom-party"},
		},
		{
			name:    "office already the other side stays a role",
			text:    "Finland's president turned down a request from the prime minister to call an early election.",
			notWant: []string{"org:fin-government REJECT org:fin-parliament", "org:fin-government REJECT org:fin-government"},
		},
		{
			name:    "a city's office is not the state's",
			text:    "Austria's parliament passed the new budget on Friday after a long debate. The mayor criticised the Freedom Party for delaying the vote.",
			notWant: []string{"org:aut-government DISAPPROVE org:freedom-party", "org:aut-government ACCUSE org:freedom-party"},
		},
		{
			name:    "the office named, not its holder",
			text:    "Margaret Thatcher and John Major visited a car plant in Derby. Neil Kinnock said he expected Mr Major would be premier one day and criticised the government.",
			notWant: []string{"person:neil-kinnock DISAPPROVE person:margaret-thatcher"},
		},
	})
}

// TestBecameTitleIsRole: a title right after "became" is the office taken,
// not a mention of whoever holds it in the article. Text written for the
// test.
func TestBecameTitleIsRole(t *testing.T) {
	x := newTestExtractor(t)
	doc := x.extract(Article{ID: "t"}, "Chancellor Ana Ruiz opened the new bridge on Monday. Her predecessor Tomas Vidal became chancellor when the party won in 1998.")
	for _, e := range doc.Entities {
		if e.ID == "person:ana-ruiz" && len(e.Mentions) != 1 {
			t.Errorf("want one mention of Ana Ruiz, got %d\n%s", len(e.Mentions), dumpDoc(doc))
		}
	}
}
