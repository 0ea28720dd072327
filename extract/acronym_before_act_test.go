package extract

import (
	"slices"
	"testing"
)

// TestAcronymBeforeItActs checks that an unknown acronym that opens a clause
// as its subject in one sentence names the same body in the sentences before
// it, where it stands elsewhere. Sentences written for the test.
func TestAcronymBeforeItActs(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text   string
		starts []int  // mention starts of org:qrt
		event  string // "cameo source target" of the first event, "" for none
	}{
		{"QRT, which owns 5% of the company, has criticised Vodafone. QRT said it would sell its shares.", []int{0, 60}, "110 org:qrt org:vodafone"},
		{"Pressure from QRT has grown. QRT said it would sell its shares.", []int{14, 29}, ""},
		// Never acting as a subject, the acronym stays no actor.
		{"Pressure from QRT has grown. Shares in QRT fell.", nil, ""},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var starts []int
		for _, e := range doc.Entities {
			if e.ID == "org:qrt" {
				for _, m := range e.Mentions {
					starts = append(starts, m.Start)
				}
			}
		}
		got := ""
		if len(doc.Events) > 0 {
			e := doc.Events[0]
			got = e.Cameo + " " + e.Source + " " + e.Target
		}
		if !slices.Equal(starts, tt.starts) || got != tt.event {
			t.Errorf("%q: want mentions %v and event %q, got %v and %q\n%s", tt.text, tt.starts, tt.event, starts, got, dumpDoc(doc))
		}
	}
}
