package extract

import (
	"strings"

	"github.com/geokg/geokg/syntax"
)

// nonActorSubject reports whether the tree gives verb trigger t a subject
// of its own, before it, that is a common noun no actor stands in, and that
// the clause's subject the word rules found is not: "X would be governor
// and some Anglicans remain opposed to ...", "he is framed for murder the
// moment he arrives". The word rules lend such a verb the first conjunct's
// subject or another actor of the sentence; the one who acts is the noun,
// which is no actor, so the act has no source the sentence names. (A noun the extractor does make an actor,
// "ministers", "police", has a mention there; a people word no mention
// covers, "campaigners", is still read by genericArgs.)
func (b *builder) nonActorSubject(toks []token, ms []mention, cl *clause, t trigger) bool {
	if t.p.Noun || b.parseSentence == nil {
		return false
	}
	if cl.relative || cl.pair || !b.nonActorCandidate(toks, ms, cl, t, nil) {
		// The answer is no without the parse, which cost about 5% of the
		// BBC run. A relative clause: "an announcement by X - who is
		// considering the future of the airline - which ruled out": the
		// tree hangs it on the nearest noun. (Its one right case in the
		// shared text, "the committee which monitors the Department", is
		// the second of the two sentences "monitor" fires on: see
		// docs/extraction.md.) A pair clause: "the two companies held
		// talks": the pair of the last act acts. No candidate: the words
		// rule out every subject the tree could give (nonActorCandidate).
		if !b.pzDone {
			// The sentence is owed its parse for the date rule only, as
			// when the tags answer, if it would have been parsed here: the
			// noun scan is left to askedTree (pzOwedNoun), as it may tag
			// the sentence.
			b.pzOwedNoun = max(b.pzOwedNoun, t.i)
		}
		return false
	}
	if !b.commonNounBefore(toks, t.i) {
		return false
	}
	if !b.pzDone && b.lead == 0 && !b.nonActorCandidate(toks, ms, cl, t, b.tags()) {
		// The tags the tree would give the words (the tree keeps the
		// tagger's tags, but for a dateline: see parseTree) rule out such
		// a subject too: owed (pzOwed, see askedTree).
		b.pzOwed = true
		return false
	}
	p := b.tree()
	if !p.readable(t.i, false) && !(p != nil && p.words[t.i].UPOS == "ADJ" && p.words[t.i].Deprel == "xcomp") {
		// "remain opposed": a participle read as an adjective after
		// "remain" or "become" has that verb's subject.
		return false
	}
	if d := p.words[t.i].Deprel; d == "acl" || d == "conj" && !p.hasKid(t.i, "nsubj") || d == "xcomp" && p.hasKid(p.head(t.i), "obj") {
		// "a duty to investigate", "had a duty to investigate": the noun
		// is no doer; "said X seemed widespread and called on Y": a
		// subject borrowed across "and" is the tree's least sure.
		return false
	}
	s, pass, ok := p.subjectOf(t.i)
	if !ok || pass || s < 0 || s >= t.i || s == cl.subjPos || !commonNounWord(p, toks, s) {
		return false
	}
	if speaksFor[toks[s].lower] || instrumentNouns[toks[s].lower] || p.possessed(s) || p.hasKid(s, "nummod") {
		// "the report urged", "a bill that would sanction", "its leaders
		// want", "whose brands": who the noun stands for (the author or
		// sponsor, the owner) acts.
		return false
	}
	if b.subjectPhraseEndsBefore(toks, cl, s) {
		return false // "European Community foreign ministers": the tree split the clause subject's phrase
	}
	if p.mAt[s] != 0 || p.mentionOf(p.mAt, ms, s) >= 0 {
		return false // a name, or a noun an actor stands in ("Russia's envoy", "the head of the agency")
	}
	if w := toks[s].lower; spanNouns[w] || timeNouns[w] || strings.HasSuffix(w, "'s") {
		return false // "hours after X agreed", "a month after Nixon resigned": a time the tree misread
	}
	// An actor anywhere from the subject phrase to the verb is more likely
	// the doer the tree misplaced ("after negotiations, Pakistan and the
	// IMF have reached", "the organisation MSF flew") or one the noun
	// stands for ("US Jewish organisations have rejected").
	lo := p.leftmost(s)
	for _, m := range ms {
		if actorMention(m) && m.i < t.i && m.j > lo {
			return false
		}
	}
	return true
}

