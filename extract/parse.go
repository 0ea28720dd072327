package extract

import (
	"os"
	"strings"

	"github.com/geokg/geokg/syntax"
)

// parse is the dependency tree of one sentence, its words one to one with
// the extractor's tokens: token k is parse word k (0-based here, where
// syntax counts from 1). Event coding reads it for who did what to whom:
// the subject of the trigger's verb is the source, its object (or the
// actor after a preposition it governs) the target, a passive subject the
// target and the "by" phrase the source; the clause the verb sits in says
// whether the event is the sentence's news or its background.
type parse struct {
	words []syntax.Token
	kids  [][]int
	mAt   []int // mention index+1 covering each word, 0 for none
}

// parseTree parses the tokens of one sentence. The words are the tokens'
// own text, so that the tree lines up with the mentions found on them; a
// tree that does not (another number of words) is not used.
func (b *builder) parseTree(toks []token, mAt []int) *parse {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.text
	}
	var s syntax.Sentence
	if lead := b.lead; lead > 0 && lead < len(toks)-1 {
		// "Bogota, March 8 (IANS) The Venezuela's ... president rejected":
		// the parser reads a dateline's place as the subject of the verb
		// after it. The sentence is parsed without it, and its words hang
		// on that tree's root (see datelineLeaves).
		s = datelineLeaves(toks[:lead], b.parseSentence(words[lead:], nil))
	} else {
		s = b.parseSentence(words, b.pzTagged)
	}
	if len(s.Tokens) != len(toks) {
		return nil
	}
	p := newParse(s)
	if p != nil {
		p.mAt = mAt
	}
	return p
}

// datelineLeaves puts the words of a dateline (lead) before the tree of the
// sentence that follows it, parsed alone: the tree's words move up by
// len(lead), and each dateline word is a "dep" of its root, so that no rule
// reads the place or the agency of the dateline as an argument of a verb
// (the word rules skip them already: see datelineEnd).
func datelineLeaves(lead []token, rest syntax.Sentence) syntax.Sentence {
	n := len(lead)
	root := 0
	for i, w := range rest.Tokens {
		if w.Head == 0 {
			root = i + 1 + n
			break
		}
	}
	if root == 0 {
		return syntax.Sentence{}
	}
	out := make([]syntax.Token, 0, n+len(rest.Tokens))
	for k, t := range lead {
		upos, xpos := "PROPN", "NNP"
		switch {
		case !t.word:
			upos, xpos = "PUNCT", t.text
		case isDigitStart(t.text):
			upos, xpos = "NUM", "CD"
		}
		out = append(out, syntax.Token{ID: k + 1, Form: t.text, Lemma: t.text, UPOS: upos, XPOS: xpos, Head: root, Deprel: "dep"})
	}
	for _, w := range rest.Tokens {
		w.ID += n
		if w.Head > 0 {
			w.Head += n
		}
		out = append(out, w)
	}
	return syntax.Sentence{Tokens: out}
}

// newParse indexes the children of every word of s. It returns nil when the
// tree is not one the rules can read (no words, heads out of range).
func newParse(s syntax.Sentence) *parse {
	n := len(s.Tokens)
	if n == 0 {
		return nil
	}
	p := &parse{words: s.Tokens, kids: make([][]int, n)}
	for i, w := range s.Tokens {
		if w.Head < 0 || w.Head > n || w.Head == i+1 {
			return nil
		}
		if w.Head > 0 {
			p.kids[w.Head-1] = append(p.kids[w.Head-1], i)
		}
	}
	return p
}

// head is the 0-based index of the head of word i, -1 for the root.
func (p *parse) head(i int) int { return p.words[i].Head - 1 }

// spanHead is the first word of [i, j) whose head lies outside it: the
// head of a mention's phrase. -1 when there is none.
func (p *parse) spanHead(i, j int) int {
	for q := i; q < j; q++ {
		if hd := p.head(q); hd < i || hd >= j {
			return q
		}
	}
	return -1
}

