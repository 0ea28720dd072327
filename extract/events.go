package extract

import (
	"os"
	"slices"
	"sort"
	"strings"
)

// debugTrig turns on the TRIG, CLAUSE, CODE and TREE lines on stderr
// (GEOKG_DEBUG=1).
var debugTrig = os.Getenv("GEOKG_DEBUG") != ""

// sayVerbs introduce reported speech: the speaker is not the actor of what
// is reported.
var sayVerbs = toSet(`said says say saying told tells announced announces stated states added adds
confirmed confirms reported reports quoted according declared declares insisted`)

// subordinators open a new clause with its own subject.
var subordinators = toSet(`after because while although though whereas unless but when before where if`)

// conditionals open a clause whose acts have not happened.
var conditionals = toSet(`if unless`)

var prepositions = toSet(`in on at of for to by with from during after before since until over under
between into through among amid against toward towards across near within without about via despite
following under than like including`)

var determiners = toSet(`the a an its their his her this that these those our some any each every both
all another other such no`)

// nounDets before a verb form make it a noun ("the attack", "its probe").
var nounDets = toSet(`the a an its their his her this that these those our`)

var beForms = toSet(`was were is are been being be`)

var pronouns = toSet(`it they he she we`)

// subjectPronouns never follow a determiner as a noun does: "that it
// supports" is a clause, not "that support".
var subjectPronouns = toSet(`i you it they he she we`)

// clause is a stretch of a sentence with its own subject.
type clause struct {
	start, end int // tokens
	parent     int // the clause a reported or relative clause depends on, -1 if none
	reported   bool
	relative   bool
	cond       bool // "unless Baghdad accepted": not an act that happened
	fronted    bool // opens with a subordinator: the main clause follows its comma
	sub        bool // opened by a subordinator mid-sentence ("..., after X attacked Y")
	resumed    bool // the main clause resuming after a relative clause set off by commas
	apposEnd   int  // that relative clause ended an apposition to the names before this comma (0: none)
	insert     int  // for a relative clause set off by commas, the clause it interrupts; -1 otherwise
	sayAt      int  // the verb of saying that opens a reported clause after this one, 0 if none
	antecedent int  // mention index for a relative clause, -1 if none
	subject    []*entRef
	subjIdx    int // mention index of the subject, -1 if pronoun or none
	subjPos    int // token index where the subject starts
	dates      []dateExpr
	speaker    int  // the clause that reports this one ("..., the ministry said on Friday"), -1 if none
	pair       bool // the subject is the pair of the last two-sided act ("the two men discussed")
}

// trigger is a matched verb or noun pattern.
type trigger struct {
	p          *pattern
	i, j       int // tokens matched [i, j)
	gapI, gapJ int // first gap's tokens, for the target
	cl         int
	inner      *trigger // the act a governing verb governs ("asked X to <return>")
	org        int      // for an Org pattern, the mention of the organization acted on; -1 otherwise
	gov        string   // root of the pattern of a verb that governs this one as its infinitive and is no trigger (silentGovernor); "" when none
}

// governRoots are the roots of verbs that may govern an infinitive: appeals,
// intents, demands, rejections, threats.
var governRoots = toSet(`02 03 10 12 13`)

// sentence extracts mentions, events and relations of one sentence.
func (b *builder) sentence(s sentence) {
	toks := s.toks
	if len(toks) > 400 {
		toks = toks[:400] // a run-on "sentence" (a table, a list): keep it bounded
	}
	chunks := b.chunks(toks)
	ms := b.mentions(toks, chunks, true)
	ms = b.placeSectors(toks, chunks, ms)
	b.contextCountries(toks, ms)
	b.placeOrgs(toks, ms)
	cityModifiers(toks, ms)
	firmOrigins(toks, ms)
	originWords(toks, ms)
	ms = b.agreementMentions(toks, ms)
	b.noteAgreements(toks, ms)
	ms = b.definiteBodies(toks, ms)
	b.noteAcronyms(toks, ms)
	ms, acronyms := b.bracketAppositions(toks, ms)
	for _, m := range ms {
		// A name's mention, its alias, ends before the brackets
		// bracketAppositions joined to it.
		j := m.j
		if toks[j-1].text == ")" {
			for q := m.i + 1; q < j-1; q++ {
				if toks[q].text == "(" {
					j = q
					break
				}
			}
		}
		b.addMention(m.ref, toks[m.i].start, toks[j-1].end)
	}
	for _, m := range acronyms {
		b.addMention(m.ref, toks[m.i].start, toks[m.j-1].end)
	}
	ms = relationalPossessors(toks, ms, func(w string) bool { return len(b.d.verbs[w]) > 0 })
	mAt := make([]int, len(toks)) // mention index+1 covering each token
	for k, m := range ms {
		for t := m.i; t < m.j && t < len(toks); t++ {
			mAt[t] = k + 1
		}
	}
	b.lead = datelineEnd(toks, b.text, func(k int) bool {
		m := mAt[k] - 1
		return m < 0 || ms[m].ref == nil || ms[m].ref.Kind != KindCountry && !ms[m].loc
	})
	// The tree is parsed when a clause split or a trigger first needs it
	// (see tree).
	b.pz, b.pzToks, b.pzMAt, b.pzDone = nil, toks, mAt, false
	b.pzTagged, b.pzOwed = nil, false
	cls, clOf := b.clauses(toks, ms)
	bounds := func(c int) (int, int) { return cls[c].start, cls[c].end }
	ds := datesByTense(toks, b.pub, b.dp, clOf, bounds)
	ds = append(ds, b.relativeDays(toks, ds)...)
	for _, d := range ds {
		c := clOf[d.i]
		cls[c].dates = append(cls[c].dates, d)
	}
	lastAt := -1
	for _, d := range ds {
		if d.prec == PrecisionDay && d.i > lastAt {
			lastAt, b.lastDay = d.i, d.date
		}
	}
	trigs := b.triggers(toks, ms, mAt, clOf)
	b.trigs = trigs
	b.sentTarget = nil
	if debugTrig {
		for _, t := range trigs {
			println("TRIG", t.p.Code, spanText(toks, t.i, t.j), t.cl, t.p.Source)
		}
		for c, cl := range cls {
			println("CLAUSE", c, spanText(toks, cl.start, cl.end), cl.cond, cl.fronted)
		}
	}
	for k := range cls {
		b.findSubject(toks, ms, cls, k, trigs)
	}
	for k := range cls {
		b.participleSubject(toks, ms, cls, k)
		ruledOutSubject(toks, cls, k)
	}
	for k := range cls {
		b.firstPerson(toks, cls, k, trigs)
	}
	b.headsRoles(toks, ms, cls)
	b.sentenceRelations(toks, ms, cls, clOf)
	b.roleChanges(toks, ms, cls, clOf)
	absorbed := map[int]bool{}
	// "X said Y must agree to ...": the demand is the event; what Y must do
	// is not done.
	for c := range cls {
		if len(cls[c].subject) == 0 {
			continue
		}
		// Absorbed only when someone demands it: "X said Y must ..." or
		// "Y must ..., X said" with X an actor.
		if sp := cls[c].speaker; !cls[c].reported && (sp < 0 || sp >= len(cls) || len(cls[sp].subject) == 0) {
			// "X concluded that Y must ...": what Y must do is not done.
			if k, obliged := demandReport(toks, ms, &cls[c]); k >= 0 && len(obliged) > 0 {
				for ti, t := range trigs {
					if (t.cl == c || t.cl == clOf[k]) && t.i > k {
						absorbed[ti] = true
					}
				}
			}
			continue
		}
		for k := cls[c].subjPos; k < cls[c].end && k < cls[c].subjPos+12; k++ {
			if _, ok := obligations[toks[k].lower]; ok {
				for ti, t := range trigs {
					if t.cl == c && t.i > k {
						absorbed[ti] = true
					}
				}
				break
			}
		}
	}
	for ti, t := range trigs {
		if absorbed[ti] {
			continue
		}
		// A pattern ending in "to" governs the act that follows.
		var inner *trigger
		if tj := bareComplement(toks, ms, trigs, ti); tj >= 0 && governRoots[t.p.Code[:2]] {
			absorbed[tj] = true
			inner = &trigs[tj]
		} else if governs(t.p) {
			for tj := ti + 1; tj < len(trigs); tj++ {
				if trigs[tj].i <= t.j+2 {
					absorbed[tj] = true
					if inner == nil {
						inner = &trigs[tj]
					}
				}
			}
		} else if (governRoots[t.p.Code[:2]] || t.p.Code[:2] == "11") && thatAfter(toks, ms, t) {
			// "demanded that Britain apologise", "urged that the troops
			// withdraw": what is demanded is not done.
			for tj := ti + 1; tj < len(trigs); tj++ {
				if u := trigs[tj]; u.i > t.j && u.i <= t.j+12 {
					absorbed[tj] = true
					if inner == nil {
						inner = &trigs[tj]
					}
				}
			}
		} else if governRoots[t.p.Code[:2]] {
			// "agreed in principle on Saturday to provide aid": an
			// infinitive soon after a verb of agreeing, asking, refusing or
			// threatening is what it governs.
			for tj := ti + 1; tj < len(trigs); tj++ {
				u := trigs[tj]
				if u.cl == t.cl && u.i > t.j && u.i <= t.j+8 && toks[u.i-1].lower == "to" {
					absorbed[tj] = true
					inner = &trigs[tj]
					break
				}
			}
		}
		// "agreed to lay down their weapons and join forces with the U.S.",
		// "refused to allow the planes to land and evacuate the observers":
		// a bare verb joined to the governed act is governed too, whether
		// that act is a trigger or a plain verb ("allow").
		if in := inner; in != nil || governs(t.p) && t.j < len(toks) {
			if in == nil {
				in = &trigger{i: t.j, j: t.j + 1, cl: t.cl}
			}
			for _, tj := range joinedInfinitives(toks, trigs, *in) {
				absorbed[tj] = true
			}
		}
		for _, tj := range protestAbsorbed(toks, trigs, ti) {
			absorbed[tj] = true
		}
		t.inner = inner
		if cls[t.cl].cond || inQuestion(toks, t) {
			continue
		}
		b.code(toks, s, ms, cls, clOf, t)
	}
	b.reportedDemands(toks, s, ms, cls)
	b.quoteSpeaker = quoteSpeakerAfter(toks, cls, b.quoteSpeaker)
	b.noteLead(s, cls)
	b.noteSubjects(cls)
	for mi := 0; mi+1 < len(ms); mi++ {
		// "shareholders John Magnier and JP McManus": two persons a later
		// "the duo" may stand for, whatever their role here.
		if m, n := ms[mi], ms[mi+1]; m.ref != nil && n.ref != nil && m.ref != n.ref && m.ref.Kind == KindPerson && n.ref.Kind == KindPerson &&
			n.i == m.j+1 && toks[m.j].lower == "and" {
			b.lastPersonPair = []*entRef{m.ref, n.ref}
		}
	}
	// Remember the subject for pronouns in the next sentence.
	for k := range cls {
		if len(cls[k].subject) > 0 {
			if pa := cls[k].parent; !cls[k].reported || pa < 0 || pa >= k || !pronounFits("it", cls[pa].subject) {
				// "Caspian has claimed that RFID chips could ... It
				// warned": "it" after a report is its speaker, not the
				// subject of what it said.
				b.lastSubject = cls[k].subject
			}
			b.notePersonPair(cls[k].subject)
			if cls[k].subject[0].Kind == KindPerson {
				b.lastPersonSubj = cls[k].subject[0]
				if n := len(b.personSubjs); n == 0 || b.personSubjs[n-1] != b.lastPersonSubj {
					b.personSubjs = append(b.personSubjs, b.lastPersonSubj)
				}
			}
		}
	}
}

// noteLead notes the person the lead paragraph is about: the first person
// who is the sole subject of a clause in it ("..., Jack Straw said.",
// "Gordon Brown is to freeze petrol duty"). The lead is the line of the
// first sentence that ends with a full stop: a headline has none.
func (b *builder) noteLead(s sentence, cls []clause) {
	toks := s.toks
	if len(toks) == 0 {
		return
	}
	line := sort.SearchInts(b.lines, toks[0].start+1)
	if b.leadLine == 0 {
		if last := toks[len(toks)-1].text; last != "." && !(len(toks) > 1 && toks[len(toks)-2].text == "." && (last == "\"" || last == "”")) {
			return
		}
		b.leadLine = line
	}
	if line != b.leadLine || b.leadPerson != nil {
		return
	}
	for _, cl := range cls {
		if len(cl.subject) == 1 && cl.subject[0].Kind == KindPerson {
			b.leadPerson = cl.subject[0]
			return
		}
	}
}

