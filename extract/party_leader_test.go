package extract

import "testing"

// TestBritishBodiesAndPartyLeaders: British unions, charities and a small
// party are dictionary actors with GBR and their role; a person named bare
// and later described as "the <party> leader" takes the party's code, as a
// title before the name gives it, unless the article names the leader by
// title or the person has another office.
func TestBritishBodiesAndPartyLeaders(t *testing.T) {
	x := newTestExtractor(t)
	checkEntityCodes(t, x, []entityCodeCase{
		{"Unison balloted its hospital porters over the new shift rota.", "org:unison", "GBRLAB"},
		{"Members of Amicus at the engine plant rejected the pay offer.", "org:amicus", "GBRLAB"},
		{"Age Concern urged councils to freeze charges for home care.", "org:age-concern", "GBRNGO"},
		{"The League Against Cruel Sports filmed riders on the moor.", "org:league-against-cruel-sports", "GBRNGO"},
		{"Veritas picked a former councillor to stand in Hull.", "org:veritas", "GBRPTY"},
		{"Ruth Penrose spoke to farmers in Devon on Friday. Later the Tory leader promised lower fuel duty.", "person:ruth-penrose", "GBRPTY"},
		{"Owen Tranter opened a clinic in Leeds. The Liberal Democrat leader said nurses were overworked.", "person:owen-tranter", "GBRPTY"},
		{"Owen Tranter opened a clinic in Leeds. The Scottish National Party's parliamentary leader said nurses were overworked.", "person:owen-tranter", "uncoded"},
		{"Tory leader Ruth Penrose toured a factory while Owen Tranter met bankers. The Tory leader said taxes would fall.", "person:owen-tranter", "uncoded"},
	})
}
