package extract

import (
	"slices"
	"testing"
)

// TestHeldBy checks "hold" as detention: only a passive with an actor
// after "by" and a person held; holding talks or an event is no arrest.
// Sentences written for the test.
func TestHeldBy(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text string
		want []string // "source target" of COERCE events
	}{
		{"Ahmed Karimi has been held by Iran in Evin prison since March.", []string{"country:IRN person:ahmed-karimi"}},
		{"Peru and Chile held talks on Monday over the border.", nil},
		{"The summit was held by Egypt in Sharm el-Sheikh last week.", nil},
		{"Iran held a conference on the crisis.", nil},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got []string
		for _, e := range doc.Events {
			if e.Plover == "COERCE" {
				got = append(got, e.Source+" "+e.Target)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: want %q, got %q\n%s", tt.text, tt.want, got, dumpDoc(doc))
		}
	}
}
