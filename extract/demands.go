package extract

import "strings"

// Demands reported without a verb of demanding: "X said Y must ..." is X's
// demand of Y (modal23 in docs/extraction.md).

// obligations in a reported clause make the report a demand: "the Red
// Cross said US forces must ensure security" is the Red Cross asking them.
var obligations = map[string]string{"must": "100", "should": "020", "ought": "020"}

// reportedDemands codes "X said Y must Z" as X demanding of Y.
func (b *builder) reportedDemands(toks []token, s sentence, ms []mention, cls []clause) {
	for c := range cls {
		cl := &cls[c]
		speaker := reportSpeaker(toks, cls, c)
		if speaker < 0 {
			// "X concluded that Y must ...", "X reminded Y that it must ...".
			if k, obliged := demandReport(toks, ms, cl); k >= 0 && len(obliged) > 0 && !inRefs(obliged[0], cl.subject) {
				p := &pattern{Code: obligations[toks[k].lower], Words: []string{toks[k].lower}}
				t := trigger{p: p, i: k, j: k + 1, gapI: -1, gapJ: -1, cl: c, org: -1}
				b.emitEvents(toks, s, ms, cls, t, cl.subject, obliged, false)
			}
			continue
		}
		if speaker < 0 || len(cl.subject) == 0 || len(cls[speaker].subject) == 0 || inRefs(cl.subject[0], cls[speaker].subject) {
			continue
		}
		p := cl.subjPos - 1
		if p > 0 && p < len(toks) && determiners[toks[p].lower] {
			p--
		}
		if p >= 0 && p < len(toks) && tellWords[toks[p].lower] {
			// "He told the BBC: ... should": whom he told is not whom the
			// obligation is on.
			continue
		}
		for k := cl.subjPos; k < cl.end && k < cl.subjPos+12; k++ {
			if kb := wrongToAt(toks, k); kb >= 0 {
				// "X said Y had been wrong to dismiss the concerns": X
				// faults Y (111), whatever Y did.
				if b.obligedBefore(toks, ms, cl, kb) {
					p := &pattern{Code: "111", Words: []string{"wrong", "to"}}
					t := trigger{p: p, i: k, j: k + 2, gapI: -1, gapJ: -1, cl: c, org: -1}
					b.emitEvents(toks, s, ms, cls, t, cls[speaker].subject, cl.subject, false)
				}
				break
			}
			code, ok := obligations[toks[k].lower]
			if !ok {
				continue
			}
			if k+2 < len(toks) && toks[k+1].lower == "have" && pastParticiple(toks[k+2]) {
				// "he should have withdrawn the comment": a past
				// obligation is a reproach, not a demand: the speaker
				// faults the one it was on (111), as with "wrong to".
				if pastReproach(toks, k) && b.obligedBefore(toks, ms, cl, k) {
					p := &pattern{Code: "111", Words: []string{"should", "have"}}
					t := trigger{p: p, i: k, j: k + 2, gapI: -1, gapJ: -1, cl: c, org: -1}
					b.emitEvents(toks, s, ms, cls, t, cls[speaker].subject, cl.subject, false)
				}
				break
			}
			if !b.obligedBefore(toks, ms, cl, k) || passiveObligation(toks, k) && actorIsSubject(toks, ms, cl, k) {
				break
			}
			p := &pattern{Code: code, Words: []string{toks[k].lower}}
			t := trigger{p: p, i: k, j: k + 1, gapI: -1, gapJ: -1, cl: c, org: -1}
			b.emitEvents(toks, s, ms, cls, t, cls[speaker].subject, cl.subject, false)
			break
		}
	}
}

// reportSpeaker is the clause whose subject says clause c: the clause c
// is reported from ("X said Y must ..."), or the speaker after it ("Y must
// ...," X said); -1 when there is none.
func reportSpeaker(toks []token, cls []clause, c int) int {
	cl := &cls[c]
	speaker := cl.parent
	if !cl.reported {
		speaker = -1
	}
	if speaker < 0 && cl.speaker >= 0 && cl.speaker < len(cls) {
		speaker = cl.speaker
	}
	if speaker >= 0 && cls[speaker].reported && cls[speaker].parent >= 0 && sayAgainBefore(toks, cl.start) {
		// "X said Y was at fault and said he should apologise": the
		// second "said" has no subject of its own; it is X's, not
		// that of the clause it ends.
		speaker = cls[speaker].parent
	}
	return speaker
}

