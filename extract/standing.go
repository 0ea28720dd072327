package extract

import "strings"

// Relative clauses in the present simple: "Addaction, which she supports",
// "Charles Kennedy, who backs the constitution", "the committee which
// monitors the department" describe where someone stands or what a body
// does as a rule, not an act done; "the World Economic Forum, which meets in
// Davos next week", "India, which attends the G7 meeting on Friday" tell a
// scheduled act still to come.

// speechRoots are the CAMEO roots of acts done by saying something. A
// statement in the present of a relative clause ("Labour, which denies
// engaging in ...", "Mr X, who insists he is innocent") is the news present
// of something said, so it stays an act.
var speechRoots = toSet(`01 02 10 11 13`)

// futureTimeWords place a present-simple act in the future: "meets next
// week", "attends on Friday", "arrives tomorrow".
var futureTimeWords = toSet(`next tomorrow tonight later`)

// presentRelative reports whether verb trigger t is the present simple of a
// relative clause ("which meets", "which she supports", "who blame"), with
// no auxiliary or modal before it in its clause (those set the modality
// themselves). plural says it is the bare form after a plural head ("US
// lawmakers who blame China"): a group's habit, never news of a statement.
func presentRelative(toks []token, cls []clause, t trigger) (ok, plural bool) {
	if t.p.Noun || t.cl < 0 || t.cl >= len(cls) || !cls[t.cl].relative {
		return false, false
	}
	cl := cls[t.cl]
	// At most three words between the pronoun and the verb: a short
	// subject ("which the Tories deny").
	if cl.start >= t.i || cl.start >= len(toks) || t.i-cl.start > 4 {
		return false, false
	}
	switch toks[cl.start].lower {
	case "which", "that", "who":
	default:
		return false, false
	}
	for k := cl.start + 1; k < t.i; k++ {
		w := toks[k].lower
		if isAux(w) || modalWords[w] || w == "to" || !toks[k].word || pastWord(toks[k]) {
			return false, false
		}
	}
	lemma := t.p.Words[0]
	w := toks[t.i].lower
	forms := verbForms(lemma)
	switch {
	case len(forms) > 1 && w == forms[1] && w != lemma:
		return true, false
	case w == lemma && !irregularPast[w] && !irregularParticiples[w] && !nounLikePast[w]:
		// Right after the pronoun the head is the subject ("lawmakers who
		// blame"); with a subject between ("which the Tories deny") the
		// bare form is that subject's, which may be news of a statement.
		return true, t.i == cl.start+1
	}
	return false, false
}

// futureInClause reports whether clause cl names a time still to come:
// "next week", "on Friday", "tomorrow". With from >= 0 the time must come
// before a past participle at or after token from, which tells another
// act's time ("is pressuring lecturers to cancel the strike scheduled to
// next Thursday": the strike's).
func futureInClause(toks []token, cl clause, from int) bool {
	end := futureClauseEnd(toks, cl)
	for k := cl.start; k < end; k++ {
		if from >= 0 && k >= from && pastWord(toks[k]) {
			return false
		}
		if futureTimeAt(toks, k) {
			return true
		}
	}
	return false
}

// futureClauseEnd is where the clause ends for its time words: "which meets
// in Davos, Switzerland, next week": the clause takes in the place's country
// and its comma; what follows the comma is still its own.
func futureClauseEnd(toks []token, cl clause) int {
	end := min(cl.end, len(toks))
	if end < len(toks) && end-3 > cl.start && toks[end-1].text == "," && toks[end-2].upper && toks[end-3].text == "," {
		for end < len(toks) && toks[end].text != "," && toks[end].text != "." {
			end++
		}
	}
	return end
}

// futureTimeAt reports whether token k names a time still to come. "next"
// counts only before a time ("next week", "next Monday", "next March"):
// "to win the next election" names no time.
func futureTimeAt(toks []token, k int) bool {
	w := toks[k].lower
	if w == "next" {
		if k+1 >= len(toks) {
			return false
		}
		n := toks[k+1].lower
		return timeNouns[n] || isWeekday(n) || months[n] != 0 && toks[k+1].upper
	}
	return futureTimeWords[w] || isWeekday(w)
}

// standingOrScheduled sorts an asserted act told in the present simple of a
// relative clause: scheduled (a time to come in the clause: the act is
// planned), standing (a stance or a habit, no act: drop), or neither.
func standingOrScheduled(toks []token, cls []clause, t trigger, code string) (standing, scheduled bool) {
	ok, plural := presentRelative(toks, cls, t)
	if !ok {
		return false, false
	}
	if futureInClause(toks, cls[t.cl], -1) {
		return false, true
	}
	if code[:2] == "09" {
		// "the agency which investigates the crash": an inquiry's present
		// is its work going on, as "is investigating" is.
		return false, false
	}
	return plural || !speechRoots[code[:2]], false
}

// progressiveFuture reports whether verb trigger t is a present progressive
// ("is meeting", "are holding") whose clause names a time still to come:
// "is meeting Ms Furse on Thursday", "is travelling to America next week".
// The progressive with a time to come tells an act arranged, not one under
// way; "is holding talks" with no time stays an act going on now.
func progressiveFuture(toks []token, cls []clause, t trigger) bool {
	if t.p.Noun || t.cl < 0 || t.cl >= len(cls) || t.i < 1 || t.i >= len(toks) {
		return false
	}
	if !strings.HasSuffix(toks[t.i].lower, "ing") {
		return false
	}
	switch toks[t.i-1].lower {
	case "is", "are", "am", "'s":
	default:
		return false
	}
	// The time must be the act's own, not one a participle after the verb
	// tells.
	return futureInClause(toks, cls[t.cl], t.j)
}
