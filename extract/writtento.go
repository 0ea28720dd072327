package extract

import "strings"

// Letters. "X has written to Y demanding an explanation", "sent a letter to
// Y threatening to pull funding": the -ing act that follows the one written
// to is made in the letter, and aimed at its addressee.

// writeForms write to someone; letterSendForms send a letterNoun to someone.
var (
	writeForms      = toSet(`write writes wrote written writing`)
	letterSendForms = toSet(`send sends sent sending deliver delivers delivered delivering hand hands handed handing`)
	letterNouns     = toSet(`letter letters message messages note notes`)
	// letterGapWords may stand between the addressee and the -ing act:
	// a time ("on Tuesday", "today") or a comma.
	letterGapWords = toSet(`, on today yesterday earlier last this week`)
)

// writtenTo returns the mention of the addressee when trigger t is an -ing
// verb right after "wrote to Y" or "sent a letter to Y" (Y an actor that
// starts at most four lower-case words after "to": "the head of the WHO",
// "all three parties"), or -1. Only a time or a comma may stand between Y and
// the -ing form, so "wrote to Y about a plan, saying ..." is left alone.
func writtenTo(toks []token, ms []mention, t trigger) int {
	if t.p.Noun || !strings.HasSuffix(toks[t.i].lower, "ing") {
		return -1
	}
	// The addressee is the last actor mention before the -ing form.
	mi := -1
	for n, m := range ms {
		if m.j <= t.i && actorMention(m) {
			mi = n
		}
	}
	if mi < 0 {
		return -1
	}
	m := ms[mi]
	for k := m.j; k < t.i; k++ {
		w := toks[k].lower
		if !letterGapWords[w] && !isWeekday(w) && !(toks[k].text == ")" || toks[k].text == "(" || k > m.j && toks[k-1].text == "(") {
			return -1
		}
	}
	to := -1
	for q := m.i - 1; q >= 0 && q >= m.i-5; q-- {
		if toks[q].lower == "to" {
			to = q
			break
		}
		if !toks[q].word || toks[q].upper {
			return -1
		}
	}
	if to < 1 {
		return -1
	}
	v := toks[to-1].lower
	if writeForms[v] {
		return mi
	}
	if letterNouns[v] {
		for q := to - 2; q >= 0 && q >= to-4; q-- {
			if letterSendForms[toks[q].lower] {
				return mi
			}
		}
	}
	return -1
}

// objectAfter reports whether an actor mention starts right after trigger
// t (after a determiner at most): the act's own object ("accusing Labour").
func objectAfter(toks []token, ms []mention, t trigger) bool {
	k := t.j
	if k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	for _, m := range ms {
		if m.i == k && actorMention(m) {
			return true
		}
	}
	return false
}
