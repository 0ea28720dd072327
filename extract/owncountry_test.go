package extract

import (
	"strings"
	"testing"
)

// TestOwnCountry checks whom "his country" or "her government" opening a
// reported clause stands for: the country of the person named before it,
// never the country the sentence names last, and no one when that person
// has no known country. Sentences written for the test.
func TestOwnCountry(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name    string
		text    string
		trigger string
		source  string // "" for no event with the trigger
	}{
		{
			name:    "his country is the speaker's",
			text:    "Chancellor Angela Merkel said on Monday that her country would impose sanctions on Belarus.",
			trigger: "sanctions", source: "country:DEU",
		},
		{
			name:    "his government is the speaker's, not the one acted on",
			text:    "President Recep Tayyip Erdogan said his government would impose sanctions on Syria.",
			trigger: "sanctions", source: "org:tur-government",
		},
		{
			name:    "a person of no known country gives no actor",
			text:    "Jon Smallwood said his country would impose sanctions on Syria.",
			trigger: "sanctions", source: "",
		},
		{
			name:    "two persons of different countries: no one",
			text:    "Angela Merkel and Vladimir Putin met, and a spokesman said his country would impose sanctions on Syria.",
			trigger: "sanctions", source: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			var got []string
			for _, e := range doc.Events {
				if strings.Contains(e.Trigger, tt.trigger) {
					got = append(got, e.Source)
				}
			}
			switch {
			case tt.source == "" && len(got) > 0:
				t.Errorf("want no %q event, got sources %q\n%s", tt.trigger, got, dumpDoc(doc))
			case tt.source != "" && (len(got) == 0 || got[0] != tt.source):
				t.Errorf("want %q done by %s, got %q\n%s", tt.trigger, tt.source, got, dumpDoc(doc))
			}
		})
	}
}
