package extract

import (
	"strings"
	"testing"
)

// TestNonActSenses: an attack by e-mail, software or lawyers, a view or a
// prize accepted, and a fall in a market are no events of force, agreement
// or refusal; their political senses stay. Texts written for the test.
func TestNonActSenses(t *testing.T) {
	checkCodePresence(t, newTestExtractor(t), []codePresence{
		{"Mr Ek said Kolt Labs was now seeing many phishing attacks on banks.", "18", false},
		{"The Bolivian army launched attacks on rebel camps near Santa Cruz.", "19", true},
		{"Senator Ruiz accepted there had been failures in the ministry.", "030", false},
		{"Governor Lopez accepted the hard balance between cost and safety.", "030", false},
		{"Film maker Jan Dorn accepted the award at the ceremony.", "030", false},
		{"The Kenyan government accepted the offer of talks from the rebels.", "03", true},
		{"Chilean car sales fell 2% in March, the steepest monthly decline since 2001.", "12", false},
		{"Malawi declined the loan offered by the World Bank.", "12", true},
		{"Acme Corp will deliver on the sales and support commitments it has made to customers.", "05", false},
		{"The Tory branch in Leeds has been placed on \"support status\" and is run from party headquarters.", "05", false},
		{"The Danish government supported the Norwegian plan.", "05", true},
		{"Striker Jon Dale did not train with the first team on Friday.", "12", false},
		{"Mr Dale wants to train with Danish side Brondby while he serves his ban.", "03", false},
		{"The Danish army will train with Norwegian forces next month.", "0312", true},
	})
}

// TestClashOfWords: a clash "on" an issue or "for" doing something, between
// bodies that are no forces, is a quarrel (11x), not a fight (190).
func TestClashOfWords(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"The Danish parliament clashed with the Danish government on the budget.",
		"Senator Ruiz clashed with the Daily Planet for printing his letters.",
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
		for _, ev := range doc.Events {
			if ev.Cameo == "190" {
				t.Errorf("%q: fight event %v", text, eventKeys(doc))
			}
		}
	}
}

// codePresence is a text and a CAMEO code prefix that must be present among
// its events (want) or absent.
type codePresence struct {
	text, code string
	want       bool
}

// checkCodePresence extracts each case and checks whether an event of its
// code prefix is there.
func checkCodePresence(t *testing.T, x *Extractor, cases []codePresence) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := false
			for _, ev := range doc.Events {
				got = got || strings.HasPrefix(ev.Cameo, tt.code)
			}
			if got != tt.want {
				t.Errorf("code %s present %v, want %v; events %v", tt.code, got, tt.want, eventKeys(doc))
			}
		})
	}
}
