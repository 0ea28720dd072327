package extract

import (
	"slices"
	"testing"
)

// TestBareGovernmentObject: "urged the government to" with no country in
// its sentence is the government of the country the article is about (named
// most, at least twice as often as any other), even when another country
// was named last; with two countries named as often, no target. Texts
// written for the test.
func TestBareGovernmentObject(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		target     string // "" for no target
	}{
		{
			name:   "one country leads",
			text:   "Kenya has passed a new security law. Critics in Kenya say the law goes too far. Kenyan lawyers compare it with a law passed in Uganda last year. The Law Society urged the government to repeal it.",
			target: "org:ken-government",
		},
		{
			name: "two countries, no lead",
			text: "Kenya has passed a new security law. Critics in Uganda say the law goes too far. Kenyan lawyers compare it with a law passed in Uganda last year. The Law Society urged the government to repeal it.",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			i := slices.IndexFunc(doc.Events, func(e Event) bool { return e.Source == "org:law-society" && e.Trigger == "urged the government to" })
			if i < 0 {
				t.Fatalf("no appeal of org:law-society in %v", eventKeys(doc))
			}
			if got := doc.Events[i].Target; got != tt.target {
				t.Errorf("target %q, want %q", got, tt.target)
			}
		})
	}
}
