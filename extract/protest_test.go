package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestProtestFrames: what a protest is against ("to protest (against) X",
// "in protest of X", "demonstrations against X") gives its target, the
// actor of the protested phrase; a protest named only by such a phrase is
// the act of its clause's people, never of a state. Texts written for the
// test.
func TestProtestFrames(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // PROTEST events as "source country>target country"; nil: none
	}{
		// the possessor of the protested act is the target
		{"Hundreds of Kenyan nurses began a hunger strike on Tuesday to protest against Uganda's decision to close the border.", []string{"KEN>UGA"}},
		// a rally in a phrase: its people are the subject; the agent after "by" is the target
		{"Thousands of Chilean miners were gathering on Friday for a rally in Santiago to protest the pollution caused by Canada's mining firms.", []string{"CHL>CAN"}},
		// the protest told by its purpose alone; those after "of" an act are the ones acted on
		{"Armenian students shunned classes on Monday to protest at the arrest of their teachers by Azerbaijani police.", []string{"ARM>AZE"}},
		{"Ghanaian teachers boycotted the exams in protest of Nigeria's new tariffs.", []string{"GHA>NGA"}},
		// a noun of protest in a phrase, its doer the subject
		{"Tibetan monks chanted slogans during demonstrations against the harsh treatment of prisoners by the Chinese army.", []string{"CHN>CHN"}},
		// the act named is how a state protests: no second event
		{"Norway cut its aid to Eritrea in protest at the jailing of journalists.", nil},
		// a state does not demonstrate: the police after "by" did the killing
		{"Kenyan authorities imposed a curfew in Mombasa to stop fresh demonstrations after the killing of two students by police.", nil},
		// "anti-government": the government is protested against, it does not protest
		{"The Peruvian minister resigned after weeks of anti-government protests that left ten people dead.", nil},
		// the rally is the act of those called on, not of the callers
		{"Activists urged Polish farmers to join a rally against Germany's import rules.", nil},
		// the act protested is the protest's cause, not news of its own (no REJECT)
		{"Chilean dockers went on strike in protest at Peru's refusal to return the seized boats.", []string{"CHL>PER"}},
		// a rally is a protest, but not a candidate's or a motor race
		{"Thousands of Nigerian students held a rally in Lagos on Friday.", []string{"NGA>NGA"}},
		{"At a campaign rally in Nairobi, Kenyan students demanded free tuition.", nil},
		{"Rally driver Ari Lahti said the Finnish team would race again.", nil},
		// a state's protest is a complaint (114, ACCUSE), no dissent
		{"Chile lodged a formal protest with Peru on Monday over the seizure of two fishing boats.", nil},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := protestDyads(doc)
			if !slices.Equal(got, tt.want) {
				t.Errorf("PROTEST %v, want %v; events %v", got, tt.want, eventKeys(doc))
			}
			if strings.Contains(tt.text, "refusal") && len(doc.Events) != 1 {
				t.Errorf("want the strike alone; events %v", eventKeys(doc))
			}
			if strings.Contains(tt.text, "lodged") && !slices.Contains(eventKeys(doc), "114 country:CHL>country:PER") {
				t.Errorf("want 114 country:CHL>country:PER; events %v", eventKeys(doc))
			}
		})
	}
}

// TestProtestDemands: what a protest demands names whom it is aimed at,
// over the protesters' own country where it happens: the active subject of
// a "that" clause, the agent of the act whose undoing is demanded, the one
// a break is demanded from. Texts written for the test.
func TestProtestDemands(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // the first PROTEST event as "source country>target country"
	}{
		{"Cuban dockers rioted outside a prison in Havana on Friday, joining crowds of students in demanding independence from Spanish rule.", "CUB>ESP"},
		{"Moroccan farmers marched in Rabat on Monday calling for freedom from French rule.", "MAR>FRA"},
		{"Kenyan nurses staged a sit-in in Nairobi demanding that the Ugandan government reopen the border.", "KEN>UGA"},
		{"Chilean miners began a hunger strike outside Congress to demand the return of land taken by Peruvian troops.", "CHL>PER"},
		// the one named in a passive "that" clause gains by the demand
		{"Kenyan nurses blocked roads in Nairobi demanding that their leader be freed.", "KEN>KEN"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			country := map[string]string{}
			for _, e := range doc.Entities {
				country[e.ID] = e.Country
			}
			got := ""
			for _, ev := range doc.Events {
				if ev.Plover == "PROTEST" {
					got = country[ev.Source] + ">" + country[ev.Target]
					break
				}
			}
			if got != tt.want {
				t.Errorf("PROTEST %q, want %q; events %v", got, tt.want, eventKeys(doc))
			}
		})
	}
}

// protestDyads lists the PROTEST events of doc as "source country>target
// country".
func protestDyads(doc Document) []string {
	country := map[string]string{}
	for _, e := range doc.Entities {
		country[e.ID] = e.Country
	}
	var got []string
	for _, ev := range doc.Events {
		if ev.Plover == "PROTEST" {
			got = append(got, country[ev.Source]+">"+country[ev.Target])
		}
	}
	return got
}
