package extract

import (
	"slices"
	"strings"
)

// Acts of force: who used force on whom, attacks made only of words,
// deployments and peacekeepers.

// verbalAdjectives before "attack" make it one of words: "a scathing attack
// on", "an extraordinary attack on the spy chiefs".
var verbalAdjectives = toSet(`scathing verbal stinging blistering extraordinary withering scornful furious
angry savage vitriolic bitter sharp`)

// verbalAttack reports whether trigger t names an attack of words: the
// attack noun ends the pattern (or is the pattern) and one of
// verbalAdjectives stands within two words before it, or someone leads the
// attack on what is no place or force.
func verbalAttack(toks []token, ms []mention, t trigger) bool {
	n := t.j - 1
	if n < 0 || n >= len(toks) || (toks[n].lower != "attack" && toks[n].lower != "attacks") {
		return false
	}
	for k := n - 1; k >= 0 && k >= n-2; k-- {
		if verbalAdjectives[toks[k].lower] {
			return true
		}
	}
	if quotedWordBefore(toks, n) || partyBefore(ms, n) {
		// "the "mongrel" attack": a word quoted as what the attack
		// called someone; "the latest Tory attack": a party's attack. A
		// party has no arms; its attacks are made of words.
		return true
	}
	// "has led the attacks on Blackburn, the DEA law and ...", "led the
	// White House attack on the impeachment proceedings": leading an attack
	// on what names no place, country or force is leading the criticism.
	for k := n - 1; k >= 1 && k >= n-4; k-- {
		if toks[k].lower == "the" && leadForms[toks[k-1].lower] {
			return n+1 < len(toks) && toks[n+1].lower == "on" && !forceOrPlaceAfter(toks, ms, n+2)
		}
	}
	return false
}

// quotedWordBefore reports whether one quoted word stands right before
// token n ("the "mongrel" attack", or in a headline's single quotes: "the
// 'mongrel' attack"), other than a kind of attack
// (attackKinds: a quoted "phishing" attack is still an attack by e-mail),
// in a sentence that tells no one killed or hurt (selfHarmForms): a
// "martyrdom" attack that killed ten is force.
func quotedWordBefore(toks []token, n int) bool {
	if n < 3 || !toks[n-2].word || attackKinds[toks[n-2].lower] {
		return false
	}
	double := isQuoteMark(toks[n-1].lower) && isQuoteMark(toks[n-3].lower)
	if !double && !(singleQuoteOpens(toks, n-3) && singleQuoteCloses(toks, n-1)) {
		return false
	}
	return !slices.ContainsFunc(toks, func(tk token) bool { return selfHarmForms[tk.lower] })
}

// partyBefore reports whether a mention of a political party ends right
// before token n ("Tory" in "the latest Tory attack").
func partyBefore(ms []mention, n int) bool {
	for _, m := range ms {
		if m.j == n && m.ref != nil && (m.ref.Sector == "PTY" || codeSector(m.ref.Code) == "PTY") {
			return true
		}
	}
	return false
}

// leadForms are the forms of "lead" before "the attack".
var leadForms = toSet(`lead leads led leading`)

// attackedThings are nouns of what force is used on (see verbalAttack).
var attackedThings = toSet(`forces troops soldiers positions position base bases camp camps convoy city town village villages
targets target border military army police civilians`)

// forceOrPlaceAfter reports whether the four words from k name a place, a
// country or a military body or target.
func forceOrPlaceAfter(toks []token, ms []mention, k int) bool {
	for q := k; q < len(toks) && q < k+4; q++ {
		if mAtLoc(ms, q) >= 0 || attackedThings[toks[q].lower] {
			return true
		}
		for _, m := range ms {
			if m.i <= q && q < m.j && m.ref != nil && (m.ref.Kind == KindCountry || m.ref.Sector == "MIL") {
				return true
			}
		}
	}
	return false
}

