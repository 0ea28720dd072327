package extract

import (
	"slices"
	"testing"
)

// tripleCase names the events a text must give (want) and must not give
// (notWant), each written "source PLOVER target" with entity ids.
type tripleCase struct {
	name, text string
	want       []string
	notWant    []string
}

// eventTriples writes each event of doc as "source PLOVER target".
func eventTriples(doc Document) []string {
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Source+" "+e.Plover+" "+e.Target)
	}
	return got
}

// checkTriples extracts each case's text as one article and checks its
// wanted and unwanted events.
func checkTriples(t *testing.T, x *Extractor, cases []tripleCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			got := eventTriples(doc)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("want %q, got %q\n%s", w, got, dumpDoc(doc))
				}
			}
			for _, w := range tt.notWant {
				if slices.Contains(got, w) {
					t.Errorf("want no %q, got %q\n%s", w, got, dumpDoc(doc))
				}
			}
		})
	}
}

// cameoCase names all the events a text must give, in order, each written
// "cameo source target" with entity ids; nil wants none.
type cameoCase struct {
	text string
	want []string
}

// cameoEvents writes each event of doc as "cameo source target".
func cameoEvents(doc Document) []string {
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Cameo+" "+e.Source+" "+e.Target)
	}
	return got
}

// checkCameoEvents extracts each case's text as one article and checks that
// its events are exactly the wanted ones.
func checkCameoEvents(t *testing.T, x *Extractor, cases []cameoCase) {
	t.Helper()
	for _, tt := range cases {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if got := cameoEvents(doc); !slices.Equal(got, tt.want) {
			t.Errorf("%q: want %q, got %q\n%s", tt.text, tt.want, got, dumpDoc(doc))
		}
	}
}

// firstPloverCase is a text and the PLOVER type of its first event, "" for
// none.
type firstPloverCase struct {
	text string
	want string
}

// checkFirstPlover extracts each text (published 2021-06-01) and compares
// the PLOVER type of its first event with want.
func checkFirstPlover(t *testing.T, x *Extractor, cases []firstPloverCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			if len(doc.Events) > 0 {
				got = doc.Events[0].Plover
			}
			if got != tt.want {
				t.Errorf("events %v, want first %q", eventKeys(doc), tt.want)
			}
		})
	}
}
