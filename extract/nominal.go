package extract

import "slices"

// Act nouns after light verbs and after verbs of receiving or facing: "held
// talks", "received aid from Japan", "faces criticism".

// lightVerbs take an event noun as their object: "held talks", "launched an
// offensive", "began a hunger strike".
var lightVerbs = toSet(`hold holds held holding launch launches launched launching conduct conducts
conducted conducting carry carries carried out begin begins began begun stage stages staged staging
undertake undertook undertaken make makes made have has had continue continues continued continuing
renew renewed resume resumed open opens opened start started organize organized organise organised
mount mounted wage waged waging`)

// receiveForms are the forms of the verbs of receiving what another gives:
// their subject is given to.
var receiveForms = toSet(`receive receives received receiving get gets got getting obtain obtains obtained
obtaining accept accepts accepted accepting win wins won winning secure secures secured securing`)

// receivedBefore reports a verb of receiving up to three words before the
// act noun at i, with only adjectives, determiners or figures between
// ("received fresh military aid", "has secured a $2bn loan").
func receivedBefore(toks []token, i, start int) bool {
	for k, n := i-1, 0; k >= start && n < 4; k, n = k-1, n+1 {
		w := toks[k].lower
		if receiveForms[w] {
			return true
		}
		if !toks[k].word && w != "$" || prepositions[w] || isAux(w) || toks[k].upper {
			return false
		}
	}
	return false
}

// giverFromAfter reports an aid noun (07) whose giver follows it after
// "from": straight on, after "came", or after the phrase of whom it went
// to ("Labour's donations came from the unions", "aid from Japan",
// "registered donations to his office from supporters"). The clause's
// subject or the possessor is then given to, not the giver.
func giverFromAfter(toks []token, t trigger) bool {
	if t.p.Code[:2] != "07" || t.j >= len(toks) {
		return false
	}
	k := t.j
	if comeForms[toks[k].lower] && k+1 < len(toks) {
		k++
	}
	if toks[k].lower == "to" {
		// Skip a short "to" phrase, words only and no verb in it.
		for q := k + 1; q < len(toks) && q <= k+6; q++ {
			if w := toks[q].lower; w == "from" {
				return true
			} else if !toks[q].word || finiteWords[w] || beForms[w] || isAux(w) {
				return false
			}
		}
		return false
	}
	return toks[k].lower == "from"
}

// givenFrom returns the mention of the giver right after the thing
// received by trigger t: "from" at its end, then the actor, after a
// determiner or not ("received money from Saddam Hussein's regime",
// "financial support from the U.S. military"). -1 when there is none.
// (The coder finds the same actor with fromAfter.)
func givenFrom(toks []token, ms []mention, mAt []int, t trigger) int {
	k := t.j + 1
	if t.j >= len(toks) || toks[t.j].lower != "from" || k >= len(toks) {
		return -1
	}
	if determiners[toks[k].lower] && k+1 < len(toks) {
		k++
	}
	if !actorNamedAt(ms, mAt, k) || !actorMention(ms[mAt[k]-1]) {
		return -1
	}
	return mAt[k] - 1
}

// ownAidCode returns the code of the aid noun's own line of nouns.tsv that
// ends where the frame match t ends ("received humanitarian aid from": 073
// relief, not the frame's 070), or "" when there is none.
func (b *builder) ownAidCode(toks []token, clOf, mAt []int, t trigger) string {
	for k := t.i + 1; k < t.j; k++ {
		for _, p := range b.d.nouns[toks[k].lower] {
			if p.Frame || len(p.Code) < 2 || p.Code[:2] != "07" {
				continue
			}
			if c := matchWord(toks, k, p.Words[0], len(p.Words) == 1); c > 0 {
				if u, ok := matchFrom(toks, k, k+c, p, clOf, mAt); ok && u.j == t.j {
					return p.Code
				}
			}
		}
	}
	return ""
}

// pronounRightBefore returns the index of a subject pronoun right before
// the verb at i, past auxiliaries ("he received", "they have received"), or
// -1 when there is none.
func pronounRightBefore(toks []token, i, start int) int {
	k := i - 1
	for k >= start && isAux(toks[k].lower) {
		k--
	}
	if k >= start && subjectPronouns[toks[k].lower] {
		return k
	}
	return -1
}

// faceForms are the forms of the verbs whose subject is the one a
// reproach is aimed at: "faces criticism from the UN", "drew criticism from
// rights groups", "came under criticism from".
var faceForms = toSet(`face faces faced facing draw draws drew drawn drawing attract attracts attracted
attracting incur incurs incurred incurring`)

