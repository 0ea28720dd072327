package extract

import "testing"

// entityOf returns the entity with id in doc, nil when none.
func entityOf(doc *Document, id string) *Entity {
	for i := range doc.Entities {
		if doc.Entities[i].ID == id {
			return &doc.Entities[i]
		}
	}
	return nil
}

// personCodeCase is a text, a person's id in it, and the code and sector
// that person must have.
type personCodeCase struct{ text, person, code, sector string }

// checkPersonCodes extracts each case and compares the person's code and
// sector.
func checkPersonCodes(t *testing.T, x *Extractor, cases []personCodeCase) {
	t.Helper()
	for _, tt := range cases {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := entityOf(&doc, tt.person)
		if e == nil {
			t.Errorf("%q: no %s\n%s", tt.text, tt.person, dumpDoc(doc))
			continue
		}
		if e.Code != tt.code || e.Sector != tt.sector {
			t.Errorf("%q: %s code %q sector %q, want %q %q\n%s", tt.text, tt.person, e.Code, e.Sector, tt.code, tt.sector, dumpDoc(doc))
		}
	}
}

// TestHeadOfFieldNotStateOfficer checks that a generic head's title (chief,
// director, leader, chairman) makes no state officer when a field word stands
// right before it ("film director", "tennis chief", "union leader") or when
// no body is named for it, and that a party's leader takes the party's
// sector. Sentences written for the test.
func TestHeadOfFieldNotStateOfficer(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct{ text, id, kind, code, sector string }{
		{"Danish film director Lars Holm praised the young cast on Friday.", "person:lars-holm", "person", "DNK", ""},
		{"Polish tennis chief Adam Nowak condemned the ruling on Friday.", "person:adam-nowak", "person", "POL", ""},
		{"Greek union leader Nikos Pappas said the dockers would strike.", "person:nikos-pappas", "person", "GRCLAB", "LAB"},
		{"Former Brightline chief Oscar Hale denied every charge on Friday.", "person:oscar-hale", "person", "", ""},
		// A state's own title keeps the state.
		{"Danish foreign minister Lars Holm praised the accord on Friday.", "person:lars-holm", "person", "DNKGOV", "GOV"},
		// The party before a generic title is the person's body.
		{"Conservative leader Michael Howard criticised the budget on Friday.", "person:michael-howard", "person", "GBRPTY", "PTY"},
	}
	for _, tt := range cases {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := entityOf(&doc, tt.id)
		if e == nil {
			t.Errorf("%q: no entity %s\n%s", tt.text, tt.id, dumpDoc(doc))
			continue
		}
		if e.Kind != tt.kind || e.Code != tt.code || e.Sector != tt.sector {
			t.Errorf("%q: %s want %s/%q/%q, got %s/%q/%q", tt.text, tt.id, tt.kind, tt.code, tt.sector, e.Kind, e.Code, e.Sector)
		}
	}
}

// TestFirmNameEndNotPerson checks that an unknown name ending in a firm's or
// a club's word ("Communications", "Securities", "Bros", "FC") is a body,
// not a person, and that before a title the titled person still acts.
// Sentences written for the test.
func TestFirmNameEndNotPerson(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct{ text, trigger, source string }{
		{"Last month Norvale Communications agreed to buy a rival cable firm.", "agreed", "org:norvale-communications"},
		{"Harwick Securities agreed to pay a fine to the regulator.", "agreed", "org:harwick-securities"},
		{"Castlebury FC agreed to sell its stadium to the council.", "agreed", "org:castlebury-fc"},
		{"Norvale Communications chief Oscar Hale met Tony Blair in London on Friday.", "met", "person:oscar-hale"},
	}
	for _, tt := range cases {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Trigger == "" || !containsWord(e.Trigger, tt.trigger) {
				continue
			}
			found = true
			if e.Source != tt.source {
				t.Errorf("%q: want source %s, got %s\n%s", tt.text, tt.source, e.Source, dumpDoc(doc))
			}
		}
		if !found {
			t.Errorf("%q: no %q event\n%s", tt.text, tt.trigger, dumpDoc(doc))
		}
	}
}

func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w {
			return true
		}
	}
	return false
}