// rel is the relation of word i to its head, without its subtype.
func (p *parse) rel(i int) string {
	r, _, _ := strings.Cut(p.words[i].Deprel, ":")
	return r
}

// caseOf is the preposition that marks word i ("by", "against"), lower-cased, or "".
func (p *parse) caseOf(i int) string {
	for _, k := range p.kids[i] {
		if d := p.words[k].Deprel; d == "case" || d == "mark" && p.words[k].UPOS == "ADP" {
			return strings.ToLower(p.words[k].Form)
		}
	}
	return ""
}

// verbal reports whether word i is tagged as a verb (or an auxiliary used as
// the main verb): the rules read the arguments of verbs only.
func (p *parse) verbal(i int) bool {
	u := p.words[i].UPOS
	return u == "VERB" || u == "AUX"
}

// readable reports whether the tree can say something of trigger word i:
// tagged as the pattern says (a verb for a verb pattern, else a noun), not
// taken for a part of a name ("flat") or left unattached ("dep"), and for a
// noun, not a modifier of another noun ("compound").
func (p *parse) readable(i int, noun bool) bool {
	if p == nil || i >= len(p.words) || p.verbal(i) == noun {
		return false
	}
	d := p.words[i].Deprel
	if noun && d == "compound" {
		return false // a noun modifying a noun is no act: "approval rating"
	}
	return d != "flat" && d != "dep"
}

// nounWord is the word of noun trigger t the tree reads: its head noun,
// past the modifiers the pattern names with it ("troop deployments",
// "joint military exercises", "an arms embargo": the last noun, the one a
// verb takes as its object); the first word for a verb or where the tree
// hangs the words otherwise.
func (p *parse) nounWord(t trigger) int {
	i := t.i
	if p == nil || !t.p.Noun {
		return i
	}
	for i < len(p.words) {
		d, h := p.words[i].Deprel, p.head(i)
		if d != "compound" && d != "amod" || h <= i || h >= t.j || t.gapI >= 0 && h >= t.gapI {
			break
		}
		i = h
	}
	return i
}

// relPronouns stand for the antecedent of a relative clause.
var relPronouns = toSet(`which who that whom whose`)

// subjectOf finds the subject word of verb v: its own nsubj (passive when
// nsubj:pass), or, when it has none, the subject it shares with the verb it
// is conjoined to or controlled by ("X met Y and signed ...", "X agreed to
// provide ..."), or the antecedent of the relative clause it heads ("Russia,
// which attacked ..."). ok is false when the tree gives none.
func (p *parse) subjectOf(v int) (subj int, passive, ok bool) {
	// ownPass: the verb asked about is passive by its own auxiliary ("X
	// would have provided Y but has been abandoned"): the subject it
	// borrows from an active conjunct is then the one acted on, whatever
	// that conjunct's voice.
	ownPass := false
	// raised: the subject is borrowed through an infinitive ("X is expected
	// to ask", "X was forced to leave"): a passive subject there is the
	// passive of the verb above, and X does the infinitive's act.
	raised := false
	for hops := 0; v >= 0 && hops < 4; hops++ {
		for _, k := range p.kids[v] {
			switch p.words[k].Deprel {
			case "nsubj", "nsubj:pass":
				if p.timeSubject(v, k) {
					continue
				}
				passive = p.words[k].Deprel == "nsubj:pass" && !raised || ownPass
				if relPronouns[strings.ToLower(p.words[k].Form)] && p.words[v].Deprel == "acl:relcl" {
					return p.head(v), passive, true
				}
				return k, passive, true
			case "expl":
				if strings.EqualFold(p.words[k].Form, "there") {
					// "and there have been accusations": an existential
					// verb has no doer, nor borrows its conjunct's.
					return -1, false, false
				}
			}
		}
		for _, k := range p.kids[v] {
			if p.words[k].Deprel == "aux:pass" {
				passive = true
				ownPass = ownPass || hops == 0
			}
		}
		switch p.words[v].Deprel {
		case "conj", "xcomp":
			if p.words[v].Deprel == "xcomp" {
				// Object control: "urged Russia to withdraw": the one urged
				// is the subject of the withdrawal; of a passive ("wants
				// these men to be returned") the one it is done to.
				for _, k := range p.kids[p.head(v)] {
					if p.words[k].Deprel == "obj" {
						return k, passive, true
					}
				}
			}
			if p.head(v) >= 0 && p.verbal(p.head(v)) {
				raised = raised || p.words[v].Deprel == "xcomp"
				v = p.head(v)
				continue
			}
			return 0, false, false
		case "acl:relcl":
			return p.head(v), passive, true
		case "acl":
			if h := p.head(v); h >= 0 && p.hasKid(v, "cc") {
				// "are run by X and backed by Y": a participle after "and"
				// is joined to the verb before, which a tree that hangs
				// it on that verb's agent X has misread; X is not what
				// it was done to.
				if g := p.head(h); g >= 0 && p.verbal(g) {
					v = g
					continue
				}
				return 0, false, false
			}
			// "civilians killed by the police": the noun is what the
			// participle was done to.
			if h := p.head(v); h >= 0 && p.words[v].XPOS == "VBN" {
				return h, true, true
			}
		}
		return 0, false, false
	}
	return 0, false, false
}

