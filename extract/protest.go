package extract

import (
	"slices"
	"strings"
)

// Protest frames. A protest (root 14: a strike, a hunger strike, a rally, a
// boycott, a sit-in) is often named by one phrase and aimed by another that
// says what is protested: "began a hunger strike to protest against X's
// decision", "a general strike in protest of X's arrest of ...", "went on
// strike, protesting X's policy", "demonstrations against violations by
// X". The protested thing is a noun phrase; its actor is the target of the
// protest: a possessor or an actor modifying its head ("X's decision", "the
// X government's refusal"), the agent after "by", or the owner after "of"
// when the head is no act ("the policies of X"; in "the arrest of
// activists" the ones after "of" are the ones acted on). When the phrase
// follows an act that is no event ("shunned work to protest at ...",
// "converged for a rally in Lagos to protest ..."), the protest is that
// act: its protesters are the subject of the clause, when they are people
// and not a state or its organs.

// protestPreps may follow "protest" and open what is protested.
var protestPreps = toSet(`against at over about of`)

// protestWord reports whether the noun trigger u is the word "protest"
// opening a phrase that says what a protest is against: "to protest
// (against) X", "in protest at/of/against X". It returns where the
// protested phrase starts, -1 when u is no such word.
func protestWord(toks []token, u trigger) int {
	if u.j != u.i+1 || u.i == 0 || u.j >= len(toks) || toks[u.i].lower != "protest" {
		return -1
	}
	switch toks[u.i-1].lower {
	case "to":
		if protestPreps[toks[u.j].lower] && toks[u.j].lower != "of" {
			return u.j + 1
		}
		return u.j
	case "in":
		if protestPreps[toks[u.j].lower] {
			return u.j + 1
		}
	}
	return -1
}

// protestedAfter finds, in the words after the protest act t within its
// clause, the phrase that says what is protested, and returns where that
// phrase starts (-1 when none): "to protest (against|at) X", "in protest
// (of|at|against|over) X", ", protesting X", or "against X".
func protestedAfter(toks []token, cl *clause, t trigger) int {
	end := min(cl.end, t.j+14)
	for k := t.j; k+1 < end; k++ {
		w, next := toks[k].lower, toks[k+1].lower
		switch {
		case w == "to" && next == "protest" || w == "," && next == "protesting":
			q := k + 2
			if q < cl.end && protestPreps[toks[q].lower] && toks[q].lower != "of" {
				q++
			}
			return q
		case w == "in" && next == "protest" && k+2 < cl.end && protestPreps[toks[k+2].lower]:
			return k + 3
		case w == "against":
			return k + 1
		case w == ";" || w == ":" || w == "who" || w == "which" || w == "while" || w == "but":
			return -1
		}
	}
	return -1
}

// demandedAfter finds, in the words after the protest act t within its
// clause, the phrase that says what the protesters demand, and returns where
// it starts (-1 when none): "a sit-in demanding that X ...", "a hunger
// strike to demand the return of ...", "a rally calling for ...". What a
// protest demands is said after where and when it took place, so the
// phrase may come later than the protested one ("rioted at a jail in the
// capital on Monday, joining demonstrators in demanding ...").
func demandedAfter(toks []token, cl *clause, t trigger) int {
	end := min(cl.end, t.j+20)
	for k := t.j; k+1 < end; k++ {
		w, next := toks[k].lower, toks[k+1].lower
		switch {
		case w == "demanding":
			return k + 1
		case w == "to" && next == "demand":
			return k + 2
		case (w == "calling" || w == "call") && next == "for":
			return k + 2
		case w == ";" || w == ":" || w == "who" || w == "which" || w == "while" || w == "but" || w == "after" || w == "because":
			return -1
		}
	}
	return -1
}

