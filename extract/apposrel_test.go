package extract

import (
	"slices"
	"testing"
)

// TestApposedRelative checks a relative clause that ends an apposition
// ("X, the firm which owns Y, welcomed ..."): the main verb after its
// comma is done by the name before the apposition (all of a coordination
// of names), not by the relative clause's object. Sentences written for the
// test.
func TestApposedRelative(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text    string
		want    []string // sources of the trigger's events
		trigger string
	}{
		{"Nestle, the Swiss food group which owns Perrier, criticised Brazil over the tax.", []string{"org:nestle"}, "criticised"},
		{"Nestle and Unilever, the food groups which own Evian, criticised Brazil over the tax.", []string{"org:nestle", "org:unilever"}, "criticised"},
		// a relative clause set off by commas, as before
		{"Nestle, which owns Perrier, criticised Brazil over the tax.", []string{"org:nestle"}, "criticised"},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got []string
		for _, e := range doc.Events {
			if e.Trigger == tt.trigger || len(e.Trigger) > len(tt.trigger) && e.Trigger[:len(tt.trigger)] == tt.trigger {
				got = append(got, e.Source)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: want sources %q, got %q\n%s", tt.text, tt.want, got, dumpDoc(doc))
		}
	}
}