// agentOf finds the "by" phrase of a passive verb or of a noun ("attacked by
// X", "the invasion of Y by X").
func (p *parse) agentOf(v int) (int, bool) {
	for _, k := range p.kids[v] {
		if (p.rel(k) == "obl" || p.rel(k) == "nmod") && p.caseOf(k) == "by" {
			return k, true
		}
	}
	// "was signed at the United Nations in New York in April 2016 by A, B
	// and C": after a run of place and time phrases the parser may hang the
	// "by" phrase on the last name or date. A name or a date takes no
	// agent, so the phrase is the verb's.
	for _, k := range p.kids[v] {
		if p.rel(k) == "obl" && p.nameOrDate(k) {
			if a, ok := p.agentUnder(k, 3); ok {
				return a, true
			}
		}
	}
	return 0, false
}

// targetPreps mark the one an act is aimed at when a verb has no object:
// "fired on X", "talked with X", "sent aid to X".
var targetPreps = toSet(`to against with on at into upon towards toward from`)

// objectOf finds the word a verb acts on: its direct object, else its
// indirect object, else the first oblique after a preposition of aim
// ("opened fire on X"). A "by" phrase is the agent, never the object.
func (p *parse) objectOf(v int) (int, bool) { return p.objectFrom(v, 0) }

// objectFrom is objectOf for a trigger whose pattern ends before word from:
// an object inside the pattern is the act's own noun ("opened its borders
// to X", "lifted sanctions on X"), and the aimed oblique is whom it is done
// to.
func (p *parse) objectFrom(v, from int) (int, bool) {
	for _, rel := range []string{"obj", "iobj"} {
		for _, k := range p.kids[v] {
			if p.words[k].Deprel == rel && k >= from {
				return k, true
			}
		}
	}
	for _, k := range p.kids[v] {
		if p.words[k].Deprel == "obj" && k < from {
			// the pattern's own noun: "lifted sanctions on X" puts the
			// oblique under the noun or the verb, by the parser's choice.
			for _, q := range p.kids[k] {
				if p.rel(q) == "nmod" && q >= from && targetPreps[p.caseOf(q)] && p.caseOf(q) != "from" {
					return q, true
				}
			}
		}
	}
	for _, k := range p.kids[v] {
		if p.rel(k) == "obl" && k > v && k >= from && targetPreps[p.caseOf(k)] {
			return k, true
		}
	}
	// "conceded to the demands of the truck drivers", "opened an
	// investigation of X": a pattern that ends in its own noun acts on
	// whom that noun's "of" phrase names.
	if last := from - 1; from > v+1 && last < len(p.words) && !p.verbal(last) {
		for _, q := range p.kids[last] {
			if p.rel(q) == "nmod" && q >= from && p.caseOf(q) == "of" {
				return q, true
			}
		}
	}
	return 0, false
}