// demandedActor is the actor a protest's demand is made of: the active
// subject of a "that" clause ("demanding that the authorities release
// ..."; not "demanding that he be reinstated", where the one named gains
// by the demand), or the actor of the demanded noun phrase (see
// protestedActor: "the return of property seized by X", "independence from
// X rule").
func (b *builder) demandedActor(toks []token, ms []mention, q, end int) *entRef {
	if q >= end || toks[q].lower != "that" {
		return b.protestedActor(toks, ms, q, end)
	}
	k := q + 1
	if k < end && determiners[toks[k].lower] {
		k++
	}
	m := mentionAt(ms, k)
	if m < 0 || !actorMention(ms[m]) {
		return nil
	}
	for v := ms[m].j; v < end && v < ms[m].j+3; v++ {
		if w := toks[v].lower; w == "be" || w == "been" || w == "being" || w == "is" || w == "are" || w == "was" || w == "were" {
			return nil
		}
	}
	return ms[m].ref
}

// separationNouns name a break from someone: the one after "from" is the
// one the break is from ("independence from X", "liberation from X rule").
var separationNouns = toSet(`independence freedom liberation secession separation`)

// protestedActor is the actor of the protested noun phrase starting at q
// (see the comment at the top of the file), nil when it names none.
func (b *builder) protestedActor(toks []token, ms []mention, q, end int) *entRef {
	end = min(end, q+14)
	head := true // before the first preposition: the head noun and its modifiers
	prep := ""
	for k := q; k < end; k++ {
		w := toks[k].lower
		if w == "," || w == ";" || w == ":" || w == "(" || relPronouns[w] || w == "where" || w == "when" || w == "while" || w == "because" {
			return nil
		}
		if w == "to" && k+1 < end && toks[k+1].word && !toks[k+1].upper && !determiners[toks[k+1].lower] {
			return nil // "X's decision to send them back": what follows is the decision's content
		}
		if prepositions[w] {
			if w == "from" && k > q && separationNouns[toks[k-1].lower] {
				prep = "from-sep"
				head = false
				continue
			}
			if prep == "of-act" && w != "by" {
				continue // "the arrest of a number of activists": still the ones acted on
			}
			if head && w == "of" && k > q && b.actNoun(toks[k-1].lower) {
				prep = "of-act"
			} else {
				prep = w
			}
			head = false
			continue
		}
		m := mentionAt(ms, k)
		if m < 0 || ms[m].i != k || !actorMention(ms[m]) {
			continue
		}
		if head || prep == "by" || prep == "of" || prep == "from-sep" {
			return ms[m].ref
		}
	}
	return nil
}

