package extract

import (
	"slices"
	"testing"
)

// TestClubBusinessArticles: a short report on a club's dressing room or
// contracts has few words of play, but words only sport uses (a position
// such as "midfield" or "skipper", "team-mates", "first-team", a sport's
// governing body, a pulled "hamstring") make it a sports article, where
// only political actors make events. A government's act in such a report
// stays. Texts written for the test.
func TestClubBusinessArticles(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       []string // eventKeys
	}{
		{"dressing-room row dropped",
			"Tom Varley has criticised the board of Castlebury Rovers.\n\n" +
				"The skipper said his team-mates were unhappy.\n\n" +
				"Varley, who has played in midfield for six seasons, is out with a hamstring problem.\n\n" +
				"He was left out of the first-team squad last week.",
			nil},
		{"government act kept",
			"The Italian government has criticised the board of Castlebury Rovers.\n\n" +
				"The skipper said his team-mates were unhappy.\n\n" +
				"Varley, who has played in midfield for six seasons, is out with a hamstring problem.\n\n" +
				"He was left out of the first-team squad last week.",
			[]string{"110 org:ita-government>"}},
		// Each sentence has a hint ("game", "match", "season") before its
		// word of sport only ("qualifier", "league"): the word still counts.
		{"strong word after a hint",
			"Manager Ana Silva met delegates from Norway, Wales and Malta to set the dates.\n\n" +
				"Her side wants a home game for the last qualifier.\n\n" +
				"A match in Oslo is likely to open the league in spring.\n\n" +
				"The new season starts in March.",
			nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