// thinkVerbs introduce what someone knows, believes or argues: like what is
// said, a clause of its own whose subject need not be the thinker's.
var thinkVerbs = toSet(`argued argues believed believes knew knows thought thinks feared fears hoped hopes suspected
claimed suggested noted admitted acknowledged conceded`)

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
		case sayVerbs[w] && raisedSay(toks, ms, k):
			// "Iran was reported to have sent weapons", "he is said to
			// have met X": the subject of the passive verb of saying is
			// the subject of the infinitive; no report opens.
		case sayVerbs[w] && k > 0 && !toks[k].upper && !inMention(ms, k) && !b.sayIsAct(toks, k) && !pluralSayNoun(toks, k):
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
				rest := 0
				for q := k + 1; q < len(toks) && toks[q].text != "," && toks[q].text != "."; q++ {
					rest++
					if toks[q].lower == "that" {
						rest += 10
					}
				}
				if rest > 6 && k != lastComma+1 {
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
		case (w == "which" || w == "who") && k > 0 && toks[k].text != "WHO":
			// ("the World Health Organization (WHO)" names the body.)
			ante := -1
			for mi, m := range ms {
				if m.j == k || m.j == k-1 && toks[k-1].text == "," {
					ante = mi
				}
			}
			apposed := false
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
			if (toks[k-1].text == "," || apposed) && ante >= 0 {
				// "Rafael Grossi, who heads the agency, visited Tehran": the
				// main clause goes on after the next comma.
				cls[len(cls)-1].insert = cur
			}
		case (subordinators[w] && w != "but" && w != "where" || w == "as" && k+1 < len(toks) && (toks[k+1].upper || startsMention(ms, toks, k+1))) && (k == 0 || toks[k-1].text == ";") && !timePhrase(toks, k):
			// "As Mr Brown announced the date, a firm urged him ...": a
			// fronted "as" clause with an actor of its own ends at its comma.
			cls[cur].fronted, cls[cur].cond = true, conditionals[w]
		case subordinators[w] && k > 0 && !timePhrase(toks, k) || w == "as" && k > 0 && (toks[k-1].text == "," || asClause(toks, ms, k)):
			open(k, -1, false, false, -1)
			cls[len(cls)-1].cond = conditionals[w]
			cls[len(cls)-1].sub = w != "but"
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
	if q < len(toks) && toks[q].lower == "the" {
		q++
	}
	for _, m := range ms {
		if m.i != q || m.ref == nil || m.loc || m.agr {
			continue
		}
		// Names, "and" and auxiliaries up to a verb in the past ("as
		// Lufthansa and British Airways trialled it"); any other word
		// makes the actor no subject ("as Investors Diversified Service,
		// of Minneapolis").
		for v := m.j; v < len(toks) && v < m.j+6; v++ {
			t := toks[v]
			switch {
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

// skipSpeechAdjunct returns the first token at or after k past an adjunct of
// a verb of saying (up to six tokens), or k when there is none.
func skipSpeechAdjunct(toks []token, k int) int {
	q := k
	for q < len(toks) && q < k+6 {
		w := toks[q].lower
		if speechAdjunctWords[w] || weekdays[w] != 0 || w == "sunday" || months[w] != 0 && toks[q].upper || isDigit(w[0]) {
			q++
			continue
		}
		break
	}
	if q == k || !(prepositions[toks[k].lower] || adjunctWords[toks[k].lower] || weekdays[toks[k].lower] != 0 || toks[k].lower == "sunday") {
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
		if !(adjunctWords[w] || weekdays[w] != 0 || w == "sunday" || months[w] != 0 || isDigit(w[0]) || w == "meanwhile" || w == "however" || w == "separately" || w == "but" || w == "and" || strings.HasSuffix(w, "ly")) {
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

// findSubject fills the subject of clause c: the first actor not in a
// prepositional phrase and not the object of a verb, a pronoun resolved to an
// earlier subject, or the antecedent of a relative clause.
func (b *builder) findSubject(toks []token, ms []mention, cls []clause, c int, trigs []trigger) {
	cl := &cls[c]
	firstTrig := cl.end
	for _, t := range trigs {
		if t.cl == c && !t.p.Noun {
			firstTrig = t.i
			break
		}
	}
	objOf := func(i int) bool {
		for _, t := range trigs {
			if !t.p.Noun && t.cl == c && t.i < i && i <= t.j+1 {
				return true
			}
		}
		return false
	}
	if cl.resumed && cl.antecedent >= 0 && c > 0 && (toks[cl.start].lower == "and" || toks[cl.start].lower == "but") {
		// "It picked out the case of X, who hanged himself ..., and urged
		// the home secretary to ...": a verb joined by "and" after a
		// relative clause on the main clause's object goes with the main
		// clause's own subject, not with the relative's antecedent.
		if ins := cls[c-1].insert; ins >= 0 && ins < c-1 && cls[ins].subjPos < ms[cl.antecedent].i && cls[ins].subjIdx != cl.antecedent && objectAntecedent(toks, cls[ins], ms[cl.antecedent].i) {
			cl.subject, cl.subjIdx, cl.subjPos = cls[ins].subject, cls[ins].subjIdx, cl.start
			return
		}
	}
	if cl.resumed && cl.antecedent >= 0 && ms[cl.antecedent].ref != nil {
		// "A spokesman for X, which tracks ..., described Y's sentence as
		// harsh and called on ...": the main clause resumes with its verb;
		// a name after that verb ("Y's") is no subject.
		cl.subject, cl.subjIdx, cl.subjPos = []*entRef{ms[cl.antecedent].ref}, cl.antecedent, cl.start
		if cl.apposEnd > 0 {
			cl.subject = b.group(toks, ms, cl.antecedent, cl.apposEnd)
		}
		return
	}
	if cl.relative && cl.antecedent >= 0 && ms[cl.antecedent].ref != nil && subjectRelative(toks, ms, cl.start, cl.end) {
		// "Mr Blair, who was instrumental in returning Mr Livingstone to
		// the party, insisted ...": the relative pronoun is the subject and
		// stands for the antecedent; an actor after it is an object.
		cl.subject, cl.subjIdx, cl.subjPos = []*entRef{ms[cl.antecedent].ref}, cl.antecedent, cl.start
		return
	}
	if mi := speakerBefore(toks, ms, cl); mi >= 0 {
		// "Speaking from a cafe in east London, Mr Galloway said ...": the
		// one who says is the actor named right before the verb of saying.
		cl.subject, cl.subjIdx, cl.subjPos = b.group(toks, ms, mi, cl.end), mi, ms[mi].i
		return
	}
	for k := cl.start + 1; k < cl.end && k < firstTrig; k++ {
		// "In talks between A and B, the two countries signed": the pair
		// the clause names before its subject (see pairInSentence), not
		// the one of the two a prepositional phrase leaves.
		if w := toks[k].lower; pairNouns[w] != 0 && (toks[k-1].lower == "both" || toks[k-1].lower == "two") && !inPP(toks, k, cl.start) {
			if r := pairInSentence(ms, toks, k, pairNouns[w]); r != nil {
				if debugTrig {
					println("PAIR-HERE", w, r[0].ID, r[1].ID)
				}
				cl.subject, cl.subjPos = r, k
				return
			}
		}
	}
	var pending []int // "they" or "it" whose noun rule is not asked yet (see nounForPronounLater)
	// asked reports whether a pending pronoun stands for a noun: the
	// clause then has no subject, as if the rule had been asked at once.
	asked := func() bool {
		for _, q := range pending {
			if b.nounForPronoun(toks, q) {
				return true
			}
		}
		pending = pending[:0]
		return false
	}
	for k := cl.start; k < cl.end && k < firstTrig; k++ {
		w := toks[k].lower
		if len(pending) > 0 && (w == "their" || w == "its" || pronouns[w] && !b.noSubjectFor(toks, ms, cls, c, k) || pairNouns[w] != 0 || mentionStartsAt(ms, k)) {
			// A word the rules below may take a subject from: the pronouns
			// before decide first, as they would have without waiting.
			if asked() {
				return
			}
		}
		// "their forces had completed their withdrawal": a possessive
		// pronoun before a sector word stands for its owner.
		if (w == "their" || w == "its") && k+1 < cl.end && len(b.d.phrases[toks[k+1].lower]) > 0 && !inPP(toks, k, cl.start) {
			if p := b.d.lookup(toks, k+1); p != nil && p.kind == phSector {
				if r := b.resolvePronoun("they", cls, c); len(r) > 0 {
					cl.subject, cl.subjPos = r, k
					return
				}
			}
		}
		if pronouns[w] && k > cl.start && toks[k-1].text == "," && k+2 < cl.end && sayVerbs[toks[k+1].lower] && toks[k+2].text == "," {
			// "..., he said, and they had ...": a speaker set off by
			// commas inside the clause is no subject of what follows.
			continue
		}
		if pronouns[w] && !inPP(toks, k, cl.start) {
			if (w == "they" || w == "it" || w == "we") && b.peopleSpeaker(toks, cls, c, k) {
				// "Teachers said they will not end the strike": the
				// teachers, whom the tree gives (see speakerOf), not an
				// actor of an earlier sentence.
				return
			}
			if (w == "he" || w == "she") && k == cl.start {
				if r := officeSpeaker(ms, cls, c); r != nil {
					// "The home secretary said he would not ...", the
					// office's holder named nowhere before: its government.
					cl.subject, cl.subjPos = r, k
					return
				}
				if b.unnamedSpeaker(toks, ms, cls, c) {
					return // "The comic and actor said he had ...": no earlier person
				}
			}
			if (w == "they" || w == "it") && b.nounForPronounLater(toks, ms, cls, c, k) {
				pending = append(pending, k)
			} else if w == "they" && b.pluralNounBefore(toks, k) {
				return // "hiring women because they demanded ...": the women, no actor
			} else if w == "it" && b.thingSubjectBefore(toks, k) {
				return // "The bill was backed by ..., saying they needed protections it offered": the bill, no actor
			}
			if r := b.resolvePronoun(w, cls, c); len(r) > 0 {
				cl.subject, cl.subjPos = r, k
				return
			}
			if r := spokesmanFor(toks, ms, w, cls, c, k); r != nil {
				cl.subject, cl.subjPos = r, k
				return
			}
		}
		if pairNouns[w] != 0 && k > 0 && (toks[k-1].lower == "both" || toks[k-1].lower == "two" || dualNouns[w] && (toks[k-1].lower == "the" || k > 1 && toks[k-2].lower == "the" && toks[k-1].upper)) {
			if r := b.pairBefore(toks, ms, k, w); r != nil {
				if debugTrig {
					println("PAIR", w, r[0].ID, r[1].ID, "::", spanText(toks, 0, len(toks)))
				}
				cl.subject, cl.subjPos = r, k
				cl.pair = len(b.lastPair) == 2 && r[0] == b.lastPair[0] && r[1] == b.lastPair[1]
				return
			}
		}
		for mi, m := range ms {
			if m.i != k || m.loc || m.agr || m.ref == nil || m.i < b.lead {
				continue
			}
			// "after India moved troops": the subordinator that opens the
			// clause is no preposition of its subject.
			from := cl.start
			if subordinators[toks[cl.start].lower] && cl.start+1 < cl.end {
				from = cl.start + 1
			}
			if inPP(toks, m.i, from) && !b.membersOf(toks, ms, cl, m) || objOf(m.i) {
				continue
			}
			if m.j < len(toks) && toks[m.j].hyph && toks[m.j].lower == "member" {
				continue // "NATO-member Norway": the subject is Norway
			}
			if listTailInPP(toks, ms, mi, from) && b.conjInPP(m.i, m.j) {
				// "to help people in Somalia, Ethiopia and Kenya": the
				// names after the first go on the list in its phrase, when
				// the tree says so ("In Colombia, the ELN declared ...":
				// the subject after a fronted phrase).
				continue
			}
			if k := m.i - 1; k >= 0 && (tellWords[toks[k].lower] || k > 0 && toks[k].lower == "the" && tellWords[toks[k-1].lower]) {
				continue // "Bat told the BBC that it had not ...": whom one tells is no subject
			}
			if m.poss && !m.person && m.title == nil {
				// "Russia's foreign minister" was merged; a bare
				// possessive ("Kiev's obstruction") is not the subject.
				continue
			}
			if m.poss && m.person && firstTrig < cl.end && m.j+1 < cl.end && !speaksForAfter(toks, m.j+1, cl.end) {
				// "Mr Sigarchi's lawyer called for a retrial", "Michael
				// Jackson's lawyers have asked to": the one who acts is the
				// possessed, not the person; only what speaks for the person
				// ("Blair's spokesman said", "Mr Bell's speech called for")
				// stands for him. A clause with no act keeps the person as
				// its subject for a "he" that follows ("Mr Straw's trip is
				// ... He will meet").
				continue
			}
			cl.subject, cl.subjIdx, cl.subjPos = b.group(toks, ms, mi, cl.end), mi, m.i
			return
		}
	}
	if cl.relative && cl.antecedent >= 0 {
		if asked() {
			return
		}
		cl.subject, cl.subjIdx, cl.subjPos = []*entRef{ms[cl.antecedent].ref}, cl.antecedent, cl.start
	}
}

// mentionStartsAt reports whether a mention starts at token k.
func mentionStartsAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.i == k {
			return true
		}
	}
	return false
}

// nounForPronoun asks the rule for the pronoun at k whether it stands for
// a noun no actor covers: pluralNounBefore for "they", thingSubjectBefore
// for "it".
func (b *builder) nounForPronoun(toks []token, k int) bool {
	if toks[k].lower == "they" {
		return b.pluralNounBefore(toks, k)
	}
	return b.thingSubjectBefore(toks, k)
}

// noSubjectFor reports whether findSubject can give its clause no subject
// at the "they" or "it" at k: no earlier subject fits it (resolvePronoun),
// no speaker ("they", spokesmanFor), no mention starts there. Another
// pronoun pending before it may then wait on (see nounForPronounLater).
func (b *builder) noSubjectFor(toks []token, ms []mention, cls []clause, c, k int) bool {
	w := toks[k].lower
	return (w == "they" || w == "it") && !mentionStartsAt(ms, k) && len(b.resolvePronoun(w, cls, c)) == 0 && spokesmanFor(toks, ms, w, cls, c, k) == nil
}

// nounForPronounLater reports whether findSubject may leave "they" or "it"
// at k pending instead of asking nounForPronoun now, which would parse the
// sentence: nothing else gives the pronoun a subject (resolvePronoun,
// spokesmanFor) and no mention starts at k. Then a true answer (return
// with no subject) and a false one (go on to the next word) differ only if
// a later word of the clause could give a subject; findSubject asks before
// such a word, or before the antecedent of a relative clause, and most
// clauses have none. About one BBC parse in ten was made for these rules
// alone. As when the tags answer, the clause label is still the tree's
// (pzOwed, see askedTree).
func (b *builder) nounForPronounLater(toks []token, ms []mention, cls []clause, c, k int) bool {
	w := toks[k].lower
	if b.pzDone || b.parseSentence == nil || !b.noSubjectFor(toks, ms, cls, c, k) {
		return false
	}
	if w == "they" && b.pluralNounAt(toks, k, b.dictXPOS) < 0 || w == "it" && b.thingNounAt(toks, k, b.dictXPOS) < 0 {
		return false // the rule answers from the tags
	}
	b.pzOwed = true
	return true
}

// speaksFor are the nouns after a person's possessive that act or speak for
// the person: "the president's office said", "Blair's spokesman denied",
// "Mr Tanzi's statement said", "Ms Clarkson's legal action accuses".
var speaksFor = toSet(`spokesman spokeswoman spokesperson spokespeople office government administration aide aides adviser advisers camp team campaign statement statements speech letter lawsuit action claim claims report`)

// speaksForAfter reports a word of speaksFor among the three words from k
// (before end): "X's legal action", "X's 2020 reelection campaign".
func speaksForAfter(toks []token, k, end int) bool {
	for q := k; q < k+3 && q < end && q < len(toks); q++ {
		if speaksFor[toks[q].lower] {
			return true
		}
	}
	return false
}

// peopleSpeaker reports a word for people of no country no mention covers before a pronoun
// at k in its clause, or in the clause that reports it when that clause has
// no actor for a subject ("Police said they ...", "Teachers have asserted
// that they ..."): the pronoun is likely to stand for those people.
func (b *builder) peopleSpeaker(toks []token, cls []clause, c, k int) bool {
	from := cls[c].start
	if pa := cls[c].parent; cls[c].reported && pa >= 0 && pa < len(cls) && len(cls[pa].subject) == 0 {
		from = cls[pa].start
	}
	if b.pzMAt == nil {
		return false
	}
	for q := from; q < k && q < len(toks); q++ {
		if b.pzMAt[q] != 0 || !toks[q].word || toks[q].upper && q > 0 || vagueWords[toks[q].lower] {
			continue
		}
		// Only people of no country ("teachers", "police", "rebels"): "the
		// firm said it", "a spokesman said it" stand for a body named
		// before, which the earlier subject gives.
		if ph := b.d.lookup(toks, q); ph != nil && ph.kind == phSector && countrylessSectors[ph.sector.Sector] {
			return true
		}
	}
	return false
}

// group returns the mention at mi and those coordinated with it
// ("Russia and China", "Iraq, Syria and Iran").
func (b *builder) group(toks []token, ms []mention, mi, end int) []*entRef {
	out := []*entRef{ms[mi].ref}
	last := ms[mi].j
	for n := mi + 1; n < len(ms); n++ {
		m := ms[n]
		if a := asideAfter(toks, ms, last); a > last && a < end {
			// "A, from X, and B": the home town is no member.
			last = a
		}
		if m.j <= last && m.loc {
			continue
		}
		if m.loc || m.agr || m.ref == nil || m.i >= end {
			break
		}
		if m.i < last {
			break
		}
		gap := toks[last:m.i]
		ok := len(gap) >= 1 && len(gap) <= 3
		for _, t := range gap {
			if t.lower != "and" && t.text != "," && t.lower != "the" && t.lower != "as" && t.lower != "well" && t.lower != "'s" && !(possPronouns[t.lower] && len(gap) == 2) {
				ok = false
			}
		}
		if !ok {
			break
		}
		last = m.j
		if m.poss && n+1 < len(ms) && ms[n+1].person && ms[n+1].i == m.j+1 && toks[m.j].lower == "'s" {
			// "Fiat's Sergio Marchionne and GM's Rick Wagoner": the body
			// before a person's name is whose they are, not one of the group.
			continue
		}
		dup := false
		for _, r := range out {
			if r.ID == m.ref.ID {
				dup = true
			}
		}
		if !dup {
			out = append(out, m.ref)
		}
	}
	return out
}

// participleOpeners open a clause whose verb is an -ing form with no
// subject of its own: "..., while also condemning Vietnam", "after accusing
// Y of ...". Not "before" ("demanded a truce before allowing aid": not
// done yet) nor "when" ("when visiting restaurants": a habit).
var participleOpeners = toSet(`after while`)

// participleSubject gives a clause that opens with "after" or "while" and
// an -ing form ("X threatened Y after accusing it of ...", "After meeting
// Y, X said") the subject of the clause before it (or, for a clause that
// comes first, the one after its comma): the participle has no subject of
// its own and is done by the main clause's. Only when the tree hangs the
// participle on a verb (advcl) that is neither a participle modifying a
// noun ("activists detained while investigating a company") nor a passive
// ("was arrested after attacking").
func (b *builder) participleSubject(toks []token, ms []mention, cls []clause, c int) {
	cl := &cls[c]
	if len(cl.subject) > 0 || cl.relative || cl.reported {
		return
	}
	k := cl.start
	if k >= cl.end || !participleOpeners[toks[k].lower] {
		return
	}
	if k++; k < cl.end && midAdverbs[toks[k].lower] {
		k++
	}
	if k >= cl.end || !toks[k].word || !strings.HasSuffix(toks[k].lower, "ing") || toks[k].lower == "being" {
		return
	}
	o := c - 1
	if cl.fronted {
		o = c + 1
	}
	if o < 0 || o >= len(cls) || len(cls[o].subject) == 0 || cls[o].relative {
		return
	}
	p := b.tree()
	if p == nil || k >= len(p.words) || p.rel(k) != "advcl" {
		return
	}
	if h := p.head(k); h < 0 || p.rel(h) == "acl" {
		return // "activists detained while investigating a company": the noun's deed
	} else if _, pass, ok := p.subjectOf(h); ok && pass {
		return // "was arrested after attacking": not the clause's actor's deed
	}
	cl.subject, cl.subjIdx, cl.subjPos = cls[o].subject, -1, cl.start
}

// ruledOutGerund reports whether the -ing form at k, after "said (on
// Monday) that",
// opens a gerund subject that the clause then rules out ("said that lifting
// the ban is out of the question"): "that" is the complementizer, not a
// determiner, and the act is refused (see ruledOut). A gerund subject that
// is not ruled out ("said that lifting the ban would help") is talk of an
// act, not one, and stays no trigger.
func ruledOutGerund(toks []token, k int) bool {
	if k < 2 || toks[k-1].lower != "that" || !strings.HasSuffix(toks[k].lower, "ing") {
		return false
	}
	// "said that", "said yesterday that", "said on Monday that"
	q := k - 2
	for q > 0 && k-2-q < 3 && !sayVerbs[toks[q].lower] {
		if _, day := weekdays[toks[q].lower]; !day && !dayAdverbs[toks[q].lower] && toks[q].lower != "on" {
			return false
		}
		q--
	}
	if !sayVerbs[toks[q].lower] {
		return false
	}
	end := k + 1
	for end < len(toks) && end < k+20 && toks[end].text != "." && toks[end].text != ";" {
		end++
	}
	return ruledOut(toks, k+1, end)
}

// ruledOutPhrases say that an act named before them will not be done.
var ruledOutPhrases = [][]string{
	{"out", "of", "the", "question"}, {"out", "of", "question"}, {"off", "the", "table"}, {"not", "an", "option"},
}

// ruledOut reports whether a form of "be" followed by a phrase of
// ruledOutPhrases ("is out of the question", "was not an option") stands in
// toks[i:j].
func ruledOut(toks []token, i, j int) bool {
	for k := i; k+1 < j && k+1 < len(toks); k++ {
		if !beForms[toks[k].lower] {
			continue
		}
		q := k + 1
		for q < j && (midAdverbs[toks[q].lower] || strings.HasSuffix(toks[q].lower, "ly")) && toks[q].lower != "not" {
			q++ // "is currently out of the question"
		}
		for _, ph := range ruledOutPhrases {
			if q+len(ph) <= j && q+len(ph) <= len(toks) && slices.EqualFunc(toks[q:q+len(ph)], ph, func(t token, w string) bool { return t.lower == w }) {
				return true
			}
		}
	}
	return false
}

// ruledOutSubject gives a reported clause that opens with a ruled-out
// gerund ("X said that lifting the ban is out of the question") the
// speaker's subject: the one who rules the act out refuses it.
func ruledOutSubject(toks []token, cls []clause, c int) {
	cl := &cls[c]
	if len(cl.subject) > 0 || !cl.reported || cl.start < 2 || toks[cl.start-1].lower != "that" && toks[cl.start].lower != "that" {
		return
	}
	k := cl.start
	if toks[k].lower == "that" {
		k++
	}
	if k >= cl.end || !ruledOutGerund(toks, k) {
		return
	}
	if pa := cl.parent; pa >= 0 && pa < c && len(cls[pa].subject) > 0 {
		cl.subject, cl.subjIdx, cl.subjPos = cls[pa].subject, -1, k
	}
}

// pluralNounBefore reports whether the nearest candidate for "they" at
// token k, looking back in its sentence, is a plural common noun no actor
// covers, the subject or object of a verb ("hiring women because they
// demanded", "urged councils to ... but they have warned", "transformers
// are wasteful as they charge"): "they" then stands for those, not for
// an actor named before. An actor mention met first, a sector word
// ("police", "rebels"), a pair noun ("the two countries"), a noun after
// "there are" or the subject of a verb of saying ("the ministers said
// they") leaves the pronoun to the usual rules.
//
// Most sentences have no such noun before "they": the tags tell, and the
// sentence is not parsed for it (the tree, when another rule parses, gives
// the same tags). Most words have their tag from the tagger's dictionary,
// whatever their sentence; the sentence is tagged only for the others.
func (b *builder) pluralNounBefore(toks []token, k int) bool {
	if !b.pzDone {
		if b.parseSentence == nil || b.pluralNounAt(toks, k, b.dictXPOS) < 0 {
			b.pzOwed = true // as if parsed: see askedTree
			return false
		}
	}
	p := b.tree()
	if p == nil {
		return false
	}
	xpos := func(q int) string { return p.words[q].XPOS }
	for q := b.pluralNounAt(toks, k, xpos); q >= 0; q = b.pluralNounAt(toks, q, xpos) {
		if h := p.words[q].Head - 1; h >= 0 && h < len(p.kids) {
			expl := false
			for _, o := range p.kids[h] {
				expl = expl || p.rel(o) == "expl"
			}
			if expl {
				continue // "there are individuals who ...": no one acting yet
			}
		}
		if h := p.words[q].Head - 1; p.rel(q) == "nsubj" && h >= 0 && sayVerbs[toks[h].lower] {
			return false // "the ministers said they would ...": the speakers, a body's people the usual rules give
		}
		switch p.words[q].Deprel {
		case "nsubj", "nsubj:pass", "obj", "iobj":
			return true
		}
	}
	return false
}

// pluralNounAt is the nearest word before k that pluralNounBefore asks the
// tree about: a plural common noun (Penn tag NNS by xpos) not vague and no
// pair noun. -1 when there is none, or when an actor mention or a sector
// word comes first.
func (b *builder) pluralNounAt(toks []token, k int, xpos func(int) string) int {
	for q := k - 1; q >= 0; q-- {
		if b.pzMAt[q] != 0 {
			return -1
		}
		t := toks[q]
		if !t.word || t.upper || xpos(q) != "NNS" || vagueWords[t.lower] || pairNouns[t.lower] != 0 {
			continue
		}
		if ph := b.d.lookup(toks, q); ph != nil && ph.kind == phSector {
			return -1
		}
		return q
	}
	return -1
}

// bodyNouns name bodies or their kinds: "it" after them may stand for an
// actor the usual rules find ("the company said it ...").
var bodyNouns = toSet(`company firm group bank government party country council committee union agency board body
organisation organization ministry department court commission administration regime state army club team side
league authority watchdog regulator carrier airline operator maker retailer network channel broadcaster newspaper
paper station business industry institute association alliance coalition charity campaign service office house
parliament assembly bloc fund corporation conglomerate giant chain studio label publisher`)

// thingSubjectBefore reports whether the nearest subject before "it" at
// token k in its sentence is a singular common noun no actor covers and
// that names no body (bodyNouns, a sector word): "The bill was backed by
// some firms, saying they needed protections it offered". "it" then stands
// for that thing (a bill, a report, a plan), not for an actor named
// before. The subject of a verb of saying ("the report said it") is left
// to the usual rules.
//
// As in pluralNounBefore, the tags answer first: with no singular common
// noun in reach (most sentences), the sentence is not parsed for it.
func (b *builder) thingSubjectBefore(toks []token, k int) bool {
	if !b.pzDone {
		if b.parseSentence == nil || b.thingNounAt(toks, k, b.dictXPOS) < 0 {
			b.pzOwed = true // as if parsed: see askedTree
			return false
		}
	}
	p := b.tree()
	if p == nil {
		return false
	}
	xpos := func(q int) string { return p.words[q].XPOS }
	for q := b.thingNounAt(toks, k, xpos); q >= 0; q = b.thingNounAt(toks, q, xpos) {
		t := toks[q]
		if d := p.words[q].Deprel; d != "nsubj" && d != "nsubj:pass" {
			continue
		}
		if pairNouns[t.lower] != 0 {
			return false
		}
		for _, o := range p.kids[q] {
			if w := toks[o].lower; w == "its" || w == "their" || w == "'s" {
				return false // "Its most recent action came ... when it took control": its owner's
			}
		}
		if ph := b.d.lookup(toks, q); ph != nil && ph.kind == phSector {
			return false
		}
		if h := p.words[q].Head - 1; h >= 0 && sayVerbs[toks[h].lower] {
			return false
		}
		return true
	}
	return false
}

// thingNounAt is the nearest word before k that thingSubjectBefore asks the
// tree about: a singular common noun (Penn tag NN by xpos), not vague. -1
// when there is none, or when an actor mention, a quote mark or a body noun
// comes first.
func (b *builder) thingNounAt(toks []token, k int, xpos func(int) string) int {
	for q := k - 1; q >= 0; q-- {
		if b.pzMAt[q] != 0 {
			return -1
		}
		t := toks[q]
		if isQuoteMark(t.text) || bodyNouns[t.lower] {
			return -1 // a quote's speaker; "the firm's new ownership, and it": the firm may be meant
		}
		if !t.word || t.upper || xpos(q) != "NN" || vagueWords[t.lower] {
			continue
		}
		return q
	}
	return -1
}

// spokesmanFor gives "we" or "they" in a clause one person reports that
// person, when nothing else is there for the pronoun to stand for (see
// resolvePronoun): one who speaks of "we", or of "they" with no one else
// named, speaks for the side they lead, and an event coder takes the
// speaker for that side ('Mr Abbas said: "We are ready to negotiate with
// Israel"', "Ali said that, despite their health, they will not end the
// strike"). "they" only as the reported clause's own subject, right after
// "said (that)" or an opening phrase set off by a comma, the speaker named
// in the sentence at the start of its clause, and no people word (a
// sector word, "the four") before the pronoun: "he said they would insist
// on reforms", "the treatment they received", "Militants loyal to X said
// they" speak of others.
func spokesmanFor(toks []token, ms []mention, w string, cls []clause, c, k int) []*entRef {
	if w != "we" && w != "they" || !cls[c].reported {
		return nil
	}
	pa := cls[c].parent
	if pa < 0 || pa >= c || len(cls[pa].subject) != 1 || cls[pa].subject[0].Kind != KindPerson {
		return nil
	}
	if w == "they" {
		sp := cls[pa]
		if sp.subjIdx < 0 || sp.subjPos != sp.start && !(sp.subjPos > sp.start && determiners[toks[sp.start].lower]) {
			return nil // a pronoun, or named after other words ("Militants loyal to X")
		}
		q := k - 1
		if q >= 0 && toks[q].text == "," {
			// "said that, despite their health, they": back over the
			// opening phrase to "that".
			for q--; q > cls[c].start-1 && toks[q].text != "," && toks[q].lower != "that"; q-- {
				if toks[q].text == "\"" || toks[q].text == "“" {
					return nil
				}
			}
			if q >= 0 && toks[q].text == "," {
				q--
			}
		}
		if q < 0 || toks[q].lower != "that" && !sayVerbs[toks[q].lower] {
			return nil
		}
		for _, m := range ms {
			if m.i > sp.subjPos && m.i < k && m.ref != nil && !m.loc && !inRefs(m.ref, sp.subject) && m.ref.Kind != KindPerson {
				return nil // a body or a people named in between may be "they"
			}
		}
	}
	return cls[pa].subject
}

// unnamedSpeaker reports whether the clause that reports clause c names
// its speaker only by a description no mention covers: "The home secretary
// said he would not ...", "The comic and actor said he had ...". "he" or
// "she" opening what is said then stands for that person, not for the last
// person named before ("The heavy metal star said he could have met the
// same fate" is not the politician of the last paragraph). An office the
// title rules gave to someone ("the chancellor said he", the chancellor
// named before) is a mention, and no description: see personByTitle and
// officeSpeaker.
func (b *builder) unnamedSpeaker(toks []token, ms []mention, cls []clause, c int) bool {
	pa := cls[c].parent
	if !cls[c].reported || pa < 0 || pa >= c || len(cls[pa].subject) > 0 {
		return false
	}
	end := cls[pa].sayAt
	if end <= cls[pa].start {
		return false
	}
	for end > cls[pa].start && (toks[end-1].lower == "also" || toks[end-1].lower == "later" || isAux(toks[end-1].lower)) {
		end--
	}
	covered := func(k int) bool {
		for _, m := range ms {
			if m.i <= k && k < m.j {
				return true
			}
		}
		return false
	}
	// Back over lower-case words ("heavy metal star", "comic and actor") to
	// the determiner that opens the description.
	k := end - 1
	for ; k >= cls[pa].start && end-k <= 5; k-- {
		t := toks[k]
		if t.lower == "the" || t.lower == "a" {
			break
		}
		if !t.word || t.upper || covered(k) || pronouns[t.lower] || prepositions[t.lower] || sayVerbs[t.lower] {
			return false
		}
	}
	if k < cls[pa].start || k == end-1 || toks[k].lower != "the" && toks[k].lower != "a" {
		return false
	}
	if strings.HasSuffix(toks[end-1].lower, "old") && strings.Contains(spanText(toks, k+1, end), "year") {
		return false // "The 67-year-old also said he": a bare age names no one new
	}
	// The description opens its clause: "But the prime minister said",
	// "Speaking on Monday, the minister said"; not "the head of the party".
	return k == cls[pa].start || toks[k-1].text == "," || toks[k-1].lower == "but" || toks[k-1].lower == "and"
}

// officeSpeaker gives "he" or "she" opening a clause that clause c's
// speaker reports the speaker's subject when that subject is an office
// whose holder the article has not named, read as its government ("The
// home secretary said he would not ...": the government of the United
// Kingdom): the pronoun is the one who holds the office, not the last
// person named before. nil otherwise.
func officeSpeaker(ms []mention, cls []clause, c int) []*entRef {
	pa := cls[c].parent
	if !cls[c].reported || pa < 0 || pa >= c || len(cls[pa].subject) != 1 || cls[pa].subjIdx < 0 || cls[pa].subjIdx >= len(ms) {
		return nil
	}
	if m := ms[cls[pa].subjIdx]; m.title == nil || m.person || m.ref != cls[pa].subject[0] {
		return nil
	}
	return cls[pa].subject
}

// resolvePronoun: "it" and "they" in a reported clause are the speaker
// ("Washington announced that it ..."); otherwise the last subject. "he" and
// "she" are the last person who was a subject.
func (b *builder) resolvePronoun(w string, cls []clause, c int) []*entRef {
	if w == "he" || w == "she" {
		for k := c - 1; k >= 0; k-- {
			if len(cls[k].subject) == 1 && cls[k].subject[0].Kind == KindPerson && b.genderFits(w, cls[k].subject[0]) {
				return cls[k].subject
			}
		}
		if b.lastPersonSubj != nil && b.genderFits(w, b.lastPersonSubj) {
			return []*entRef{b.lastPersonSubj}
		}
		// The last person subject is of the other sex ("Mr Howard ...
		// She"): the one before who fits, a few subjects back at most.
		for k := len(b.personSubjs) - 1; k >= 0 && k >= len(b.personSubjs)-4; k-- {
			if r := b.personSubjs[k]; b.gender[r] != 0 && b.genderFits(w, r) {
				return []*entRef{r}
			}
		}
		return nil
	}
	for k := c - 1; k >= 0; k-- {
		if pronounFits(w, cls[k].subject) {
			return cls[k].subject
		}
	}
	if pronounFits(w, b.lastSubject) {
		return b.lastSubject
	}
	return nil
}

// pronounFits reports whether "it", "they" or "we" can stand for subj: a
// single person is "he" or "she", never "they" ("Police said they had
// arrested Griffin" is not Griffin arresting); "it" and "we" are no pair.
func pronounFits(w string, subj []*entRef) bool {
	if len(subj) == 0 {
		return false
	}
	if w == "they" {
		return len(subj) > 1 || subj[0].Kind != KindPerson
	}
	// "it" is one actor: "as Lufthansa and British Airways trialled it
	// ... It was flying high" is no act of the pair.
	return len(subj) == 1 && subj[0].Kind != KindPerson
}

// triggers finds verb and noun patterns outside mentions. Verb patterns
// are tried first; a noun inside a matched verb pattern is not coded again.
func (b *builder) triggers(toks []token, ms []mention, mAt []int, clOf []int) []trigger {
	var out []trigger
	used := make([]bool, len(toks))
	for k := 0; k < len(toks); k++ {
		// The lower-case words of a described agreement ("an agreement
		// between", "the nuclear deal") may still trigger, as they did
		// before they named one.
		if mAt[k] != 0 && !(ms[mAt[k]-1].agr && !toks[k].upper) || !toks[k].word || used[k] {
			continue
		}
		ps := b.d.verbs[toks[k].lower]
		if len(ps) == 0 {
			continue
		}
		// A capitalized verb form inside a sentence is a name ("March"); a
		// form joined by a hyphen is an adjective ("Israeli-occupied").
		if toks[k].upper && k > 0 || toks[k].hyph {
			continue
		}
		// "anti-government protests", "pro-democracy rallies": after a
		// word joined to "anti" or "pro", a noun, not a verb with the word
		// for its subject.
		if k > 1 && toks[k-1].hyph && (toks[k-2].lower == "anti" || toks[k-2].lower == "pro") {
			continue
		}
		// "..., killing 20 people": a participle adjunct adds to the act
		// before it rather than being another act.
		// Only a frame holds there, its object of the frame's class making
		// an act of its own: "the second-largest donor, contributing $46
		// million to X".
		adjunct := k > 0 && toks[k-1].text == "," && strings.HasSuffix(toks[k].lower, "ing")
		// Inflected forms need a verb's neighbours: "sanctions", "charges"
		// after a verb or an adjective are nouns; "calling for" after a noun
		// is a participle modifying it.
		past := pastForm(toks[k].lower, ps)
		if !adjunct && !verbContext(toks, k, mAt, past) {
			continue
		}
		// "to demand an end": a purpose infinitive is not an act, unless a
		// marker such as "willing to" or "decided to" or a governing pattern
		// ("asked X to") makes it one; those are handled by modality and
		// absorption.
		if k > 0 && toks[k-1].lower == "to" && !b.toGoverned(toks, mAt, k-1) {
			continue
		}
		// A determiner just before makes it a noun: "the ongoing probe".
		if mAt[k-1+boolInt(k == 0)] != 0 && k > 0 {
			// "a U.S. request": a determiner before the actor before it.
			if m := mAt[k-1]; m != 0 && k > 1 {
				q := k - 1
				for q > 0 && mAt[q-1] == m {
					q--
				}
				base := !strings.HasSuffix(toks[k].lower, "ed") && !strings.HasSuffix(toks[k].lower, "s")
				if q > 0 && (toks[q-1].lower == "a" || toks[q-1].lower == "an") && k-q == 1 && (ms[m-1].ctx || base) {
					continue
				}
			}
		}
		if k > 0 && (nounDets[toks[k-1].lower] && !ruledOutGerund(toks, k) || toks[k-1].lower == "'s") ||
			k > 1 && nounDets[toks[k-2].lower] && mAt[k-1] == 0 && toks[k-1].word && !toks[k-1].upper && !isAux(toks[k-1].lower) && !strings.HasSuffix(toks[k].lower, "ed") && !past &&
				!subjectPronouns[toks[k-1].lower] && // "said that it supports": "that" opens a clause, the pronoun is its subject
				!(sayingNouns[toks[k-1].lower] && strings.HasSuffix(toks[k].lower, "ing") && issuedText(toks, k-1)) { // "a report accusing X" (verbContext)
			continue
		}
		// "accepted that ...", "agreed that ...": a verb of assent before a
		// that-clause states a view; it is not an act.
		if k+1 < len(toks) && toks[k+1].lower == "that" && thatStatements[toks[k].lower] {
			continue
		}
		if verbNotAct(toks, k) {
			continue
		}
		// "exports shot up 7.5%", "prices hit a record": a figure after the
		// verb rules out its readings of conflict (roots 14 and up), pattern
		// by pattern; the word's other readings stay ("sent $5m to X" is
		// aid whichever pattern of "send" the dictionary lists first).
		figure := figureAfter(toks, k+1)
		var best *trigger
		for _, p := range ps {
			if adjunct && !p.Frame && !adjunctGovernor(toks, k, p) {
				continue
			}
			if figure && len(p.Code) >= 2 && p.Code[:2] >= "14" {
				continue
			}
			if t, ok := matchPattern(toks, k, p, clOf, mAt); ok {
				if needsObject[p.Words[0]] && slices.Contains(p.Words, "") && !b.gapIsActor(toks, ms, t) {
					// "wants Washington to" is a demand of Washington; "wants
					// to" and "want the EU budget to" are not.
					continue
				}
				if p.Actor && t.j < len(toks) && !actorNamedAt(ms, mAt, t.j) && !(t.j+1 < len(toks) && determiners[toks[t.j].lower] && actorNamedAt(ms, mAt, t.j+1)) {
					continue
				}
				if p.Held && !personHeldBy(toks, ms, mAt, clOf, t) {
					continue
				}
				if p.Code == "041" && len(p.Words) == 1 && p.Words[0] == "call" && (!phoneCall(toks, mAt, t.j) || namedAfterNoun(toks, k)) {
					continue // "called the ambassador a stupid guy", "called Iran a threat": naming, no call
				}
				if p.Code == "041" && len(p.Words) == 1 && b.callPurposeCoded(toks, mAt, clOf, k) {
					// "called Erdogan on Friday to convey Pakistan's support",
					// "called Erdogan to apologize": the call is how the act
					// was done, and the act is the event.
					continue
				}
				if len(p.Words) == 1 && p.Code == "057" && paperAfter(toks, t.j, signedPapers) {
					// "signed a decree granting citizenship", "signed a
					// petition": what is signed is no agreement with anyone.
					continue
				}
				if len(p.Words) == 1 && p.Code == "070" && paperAfter(toks, t.j, sentMessages) {
					// "sent a letter to the head of the WHO": words sent
					// are no aid.
					continue
				}
				if len(p.Words) == 1 && strings.Contains("03 07 08", p.Code[:2]) && goodsAfter(toks, t.j) {
					// "released a new album", "offer broadband", "provided
					// the figures": goods, works and data put out or handed
					// over are no concession, aid or offer to anyone.
					continue
				}
				if p.Org {
					if t.org = b.orgAfter(toks, ms, mAt, t.j); t.org < 0 {
						continue
					}
				}
				// Of patterns as specific as the first that holds, the one
				// that ends first reads the verb's own complement: "pledged
				// $1.6 billion in aid to support reforms" is aid, not support;
				// "agreed to extend the ceasefire" is an agreement (agree
				// to), not the ceasefire a later noun names.
				if best != nil {
					if literalWords(p) != literalWords(best.p) || p.Org != best.p.Org || p.Actor != best.p.Actor {
						break
					}
					if t.j >= best.j {
						continue
					}
				}
				best = &t
			}
		}
		if best != nil {
			out = append(out, *best)
			for x := best.i; x < best.j; x++ {
				used[x] = true
			}
		}
	}
	for k := 0; k < len(toks); k++ {
		if used[k] || mAt[k] != 0 && !(ms[mAt[k]-1].agr && !toks[k].upper) || !toks[k].word {
			continue
		}
		ps := b.d.nouns[toks[k].lower]
		if len(ps) > 0 && nounNotAct(toks, mAt, k) {
			continue
		}
		if abstractFight(toks, k) {
			continue // "is fighting two lawsuits", read as the noun
		}
		if k+1 < len(toks) && toks[k+1].hyph {
			// "cease-fire", "pull-out": the words a hyphen joins are one
			// noun, listed with or without the hyphen.
			ps = append(slices.Clip(ps), b.d.nouns[hyphJoined(toks, k)]...)
		}
		for _, p := range ps {
			c := matchWord(toks, k, p.Words[0], len(p.Words) == 1)
			if c == 0 || p.Role && !afterCopula(toks, k) || p.Death && !afterDeath(toks, k) {
				continue
			}
			// A noun frame has a gap before its class noun: "suspension
			// of * aid" holds for "suspension of all US military aid".
			if t, ok := matchFrom(toks, k, k+c, p, clOf, mAt); ok {
				t.gapI, t.gapJ = -1, -1
				out = append(out, t)
				for x := t.i; x < t.j; x++ {
					used[x] = true
				}
				break
			}
		}
	}
	// In sentence order.
	for a := 1; a < len(out); a++ {
		for c := a; c > 0 && out[c].i < out[c-1].i; c-- {
			out[c], out[c-1] = out[c-1], out[c]
		}
	}
	return dropGoverned(toks, out)
}

// afterCopula reports whether the noun at k is the complement of a form of
// "be", "remain" or "become" at most five words before it, with only words
// between ("is the leading international donor", "has been one of the
// largest donors").
func afterCopula(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-6; q-- {
		w := toks[q].lower
		if beForms[w] || copulaForms[w] {
			return true
		}
		if !toks[q].word && !toks[q].hyph && w != "-" {
			return false
		}
	}
	return false
}

var copulaForms = toSet(`remain remains remained remaining become becomes became becoming`)

// afterDeath reports whether the noun at k is what someone died of: a form
// of "die" a few words before, with a preposition of cause between ("died
// as a result of the torture", "dies in prison after torture", "died ...
// due to continued torture").
func afterDeath(toks []token, k int) bool {
	cause := false
	for q := k - 1; q >= 0 && q >= k-10; q-- {
		w := toks[q].lower
		if dieForms[w] {
			return cause
		}
		if !toks[q].word {
			return false
		}
		if causePreps[w] {
			cause = true
		}
	}
	return false
}

var dieForms = toSet(`die dies died dying`)

var causePreps = toSet(`of from after following to because`)

// gapIsActor reports whether the gap of t holds exactly one actor's mention
// (after an optional "the").
func (b *builder) gapIsActor(toks []token, ms []mention, t trigger) bool {
	if t.gapI < 0 || t.gapI >= t.gapJ {
		return false
	}
	m, ok := actorAt(ms, toks, t.gapI)
	return ok && m.j == t.gapJ
}

// needsObject verbs make their gap pattern only with something in the gap.
var needsObject = toSet(`want`)

// noComment are the verbs of "declined to comment", "refused to confirm":
// withholding a statement is not rejecting anyone.
var noComment = toSet(`comment say elaborate confirm discuss speculate disclose reveal identify name specify
give answer`)

// withheldComment reports the withheld statement after a refusal's "to" at
// k: a verb of noComment, or "be drawn", "be pinned down" ("declined to be
// drawn on reports of merger talks").
func withheldComment(toks []token, k int) bool {
	if noComment[toks[k].lower] {
		return true
	}
	return toks[k].lower == "be" && k+1 < len(toks) && (toks[k+1].lower == "drawn" || toks[k+1].lower == "pinned")
}

// startsTrigger reports whether one of ts starts at token k.
func startsTrigger(ts []trigger, k int) bool {
	for _, t := range ts {
		if t.i == k {
			return true
		}
	}
	return false
}

// dropGoverned removes triggers that are no acts of their own: a noun that is
// the object of a threat, appeal, intent or refusal ("threatened fresh
// attacks on Kenya" is a threat, not an attack), and a refusal to comment.
func dropGoverned(toks []token, ts []trigger) []trigger {
	out := ts[:0]
	for k, t := range ts {
		if !t.p.Noun && strings.HasPrefix(t.p.Code, "12") && t.p.Words[len(t.p.Words)-1] == "to" && t.j < len(toks) && withheldComment(toks, t.j) && !startsTrigger(ts, t.j) {
			// "declined to give details" is no refusal; "agreed to give
			// Ukraine aid" is an agreement to the act that follows. Only a
			// refusal is read so: "agreed to give concessions" is an
			// agreement, "urged Iran to disclose its sites" a demand.
			continue
		}
		if t.p.Noun && k > 0 {
			prev := ts[k-1]
			if !prev.p.Noun && (governRoots[prev.p.Code[:2]] || prev.p.Code[:2] == "11") && prev.j <= t.i && t.i-prev.j <= 6 && prev.cl == t.cl {
				// "condemned the Quetta suicide terrorist attack": after a
				// determiner, a name is one of the noun's modifiers.
				gap := true
				det := false
				for q := prev.j; q < t.i; q++ {
					poss := toks[q].lower == "'s" || q+1 < t.i && toks[q+1].lower == "'s"
					if !toks[q].word && !poss || prepositions[toks[q].lower] || toks[q].upper && !poss && !det {
						gap = false
					}
					det = det || determiners[toks[q].lower]
				}
				if gap {
					continue
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// thatStatements are verbs of assent that, before "that", state a view.
var thatStatements = toSet(`accept accepts accepted accepting agree agrees agreed agreeing acknowledge
acknowledges acknowledged concede concedes conceded insist insists insisted recognise recognised recognize
recognized admit admits admitted`)

// fightVerbs take abstract objects figuratively: "fight crime", "reinforced its
// commitment" (no troops).
var fightVerbs = toSet(`fight fights fought fighting attack attacks attacked attacking tackle tackles
tackled tackling battle battles battled battling combat combats combated combating beat beats beating
beaten reinforce reinforces reinforced reinforcing`)

// marketMoves after a verb, before a figure, make it a price or a number
// moving ("shares shot up 7%", "sales hit 3m"), not an act against anyone.
var marketMoves = toSet(`up down higher lower past above below`)

// figureAfter reports a figure at toks[q], or one after a movement word:
// "shot up 7.5%", "hit $50", "hit a record".
// A bare count is not one: "killed 20 people" is an act.
func figureAfter(toks []token, q int) bool {
	moved := q < len(toks) && marketMoves[toks[q].lower]
	if moved {
		q++
	}
	if q < len(toks) && (toks[q].lower == "a" || toks[q].lower == "an") {
		q++
	}
	if q >= len(toks) {
		return false
	}
	w := toks[q].lower
	if w == "$" || w == "£" || w == "€" || w == "record" || w == "high" || w == "low" {
		return true
	}
	if !isDigit(w[0]) {
		return false
	}
	if moved {
		return true
	}
	return q+1 < len(toks) && (toks[q+1].text == "%" || toks[q+1].lower == "percent" || toks[q+1].lower == "per")
}

// abstractObjects after a verb of fighting or attacking make it figurative.
// abstractAfter reports whether the object from token q on is headed by one
// of abstractObjects: after determiners and up to three lower-case
// modifiers, and not itself a modifier ("the election commission").
func abstractAfter(toks []token, q int) bool {
	for e := q; e < len(toks) && e < q+5; e++ {
		w := toks[e].lower
		if abstractObjects[w] {
			if e+1 >= len(toks) || !toks[e+1].word || toks[e+1].upper || !isNounish(toks[e+1].lower) || clauseWords[toks[e+1].lower] {
				return true
			}
			continue // a modifier: "profit forecasts", "the election commission"
		}
		if !toks[e].word || toks[e].upper || prepositions[w] || !determiners[w] && e >= q+4 {
			return false
		}
	}
	return false
}

var visitForms = toSet(`visit visits visited visiting`)

// webPlaces are visited online: each fires on 2+ BBC sentences.
var webPlaces = toSet(`site sites website websites web page pages`)

var meetForms = toSet(`meet meets met meeting`)

// receptions are what a work or a plan is met with: "met with scathing
// reviews", "met with general approval".
var receptions = toSet(`approval disapproval reviews criticism scepticism skepticism derision`)

// wordWithin reports whether one of words is among the n words from q on,
// before any punctuation or preposition.
func wordWithin(toks []token, q, n int, words map[string]bool) bool {
	for e := q; e < len(toks) && e < q+n; e++ {
		if words[toks[e].lower] {
			return true
		}
		if toks[e].lower == "'s" || toks[e].lower == "'" {
			continue // "the woman's allegations": a possessor stands before the word
		}
		if !toks[e].word || prepositions[toks[e].lower] && toks[e].lower != "of" {
			return false
		}
	}
	return false
}

// callPurposeCoded reports whether the call at k was made to do an act a
// pattern codes ("to convey Pakistan's support", "to congratulate him"):
// the purpose "to" within twelve words, in the call's clause, that calledAt
// traces back to this call, followed by a verb one of whose patterns
// matches there. A call to talk ("to discuss Iran") is a consultation and
// stays one.
func (b *builder) callPurposeCoded(toks []token, mAt []int, clOf []int, k int) bool {
	for u := k + 1; u+1 < len(toks) && u <= k+12 && clOf[u] == clOf[k]; u++ {
		if toks[u].lower != "to" {
			continue
		}
		if calledAt(toks, mAt, u) < 0 || talkVerbs[toks[u+1].lower] {
			return false
		}
		for _, p := range b.d.verbs[toks[u+1].lower] {
			if _, ok := matchPattern(toks, u+1, p, clOf, mAt); ok {
				return true
			}
		}
		return false
	}
	return false
}

// phoneCall reports whether the actor named at token j, right after
// "called", is called up rather than named something: what follows it is
// a time ("on Saturday", "late on Friday"), a purpose ("to discuss"), a
// comma, "and" or the sentence's end ("Trump called King Salman on
// Saturday", not "called the envoy a very stupid guy").
func phoneCall(toks []token, mAt []int, j int) bool {
	if j < len(toks) && determiners[toks[j].lower] && j+1 < len(toks) && mAt[j+1] != 0 {
		j++
	}
	if j+1 < len(toks) && officeAges[toks[j].lower] && mAt[j] == 0 && mAt[j+1] != 0 {
		j++ // "called new Australian Prime Minister Scott Morrison"
	}
	if j >= len(toks) || mAt[j] == 0 {
		return false
	}
	e := j
	for e < len(toks) && mAt[e] == mAt[j] {
		e++
	}
	if e >= len(toks) {
		return true
	}
	switch w := toks[e].lower; {
	case w == "on" || w == "late" || w == "early" || w == "last" || w == "yesterday" || w == "today" || w == "and" || w == "," || w == ".":
		return true
	case w == "to" && e+1 < len(toks) && toks[e+1].word && !toks[e+1].upper && !determiners[toks[e+1].lower]:
		return true // "to discuss", "to explain", not "to the ceremony"
	}
	return false
}

// namedAfterNoun reports a participle right after a noun phrase that
// opens with a determiner ("a scruffy little Austrian called Adolf
// Hitler", "a group called X"): the noun is named, no one is called.
func namedAfterNoun(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-5; q-- {
		w := toks[q].lower
		if determiners[w] {
			return true
		}
		if !toks[q].word || isAux(w) || pronouns[w] || prepositions[w] || strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// verbNotAct reports a verb form at k that names no act between actors
// for what follows it: a web page visited, a reception met with, oneself
// defended, the market's demand, an abstract object fought or beaten.
func verbNotAct(toks []token, k int) bool {
	// "visit the site", "visit fake versions of the websites": a web
	// page visited is no visit to anyone; "met with scathing reviews",
	// "were met with general approval": a reception, no meeting.
	if visitForms[toks[k].lower] && wordWithin(toks, k+1, 6, webPlaces) ||
		meetForms[toks[k].lower] && k+1 < len(toks) && toks[k+1].lower == "with" && wordWithin(toks, k+2, 3, receptions) {
		return true
	}
	// "the largest US telephone company", "the phone industry", "the
	// Microsoft Mobile phone": the phone is a thing, no call made.
	if phoneForms[toks[k].lower] && (k+1 < len(toks) && phoneThings[toks[k+1].lower] || k > 1 && toks[k-1].upper && toks[k-1].word && !toks[k-2].upper) {
		return true
	}
	// "this will support consumer spending", "resources can support any
	// growth", "evidence to support the allegations": what holds up an
	// economy or a claim, no one backing anyone.
	if supportForms[toks[k].lower] && wordWithin(toks, k+1, 6, supportedThings) {
		return true
	}
	// "is backing a next generation DVD format", "which technology it
	// will be supporting", "a technology backed by Sony", "will support
	// speeds of up to": a product or technical standard chosen, no actor
	// backed.
	if (supportForms[toks[k].lower] || backForms[toks[k].lower]) && techBacked(toks, k) {
		return true
	}
	// "development and support commitments", "placed on support status":
	// "support" naming a service or a kind of help, before the noun it
	// describes, is no one backing anyone.
	if k+1 < len(toks) && modifierHeads[toks[k].lower][toks[k+1].lower] {
		return true
	}
	// "did not train with the first team", "wants to train with Romanian
	// side X", "the training centre": sport, no military cooperation.
	if trainForms[toks[k].lower] && k+1 < len(toks) && (toks[k+1].lower == "with" && wordWithin(toks, k+2, 5, sportSides) || trainingPlaces[toks[k+1].lower]) {
		return true
	}
	// "would meet his fiscal rules", "to meet demand", "will meet the
	// golden rule": a rule or a need met, no meeting.
	if meetForms[toks[k].lower] && metGoal(toks, k+1) {
		return true
	}
	// "shoot their quarry", "hunt and shoot game animals", "shot
	// basketball hoops", "a mail shot campaign", "shoot the film": game,
	// sport or film, no force used on anyone.
	if shootForms[toks[k].lower] && (k > 0 && toks[k-1].lower == "mail" || wordWithin(toks, k+1, 3, shotThings)) {
		return true
	}
	// "help Taiwan defend itself": defending oneself is no verbal
	// support of anyone (052).
	if strings.HasPrefix(toks[k].lower, "defend") && k+1 < len(toks) && reflexives[toks[k+1].lower] {
		return true
	}
	// "demand for heating oil", "demand stays solid": the market's
	// demand, a noun, not a verb.
	if toks[k].lower == "demand" && k+1 < len(toks) && (toks[k+1].lower == "for" || marketVerbs[toks[k+1].lower]) {
		return true
	}
	// "fight crime", "tackle poverty", "beat market expectations",
	// "fought a very positive campaign", "fighting two lawsuits": an
	// abstract object is no enemy.
	if fightVerbs[toks[k].lower] && abstractAfter(toks, k+1) || abstractFight(toks, k) {
		return true
	}
	// "who beat him at Wimbledon", "will support a band on its tour", "was
	// shot in Kenya, with later scenes made in ...": a match, a concert or
	// a film, no act between actors.
	if fieldSense(toks, k) {
		return true
	}
	return false
}

// supportForms are the forms of the verb "support".
var supportForms = toSet(`support supports supported supporting`)

// supportHeads after the word "support" make it a noun modifier: a
// service, its staff or a status, no backing of an actor.
var supportHeads = toSet(`commitments commitment status staff services service team teams worker workers system
systems line lines centre centres center centers desk package packages contract contracts costs`)

// modifierHeads are, for a trigger word that is also a noun, the nouns
// right after it that make it their modifier, no act: a service
// ("support staff"), a firm's book of orders ("the order book"), a kind of
// vote ("protest vote") or of campaigner ("an attack dog").
var modifierHeads = map[string]map[string]bool{
	"support": supportHeads,
	"order":   toSet(`book books backlog backlogs intake`),
	"protest": toSet(`vote votes voters`),
	"attack":  toSet(`dog dogs mongrel`),
}

// trainForms are the forms of "train"; sportSides are whom an athlete
// trains with; trainingPlaces, where.
var trainForms = toSet(`train trains trained training`)
var sportSides = toSet(`team side squad club champion champions coach players teammates`)
var trainingPlaces = toSet(`centre center ground grounds session sessions pitch`)

// backForms are the forms of the verb "back".
var backForms = toSet(`back backs backed backing`)

// techThings are products and technical standards, which firms back or
// support in a market, not actors.
var techThings = toSet(`technology technologies format formats software platform platforms speeds codec codecs
chip chips browser browsers`)

// techBacked reports one of techThings as what the verb at k backs: its
// object within six words ("supports the new format"), the noun a
// participle describes ("a DVD technology backed by Sony"), or the object
// a question word fronts in the verb's clause ("which technology it is
// backing").
func techBacked(toks []token, k int) bool {
	if wordWithin(toks, k+1, 6, techThings) || k > 0 && techThings[toks[k-1].lower] {
		return true
	}
	for e := k - 1; e > 0 && e >= k-6; e-- {
		if !toks[e].word {
			return false
		}
		if (toks[e-1].lower == "which" || toks[e-1].lower == "what") && techThings[toks[e].lower] {
			return true
		}
	}
	return false
}

// supportedThings after "support" are an economy's figures or a claim's
// truth, not actors or their plans.
var supportedThings = toSet(`spending growth demand prices price economy economies weight dollar currency
allegations allegation claims claim theory sales profits earnings markets shares recovery consumption
investment exports imports`)

// metThings after "meet" are rules, needs and targets met, not people.
var metThings = toSet(`rule rules target targets requirement requirements demand demands deadline deadlines criteria
cost costs expectations obligations standard standards needs goal goals conditions commitments bill bills payments
challenge challenges forecast forecasts debts shortfall`)

// metGoal reports one of metThings among the six words from q on, before
// any punctuation but a per cent sign or preposition but "of": "would meet
// his own fiscal budget rule", "to meet its 1.4% growth target".
func metGoal(toks []token, q int) bool {
	for e := q; e < len(toks) && e < q+6; e++ {
		if metThings[toks[e].lower] {
			return true
		}
		if !toks[e].word && toks[e].lower != "%" || prepositions[toks[e].lower] && toks[e].lower != "of" {
			return false
		}
	}
	return false
}

// shootForms are the forms of "shoot".
var shootForms = toSet(`shoot shoots shot shooting`)

// shotThings after "shoot" are game, sport or film, not people.
var shotThings = toSet(`quarry game animals animal fox foxes deer birds pheasants grouse rabbits hoops basketball
baskets goal goals film films movie movies scenes scene footage video pictures photos`)

// phoneForms are the verbs of calling by phone that are also nouns.
var phoneForms = toSet(`phone phones telephone telephones`)

// phoneThings after "phone" or "telephone" make it a noun modifier.
var phoneThings = toSet(`company companies firm firms industry industries number numbers line lines network networks
operator operators service services bill bills market markets maker makers handset handsets book books
method user users giant giants box boxes booth booths sales`)

var reflexives = toSet(`itself themselves himself herself ourselves yourself yourselves myself`)

// marketVerbs tell how demand moves: "demand stays solid", "demand rose".
var marketVerbs = toSet(`stays stayed remains remained rose rises fell falls grew grows slowed slows picked is was has had will`)

// clauseWords end a noun phrase.
var clauseWords = toSet(`as than but so because while when if where who whom which that to for with`)

var abstractObjects = toSet(`crime crimes poverty corruption election elections campaign case seat seats
cancer disease diseases fire fires drugs inflation unemployment racism discrimination fraud waste plans
plan proposals policy policies idea claims record budget deficit forecasts forecast expectations
estimates targets profit profits commitment commitments ties relations cooperation partnership
terrorism extremism smoking lawsuit lawsuits extradition deportation competition job jobs epidemic epidemics
change warming hunger piracy spam viruses bid takeover charges ban`)

// orgAfter returns the mention of an organization, group or agreement that
// follows a pattern ending at j ("the European Union", "its coalition
// partners' alliance" is too far), or -1. A country's own body ("the Russian
// military") is not an organization one leaves.
func (b *builder) orgAfter(toks []token, ms []mention, mAt []int, j int) int {
	q := j
	for q < len(toks) && q < j+3 && mAt[q] == 0 && (determiners[toks[q].lower] || toks[q].word && !toks[q].upper && !prepositions[toks[q].lower] && len(b.d.verbs[toks[q].lower]) == 0) {
		q++
	}
	if q >= len(toks) || mAt[q] == 0 {
		return -1
	}
	m := ms[mAt[q]-1]
	if m.ref == nil || m.loc || m.person {
		return -1
	}
	r := m.ref
	switch {
	case m.agr:
		return mAt[q] - 1
	case r.Kind == KindOrganization || r.Kind == KindGroup:
		if r.Country != "" && strings.HasPrefix(r.ID, "org:"+strings.ToLower(r.Country)+"-") {
			return -1
		}
		return mAt[q] - 1
	}
	return -1
}

// matchBack reports whether words match the tokens ending at k, not before
// lo. Before a final "to" a short adjunct may intervene: "decided on Friday
// to", "agreed in principle to", "plans eventually to".
func matchBack(toks []token, k int, words []string, lo int) bool {
	n := len(words)
	for x := n - 1; x >= 0; x-- {
		if k < lo || toks[k].lower != words[x] {
			return false
		}
		k--
		if x == n-1 && words[x] == "to" && x > 0 {
			k = skipAdjunct(toks, k, lo)
		}
	}
	return true
}

// adjunctWords make up the short adverbials that may sit between a verb and
// its infinitive: dates, "in principle", adverbs.
var adjunctWords = toSet(`on in at last this earlier late early next week month year night morning
afternoon evening weekend today yesterday tonight principle also again now finally formally eventually
quickly recently unanimously then the of`)

// skipAdjunct returns the index of the last token at or before k that is not
// part of a short adjunct (up to five tokens: "on Friday", "last week", "in
// principle", "unanimously"), or k when there is none.
func skipAdjunct(toks []token, k, lo int) int {
	q := k
	for n := 0; q >= lo && n < 5; n++ {
		w := toks[q].lower
		if adjunctWords[w] || weekdays[w] != 0 || w == "sunday" || months[w] != 0 && toks[q].upper || isDigit(w[0]) || strings.HasSuffix(w, "ly") && len(w) > 4 || w == "," {
			q--
			continue
		}
		break
	}
	if q < lo {
		return k
	}
	return q
}

func isAux(w string) bool {
	return beForms[w] || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" || w == "not" || w == "also" || w == "to"
}

func nounPlural(w string) string {
	fs := nounForms(w)
	return fs[len(fs)-1]
}

// isPluralOf reports whether l is nounPlural(w), without building the
// plural: matchWord asks it of every word a pattern's gap passes over.
func isPluralOf(l, w string) bool {
	stem, suffix, ok := pluralParts(w)
	if !ok {
		return l == w
	}
	return len(l) == len(stem)+len(suffix) && strings.HasPrefix(l, stem) && strings.HasSuffix(l, suffix)
}

// matchWord reports how many tokens from pos spell the pattern word w (a
// plural too when last): one for the word itself, more for words joined by
// hyphens, which match w with or without its hyphens ("cease-fire" is
// "ceasefire", "pull-out" "pullout"). Zero when they do not.
func matchWord(toks []token, pos int, w string, last bool) int {
	if pos >= len(toks) {
		return 0
	}
	if l := toks[pos].lower; l == w || last && isPluralOf(l, w) {
		return 1
	}
	if pos+1 >= len(toks) || !toks[pos+1].hyph {
		return 0
	}
	bare := strings.ReplaceAll(w, "-", "")
	joined := toks[pos].lower
	for q := pos + 1; q < len(toks) && q < pos+4 && toks[q].hyph; q++ {
		joined += toks[q].lower
		if joined == bare || last && joined == strings.ReplaceAll(nounPlural(w), "-", "") {
			return q - pos + 1
		}
	}
	return 0
}

// hyphJoined is the run of words joined by hyphens from k on, without the
// hyphens: "cease-fire" gives "ceasefire".
func hyphJoined(toks []token, k int) string {
	s := toks[k].lower
	for q := k + 1; q < len(toks) && q < k+4 && toks[q].hyph; q++ {
		s += toks[q].lower
	}
	return s
}

// gapParticles right after a verb make a phrasal verb of it ("pulled away
// from", "drew level with"): a gap pattern of the bare verb does not hold.
var gapParticles = toSet(`away ahead apart clear level even together`)

// matchPattern matches p's words after its verb at toks[k].
func matchPattern(toks []token, k int, p *pattern, clOf []int, mAt []int) (trigger, bool) {
	return matchFrom(toks, k, k+1, p, clOf, mAt)
}

// matchFrom matches p's words after its first, which spans toks[k:pos].
// mAt (mention index+1 of each token; nil when unknown) lets a gap hold a
// long name: an actor's words count as one.
func matchFrom(toks []token, k, pos int, p *pattern, clOf []int, mAt []int) (trigger, bool) {
	t := trigger{p: p, i: k, gapI: -1, gapJ: -1, cl: clOf[k], org: -1}
	for n := 1; n < len(p.Words); n++ {
		w := p.Words[n]
		if w == "" {
			// A gap: the next word must come within gapMax tokens.
			if n+1 >= len(p.Words) {
				break
			}
			next := p.Words[n+1]
			if n == 1 && p.Words[0] == "have" && pos < len(toks) && (toks[pos].lower == "been" || strings.HasSuffix(toks[pos].lower, "ed") || irregularPast[toks[pos].lower]) {
				// "had been struck at dinners": an auxiliary, not "had dinner".
				return t, false
			}
			if n == 1 && p.Frame && pos+1 < len(toks) && prepositions[toks[pos].lower] && !quantityWord(toks[pos+1]) && matchWord(toks, pos, next, n+1 == len(p.Words)-1) == 0 {
				// A frame's noun is the verb's object: "was challenged on
				// the remark", "struck at dinners" name none ("flew over 13
				// tons of medicine" is an amount).
				return t, false
			}
			if n >= 2 && p.Words[n-1] == "to" && p.Frame && pos < len(toks) && !nounDets[toks[pos].lower] && toks[pos].word && !toks[pos].upper {
				// "agreed to draw up a plan": a verb after "to" is the act
				// agreed to, not a plan agreed to ("agreed to the plan").
				if matchWord(toks, pos, next, n+1 == len(p.Words)-1) == 0 {
					return t, false
				}
			}
			if n == 1 && pos < len(toks) && gapParticles[toks[pos].lower] {
				// "pulled away from its rival": the particle makes another
				// verb (pull away, pull ahead), whose object this is not.
				return t, false
			}
			found, size := -1, 0
			// A word joined by a hyphen to the one before it does not count
			// against the gap: "a three-month-old state of emergency" has
			// three words before "state", not five.
			// "handed over more than $4 million worth of medical equipment",
			// "signed a $40bn (£21bn) deal": an amount opening the object is
			// one modifier, however many words it is written in.
			limit := pos + gapMax + amountAt(toks, pos)
			addressee := mAt != nil && (prepositions[next] || next == "that")
			for q := pos; q < len(toks) && q <= limit; q++ {
				if clOf[q] != t.cl || toks[q].text == "." || toks[q].text == ";" {
					break
				}
				if addressee && clauseOpeners[toks[q].lower] {
					// "asked why ministers attacked ... for": a clause, no addressee.
					break
				}
				if size = matchWord(toks, q, next, n+1 == len(p.Words)-1); size > 0 && q > pos && toks[q-1].lower == "to" && p.Frame {
					// "challenged the right of Yukos to claim": after "to"
					// a frame's noun is a verb.
					size = 0
				} else if size > 0 {
					found = q
					break
				}
				// "ordered Abhisit and former deputy prime minister Suthep
				// Thaungsuban to": before a governed "to" or a preposition
				// the gap is the addressee, and the words of one actor's
				// name count once. Before an object noun it is the noun's
				// modifiers, which a name does not stretch.
				// An owner's name before the object noun is one determiner
				// however long: "refuted US President X's comments".
				// So is the first object of a verb of giving: "granted the
				// Department of State Services (DSS) permission", with the
				// acronym in brackets and a comma after the name.
				if q+1 < len(toks) && (toks[q+1].hyph || mAt != nil && mAt[q] != 0 && mAt[q+1] == mAt[q] && (addressee || possessorAt(toks, mAt, q) || n == 1 && firstObject(toks, mAt, pos, q))) && limit < pos+3*gapMax {
					limit++
				}
				if n == 1 && mAt != nil && q > pos && mAt[q-1] != 0 && firstObject(toks, mAt, pos, q-1) && mAt[q] != mAt[q-1] {
					// After the first object's name: "(DSS)" and a comma.
					if e := bracketAfter(toks, q); e > q {
						limit += e - q
					}
				}
			}
			if found < 0 {
				return t, false
			}
			if t.gapI < 0 {
				t.gapI, t.gapJ = pos, found
			}
			pos = found + size
			n++
			continue
		}
		c := matchWord(toks, pos, w, n == len(p.Words)-1)
		if c == 0 {
			return t, false
		}
		pos += c
	}
	t.j = pos
	return t, true
}

// sendForms are the forms of "send" (toGoverned).
var sendForms = toSet(`send sends sent sending`)

// toGoverned reports whether the "to" at k follows a modality marker
// ("willing to") or a verb that governs an infinitive ("asked Russia to").
func (b *builder) toGoverned(toks []token, mAt []int, k int) bool {
	if calledAt(toks, mAt, k) >= 0 {
		return true
	}
	for _, mp := range b.d.modality["to"] {
		if matchBack(toks, k, mp.toks, 0) {
			return true
		}
	}
	if q := skipAdjunct(toks, k-1, 0); q >= 0 && aspectVerbs[toks[q].lower] {
		return true
	}
	if motionPurpose(toks, mAt, k) >= 0 {
		return true
	}
	// A governing verb pattern ending in "to" up to gapMax+1 tokens back:
	// an appeal, intent, demand, refusal or threat ("urged X to"), or forces
	// sent to act ("sent fighter jets to destroy the reactor"). A pattern of
	// handing or opening something to someone does not govern what follows:
	// "hand over 30 vehicles to support health services", "re-open its
	// borders for South Koreans to inspect" (a purpose).
	for q := k - 1; q >= 0 && q >= k-gapMax-1; q-- {
		if q > 0 && (toks[q-1].lower == "in" && toks[q].lower == "order" || nounMarkers[toks[q-1].lower] && !demandNouns[toks[q].lower]) {
			// "in order to retake the airport", "with the order to capture
			// the ringleaders", "a scheme to offer courses": a noun, and what
			// follows is a purpose. (What "a request by X to" asks is
			// governed: see demandedAct.)
			continue
		}
		// "sent fighter jets to destroy": a form of "send" governs whatever
		// dictionary line matched it (no "send * X to" line is needed).
		if sendForms[toks[q].lower] {
			return true
		}
		for _, p := range b.d.verbs[toks[q].lower] {
			if p.Words[len(p.Words)-1] != "to" || !governRoots[p.Code[:2]] {
				continue
			}
			if len(p.Words) > 2 && (p.Words[1] == "on" || p.Words[1] == "upon") && (q+1 >= len(toks) || toks[q+1].lower != p.Words[1]) {
				// "called Bashir on Saturday to express his support": a call,
				// not "called on X to"; the particle the pattern needs is not
				// there.
				continue
			}
			if len(p.Words) == 2 && q+2 < k && toks[q+1].lower == "to" && determiners[toks[q+2].lower] {
				// "agreed to a cease-fire to end months of fighting": the
				// pattern's own "to" came right after the verb and took a
				// noun; the later "to" is a purpose ("failed to persuade
				// them to" is still governed).
				continue
			}
			return true
		}
		if toks[q].text == "," || toks[q].text == "." {
			break
		}
	}
	return false
}

// motionForms are the forms of the verbs of going somewhere.
var motionForms = toSet(`go goes went going gone travel travels travelled traveled travelling traveling fly flies flew
flying flown head heads headed heading come comes came coming`)

// motionTimes open a short time phrase between a destination and the
// purpose: "go to Moscow in 1987 to meet", "fly to Paris next week to sign".
var motionTimes = toSet(`in on next this later early`)

// motionPurpose returns the verb of going when the "to" at k gives the
// purpose of a trip to a named place or actor ("will not go to Moscow to
// meet Gorbachev", "prepared to head to Brussels to meet with Bush"), -1
// otherwise. The trip is made for the act, so the act is governed, and it
// is as planned, done or refused as the going is (modality).
func motionPurpose(toks []token, mAt []int, k int) int {
	if k < 1 || k >= len(mAt) || len(mAt) > len(toks) {
		return -1
	}
	e := k // the end of the destination's mention
	if n := 0; k-1 >= 0 && mAt[k-1] == 0 {
		// a short time phrase after the destination
		for e = k; e > 0 && mAt[e-1] == 0 && n < 3; e, n = e-1, n+1 {
			if !toks[e-1].word {
				return -1
			}
		}
		if e == k || e < 1 || mAt[e-1] == 0 || !motionTimes[toks[e].lower] {
			return -1
		}
	}
	if e < 1 || mAt[e-1] == 0 {
		return -1
	}
	m, q := mAt[e-1], e-1
	for q > 0 && mAt[q-1] == m {
		q--
	}
	if q > 0 && toks[q-1].lower == "the" {
		q--
	}
	if q < 2 || toks[q-1].lower != "to" || !motionForms[toks[q-2].lower] {
		return -1
	}
	return q - 2
}

// talkVerbs are what one calls someone to do with that one: the one
// called is the partner, whatever topic follows ("called X to discuss
// Iran").
var talkVerbs = toSet(`discuss talk consult confer meet speak`)

// callForms are the forms of the verbs of calling someone up.
var callForms = toSet(`call calls called calling phone phones phoned phoning telephone telephones telephoned telephoning`)

// officeAges before a title say when its holder holds it: "new", "former".
var officeAges = toSet(`new former outgoing incoming`)

// calledAt finds who was called when "to" at k gives what a call was made
// to do ("called Sudanese President Omar al-Bashir on Saturday to express
// his support", "telephoned Kozyrev to convey"): what one calls someone to
// do is done in the call, to the one called. It returns the token that
// starts that actor, right after the verb and followed by a time or by
// "to" (see phoneCall), or -1: not "called on X to", a demand, nor "called
// the plan a disaster".
func calledAt(toks []token, mAt []int, k int) int {
	for q := k - 1; q >= 0 && q >= k-12; q-- {
		if toks[q].text == "," || toks[q].text == "." {
			return -1
		}
		if callForms[toks[q].lower] {
			j := q + 1
			if j < k && determiners[toks[j].lower] {
				j++ // "called the Belgian foreign minister to discuss Iran"
			}
			if j+1 < k && officeAges[toks[j].lower] && mAt[j] == 0 {
				j++
			}
			if j < k && mAt[j] != 0 && phoneCall(toks, mAt, q+1) {
				return j
			}
			return -1
		}
	}
	return -1
}

// mentionCountry is the ISO3 of the country a mention places the text in:
// a country, a body of one, a place in one ("in Kabul"); "" for persons
// (their country may be a guess) and for international bodies.
func (b *builder) mentionCountry(m mention) string {
	if m.ref == nil || m.person || m.agr {
		return ""
	}
	iso := m.ref.Country
	if m.loc {
		iso = m.ref.locCountry
	}
	if b.d.byISO[iso] == nil {
		return ""
	}
	return iso
}

// regionAdjectives name a region, a bloc or the world rather than one
// country: a sector word they qualify is no one country's body.
var regionAdjectives = toSet(`european western eastern arab african asian nordic scandinavian balkan caribbean gulf world foreign international regional`)

// noteCountry records the country a mention names for soleCountry.
func (b *builder) noteCountry(m mention) {
	iso := b.mentionCountry(m)
	if iso == "" || b.manyCountries {
		return
	}
	if b.soleCountry == nil {
		b.soleCountry = b.countryRef(b.d.byISO[iso])
	} else if b.soleCountry.Country != iso {
		b.soleCountry, b.manyCountries = nil, true
	}
}

// contextSole is the article's one country so far, counting the mentions
// before (earlier in the sentence); nil when there are none or several.
func (b *builder) contextSole(before []mention) *entRef {
	if b.manyCountries {
		return nil
	}
	sole := b.soleCountry
	for _, o := range before {
		iso := b.mentionCountry(o)
		if iso == "" {
			continue
		}
		if sole != nil && sole.Country != iso {
			return nil
		}
		sole = b.countryRef(b.d.byISO[iso])
	}
	return sole
}

// contextCountries gives a titled person named without a country ("President
// Yoweri Museveni") the country the sentence places them in: a nationality
// adjective, a capital or a country after "in"; failing those, the one
// country the article names. Never the last country named: a person the text
// says nothing of stays without a country rather than a wrong one.
func (b *builder) contextCountries(toks []token, ms []mention) {
	for mi := range ms {
		m := &ms[mi]
		if !m.person || m.ref == nil || m.ref.Country != "" || m.ref.Code != "" {
			continue
		}
		if a := affiliationBefore(toks, ms, *m); a != nil {
			// "EU trade commissioner X", "UK campaigner Y": the body or
			// country the text names for the person.
			if m.title != nil {
				b.giveRole(m.ref, m.title, a)
			} else {
				m.ref.Country, m.ref.Code = a.Country, a.Code
			}
			continue
		}
		if m.title == nil {
			continue
		}
		// "Chairman Louis Schweitzer", "festival director Bob Angus": a
		// title any body may have says nothing of the person's country;
		// only a country said of the title itself counts ("Britain's
		// Europe director X", "the founder of Iran's Islamic Republic,
		// Ayatollah X"), never the sentence's or the article's.
		state := stateOffice(m.title)
		// "President X of Kenya": the country named right after the name
		// is said of the person, before any other of the sentence ("the
		// ministers of Ethiopia and Somalia ... hosted by President X of
		// Kenya" is Kenya's president, not Ethiopia's).
		best := countryOfAfter(toks, ms, *m)
		for _, o := range ms {
			if best != nil {
				break
			}
			if o.ref == nil || o.person || o.loc || o.agr || o.ref.Country == "" || b.d.byISO[o.ref.Country] == nil {
				continue
			}
			if !state && !((o.poss || o.ctx) && o.ref.Kind == KindCountry && (o.j <= m.i && m.i-o.j <= 4 && namesTitle(toks[o.j:m.i]) || o.i > m.i && o.j <= m.j)) {
				continue
			}
			if o.ref.Kind != KindCountry {
				// "28 Chilean government officials": the country of a body.
				if o.ctx {
					best = b.countryRef(b.d.byISO[o.ref.Country])
					break
				}
				continue
			}
			if o.seat && o.i > 0 && !placeWords[toks[o.i-1].lower] {
				// "the ban on trade with Tripoli": a capital standing for its
				// state says nothing of where the person is.
				continue
			}
			if o.ctx || o.poss || o.i > 0 && (toks[o.i-1].lower == "in" || toks[o.i-1].lower == "of") {
				best = o.ref
				break
			}
		}
		if best == nil && state {
			// "Ousted President X" in an article about one country only.
			best = b.contextSole(ms[:mi])
		}
		if best != nil {
			b.giveRole(m.ref, m.title, best)
		}
	}
	for _, m := range ms {
		b.noteCountry(m)
		if m.ref != nil && m.ref.Kind == KindCountry {
			b.lastCountry = m.ref
		}
	}
}

// namesTitle reports whether the words between a country and a title are
// the country's possessive and capitalized words of the title ("Britain's
// Europe Director"), not a noun of its own ("Iraqi families' lawyer": the
// families are Iraqi).
func namesTitle(between []token) bool {
	for _, t := range between {
		if t.lower != "'s" && t.text != "'" && !(t.word && t.upper) {
			return false
		}
	}
	return true
}

// genericTitles may head a firm, a club, a festival or a party as well as
// a state's office: "chairman", "director", "spokesman", "secretary
// general".
var genericTitles = map[string]bool{"Leader": true, "Official": true, "Spokesperson": true, "Counterpart": true,
	"Secretary General": true, "Executive": true, "Founder": true, "Analyst": true, "Economist": true, "Lawyer": true}

// stateOffice reports whether t is an office of a state (a minister, a
// president, a legislator, a general): only such a title lets a person
// take the country the sentence or the article places them in.
func stateOffice(t *title) bool {
	switch t.Sector {
	case "GOV", "LEG", "MIL", "JUD":
		return !genericTitles[t.Canonical]
	}
	return false
}

// governs reports a pattern that takes an infinitive ("ask * to", "threaten
// to cut off"): the act it governs is part of it, not another act.
func governs(p *pattern) bool {
	for _, w := range p.Words[1:] {
		if w == "to" {
			return true
		}
	}
	return false
}

// nounAfterPrepActor reports whether the -s form at k follows an actor word
// that itself follows a preposition: "in violation of EU sanctions", "an
// end to Western sanctions". A clause's subject does not stand right after a
// preposition, so the form is a noun the actor word modifies, when nothing
// that could be its complement follows. Words that
// also open clauses ("after", "before", "since", "until", "than", "like")
// do not count.
func nounAfterPrepActor(toks []token, k int, mAt []int) bool {
	q := k - 1
	for q > 0 && mAt[q-1] == mAt[k-1] {
		q--
	}
	if q == 0 {
		return false
	}
	w := toks[q-1].lower
	if !prepositions[w] || prepClauseOpeners[w] {
		return false
	}
	// What follows must end the phrase or modify the noun: punctuation,
	// "and", "or", a participle ("orders telling staff to"). "The head of
	// the agency warns Iran", "the leader of Hamas calls for": a verb with
	// its complement, its subject a noun with an of-phrase.
	if k+1 >= len(toks) || !toks[k+1].word {
		return true
	}
	n := toks[k+1].lower
	return n == "and" || n == "or" || n == "but" || strings.HasSuffix(n, "ing") && !toks[k+1].upper
}

var prepClauseOpeners = toSet(`after before since until than like`)

// verbContext checks the word before an -s or -ing form: a third-person verb
// follows its subject, a progressive follows an auxiliary.
func verbContext(toks []token, k int, mAt []int, past bool) bool {
	w := toks[k].lower
	ing := strings.HasSuffix(w, "ing")
	third := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !ing
	if k == 0 {
		return true
	}
	p := toks[k-1].lower
	if !ing && !third {
		if strings.HasSuffix(w, "ed") || irregularPast[w] || past {
			// "a letter handed over to": a participle after a noun.
			if k > 1 && nounDets[toks[k-2].lower] && mAt[k-1] == 0 && toks[k-1].word && !toks[k-1].upper && !isAux(p) && k+1 < len(toks) && (prepositions[toks[k+1].lower] || toks[k+1].lower == "over") {
				return false
			}
			// "for alleged money laundering", "over disputed islands": after
			// a preposition, before a word, the form is an adjective.
			if prepositions[p] && p != "by" && p != "to" && p != "since" && (strings.HasSuffix(w, "ed") || past) && k+1 < len(toks) && toks[k+1].word && !determiners[toks[k+1].lower] && !prepositions[toks[k+1].lower] && mAt[k+1] == 0 {
				return false
			}
			return true
		}
		// A base form follows an auxiliary, "to", its subject or an adverb;
		// after a plain noun it is a noun itself ("power supply").
		return mAt[k-1] != 0 || isAux(p) || pronouns[p] || modalWords[p] || p == "to" || p == "and" || p == "or" || p == "who" ||
			p == "which" || p == "that" || p == "not" || p == "n't" || strings.HasSuffix(p, "ly") || !toks[k-1].word || toks[k-1].upper || p == "they" || p == "also" ||
			dayAdverbs[p] && !(k > 1 && beForms[toks[k-2].lower]) // "Yemen today let free", not "there is now pressure"
	}
	if third && mAt[k-1] != 0 && nounAfterPrepActor(toks, k, mAt) {
		return false
	}
	if ing && p == "then" && k > 1 && (toks[k-2].lower == "and" || toks[k-2].lower == "or") {
		// "accused them of telling lies and then attacking the lies", "by
		// converting the tariffs and then freezing them": after "and
		// then" an -ing form goes on with the gerund or participle before
		// it and is read as that one is (not here as a verb of its own).
		p = "and"
	}
	if mAt[k-1] != 0 || pronouns[p] || p == "who" || p == "which" || p == "that" || strings.HasSuffix(p, "ly") ||
		p == "also" || p == "still" || p == "now" || p == "sides" || p == "today" || p == "then" {
		return true
	}
	if ing {
		// "is once again sending", "were still quietly shipping": the
		// progressive's auxiliary may stand before a few adverbs.
		if q := k - 1; midAdverbs[p] || strings.HasSuffix(p, "ly") {
			for q > 0 && k-q <= 3 && (midAdverbs[toks[q].lower] || strings.HasSuffix(toks[q].lower, "ly")) {
				q--
			}
			if beForms[toks[q].lower] || toks[q].lower == "'s" || toks[q].lower == "'re" {
				return true
			}
		}
		if beForms[p] || p == "'s" || p == "been" || p == "by" || p == "after" || p == "before" || aspectBefore[p] {
			return true
		}
		// "X and Y are guilty of violating the ceasefire": what the subject
		// is said to be guilty of is its act ("found guilty of" is the
		// court's finding, told by its own pattern).
		if p == "of" && k >= 3 && toks[k-2].lower == "guilty" && beForms[toks[k-3].lower] {
			return true
		}
		// "a report accusing the army of", "a resolution Thursday
		// criticizing X": a text that says something is said by whoever
		// issues it, so the form is that act.
		q := k - 1
		if _, day := weekdays[p]; (day || dayAdverbs[p]) && q > 0 {
			q--
		}
		return sayingNouns[toks[q].lower] && issuedText(toks, q)
	}
	return toks[k-1].upper && toks[k-1].word
}

func inMention(ms []mention, k int) bool {
	for _, m := range ms {
		if m.i <= k && k < m.j {
			return true
		}
	}
	return false
}

// sayingNouns are texts an actor issues; an -ing form after one tells what
// the text does, as a verb of its issuer.
var sayingNouns = toSet(`statement statements report reports resolution resolutions letter letters communique
communiqué declaration motion editorial`)

// issuedText reports whether the text named at q is the object of a verb
// of issuing it a few words before ("released a joint statement", "passed a
// resolution"): only then is its issuer the subject. A resolution vetoed or
// rejected says nothing for whoever vetoes it.
func issuedText(toks []token, q int) bool {
	for k := q - 1; k >= 0 && k >= q-5; k-- {
		w := toks[k].lower
		if issueForms[w] {
			return true
		}
		if !toks[k].word || prepositions[w] || beForms[w] {
			return false
		}
	}
	return false
}

// issueForms are the forms of verbs of issuing, passing or drafting a text.
var issueForms = toSet(`issue issues issued issuing release releases released releasing put puts putting
pass passes passed passing adopt adopts adopted adopting publish publishes published publishing send sends
sent sending write writes wrote written writing sign signs signed signing unveil unveiled unveils
approve approves approved approving deliver delivers delivered submit submits submitted submitting
introduce introduces introduced introducing table tabled propose proposes proposed proposing consider
considers considered considering drafted drafting circulate circulated circulating penned penning`)

// aspectVerbs take an infinitive that is still an act: "continued to send".
var aspectVerbs = toSet(`continue continues continued continuing begin begins began start starts started try
tries tried attempt attempts attempted manage manages managed help helps helped vow vowed`)

// placeOrgs gives an organization found by its shape, and so without a known
// country, the country it is said to be in: "the Esfahan Uranium Conversion
// Facilities (UCF) in central Iran".
func (b *builder) placeOrgs(toks []token, ms []mention) {
	for mi, m := range ms {
		r := m.ref
		if r == nil || r.Kind != KindOrganization || r.Country != "" || r.Code != "" && r.Code != "NGO" || !strings.HasPrefix(r.ID, "org:") || b.d.orgByID[strings.TrimPrefix(r.ID, "org:")] != nil {
			continue
		}
		for n := mi + 1; n < len(ms) && ms[n].i <= m.j+6; n++ {
			o := ms[n]
			if o.ref == nil || o.ref.Kind != KindCountry {
				continue
			}
			k := o.i - 1
			for k > m.j && (toks[k].lower == "the" || toks[k].lower == "central" || strings.HasSuffix(toks[k].lower, "ern")) {
				k--
			}
			if toks[k].lower == "in" {
				r.Country, r.Code = o.ref.Country, o.ref.Code
			}
			break
		}
	}
}

// aspectBefore are the verbs of beginning and going on after which an -ing
// form is a verb ("has begun withdrawing"), and "without" ("without
// consulting").
var aspectBefore = toSet(`continue continues continued continuing begin begins began begun beginning start starts started starting keep keeps kept resume resumes resumed without`)

// pastForm reports whether w, which starts the patterns ps, is an
// irregular past form of their verb (verb-forms.tsv: "found" of "find *
// guilty", "fought" of "fight"), so that in "the court found" it is the
// verb, not the last word of a noun compound as "clash" is in "the border
// clash". Forms that are as often nouns ("a fierce shot", "the budget cut")
// are left to the other rules.
func pastForm(w string, ps []*pattern) bool {
	if nounLikePast[w] || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return false
	}
	for _, p := range ps {
		if p.Words[0] != w && !p.Noun {
			return true
		}
	}
	return false
}

// nounLikePast are past forms that are common nouns too.
var nounLikePast = toSet(`shot cut hit set put bid cast spread bet hurt cost quit split shed burst upset fell lay saw left felt ground wound bound rose lead led struck`)

// amountAt is the number of words, less one, of an amount that opens the
// phrase at pos after at most two other words ("an additional $2 million",
// "more than USD $4 million worth"), brackets included; 0 if none.
func amountAt(toks []token, pos int) int {
	q := pos
	for q < len(toks) && q < pos+2 && !quantityWord(toks[q]) && toks[q].word && !prepositions[toks[q].lower] {
		q++
	}
	n := 0
	for ; q < len(toks) && n < 2*gapMax; q++ {
		if !quantityWord(toks[q]) && toks[q].text != "(" && toks[q].text != ")" {
			break
		}
		n++
	}
	if n > 0 {
		n--
	}
	return n
}

// quantityWord reports a word of an amount: a number, a currency sign or
// code, a unit ("tons of", "million").
func quantityWord(t token) bool {
	if t.lower != "" && (t.lower[0] >= '0' && t.lower[0] <= '9') {
		return true
	}
	return quantityWords[t.lower]
}

// Numbers spelled out are amounts as digits are: "shortened by one hour the
// curfew" measures the change as "by 1 hour" would.
var quantityWords = toSet(`$ € £ usd eur million billion trillion thousand hundred worth tons tonnes tons metric more than about nearly some around over
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety
dozen dozens hundreds thousands half`)

// paperAfter reports whether the object starting at j (within three words)
// is a paper one signs alone: a decree, a law, a petition, a letter.
func paperAfter(toks []token, j int, papers map[string]bool) bool {
	for q := j; q < len(toks) && q < j+4; q++ {
		w := toks[q].lower
		if papers[w] {
			return true
		}
		if !toks[q].word {
			return false
		}
	}
	return false
}

// sentMessages are things sent that are words, not goods.
var sentMessages = toSet(`letter letters message messages note notes email emails e-mail invitation invitations signal signals text texts tweet tweets`)

// goodsAfter reports whether the object that starts at token j names goods
// (releasedThings, see releasesThing):
// a word of goods within four words, before any preposition, conjunction or
// punctuation ("released a new desktop tool", not "quit after reports").
func goodsAfter(toks []token, j int) bool {
	for q := j; q < len(toks) && q < j+4; q++ {
		w := toks[q].lower
		if releasedThings[w] && !toks[q].upper {
			return true
		}
		if !toks[q].word || prepositions[w] || subordinators[w] || w == "and" || w == "or" || w == "but" || w == "to" {
			return false
		}
	}
	return false
}

var signedPapers = toSet(`decree decrees law laws bill bills order orders legislation petition petitions letter letters autograph autographs book books copies`)

// dayAdverbs stand between a subject and its verb ("Yemen today let free").
var dayAdverbs = toSet(`today yesterday tonight now then later earlier finally once`)

// literalWords is the number of words of p that are not gaps.
func literalWords(p *pattern) int {
	n := 0
	for _, w := range p.Words {
		if w != "" {
			n++
		}
	}
	return n
}

// clauseOpeners start a clause: a gap holding one holds no addressee.
var clauseOpeners = toSet(`why how what whether as if when where while because`)

// midAdverbs stand between an auxiliary and its verb ("is once again
// sending"); adverbs in -ly are recognised by their ending.
var midAdverbs = toSet(`again once still now already also even just currently reportedly allegedly apparently further not n't never soon`)

// modalWords come before a base form.
var modalWords = toSet(`will would shall should can could may might must did does do 'll`)

// irregularPast are past forms that do not end in -ed.
var irregularPast = toSet(`met held sold gave given sent sought fought shot took taken broke broken withdrew
withdrawn led brought struck threw thrown set put hit cut spoke told said made kept left won lent went
undertook undertaken overran blew blown flew built began begun`)

// timePhrase reports "after four years", "before the vote": a preposition,
// not the start of a clause.
func timePhrase(toks []token, k int) bool {
	w := toks[k].lower
	if (w != "after" && w != "before") || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1].lower
	_, num := numberWords[n]
	if (n == "the" || n == "its" || n == "their" || n == "his" || n == "her") && pastVerbSoon(toks, k+2) {
		// "after the Afghan government released 100 prisoners": a clause
		// with its own subject and verb, not a time.
		return false
	}
	return num || isDigit(n[0]) || n == "the" || n == "last" || n == "its" || n == "their" || n == "his" || n == "her" || n == "months" || n == "years" || n == "days" || n == "weeks"
}

// pastVerbSoon reports a past-tense verb within five words from i that
// follows a word other than a determiner ("government released", not "the
// failed coup" or "US-backed").
func pastVerbSoon(toks []token, i int) bool {
	for q := i; q < len(toks) && q < i+5; q++ {
		t := toks[q]
		if !t.word {
			return false
		}
		if q > i && !t.hyph && strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 && !determiners[toks[q-1].lower] && toks[q-1].word {
			return true
		}
	}
	return false
}

// placeSectors gives a sector word that no country owns the country of the
// place the sentence puts it in: "police in Istanbul", "soldiers in
// Myanmar"; attackers and rebels named without a country ("gunmen shot dead
// a lawyer in Guatemala City") belong to the country where they struck, or
// to the one country the article is about.
func (b *builder) placeSectors(toks []token, chunks []chunk, ms []mention) []mention {
	covered := func(i int) bool {
		for _, m := range ms {
			if m.i <= i && i < m.j {
				return true
			}
		}
		return false
	}
	placeAt := func(k int) string { return b.countryAt(toks, ms, k, true) }
	added := false
	for n, c := range chunks {
		if n+1 < len(chunks) && chunks[n+1].kind == phSector && chunks[n+1].i == c.j && c.kind == phSector {
			continue // "Government troops": the last sector word names the body
		}
		if n > 0 && c.kind == phSector && chunks[n-1].kind == phSector && chunks[n-1].j == c.i && !covered(chunks[n-1].i) {
			c.i = chunks[n-1].i
		}
		if c.kind != phSector || covered(c.i) || c.i > 1 && toks[c.i-1].upper || c.i > 0 && toks[c.i-1].lower == "'s" ||
			c.i == 1 && regionAdjectives[toks[0].lower] {
			// (At the start of a sentence the capital says nothing, but a
			// word naming a region or the world does: "European leaders",
			// "World leaders" are not the one country's government.)
			continue
		}
		sw := c.ph.sector
		iso := ""
		if sentForces(toks, c) {
			continue // "sent troops in Syria": the sender's forces, not Syria's
		}
		if c.j+1 < len(toks) && toks[c.j].lower == "in" {
			iso = placeAt(c.j + 1)
		}
		if iso == "" && (sw.Sector == "REB" || sw.Sector == "UAF" || sw.Sector == "CVL" || sw.Sector == "OPP") {
			for k := 0; k+1 < len(toks) && iso == ""; k++ {
				if w := toks[k].lower; w == "in" || w == "near" || w == "outside" || w == "through" || w == "across" {
					iso = placeAt(k + 1)
				}
			}
		}
		if iso == "" && (sw.Sector == "REB" || sw.Sector == "UAF" || sw.Sector == "CVL" || sw.Sector == "OPP" || stateSectors[sw.Sector] && sw.Country == "") {
			// "Government troops and Tamil Tiger rebels clashed", "the
			// rebels vowed revenge": in an article about one country,
			// that country's (this sentence's countries count too).
			before := ms
			if stateSectors[sw.Sector] {
				// "leaders are arriving in the Swiss resort of Davos": a
				// place named after a verb of meeting or arriving is
				// where the body goes or meets, not whose it is.
				before = nil
				for _, m := range ms {
					if m.i < c.i || !meetingPlaceAfter(toks, c.j, m.i) {
						before = append(before, m)
					}
				}
			}
			if sole := b.contextSole(before); sole != nil {
				iso = sole.Country
			}
		}
		if iso == "" || b.d.byISO[iso] == nil {
			continue
		}
		ref := b.bodyRef(b.countryRef(b.d.byISO[iso]), sw, spanText(toks, c.i, c.j))
		if ref == nil {
			continue
		}
		ms = append(ms, mention{i: c.i, j: c.j, ref: ref})
		added = true
	}
	if added {
		sort.SliceStable(ms, func(x, y int) bool { return ms[x].i < ms[y].i })
	}
	return ms
}

// membersOf reports whether the mention m names whose people open the
// clause: "The foreign ministers of India and China met", "Officials from
// Sudan and South Sudan resumed talks" — a title or sector word, and no
// actor, before "of" or "from" at the clause's start.
func (b *builder) membersOf(toks []token, ms []mention, cl *clause, m mention) bool {
	k := m.i - 1
	if k > cl.start && toks[k].lower == "the" {
		k--
	}
	if k <= cl.start || toks[k].lower != "of" && toks[k].lower != "from" {
		return false
	}
	for _, o := range ms {
		if o.i >= cl.start && o.i < k {
			return false
		}
	}
	for q := cl.start; q < k; q++ {
		if p := b.d.lookup(toks, q); p != nil && (p.kind == phTitle || p.kind == phSector) || peopleOf[toks[q].lower] {
			return true
		}
	}
	return false
}

// peopleOf are plural nouns for the people of a state or body: "the
// foreign ministers of India and China".
var peopleOf = toSet(`ministers officials leaders representatives delegations delegates envoys members
diplomats heads negotiators presidents chiefs premiers ambassadors`)

// speakerBefore returns the mention that says what the clause reports (the
// first of a conjoined group: "Russia and China said"), or -1.
func speakerBefore(toks []token, ms []mention, cl *clause) int {
	if cl.sayAt <= cl.start {
		return -1
	}
	end := cl.sayAt
	for end > cl.start && (toks[end-1].lower == "also" || toks[end-1].lower == "later" || toks[end-1].lower == "has" || toks[end-1].lower == "have" || toks[end-1].lower == "had") {
		end--
	}
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := ms[mi]
		// "The woman's lawyer, Ann Smith, said": a name set off by commas
		// right before the verb is the speaker too.
		appos := m.j == end-1 && toks[end-1].text == "," && m.i > cl.start+1 && toks[m.i-1].text == "," && m.ref != nil && m.ref.Kind == KindPerson
		if m.j != end && !appos || m.i < cl.start || m.loc || m.agr || m.ref == nil || m.poss || inPP(toks, m.i, cl.start) || afterPostmodifier(toks, cl.start, m.i) {
			continue
		}
		if appos {
			return mi
		}
		// Back over "X and Y", "X, Y and Z".
		for mi > 0 {
			p := ms[mi-1]
			if p.loc || p.agr || p.ref == nil || p.i < cl.start || p.j > ms[mi].i {
				break
			}
			gap := toks[p.j:ms[mi].i]
			ok := len(gap) >= 1 && len(gap) <= 2
			for _, t := range gap {
				if t.lower != "and" && t.text != "," {
					ok = false
				}
			}
			if !ok {
				break
			}
			mi--
		}
		return mi
	}
	return -1
}

// postmodifiers follow a noun and take a "to" or "with" phrase: "militants
// loyal to X", "a source close to X", "groups linked to X".
var postmodifiers = toSet(`loyal close linked allied affiliated tied`)

// afterPostmodifier reports "loyal to", "close to", "linked with" and the
// like between token start and i: a name after it tells whom the speaker is
// loyal or close to, not who speaks ("Militants loyal to X said",
// "a friend close to X said").
func afterPostmodifier(toks []token, start, i int) bool {
	for k := start; k+1 < i; k++ {
		if postmodifiers[toks[k].lower] && (toks[k+1].lower == "to" || toks[k+1].lower == "with") {
			return true
		}
	}
	return false
}

// sayIsAct reports whether the verb of saying at k is itself an act by a
// pattern of its own: "declared a ceasefire", "announced sanctions on".
// Such a verb opens no reported clause.
func (b *builder) sayIsAct(toks []token, k int) bool {
	var zeros []int
	for _, p := range b.d.verbs[toks[k].lower] {
		if len(p.Words) < 2 || p.Words[0] == "say" || p.Words[0] == "tell" || p.Words[0] == "add" {
			continue
		}
		if zeros == nil {
			zeros = make([]int, len(toks))
		}
		if _, ok := matchPattern(toks, k, p, zeros, zeros); ok {
			return true
		}
	}
	return false
}

// thatAfter reports whether a that-clause follows the pattern t, right
// after it or after its addressee: "demanded that", "warned Kiev that",
// "charged that".
func thatAfter(toks []token, ms []mention, t trigger) bool {
	if t.p.Words[len(t.p.Words)-1] == "that" {
		return true
	}
	q := t.j
	for _, m := range ms {
		if m.i == q {
			q = m.j
			break
		}
	}
	return q < len(toks) && toks[q].lower == "that"
}

// possPronouns may open the second actor of a pair: "Mr Straw and his
// Spanish counterpart".
var possPronouns = toSet(`his her their its`)

// startsMention reports whether an actor's mention starts at k, or after
// "the" at k.
func startsMention(ms []mention, toks []token, k int) bool {
	_, ok := actorAt(ms, toks, k)
	return ok
}

// actorAt returns the actor's mention that starts at k, or after "the" at k.
func actorAt(ms []mention, toks []token, k int) (mention, bool) {
	if toks[k].lower == "the" {
		k++
	}
	for _, m := range ms {
		if m.i == k && !m.loc && !m.agr && m.ref != nil {
			return m, true
		}
	}
	return mention{}, false
}

// countryAt is the country of the place named at k (a country, a capital
// or a located place, not a body), after an optional "the" and, when descr
// is set, up to two lower-case words ("in the central Indian state of X");
// "" when there is none.
func (b *builder) countryAt(toks []token, ms []mention, k int, descr bool) string {
	if k >= len(toks) {
		return ""
	}
	q := k
	if toks[q].lower == "the" {
		q++
	}
	for n := 0; descr && n < 2 && q < len(toks) && toks[q].word && !toks[q].upper && !prepositions[toks[q].lower]; n++ {
		q++
	}
	for _, m := range ms {
		if m.i == k || m.i == k+1 && toks[k].lower == "the" || m.i == q {
			if iso := b.mentionCountry(m); iso != "" && m.ref.Kind != KindOrganization && m.ref.Kind != KindGroup {
				return iso
			}
		}
	}
	return ""
}

// headVerbs in a relative clause give its antecedent the lead of a body:
// "Rafael Grossi, who heads the IAEA".
var headVerbs = toSet(`heads leads chairs runs directs headed led chaired ran directed`)

// headsRoles reads "X, who heads Y" as X's role as leader of Y, unless the
// text has given X a role already.
func (b *builder) headsRoles(toks []token, ms []mention, cls []clause) {
	for _, cl := range cls {
		if !cl.relative || cl.antecedent < 0 || cl.start+1 >= cl.end || !headVerbs[toks[cl.start+1].lower] {
			continue
		}
		p := ms[cl.antecedent].ref
		if p == nil || p.Kind != KindPerson || p.roleTitle != "" {
			continue
		}
		at := cl.start + 2
		if at < len(toks) && toks[at].lower == "the" {
			at++
		}
		for _, m := range ms {
			if m.i == at && m.ref != nil && !m.loc && !m.agr && m.ref.Kind != KindPerson {
				sector := m.ref.Sector
				if sector == "" {
					sector = "GOV"
				}
				b.giveRole(p, &title{Sector: sector, Canonical: "Leader"}, m.ref)
			}
		}
	}
}

// firstObject reports whether the mention holding toks[q] opens the gap at
// pos, alone or after "the".
func firstObject(toks []token, mAt []int, pos, q int) bool {
	s := pos
	if s < len(toks) && toks[s].lower == "the" {
		s++
	}
	return s < len(toks) && mAt[s] != 0 && mAt[q] == mAt[s]
}

// bracketAfter is the end of a bracketed short aside at q ("(DSS)") and of
// a comma after it; q when there is none.
func bracketAfter(toks []token, q int) int {
	e := q
	if e+2 < len(toks) && toks[e].text == "(" && toks[e+2].text == ")" {
		e += 3
	}
	if e > q && e < len(toks) && toks[e].text == "," {
		e++
	}
	return e
}

// possessorAt reports whether the mention holding toks[q] is followed by
// "'s": the name is the owner of what comes after it.
func possessorAt(toks []token, mAt []int, q int) bool {
	e := q
	for e < len(toks) && mAt[e] == mAt[q] {
		e++
	}
	return e < len(toks) && toks[e].lower == "'s"
}

// nounNotAct reports a trigger noun used as no act: inside a name of
// capitalized words that names no actor ("Power Inquiry"), or the second
// part of "crime-fighting", "in-fighting" (see also attackNotAct).
func nounNotAct(toks []token, mAt []int, k int) bool {
	w := toks[k].lower
	switch {
	case toks[k].upper && k > 0 && toks[k-1].upper && toks[k-1].word && mAt[k-1] == 0 && !toks[k-1].hyph:
		return true
	case toks[k].hyph && w == "fighting":
		return true
	case visitForms[w] && wordWithin(toks, k+1, 6, webPlaces):
		return true // "let web users visit the site", read as the noun
	case costedNoun(toks, k):
		return true
	case k+1 < len(toks) && modifierHeads[w][toks[k+1].lower]:
		return true // "an attack mongrel", "the order book": a modifier
	case fieldSense(toks, k):
		return true // "the shooting of the film", a match's "clash"
	}
	return false
}

// costWords name what a budget counts: "the cost of", "the bill for".
var costWords = toSet(`cost costs bill bills price expense expenses`)

// costedNoun reports a trigger noun that is what a cost is counted on,
// up to two words after the "of" or "for" ("the cost of running military
// operations in Iraq", "the bill for the war"): a budget item, no act the
// sentence reports.
func costedNoun(toks []token, k int) bool {
	for m := k - 1; m > 0 && m >= k-3; m-- {
		w := toks[m].lower
		if (w == "of" || w == "for") && costWords[toks[m-1].lower] {
			return true
		}
		if !toks[m].word || toks[m].upper {
			return false
		}
	}
	return false
}

// joinedInfinitives returns the triggers joined by "and" or "or" to the
// governed act in: bare verbs in its clause within ten words after it, with
// no punctuation between ("to lay down their weapons in Iraq and join forces
// with"). A past or present form is an act of its own ("agreed to a truce
// and withdrew").
func joinedInfinitives(toks []token, trigs []trigger, in trigger) []int {
	var out []int
	for tj, u := range trigs {
		if u.cl != in.cl || u.i < in.j+1 || u.i > in.j+10 || u.p.Noun {
			continue
		}
		if c := toks[u.i-1].lower; c != "and" && c != "or" {
			continue
		}
		if slices.ContainsFunc(toks[in.j:u.i-1], func(x token) bool { return !x.word && !x.hyph }) {
			continue // a comma or a quote between: another phrase
		}
		if w := toks[u.i].lower; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || irregularPast[w] ||
			strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			continue
		}
		out = append(out, tj)
	}
	return out
}

// unfulfilled reports whether tokens [from, to) hold a negation or a
// "will" or "would" of the future: a clause whose act waits on a condition.
func unfulfilled(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		switch toks[k].lower {
		case "not", "n't", "never", "will", "would", "wo":
			return true
		}
	}
	return false
}

// nounMarkers before a verb form make it a noun in toGoverned: "the order
// to", "a call to", "their plan to".
var nounMarkers = toSet(`the a an its their his her our`)

// abstractFight reports whether the fight verb at k has an abstract object
// (abstractObjects), right after it or after "for", "against" or "off", a
// determiner, a number or one adjective: "fight crime", "tackle poverty",
// "fighting two lawsuits", "fighting against extradition", "fought off
// competition", "fighting international poverty". An abstract object is no
// enemy.
func abstractFight(toks []token, k int) bool {
	q := k + 1
	if q >= len(toks) || !fightVerbs[toks[k].lower] {
		return false
	}
	if w := toks[q].lower; w == "for" || w == "against" || w == "off" {
		q++
	}
	for n := 0; q < len(toks) && n < 3 && (determiners[toks[q].lower] || allDigits(toks[q].lower) || numberWords[toks[q].lower] > 0 ||
		n < 1 && toks[q].word && !toks[q].upper && q+1 < len(toks) && abstractObjects[toks[q+1].lower]); n++ {
		q++
	}
	return q < len(toks) && abstractObjects[toks[q].lower]
}

// firstPerson gives a quoted "I" its speaker: in ""I welcome the move," said
// the minister" or "The minister said: "I welcome the move"", the one who
// speaks is the subject of what follows "I". Only a single person speaks as
// "I"; the clause must have no subject yet and "I" must come before its
// first verb trigger.
func (b *builder) firstPerson(toks []token, cls []clause, c int, trigs []trigger) {
	cl := &cls[c]
	if len(cl.subject) > 0 {
		return
	}
	sp := cl.speaker
	if cl.reported && cl.parent >= 0 {
		sp = cl.parent
	}
	var speaker []*entRef
	switch {
	case sp < 0 && c == 0 && b.quoteSpeaker != nil:
		// ""...," he said. "I warmly applaud ...": the quote goes on in
		// the next sentence, said by the same person.
		speaker = []*entRef{b.quoteSpeaker}
	case sp < 0 || sp >= len(cls) || sp == c || len(cls[sp].subject) != 1 || cls[sp].subject[0].Kind != KindPerson:
		return
	case !slices.ContainsFunc(toks[cls[sp].start:min(cls[sp].end, len(toks))], func(t token) bool { return sayVerbs[t.lower] }):
		// The speaker's clause says something: "X said", "said X", "X added".
		return
	default:
		speaker = cls[sp].subject
	}
	end := cl.end
	for _, t := range trigs {
		if t.cl == c && !t.p.Noun {
			end = t.i
			break
		}
	}
	for k := cl.start; k < end && k < len(toks); k++ {
		if toks[k].text != "I" || inPP(toks, k, cl.start) {
			continue
		}
		// "I warmly welcome", "I will be asking": only adverbs and
		// auxiliaries between "I" and the act, so that "I" does it ("I
		// could have been shot", "I said they should go" are not).
		for q := k + 1; q < end; q++ {
			w := toks[q].lower
			if !(firstPersonAux[w] || strings.HasSuffix(w, "ly") && len(w) > 4) {
				return
			}
		}
		if end == cl.end || end-k > 4 {
			return
		}
		cl.subject, cl.subjPos = speaker, k
		return
	}
}

// quoteSpeakerAfter returns who goes on speaking after a sentence: the single
// person who says its last clause when the sentence ends by opening a quote
// (""...," he said. "I ..."), the speaker before when the sentence has no
// quote mark at all (still inside the quote), or nil.
func quoteSpeakerAfter(toks []token, cls []clause, before *entRef) *entRef {
	quotes := 0
	for _, t := range toks {
		if t.text == "\"" {
			quotes++
		}
	}
	if quotes == 0 {
		return before
	}
	if len(toks) == 0 || toks[len(toks)-1].text != "\"" || len(cls) < 2 {
		return nil
	}
	last := cls[len(cls)-1]
	if len(last.subject) != 1 || last.subject[0].Kind != KindPerson ||
		!slices.ContainsFunc(toks[last.start:min(last.end, len(toks))], func(t token) bool { return sayVerbs[t.lower] }) {
		return nil
	}
	return last.subject[0]
}

// firstPersonAux may stand between a quoted "I" and its act.
var firstPersonAux = toSet(`will would shall have 've 'll am 'm be do also now today again`)

// marketNouns after a city name make it where a market or an office is,
// not the state it is the capital of: "the Paris, Amsterdam and Lisbon
// stock exchanges", "London shares", "the Tokyo office".
var marketNouns = toSet(`stock stocks exchange exchanges bourse bourses market markets shares index trading
traders dealers airport airports office offices branch branches`)

// cityModifiers makes a capital or seat of government, or a list of them,
// a place (never an actor) when a market noun follows it (marketNouns).
func cityModifiers(toks []token, ms []mention) {
	for mi := 0; mi < len(ms); mi++ {
		if !ms[mi].seat || ms[mi].poss {
			continue
		}
		last := mi // the list "Paris, Amsterdam and Lisbon"
		for last+1 < len(ms) && ms[last+1].seat && ms[last+1].i == ms[last].j+1 && (toks[ms[last].j].lower == "," || toks[ms[last].j].lower == "and") {
			last++
		}
		if k := ms[last].j; !ms[last].poss && k < len(toks) && marketNouns[toks[k].lower] {
			for q := mi; q <= last; q++ {
				ms[q].loc = true
			}
		}
		mi = last
	}
}

// countryOfAfter is the country named right after person m with "of"
// ("President X of Kenya"), or nil. The person must have a full name (two
// words or more): "the Director's Guild of Great Britain", read as a
// person "Guild", is no person of Britain.
func countryOfAfter(toks []token, ms []mention, m mention) *entRef {
	if m.j+1 >= len(toks) || toks[m.j].lower != "of" || !strings.Contains(m.ref.Name, " ") {
		return nil
	}
	for _, o := range ms {
		if o.i == m.j+1 && o.ref != nil && !o.person && !o.agr && o.ref.Kind == KindCountry {
			return o.ref
		}
	}
	return nil
}

// actorNamedAt reports an actor named at toks[k] for a pattern flagged actor:
// an agreement is none ("welcomed the accord" is no hosting).
func actorNamedAt(ms []mention, mAt []int, k int) bool {
	return mAt[k] != 0 && !ms[mAt[k]-1].agr
}

// appositionNP reports whether toks[i:j] read as a noun phrase in
// apposition: a determiner first, then at most six words, none a verb's
// auxiliary and no comma ("the European defence and aerospace firms", "a
// state-owned company").
func appositionNP(toks []token, i, j int) bool {
	if i >= j || j-i > 7 || !apposDeterminers[toks[i].lower] {
		return false
	}
	for _, t := range toks[i+1 : j] {
		if !t.word || beForms[t.lower] || modalWords[t.lower] || t.lower == "has" || t.lower == "have" || t.lower == "had" {
			return false
		}
	}
	return true
}

// apposDeterminers open an apposition.
var apposDeterminers = toSet(`the a an`)

// coordGap reports whether the tokens between two names join them in a
// list: "and", "or" or a comma, and nothing else.
func coordGap(gap []token) bool {
	if len(gap) == 0 || len(gap) > 2 {
		return false
	}
	for _, t := range gap {
		if t.lower != "and" && t.lower != "or" && t.text != "," {
			return false
		}
	}
	return true
}

// personHeldBy reports whether the verb of t is a passive whose agent an
// actor names right after "by" ("have been held by the US", "was kept by
// the army") and whose clause names a person before it: someone is held by
// someone. A thing held ("the event is being held by the association",
// "serve was held by both players") names no person.
func personHeldBy(toks []token, ms []mention, mAt []int, clOf []int, t trigger) bool {
	k := t.j
	if k+1 >= len(toks) || toks[k].lower != "by" {
		return false
	}
	if !actorNamedAt(ms, mAt, k+1) && !(k+2 < len(toks) && determiners[toks[k+1].lower] && actorNamedAt(ms, mAt, k+2)) {
		return false
	}
	be := false
	for q := t.i - 1; q >= 0 && q >= t.i-3; q-- {
		if beForms[toks[q].lower] {
			be = true
		}
	}
	if !be {
		return false
	}
	for _, m := range ms {
		if m.person && m.j <= t.i && clOf[m.i] == clOf[t.i] {
			return true
		}
	}
	return false
}

// adjunctVerbs may open a participle after a comma as an act of their own:
// "..., threatening to impose sanctions", "..., urging Kiev to release the
// prisoners", "..., refusing to meet him". A threat, an appeal, a demand or
// a refusal is said by the clause's subject besides what the clause tells;
// "..., inviting him to Jerusalem" and "..., ordering employees to hide
// expenses" (a boss's orders) are left out.
var adjunctVerbs = toSet(`threaten urge ask call appeal press demand refuse decline`)

// adjunctGovernor reports whether pattern p, tried at the participle k after
// a comma, is a governing pattern of adjunctVerbs ("threaten to", "threaten
// to impose", "urge * to") whose "to" takes a verb:
// the governed act follows, and absorption makes it part of the threat or
// appeal (silentGovernor otherwise).
func adjunctGovernor(toks []token, k int, p *pattern) bool {
	if !adjunctVerbs[p.Words[0]] || !governs(p) || !governRoots[p.Code[:2]] {
		return false
	}
	// The "to" the pattern ends in must be followed by a plain word: no
	// name or determiner ("to Jerusalem", "to the court").
	for q := k + 1; q < len(toks) && q <= k+gapMax+2; q++ {
		if toks[q].lower == "to" {
			return q+1 < len(toks) && toks[q+1].word && !toks[q+1].upper && !determiners[toks[q+1].lower]
		}
	}
	return false
}

// objectAntecedent reports whether a lower-case verb word stands in main
// clause cl between its subject and token i: the mention at i comes after
// the main verb, as its object or in a phrase after it ("picked out the
// case of X, who ..."), and is no subject.
func objectAntecedent(toks []token, cl clause, i int) bool {
	for k := cl.subjPos + 1; k < i && k < cl.end; k++ {
		w := toks[k]
		if w.word && !w.upper && (strings.HasSuffix(w.lower, "ed") || irregularPast[w.lower]) && !determiners[w.lower] {
			return true
		}
	}
	return false
}

// meetingPlaceAfter reports a verb of meeting or arriving between tokens
// from and to, with "in", "at" or "to" after it: what follows is a place
// of meeting.
func meetingPlaceAfter(toks []token, from, to int) bool {
	for q := from; q < to && q+1 < len(toks); q++ {
		if meetingVerbs[toks[q].lower] {
			for r := q + 1; r < to; r++ {
				if w := toks[r].lower; w == "in" || w == "at" || w == "to" {
					return true
				}
			}
		}
	}
	return false
}

var meetingVerbs = toSet(`arrive arrives arriving arrived meet meets meeting met gather gathers gathering gathered
attend attends attending attended converge converging converged`)