// actNoun reports whether w names an act: a noun of the event dictionary or
// a nominalization ("arrest", "refusal", "settlement", "killing").
func (b *builder) actNoun(w string) bool {
	if len(b.d.nouns[w]) > 0 {
		return true
	}
	for _, suf := range []string{"ion", "ions", "ment", "ments", "ing", "al", "als"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// protester reports whether r may be the one who protests: people or a
// body of them, not a state or its organs (stateSectors: a government, its
// forces, police, courts or parliament is no crowd of protesters).
func protester(r *entRef) bool {
	if r == nil || r.Kind == KindCountry {
		return false
	}
	// A person's code tells the side a politician is on where the sector
	// only says politics: "opposition leader Alexei Navalny" (RUSOPP).
	return !stateSectors[r.Sector] || r.Kind == KindPerson && strings.Contains(r.Code, "OPP")
}

// protesters finds who does the protest t when the words before it name no
// one: the subject of the clause, or the people the tree makes the subject
// of the verb t hangs on ("Thousands of Nigerians were converging ... for a
// rally", "X shunned work to protest at"), when they are protesters.
func (b *builder) protesters(toks []token, ms []mention, cl *clause, t trigger) []*entRef {
	for _, u := range b.trigs {
		if u.cl == t.cl && u.i < t.i && u.p.Code[:2] != "14" {
			// "suspended aid to Kabul in protest at ...": the act
			// named is how they protest, coded as itself.
			return nil
		}
	}
	for k := cl.start; k+1 < t.i; k++ {
		if w := toks[k+1]; toks[k].lower == "to" && w.word && !w.upper && !determiners[w.lower] && !strings.HasSuffix(w.lower, "ing") {
			// "called on followers to join thousands at a rally": the
			// protest is the act of the ones an infinitive speaks of, who
			// may not be the subject.
			return nil
		}
	}
	if len(cl.subject) > 0 {
		for _, r := range cl.subject {
			if !protester(r) {
				return nil
			}
		}
		return cl.subject
	}
	p := b.tree()
	if p == nil || t.i >= len(p.words) {
		return nil
	}
	v := t.i
	for hops := 0; v >= 0 && !p.verbal(v) && hops < 3; hops++ {
		v = p.head(v)
	}
	if v < 0 || !p.verbal(v) {
		return nil
	}
	s, pass, ok := p.subjectOf(v)
	if !ok || pass || s < cl.start || s >= cl.end {
		return nil
	}
	if m := p.mentionOf(p.mAt, ms, s); m >= 0 {
		if g := b.group(toks, ms, m, cl.end); len(g) > 0 && protester(g[0]) {
			return g
		}
		return nil
	}
	if sw, h := b.peopleWord(p, toks, s); sw != nil && p.mAt[h] == 0 {
		if r := b.genericRef(p, toks, ms, h, sw, true); protester(r) {
			return []*entRef{r}
		}
	}
	return nil
}

// protestAbsorbed lists the triggers after trigs[ti], a protest, that are the
// word "protest" of the phrase saying what that protest is against ("began a
// hunger strike to protest against ..."): the same protest, told once.
func protestAbsorbed(toks []token, trigs []trigger, ti int) []int {
	t := trigs[ti]
	if t.p.Code[:2] != "14" {
		return nil
	}
	var out []int
	for tj := ti + 1; tj < len(trigs); tj++ {
		u := trigs[tj]
		if u.cl == t.cl && u.i > t.j && u.i <= t.j+14 && u.p.Noun && protestWord(toks, u) >= 0 {
			out = append(out, tj)
		}
	}
	return out
}

// mentionedFrom reports whether r is named only at or after token q: an
// actor of the protested phrase, not of the protest.
func mentionedFrom(ms []mention, r *entRef, q int) bool {
	found := false
	for _, m := range ms {
		if m.ref == nil || m.ref.ID != r.ID {
			continue
		}
		if m.i < q {
			return false
		}
		found = true
	}
	return found
}

// antiBefore is the actor joined to "anti" just before the protest noun of
// t, the trigger's own noun or the last of its words ("anti-government
// protests", "joined anti-American rallies"), nil when none.
func antiBefore(toks []token, ms []mention, t trigger) *entRef {
	for _, m := range ms {
		if (m.j == t.i || m.j == t.j-1 && m.i > t.i) && m.i > 1 && toks[m.i].hyph && toks[m.i-1].lower == "anti" && actorMention(m) {
			return m.ref
		}
	}
	return nil
}

// protestArgs reads the sources and targets of protest t (root 14) from the
// frames above, over those the other rules found: what is protested gives
// the target, and a protest with no doer before it is its clause's
// people's. A state's protest noun is recoded to 114.
func (b *builder) protestArgs(toks []token, ms []mention, cl *clause, t *trigger, sources, targets []*entRef) ([]*entRef, []*entRef) {
	if rallyNotProtest(toks, ms, *t) {
		return nil, nil
	}
	if t.p.Code != "140" && t.p.Code != "143" && t.p.Code != "144" && len(sources) > 0 && !protester(sources[0]) {
		// "authorities imposed a curfew to stop fresh demonstrations",
		// "a rally ... by troops": a state and its organs do not march,
		// rally or riot; the words named someone else's act.
		sources = nil
	}
	if r := antiBefore(toks, ms, *t); r != nil {
		// "anti-government protests", "anti-US rallies": the
		// actor the protest is against, not its doer.
		targets = []*entRef{r}
		sources = slices.DeleteFunc(slices.Clone(sources), func(s *entRef) bool { return s.ID == r.ID })
		if len(sources) == 0 && t.p.Noun {
			sources = b.protesters(toks, ms, cl, *t)
		}
	}
	if q := protestWord(toks, *t); q >= 0 {
		// The word has no doer of its own: an actor the word rules
		// found after it does the act protested ("to protest at the
		// arrest of ... by X").
		sources = b.protesters(toks, ms, cl, *t)
		if r := b.protestedActor(toks, ms, q, cl.end); r != nil && !inRefs(r, sources) {
			targets = []*entRef{r}
		}
	} else if q := protestedAfter(toks, cl, *t); q >= 0 && (len(targets) == 0 || len(sources) == 0 || t.p.Noun && mentionedFrom(ms, sources[0], q)) {
		if t.p.Noun && (len(sources) == 0 || mentionedFrom(ms, sources[0], q)) {
			sources = b.protesters(toks, ms, cl, *t)
		}
		if r := b.protestedActor(toks, ms, q, cl.end); r != nil && len(targets) == 0 && !inRefs(r, sources) {
			targets = []*entRef{r}
		}
	}
	if q := demandedAfter(toks, cl, *t); q >= 0 && len(sources) > 0 && (len(targets) == 0 || targets[0].Country == sources[0].Country) {
		// "rioted in Dili demanding independence from Indonesian
		// rule", "a hunger strike outside Parliament to demand the
		// return of property seized by X": the protest is aimed at the
		// one the demand is made of, not at the protesters' own
		// country or the body of it where it happens.
		if r := b.demandedActor(toks, ms, q, cl.end); r != nil && !inRefs(r, sources) {
			targets = []*entRef{r}
		}
	}
	if t.p.Code == "140" && t.p.Noun && protestWord(toks, *t) < 0 && t.p.Words[0] == "protest" && len(sources) > 0 && !protester(sources[0]) {
		// "Serbia lodged an official protest with Albania": a
		// state's protest is a complaint made officially (114), not
		// dissent.
		p := *t.p
		p.Code = "114"
		t.p = &p
	}
	return sources, targets
}

// rallyWords name a rally; rallySport are the nouns a motor-sport rally
// modifies, and campaignWords those that make a rally a candidate's.
var (
	rallyWords    = toSet(`rally rallies`)
	rallySport    = toSet(`driver drivers co-driver car cars championship team racing stage stages`)
	campaignWords = toSet(`campaign election electoral`)
)

// rallyNotProtest reports a rally that is no protest: a candidate's
// ("a campaign rally", "an election rally", "the Amit Shah rally": a
// person's name before it) or a motor race ("rally driver Dave Hawkins").
func rallyNotProtest(toks []token, ms []mention, t trigger) bool {
	if !t.p.Noun || t.j != t.i+1 || !rallyWords[toks[t.i].lower] {
		return false
	}
	if t.j < len(toks) && rallySport[toks[t.j].lower] {
		return true
	}
	if t.i > 0 && campaignWords[toks[t.i-1].lower] {
		return true
	}
	for _, m := range ms {
		if m.j == t.i && m.person && !m.poss && !toks[m.i].hyph {
			return true
		}
	}
	return false
}

// protestedAct reports whether trigger t names the act a protest is against,
// inside the phrase that says so ("in protest of the government's refusal
// to ...", "to protest against the arrest of ..."): the cause the protest
// answers, told as background, not an act the sentence reports.
func protestedAct(toks []token, t trigger) bool {
	for k := t.i - 1; k > 0 && k >= t.i-8; k-- {
		w := toks[k].lower
		if w == "," || w == ";" || w == ":" || relPronouns[w] {
			return false
		}
		if w != "protest" && w != "protesting" {
			continue
		}
		switch p := toks[k-1].lower; {
		case w == "protesting":
			return p == ","
		case p == "to":
			return true
		case p == "in":
			return k+1 < t.i && protestPreps[toks[k+1].lower]
		}
		return false
	}
	return false
}