// peacekeepersArrive reports whether the subject of an arrival at trigger t
// is peacekeepers of a force: a military or an international body whose
// phrase, before the verb, names peacekeeping ("the first Bangladeshi
// peacekeeping troops arrived", "UN peacekeepers arrive").
func peacekeepersArrive(toks []token, cl *clause, t trigger, src *entRef) bool {
	if src.Sector != "MIL" && src.Sector != "IGO" && !strings.HasPrefix(src.Code, "IGO") {
		return false
	}
	for k := max(cl.start, cl.subjPos); k < t.i && k < len(toks); k++ {
		if strings.HasPrefix(toks[k].lower, "peacekeep") {
			return true
		}
	}
	return false
}

// peacekeeping reports whether clause cl speaks of peacekeeping
// ("peacekeepers", "a peacekeeping mission").
func peacekeeping(toks []token, cl *clause) bool {
	for k := cl.start; k < cl.end && k < len(toks); k++ {
		if strings.HasPrefix(toks[k].lower, "peacekeep") {
			return true
		}
	}
	return false
}

// peacekeepers finds who keeps the peace when the act names no doer:
// troops "deployed as peacekeeping forces" (the passive subject is who
// deploys there, not a target), or a clause subject that "participates in
// peacekeeping operations". The place they serve in is the target, unless
// another actor is named.
func (b *builder) peacekeepers(toks []token, ms []mention, cl *clause, t trigger, sources, targets []*entRef, passive bool) ([]*entRef, []*entRef, bool) {
	force := func(r *entRef) bool {
		return r != nil && (r.Sector == "MIL" || r.Sector == "IGO" || strings.HasPrefix(r.Code, "IGO"))
	}
	switch {
	case passive && len(targets) > 0 && force(targets[0]):
		sources, targets, passive = targets[:1], targets[1:], false
	case len(cl.subject) > 0 && force(cl.subject[0]):
		sources = cl.subject[:1]
	case len(cl.subject) > 0 && state(cl.subject[0]) && sendsBefore(toks, cl, t):
		// "Nigeria announced the deployment of 230 troops to Liberia on a
		// peacekeeping mission": the state that sends the troops keeps
		// the peace with them.
		sources = cl.subject[:1]
	default:
		return sources, targets, passive
	}
	for _, m := range ms {
		// "deployed to relieve the Angolan troops": whom they relieve or
		// protect, named after the act.
		if len(targets) == 0 && m.ref != nil && !m.loc && !m.agr && m.i >= t.j && m.i < cl.end && !inRefs(m.ref, sources) && m.ref.Kind != KindCountry {
			targets = []*entRef{m.ref}
		}
	}
	if len(targets) == 0 {
		if c := b.placeCountry(toks, ms); c != nil && !inRefs(c, sources) && c.Country != sources[0].Country {
			targets = []*entRef{c}
		}
	}
	return sources, targets, passive
}

// state reports a country or its government.
func state(r *entRef) bool {
	return r != nil && (r.Kind == KindCountry || r.Sector == "GOV")
}

// sendsBefore reports a word of sending or deploying ("sent", "the
// deployment of") in clause cl between its subject and trigger t.
func sendsBefore(toks []token, cl *clause, t trigger) bool {
	for k := max(cl.start, cl.subjPos); k < t.i && k < len(toks); k++ {
		if w := toks[k].lower; intoVerbs[w] || strings.HasPrefix(w, "deploy") {
			return true
		}
	}
	return false
}

// deployedTroops reports a target that is the troops a deployment sends:
// bare "troops" (a military of no country), or the source's own military.
func deployedTroops(tgt, src *entRef) bool {
	return tgt != nil && (tgt.Kind == KindGroup || tgt.Sector == "MIL" && (tgt.Country == "" || tgt.Country == src.Country))
}

