package extract

import (
	"strings"
	"testing"
)

// entityCodes lists "name|country|code" of every entity of doc.
func entityCodes(doc *Document) string {
	var b strings.Builder
	for _, e := range doc.Entities {
		b.WriteString(e.Name + "|" + e.Country + "|" + e.Code + ";")
	}
	return b.String()
}

// TestActorSideWords checks three words that made an actor of the wrong
// side: a nationality used as a given name between a role and a surname,
// a country after "with"/"against" taken as the owner of a bare body
// named before it, and bare "officers" in an article that has named the
// police. Texts written for the test.
func TestActorSideWords(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		want, not  []string // substrings of entityCodes that must / must not appear
	}{
		{"given name", "Trade minister German Vlasov warned that prices would climb.",
			[]string{"German Vlasov|"}, []string{"|DEU|"}},
		{"nationality before a titled name stays", "The talks stalled, and Irish Taoiseach Bertie Ahern left early.",
			[]string{"|IRL|"}, nil},
		{"partner country", "The minister ignored a letter from 40 MPs asking about trade with Brazil.",
			nil, []string{"|BRALEG"}},
		{"country of the body kept", "MPs in Brazil rejected the budget.",
			[]string{"|BRALEG"}, nil},
		{"officers after police", "Police said two shops were looted overnight in London.\n\nOfficers are questioning a local man.",
			[]string{"|GBRCOP"}, []string{"|GBRMIL"}},
		{"officers with no police named", "Shells fell near the capital, London.\n\nOfficers are questioning a local man.",
			nil, []string{"COP"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-01-10"}, tt.text)
			got := entityCodes(&doc)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in %s", w, got)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("unexpected %q in %s", w, got)
				}
			}
		})
	}
}

// TestOccupationBeforeOneWordName checks that a capitalised occupation
// opening a sentence before a one-word name is no part of the name, while
// a word that may open a name ("Star ...") is left alone. Texts written
// for the test.
func TestOccupationBeforeOneWordName(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, want, not string
	}{
		{"Singer Zorbalina cancelled her concerts in Berlin.", "Zorbalina|", "Singer Zorbalina|"},
		{"Drummer Kettleby has quit the band after a row.", "Kettleby|", "Drummer Kettleby|"},
		{"Star Quest fans queued for hours outside the cinema.", "", "Quest|"},
	} {
		t.Run(tt.text[:20], func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2005-01-10"}, tt.text)
			got := entityCodes(&doc)
			if tt.want != "" && !strings.Contains(";"+got, ";"+tt.want) {
				t.Errorf("missing %q in %s", tt.want, got)
			}
			if strings.Contains(";"+got, ";"+tt.not) {
				t.Errorf("unexpected %q in %s", tt.not, got)
			}
		})
	}
}

// TestNationalAuditOffice checks that the UK's public spending watchdog
// is a British government body. Text written for the test.
func TestNationalAuditOffice(t *testing.T) {
	x := newTestExtractor(t)
	doc := x.extract(Article{ID: "t", Published: "2005-01-10"}, "The National Audit Office criticised the cost of the new hospital wing.")
	if got := entityCodes(&doc); !strings.Contains(got, "National Audit Office|GBR|GBRGOV") {
		t.Errorf("got %s", got)
	}
}
