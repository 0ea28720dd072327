package extract

import (
	"slices"
	"testing"
)

// TestTheyAfterNounSubject: "they" after a sentence (or a clause) whose
// subject is a plural common noun that is no actor stands for those
// people (the group the noun names), not for the actor an older sentence
// had for its subject; a
// subject that names actors ("carmakers including Renault and Fiat") is
// still who "they" are. Texts written for the test.
func TestTheyAfterNounSubject(t *testing.T) {
	x := newTestExtractor(t)
	checkSourceNever(t, x, []sourceNeverCase{
		{
			name:   "They after a noun subject is not the court before",
			text:   "The Federal Court of Australia ruled on Tuesday that Canberra could not fine the miners. The mining companies deny that they broke any law. They also insist they have already met most of the government's demands.",
			source: "group:companies",
			never:  "org:federal-court-of-australia",
		},
		{
			name:   "a noun subject with a saying clause after it",
			text:   "The Federal Court of Australia ruled on Tuesday that Canberra could not fine the miners. The mining companies rejected the charges, saying that they broke no law. They also insist they have already met most of the government's demands.",
			source: "group:companies",
			never:  "org:federal-court-of-australia",
		},
		{
			name:   "They after named carmakers is the carmakers",
			text:   "Major carmakers including Renault and Fiat have held long talks with unions this year. They have also warned the French government that more job cuts are coming.",
			source: "org:fiat",
		},
	})
}

// sourceNeverCase is a text with a source one of its events must have and
// one none may have ("" for no such check).
type sourceNeverCase struct {
	name, text    string
	source, never string
}

// checkSourceNever extracts each case's text (published 2021-06-01) and
// checks its events' sources.
func checkSourceNever(t *testing.T, x *Extractor, cases []sourceNeverCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if tt.source != "" && !slices.ContainsFunc(doc.Events, func(e Event) bool { return e.Source == tt.source }) {
				t.Errorf("no event of %s in %v", tt.source, eventKeys(doc))
			}
			if tt.never != "" && slices.ContainsFunc(doc.Events, func(e Event) bool { return e.Source == tt.never }) {
				t.Errorf("event of %s in %v", tt.never, eventKeys(doc))
			}
		})
	}
}
