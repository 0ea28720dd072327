package extract

import "testing"

// TestOfficersOfOtherBodies checks that officers of firms, unions, parties
// and societies are not made a state's government: a "general secretary",
// a firm's "senior vice president", or a president after a possessive of a
// body, after a body's name of two or three words, after "its" standing
// for a body or after a body's acronym in brackets takes no country from
// the sentence or the article; an apposition's office "of Britain's
// largest union" is the union's, not the state's; "its" after a country,
// a country's possessive and an international body stay the state's or
// the body's.
// Sentences written for the test.
func TestOfficersOfOtherBodies(t *testing.T) {
	checkPersonCodes(t, newTestExtractor(t), []personCodeCase{
		{"Schools in Britain shut early. Union general secretary Marta Quill said the pay offer was an insult.",
			"person:marta-quill", "", ""},
		{"Voters in Britain go to the polls in May. General Secretary Owen Pryce said the party would fight every seat.",
			"person:owen-pryce", "", ""},
		{"Canadian regulators widened the inquiry, and senior vice president Hugo Marchetti admitted the fraud.",
			"person:hugo-marchetti", "", ""},
		{"Farmers in Kenya marched on Monday, and the charity's president Grace Wanjiru joined them.",
			"person:grace-wanjiru", "", ""},
		// "its" opening the clause stands for the union the sentence before
		// was about: its president leads that (Kenyan) union, no state
		// office (title90).
		{"The Kenya Rugby Football Union met in Nairobi. But its president Joseph Mwangi refused to resign.",
			"person:joseph-mwangi", "KEN", ""},
		{"Output will rise in Peru this year, said Andes Copper Group (ACG) president Tomas Ruiz.",
			"person:tomas-ruiz", "", ""},
		// a body of two or three names before "president"
		{"Copper exports from Chile doubled, said Atacama Ore president Luis Vidal on Tuesday.",
			"person:luis-vidal", "", ""},
		// an apposition's office in what a country's possessive owns
		{"Pay talks collapsed, said Owen Pryce, the leader of Britain's largest union.",
			"person:owen-pryce", "GBR", ""},
		{"Exports rose, said Ann Hale, director general of Canada's Federation of Independent Business.",
			"person:ann-hale", "CANNGO", "NGO"},
		// the state's
		{"Exports rose, said Ann Hale, a spokeswoman for Canada's foreign ministry.",
			"person:ann-hale", "CANGOV", "GOV"},
		{"Chile will back the plan, European Commission president Luis Vidal said in Santiago.",
			"person:luis-vidal", "IGOEUREEC", "GOV"},
		{"Peru held a vote on Sunday and its president Ana Flores claimed victory.",
			"person:ana-flores", "PERGOV", "GOV"},
		{"Kenya's vice president Joseph Mwangi opened the new road.",
			"person:joseph-mwangi", "KENGOV", "GOV"},
	})
}

// TestBareTitleOfAnotherBody checks that a bare title the text ties to
// someone other than the office's holder named before is not read as
// that holder: a title in apposition after a named person ("X, chief
// economist at Y") and a president "of" a body that is no state. "The
// president of Peru" still is. Sentences written for the test.
func TestBareTitleOfAnotherBody(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, person string
		mentions     int
	}{
		{`President Ana Flores of Peru spoke on Monday. "Copper is strong," said Tomas Ruiz, president of Andes Metals Research.`,
			"person:ana-flores", 1},
		{`Chief economist Lena Park of Nordbank expects a cut. "Rates will fall," said Carl Brandt, chief economist at Baltic Trust.`,
			"person:lena-park", 1},
		{"President Ana Flores of Peru spoke on Monday. Ten students will compete to become the president of its youth league.",
			"person:ana-flores", 1},
		{"President Ana Flores of Peru spoke on Monday. Critics accused the president of ignoring the miners.",
			"person:ana-flores", 2},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := entityOf(&doc, tt.person)
		if e == nil {
			t.Errorf("%q: no %s\n%s", tt.text, tt.person, dumpDoc(doc))
			continue
		}
		if len(e.Mentions) != tt.mentions {
			t.Errorf("%q: %s has %d mentions, want %d\n%s", tt.text, tt.person, len(e.Mentions), tt.mentions, dumpDoc(doc))
		}
	}
}

// TestClubNameBeforeFans checks that a club's name used as a modifier of
// "fans" or "supporters" names the club's followers, people of its
// country, not the club: the club is not the doer of what they do. A
// club's own act stays the club's. Sentences written for the test.
func TestClubNameBeforeFans(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, cameo, source string
	}{
		{"Juventus supporters attacked the police outside the ground in Turin.", "180", "org:ita-civilians"},
		{"Arsenal fans opposed the new owner of the stadium.", "120", "org:gbr-civilians"},
		{"Arsenal rejected the offer from the American investor.", "", "org:arsenal-fc"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Source == tt.source && (tt.cameo == "" || e.Cameo == tt.cameo) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no event by %s\n%s", tt.text, tt.source, dumpDoc(doc))
		}
	}
}
