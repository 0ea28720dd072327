package extract

import "testing"

// TestBodyShape: an unknown name followed by a body noun ("cartel",
// "gang", "company", "NGO") is that body, and a noun that only describes
// another name or an owner's firm makes none. Texts written for the test.
func TestBodyShape(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       string // an entity id the text must have ("" for none of the forbidden)
		kind, code string
		notID      string // an entity id the text must not have
	}{
		{"cartel with a modifier", "Colombian police arrested two leaders of the Varela drug cartel on Monday.",
			"org:varela-drug-cartel", KindGroup, "CRM", ""},
		{"quoted gang", "Police in Lagos detained a member of the 'Oduya Boys' gang last week.",
			"org:oduya-boys-gang", KindGroup, "CRM", ""},
		{"company", "The dockers accepted an offer from the Halvorsen-Brandt company after a long dispute.",
			"org:halvorsen-brandt-company", KindOrganization, "BUS", ""},
		{"NGO", "The Open Doors Together NGO staged a protest outside the Chinese embassy.",
			"org:open-doors-together-ngo", KindOrganization, "NGO", ""},
		{"forum", "The Second Global Fisheries Forum concluded on Friday that rich states must cut subsidies.",
			"org:global-fisheries-forum", KindOrganization, "NGO", ""},
		{"owner's firm", "Mr Halvorsen's rivals said Halvorsen' company had cut jobs.",
			"", "", "", "org:halvorsen-company"},
		{"describes the name after it", "Shipping company Maersk Line said on Friday it would cut routes.",
			"", "", "", "org:shipping-company"},
		{"noun after the body noun", "Investigators questioned the Varela cartel leader in Cali.",
			"", "", "", "org:varela-cartel"},
		{"a firm's adjective", "Analysts said the European company had sold its stake.",
			"", "", "", "org:european-company"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var found *Entity
			for i, e := range doc.Entities {
				if e.ID == tt.want {
					found = &doc.Entities[i]
				}
				if tt.notID != "" && e.ID == tt.notID {
					t.Errorf("entity %s made, want none", e.ID)
				}
			}
			if tt.want == "" {
				return
			}
			if found == nil {
				t.Fatalf("no entity %s in %v", tt.want, doc.Entities)
			}
			if found.Kind != tt.kind || found.Code != tt.code {
				t.Errorf("%s: kind %s code %s, want %s %s", tt.want, found.Kind, found.Code, tt.kind, tt.code)
			}
		})
	}
}
