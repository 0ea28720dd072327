package extract

// questionOpeners begin a direct question: an auxiliary or modal put
// before its subject ("Should the country ratify the pact?", "Has she
// forgotten the raids?") or a wh-word ("what donor could ever pay for
// ...?").
var questionOpeners = toSet(`should would will shall can could may might must do does did is are was were has have had
what who whom which why how where`)

// inQuestion reports whether trigger t sits in a direct question: the
// sentence goes on from t to a "?" with no full stop or "!" between, and
// the stretch that holds t - from the sentence start, an opening quotation
// mark, a colon, a semicolon or a dash - begins with a questionOpeners
// word. A question asks whether an act will be or was done; it reports
// none ("The ballot asks: "Should the country approve the treaty?"").
func inQuestion(toks []token, t trigger) bool {
	end := -1
	for k := t.j; k < len(toks); k++ {
		w := toks[k].lower
		if w == "?" {
			end = k
			break
		}
		if w == "." || w == "!" {
			return false
		}
	}
	if end < 0 {
		return false
	}
	k := t.i
	for ; k > 0; k-- {
		if toks[k].dash {
			break
		}
		if w := toks[k-1].lower; isQuoteMark(w) || w == ":" || w == ";" {
			break
		}
	}
	return k < t.i && questionOpeners[toks[k].lower]
}

// whetherStops end the stretch an indirect question may hold.
var whetherStops = toSet(`. ; : , ( ) ? ! but while because although whereas`)

// inWhetherClause reports whether trigger t sits in an indirect question
// with a subject of its own: "it is not known whether the two men would
// back a bid", "declined to say whether the prime minister backed the
// plans". As a direct question, it reports no act. "whether to" (no subject:
// an open decision, undecidedAct) is left to the modality.
func inWhetherClause(toks []token, t trigger) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-15; k-- {
		w := toks[k].lower
		if toks[k].dash || whetherStops[w] {
			return false
		}
		if w != "whether" {
			continue
		}
		q := k + 1
		if q+1 < t.i && toks[q].lower == "or" && toks[q+1].lower == "not" {
			q += 2
		}
		return q < t.i && toks[q].lower != "to"
	}
	return false
}

// conjectureWords say that what follows is someone's guess about another's
// future act, not that act announced: "reports suggest the two firms may
// reach a deal", "rumours he would quit", "agencies fear it could offer",
// "I would not exclude that the buyer will decline".
var conjectureWords = toSet(`speculate speculates speculated speculation rumour rumours rumoured rumor rumors rumored fear fears feared
suggest suggests suggested believe believes believed think thinks thought predict predicts predicted exclude doubt doubts doubted`)

// conjectureModals are the modals whose act a conjecture may hold.
var conjectureModals = toSet(`will would could may might 'll`)

// inConjecture reports whether verb trigger t is an act a modal makes
// future ("may", "could", "would", "will" within four words before it) in
// a clause that a conjecture word opens, its subject of at most five words
// between them ("press reports suggest that Qwest and MCI may reach an
// agreement", "he thinks women will back the plans"). That is the
// speaker's guess, neither an act nor an intent of the clause's subject.
// A personal pronoun subject (not "it") most often names the one who
// believes ("officials believe they will sign"): that plan stays; so does a conjecture word with
// "of" after it ("fears of ...", a noun) or "to" ("is thought to").
func inConjecture(toks []token, t trigger) bool {
	if t.p.Noun {
		return false
	}
	m := -1
	for k := t.i - 1; k >= 0 && k >= t.i-4; k-- {
		if !toks[k].word && toks[k].lower != "'ll" {
			return false
		}
		if conjectureModals[toks[k].lower] {
			m = k
			break
		}
	}
	if m < 1 {
		return false
	}
	for g := m - 1; g >= 0 && g >= m-7; g-- {
		w := toks[g].lower
		if toks[g+1].dash || whetherStops[w] || w == "and" && g == m-1 {
			return false
		}
		if !conjectureWords[w] {
			continue
		}
		s := g + 1
		if s < m && toks[s].lower == "that" {
			s++
		}
		if s == m || m-s > 5 || toks[g+1].lower == "of" || toks[g+1].lower == "to" {
			return false
		}
		if m-s == 1 && subjectPronouns[toks[s].lower] && toks[s].lower != "it" {
			// "officials believe they will sign": the believers' own plan.
			return false
		}
		return true
	}
	return false
}

// howAskers are the words of testing, asking or examining that can govern a
// "how" clause ("a crucial test of how firmly the cabinet will defend ...",
// "asked the regulator to look at how the new rules could help ...").
var howAskers = toSet(`test tests testing look looks looked looking ask asks asked asking question questions questioned questioning
consider considers considered considering decide decides decided deciding wonder wonders wondered wondering
examine examines examined examining examination assess assesses assessed assessing assessment
scrutinise scrutinises scrutinised scrutinising scrutinize scrutinizes scrutinized scrutinizing
explore explores explored exploring investigate investigates investigated investigating investigation inquiry
review reviews reviewed reviewing study studies studied studying discuss discusses discussed discussing debate`)

