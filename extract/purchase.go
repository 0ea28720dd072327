package extract

import "strings"

// Buying a firm (verbs.tsv `061 buy|acquire|... org`): "Interbrew bought
// Brazilian brewer Ambev", "Holcim plans to buy Associated Cement
// Companies" is investing in the firm bought, as buying a stake in it is.
// The org flag finds the firm; these two checks keep out what the same
// words say otherwise (rec69).

// bidNouns govern a purchase that is only offered: "a modified offer to
// acquire MCI", "an attempt to take over WMC" (deals38 leaves takeover
// bids uncoded: most are speculation).
var bidNouns = toSet(`offer offers bid bids attempt attempts`)

// firmBought reports whether the firm mention m (found after the verb at t)
// is itself what is bought, by name: not the maker of goods named after it
// ("an HP inkjet printer", "Toyota's hybrid technology"), and not in a bid.
func firmBought(toks []token, m mention, t trigger) bool {
	if t.i >= 2 && toks[t.i-1].lower == "to" && bidNouns[toks[t.i-2].lower] {
		return false
	}
	if m.agr || !toks[m.j-1].upper {
		return false // an agreement, or "buy the firm": a firm named before, which may be another
	}
	if m.j >= len(toks) {
		return true
	}
	next := toks[m.j]
	if next.lower == "'s" || next.lower == "'" {
		return false // "bought Toyota's hybrid technology": goods of the firm
	}
	// A lower-case word that is no preposition, conjunction or adverb
	// continues the noun phrase: the firm names goods ("an HP printer").
	goodsWord := next.word && !next.upper && !isDigit(next.lower[0]) && !prepositions[next.lower] &&
		next.lower != "and" && next.lower != "or" && next.lower != "outright" && !strings.HasSuffix(next.lower, "ly")
	return !goodsWord
}
