package extract

// Critics telling what someone did: "Mr X's critics say he has used the
// crisis as an excuse to ...", "Kremlin critics say President Y has given
// him free rein". People named as critics report an act only to blame its
// doer, so their report is an accusation (112) of the reported clause's
// subject, whatever the act, as plv-dev codes it. Other speakers saying
// "Y has done Z" report news, not blame: only the critics' word makes it
// one. See critics81 in docs/extraction.md.

// criticWords name people by their criticising. Not "opponents" or
// "rivals" (opposingNouns): what they say Y did is as often plain news.
var criticWords = toSet(`critics`)

// criticsAccusations codes "critics say Y has <done something>" as the
// critics accusing Y (112), for a reported clause no judgement of
// reportedJudgements already coded.
func (b *builder) criticsAccusations(toks []token, s sentence, ms []mention, cls []clause, judgedDone map[int]bool) {
	for c := range cls {
		if judgedDone[c] {
			continue
		}
		speaker := reportSpeaker(toks, cls, c)
		if speaker < 0 {
			continue
		}
		// The speaker first: only the critics' reports need the tree.
		sources := criticsSpeaking(toks, ms, cls, speaker)
		if len(sources) == 0 {
			continue
		}
		cl := &cls[c]
		judged, at := cl.subject, cl.subjPos
		if len(judged) == 0 {
			judged, at = b.opposedPronoun(toks, ms, cls, c, speaker)
		} else if !ownSubject(ms, cl, at) {
			continue
		}
		if len(judged) == 0 || at < 0 || at >= len(toks) || cl.cond || inRefs(judged[0], sources) {
			continue
		}
		if w := toks[at].lower; w == "it" || w == "this" || w == "that" {
			continue // "critics say it was done to ...": a thing, not a doer
		}
		if t, ok := b.toldPastAct(toks, cls, c, at); ok {
			b.emitEvents(toks, s, ms, cls, t, sources, judged, false)
		}
	}
}

// criticsSpeaking is the subject of speaker clause sp when it is a
// critics' phrase the name rules made an actor: "Kremlin critics", "Mr X's
// critics", "critics of the government" (the state's opposition, see
// opposedRulers). nil when the subject is no critics. (A bare "Critics say
// Y has ..." would need the generic group; no shared sentence has one.)
func criticsSpeaking(toks []token, ms []mention, cls []clause, sp int) []*entRef {
	cl := &cls[sp]
	say := cl.sayAt
	if say <= cl.start || say >= len(toks) || cl.subjIdx < 0 || cl.subjIdx >= len(ms) {
		return nil
	}
	m := ms[cl.subjIdx]
	for k := m.i; k < m.j && k < say; k++ {
		if criticWords[toks[k].lower] {
			return cl.subject
		}
	}
	return nil
}

// toldPastAct finds the verb of an act told as done after the reported
// subject at token at of clause c: "has used", "had given", "seized",
// "is trying to". Not what might be ("would", "could"), not a passive
// ("has been"), not "be" with no verb after it ("is secretive"): a
// judgement of what Y is, which beJudgement's words alone code.
func (b *builder) toldPastAct(toks []token, cls []clause, c, at int) (trigger, bool) {
	p := b.tree()
	if p == nil {
		return trigger{}, false
	}
	cl := &cls[c]
	have, be := false, false // an auxiliary seen: "has (already) used", "is trying"
	for k := at + 1; k < cl.end && k < len(toks) && k < at+8; k++ {
		w := toks[k].lower
		if judgementBreaks[w] || conditionals[w] || w == "whether" || p.words[k].XPOS == "MD" {
			return trigger{}, false
		}
		if !p.verbal(k) {
			continue
		}
		x := p.words[k].XPOS
		switch {
		case w == "been" || w == "being" || sayVerbs[w]:
			// A passive, or Y's own saying: no act of Y's to blame.
			return trigger{}, false
		case haveForms[w]:
			have = true
			continue
		case beForms[w]:
			be = true
			continue
		}
		if x == "VBN" && have || x == "VBD" && !have && !be || x == "VBG" && be {
			pat := &pattern{Code: "112", Words: []string{w}}
			return trigger{p: pat, i: k, j: k + 1, gapI: -1, gapJ: -1, cl: c, org: -1}, true
		}
		return trigger{}, false
	}
	return trigger{}, false
}

// opposedPronoun is the person a "he" or "she" opening reported clause c
// stands for when the speaker's subject is that person's critics: "Mr X's
// critics say he has ...". The critics' phrase took X's mention
// (opposedRulers), so the pronoun finds no subject to stand for. nil and
// -1 when the clause opens otherwise.
func (b *builder) opposedPronoun(toks []token, ms []mention, cls []clause, c, speaker int) ([]*entRef, int) {
	cl, sp := &cls[c], &cls[speaker]
	at := cl.start
	if at < len(toks) && toks[at].lower == "that" {
		at++
	}
	if at >= cl.end || at >= len(toks) || sp.subjIdx < 0 || sp.subjIdx >= len(ms) {
		return nil, -1
	}
	w := toks[at].lower
	if w != "he" && w != "she" {
		return nil, -1
	}
	if r := b.opposedPersons[ms[sp.subjIdx].i]; r != nil && b.genderFits(w, r) {
		return []*entRef{r}, at
	}
	return nil, -1
}
