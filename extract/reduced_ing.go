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

// reducedRelative returns the mention whose reduced relative clause trigger
// t is: a participle after an actor noun (ingAfterActor) that the noun does
// (among sources), unless the -ing word is a noun heading the clause's
// subject (gerundSubject). -1 when t is no such participle.
func (b *builder) reducedRelative(toks []token, ms []mention, t trigger, sources []*entRef) int {
	m := ingAfterActor(toks, ms, t)
	if m < 0 || !inRefs(ms[m].ref, sources) || b.gerundSubject(toks, t) {
		return -1
	}
	return m
}

// gerundSubject reports whether the -ing trigger t is a noun that heads its
// clause's subject: "Syrian government shelling killed one soldier" tells
// the shelling as the main act, no act of the government told in passing.
// A verb act right after it says so: a participle has its object, adjunct
// or a comma there ("unions meeting Mr Prescott want ..."). Words only, as
// clauseOf is (clause59): the tree tags the -ing word a noun, a verb with
// the next word hung on it, or an adverb, from one such sentence to the
// next.
func (b *builder) gerundSubject(toks []token, t trigger) bool {
	k := startsTriggerAt(b.trigs, t.j)
	return k >= 0 && !b.trigs[k].p.Noun && !strings.HasSuffix(toks[t.j].lower, "ing")
}

// ownClause is the clause whose words decide the modality of trigger t: its
// own, except that a reduced relative (reducedRelative) starts at the
// participle, as a relative clause starts at its pronoun. "would co-operate
// with prosecutors investigating the collapse": the prosecutors are
// investigating, whatever the speaker would do; "would" is not theirs.
func (b *builder) ownClause(toks []token, ms []mention, cl *clause, t trigger, sources []*entRef) *clause {
	if b.reducedRelative(toks, ms, t, sources) < 0 {
		return cl
	}
	own := *cl
	own.start = t.i
	return &own
}
