package extract

import "testing"

// TestSportsArticles: in a report on a game, players beating, shooting or
// meeting each other and teams named after countries make no events; a
// political report that mentions a match keeps its events. Texts written
// for the test.
func TestSportsArticles(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		events     bool // whether any event is expected
	}{
		{
			name: "a match report: a score, the league, a striker, a coach",
			text: "Lyon 3-1 Lille\n\nLyon beat Lille at home on Saturday to go top of the league. Ana Ruiz shot wide early on. " +
				"Marco Feld met a cross from the left to head the opener. Lille hit back before the break when their striker scored. " +
				"Their coach said the defeat hurt.",
		},
		{
			name: "a tennis report: sets and seeds",
			text: "Bruno Kessler beat third seed Ivan Morel 6-3 7-6 on Tuesday. Morel had beaten Kessler in their last meeting. " +
				"Kessler will face Peru's Diego Salas in the next round. Salas won his match in straight sets. The tournament ends on Sunday.",
		},
		{
			name: "quotes from players after the game, with injuries and the captain",
			text: "The captain said the injury would keep him out for a month. \"We attacked well,\" he said. " +
				"The ball never ran for us, the winger added. The squad flies to Madrid on Friday.",
		},
		{
			name:   "politics that mentions a match",
			text:   "Chile accused Peru of spying on its navy on Monday. Chile recalled its ambassador from Lima. The two presidents met at a football match last year.",
			events: true,
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2019-03-05"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