// nounPathTo reports whether word k hangs on verb v through nouns only: v's
// own phrase, not a clause below it.
func (p *parse) nounPathTo(k, v int) bool {
	for n := 0; n < len(p.words); n++ {
		k = p.head(k)
		if k == v {
			return true
		}
		if k < 0 || p.verbal(k) {
			return false
		}
	}
	return false
}

// toInfinitive is the verb right after a pattern [i, j) that ends on "to"
// ("refused to", "agreed to") when the tree makes it the pattern verb's
// open complement: "refused to accept a request", not "refused to the
// end". -1 when there is none.
func (p *parse) toInfinitive(i, j int) int {
	if j-1 <= i || j >= len(p.words) || !strings.EqualFold(p.words[j-1].Form, "to") {
		return -1
	}
	if p.words[j].UPOS != "VERB" || p.head(j) != i || p.rel(j) != "xcomp" {
		return -1
	}
	return j
}

// bareNounAfter is a noun the tagger hangs as a bare oblique (obl:unmarked,
// as in "arrived home" or "two days late") on verb v, or on an adverb of v,
// right after the pattern ending before word from, where an object stands:
// "freed 37 prisoners late on Tuesday" is read so. -1 when there is none.
// Only people words are taken from it (genericArgs): a time noun ("met last
// week") names no one.
func (p *parse) bareNounAfter(v, from int) int {
	k := from
	for k < len(p.words) && p.head(k) > k && (p.rel(k) == "det" || p.rel(k) == "nummod" || p.rel(k) == "amod") {
		k++
	}
	if k >= len(p.words) || p.words[k].Deprel != "obl:unmarked" || p.words[k].UPOS != "NOUN" || p.caseOf(k) != "" {
		return -1
	}
	for q := from; q < k; q++ {
		if p.head(q) != k {
			return -1
		}
	}
	h := p.head(k)
	if h == v || h > k && p.words[h].UPOS == "ADV" && p.head(h) == v {
		return k
	}
	return -1
}

// clauseSubject is the subject of the clause verb v governs ("demanded
// that X appear": X), -1 when it has none.
func (p *parse) clauseSubject(v int) int {
	for _, k := range p.kids[v] {
		if p.rel(k) != "ccomp" {
			continue
		}
		for _, q := range p.kids[k] {
			if p.words[q].Deprel == "nsubj" {
				return q
			}
		}
	}
	return -1
}

// nounArgs finds the arguments of a noun trigger from its dependents: a
// possessive or adjectival actor ("Russia's invasion", "a Russian
// invasion") or a "by" phrase is its source; an "of", "on", "against",
// "with" or "to" phrase its target ("the invasion of Ukraine by Russia").
func (p *parse) nounArgs(n int) (src, tgt int) {
	src, tgt = -1, -1
	for _, k := range p.kids[n] {
		switch {
		case p.words[k].Deprel == "nmod:poss" && src < 0:
			src = k
		case p.rel(k) == "nmod" && p.caseOf(k) == "by":
			src = k
		case p.rel(k) == "nmod" && tgt < 0 && (p.caseOf(k) == "of" || targetPreps[p.caseOf(k)]):
			tgt = k
		}
	}
	return src, tgt
}

// mentionOf finds the mention that word i names: the mention covering it,
// else one covering a word it governs as a possessor, compound, modifier,
// apposition or "of" phrase ("the home of a Palestinian man", "forces loyal
// to X" stop at the first). -1 when none.
func (p *parse) mentionOf(mAt []int, ms []mention, i int) int {
	if i < 0 || i >= len(mAt) {
		return -1
	}
	if m := mAt[i] - 1; m >= 0 && actorMention(ms[m]) {
		return m
	}
	for _, want := range []string{"nmod:poss", "compound", "amod", "flat", "appos", "nmod"} {
		for _, k := range p.kids[i] {
			if p.words[k].Deprel != want && p.rel(k) != want || k >= len(mAt) {
				continue
			}
			if want == "nmod" && p.caseOf(k) != "of" {
				continue
			}
			if m := mAt[k] - 1; m >= 0 && actorMention(ms[m]) {
				return m
			}
		}
	}
	return -1
}

