package extract

import "strings"

// A list of actors whose last member stands after an interposed phrase:
// "to A, B, and with strings attached, C", "will visit A, as well as B".
// The plain list gap (",", "and", "as well as") is read by group; these
// gaps are longer, so they are read here, and only when the member after
// them closes the sentence or clause: a name with words of its own after
// it ("..., and on Monday, C said") opens a clause, not a list member.

// interposedConjunct reports whether toks[i:j], the words between the end
// of one list member and the start of the next at j, join them across an
// interposed phrase:
//
//	", as well as (the)"                     ("A, as well as B")
//	"(,) and|or , PHRASE , (the)"           ("A, and, above all, B")
//	"(,) and|or PHRASE , (the)"             ("A, and with strings attached, B")
//
// PHRASE is one to five lower-case words opening with a preposition or an
// adverb. end is the end of the clause; the member at j must end it
// (sentence punctuation, or nothing, after its mention end mj).
func interposedConjunct(toks []token, i, j, mj, end int) bool {
	if mj < end && mj < len(toks) && toks[mj].text != "." && toks[mj].text != ";" {
		return false
	}
	k := i
	if k < j && toks[k].text == "," {
		k++
	}
	if j > k && toks[j-1].lower == "the" {
		j--
	}
	if k > i && j-k == 3 && asWellAs(toks, k) {
		return true
	}
	if k >= j || toks[k].lower != "and" && toks[k].lower != "or" {
		return false
	}
	k++
	if k < j && toks[k].text == "," {
		k++
	}
	if j-1 <= k || toks[j-1].text != "," {
		return false
	}
	return interposedPhrase(toks[k : j-1])
}

// interposedPhrase reports whether ws is a short aside that may stand
// between "and" and a list's last member: one to five lower-case words, the
// first a preposition or an adverb ("with strings attached", "above all",
// "in particular", "perhaps", "most notably"), no comma or verb of saying.
func interposedPhrase(ws []token) bool {
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	for _, t := range ws {
		if !t.word || t.upper || sayVerbs[t.lower] {
			return false
		}
	}
	f := ws[0].lower
	return prepositions[f] || midAdverbs[f] || strings.HasSuffix(f, "ly") || f == "above" || f == "perhaps" || f == "most"
}

// asWellAs reports "as well as" at k: after a comma it adds a member to a
// list ("A, as well as B"), not a clause of its own as ", as X said" does.
func asWellAs(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].lower == "as" && toks[k+1].lower == "well" && toks[k+2].lower == "as"
}
