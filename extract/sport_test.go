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
			[]string{"110 org:ita-government>org:castlebury-rovers"}}, // the club is a body (club61)
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

// TestPossessorBeforePlayer: a country's or a body's possessive right
// before a person's name says whose the person is; the person alone is the
// one met ("will meet Spain's X" in a draw, "talks with the exchange's
// chief executive X"). Texts written for the test.
func TestPossessorBeforePlayer(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // eventKeys
	}{
		{"Tom Reed will meet Spain's Carlos Ruiz in the second round.", []string{"036 person:tom-reed>person:carlos-ruiz planned"}},
		{"Anna Cole has held talks with Norway's Paul Hart about the merger.", []string{"040 person:anna-cole>person:paul-hart"}},
		// A titled office, not a name, after the possessive: the state's.
		{"Anna Cole has held talks with Norway's foreign minister about the merger.", []string{"040 person:anna-cole>org:nor-government"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
