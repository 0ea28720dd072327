package extract

import "strings"

// openingAside reports whether the sentence opens with a phrase that ends
// at a comma and holds no subject of the main clause: "According to X," or
// an -ing participle with its complement ("Stating that ...,", "Creating a
// body ..."), not a name ("Boeing said"), a preposition ("During the
// talks") or a modifier ("Brewing giant X has agreed"). Before the comma
// there must be no verb of the main clause: no subject pronoun, finite
// auxiliary or verb of saying ("Speaking to MPs he urged ...", "Responding
// to the claims X said: ..."), unless inside a "that" clause.
func openingAside(toks []token, ms []mention) bool {
	if len(toks) < 4 {
		return false
	}
	w, next := toks[0].lower, toks[1].lower
	switch {
	case w == "according":
		if next != "to" {
			return false
		}
	case !toks[0].word || !strings.HasSuffix(w, "ing") || len(w) <= 5 || prepositions[w] || inMention(ms, 0):
		return false
	case !(determiners[next] || prepositions[next] || next == "that" || next == "ahead" || strings.HasSuffix(next, "ly")):
		return false
	}
	for q := 1; q < len(toks) && q < 40; q++ {
		t := toks[q].lower
		switch {
		case t == ",":
			return true
		case t == "that" && w != "according":
			return true // the verbs after it are the reported clause's
		case subjectCase[t] || finiteWords[t] || sayVerbs[t] || t == ":":
			return false
		}
	}
	return false
}
