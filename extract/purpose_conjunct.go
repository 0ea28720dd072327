package extract

import (
	"strings"

	"github.com/geokg/geokg/syntax"
)

// purposeConjunct reports whether the verb at k is a later conjunct of a
// purpose infinitive: "used a false alarm to divert the plane and arrest a
// journalist", "welcomed the decision of the state government to build
// and provide facilities", "reached an agreement with X to renounce the
// armed struggle and return home". The list's first verb stands right
// after a "to" that nothing governs (toGoverned), so triggers skips it as
// a purpose, not an act; the verbs joined to it are no more acts than it.
// The tree finds the first verb: k is linked to it by "conj" (through up to
// three conjuncts), both are bare verbs (VB; the parser may tag the
// later one VBP, the same form), and k has no subject or
// auxiliary of its own ("to cut costs, and it will sell ..." is another
// clause). A governed "to" ("urged X to ... and ...", "agreed to ... and
// ...") is left to absorption and modality.
func (b *builder) purposeConjunct(toks []token, mAt []int, k int) bool {
	if k < 3 || !conjunctWords[toks[k-1].lower] || !toBefore(toks, k-1) {
		return false // parse only when a "to" may head the list (a parse moves dates: date_attach.go)
	}
	if !b.pzDone && !b.bareBeforeParse(toks, mAt, k) {
		// The tags the tree would give rule the list out already (most
		// "and"s after a "to" join nouns): the sentence is owed its parse
		// for the date rule only, as if the tree had been read (pzOwed),
		// so that output is unchanged. Parsing here cost about 8% more
		// parses over BBC, 3% of the run.
		b.pzOwed = b.parseSentence != nil
		return false
	}
	p := b.tree()
	if p == nil || k >= len(p.words) || !bareTag(p.words[k].XPOS) {
		return false
	}
	h := k
	for n := 0; n < 3 && h >= 0 && p.rel(h) == "conj"; n++ {
		h = p.head(h)
	}
	if h == k || h < 1 || h > k || p.words[h].XPOS != "VB" || toks[h-1].lower != "to" {
		return false
	}
	for _, c := range p.kids[k] {
		if r := p.words[c].Deprel; strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "aux") {
			return false
		}
	}
	return !b.toGoverned(toks, mAt, h-1)
}

// toBefore reports whether "to" stands among the 14 tokens before k, with
// no sentence-internal break (a semicolon or colon) between.
func toBefore(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-14; q-- {
		switch toks[q].lower {
		case "to":
			return true
		case ";", ":":
			return false
		}
	}
	return false
}

// bareTag reports a tag of the bare form of a verb: VB, or VBP, which the
// parser gives a bare verb after "and" ("to repair the clinics and provide").
func bareTag(x string) bool { return x == "VB" || x == "VBP" }

// bareBeforeParse reports whether the tree could make k a purpose's
// conjunct, from tags alone: k must be able to take a bare tag, and some
// ungoverned "to" before k-1 must be followed by a word that can be tagged
// VB, the list's first verb. The tagger's dictionary answers first, with
// no tagging (syntax.DictXPOS: the tag a frequent word gets wherever it
// stands, the tree's tag too; a VBN or JJ of it may turn VBD, never VB or
// VBP); then the sentence's tags, which the tree keeps and a parse reuses
// (about a sixth of its cost). A sentence with a dateline is parsed
// without it (parseTree), so its tags may differ: the dictionary's word
// there.
func (b *builder) bareBeforeParse(toks []token, mAt []int, k int) bool {
	dict := func(q int) string { return syntax.DictXPOS(toks[q].text) }
	if !b.bareBefore(toks, mAt, k, dict) {
		return false
	}
	if b.lead > 0 || b.tags() == nil {
		return true
	}
	return b.bareBefore(toks, mAt, k, b.pzTagged.XPOS)
}

// bareBefore is bareBeforeParse with the tags of tag ("" for unknown).
func (b *builder) bareBefore(toks []token, mAt []int, k int, tag func(int) string) bool {
	if x := tag(k); x != "" && !bareTag(x) {
		return false
	}
	for t := k - 2; t >= 0; t-- {
		if toks[t].lower != "to" {
			continue
		}
		if x := tag(t + 1); x != "" && x != "VB" {
			continue
		}
		if !b.toGoverned(toks, mAt, t) {
			return true
		}
	}
	return false
}