// reproach reports whether code is one of criticism or accusation (110-112),
// the acts one faces, draws or comes under. (A lawsuit faced, 115, is
// aimed at the one who faces it too, but the noun lines of lawsuits fire
// on too few sentences of the shared sets to show it.)
func reproach(code string) bool {
	return len(code) >= 3 && (code[:3] == "110" || code[:3] == "111" || code[:3] == "112")
}

// facedBefore reports a verb of facing up to three words before the noun
// of reproach at i, with only adjectives between ("faces widespread
// international criticism"), or "come under" right before it.
func facedBefore(toks []token, i, start int) bool {
	if i-2 >= start && toks[i-1].lower == "under" && comeForms[toks[i-2].lower] {
		return true
	}
	return formBefore(toks, i, start, faceForms)
}

// underBefore reports "under" up to three words before the noun at i, with
// only determiners and adjectives between: "is under pressure from",
// "buckling under the pressure from", "Under pressure from X, Y dropped
// ...". The clause's subject bears what the noun names.
func underBefore(toks []token, i, start int) bool {
	return formBefore(toks, i, start, underWord)
}

var underWord = toSet(`under`)

// bornBy reports a noun of trigger t that the clause's subject faces or is
// under, its doer named after "from" or not at all: a reproach ("faces
// criticism", "came under criticism from"), or any "<noun> from" pattern
// ("faces opposition from MPs", "is under pressure from Washington").
func bornBy(toks []token, cl *clause, t trigger) bool {
	if reproach(t.p.Code) && facedBefore(toks, t.i, cl.start) {
		return true
	}
	return fromPattern(t.p) && (facedBefore(toks, t.i, cl.start) || underBefore(toks, t.i, cl.start))
}

// fromPattern reports a noun pattern "<noun> from": its doer follows "from".
func fromPattern(p *pattern) bool {
	return p.Noun && len(p.Words) == 2 && p.Words[1] == "from"
}

// formBefore reports one of forms up to four words before the noun at i,
// with only determiners and adjectives between.
func formBefore(toks []token, i, start int, forms map[string]bool) bool {
	for k, n := i-1, 0; k >= start && n < 4; k, n = k-1, n+1 {
		w := toks[k].lower
		if forms[w] {
			return true
		}
		if !toks[k].word || prepositions[w] || isAux(w) || toks[k].upper {
			return false
		}
	}
	return false
}

var comeForms = toSet(`come comes came coming`)

// endForms are the forms of the verbs of ending or giving up an act.
var endForms = toSet(`drop drops dropped dropping abandon abandons abandoned abandoning shelve shelves shelved
shelving scrap scraps scrapped scrapping halt halts halted halting end ends ended ending suspend suspends
suspended suspending`)

// endedBefore reports a verb of ending up to three words before the act
// noun at i, with only determiners and adjectives between: "has dropped the
// investigation of", "ended its offensive". What is ended is not done.
func endedBefore(toks []token, i, start int) bool {
	return formBefore(toks, i, start, endForms)
}

// fromAfter is the actor mention named after "from" in [j, end) (the giver
// of "aid from Japan"), -1 when none.
func fromAfter(toks []token, ms []mention, j, end int) int {
	for mi, m := range ms {
		if m.i < j || m.i >= end || !actorMention(m) {
			continue
		}
		if q := m.i - 1; q >= j && (toks[q].lower == "from" || q > j && toks[q-1].lower == "from" && determiners[toks[q].lower]) {
			return mi
		}
	}
	return -1
}

// nounInPP reports whether the noun at i sits in a prepositional phrase
// ("ahead of trade talks", "prisoners in Israeli jails", "after two days of
// talks"): background to the clause, not its act, so the clause's subject is
// not its actor.
func nounInPP(toks []token, i, start int) bool {
	for k, n := i-1, 0; k >= start && n < 5; k, n = k-1, n+1 {
		w := toks[k].lower
		if prepositions[w] && w != "to" || w == "to" && k > start && (toks[k-1].lower == "response" || toks[k-1].lower == "reaction") {
			return true // "in response to rocket fire"
		}
		if !toks[k].word && w != "'s" || lightVerbs[w] || beForms[w] || isAux(w) || w == "to" {
			return false
		}
	}
	return false
}

// negatedRole reports a negation between the role noun at i and the form
// of "be", "remain" or "become" before it ("is not a major donor", "is no
// longer a donor"); see afterCopula.
func negatedRole(toks []token, i int) bool {
	for q := i - 1; q >= 0 && q >= i-6; q-- {
		w := toks[q].lower
		if beForms[w] || copulaForms[w] {
			return false
		}
		if w == "not" || w == "n't" || w == "no" || w == "never" {
			return true
		}
	}
	return false
}