// sayAgainBefore reports whether the clause starting at token k is
// opened by "and" and a verb of saying with no subject between them ("...
// and said", "... and added that").
func sayAgainBefore(toks []token, k int) bool {
	if k > 0 && k-1 < len(toks) && toks[k-1].lower == "that" {
		k--
	}
	return k >= 2 && k-1 < len(toks) && sayVerbs[toks[k-1].lower] && toks[k-2].lower == "and"
}

// wrongToAt reports whether "wrong to" at k follows a form of "be" ("was
// wrong to", "had been wrong to"): it gives the position of the first verb
// word of that form, where a modal would stand, or -1.
func wrongToAt(toks []token, k int) int {
	if k < 1 || k+1 >= len(toks) || toks[k].lower != "wrong" || toks[k+1].lower != "to" || !beForms[toks[k-1].lower] {
		return -1
	}
	kb := k - 1
	if toks[kb].lower == "been" && kb > 0 && (toks[kb-1].lower == "had" || toks[kb-1].lower == "has" || toks[kb-1].lower == "have") {
		kb--
	}
	return kb
}

// pastReproach reports whether the modal at k, before "have" and a past
// participle, says what someone failed to do ("the ministry should have
// acted sooner"): "should" only, since "must have" guesses what happened
// ("must have known"), and not before "been", whose passive ("should have
// been attached") or progressive names no doer of the failing.
func pastReproach(toks []token, k int) bool {
	return toks[k].lower == "should" && k+2 < len(toks) && toks[k+2].lower != "been"
}

// passiveObligation reports whether the modal at k governs a passive ("Mr
// Lee should be judged by results", "he should only be punished after a
// trial", "should not be allowed these privileges"): the subject is what is
// done to, not who is asked to act, so no one is asked of.
func passiveObligation(toks []token, k int) bool {
	q := k + 1
	for q < len(toks) && q <= k+3 && (toks[q].lower == "not" || toks[q].lower == "also" || toks[q].lower == "only" || toks[q].lower == "never" || strings.HasSuffix(toks[q].lower, "ly")) {
		q++
	}
	return q+1 < len(toks) && toks[q].lower == "be" && pastParticiple(toks[q+1])
}

// beforeModal is the last word before the modal at k, back past "also",
// "now", "still", "therefore" and -ly adverbs, but not past the clause's
// subject; -1 when there is none. pronoun reports that word is "he", "she"
// or "they".
func beforeModal(toks []token, cl *clause, k int) (j int, pronoun bool) {
	j = k - 1
	if j > cl.subjPos && pastOpeningQuote(toks, j) == k {
		// `Mr X "should have withdrawn it", said Y`: the quotation
		// opens at the modal; the subject stands before it.
		j--
	}
	for j > cl.subjPos {
		w := toks[j].lower
		if w != "also" && w != "now" && w != "still" && w != "therefore" && !strings.HasSuffix(w, "ly") {
			break
		}
		j--
	}
	if j < 0 {
		return -1, false
	}
	w := toks[j].lower
	return j, w == "he" || w == "she" || w == "they"
}

// actorIsSubject reports whether the subject before the modal at k is an
// actor itself ("Mr Lee should", "he should", "the Danish government
// should"), not a thing whose phrase ends in one ("military intervention in
// Venezuela must").
func actorIsSubject(toks []token, ms []mention, cl *clause, k int) bool {
	j, pronoun := beforeModal(toks, cl, k)
	if j < 0 || pronoun {
		return pronoun
	}
	for _, m := range ms {
		if m.j == j+1 && actorMention(m) {
			i := m.i
			if i > 0 && determiners[toks[i-1].lower] {
				i--
			}
			return i <= cl.subjPos
		}
	}
	return false
}

