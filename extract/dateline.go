package extract

import "strings"

// datelineEnd returns the index of the first token after a news dateline or
// agency credit that opens the sentence ("KABUL (Reuters) -- ...", "Paris,
// May 2, AFP - ...", "(CNN) ...", "ISLAMABAD: ..."), or 0 when there is none.
// The place and agency of a dateline say where the story was filed and who
// filed it: neither is the subject of the sentence that follows, so the
// actors in it are never a source or target (they still give context).
//
// A dateline is a short run of capitalized words, numbers and punctuation —
// no lower-case word — ending in a dash, a colon or a closing parenthesis,
// followed by a capitalized word. A colon or a single dash also needs a word
// in capitals or an agency in parentheses, so that "Lucknow: the ..." style
// headlines stay as they are.
//
// orgAt, when not nil, reports whether token k names an organization: a
// single word in capitals before a dash is a dateline only when it is none
// ("KABUL - A bomb ...", not "EADS - Airbus' owner - said ...").
func datelineEnd(toks []token, text string, orgAt func(k int) bool) int {
	// caps: a word in capitals outside parentheses ("KABUL"); lead: an
	// agency in parentheses opening the sentence ("(CNN)") or a date
	// before one ("Bogota, March 8 (IANS)"). "The Libyan National Army (LNA)
	// Commander ..." has neither.
	caps, lead, digit, open := false, false, false, false
	for k := 0; k < len(toks) && k < 9; k++ {
		t := toks[k]
		if k > 0 && t.upper && !open {
			gap := text[toks[k-1].end:t.start]
			prev := toks[k-1].text
			strong := strings.Contains(gap, "--") || strings.ContainsAny(gap, "\u2013\u2014")
			// A spaced dash after one word in capitals is a dateline when
			// the word is a place ("KABUL - A bomb ..."), not a body's
			// acronym ("EADS - Airbus' owner - said") or a short one joined
			// to a name ("EU - China").
			dash := strings.TrimSpace(gap) == "-" && (k >= 2 || k == 1 && len(prev) >= 4 && gap == " - " && orgAt != nil && !orgAt(0))
			if strong && k <= 6 && (k >= 2 || caps) || (dash || prev == ":") && caps || prev == ")" && (caps || lead) {
				return k
			}
		}
		switch {
		case t.text == "(":
			if open {
				return 0
			}
			open = true
			lead = lead || k == 0 || digit
		case t.text == ")":
			if !open {
				return 0
			}
			open = false
		case t.text == "," || t.text == ":" || t.text == ".":
		case t.text == `"` && k > 0 && toks[k-1].text == ")" && (caps || lead) && k+1 < len(toks) && toks[k+1].upper && text[t.end:toks[k+1].start] == " ":
			// "CAIRO (AP) " Acting on ...": a dash after the agency that
			// a copy mangled into a straight quote, spaced as a dash is; a
			// quotation's opening mark sits on its first word ("(AP) "We").
			return k + 1
		case !t.word:
			return 0
		case t.upper:
			if !open && len(t.text) >= 2 && strings.ToUpper(t.text) == t.text && !isDigitStart(t.text) {
				caps = true
			}
		case isDigitStart(t.text):
			digit = true
		default:
			return 0 // a lower-case word: a sentence, not a dateline
		}
	}
	return 0
}

func isDigitStart(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
