package extract

import (
	"strings"
	"testing"
)

// aliasCountry is the country of the entity the article calls alias (an
// alias or its name), "-" when no entity is called so.
func aliasCountry(doc *Document, alias string) string {
	for _, e := range doc.Entities {
		if strings.EqualFold(e.Name, alias) {
			return e.Country
		}
		for _, a := range e.Aliases {
			if strings.EqualFold(a, alias) {
				return e.Country
			}
		}
	}
	return "-"
}

// TestBareBodyCountry checks the country a body of state named bare
// ("Parliament", "leaders") takes from the article: a former office that
// describes a speaker gives none, an office of state a person holds gives
// its country from the next sentence on, and "world leaders" are no one
// state's government. Texts written for the test.
func TestBareBodyCountry(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, alias, want string
	}{
		// The former Swedish minister says who the speaker was: the
		// British home secretary's Parliament is Britain's.
		{"A former Swedish foreign minister who now works for a charity said the ruling mattered.\n\nHome Secretary Jane Doe spoke on Monday. She said she would ask Parliament to extend the powers.", "Parliament", "GBR"},
		// With no state office held now, no country rather than Sweden.
		{"A former Swedish foreign minister who now works for a charity said the ruling mattered. She urged Parliament to act.", "Parliament", "-"},
		// A head of state the dictionary knows places the article.
		{"Vladimir Putin said on Friday that the tax rules would change.\n\nParliament will debate the bill next week.", "Parliament", "RUS"},
		// "she said the government": the speaker's, not that of the
		// state her last report was about.
		{"Home Secretary Jane Doe said Canada had agreed to free the two men. She added that the government had pressed for their release for months.", "the government", "GBR"},
		// A speaker holding no office of state says nothing of it.
		{"Canada has agreed to free the two men, a lawyer for the families said. She added that the government had pressed for their release for months.", "the government", "-"},
		// "world leaders" are many states'.
		{"The Italian government announced a new budget on Monday. Charities warned that unless world leaders act, millions will suffer.", "leaders", "-"},
	} {
		t.Run(tt.text[:40], func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-01-10"}, tt.text)
			if got := aliasCountry(&doc, tt.alias); got != tt.want {
				t.Errorf("%q: country %q, want %q", tt.alias, got, tt.want)
			}
		})
	}
}
