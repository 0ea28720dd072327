package extract

import (
	"slices"
	"testing"
)

// TestPrivateScope89: in a story with no state side, a firm's row or talks
// with a union, with firms named as a group, or with a plain person (a
// sacked employee) is the firm's own business, and so is a plain person's
// act on no one when the story is one of firms. A state acting in the
// story, an authority in the sentence, a story with no firm (the person may
// be an untitled politician) or a text of one sentence keeps the events.
// Texts written for the test.
func TestPrivateScope89(t *testing.T) {
	x := newTestExtractor(t)
	claim := "Unilever has rejected the claims of Maria Lindqvist, who says she was sacked for speaking out about pay."
	flat := "\n\nShares in Unilever were flat."
	for _, tt := range []struct {
		name, text string
		want       []string // eventKeys
	}{
		{"a firm's talks with its unions dropped",
			"Carmaker Volvo has been negotiating with unions over plans to cut 2,000 jobs at its plants.\n\n" +
				"The firm said the cuts were needed to stay competitive.\n\nShares in Volvo rose 1% in Stockholm.",
			nil},
		{"a firm suing banks named as a group dropped",
			"Carmaker Saab has sued four banks over losses on bonds it bought in 2019.\n\n" +
				"Saab said the banks had hidden the risks.\n\nThe banks have not commented.",
			nil},
		{"a firm against a sacked employee, and her denial, dropped",
			claim + "\n\nMs Lindqvist denied that she had leaked sales figures to a rival." + flat,
			nil},
		{"a state acting in the story keeps both",
			claim + "\n\nMs Lindqvist denied that she had leaked sales figures to a rival." + flat +
				"\n\nThe Swedish government has criticised Unilever over the case.",
			[]string{"016 person:maria-lindqvist>", "110 org:swe-government>org:unilever", "120 org:unilever>person:maria-lindqvist"}},
		{"a denial naming a tax keeps the person's act",
			claim + "\n\nMs Lindqvist denied that she had hidden the tax she owed." + flat,
			[]string{"016 person:maria-lindqvist>"}},
		{"no firm in the story: an untitled person's denial kept",
			"Mr Okafor denied that he had leaked the report to a newspaper.\n\n" +
				"He said money for the schools had been found.\n\nTeachers have welcomed the plan.",
			[]string{"016 person:okafor>", "051 group:teachers>"}},
		{"one sentence tells no story: kept",
			claim,
			[]string{"120 org:unilever>person:maria-lindqvist"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
