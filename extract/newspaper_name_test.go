package extract

import "testing"

// TestNameBeforeNewspaper checks that a name right before "newspaper" is
// a media body (sector MED), never a country or a person, and that only
// the whole name counts. Texts written for the test.
func TestNameBeforeNewspaper(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, name, want string // want: the entity's code, "-" for none
	}{
		{"Monday's Sun newspaper printed a photo of the minister at a party.", "Sun", "MED"},
		{"The minister told the Harbour Gazette newspaper that he would not resign.", "Harbour Gazette", "MED"},
		// The last word of a longer title is no paper of its own.
		{"A poll for the News of the Coast newspaper put the party ahead.", "Coast", "-"},
		// One capitalised word opening the sentence is an adjective.
		{"Regional newspaper editors met the minister on Monday in the town.", "Regional", "-"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-01-10"}, tt.text)
			got := "-"
			for _, e := range doc.Entities {
				if e.Name == tt.name {
					got = e.Code
				}
			}
			if got != tt.want {
				t.Errorf("%q: code %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}
