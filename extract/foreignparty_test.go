package extract

import "testing"

// TestOtherStateParty checks that a party the dictionary files under one
// state, named for another state, is not the dictionary's: the other
// state's party, or its government or leader when a body or a title
// follows. Sentences written for the test.
func TestOtherStateParty(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		source     string // the event's source id ("" for any)
		country    string // the source's country
		notSource  string
	}{
		{"possessive before a plural party name", "Norway's Conservatives denounced the fishing quota on Friday.", "", "NOR", "org:uk-conservative-party"},
		{"party with its head noun", "Canada's Conservative Party denounced the fishing quota on Friday.", "", "CAN", "org:uk-conservative-party"},
		{"of-phrase after the party", "The Labour Party of Malta denounced the fishing quota on Friday.", "", "MLT", "org:uk-labour-party"},
		{"a body noun after it names the state's body", "Canada's Conservative government expelled two diplomats on Friday.", "country:CAN", "CAN", "org:uk-conservative-party"},
		{"no other state: the dictionary's party", "The Conservatives denounced the fishing quota on Friday.", "org:uk-conservative-party", "GBR", ""},
		{"its own state before it", "Britain's Conservative Party denounced the fishing quota on Friday.", "org:uk-conservative-party", "GBR", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			if len(doc.Events) == 0 {
				t.Fatalf("no event\n%s", dumpDoc(doc))
			}
			e := doc.Events[0]
			if tt.source != "" && e.Source != tt.source || tt.notSource != "" && e.Source == tt.notSource {
				t.Errorf("source %q, want %q (not %q)\n%s", e.Source, tt.source, tt.notSource, dumpDoc(doc))
			}
			for _, en := range doc.Entities {
				if en.ID == e.Source && en.Country != tt.country {
					t.Errorf("source %s has country %q, want %q", en.ID, en.Country, tt.country)
				}
			}
		})
	}
}

// TestOtherStatePartyAtTheEnd: the party name may be the last word of the
// text (a headline, a line with no full stop); reading what follows it
// must not run past the end (it panicked, and Extract's recover turned
// the whole article into an empty document). Sentences written for the
// test.
func TestOtherStatePartyAtTheEnd(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"The Liberals criticised Norway's Conservatives",
		"Ministers met the Canadian Conservative Party",
	} {
		doc := x.extract(Article{ID: "t"}, text)
		if len(doc.Entities) == 0 {
			t.Errorf("%q: no entities\n%s", text, dumpDoc(doc))
		}
	}
}
