package extract

import (
	"fmt"
	"strings"
)

// maxSentenceTokens is the most tokens one sentence may hold before it is
// split. News sentences run to 30-60 tokens and rarely pass 150; a longer
// run is a table, a list or text without full stops. The rules look at word
// windows, so a sentence costs memory and time that grow with its length
// (and every event keeps its sentence's text): one 10 MB "sentence" of
// event phrases once took 1.6 GB. 400 is the bound the rules already kept.
const maxSentenceTokens = 400

// splitLong splits every sentence of more than max tokens into pieces of
// at most max, each ending after the last comma, semicolon or colon in the
// second half of its window when there is one (a clause boundary), else at
// max. It returns the sentences and how many were split.
func splitLong(sents []sentence, max int) ([]sentence, int) {
	split := 0
	for _, s := range sents {
		if len(s.toks) > max {
			split++
		}
	}
	if split == 0 {
		return sents, 0
	}
	out := make([]sentence, 0, len(sents)+split)
	for _, s := range sents {
		toks := s.toks
		for len(toks) > max {
			cut := max
			for k := max - 1; k >= max/2; k-- {
				if t := toks[k].text; t == "," || t == ";" || t == ":" {
					cut = k + 1
					break
				}
			}
			out = append(out, sentence{toks: toks[:cut], start: toks[0].start, end: toks[cut-1].end})
			toks = toks[cut:]
		}
		if len(toks) > 0 {
			out = append(out, sentence{toks: toks, start: toks[0].start, end: toks[len(toks)-1].end})
		}
	}
	return out, split
}

// longSentenceNote says, for Document.Notes, that n sentences were split.
func longSentenceNote(n int) string {
	return fmt.Sprintf("%d sentence(s) of more than %d tokens split into pieces (a table, a list or text without full stops?); events across a cut are lost", n, maxSentenceTokens)
}

// bounds is the builder's state for keeping long inputs cheap.
type bounds struct {
	// The text of the sentence last asked for, and where it is.
	sentStart, sentEnd int
	sentText           string
	// foldAt is the number of event reports at which compactEvents folds
	// them; zero means compactAt.
	foldAt int
}

// sentenceText is s's text with its white space collapsed, as events carry
// it. The events of one sentence share one string: a sentence with dozens of
// events (a list of attacks) once held a copy per event.
func (b *builder) sentenceText(s sentence) string {
	c := &b.bounds
	if c.sentText == "" || c.sentStart != s.start || c.sentEnd != s.end {
		c.sentStart, c.sentEnd = s.start, s.end
		c.sentText = strings.Join(strings.Fields(b.text[s.start:s.end]), " ")
	}
	return c.sentText
}

// compactAt is how many event reports the builder holds before it folds
// them: an ordinary article has a few dozen, a long list of attacks
// thousands, most of them the same few events again.
const compactAt = 4096

// compactEvents folds the event reports gathered so far once there are
// many, so that an article's memory grows with its distinct events, not
// with how often it repeats them. Folding is idempotent, so the document is
// the same as without it.
func (b *builder) compactEvents() {
	at := max(b.bounds.foldAt, compactAt)
	if len(b.events) < at {
		return
	}
	b.events = foldEvents(b.events)
	// Fold again when the list has doubled, so that an article of many
	// distinct events is not folded after every sentence.
	b.bounds.foldAt = 2 * len(b.events)
}

// tokenEstimate guesses how many tokens text holds (words, and a quarter
// more for punctuation), so that the token slice of a 10 MB text is
// allocated once instead of growing through copies that, together, cost
// several times its size.
func tokenEstimate(text string) int {
	n := strings.Count(text, " ") + strings.Count(text, "\n")
	return n + n/4 + 16
}