// beInBefore reports whether the noun at i follows "in" right after a form
// of "be" or "remain" ("is in talks with", "are still in final negotiations
// with", "had been in contact with") or a word of taking part ("take part
// in talks with", "involved in regular discussions with"): the subject is
// one of the sides of the talks, not their background. The caller asks for
// "with" after the noun: "is in talks about whether to" names no partner.
func beInBefore(toks []token, i, start int) bool {
	k := i - 1
	for n := 0; k > start && n < 2 && toks[k].word && !toks[k].upper && !prepositions[toks[k].lower] && !determiners[toks[k].lower]; n++ {
		k-- // "final", "direct", "advanced"
	}
	if k > start && apposDeterminers[toks[k].lower] {
		k-- // an article: "took part in a meeting with"
	}
	if k <= start || toks[k].lower != "in" {
		return false
	}
	if partakeWords[toks[k-1].lower] {
		return true
	}
	for k--; k > start && inTalksAdverbs[toks[k].lower]; k-- {
	}
	return k >= start && (beForms[toks[k].lower] || copulaForms[toks[k].lower])
}

// talksWith reports a meeting or talks noun (root 04) whose partner
// follows "with": "talks with X", "a meeting with X".
func talksWith(toks []token, t trigger) bool {
	return t.p.Code[:2] == "04" && t.j < len(toks) && toks[t.j].lower == "with"
}

// partakeWords, right before "in", make the subject a side of the talks
// after "in": "take part in", "involved in", "participated in".
var partakeWords = toSet(`part involved participate participates participated participating`)

// afterTalksBefore reports "after" or "following" before the noun at i,
// with only an article, modifiers or a span of time between ("after talks
// with", "following 10 days of talks with", "after a meeting with his
// counterpart"): talks the clause's subject held before the act the clause
// tells, so the subject is a side of them (the event stays background, see
// clauseOf). The caller asks for "with" after the noun.
func afterTalksBefore(toks []token, i, start int) bool {
	for k, n := i-1, 0; k >= start && n < 5; k, n = k-1, n+1 {
		w := toks[k].lower
		if w == "after" || w == "following" {
			return true
		}
		// determiners holds possPronouns, and isAux beForms: "his", "been" stop too.
		if !(w == "of" || apposDeterminers[w] || toks[k].word && !toks[k].upper && !prepositions[w] && !determiners[w] &&
			!isAux(w) && !lightVerbs[w]) {
			return false
		}
	}
	return false
}

// inTalksAdverbs may stand between "be" and "in talks": "is still in talks".
var inTalksAdverbs = toSet(`still now already currently reportedly also`)

// lightVerbBefore reports a light verb up to three words before the noun at
// i, past determiners and adjectives.
func lightVerbBefore(toks []token, i, start int) bool {
	for k, n := i-1, 0; k >= start && n < 4; k, n = k-1, n+1 {
		w := toks[k].lower
		if lightVerbs[w] {
			return true
		}
		if !toks[k].word || prepositions[w] || beForms[w] {
			return false // "there have been accusations": "have" is an auxiliary of "be", no light verb
		}
	}
	return false
}

// nounSubject reports whether the tree makes the act noun t the subject of
// a verb, and a subordinating word ("as", "when", "after") stands between
// that verb and the clause's subject at subjPos: "the attack took place on
// Friday as X arrived". X only arrived; the noun is no phrase fronted
// before X's verb, and X is not its doer. The words, not the tree, find the
// opener: parsers often take "as X" for a phrase. False without a tree.
func (b *builder) nounSubject(toks []token, t trigger, subjPos int) bool {
	if !b.pzDone && b.parseSentence != nil && !openerBetween(toks, t.i+1, min(subjPos, len(toks))) {
		// The opener stands after the noun's verb, so after the noun: with
		// none there the answer is no without the parse. The sentence is
		// owed its parse for the date rule only (pzOwed, see askedTree).
		b.pzOwed = true
		return false
	}
	p := b.tree()
	if p == nil || subjPos > len(p.words) {
		return false
	}
	n := p.nounWord(t)
	if n >= len(p.words) || p.rel(n) != "nsubj" || p.head(n) <= n || !p.verbal(p.head(n)) {
		return false
	}
	return openerBetween(toks, p.head(n)+1, subjPos)
}

// openerBetween reports a subordinating word ("as", "when", "after") among
// tokens from to end (end excluded).
func openerBetween(toks []token, from, end int) bool {
	for q := from; q < end; q++ {
		if w := toks[q].lower; subordinators[w] || subjClauseOpeners[w] {
			return true
		}
	}
	return false
}

// fromDoerNoun reports whether the word w opens a noun pattern "<w> from"
// (nouns.tsv: "criticism from", "opposition from"): the word is then an act
// whose doer follows "from", never a sector word owned by the actor after
// it ("opposition from the US" is the US opposing, not the US opposition).
func (d *dicts) fromDoerNoun(w string) bool {
	return slices.ContainsFunc(d.nouns[w], fromPattern)
}