// ownedBy reports a subject word s that is not the person m names but
// someone or something of that person's ("Ivan Petrenko's lawyer
// condemned ...": the lawyer acts, not Petrenko); what speaks for the
// person ("X's spokesman", "X's statement") stands for the person.
func (p *parse) ownedBy(mAt []int, ms []mention, s, m int) bool {
	if !ms[m].person || speaksFor[strings.ToLower(p.words[s].Form)] {
		return false
	}
	return p.possessedOf(mAt, s, m)
}

// possessedOf reports whether word s is no part of mention m but what m
// owns: m covers a possessor of s ("Sony's media player": s "player").
func (p *parse) possessedOf(mAt []int, s, m int) bool {
	if s < 0 || s >= len(mAt) || mAt[s]-1 == m {
		return false
	}
	for _, k := range p.kids[s] {
		if p.words[k].Deprel == "nmod:poss" && k < len(mAt) && mAt[k]-1 == m {
			return true
		}
	}
	return false
}

func actorMention(m mention) bool { return m.ref != nil && !m.loc && !m.agr }

// parseRoles reads the source and target mentions of trigger t from the
// tree: -1 where the tree says nothing. For a verb, passive is true when
// its subject is the one acted on. doer is the word src was read from (-1
// when none): the subject of the verb, or of the verb governing a noun.
func (p *parse) parseRoles(toks []token, ms []mention, mAt []int, t trigger) (src, tgt int, passive bool, doer int) {
	src, tgt, doer = -1, -1, -1
	v := p.nounWord(t)
	if !p.readable(v, t.p.Noun) {
		return
	}
	if t.p.Noun {
		s, o := p.nounArgs(v)
		if s >= 0 && p.words[s].Deprel != "nmod:poss" {
			// The word rules read possessives before a noun already, and
			// know when the noun is no act ("the minister's approval
			// rating"); the tree adds the "by" phrase.
			src = p.mentionOf(mAt, ms, s)
		}
		if o >= 0 {
			tgt = p.mentionOf(mAt, ms, o)
		}
		if src < 0 {
			// "the OIC expressed its condemnation", "police launched an
			// investigation", "X announced the arrest of Y": the noun is the
			// object of a verb, and that verb's subject does the act.
			if h := p.governingVerb(v); h >= 0 && !othersActVerbs[strings.ToLower(p.words[h].Lemma)] {
				if s, pass, ok := p.subjectOf(h); ok && !pass {
					src, doer = p.mentionOf(mAt, ms, s), s
				}
			}
		}
		return
	}
	if s, pass, ok := p.subjectOf(v); ok {
		passive = pass
		if pass {
			tgt = p.mentionOf(mAt, ms, s)
			if a, ok := p.agentOf(v); ok {
				src = p.mentionOf(mAt, ms, a)
			}
			return
		}
		src, doer = p.mentionOf(mAt, ms, s), s
		if src >= 0 && p.ownedBy(mAt, ms, s, src) {
			src = -1
		}
	}
	if o, ok := p.objectFrom(v, t.j); ok {
		tgt = p.mentionOf(mAt, ms, o)
	}
	return
}

// parseMode is a development switch for measuring what the tree adds
// (GEOKG_PARSE=off|src|tgt|all); empty uses it for both roles where the
// word rules found no source, "all" for every trigger.
var parseMode = os.Getenv("GEOKG_PARSE")

