package extract

import (
	"strings"
	"testing"
)

// eventList is "trigger source>target" of every event of doc, in order.
func eventList(doc Document) []string {
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Trigger+" "+e.Source+">"+e.Target)
	}
	return got
}

// TestAgentlessForce checks acts of force whose doer the sentence does not
// name: the unidentified attackers of the country the act happened in do
// them, against the ones harmed. Sentences written for the test.
func TestAgentlessForce(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       []string // "trigger source>target" of every event, in order
	}{
		{"attack noun is the subject of the killing",
			"A roadside bomb near the town of Kandahar killed two Canadian soldiers on Monday.",
			[]string{"killed org:afg-unidentified-attackers>org:can-military"}},
		{"the killing tells the act, the noun is not coded again",
			"A car bombing in Kabul killed three Pakistani diplomats and wounded a guard.",
			[]string{"killed org:afg-unidentified-attackers>org:pak-government"}},
		{"place named through what it is part of",
			"An air strike on a market in the province of Idlib killed twelve Syrian civilians.",
			[]string{"killed org:syr-unidentified-attackers>org:syr-civilians"}},
		{"an attack with no victim named is against the country",
			"A roadside bomb near the town of Kandahar exploded on Monday.",
			[]string{"roadside bomb org:afg-unidentified-attackers>country:AFG"}},
		{"the attack's doer after \"by\" did the killing",
			"A car bombing by Taliban fighters in Kabul killed three Pakistani diplomats.",
			[]string{"car bombing org:taliban>country:AFG", "killed org:taliban>org:pak-government"}},
		{"a named doer is kept",
			"Taliban fighters killed two Canadian soldiers near the city of Kandahar.",
			[]string{"killed org:taliban>org:can-military"}},
		{"no place, no stand-in doer",
			"A roadside bomb killed two Canadian soldiers on Monday.",
			nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			if got := eventList(doc); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%q:\n got %q\nwant %q\n%s", tt.text, got, tt.want, dumpDoc(doc))
			}
		})
	}
}

// TestPastForce checks that an attack named in a phrase the sentence's own
// act follows or answers ("since", "after", "over", "because of") is not
// coded again, while one that is the sentence's only act, or the subject
// of its own clause, is. Sentences written for the test.
func TestPastForce(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"over",
			"Kenya expelled two Somali diplomats over last week's Somali air raids on the border town.",
			[]string{"expelled two Somali diplomats country:KEN>org:som-government"}},
		{"after, an -ing form",
			"Kenya recalled its ambassador from Somalia after the Somali shelling of Mandera.",
			[]string{"recalled its ambassador country:KEN>country:SOM"}},
		{"because of",
			"Ghana closed its border with Togo because of fighting between Togolese and Beninese troops.",
			[]string{"closed its border country:GHA>country:TGO"}},
		{"a clause after the preposition keeps its act",
			"Two Kenyan soldiers were wounded after a Somali car bomb exploded near the gate.",
			[]string{"car bomb country:SOM>"}},
		{"no other act in the sentence",
			"Kenya has built thousands of schools since the Ethiopian invasion in 2006.",
			[]string{"invasion country:ETH>"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			if got := eventList(doc); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%q:\n got %q\nwant %q\n%s", tt.text, got, tt.want, dumpDoc(doc))
			}
		})
	}
}
