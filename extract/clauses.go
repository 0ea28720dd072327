package extract

import (
	"slices"
	"strings"
)

// Clauses of a sentence: where reported speech, relative pronouns,
// subordinators and asides split it, each part with its own subject.

// thinkVerbs introduce what someone knows, believes or argues: like what is
// said, a clause of its own whose subject need not be the thinker's.
var thinkVerbs = toSet(`argued argues believed believes knew knows thought thinks feared fears hoped hopes suspected
claimed suggested noted admitted acknowledged conceded learnt learned`)

// trailReportVerbs are acts of their own (a warning, a complaint, a
// protest, a charge, a demand) that may be told as a verb of saying after what they
// report: "..., the EU warned", "..., a rights group protested here on
// Wednesday", "..., the opposition charged". There, and only there (see
// trailingReport), they end the report as "said" does, so that the
// report keeps its own subject and the act its speaker.
var trailReportVerbs = toSet(`warned warns complained complains protested protests charged alleged argued claimed
noted stressed admitted cautioned demanded`)

// trailingReport reports whether the verb at k ends its sentence but for a
// short adjunct ("warned on Monday.", "protested here Wednesday."), with
// only words of a speech adjunct after it (no clause, "that" or object) and
// no conjunction joining it to what came before ("..., and the crowd
// protested" is an act of its own).
func trailingReport(toks []token, k int) bool {
	if k < 2 || toks[k-1].lower == "and" || toks[k-1].lower == "but" || toks[k-1].lower == "having" {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+6; q++ {
		switch w := toks[q].lower; {
		case w == "." || w == "!" || isQuoteMark(w) && q+1 == len(toks):
			return true
		case w == "," && q+1 < len(toks) && ingAdjunct(toks[q+1]):
			// "..., Poland claimed, saying Berlin should pay": a
			// participle after the comma hangs on the verb, which took
			// no clause or object of its own.
			return true
		case !toks[q].word || !(speechAdjunct(toks[q]) || w == "here"):
			return false // "complained it was not scary enough": a clause after the verb
		}
	}
	return k+1 == len(toks)
}

// ingAdjunct reports whether tok is a participle that may open an adjunct
// after a comma ("saying", "adding", "urging"): a lower-case -ing word.
func ingAdjunct(tok token) bool {
	return tok.word && !tok.upper && len(tok.lower) > 5 && strings.HasSuffix(tok.lower, "ing")
}

// thoughtFollows reports whether a clause follows the verb of thinking at
// k: "that", or a subject and a finite verb within a few words ("knew Mr
// Wilson would", "believed he had"), not an object or an infinitive
// ("hoped to", "feared the worst").
func thoughtFollows(toks []token, k int) bool {
	if k+2 >= len(toks) {
		return false
	}
	n := toks[k+1]
	if n.lower == "that" {
		return true
	}
	if !subjectPronouns[n.lower] && n.lower != "the" && !(n.upper && n.word) {
		return false
	}
	for q := k + 2; q < len(toks) && q <= k+6; q++ {
		w := toks[q].lower
		if !toks[q].word {
			return false
		}
		if modalWords[w] || beForms[w] && w != "be" && w != "been" && w != "being" || w == "had" || w == "has" || w == "have" && q == k+2 {
			return true
		}
	}
	return false
}

// dashClause reports whether the words after the dash before token k open
// a clause: an optional "and", "but" or "when", then a subject pronoun and
// a word, or an actor's name followed by an auxiliary, modal or form of
// "be" ("- the European Commission has urged", "- they will crack down").
// An apposition between dashes ("Poland - a large member - has asked",
// "two banks - A and B - have abandoned") has no verb of its own there.
func dashClause(toks []token, ms []mention, k int) bool {
	switch toks[k].lower {
	case "and", "but", "when":
		k++
	}
	if k+1 >= len(toks) || toks[k+1].dash {
		return false
	}
	if subjectPronouns[toks[k].lower] {
		return toks[k+1].word
	}
	m, ok := actorAt(ms, toks, k)
	return ok && m.j < len(toks) && !toks[m.j].dash && auxAfter(toks, m.j, m.j+1)
}

// actorClauseAfter reports whether a clause opens at token k: an optional
// "that", an actor's name, or its possessive and up to two words ("Y's
// comment", "Y's new plan"), and an auxiliary, modal or form of "be" right
// after it ("said the Taliban were", "said Y's comment was"). A pronoun is
// not enough: "he said when his peerage was announced" ends a quote.
func actorClauseAfter(toks []token, ms []mention, k int) bool {
	if k < len(toks) && toks[k].lower == "that" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	m, ok := actorAt(ms, toks, k)
	if !ok {
		return false
	}
	q := m.j
	if m.poss && q < len(toks) && (toks[q].lower == "'s" || toks[q].lower == "'") {
		for q++; q < len(toks) && q < m.j+3 && toks[q].word && !toks[q].upper && !auxAfter(toks, q, q+1); q++ {
		}
	}
	return auxAfter(toks, q, q+1)
}

// dashIn reports whether a dash stands before any of the tokens i..j-1.
// Dashes are no tokens: the tokenizer flags the token after one.
func dashIn(toks []token, i, j int) bool {
	for k := max(i, 0); k < j && k < len(toks); k++ {
		if toks[k].dash {
			return true
		}
	}
	return false
}

// clauses splits a sentence at reported speech, relative pronouns and
// subordinating conjunctions.
func (b *builder) clauses(toks []token, ms []mention) ([]clause, []int) {
	cls := []clause{{start: 0, parent: -1, antecedent: -1, subjIdx: -1, speaker: -1, insert: -1}}
	clOf := make([]int, len(toks))
	open := func(at, parent int, reported, relative bool, ante int) {
		cls[len(cls)-1].end = at
		cls = append(cls, clause{start: at, parent: parent, reported: reported, relative: relative, antecedent: ante, subjIdx: -1, speaker: -1, insert: -1})
	}
	lastComma := -1
	for k := 0; k < len(toks); k++ {
		cur := len(cls) - 1
		w := toks[k].lower
		switch {
		case w == ";":
			open(k+1, -1, false, false, -1)
		case toks[k].dash && cls[cur].insert >= 0 && cls[cur].relative && toks[k-1].text != "," && cls[cur].dashed && toks[k].word && !toks[k].upper && !sayVerbs[w]:
			// "Dr Smith - who took office in 2004 - will step down": the
			// closing dash ends the relative clause as a comma does, and
			// the interrupted clause resumes.
			p := cls[cls[cur].insert]
			open(k, p.parent, p.reported, true, cls[cur].antecedent)
			cls[len(cls)-1].resumed = true
			cls[len(cls)-1].apposEnd = cls[cur].apposEnd
		case toks[k].dash && k > cls[cur].start && dashClause(toks, ms, k):
			// "X and Y want the budget capped - the Commission has urged
			// an increase", "... direct contact - when he punched a
			// protester": a dash before a subject and its verb starts a
			// clause of its own, as a semicolon does; it stays inside the
			// report it interrupts.
			open(k, cls[cur].parent, cls[cur].reported, false, -1)
		case w == "and" && k > 0 && toks[k-1].text == "," && k+1 < len(toks) && startsMention(ms, toks, k+1) && !namesSoFar(toks, ms, cls[cur].start, k-1):
			// "..., and the United Nations condemned the assault": a new
			// clause with its own subject. Names alone before the comma,
			// with their ages or home towns, are the first members of a
			// list ("A, 35, and B were held", "A, from X, and B met").
			open(k+1, -1, false, false, -1)
		case w == "and" && k > cls[cur].start && toks[k-1].text != "," && finiteBefore(toks, cls[cur].start, k) && actorClauseAfter(toks, ms, k+1):
			// "Poland has rejected the plan and Germany has opposed it":
			// after a clause with its own verb, an actor and an auxiliary
			// open a second clause, whose subject is no target of the
			// first act (rec69).
			open(k+1, cls[cur].parent, cls[cur].reported, false, -1)
		case w == "and" && cls[cur].reported && cls[cur].parent >= 0 && speakerGoesOn(toks, ms, cls[cur], cls[cls[cur].parent], k):
			// "X said Labour would set out its plans and attacked the
			// Tory plans": the verb after "and" is X's, not the report's.
			p := cls[cur].parent
			open(k+1, -1, false, false, -1)
			cls[len(cls)-1].andOf = p + 1
		case (w == "?" || w == "!") && k+2 < len(toks) && isQuoteMark(toks[k+1].text) && sayVerbs[toks[k+2].lower] && !toks[k+2].upper:
			// '"... why target the airlines?" said X': a question or
			// exclamation mark closing the quote stands where a comma
			// would before the speaker who follows.
			lastComma = k
		case w == ",":
			lastComma = k
			if cls[cur].insert >= 0 && cls[cur].relative && k+1 < len(toks) && toks[k+1].word && !toks[k+1].upper && !sayVerbs[toks[k+1].lower] {
				// The interrupted clause resumes: its subject is the
				// antecedent of the relative clause.
				p := cls[cls[cur].insert]
				open(k+1, p.parent, p.reported, true, cls[cur].antecedent)
				cls[len(cls)-1].resumed = true
				cls[len(cls)-1].apposEnd = cls[cur].apposEnd
				continue
			}
			if cls[cur].relative && cls[cur].insert < 0 && cls[cur].antecedent < 0 && cur > 0 && cls[cur].start > 0 && toks[cls[cur].start-1].text == "," &&
				(toks[cls[cur].start].lower == "which" || toks[cls[cur].start].lower == "who") && k+1 < len(toks) && finiteWords[toks[k+1].lower] &&
				!slices.ContainsFunc(toks[cls[cur].start:k], func(t token) bool { return t.text == "," }) {
				// "The allegations, which he has denied, are being
				// investigated by X": a finite auxiliary (finiteWords)
				// after the comma that closes a relative clause on a noun
				// that is no actor is the main clause's, not the relative
				// clause's; the relative clause's act takes nothing from it. A clause with a comma of its own
				// ("which G7 nations, in particular the US, have blamed")
				// goes on.
				p := cls[cur-1]
				open(k+1, p.parent, p.reported, false, -1)
				continue
			}
			if cls[cur].fronted {
				// "Before visiting Israel, Mr Blair met ...": the fronted
				// clause ends at its comma; the main clause follows.
				open(k+1, -1, false, false, -1)
			}
		case thinkVerbs[w] && k > 0 && !toks[k].upper && !inMention(ms, k) && thoughtFollows(toks, k):
			// "he knew Mr Wilson would not form a coalition", "he argued
			// that the EU would recognise ...": what is thought is a
			// clause of its own, with its own subject, as what is said is.
			q := k + 1
			if toks[q].lower == "that" {
				q++
			}
			cls[cur].sayAt = k
			open(q, cur, true, false, -1)
			k = q - 1
		case w == "how" && k > cls[cur].start && !askedHow(toks, k) && actorClauseAfter(toks, ms, k+1):
			// "he pointed to how Mr Blair had complained ...": a "how"
			// clause with a named subject and its auxiliary is a clause of
			// its own, told by the clause it hangs on as a report is; its
			// acts are the named actor's, not the teller's. A "how" that
			// is asked ("questioned how the police will ...") holds no
			// act (inAskedHowClause), and its subject stays the target of
			// the question.
			cls[cur].sayAt = k
			open(k+1, cur, true, false, -1)
		case sayVerbs[w] && raisedSay(toks, ms, k):
			// "Iran was reported to have sent weapons", "he is said to
			// have met X": the subject of the passive verb of saying is
			// the subject of the infinitive; no report opens.
		case (sayVerbs[w] && !b.sayIsAct(toks, k) || trailReportVerbs[w] && trailingReport(toks, k)) && k > 0 && !toks[k].upper && !inMention(ms, k) && !pluralSayNoun(toks, k):
			if w == "according" && (k+1 >= len(toks) || toks[k+1].lower != "to") {
				continue
			}
			// "..., the ministry said (on Friday)." or "..., said X": the speaker
			// comes after the report.
			if lastComma >= cls[cur].start && k-lastComma-bracketed(toks, lastComma, k) <= 9 && lastComma > cls[cur].start && !introOnly(toks, cls[cur].start, lastComma) {
				between := toks[lastComma+1 : k]
				ok := true
				for _, t := range between {
					if t.lower == "that" || t.lower == "which" || t.lower == "who" {
						ok = false
					}
				}
				// What follows the verb must be short (a date, "in a
				// statement"): otherwise it is the report ("Earlier this
				// month, the ministry said the army will ...").
				rest, that := 0, false
				for q := k + 1; q < len(toks) && toks[q].text != "," && toks[q].text != "."; q++ {
					rest++
					if toks[q].lower == "that" {
						rest += 10
						that = true
					}
				}
				if rest > 6 && (k != lastComma+1 || that && apposSubject(toks, ms, cls[cur].start, lastComma)) {
					// "Mr Hain, Leader of the Commons, told the radio that
					// ...": a name and its title set off by commas before
					// a verb of saying with its own "that" clause are the
					// speaker, not a report told after it.
					ok = false
				}
				if actorClauseAfter(toks, ms, k+1) {
					// "After the attacks, the government said the Taliban
					// were responsible", "X, head of a charity, said Y's
					// comment was wrong": a clause of an actor and its
					// auxiliary after the verb is the report; the words
					// before the comma are an adjunct or the speaker's
					// apposition.
					ok = false
				}
				// "France, Germany and Britain said they ...": names alone
				// before the comma are the first of a list of speakers, not
				// a report.
				if onlyNames(toks, ms, cls[cur].start, lastComma) && slices.ContainsFunc(between, func(t token) bool { return t.lower == "and" || t.lower == "or" }) {
					ok = false
				}
				if ok {
					// ", Marta Kowalczyk, Poland's foreign minister, said": the
					// speaker is the apposition before the last comma.
					appos := lastComma
					for _, m := range ms {
						if k == lastComma+1 && m.j == lastComma && m.i > cls[cur].start+1 && toks[m.i-1].text == "," && m.ref != nil {
							appos = m.i - 1
						}
					}
					// An auxiliary or modal after a verb of saying opens a
					// clause ("said Russia had agreed"), not a date or a
					// place ("said on Monday", "said in a statement").
					if appos != lastComma && (rest > 6 || auxAfter(toks, k+1, k+1+rest)) {
						// "The woman, Ann Smith, said her client would ...": a
						// name set off by commas before "said" with a clause
						// after it is the subject's apposition; the speaker
						// is before the verb and what follows is the report.
						ok = false
					}
					lastComma = appos
				}
				if ok {
					cls[len(cls)-1].end = lastComma
					// The clauses before the comma back to the sentence's
					// start (or a semicolon) are what the speaker reports.
					for c := len(cls) - 1; c >= 0 && cls[c].speaker < 0; c-- {
						cls[c].speaker = len(cls)
						if c > 0 && toks[cls[c].start-1].text == ";" {
							break
						}
					}
					cls = append(cls, clause{start: lastComma, parent: -1, antecedent: -1, subjIdx: -1, speaker: -1, insert: -1})
					// The report is the clause before the comma.
					continue
				}
			}
			if !sayVerbs[w] {
				continue // an act told after its report opens none before a clause ("protested that ...")
			}
			// "X said (that) ...": what follows is reported; its parent is
			// the speaker's clause, which keeps an adjunct right after the
			// verb ("announced on Friday that ...", "said in a statement").
			if k+1 < len(toks) && w != "according" {
				k0 := k
				q := skipSpeechAdjunct(toks, k+1)
				if b.saidThing(toks, k, openingDet(toks, k+1, q)) {
					// "announced the deployment of 230 troops to Liberia":
					// what is announced is a noun phrase, not a clause; the
					// announcer stays the subject of what follows.
					continue
				}
				q = toldAddressee(toks, ms, w, q)
				if q < len(toks) && toks[q].lower == "that" {
					q++
				}
				if q >= len(toks) {
					q = k + 1
				}
				k = q - 1
				cls[cur].sayAt = k0
				open(q, cur, true, false, -1)
			}
		case (w == "which" || w == "who" || w == "whose" && k > 0 && toks[k-1].text == ",") && k > 0 && toks[k].text != "WHO":
			// ("the World Health Organization (WHO)" names the body.)
			ante := -1
			for mi, m := range ms {
				if m.j == k || m.j == k-1 && toks[k-1].text == "," {
					ante = mi
				}
			}
			apposed := false
			if ante < 0 && w == "whose" {
				// "Tony Lloyd, the Manchester Central MP, whose
				// constituency ...": the name before the apposition.
				for c2 := k - 2; c2 > cls[cur].start; c2-- {
					if toks[c2].text == "," {
						if appositionNP(toks, c2+1, k-1) {
							for mi, m := range ms {
								if m.j == c2 && actorMention(m) {
									ante = mi
								}
							}
						}
						break
					}
				}
			}
			if ante < 0 && toks[k-1].text != "," && lastComma > cls[cur].start && appositionNP(toks, lastComma+1, k) {
				// "EADS, the European firm which owns Airbus, welcomed
				// ...": the relative clause ends an apposition to the
				// name before its comma, which the main clause resumes.
				for mi, m := range ms {
					if m.j == lastComma && m.ref != nil && !m.loc && !m.agr {
						ante, apposed = mi, true
					}
				}
				// "EADS and BAE Systems, the ... firms which": the
				// apposition is to the whole coordination, from its first name.
				for ante > 0 && ante < len(ms) && ms[ante-1].ref != nil && !ms[ante-1].loc && coordGap(toks[ms[ante-1].j:ms[ante].i]) {
					ante--
				}
			}
			open(k, cur, false, true, ante)
			if apposed {
				cls[len(cls)-1].apposEnd = lastComma
			}
			if (toks[k-1].text == "," || apposed || toks[k].dash) && ante >= 0 {
				// "Rafael Grossi, who heads the agency, visited Tehran": the
				// main clause goes on after the next comma (or dash).
				cls[len(cls)-1].insert = cur
				cls[len(cls)-1].dashed = toks[k].dash
			}
		case k == 0 && openingAside(toks, ms):
			// "According to X, ...", "Stating that ..., a court
			// convicted ...": the names in a fronted phrase are no
			// subject of the main clause after its comma.
			cls[cur].fronted = true
		case (subordinators[w] && w != "but" && w != "where" || w == "as" && k+1 < len(toks) && (toks[k+1].upper || startsMention(ms, toks, k+1))) && (k == 0 || toks[k-1].text == ";") && !timePhrase(toks, k):
			// "As Mr Brown announced the date, a firm urged him ...": a
			// fronted "as" clause with an actor of its own ends at its comma.
			cls[cur].fronted, cls[cur].cond = true, conditionals[w]
		case w == "in" && k > 0 && k+2 < len(toks) && toks[k+1].lower == "case" && toks[k+2].word && toks[k+2].lower != "of":
			// "troops are on standby in case they need to evacuate ...":
			// a clause of what may happen, whose acts have not happened,
			// as an "if" clause ("in case of war" is a phrase).
			open(k, -1, false, false, -1)
			cls[len(cls)-1].cond = true
			cls[len(cls)-1].sub = true
			k++
		case subordinators[w] && k > 0 && !timePhrase(toks, k) || w == "as" && k > 0 && (toks[k-1].text == "," && !asWellAs(toks, k) || asClause(toks, ms, k)):
			open(k, -1, false, false, -1)
			cls[len(cls)-1].cond = conditionals[w]
			cls[len(cls)-1].sub = w != "but"
			if in := cls[cur]; in.relative && in.insert >= 0 && !in.dashed && w != "but" {
				// "Mr X, who took the post after Y quit, has rejected
				// ...": a clause subordinate to a relative clause that
				// interrupts the main one ends where the relative clause
				// does, and the main clause resumes there, not Y's.
				cls[len(cls)-1].relative, cls[len(cls)-1].insert, cls[len(cls)-1].antecedent = true, in.insert, in.antecedent
				cls[len(cls)-1].apposEnd = in.apposEnd
			}
		}
	}
	cls[len(cls)-1].end = len(toks)
	for c := range cls {
		for k := cls[c].start; k < cls[c].end && k < len(toks); k++ {
			clOf[k] = c
		}
	}
	return cls, clOf
}

// asClause reports whether "as" at k opens a clause of its own: an actor
// right after it, then a past-tense verb ("civilians were killed as Syrian
// government forces launched air strikes"), not "such as", "known as" or
// "as well as".
func asClause(toks []token, ms []mention, k int) bool {
	if asNotClause[toks[k-1].lower] || !toks[k-1].word {
		return false
	}
	q := k + 1
	if q < len(toks) && (toks[q].lower == "the" || honorifics[toks[q].lower]) {
		q++
	}
	for _, m := range ms {
		if m.i != q && !(m.i == k+1 && honorifics[toks[k+1].lower]) || m.ref == nil || m.loc || m.agr {
			continue
		}
		// Names, "and" and auxiliaries up to a verb in the past ("as
		// Lufthansa and British Airways trialled it"); any other word
		// makes the actor no subject ("as Investors Diversified Service,
		// of Minneapolis").
		for v := m.j; v < len(toks) && v < m.j+6; v++ {
			t := toks[v]
			switch {
			case v == m.j && t.text == ",":
				// "as Sir Digby Jones, CBI director general, warned":
				// an appositive between commas is passed over (the
				// mention may hold it already, up to its closing comma).
				if !hasComma(toks, m.i, m.j) {
					v = appositiveEnd(toks, v)
				}
			case !t.word:
				return false
			case t.upper || t.lower == "and" || t.lower == "had" || beForms[t.lower] || strings.HasSuffix(t.lower, "ly"):
			case strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 || irregularPast[t.lower]:
				return true
			default:
				return false
			}
		}
		return false
	}
	return false
}

// appositiveEnd is the index of the comma that closes a short appositive
// opened by the comma at k (up to six words, none a verb in the past), or
// len(toks) when there is none, so that the caller's scan stops.
func appositiveEnd(toks []token, k int) int {
	for q := k + 1; q < len(toks) && q <= k+7; q++ {
		switch t := toks[q]; {
		case t.text == ",":
			if q > k+1 {
				return q
			}
			return len(toks)
		case !t.word || strings.HasSuffix(t.lower, "ed") && !t.upper || irregularPast[t.lower]:
			return len(toks)
		}
	}
	return len(toks)
}

// asNotClause are the words before an "as" that makes no clause.
var asNotClause = toSet(`such known same well so just regarded seen described named as much many far long soon`)

// onlyNames reports whether toks[i:j] holds nothing but mentions of actors
// and the commas and determiners between them (at least one mention).
func onlyNames(toks []token, ms []mention, i, j int) bool {
	seen := false
	for k := i; k < j; k++ {
		switch {
		case inMention(ms, k):
			seen = true
		case toks[k].text == "," || toks[k].lower == "the":
		default:
			return false
		}
	}
	return seen
}

// raisedSay reports whether the verb of saying at k is a passive with an
// infinitive after it, perhaps past a short adjunct, and its subject, a
// name or a pronoun, right before it ("X was reported in June to have
// attended", "he is widely said to be").
func raisedSay(toks []token, ms []mention, k int) bool {
	b := k - 1
	if b > 0 && strings.HasSuffix(toks[b].lower, "ly") {
		b-- // "is widely said"
	}
	if b < 1 || !beForms[toks[b].lower] || !(strings.HasSuffix(toks[k].lower, "ed") || toks[k].lower == "said") {
		return false
	}
	if !subjectPronouns[toks[b-1].lower] && !slices.ContainsFunc(ms, func(m mention) bool { return m.j == b && m.ref != nil && !m.loc }) {
		return false
	}
	q := k + 1
	for q < len(toks) && q <= k+3 && (speechAdjunctWords[toks[q].lower] || toks[q].upper && toks[q].word || allDigits(toks[q].lower)) {
		q++ // "in June", "last week"
	}
	return q+1 < len(toks) && toks[q].lower == "to" && toks[q+1].word && !toks[q+1].upper
}

// namesSoFar reports whether tokens i..j-1 are names only, each perhaps
// followed by an age or a home town set off by commas ("Jan Kowal, 35,",
// "Jan Kowal, from Lodz,"): the start of a list of names, no clause.
func namesSoFar(toks []token, ms []mention, i, j int) bool {
	if i >= j || !inMention(ms, i) {
		return false
	}
	for k := i; k < j; k++ {
		switch w := toks[k].lower; {
		case inMention(ms, k), w == ",":
		case k > i && toks[k-1].text == "," && asideAfter(toks, ms, k-1) > k:
			k = asideAfter(toks, ms, k-1) - 1
		default:
			return false
		}
	}
	return true
}

// asideAfter gives, for the comma at k after a name, the position of the
// comma closing an age or a home town set off after it ("Jan Kowal, 35,",
// "Jan Kowal, from Lodz,"), or k when none follows.
func asideAfter(toks []token, ms []mention, k int) int {
	if k+2 >= len(toks) || toks[k].text != "," {
		return k
	}
	if allDigits(toks[k+1].lower) && toks[k+2].text == "," {
		return k + 2
	}
	if toks[k+1].lower == "from" {
		for _, m := range ms {
			if m.i == k+2 && m.loc && m.j < len(toks) && toks[m.j].text == "," {
				return m.j
			}
		}
	}
	return k
}

// speechAdjunctWords may follow a verb of saying before what is said: "said
// on Friday", "announced in a statement", "told a news conference".
var speechAdjunctWords = toSet(`on in at last this earlier late week month year night morning afternoon
evening weekend today yesterday tonight a an the statement interview conference news
press briefing televised address speech letter also again later`)

// saidThing reports whether the verb of saying at k takes a noun phrase as
// its object, starting at q past an adjunct ("announced the deployment of
// troops", "confirmed on Friday the closure of the border"), rather than a
// reported clause ("said the army will withdraw"). The tree decides: the
// verb's object is a noun and it has no clause of its own after it.
func (b *builder) saidThing(toks []token, k, q int) bool {
	if q >= len(toks) || !(nounDets[toks[q].lower] || nounStart(toks[q])) || toks[q].lower == "that" || !thingSaidForms[toks[k].lower] {
		return false
	}
	// A finite verb before the sentence ends makes what follows a clause:
	// "announced the consulate would close". One in a relative clause set
	// off by a comma ("announced new aid to people in X, who have been
	// facing drought") is the relative clause's own.
	for r := q; r < len(toks); r++ {
		w := toks[r].lower
		if w == "." || w == ";" {
			break
		}
		if w == "," && r+1 < len(toks) && (toks[r+1].lower == "who" || toks[r+1].lower == "which") {
			for r++; r+1 < len(toks) && toks[r+1].text != "," && toks[r+1].text != "." && toks[r+1].text != ";"; r++ {
			}
			continue
		}
		if finiteWords[w] {
			return false
		}
	}
	p := b.tree()
	if p == nil || !p.verbal(k) {
		return false
	}
	// The verb has a subject before it: "would not discuss reports the
	// party repaid ..." is a noun the tagger took for a verb.
	obj, subj := false, false
	for _, o := range p.kids[k] {
		if o < k && p.rel(o) == "nsubj" {
			subj = true
		}
		if o <= k {
			continue
		}
		switch p.rel(o) {
		case "advcl":
			if !p.adjunctClause(o) {
				return false
			}
		case "ccomp", "parataxis", "xcomp":
			return false
		case "obj":
			u := p.words[o].UPOS
			obj = obj || u == "NOUN" || u == "PROPN"
		}
	}
	return obj && subj
}

// thingSaidForms are the verbs of saying that take a noun phrase as their
// object as often as a clause ("announced a ceasefire", "confirmed the
// arrest of", "reported a loss", "declared a state of emergency"); "say",
// "tell" and "add" take a clause (whom "told" takes is the one told).
var thingSaidForms = toSet(`announced announces confirmed confirms reported reports declared declares`)

// finiteWords are the auxiliaries and modals that make a clause finite.
var finiteWords = toSet(`is are was were has have had will would shall should can could may might must
did does do 'll`)

// finiteBefore reports whether a finite auxiliary or modal (finiteWords)
// stands in tokens [i, j): the clause so far has a verb of its own, so an
// "and" after it joins clauses, not the members of a subject ("A and B
// have met").
func finiteBefore(toks []token, i, j int) bool {
	return slices.ContainsFunc(toks[i:j], func(t token) bool { return finiteWords[t.lower] })
}

// bracketed counts the tokens of brackets, "(" and ")" included, in
// (i, j): ", the United Nations Economic Commission for Europe (UNECE) said"
// is as short a speaker as it is without its acronym.
func bracketed(toks []token, i, j int) int {
	n, open := 0, -1
	for k := i + 1; k < j; k++ {
		switch toks[k].text {
		case "(":
			open = k
		case ")":
			if open >= 0 {
				n += k - open + 1
				open = -1
			}
		}
	}
	return n
}

// openingDet steps back from q, the end of an adjunct skipped from k, over
// the determiners that open what is said: in "announced the deployment" or
// "said on Monday the army ...", "the" is no part of the adjunct.
func openingDet(toks []token, k, q int) int {
	for q > k && nounDets[toks[q-1].lower] {
		q--
	}
	return q
}

// speechAdjunct reports whether token tok may stand in an adjunct of a verb
// of saying: a word of speechAdjunctWords or one that opens a date
// (startsDate): "said on Monday", "announced in March", "warned late on 12
// May".
func speechAdjunct(tok token) bool {
	return speechAdjunctWords[tok.lower] || startsDate(tok)
}

// skipSpeechAdjunct returns the first token at or after k past an adjunct of
// a verb of saying (up to six tokens), or k when there is none.
func skipSpeechAdjunct(toks []token, k int) int {
	q := k
	for q < len(toks) && q < k+6 && speechAdjunct(toks[q]) {
		q++
	}
	if q == k || !(prepositions[toks[k].lower] || adjunctWords[toks[k].lower] || isWeekday(toks[k].lower)) {
		return k
	}
	return q
}

// introOnly reports whether the tokens [i, j) are only an introductory
// adjunct ("On Monday", "Earlier this month", "Meanwhile"): a comma after
// them does not end a report.
func introOnly(toks []token, i, j int) bool {
	if j-i > 5 {
		return false
	}
	for k := i; k < j; k++ {
		w := toks[k].lower
		if !(adjunctWords[w] || isWeekday(w) || months[w] != 0 || isDigit(w[0]) || w == "meanwhile" || w == "however" || w == "separately" || w == "but" || w == "and" || strings.HasSuffix(w, "ly")) {
			return false
		}
	}
	return true
}

// partitives before "of" name a part or a number of what follows: "a group
// of diplomats", "members of the association", "thousands of Nigerians".
var partitives = toSet(`group groups members member hundreds thousands dozens scores millions some many
most several delegation team band number majority crowd crowds contingent unit units`)

// inPP reports whether the mention at [i, ...) sits in a prepositional
// phrase: a preposition before it, past determiners and adjectives.
func inPP(toks []token, i, start int) bool {
	for k, n := i-1, 0; k >= start && n < 4; k, n = k-1, n+1 {
		w := toks[k].lower
		if w == "of" && k > start && partitives[toks[k-1].lower] {
			return false // "a group of Moroccan diplomats" are the diplomats
		}
		if w == "including" && k > start && toks[k-1].text == "," {
			// "Ministers from twelve states, including Chile and Peru,
			// signed": the states listed are who acted.
			return false
		}
		if prepositions[w] {
			return true
		}
		if k == i-1 && honorifics[strings.TrimSuffix(w, ".")] {
			// "according to Mr Sands", "with Lord Smith": the honorific
			// opens the name, which the preposition governs all the same.
			continue
		}
		if k == i-1 && toks[k].word && toks[k].upper && k > start && toks[k-1].lower == "the" {
			// "at the London School of Economics", the place's name
			// left out of the mention: the name goes on to "the".
			continue
		}
		if !toks[k].word || toks[k].upper && !determiners[w] {
			return false
		}
		if determiners[w] || w == "'s" || strings.HasSuffix(w, "ern") || isDigit(w[0]) {
			continue
		}
		if n >= 2 {
			return false
		}
	}
	return false
}

// speakerGoesOn reports whether "and" at k, inside the report cl of the
// speaker's clause sp, joins a second verb to the verb of saying rather than
// to the report: a verb in the past tense, as "said" is, with no subject of
// its own, after a report whose verb it cannot share: one under a modal
// ("said Labour would set out its plans and attacked ...") or one whose
// subject is no actor ("said the ruling was right and praised ...", "said
// it was not possible ... and urged ..."). A report in the passive ("were
// captured and killed") keeps its verbs.
func speakerGoesOn(toks []token, ms []mention, cl, sp clause, k int) bool {
	if k <= cl.start+1 || k+1 >= len(toks) || sp.sayAt <= 0 || !pastWord(toks[sp.sayAt]) {
		return false
	}
	v := toks[k+1]
	if !v.word || v.upper || !pastWord(v) || inMention(ms, k+1) || k+2 < len(toks) && toks[k+2].lower == "by" {
		return false
	}
	modal := v.lower == "added" // "said X had no intention of resigning and added that ..."
	for q := cl.start; q < k; q++ {
		w := toks[q].lower
		if reportModals[w] || doForms[w] && q+1 < k && negWords[toks[q+1].lower] {
			// "said workers did not want to strike and called for
			// talks": a negated "do" leaves the report's verb bare too.
			modal = true
		}
		if beForms[w] && q+1 < k && pastParticiple(toks[q+1]) && toks[q+1].lower != "said" {
			return false
		}
	}
	if modal {
		return true
	}
	i := cl.start
	first := toks[i].lower
	if first == "there" || first == "it" && i+1 < k && beForms[toks[i+1].lower] && !pastParticiple(toks[i+2]) {
		// "said there was ...", "said it was not possible to": no one's
		// act. "said it became aware of" is the actor's.
		return true
	}
	if honorifics[strings.TrimSuffix(first, ".")] && i+1 < k {
		i++ // "said Mr Hulme-Cross and himself had ..."
	}
	m, ok := actorAt(ms, toks, i)
	return (!ok || m.poss) && !pronouns[first]
}

// reportModals put a report's verb in the bare form, which a past-tense
// verb after "and" cannot share.
var reportModals = toSet(`will would shall should can could may might must`)

// doForms carry a negation ("did not want") and leave the verb bare.
var doForms = toSet(`do does did`)

// pastWord reports whether t looks like a verb in the past tense: "-ed" or
// an irregular past ("said", "told").
func pastWord(t token) bool {
	w := t.lower
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPast[w] || irregularParticiples[w]
}

// apposSubject reports whether toks[i:j] is an actor's name, a comma and a
// short phrase with no verb-like word (a title: "Leader of the Commons",
// "the party's chairman"), whether the mention takes the title in or not:
// the subject of a clause interrupted by its apposition.
func apposSubject(toks []token, ms []mention, i, j int) bool {
	for _, m := range ms {
		if m.ref == nil || m.loc || m.agr || m.i < i || m.i > i+1 || m.j > j {
			continue
		}
		c := m.i + 1
		for c < m.j && toks[c].text != "," {
			c++
		}
		if c == m.j && (m.j >= j || toks[m.j].text != ",") {
			continue // no comma inside the mention nor right after it
		}
		if c+1 >= j || j-c-1 > 8 {
			return false
		}
		for _, t := range toks[c+1 : j] {
			if !t.word || beForms[t.lower] || finiteWords[t.lower] || t.lower == "who" || t.lower == "which" || t.lower == "that" {
				return false
			}
		}
		return true
	}
	return false
}

// hasComma reports whether a comma is among toks[i:j].
func hasComma(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}
