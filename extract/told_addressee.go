package extract

import (
	"slices"
	"strings"
)

// "The minister told Mr Rossi he would resign": the one told is the object
// of "told", not the first words of what is said. The report used to open
// right after the verb, so the addressee's name became the subject of the
// reported clause and took the act ("Rossi would resign") from the pronoun
// that is its real subject.

// toldAddressee returns where the report after verb w opens when it would
// open at q: past an actor named right after a form of "tell" when a
// subject pronoun or "that" follows the name ("told Mr Rossi he would",
// "told the council that it must"); q otherwise.
func toldAddressee(toks []token, ms []mention, w string, q int) int {
	// Of the verbs of saying only "tell" takes the one told as a bare
	// object before the report (irregularVerbs holds its forms).
	if !slices.Contains(irregularVerbs["tell"], w) || q >= len(toks) {
		return q
	}
	at := q
	if honorifics[strings.TrimSuffix(toks[q].lower, ".")] && q+1 < len(toks) {
		at++ // "Mr Rossi": the mention may open at the name
	}
	m, ok := actorAt(ms, toks, at)
	if !ok && at > q {
		m, ok = actorAt(ms, toks, q)
	}
	if !ok || m.poss || m.j >= len(toks) {
		return toldNounThat(toks, q)
	}
	if next := toks[m.j].lower; next == "that" || subjectCase[next] {
		return m.j
	}
	// "told BBC Radio 4's Today programme that": the actor only opens
	// the one told.
	return toldNounThat(toks, q)
}

// toldNounMax is how many words the one told may take before "that" when
// it names no actor: "told reporters that", "told BBC Radio 4's Today
// programme that".
const toldNounMax = 6

// toldNounThat returns where the report opens after a form of "tell" whose
// object, at q, is no actor: at the "that" closing a short noun phrase
// ("told reporters that the plans were flawed", "told BBC Radio 4's Today
// programme that ..."), so the one told is not read as the subject of what
// is said; q when no such "that" follows. A comma, a quote, a finite word
// or a preposition before "that" ends the search: the object is then no
// bare noun phrase, and in "told the BBC at that time that" the first
// "that" is a determiner.
func toldNounThat(toks []token, q int) int {
	for k := q; k < len(toks) && k <= q+toldNounMax; k++ {
		w := toks[k].lower
		if w == "that" {
			return k // q itself when "that" comes first
		}
		// A quotation mark is no word, so the first test ends at it too.
		if !toks[k].word && w != "'s" && w != "'" || finiteWords[w] || subjectCase[w] || prepositions[w] {
			return q
		}
	}
	return q
}
