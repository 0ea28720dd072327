package extract

import (
	"slices"
	"testing"
)

// TestIntentWordsFromModality: the words before "to" that put the
// infinitive's weekday in what is to come are modality.tsv's planned "X to"
// phrases in a present form, one list for both readings. A past form ("was
// keen", "wanted to") or a try ("tried to") does not. Sentences written for
// the test; published Wednesday 2009-06-17.
func TestIntentWordsFromModality(t *testing.T) {
	x := newTestExtractor(t)
	checkDates(t, x, []dateCase{
		{"Bolivia's envoy hopes to sign the trade accord with Ecuador on Friday.", "sign the trade accord", "2009-06-19", PrecisionDay},
		// "ready to" is a planned phrase of modality.tsv, so it reads forward too
		{"Bolivia's envoy is ready to sign the trade accord with Ecuador on Friday.", "sign the trade accord", "2009-06-19", PrecisionDay},
		{"Bolivia's envoy wanted to sign the trade accord with Ecuador on Friday.", "sign the trade accord", "2009-06-12", PrecisionDay},
	})
}

// TestIntendsToWords pins the set the dictionary gives: present intents and
// "set to" in, past forms, tries and negations out.
func TestIntendsToWords(t *testing.T) {
	d := newTestExtractor(t).d
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"hoping", true}, {"plans", true}, {"intend", true}, {"wants", true}, {"seeks", true}, {"aims", true}, {"set", true},
		{"hoped", false}, {"wanted", false}, {"sought", false}, {"trying", false}, {"whether", false}, {"was", false}, {"met", false},
	} {
		if got := d.intendsTo(tt.w); got != tt.want {
			t.Errorf("intendsTo(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestEarliestHolderOfTheTitlesState: a bare title whose office is one
// state's is settled among that state's holders only. Two British prime
// ministers the dictionary names (the later one chancellor all through the
// earlier one's term) and an Israeli prime minister: "the prime minister" of
// Britain is the earlier British one; another state's holder neither takes it
// nor stops it being settled.
func TestEarliestHolderOfTheTitlesState(t *testing.T) {
	x := newTestExtractor(t)
	person := func(name, country string) *entRef {
		kp := x.d.people[name]
		if kp == nil {
			t.Fatalf("%s is not in people.tsv", name)
		}
		return &entRef{ID: "person:" + name, Name: name, Kind: "person", Country: country,
			roleTitle: kp.Title, dictRole: true, dictRank: kp.Rank}
	}
	blair, brown, sharon := person("Tony Blair", "GBR"), person("Gordon Brown", "GBR"), person("Ariel Sharon", "ISR")
	ttl := &title{Canonical: "Prime Minister"}
	for _, tt := range []struct {
		name    string
		persons []*entRef
		country string
		want    *entRef
	}{
		{"British holders only", []*entRef{blair, brown}, "GBR", blair},
		{"another state's holder named too", []*entRef{sharon, blair, brown}, "GBR", blair},
		{"no state given: holders of two states settle nothing", []*entRef{sharon, blair, brown}, "", nil},
	} {
		b := &builder{d: x.d, persons: tt.persons}
		if got := b.personByTitle(ttl, tt.country, true); got != tt.want {
			t.Errorf("%s: personByTitle = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestObjectPronounReach: an object "him" or "her" with no person before it
// in its sentence is the last person subject only when that subject is at
// most two sentences back; further back, with other things told since, it
// is no one. Texts written for the test.
func TestObjectPronounReach(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text, target string
	}{
		{"two sentences back",
			`Mr Pavel Novak opened a ferry terminal in Hull on Tuesday. The terminal cost nine million pounds. The Liberal Democrats accused him of wasting public money.`,
			"Pavel Novak"},
		{"four sentences back",
			`Mr Pavel Novak opened a ferry terminal in Hull on Tuesday. The terminal cost nine million pounds. Ferries will sail twice a day. The first crossing was full. The Liberal Democrats accused him of wasting public money.`,
			""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := namedEvents(doc)
			if !slices.Contains(got, namedEvent{"112", "Liberal Democrats", tt.target}) {
				t.Errorf("no 112 Liberal Democrats -> %q; events %v", tt.target, eventKeys(doc))
			}
		})
	}
}
