package extract

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/syntax"
)

// TestParticipleOfNoun runs whole extractions with hand-built trees: a past
// participle that describes a noun ("detained fishermen", "fishermen held
// since May") names no doer, so the clause subject is not made its source;
// a verb the parser wrongly hangs on a noun with no verb before it stays
// the clause's act. Sentences written for the test.
func TestParticipleOfNoun(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text, spec string
		code             string // root of the participle's act
		want             bool   // an event of that root with source Norway
		agent            string // if not "", an event of that root must have this source
	}{
		{"modifier before its noun",
			"Norway criticised the treatment of detained fishermen.",
			"Norway/PROPN/2/nsubj criticised/VERB/0/root the/DET/4/det treatment/NOUN/2/obj of/ADP/7/case detained/VERB/7/amod fishermen/NOUN/4/nmod ./PUNCT/2/punct",
			"17", false, ""},
		{"reduced relative after its noun",
			"Norway rejected a plea for two sailors detained while fishing.",
			"Norway/PROPN/2/nsubj rejected/VERB/0/root a/DET/4/det plea/NOUN/2/obj for/ADP/7/case two/NUM/7/nummod sailors/NOUN/4/nmod detained/VERB/7/acl while/SCONJ/10/mark fishing/VERB/8/advcl ./PUNCT/2/punct",
			"17", false, ""},
		{"main verb taken for a modifier",
			"Norway on the island later detained fishermen.",
			"Norway/PROPN/7/nsubj on/ADP/4/case the/DET/4/det island/NOUN/1/nmod later/ADV/7/advmod detained/VERB/7/amod fishermen/NOUN/0/root ./PUNCT/7/punct",
			"17", true, ""},
		{"verb after its auxiliary",
			"Norway has in recent weeks detained fishermen.",
			"Norway/PROPN/6/nsubj has/AUX/6/aux in/ADP/5/case recent/ADJ/5/amod weeks/NOUN/6/obl detained/VERB/7/amod fishermen/NOUN/0/root ./PUNCT/7/punct",
			"17", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hand := tree(t, tt.spec)
			x.parseSentence = func(words []string, _ *syntax.Tagged) syntax.Sentence {
				if len(words) == len(hand.Tokens) {
					return hand
				}
				return syntax.ParseTokens(words)
			}
			doc := x.extract(Article{ID: "t"}, tt.text)
			got, agent := false, false
			for _, e := range doc.Events {
				if strings.HasPrefix(e.Cameo, tt.code) && e.Source == "country:NOR" {
					got = true
				}
				if strings.HasPrefix(e.Cameo, tt.code) && e.Source == tt.agent {
					agent = true
				}
			}
			if tt.agent != "" && !agent {
				t.Errorf("no event %s from %s\n%s", tt.code, tt.agent, dumpDoc(doc))
			}
			if got != tt.want {
				t.Errorf("event %s from Norway: %v, want %v\n%s", tt.code, got, tt.want, dumpDoc(doc))
			}
		})
	}
}
