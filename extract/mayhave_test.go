package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestMayHaveDone: "may have" before a past participle guesses at an act
// that is reported as possibly done; it is not a plan, so a conflictual act
// stays itself and is no threat (13x). "may" alone still marks a plan, and
// so does a modal before "have" when "have" is the verb ("would have a
// blockade in place").
// Texts written for the test.
func TestMayHaveDone(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // event key (with its modality when not asserted) that must be there
	}{
		{"Russian hackers may have mounted a wave of cyber attacks against the banks of Estonia.", "190 org:rus-civilians>org:est-business"},
		{"Officials said Serbian police may have arrested two Kosovo journalists.", "173 org:srb-police>org:xkx-media"},
		{"Russia may launch attacks on Estonia next year, the minister warned.", "1384 country:RUS>country:EST planned"},
		// "have" as the verb, its object a noun trigger: the modal is a plan, not a counterfactual.
		{"Turkey would have a blockade of Armenia in place by the spring.", "1381 country:TUR>country:ARM planned"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
		})
	}
}

// TestNounAfterPrepActor: an -s form after an actor word that follows a
// preposition ("in breach of EU sanctions", "over Albanian attacks") is a
// noun, not a verb whose subject is the clause's; with a complement after it
// the form stays a verb ("the chief of the UN threatens to"). Texts written
// for the test.
func TestNounAfterPrepActor(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		banned string // event key that must not be there
		want   string // event key that must be there, if any
	}{
		{"Dutch police held the freighter in Rotterdam in breach of EU sanctions.", "163 org:nld-police>", ""},
		{"Greek police arrested two men over Albanian attacks, officials said.", "180 org:grc-police>country:GRC", "173 org:grc-police>group:men"},
		{"The chief of the UN threatens to cut aid to Sudan.", "", "1311 org:un>country:SDN threatened"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			keys := eventKeys(x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text))
			if tt.want != "" && !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
			if tt.banned != "" && slices.ContainsFunc(keys, func(k string) bool { return strings.HasPrefix(k, tt.banned) }) {
				t.Errorf("events %v, want none starting %q", keys, tt.banned)
			}
		})
	}
}