// argsFromTree puts the source and target the tree gives for t in place of
// those the word rules found; where the tree gives none (no tree, a word
// the tagger did not take for a verb, a subject that is no actor), the word
// rules' stand. Patterns whose target is fixed by their shape (an
// organization left, a gap actor: "asked X to") keep it.
func (b *builder) argsFromTree(toks []token, ms []mention, cl *clause, t trigger, sources, targets []*entRef, passive bool) ([]*entRef, []*entRef, bool) {
	if parseMode == "off" || t.org >= 0 || reactionVerbs[toks[t.i].lower] {
		return sources, targets, passive
	}
	if (len(sources) > 0 || !b.sourceCandidate(ms, targets)) && parseMode != "all" {
		// Parsing costs more than all the word rules together: a sentence
		// is parsed only for an act the rules left without a source. (Parsing
		// for every trigger finds as many pairs of plv-dev, at twice the
		// parses.)
		return sources, targets, passive
	}
	p := b.tree()
	if p == nil {
		return sources, targets, passive
	}
	src, tgt, pass, doer := p.parseRoles(toks, ms, p.mAt, t)
	if src >= 0 && !t.p.Noun && !b.ownerActs(p, toks, ms, doer, src) {
		// (A noun trigger's doer is the subject of the verb it hangs on,
		// often a misparse the owner reads better: "Peru's recall of its
		// envoy took weeks and talks with Chile ...".)
		if debugTrig {
			println("OWNER-REFUSED", toks[doer].text, toks[t.i].text, b.text[toks[0].start:toks[len(toks)-1].end])
		}
		src = -1
	}
	if src >= 0 && ms[src].i < b.lead && ms[src].ref != nil && ms[src].ref.Sector == "MED" {
		// "Tehran, March 15, IRNA - Secretary-General of ...": the agency
		// that filed the story, joined to the title after it, is not the
		// speaker ("Cebu City--Police have ...": the police are).
		src = -1
	}
	// Where the word rules found the same actor, they keep their list: it
	// may hold actors conjoined before it ("Peruvian and Bolivian troops").
	if src >= 0 && cl.sub && ms[src].i < cl.start && !participleClause(toks, cl) {
		// "troops stayed on alert after BIFF gunmen tried to set off
		// bombs": a tree that joins the subordinate verb to the main one
		// lends it the main clause's subject; a clause opened by a
		// subordinator has its own, named or not ("after accusing X" has
		// none: the main clause's subject did it).
		src = -1
	}
	if src >= 0 && parseMode != "tgt" && !inRefs(ms[src].ref, sources) {
		g := b.group(toks, ms, src, len(toks))
		if !t.p.Noun || len(sources) == 0 {
			sources, passive = g, pass
		}
	}
	if tgt >= 0 && parseMode != "src" && t.gapI < 0 && !(len(sources) > 0 && ms[tgt].ref == sources[0]) && !inRefs(ms[tgt].ref, targets) {
		if !t.p.Noun || len(targets) == 0 {
			targets = b.group(toks, ms, tgt, len(toks))
		}
	}
	return sources, targets, passive
}

// ownerActs reports whether mention m may do what word s, the subject the
// tree read m from, does. When s is no part of m but a thing m owns
// ("Argentina's energy crisis forced X", "BT's competitors accused",
// "Sony's media player breaks rules"), the owner acts only when s names
// one who acts for it: a body, an office or official (a title), a force
// or a people of it (a sector word), a spokesman or statement (speaksFor):
// "Australia's securities watchdog", "the ministry's spokesman". A person
// owner is ownedBy's (parseRoles). findSubject refuses a bare possessive
// likewise; the tree reached it through the possessed noun.
func (b *builder) ownerActs(p *parse, toks []token, ms []mention, s, m int) bool {
	if ms[m].person || !p.possessedOf(p.mAt, s, m) {
		return true
	}
	if s+1 < len(toks) && toks[s+1].hyph {
		// "The Venezuela's self-proclaimed interim president": the tree
		// took the first part of a hyphenated modifier for the noun.
		return true
	}
	w, lemma := toks[s].lower, strings.ToLower(p.words[s].Lemma)
	if bodyNouns[w] || bodyNouns[lemma] || speaksFor[w] || vagueTitles[lemma] || b.lookupTitle(toks, s) != nil || b.pluralTitle(p, toks, s) != nil {
		return true
	}
	for _, at := range []int{s, s - 1} {
		if at < 0 {
			continue
		}
		if ph := b.d.lookup(toks, at); ph != nil && ph.kind == phSector && at+len(ph.toks) == s+1 {
			return true // "X's troops", "X's riot police"
		}
	}
	return false
}