// howLinks stand between a governing word and its "how": "test of how",
// "look at how", "inquiry into how", "debate over how".
var howLinks = toSet(`of at into about on over`)

// inAskedHowClause reports whether trigger t sits in a "how" clause that a
// word of testing, asking or examining governs (howAskers, a howLinks word
// between them or none): "a test of how firmly the ministers are prepared
// to defend the deal", "to look at how the scheme could support the law".
// Like an indirect "whether" question, it asks how an act will be or was
// done and reports none. A "how" clause after a word of showing or telling
// ("pointed to how ...", "explained how ...") reports what happened and
// stays.
func inAskedHowClause(toks []token, t trigger) bool {
	for k := t.i - 1; k >= 1 && k >= t.i-12; k-- {
		w := toks[k].lower
		if toks[k].dash || whetherStops[w] {
			return false
		}
		if w != "how" {
			continue
		}
		return askedHow(toks, k)
	}
	return false
}

// askedHow reports whether the "how" at k (k > 0) hangs on a word of
// testing, asking or examining (howAskers), a howLinks word or a closing
// quotation mark between them or none: "questioned how", "a test of how",
// a "crucial test" of how.
func askedHow(toks []token, k int) bool {
	g := k - 1
	if howLinks[toks[g].lower] && g > 0 {
		g--
	}
	if isQuoteMark(toks[g].lower) && g > 0 {
		g--
	}
	return howAskers[toks[g].lower]
}

// howShowers are words of showing or telling that a "how" clause may hang
// on ("pointed to how", "pointing out how", "showed how"): the clause says
// what was done, unless the showing is itself still to come
// (inPlannedShowHowClause).
var howShowers = toSet(`point points pointed pointing show shows showed shown showing reveal reveals revealed revealing
explain explains explained explaining highlight highlights highlighted highlighting demonstrate demonstrates
demonstrated demonstrating`)

// howShowLinks may stand between a word of showing and its "how": "pointed
// to how", "pointing out how".
var howShowLinks = toSet(`to out up`)

// inPlannedShowHowClause reports whether trigger t sits in a "how" clause
// (or a list of them and of noun phrases: "how they are soft on crime, how
// they support higher taxes, their support for ...") hung on a word of showing that is itself planned: "we will be
// pointing out how they support higher taxes", "designed to show how the
// party would reform the controls". What is to be shown is a campaign's
// claim about the acts, not an act told as done; like an asked "how"
// (inAskedHowClause) it holds no event.
func inPlannedShowHowClause(toks []token, t trigger) bool {
	// Commas stay inside: the items listed after the "how" clauses
	// ("..., their opposition to X and support for Y") are shown too.
	k := howBack(toks, t.i-1, t.i-14)
	if k < 0 {
		return false
	}
	k = firstListedHow(toks, k)
	g := k - 1
	if g > 0 && howShowLinks[toks[g].lower] {
		g--
	}
	if !howShowers[toks[g].lower] {
		return false
	}
	return plannedBefore(toks, g)
}

// firstListedHow walks back from the "how" at k over a list of "how"
// clauses joined by commas or "and"/"or" to the list's first "how", whose
// governor governs them all.
func firstListedHow(toks []token, k int) int {
	for k >= 2 {
		if p := toks[k-1].lower; p != "," && p != "and" && p != "or" {
			return k
		}
		prev := howBack(toks, k-2, k-12)
		if prev < 0 {
			return k
		}
		k = prev
	}
	return k
}

// howBack is the nearest "how" from token from back to token lo (not
// before token 1), past commas but no other clause stop (whetherStops) or
// dash; -1 when there is none. inPlannedShowHowClause and firstListedHow
// share it, so the clause and its list end at the same stops.
func howBack(toks []token, from, lo int) int {
	for q := from; q >= 1 && q >= lo; q-- {
		w := toks[q].lower
		if toks[q].dash || w != "," && whetherStops[w] {
			return -1
		}
		if w == "how" {
			return q
		}
	}
	return -1
}

// plannedBefore reports whether the verb at g is still to come: "will be
// pointing", "would show", "designed to show" (a "will", "would", "shall" or
// infinitive "to" at most two words before it, only forms of "be" between).
func plannedBefore(toks []token, g int) bool {
	for q := g - 1; q >= 0 && q >= g-3; q-- {
		w := toks[q].lower
		switch {
		case w == "will" || w == "would" || w == "shall" || w == "'ll" || w == "to":
			return true
		case beForms[w]:
			continue
		}
		return false
	}
	return false
}
