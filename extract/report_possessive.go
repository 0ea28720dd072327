package extract

// A person whose possessive opens what someone else is reported to say
// ("Mr Brown's Budget was not about ..., the Tory leader said") is spoken
// of, not the one the paragraph follows. lastPersonSubj, which an opening
// "he" or "she" of a later sentence goes back to, took that owner for the
// clause's subject when the speaker was a bare title no actor covers, so
// the paragraph's speaker turned into the man he attacked: "He went on to
// accuse Mr Brown ..." was Brown accusing himself (no event), and "He also
// accused the government and the chancellor ..." had Brown as its source.

// possessiveSubject reports a clause k whose subject is the owner of the
// noun that is its real subject, in what a verb of saying after it (outside
// quotation marks) or a clause that reports it tells. Not a plain
// statement ("Mr X's trip is part of regular talks with Y's ministers. He
// will meet ..."), where the owner is the topic a later "he" continues:
// without that guard the "he" went back to the one who spoke before.
func possessiveSubject(toks []token, ms []mention, cls []clause, k int) bool {
	cl := cls[k]
	if cl.subjIdx < 0 || cl.subjIdx >= len(ms) || !ms[cl.subjIdx].poss {
		return false
	}
	if cl.reported {
		return true
	}
	for q := cl.end; q < len(toks); q++ {
		if sayVerbs[toks[q].lower] && !quoteOpen(toks, q) {
			return true
		}
	}
	return false
}
