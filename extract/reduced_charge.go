package extract

import "strings"

// chargeParticiples are the past participles of verbs of charging that take
// the charge in an "of" phrase right after their object: "accused X of",
// "convicted X of", "suspected X of".
var chargeParticiples = toSet(`accused convicted suspected`)

// passiveBefore are the words that make a participle after them the verb of
// its clause in the passive ("was accused of", "stands accused of"), told
// by the passive rules.
var passiveBefore = toSet(`was were is are be been being get gets got getting become became stand stands stood remain remains remained`)

// reducedCharge reports whether the participle at k is a reduced relative
// of charging: "a man accused of plotting", "any foreign national suspected
// of links": the verb takes its object between itself and "of" ("accused
// Y of"), so a participle directly before "of" is a passive, and with no
// form of "be" (or "stand", "get") before it, it describes the noun before
// it. The clause's subject did not charge anyone, and the clause names no
// one who did.
func reducedCharge(toks []token, k int) bool {
	if !chargeParticiples[toks[k].lower] || k+1 >= len(toks) || toks[k+1].lower != "of" {
		return false
	}
	q := k - 1
	// Back over adverbs ("also", "wrongly", "repeatedly") to the word
	// that tells a passive from a reduced relative.
	for q > 0 && (toks[q].lower == "also" || len(toks[q].lower) > 3 && strings.HasSuffix(toks[q].lower, "ly") && toks[q].word && !toks[q].upper) {
		q--
	}
	return q >= 0 && !passiveBefore[toks[q].lower] && !isAux(toks[q].lower)
}