// deployment reports a trigger that sends troops or peacekeepers: its
// words name a deployment, peacekeeping or troops.
func deployment(toks []token, t trigger) bool {
	for k := t.i; k < t.j && k < len(toks); k++ {
		w := toks[k].lower
		if strings.HasPrefix(w, "deploy") || strings.HasPrefix(w, "peacekeep") || w == "troops" || w == "forces" {
			return true
		}
	}
	return false
}

// forceNounAfter reports whether a noun of force follows verb trigger t
// in its clause ("was killed in a car bomb explosion"): the passive tells
// of an attack even when the one it struck is no actor ("a journalist").
func (b *builder) forceNounAfter(t trigger) bool {
	for _, u := range b.trigs {
		if u.cl == t.cl && u.i >= t.j && u.p.Noun && forceRoot(u.p.Code) {
			return true
		}
	}
	return false
}

// irregularPlurals are plural nouns of people without an "s".
var irregularPlurals = toSet(`people men women children`)

// forceRoot reports whether code is an assault (18) or a fight (19).
func forceRoot(code string) bool {
	return code[:2] == "18" || code[:2] == "19"
}

// causeSubordinators open a clause that may tell the attack a passive act
// of force came from: "were killed when/after/as X attacked".
var causeSubordinators = toSet(`when after as`)

// causeClause is the clause right after passive verb of force t, opened by
// one of causeSubordinators, that holds an act of force of its own ("two
// people were killed when ISIL launched an attack"); -1 when there is none.
func (b *builder) causeClause(toks []token, cls []clause, t trigger) int {
	for c := t.cl + 1; c < len(cls); c++ {
		if cls[c].start < t.j || !cls[c].sub {
			continue
		}
		if !causeSubordinators[toks[cls[c].start].lower] {
			return -1
		}
		for _, u := range b.trigs {
			if u.cl == c && forceRoot(u.p.Code) {
				return c
			}
		}
		return -1
	}
	return -1
}

// attackSubject is the index in b.trigs of the noun of force that the tree
// makes the subject of verb trigger t ("a roadside bombing near Mosul killed
// two soldiers", "the blast wounded five"), -1 when there is none: the act
// is the attack's, done by whoever made it, not by no one.
func (b *builder) attackSubject(t trigger) int {
	if t.p.Noun || !forceRoot(t.p.Code) {
		return -1
	}
	p := b.tree()
	if !p.readable(t.i, false) {
		return -1
	}
	s, passive, ok := p.subjectOf(t.i)
	if !ok || passive {
		return -1
	}
	for k, u := range b.trigs {
		if (u.p.Noun || u.passiveObj) && forceRoot(u.p.Code) && u.i <= s && s < u.j {
			return k
		}
	}
	return -1
}

// subjectOfForce reports whether noun trigger t is the subject of a verb of
// force in its sentence (see attackSubject).
func (b *builder) subjectOfForce(t trigger) bool {
	for _, v := range b.trigs {
		if k := b.attackSubject(v); k >= 0 && b.trigs[k].i == t.i && b.trigs[k].j == t.j {
			return true
		}
	}
	return false
}

// pastActPreps open a phrase of an earlier act that the clause's act follows
// or answers: "since last month's invasion", "after renewed fighting",
// "over two air raids", "in the wake of a Taliban attack".
var pastActPreps = toSet(`since after following over amid`)

