package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestAsideBeforeVerb checks subjects set off from their verb by an aside:
// an apposition, an age, a relative clause. The verb after the aside's
// closing comma is the sentence's own, done by the subject, even when its
// form is also a past participle ("called", "insisted"); a participle right
// after the first comma, or before the sentence's own verb, still describes
// the noun before it. Sentences written for the test.
func TestAsideBeforeVerb(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		// apposition, then the verb
		{"Vladimir Putin, the Russian president, called for sanctions against Ukraine.", "called for",
			[]string{"111 org:rus-government>country:UKR", "111 person:vladimir-putin>country:UKR"}},
		// an age
		{"Angela Merkel, 63, called on Russia to withdraw its troops.", "called on",
			[]string{"020 person:angela-merkel>country:RUS"}},
		// a relative clause whose pronoun is its subject: the actor named in
		// it is its object, not the subject of the verb after it
		{"Jacques Chirac, who had campaigned against Lionel Jospin for years, insisted on a meeting with Russia.", "insisted on",
			[]string{"108 person:jacques-chirac>country:RUS"}},
		{"Mr Chirac, who has known Gerhard Schroeder for years, insisted on a meeting with Russia.", "insisted on",
			[]string{"108 person:jacques-chirac>country:RUS"}},
		{"Ukraine, which has long courted Yulia Tymoshenko, insisted on the return of Russian troops.", "insisted on",
			[]string{"100 country:UKR>org:rus-military"}},
		// a participle before the sentence's own verb stays passive
		{"The former leader of Ukraine, Yulia Tymoshenko, jailed in 2011, was freed by Ukraine.", "jailed",
			[]string{"173 country:UKR>person:yulia-tymoshenko"}},
	}
	checkTriggerEvents(t, x, tests)
}

// triggerCase is a text, the prefix of the triggers of the events checked
// and those events as sorted "cameo source>target".
type triggerCase struct {
	text    string
	trigger string
	want    []string
}

// checkTriggerEvents extracts each case's text and compares the events
// whose trigger starts with the case's prefix.
func checkTriggerEvents(t *testing.T, x *Extractor, tests []triggerCase) {
	t.Helper()
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got []string
		for _, e := range doc.Events {
			if strings.HasPrefix(e.Trigger, tt.trigger) {
				got = append(got, e.Cameo+" "+e.Source+">"+e.Target)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: want %q, got %q\n%s", tt.text, tt.want, got, dumpDoc(doc))
		}
	}
}