// othersActVerbs take as object an act someone else did or is to do: their
// subject answers it ("welcomed the apology", "demanded an apology",
// "condemned the attack"), it does not do it.
var othersActVerbs = toSet(`welcome demand accept reject condemn praise hail criticise criticize blame
deplore denounce applaud face flee escape survive
`)

// governingVerb is the verb whose object noun n is ("launched an
// investigation"), through a conjunction of objects ("its rejection and
// condemnation"); -1 when n is no verb's object.
func (p *parse) governingVerb(n int) int {
	for hops := 0; n >= 0 && hops < 3; hops++ {
		switch p.words[n].Deprel {
		case "obj":
			if h := p.head(n); h >= 0 && p.verbal(h) {
				return h
			}
			return -1
		case "conj":
			n = p.head(n)
			continue
		}
		return -1
	}
	return -1
}

// nounDoer is the word that does the act noun n names when n is a verb's
// object ("posed a threat to X", "providing assistance to Y") or a
// copula's predicate ("is a donor to Y"): the verb's
// subject, or, for a verb without its own subject in a participial or
// purpose clause ("..., providing aid to Y"), the subject of the verb it
// hangs on. -1 when the tree names none: "plans to lift the embargo
// imposed on X" says nothing of who imposed it.
func (p *parse) nounDoer(n int) int {
	// "X is the largest donor to Y": the predicate noun of a copula.
	cop, subj := false, -1
	for _, k := range p.kids[n] {
		switch p.words[k].Deprel {
		case "cop":
			cop = true
		case "nsubj":
			subj = k
		}
	}
	if cop {
		return subj
	}
	h := p.governingVerb(n)
	if h >= 0 && othersActVerbs[strings.ToLower(p.words[h].Lemma)] {
		return -1
	}
	for hops := 0; h >= 0 && hops < 3; hops++ {
		if s, pass, ok := p.subjectOf(h); ok {
			if pass {
				return -1
			}
			return s
		}
		own := false
		for _, k := range p.kids[h] {
			if strings.HasPrefix(p.words[k].Deprel, "nsubj") {
				own = true
			}
		}
		if own || p.words[h].Deprel != "advcl" || p.head(h) < 0 || !p.verbal(p.head(h)) {
			return -1
		}
		h = p.head(h)
	}
	return -1
}

// parseWords is the parser of an Extractor: it parses words from the tags
// of tagged when a rule tagged the sentence first, not tagging it again.
func parseWords(words []string, tagged *syntax.Tagged) syntax.Sentence {
	if tagged != nil {
		return tagged.Parse()
	}
	return syntax.ParseTokens(words)
}

// tags tags the sentence being coded on first use, for a rule that needs
// the parts of speech of its words before it needs their tree (tagging is
// about a sixth of parsing); nil when there is no parser. A parse after it
// reuses the tags.
func (b *builder) tags() *syntax.Tagged {
	if b.pzTagged == nil && b.parseSentence != nil {
		words := make([]string, len(b.pzToks))
		for i, t := range b.pzToks {
			words[i] = t.text
		}
		b.pzTagged = syntax.Tag(words)
	}
	return b.pzTagged
}

// dictXPOS is the Penn tag of word q of the sentence being coded: the
// tagger's dictionary's when it has the word (a VBN or JJ of it may be read
// as VBD in the sentence: dictXPOS is for asking whether a word is a noun),
// from tagging the sentence otherwise.
func (b *builder) dictXPOS(q int) string {
	if x := syntax.DictXPOS(b.pzToks[q].text); x != "" {
		return x
	}
	return b.tags().XPOS(q)
}

