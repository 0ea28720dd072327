package extract

import "testing"

// TestOpposedRulers: critics, opponents or rivals of a state's government or
// leader are that state's opposition, never the government or leader their
// phrase names; critics of a country as a whole, of a law, or from abroad
// are no opposition of it, and a single critic or rival is a person.
// Sentences written for the test.
func TestOpposedRulers(t *testing.T) {
	x := newTestExtractor(t)
	checkTriples(t, x, []tripleCase{
		{name: "seat compound", text: "Kremlin critics accused President Putin of rigging the vote in Kazan.",
			want: []string{"org:rus-opposition ACCUSE person:vladimir-putin"}, notWant: []string{"org:rus-government ACCUSE person:vladimir-putin"}},
		{name: "of a government", text: "Dozens of opponents of the Peruvian government clashed with police in Cusco on Sunday.",
			want: []string{"org:per-opposition ASSAULT org:per-police"}, notWant: []string{"org:per-government ASSAULT org:per-police"}},
		{name: "leader's possessive", text: "President Erdogan's critics condemned the arrest of the Kurdish mayor.",
			notWant: []string{"person:recep-tayyip-erdogan ACCUSE "}},
		{name: "funded opponents of a leader", text: "Ivan Sorokin, a banker, had bankrolled political opponents of Mr Lukashenko for years.",
			want: []string{"person:ivan-sorokin AID org:blr-opposition"}, notWant: []string{"person:ivan-sorokin AID person:alexander-lukashenko"}},
	})
	checkSources(t, []sourceCase{
		{"Critics of the Chilean government condemned the new curfew.", "condemned", "org:chl-opposition"},
		// a country as a whole is not ruled by its critics' country
		{"Critics of Chile condemned the new curfew.", "condemned", "group:critics"},
	})
}
