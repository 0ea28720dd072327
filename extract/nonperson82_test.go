package extract

import (
	"strings"
	"testing"
)

// TestWorksNamedLikePeople checks names that a noun of works stands before
// (works.go): a film, a musical, a game or a robot is no person, in the
// sentence that says so or later, and a later "he" is not given to it.
// Where the noun is a verb ("polls show"), or a clause follows it with an
// honorific ("on the Today programme Mr X said"), the person stays. Sentences
// written for the test.
func TestWorksNamedLikePeople(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text   string
		want   string // a person that must be made, or ""
		noPers bool   // no person entity at all
	}{
		{"The animated film Polly Marsh has taken $30m in its first week, the studio said. Polly Marsh beat two rivals.", "", true},
		{"Fans queued for the musical Jenny Starling in London. Jenny Starling will close in May, its producers said.", "", true},
		{"US drama Callum Reed has been dropped after two series, the network said.", "", true},
		{"Sales of the game Iron Harbour rose in March. Iron Harbour was praised by reviewers. He also criticised the government.", "", true},
		{"Polls show Tom Wexley ahead in the race for mayor. Wexley criticised the council.", "person:tom-wexley", false},
		{"Speaking on the Today programme Mr Hale said the tax would rise. Hale also attacked the opposition.", "person:hale", false},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		ids := map[string]bool{}
		for _, e := range doc.Entities {
			ids[e.ID] = true
			if tt.noPers && strings.HasPrefix(e.ID, "person:") {
				t.Errorf("%q: made person %s\n%s", tt.text, e.ID, dumpDoc(doc))
			}
		}
		if tt.want != "" && !ids[tt.want] {
			t.Errorf("%q: no %s\n%s", tt.text, tt.want, dumpDoc(doc))
		}
		for _, ev := range doc.Events {
			if tt.noPers && (strings.HasPrefix(ev.Source, "person:") || strings.HasPrefix(ev.Target, "person:")) {
				t.Errorf("%q: event %s with a person end %s/%s", tt.text, ev.Cameo, ev.Source, ev.Target)
			}
		}
	}
}

// TestWorksNounOpener checks the word before a noun of works: it makes the
// noun a noun ("hit show", "the film", "TV show", a sentence-opening "US")
// or a verb ("polls show", "will show", a sentence-opening "Figures").
func TestWorksNounOpener(t *testing.T) {
	for _, tt := range []struct {
		word  string
		opens bool
		want  bool
	}{
		{"the", false, true}, {"hit", false, true}, {"'s", false, true}, {"TV", false, true},
		{"US", true, true}, {"Surf", true, true},
		{"polls", false, false}, {"Figures", true, false}, {"will", false, false}, {"to", false, false},
	} {
		p := token{text: tt.word, lower: strings.ToLower(tt.word), word: tt.word != "'s", upper: tt.word[0] >= 'A' && tt.word[0] <= 'Z'}
		if got := worksNounOpener(p, tt.opens); got != tt.want {
			t.Errorf("worksNounOpener(%q, %v) = %v, want %v", tt.word, tt.opens, got, tt.want)
		}
	}
}