// askedTree is the tree of the sentence being coded when a rule has asked
// for it, nil otherwise: the date rule of nounHeldDates reads the tree only
// then, so that no sentence is parsed for it alone. A rule that would have
// parsed but could answer from the tags (pzOwed, see pluralNounBefore)
// asked too, and so did nonActorSubject where its noun scan would have
// found a noun before pzOwedNoun (scanned only here, as it may tag).
func (b *builder) askedTree() *parse {
	if b.pzDone || b.pzOwed || b.pzOwedNoun > 0 && b.commonNounBefore(b.pzToks, b.pzOwedNoun) {
		return b.tree()
	}
	return nil
}

// tree parses the sentence being coded on first use and returns its tree,
// nil when there is no parser or the tree does not line up with the tokens.
func (b *builder) tree() *parse {
	if b.pzDone {
		return b.pz
	}
	b.pzDone = true
	if b.parseSentence == nil {
		return nil
	}
	b.pz = b.parseTree(b.pzToks, b.pzMAt)
	if debugTrig && b.pz != nil {
		for i, w := range b.pz.words {
			println("TREE", i, w.Form, w.UPOS, w.Head-1, w.Deprel, b.pz.mAt[i]-1, w.XPOS)
		}
	}
	return b.pz
}

// sourceCandidate reports whether the sentence names an actor the tree could
// make the source: one that is not already the target. Without one, parsing
// cannot help, and is not done.
func (b *builder) sourceCandidate(ms []mention, targets []*entRef) bool {
	for _, m := range ms {
		if actorMention(m) && !inRefs(m.ref, targets) {
			return true
		}
	}
	return false
}

// spanNouns measure time: "Hours earlier", "Days later", "Moments after".
var spanNouns = toSet(`hours days weeks months years minutes moments`)

// timeSubject reports a time adjunct the parser took for a subject of v
// while v has another subject after it ("Hours earlier Maduro expelled
// ...": two nsubj; Maduro is the subject).
func (p *parse) timeSubject(v, k int) bool {
	w := strings.ToLower(p.words[k].Form)
	if !spanNouns[w] && !timeNouns[w] {
		return false
	}
	for _, o := range p.kids[v] {
		if o > k && (p.words[o].Deprel == "nsubj" || p.words[o].Deprel == "nsubj:pass") {
			return true
		}
	}
	return false
}

// reducedBeforeVerb reports a past participle v that the tree hangs on a
// noun (acl) when that noun is the subject of a later verb with its own
// auxiliary ("Five detainees released from the camp last year were
// questioned ..."): the later verb is the clause's, so the participle only
// describes the noun. Without the auxiliary the parser may have taken the
// main verb after a long subject for a modifier, and this says nothing.
func (p *parse) reducedBeforeVerb(v int) bool {
	if p.words[v].Deprel != "acl" || p.words[v].XPOS != "VBN" {
		return false
	}
	n := p.head(v)
	if n < 0 || n > v {
		return false
	}
	h := p.head(n)
	if h <= v || !p.verbal(h) || p.words[n].Deprel != "nsubj" && p.words[n].Deprel != "nsubj:pass" {
		return false
	}
	for _, k := range p.kids[h] {
		if r := p.words[k].Deprel; r == "aux" || r == "aux:pass" {
			return true
		}
	}
	return false
}

// hasKid reports whether word x has a dependent of relation rel.
func (p *parse) hasKid(x int, rel string) bool {
	for _, k := range p.kids[x] {
		if p.rel(k) == rel {
			return true
		}
	}
	return false
}

// participleClause reports a clause that opens with a subordinator and an
// -ing form ("after accusing Y of ...", "while visiting Z"): a verb with no
// subject of its own.
func participleClause(toks []token, cl *clause) bool {
	k := cl.start + 1
	return k < cl.end && k < len(toks) && toks[k].word && strings.HasSuffix(toks[k].lower, "ing")
}
