package extract

import (
	"slices"
	"testing"
)

// TestDomesticTarget: an act with no stated target is done to the actor's
// own country only when a state body, its forces or its people do it; a
// person, a firm or a party acts for itself. Texts written for the test.
func TestDomesticTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // an event key that must be there, "" for none
		not  string // an event key that must not be there
	}{
		{"Norwegian police cracked down on Tuesday after a week of unrest.", "173 org:nor-police>country:NOR", ""},
		{"Norwegian Finance Minister Ola Berg resigned on Tuesday.", "", "0874 person:ola-berg>country:NOR"},
		{"Norwegian President Ola Berg resigned on Tuesday.", "0874 person:ola-berg>country:NOR", ""},
		{"Statoil cracked down on Tuesday after a week of unrest.", "", ">country:NOR"},
		{"Norwegian truck drivers called off their strike on Thursday.", "082 org:nor-civilians>country:NOR", ""},
		{"Norwegians returned their ballot papers by Wednesday.", "", ">country:NOR"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if tt.want != "" && !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
			if tt.not != "" {
				for _, k := range keys {
					if len(k) >= len(tt.not) && (k == tt.not || k[len(k)-len(tt.not):] == tt.not) {
						t.Errorf("events %v, want none like %q", keys, tt.not)
					}
				}
			}
		})
	}
}

// TestUndecidedAct: "whether to" leaves the act open; it is neither done
// nor refused. Texts written for the test.
func TestUndecidedAct(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"The European Union will decide next month whether to open talks with Norway.",
		"Norway will decide on Monday whether to lift the sanctions on Denmark.",
	} {
		t.Run(text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
			for _, e := range doc.Events {
				if e.Modality != ModalityNegated {
					t.Errorf("events %v, want none but negated ones", eventKeys(doc))
				}
			}
		})
	}
}

// TestFigurativeSenses: a chance seized and a market freed up take and free
// no one; force and release keep their events. Texts written for the test.
func TestFigurativeSenses(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		events bool
	}{
		{"The Danish opposition leader Mette Lund is expected to seize on the figures to attack the Norwegian government.", false},
		{"Norway's biggest brewer Ringnes seized the top spot in the market last year.", false},
		{"Norwegian troops seized the airport outside the capital of Mali on Monday.", true},
		{"The Norwegian government wants to free up its labour markets.", false},
		{"Denmark will free the Norwegian fishermen on Monday.", true},
		{"Norway is expected to face renewed pressure to abandon its whaling quota.", false},
		{"The singer Kari Moen has worked with Lars Dahl on three albums.", false},
		{"Norway will work with Denmark on fishing quotas.", true},
		{"Customers can reach the Norwegian embassy by e-mail, fax and telephone.", false},
		{"The Norwegian foreign minister telephoned his Danish counterpart on Monday.", true},
		{"Norway and Denmark have signed up for the new broadband service.", false},
		{"Norway and Denmark have signed a fishing agreement.", true},
		{"Former minister Ola Berg, who resigned from the Norwegian government over the war, said the report was wrong.", false},
		{"Norwegian defence minister Ola Berg resigned from the government over the war.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}

// TestTentativeAgreement: a deal in outline is agreed (030), a formal one
// signed (057). Texts written for the test.
func TestTentativeAgreement(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code string
	}{
		{"Norway and Denmark reached a preliminary deal on fishing quotas on Monday.", "030"},
		{"Norway and Denmark signed an agreement on fishing quotas on Monday.", "057"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			want := tt.code + " country:NOR>country:DNK"
			if !slices.Contains(eventKeys(doc), want) {
				t.Errorf("events %v, want %q", eventKeys(doc), want)
			}
		})
	}
}

// TestWithListPartners: those listed after "talks with" are the partners
// of someone unnamed, not of each other; a named subject keeps its talks
// with each. Texts written for the test.
func TestWithListPartners(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The deal took years and talks with Norway and Denmark have been taking place for ten years.", nil},
		{"Sweden held talks with Norway and Denmark on Monday.", []string{"040 country:SWE>country:DNK", "040 country:SWE>country:NOR"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