// causeOfOther reports whether trigger t, a noun of force, is named in such a
// phrase while the sentence tells another act outside it (coded news codes
// the act the sentence reports, not the past one it is set against): the
// preposition up to five words before the noun, past determiners,
// modifiers, numbers and possessives.
func (b *builder) causeOfOther(toks []token, t trigger) bool {
	if !t.p.Noun && !strings.HasSuffix(toks[t.i].lower, "ing") || !forceRoot(t.p.Code) && t.p.Code[:2] != "20" {
		return false // a noun, or a verb's -ing form ("after the shelling of X")
	}
	k := t.i - 1
	for n := 0; k >= 0 && n < 5 && (toks[k].word || toks[k].lower == "'s") && !prepositions[toks[k].lower]; k, n = k-1, n+1 {
		w := toks[k].lower
		if w != "'s" && (isAux(w) || beForms[w]) || lightVerbs[w] && !(k > 0 && prepositions[toks[k-1].lower]) {
			return false // "after Russia launched attacks": a clause; "after renewed fighting" is not
		}
	}
	if k < 0 || !prepositions[toks[k].lower] {
		return false
	}
	w := toks[k].lower
	if !pastActPreps[w] && !(w == "of" && k >= 2 && (toks[k-1].lower == "wake" || toks[k-1].lower == "because")) {
		return false
	}
	if t.j < len(toks) {
		// "after a car bomb struck a bus": a clause, the noun its subject
		if w := toks[t.j].lower; irregularPast[w] || isAux(w) || beForms[w] || modalWords[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	for _, u := range b.trigs {
		if u.j <= k && !u.p.Noun {
			return true // a verb before the phrase tells the sentence's act
		}
	}
	return false
}

// forceSectors are the sectors of actors that use force.
var forceSectors = toSet(`MIL COP REB UAF SPY INS IMG`)

// politicalAttack reports whether the attack ("attack", verb or noun) of
// trigger t is an attack in words by its actors' kinds: no source is a
// country or a force, and every target is a party, a government or a
// legislature as a body ("Mr Howard will attack the Lib Dems for ...",
// "also attacked the government over Iraq"), or a firm or an
// international body attacked by no crowd (firmOrBodyTarget). A
// politician or a party has no arms to turn on a party; a body of state
// that is attacked by force is attacked by a force (police, rebels,
// attackers), or its building or compound is named. The noun takes the
// firm or body only: "the government's attack on the opposition" may be
// either.
//
// "clash" and "bombard" go the same way (wordsOfForce): "MPs bombarded the
// minister with requests", "the two political leaders clashed". The verb
// also takes a person of a government, legislature or party as the target,
// and "clash" its doers' own country, the place the article supplies for a
// quarrel at home.
func politicalAttack(toks []token, t trigger, sources, targets []*entRef) bool {
	w0 := t.p.Words[0]
	if !wordsOfForce[w0] || t.i >= len(toks) || !strings.HasPrefix(toks[t.i].lower, w0) || len(sources) == 0 {
		return false
	}
	if len(targets) == 0 {
		// "the two political leaders clashed": a clash among political
		// doers, with no one else named.
		return w0 == "clash" && !t.p.Noun && !slices.ContainsFunc(sources, func(r *entRef) bool { return !politicalSector(r) })
	}
	if forceOnWords(toks, t) {
		return false // "timed his speech to clash with a keynote address": no act at all
	}
	crowd := false
	for _, r := range sources {
		if r.Kind == KindCountry || forceSectors[r.Sector] || forceSectors[codeSector(r.Code)] {
			return false
		}
		crowd = crowd || r.Sector == "CVL" || codeSector(r.Code) == "CVL"
	}
	for _, r := range targets {
		if !t.p.Noun && (politicalPerson(r) || w0 == "clash" && r.Kind == KindCountry && r.Country == sources[0].Country) {
			continue
		}
		if r.Kind != KindOrganization {
			return false
		}
		if politicalSector(r) {
			if t.p.Noun {
				return false // "the government's attack on the opposition" may be either
			}
		} else if crowd || !firmOrBodyTarget(r) {
			return false
		}
	}
	return true
}

// wordsOfForce are the first words of the force patterns that political
// actors use on each other only in words (see politicalAttack).
var wordsOfForce = toSet(`attack clash bombard`)

// politicalPerson reports whether r is a person of a government, a
// legislature or a party ("Constitutional Affairs Minister David Lammy").
func politicalPerson(r *entRef) bool {
	return r.Kind == KindPerson && politicalSector(r)
}

// politicalSector reports whether r's code is of a government, a
// legislature or a party.
func politicalSector(r *entRef) bool {
	switch codeSector(r.Code) {
	case "GOV", "LEG", "PTY":
		return true
	}
	return false
}

// firmOrBodyTarget reports whether r is a business or an international
// body (sector BUS or IGO): a party or a government that attacks a firm
// or the European Commission does it in words, suits and tax bills ("the
// EPP attacking the EC for backing down", "their continuing attacks
// against Yukos"); a firm's plant or an agency's convoy hit by force is
// hit by a force, which the sources check keeps out.
func firmOrBodyTarget(r *entRef) bool {
	switch codeSector(r.Code) {
	case "BUS", "IGO":
		return true
	}
	return r.Sector == "BUS" || r.Sector == "IGO"
}

// codeSector is the sector part of a CAMEO actor code: "GBRPTY" gives
// "PTY", a code of three letters itself ("PTY", "MIL").
func codeSector(code string) string {
	if len(code) >= 6 {
		return code[3:6]
	}
	return code
}

// passiveDisasterDeath reports whether force verb t is an agentless passive
// killing ("more than 100,000 people are believed to have been killed in
// the province nearest the quake") in a sentence that names a disaster
// after it and no attack anywhere: the disaster killed them, no one's act.
// killedByDisaster covers the disaster as the verb's subject; here it
// stands further on. A noun of force in the sentence ("were killed after
// the bombing") keeps the act. A form of "be" right before the verb
// (beForms: "were killed", "have been killed", "to be killed") makes it
// passive.
func (b *builder) passiveDisasterDeath(toks []token, t trigger) bool {
	if t.i == 0 || !beForms[toks[t.i-1].lower] || byAfter(toks, t.j, len(toks)) {
		return false
	}
	for _, u := range b.trigs {
		if u.p.Noun && forceRoot(u.p.Code) {
			return false
		}
	}
	for k := t.j; k < len(toks); k++ {
		if disasters[toks[k].lower] {
			return true
		}
	}
	return false
}

// militaryOperations name a campaign of an army, which unnamed attackers
// do not run: "ongoing military operations in Iraq" are not Iraqi attackers'.
var militaryOperations = toSet(`operation operations`)

// noUnknownAttackers reports whether force trigger t, though no one is
// named as its doer, is no act of unidentified attackers: an army's
// operation ("military operations in Afghanistan"), or a fight between
// named persons ("fighting between Mr Vance and Mr Hale"), a quarrel; the
// same word again in the sentence ("... and this fighting could hurt the
// firm") is that quarrel too.
func (b *builder) noUnknownAttackers(toks []token, ms []mention, t trigger) bool {
	head := toks[t.j-1].lower
	if militaryOperations[head] {
		return true
	}
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower != head || toks[k+1].lower != "between" {
			continue
		}
		q := k + 2
		if honorifics[toks[q].lower] && q+1 < len(toks) {
			q++ // "between Mr Vance": the name may be mentioned without its title
		}
		for _, m := range ms {
			if m.i <= q && m.j > q && m.ref != nil && m.ref.Kind == KindPerson {
				return true
			}
		}
	}
	return false
}

// labourStrike reports whether force trigger t ends in a bare "strike" or
// "strikes" (the frame "carry out | stage | launch ... strike", whose noun
// class holds military strikes too) done by a trade union: "trade unions
// carried out strikes that brought the country to a standstill" is a
// labour strike (143), not a military one. A union has no arms.
func labourStrike(toks []token, t trigger, sources []*entRef) bool {
	if r := t.p.Code[:2]; r != "18" && r != "19" || t.j > len(toks) {
		return false
	}
	if w := toks[t.j-1].lower; w != "strike" && w != "strikes" {
		return false
	}
	return slices.ContainsFunc(sources, func(r *entRef) bool { return laborBody(r) || codeSector(r.Code) == "LAB" })
}
