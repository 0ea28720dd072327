package extract

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestKnownAgreements checks that descriptions of a well-known agreement
// (dict/agreements.tsv) key on its formal name's ID, alone in an article or
// beside the name, and that other agreements keep their keys.
func TestKnownAgreements(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		agreements []string
		parties    []string // nil: not checked
	}{
		{
			name:       "a description alone",
			text:       "Canada pulled out of the Kyoto treaty on Monday.",
			agreements: []string{"agreement:kyoto-protocol"},
		},
		{
			name:       "the place, a topic and another agreement noun",
			text:       "The Kyoto climate deal was signed on Friday by Japan and Norway.",
			agreements: []string{"agreement:kyoto-protocol"},
			parties:    []string{"country:JPN>agreement:kyoto-protocol 2019-03-01..", "country:NOR>agreement:kyoto-protocol 2019-03-01.."},
		},
		{
			name:       "the formal name and a description in one article are one agreement",
			text:       "Japan ratified the Kyoto Protocol in 2002. Canada left the Kyoto treaty on Monday.",
			agreements: []string{"agreement:kyoto-protocol"},
		},
		{
			name:       "a lower-case description no shape rule finds",
			text:       "France and Germany broke the stability pact again, officials said on Monday.",
			agreements: []string{"agreement:sgp"},
		},
		{
			name:       "the formal name keeps its acronym key",
			text:       "France broke the Stability and Growth Pact. The growth and stability pact limits deficits.",
			agreements: []string{"agreement:sgp"},
		},
		{
			name:       "another agreement of the article keeps its own key",
			text:       "Estonia and Latvia ratified the Treaty of Valga on Monday. Canada left the Kyoto treaty.",
			agreements: []string{"agreement:kyoto-protocol", "agreement:treaty-of-valga"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2019-03-05"}, tt.text)
			if got := agreementIDs(doc); !slices.Equal(got, tt.agreements) {
				t.Errorf("agreements %v, want %v", got, tt.agreements)
			}
			if got := parties(doc); tt.parties != nil && !slices.Equal(got, tt.parties) {
				t.Errorf("parties:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.parties, "\n"))
			}
		})
	}
}

func TestKnownAgreementsLookup(t *testing.T) {
	ka, err := knownAgreementsDict()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, want string }{
		{"Kyoto treaty", "Kyoto Protocol"},
		{"the Kyoto accord", "Kyoto Protocol"},
		{"Kyoto climate pact", "Kyoto Protocol"},
		{"Kyoto car deal", ""}, // a word of no political topic
		{"Kyoto", ""},          // the place alone
		{"stability deal", "Stability and Growth Pact"},
		{"Treaty of Valga", ""},
	} {
		got := ""
		if e := ka.lookup(tt.name); e != nil {
			got = e.name
		}
		if got != tt.want {
			t.Errorf("lookup(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestParseKnownAgreementsErrors(t *testing.T) {
	for _, tt := range []struct{ data, want string }{
		{"name\taliases\tplaces\nKyoto Protocol\tkyoto treaty\n", "a.tsv:2:"},
		{"name\taliases\tplaces\nA Pact\tthe pact\t\nB Pact\ta pact\t\n", "a.tsv:3:"},
	} {
		_, err := parseKnownAgreements("a.tsv", tt.data)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || !errors.Is(err, ErrDict) {
			t.Errorf("%q: error %v, want one starting %q wrapping ErrDict", tt.data, err, tt.want)
		}
	}
}

// TestPlaceNamedAgreements checks that an agreement named after a city or
// place keeps one key however each article words it (topic words between,
// capitals, plural, accord or deal for agreement), that a treaty or
// protocol named after the same place is another agreement, and that the
// city does not stand for its state in the key.
func TestPlaceNamedAgreements(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		agreements []string
	}{
		{"the bare name", "Brazil left the Lima Agreement on Tuesday.", []string{"agreement:lima-agreement"}},
		{"a topic word between", "Brazil left the Lima climate accord on Tuesday.", []string{"agreement:lima-agreement"}},
		{"two topic words, capitalized", "Brazil quit the Lima Climate Trade Deal on Tuesday.", []string{"agreement:lima-agreement"}},
		{"plural", "Chile and Peru broke the Lima accords last year.", []string{"agreement:lima-agreement"}},
		{"a capital, not its state", "Chile said the Santiago fisheries pact would hold.", []string{"agreement:santiago-agreement"}},
		{"a protocol of the same place is another one", "Peru signed the Lima Protocol. Peru left the Lima accord.", []string{"agreement:lima-agreement", "agreement:lima-protocol"}},
		{"talks named after a place are no agreement", "Chile joined the Lima peace talks on Tuesday.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2019-03-05"}, tt.text)
			if got := agreementIDs(doc); !slices.Equal(got, tt.agreements) {
				t.Errorf("agreements %v, want %v", got, tt.agreements)
			}
		})
	}
}
