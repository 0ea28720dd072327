package extract

import (
	"slices"
	"testing"
)

// TestRoleActors checks that people named only by their office or role
// ("the prime minister", "12 senators", "arms inspectors") become the
// actors of the act whose argument they are, under the role's own words and
// with no country the text does not give; and that a role which stands for
// someone named, or names no state's office, stays no actor.
func TestRoleActors(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text, cameo, source, target string // source/target: entity names, "" for none
	}{
		// a bare title as the object, the subject of a "that" clause, or
		// the one a thing is asked of
		{"Senator Maria Lopez demanded that the prime minister explain the payments.", "100", "Maria Lopez", "prime minister"},
		{"The mayor of Oslo refused a request from the culture minister to close the museum.", "120", "", "culture minister"},
		{"A retired judge demanded a full and public apology from the Prime Minister.", "100", "", "prime minister"},
		// the object of a pattern's own last verb
		{"Chile's government refused to meet union negotiators in May.", "125", "", "union negotiators"},
		// plurals of titles and role words
		{"Norway expelled all the arms inspectors on Friday.", "166", "Norway", "arms inspectors"},
		{"The Peruvian parliament issued an ultimatum to climate negotiators on Monday.", "139", "", "climate negotiators"},
		{"Chile has freed a former presidential candidate who was held for a year.", "", "Chile", "presidential candidate"},
		// a sector word before the title gives its code's sector, not its name's
		{"A veteran rebel commander surrendered to Peruvian troops.", "", "veteran rebel commander", ""},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		name := map[string]string{}
		for _, e := range doc.Entities {
			name[e.ID] = e.Name
		}
		ok := false
		for _, ev := range doc.Events {
			if (tt.cameo == "" || ev.Cameo == tt.cameo) && (tt.source == "" || name[ev.Source] == tt.source) && (tt.target == "" || name[ev.Target] == tt.target) {
				ok = true
			}
		}
		if !ok {
			var got []string
			for _, ev := range doc.Events {
				got = append(got, ev.Cameo+" "+name[ev.Source]+">"+name[ev.Target])
			}
			t.Errorf("%q: want %s %q>%q, got %q", tt.text, tt.cameo, tt.source, tt.target, got)
		}
	}

	none := []struct{ text, role string }{
		{"The two presidents agreed to open a joint fund.", "presidents"},
		{"Her spokesman insisted she had done nothing wrong.", "spokesman"},
		{"Critics praised the director of the film for its daring.", "director"},
		{"Bankers warned that growth may slow, analysts said.", "analysts"},
		{"Peru and Chile signed a border deal on Monday. Officials in both countries said it came after a meeting of foreign ministers of both countries in Lima.", "foreign-ministers"},
	}
	for _, tt := range none {
		doc := x.extract(Article{ID: "t"}, tt.text)
		for _, e := range doc.Entities {
			if e.ID == "group:"+tt.role {
				t.Errorf("%q: made actor %s", tt.text, e.ID)
			}
		}
	}
}

// TestRoleActorCode checks the code of a role actor: its title's sector, or
// that of a sector word before it.
func TestRoleActorCode(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct{ text, id, code string }{
		{"Peru expelled two senior senators from the talks.", "group:senators", "LEG"},
		{"A rebel commander surrendered to Peruvian troops.", "group:rebel-commander", "REB"},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := "(none)"
		for _, e := range doc.Entities {
			if e.ID == tt.id {
				got = e.Code
			}
		}
		if got != tt.code {
			t.Errorf("%q: %s code %q, want %q", tt.text, tt.id, got, tt.code)
		}
	}
}

// TestFaithPeople checks that the people of a faith named in the object's
// seat are the ones acted on, of the country their own phrase names and of
// none otherwise.
func TestFaithPeople(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct{ text, target string }{
		{"Rebels in Mali released at least 30 Christians on Monday.", "Christians"},
		{"Police arrested dozens of Muslims in Mumbai.", "Indian Muslims"},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		name := map[string]string{}
		for _, e := range doc.Entities {
			name[e.ID] = e.Name
		}
		var got []string
		for _, ev := range doc.Events {
			got = append(got, name[ev.Target])
		}
		if !slices.Contains(got, tt.target) {
			t.Errorf("%q: targets %q, want %q among them", tt.text, got, tt.target)
		}
	}
}

// TestFirmsActedOn checks that firms named by kind in the object's seat are
// the ones acted on, of no country, and that firms the text named before
// ("these companies") are not made a group.
func TestFirmsActedOn(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"Prosecutors in Oslo have sued six banks over the losses.", true},
		{"Chile fined dozens of companies for hiding fees.", true},
		{"Prosecutors in Oslo said these companies had hidden fees and sued them.", false},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := false
		for _, ev := range doc.Events {
			got = got || ev.Target == "group:banks" || ev.Target == "group:companies"
		}
		if got != tt.want {
			t.Errorf("%q: firms acted on %v, want %v", tt.text, got, tt.want)
		}
	}
}
