package extract

import "strings"

// Scope of a verb over an infinitive it governs across an adjunct: "pledged
// on Thursday to double its aid", "vowed at a summit in Paris to send
// troops", "agreed during talks in Geneva to lift the ban". The act of the
// infinitive, and a noun trigger that is its object, are what the governor
// pledges, plans, agrees or threatens: not done. modality.tsv's "X to"
// phrases skip short time adjuncts only (skipAdjunct); these helpers find
// the infinitive's "to" from the trigger and walk back over a prepositional
// adjunct to the governor.

// infinitiveTo returns the index of the "to" that opens the infinitive t
// belongs to: right before a verb trigger ("to send", "to swiftly
// impose"), or before the verb whose object a noun trigger heads ("to
// double its development aid", "to lift the arms embargo"); -1 when none.
func infinitiveTo(toks []token, t trigger, lo int) int {
	if !t.p.Noun {
		q := t.i - 1
		if q > lo && len(toks[q].lower) > 4 && strings.HasSuffix(toks[q].lower, "ly") {
			q--
		}
		if q > lo && toks[q].lower == "to" {
			return q
		}
		return -1
	}
	// A noun: its modifiers back to the verb, the verb, then "to".
	for q := t.i - 1; q > lo && q >= t.i-5; q-- {
		w := toks[q].lower
		if w == "to" {
			if q+1 == t.i {
				return q // a noun line's word used as the verb: "to attack Kenya"
			}
			if toks[q+1].word && !toks[q+1].upper && !determiners[toks[q+1].lower] {
				return q
			}
			return -1
		}
		if !toks[q].word && !toks[q].hyph && w != "'s" || prepositions[w] || isAux(w) || modalWords[w] || scopeBreakWords[w] {
			return -1
		}
	}
	return -1
}

// scopeBreakWords end the phrase an infinitive's object or an adjunct is read
// in: a new clause or a coordinated verb phrase begins there.
var scopeBreakWords = toSet(`and or but that which who whom whose while as because if unless when where`)

// adjunctGovernorAt returns the index of the word before the adjunct that
// stands between a verb and the infinitive whose "to" is at to ("pledged
// | at a donors' conference in Paris on Thursday | to"), or -1 when the
// words before to are no adjunct: it must open with a preposition or a time
// word and hold only words, names, numbers and commas, up to nine tokens.
// gov says whether the word at k governs an infinitive: a noun inside the
// adjunct ("at a conference in Paris") is passed over.
func adjunctGovernorAt(toks []token, to, lo int, gov func(k int) bool) int {
	for k := to - 1; k >= lo && k >= to-10; k-- {
		w := toks[k].lower
		if w == "to" || scopeBreakWords[w] || isAux(w) && w != "also" || modalWords[w] || !toks[k].word && !toks[k].hyph && w != "," && w != "'s" {
			return -1
		}
		if k+1 < to && toks[k].word && !toks[k].upper && adjunctOpener(toks, k+1) {
			if !prepositions[w] && !adjunctWords[w] && !determiners[w] && gov(k) {
				return k
			}
		}
	}
	return -1
}

// adjunctOpener reports whether the token at k may open an adjunct between
// a verb and its infinitive: a preposition, a time word ("last week",
// "again", "Thursday"), an -ly adverb or a comma.
func adjunctOpener(toks []token, k int) bool {
	w := toks[k].lower
	return prepositions[w] && w != "to" && w != "of" || adjunctWords[w] && w != "the" && w != "of" || isWeekday(w) ||
		w == "," || len(w) > 4 && strings.HasSuffix(w, "ly") || w == "once"
}

// governedAcrossAdjunct reads the modality of a trigger in an infinitive
// separated from its governor by an adjunct: the modality.tsv phrase "X
// to" whose words before "to" end at the governor. ok is false when there
// is none.
func (b *builder) governedAcrossAdjunct(toks []token, cl *clause, t trigger) (mp modPhrase, ok bool) {
	to := infinitiveTo(toks, t, cl.start)
	if to < 0 {
		return mp, false
	}
	adjunctGovernorAt(toks, to, cl.start, func(g int) bool {
		for _, p := range b.d.modality["to"] {
			if len(p.toks) >= 2 && p.toks[len(p.toks)-2] == toks[g].lower && matchBack(toks, g, p.toks[:len(p.toks)-1], cl.start) {
				mp, ok = p, true
				return true
			}
		}
		return false
	})
	return mp, ok
}

// governedAfter reports whether trigger u is in the infinitive a
// governing trigger ending at j governs, an adjunct allowed between them:
// "agreed on Thursday to double its development aid", "threatened at the
// summit to expel the envoy".
func governedAfter(toks []token, j int, u trigger, lo int) bool {
	to := infinitiveTo(toks, u, lo)
	if to < j || to > j+9 {
		return false
	}
	if to == j {
		return true
	}
	return adjunctGovernorAt(toks, to, lo, func(k int) bool { return k == j-1 }) == j-1
}