// nonActorCandidate reports a word the tree could make the subject
// nonActorSubject wants: before the verb and at or after the end of every
// actor named before it (the subject phrase starts there at the earliest,
// see the loop over ms), not the clause's subject, in no mention, and not
// one of the nouns nonActorSubject turns down by its spelling; with tags,
// also a common noun as commonNounWord reads it from the tree's tags, not
// in the clause subject's phrase (subjectPhraseEndsBefore), for a verb the
// tags make a verb or an adjective (readable and its exception). Without
// one the answer is no, whatever the tree; in most sentences the clause's
// subject is an actor right before the verb, and no word is left.
func (b *builder) nonActorCandidate(toks []token, ms []mention, cl *clause, t trigger, tags *syntax.Tagged) bool {
	if tags != nil && t.i < tags.Len() {
		if u := tags.UPOS(t.i); u != "VERB" && u != "AUX" && u != "ADJ" {
			return false
		}
	}
	mAt := b.pzMAt
	lo := 0
	for _, m := range ms {
		if actorMention(m) && m.i < t.i && m.j > lo {
			lo = m.j
		}
	}
	for s := lo; s < t.i; s++ {
		if s == cl.subjPos || mAt[s] != 0 {
			continue
		}
		if w := toks[s].lower; speaksFor[w] || instrumentNouns[w] || spanNouns[w] || timeNouns[w] || strings.HasSuffix(w, "'s") {
			continue
		}
		if tags != nil && s < tags.Len() && (tags.XPOS(s) != "NNPS" && !(tags.UPOS(s) == "NOUN" && (!toks[s].upper || s == 0)) || b.subjectPhraseEndsBefore(toks, cl, s)) {
			continue
		}
		return true
	}
	return false
}

// leftmost is the first word of the phrase word i heads.
func (p *parse) leftmost(i int) int {
	lo := i
	for _, k := range p.kids[i] {
		if k < i {
			lo = min(lo, p.leftmost(k))
		}
	}
	return lo
}

// commonNounBefore reports a common noun (by the tagger's dictionary) that
// no mention covers before token end: without one, the tree can name no
// such subject, and the sentence is not parsed for it.
func (b *builder) commonNounBefore(toks []token, end int) bool {
	// As commonNounWord reads the tree: a lower-case (or sentence-first)
	// noun, or a plural the tagger takes for a name. The words the
	// dictionary tags are asked first: one noun among them answers without
	// tagging the sentence (dictXPOS tags it for the first word the
	// dictionary lacks), which cost about 4% of the BBC run when this ran
	// in word order.
	noun := func(k int, x string) bool {
		return (x == "NN" || x == "NNS") && (!toks[k].upper || k == 0) || x == "NNPS"
	}
	unknown := -1 // the first word the dictionary lacks: the second scan starts there
	for k := 0; k < end; k++ {
		if !toks[k].word || b.pzMAt[k] != 0 {
			continue
		}
		x := syntax.DictXPOS(b.pzToks[k].text)
		if x == "" {
			if unknown < 0 {
				unknown = k
			}
		} else if noun(k, x) {
			return true
		}
	}
	if unknown < 0 {
		return false
	}
	for k := unknown; k < end; k++ {
		if !toks[k].word || b.pzMAt[k] != 0 || syntax.DictXPOS(b.pzToks[k].text) != "" {
			continue
		}
		if noun(k, b.dictXPOS(k)) {
			return true
		}
	}
	return false
}

// subjectPhraseEndsBefore reports whether the clause subject's mention
// ends at most three modifier words before word s ("European Community
// foreign ministers"): s heads the subject's own phrase.
func (b *builder) subjectPhraseEndsBefore(toks []token, cl *clause, s int) bool {
	m := b.pzMAt
	if cl.subjIdx < 0 {
		return false
	}
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		if m[k]-1 == cl.subjIdx {
			return true
		}
		if x := b.dictXPOS(k); !toks[k].word || x != "JJ" && x != "NN" && x != "NNS" && x != "VBN" {
			return false
		}
	}
	return false
}

// possessed reports a possessor among the dependents of word i ("its
// leaders", "whose brands", "X's malfunction").
func (p *parse) possessed(i int) bool {
	for _, k := range p.kids[i] {
		if p.words[k].Deprel == "nmod:poss" {
			return true
		}
	}
	return false
}

// commonNounWord reports a common noun at word s: lower case (or first in
// the sentence), or a plural the tagger takes for a name that names a kind
// of people ("some Anglicans remain opposed").
func commonNounWord(p *parse, toks []token, s int) bool {
	if p.words[s].XPOS == "NNPS" {
		return true
	}
	return p.words[s].UPOS == "NOUN" && (!toks[s].upper || s == 0)
}
