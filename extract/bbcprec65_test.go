package extract

import (
	"strings"
	"testing"
)

// TestReactionIsNoMove checks that talks and criticism leave no move of
// their own behind: an act aimed at "the move" or "the offer" afterwards is
// not aimed at whoever only talked or criticised last, while a lawsuit
// still is a deed a later "the decision" points back at. Sentences written
// for the test.
func TestReactionIsNoMove(t *testing.T) {
	cases := []actTargetCase{
		// the last act was talks: the talker made no move
		{"Chile agreed to cut its tariffs on wheat. Meanwhile Peru also began talks with Bolivia. Farmers' unions in Argentina have condemned the move.", "condemned", ""},
		// the last act was criticism: the critic made no offer
		{"Ghana accepted the lenders' offer, which Oxfam criticised as too small. Kenya has turned down the offer.", "turned down", ""},
		// a lawsuit is a deed: the suer made the decision
		{"The Dutch government sued Shell over the spill. Greenpeace praised the decision.", "praised", "org:nld-government"},
	}
	checkActTargets(t, newTestExtractor(t), cases)
}

// TestRequestedConjunct checks that a verb coordinated with the infinitive
// an appeal asks for is asked for too, not done by the one who appeals.
// Sentences written for the test.
func TestRequestedConjunct(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, gone string }{
		{"Maria Lopez, head of the charity Human Rights Watch, has called on the Kenyan government to \"keep its word\" and either try or release the jailed students.", "release"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		asked := false
		for _, e := range doc.Events {
			if e.Trigger == tt.gone {
				t.Errorf("%q: %q coded as an act (%s, %s)\n%s", tt.text, tt.gone, e.Cameo, e.Modality, dumpDoc(doc))
			}
			asked = asked || e.Cameo == "020"
		}
		if !asked {
			t.Errorf("%q: the appeal itself is lost\n%s", tt.text, dumpDoc(doc))
		}
	}
}

// TestTheyAfterOneCountry checks that a sentence opening on "they" after one
// whose subject was a single country is not read as that country's act,
// while a pair of countries or a government before it still is. Sentences
// written for the test.
func TestTheyAfterOneCountry(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger, source string // source "" for no event
	}{
		{"The party's new leaflets say Canada has the lowest jobless rate in decades. They urge voters not to let the rival party undo the recovery.", "urge", ""},
		{"Spain and Portugal recalled their ambassadors. They also summoned the Moroccan envoy.", "summoned", "country:PRT"},
		{"The Spanish government recalled its ambassador. They also summoned the Moroccan envoy.", "summoned", "org:esp-government"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if !strings.Contains(e.Trigger, tt.trigger) {
				continue
			}
			if tt.source == "" {
				t.Errorf("%q: %q coded with source %q, want no event\n%s", tt.text, tt.trigger, e.Source, dumpDoc(doc))
			}
			found = found || e.Source == tt.source
		}
		if tt.source != "" && !found {
			t.Errorf("%q: no %q event by %q\n%s", tt.text, tt.trigger, tt.source, dumpDoc(doc))
		}
	}
}

// TestCalledOpensNoName checks that a sentence opening on the participle
// "Called" does not take it into the name it introduces. Sentence written
// for the test.
func TestCalledOpensNoName(t *testing.T) {
	x := newTestExtractor(t)
	text := "Three carmakers have set up a body to share battery research. Called the Nordic Battery Research Association, the group will publish its first findings in May."
	doc := x.extract(Article{ID: "t"}, text)
	found := false
	for _, e := range doc.Entities {
		if strings.HasPrefix(e.Name, "Called") {
			t.Errorf("%q: name %q keeps the participle\n%s", text, e.Name, dumpDoc(doc))
		}
		found = found || e.Name == "Nordic Battery Research Association"
	}
	if !found {
		t.Errorf("%q: no Nordic Battery Research Association\n%s", text, dumpDoc(doc))
	}
}