// obligedBefore reports whether the obligation at modal k is put on the
// clause's subject: that actor, or "he", "she" or "they" standing for it,
// ends right before the modal ("Mr Lee should quit", "the rebels must also
// leave", "an intervention in Venezuela must be avoided"). "It should not be enough",
// "we should be doing more" and "the issues voters should consider" oblige
// no one named.
func (b *builder) obligedBefore(toks []token, ms []mention, cl *clause, k int) bool {
	j, pronoun := beforeModal(toks, cl, k)
	if j < 0 || pronoun {
		return pronoun
	}
	for _, m := range ms {
		// The subject's phrase may end in another actor: "military
		// intervention in Venezuela must be avoided".
		if m.j == j+1 && m.i >= cl.subjPos && actorMention(m) {
			return true
		}
	}
	return false
}

// demandReports are words of concluding, insisting, warning, reminding and
// ruling that put an obligation on someone when a that-clause with "must"
// or "should" follows them: "the forum concluded on Saturday that the US
// must allocate more", "issued a stern reminder to Iraq that it must
// cooperate", "a court ruled that the firm must stop selling". Unlike the
// verbs of saying they do not cut the sentence into clauses, so the
// demand is read here from the tokens.
var demandReports = toSet(`concluded concludes insisted insists warned warns argued argues ruled rules
stressed stresses reminded reminds reminder warning`)

// coordFiller are the words that may join the actors of a coordinated
// subject before a modal: "the US and other developed nations", "President
// Kagame and his Rwandan Patriotic Front".
var coordFiller = toSet(`and , the his her its their other all`)

// demandReport finds, in clause cl, a that-clause opened by a word of
// demandReports whose subject is put under an obligation. It returns the
// modal's index and the actors obliged (nil when there is none). A pronoun
// subject ("that it must") stands for the one actor between the word and
// "that" ("to Iraq", "warned ministers").
func demandReport(toks []token, ms []mention, cl *clause) (int, []*entRef) {
	if len(cl.subject) == 0 {
		return -1, nil
	}
	for w := cl.subjPos + 1; w < cl.end && w < len(toks); w++ {
		if !demandReports[toks[w].lower] {
			continue
		}
		// "that" within a few words: adjuncts ("on Saturday") or the one
		// reminded ("to Iraq", "ministers").
		that := -1
		for q := w + 1; q < cl.end && q <= w+6; q++ {
			if toks[q].lower == "that" {
				that = q
				break
			}
			if !toks[q].word {
				break
			}
		}
		if that < 0 {
			continue
		}
		// The modal may open a clause of its own ("that Norway and other
		// states | must share"): look on to the sentence's end.
		for k := that + 2; k < len(toks) && k <= that+12; k++ {
			if _, ok := obligations[toks[k].lower]; !ok {
				continue
			}
			if k+2 < len(toks) && toks[k+1].lower == "have" && pastParticiple(toks[k+2]) || passiveObligation(toks, k) {
				return -1, nil
			}
			return k, obligedSpan(toks, ms, that+1, k, w)
		}
	}
	return -1, nil
}

// obligedSpan is the actors of the subject [i, k) before the modal at k:
// actor mentions joined only by coordFiller words, the last of them (or of
// the words after "other") ending right before the modal. A lone pronoun
// is the one actor mention between w and i.
func obligedSpan(toks []token, ms []mention, i, k, w int) []*entRef {
	if p := toks[i].lower; k == i+1 && (p == "it" || p == "they" || p == "he" || p == "she") {
		var got *entRef
		for _, m := range ms {
			if m.i > w && m.j <= i-1 && actorMention(m) {
				if got != nil {
					return nil
				}
				got = m.ref
			}
		}
		if got == nil {
			return nil
		}
		return []*entRef{got}
	}
	var refs []*entRef
	q, other := i, false
	for q < k {
		if other {
			// "and other developed nations": the words after "other" are
			// the class the named actors belong to.
			q++
			continue
		}
		found := false
		for _, m := range ms {
			if m.i == q && m.j <= k && actorMention(m) {
				refs, q, found = append(refs, m.ref), m.j, true
				break
			}
		}
		if found {
			continue
		}
		if !coordFiller[toks[q].lower] {
			return nil
		}
		other = toks[q].lower == "other" && len(refs) > 0
		q++
	}
	return refs
}
