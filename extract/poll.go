package extract

// An opinion poll's finding is no act: "a survey found that 63% supported a
// ban", "a poll of 1,300 people suggests two-thirds of voters support the
// decision", "voters would reject the treaty by two to one, according to a
// poll". The respondents' answer, real or hypothetical, is a measured
// opinion; no actor did or will do what they answered.

// pollNouns name an opinion poll. ("polls" alone is often the election:
// "went to the polls".)
var pollNouns = toSet(`poll survey opinion-poll questionnaire`)

// findingVerbs report what a poll found.
var findingVerbs = toSet(`found finds suggests suggested shows showed indicates indicated reveals revealed says said`)

// respondentWords name who answered a poll, or how many of them: "63%",
// "two-thirds of Britons", "most voters", "a majority".
var respondentWords = toSet(`respondents voters people public britons adults % percent cent majority minority most
half third thirds quarter quarters two-thirds three-quarters`)

// pollFinding reports whether trigger t tells what respondents answered in
// the poll the sentence reports: a poll noun with a finding verb after it
// and a respondent word between that verb and t ("the survey found that 63%
// supported"), or before the verb with "they" after it ("in the survey,
// 47% said they supported"), or t with a respondent word before it and "according to" a
// poll after it.
func pollFinding(toks []token, t trigger) bool {
	for p, tk := range toks {
		if !pollNouns[tk.lower] {
			continue
		}
		if p < t.i {
			for f := p + 1; f < t.i && f <= p+8; f++ {
				if findingVerbs[toks[f].lower] {
					return respondentBetween(toks, f+1, t.i) || respondentBetween(toks, p+1, f) && theyAnswered(toks, f+1, t.i)
				}
			}
		}
		if p > t.j && p >= 3 && accordingBefore(toks, p) {
			return respondentBetween(toks, 0, t.i)
		}
	}
	return false
}

// accordingBefore reports whether "according to" stands within four words
// before the poll noun at p: "according to a new poll".
func accordingBefore(toks []token, p int) bool {
	for q := p - 1; q >= 1 && q >= p-4; q-- {
		if toks[q].lower == "to" && toks[q-1].lower == "according" {
			return true
		}
	}
	return false
}

// theyAnswered reports whether the respondents named before the finding
// verb are the "they" of toks[lo:hi], with no name there to be another
// doer: "In the survey, 47% said they supported the law".
func theyAnswered(toks []token, lo, hi int) bool {
	they := false
	for k := lo; k < hi; k++ {
		if toks[k].upper {
			return false
		}
		they = they || toks[k].lower == "they"
	}
	return they
}

// respondentBetween reports whether a respondent word stands in toks[lo:hi].
func respondentBetween(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if respondentWords[toks[k].lower] {
			return true
		}
	}
	return false
}

// rulingVerbs give a court's or an authority's decision on what someone may
// do. ("rules" is left out: mostly the noun, "says the rules breach the
// law and it may mount a legal challenge".)
var rulingVerbs = toSet(`ruled ruling`)

// permissionModals tell what a ruling allows or forbids.
var permissionModals = toSet(`could can cannot may must`)

// ruledPermission reports whether verb trigger t is what a ruling says its
// subject may or may not do: "the appeals court ruled on Friday that the
// government could not sue the firms". The ruling is the court's act; the
// act it allows or forbids is neither done nor refused by its subject (the
// suit may well have been brought already).
func ruledPermission(toks []token, cl *clause, t trigger) bool {
	if t.p.Noun {
		return false
	}
	m := t.i - 1
	if m > 0 && (toks[m].lower == "not" || toks[m].lower == "n't") {
		m--
	}
	if m <= cl.start || !permissionModals[toks[m].lower] {
		return false
	}
	for q := m - 1; q >= 0 && q >= m-10; q-- {
		w := toks[q].lower
		if rulingVerbs[w] {
			return true
		}
		if !toks[q].word || modalWords[w] || w == "and" {
			return false // another clause's modal or verb
		}
	}
	return false
}
