package extract

import (
	"slices"
	"testing"
)

// TestActNounDoerAfterFrom: "opposition from X" and "pressure from X" are
// X's acts (110 disapproval, 020 appeal), aimed at the clause's subject when
// it faces them or is under them; "opposition" before "from" is no
// opposition party of X; with no actor after "from", no event. Texts
// written for the test.
func TestActNounDoerAfterFrom(t *testing.T) {
	x := newTestExtractor(t)
	type ev struct{ cameo, source, target string } // target "" for none
	for _, tt := range []struct {
		name, text string
		want       []ev
		none       string // a trigger that must make no event
	}{
		{
			name: "faces opposition from a party",
			text: "The Norwegian government faces opposition from Sweden over the fishing quota.",
			want: []ev{{"110", "country:SWE", "org:nor-government"}},
		},
		{
			name: "under pressure, a list after from",
			text: "The Dutch government is under pressure from Belgium and Luxembourg to cut its budget deficit.",
			want: []ev{{"020", "country:BEL", "org:nld-government"}, {"020", "country:LUX", "org:nld-government"}},
		},
		{
			name: "fronted under pressure",
			text: "Under pressure from Brazil, the Chilean government has suspended the mining licence.",
			want: []ev{{"020", "country:BRA", "org:chl-government"}},
		},
		{
			name: "despite opposition, no one aimed at",
			text: "The Austrian chancellor pushed ahead with the pipeline plan, despite opposition from Hungary.",
			want: []ev{{"110", "country:HUN", ""}},
		},
		{
			name: "no actor after from",
			text: "The Polish government is under pressure from local farmers to lower fuel duty.",
			none: "pressure from",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			for _, w := range tt.want {
				if !slices.ContainsFunc(doc.Events, func(e Event) bool {
					return e.Cameo == w.cameo && e.Source == w.source && e.Target == w.target
				}) {
					t.Errorf("no %s %s -> %q in %v", w.cameo, w.source, w.target, eventKeys(doc))
				}
			}
			if tt.none != "" && slices.ContainsFunc(doc.Events, func(e Event) bool { return e.Trigger == tt.none }) {
				t.Errorf("an event of %q in %v", tt.none, eventKeys(doc))
			}
		})
	}
}
