package extract

import "strings"

// ingAfterActor returns the actor mention that ends right before verb
// trigger t when t is an -ing form: "prosecutors investigating the
// collapse", "demonstrators protesting the results", "with Oliver Letwin
// branding it". Such a participle describes the noun (a reduced relative
// clause) or, after "with", makes an absolute phrase; either way the noun is
// its subject and it is not the sentence's main verb, which would have its
// auxiliary between ("X is investigating"). A country after a place
// preposition, a capital and a bare nationality are where the act happens:
// "Straw was in India visiting a shrine", "roads in the capital of Algiers
// demanding ..." (a body named with its nationality, "Ghanaian police",
// does act). -1 when t is no such participle.
func ingAfterActor(toks []token, ms []mention, t trigger) int {
	if t.p.Noun || t.i < 1 || !strings.HasSuffix(toks[t.i].lower, "ing") {
		return -1
	}
	m := mAtOf(ms, t.i-1)
	if m < 0 || ms[m].j != t.i || !actorMention(ms[m]) || ms[m].poss {
		return -1
	}
	if ms[m].seat || ms[m].ctx && ms[m].ref.Kind == KindCountry || ms[m].i > 0 && placePreps[toks[ms[m].i-1].lower] {
		return -1
	}
	return m
}

// ingNounDoer returns the mention that does the act of verb trigger t when t
// is a present participle the tree hangs on the actor noun right before it
// (ingAfterActor, acl): that noun is the participle's subject, not the
// clause's subject or the actor the word rules found ("Tanzi said he would
// co-operate with prosecutors investigating ..." is the prosecutors'
// investigation). The tree rules out a noun read as a gerund or compound:
// "a ceasefire with rebels bombing their positions" has "bombing" a noun
// whose doer is the clause's subject. -1 when t is no such participle. The
// tree is asked only when ingAfterActor holds, so few sentences are parsed
// for it.
func (b *builder) ingNounDoer(toks []token, ms []mention, t trigger) int {
	m := ingAfterActor(toks, ms, t)
	if m < 0 {
		return -1
	}
	p := b.tree()
	if p == nil || t.i >= len(p.words) {
		return -1
	}
	if w := p.words[t.i]; w.XPOS != "VBG" || w.Deprel != "acl" {
		return -1
	}
	if h := p.head(t.i); h < ms[m].i || h >= ms[m].j {
		return -1
	}
	return m
}
