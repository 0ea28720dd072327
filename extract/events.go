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
following under than like including outside`)

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
	dashed     bool // a relative clause opened after a dash (" - who ..."): a closing dash ends it
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
	andOf      int  // "X said A would B and urged C": 1 + the clause of X, whose subject "urged" has; 0 if none
	weSubj     bool // the subject stands for a quoted "we" whose speaker follows the quote (see firstPerson)
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
	passiveObj bool     // a frame in the passive, its object noun first ("sanctions imposed on X by Y"; passive_frame.go)
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
	ms = b.hyphenatedAgreements(toks, ms)
	b.noteAgreements(toks, ms)
	ms = b.describedPersons(toks, ms)
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
	isVerb := func(w string) bool { return len(b.d.verbs[w]) > 0 }
	ms = b.opposedRulers(toks, ms, isVerb)
	ms = relationalPossessors(toks, ms, isVerb)
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
	b.pzTagged, b.pzOwed, b.pzOwedNoun = nil, false, 0
	b.quotedTo = quotedUntil(toks, b.quoteSpeaker)
	cls, clOf := b.clauses(toks, ms)
	bounds := func(c int) (int, int) { return cls[c].start, cls[c].end }
	ds := datesByTense(b.d, toks, b.pub, b.dp, clOf, bounds)
	ds = outsideNames(ds, ms, mAt)
	ds = append(ds, b.relativeDays(toks, ds)...)
	for _, d := range ds {
		c := clOf[d.i]
		cls[c].dates = append(cls[c].dates, d)
	}
	lastAt := -1
	for _, d := range ds {
		if d.prec == PrecisionDay && !d.bound && d.i > lastAt {
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
	// Asked with the subjects findSubject gave, before the acts are
	// coded (see theyAfterNounSubject), and only when the next sentence
	// opens with "They": nothing else reads it.
	nounAt := -1
	if len(cls) > 0 && b.theyNext {
		nounAt = b.nounSubjectAt(toks, cls)
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
		} else if (governRoots[t.p.Code[:2]] || t.p.Code[:2] == "11") && thatAfter(toks, ms, t) ||
			demandRoots[t.p.Code[:2]] && thatAfterObject(toks, t) {
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
				if u.cl == t.cl && u.i > t.j && (u.i <= t.j+8 && toks[u.i-1].lower == "to" || governedAfter(toks, t.j, u, cls[u.cl].start)) {
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
			// Only after a governed verb or the addressee of an appeal,
			// demand, refusal or threat ("appealed to Israelis and
			// Palestinians to lay down their weapons"): "flew to Moscow to
			// meet X" is a trip with a purpose (tripPurpose), not a
			// governed act.
			if w := toks[in.i]; inner != nil || governRoots[t.p.Code[:2]] || w.word && !w.upper && !determiners[w.lower] {
				for _, tj := range purposeOfGoverned(toks, trigs, *in) {
					absorbed[tj] = true
				}
			}
		}
		for _, tj := range protestAbsorbed(toks, trigs, ti) {
			absorbed[tj] = true
		}
		t.inner = inner
		if cls[t.cl].cond || inQuestion(toks, t) || inWhetherClause(toks, t) || inAskedHowClause(toks, t) || inPlannedShowHowClause(toks, t) || inConjecture(toks, t) {
			continue
		}
		b.code(toks, s, ms, cls, clOf, t)
	}
	b.reportedDemands(toks, s, ms, cls)
	b.reportedJudgements(toks, s, ms, cls)
	b.warnedIntents(toks, s, ms, cls, clOf)
	b.notePlanOwner(toks, ms, cls)
	b.noteAnnouncer(toks, ms, cls)
	b.noteTextOwner(toks, ms, cls)
	b.quoteSpeaker = quoteSpeakerAfter(b.text, toks, cls, b.quoteSpeaker)
	b.noteLead(s, cls)
	b.noteSubjects(cls)
	for mi := 0; mi+1 < len(ms); mi++ {
		// "shareholders John Magnier and JP McManus": two persons a later
		// "the duo" may stand for, whatever their role here.
		if m, n := ms[mi], ms[mi+1]; m.ref != nil && n.ref != nil && m.ref != n.ref && m.ref.Kind == KindPerson && n.ref.Kind == KindPerson &&
			joinedByAnd(toks, m, n) {
			b.lastPersonPair = []*entRef{m.ref, n.ref}
		}
	}
	if nounAt >= 0 {
		b.nounSubjSent, b.nounSubj = b.sents, b.nounGroup(toks, ms, nounAt)
	}
	// Remember the subject for pronouns in the next sentence.
	subjHere := false
	for k := range cls {
		if len(cls[k].subject) > 0 {
			if pa := cls[k].parent; !cls[k].reported || pa < 0 || pa >= k || !pronounFits("it", cls[pa].subject) {
				// "Caspian has claimed that RFID chips could ... It
				// warned": "it" after a report is its speaker, not the
				// subject of what it said.
				b.lastSubject = cls[k].subject
				subjHere = true
			}
			b.notePersonPair(cls[k].subject)
			if cls[k].subject[0].Kind == KindPerson && subPersonAside(cls, k) {
				// Kept behind the main clause's person: a later "she" of
				// the other sex can still go back to it.
				if n := len(b.personSubjs); n > 0 && !slices.Contains(b.personSubjs[max(0, n-4):], cls[k].subject[0]) {
					b.personSubjs = slices.Insert(b.personSubjs, n-1, cls[k].subject[0])
				}
			} else if cls[k].subject[0].Kind == KindPerson && !possessiveSubject(toks, ms, cls, k) && !copulaPredicatePerson(toks, ms, cls, k) {
				b.lastPersonSubj = cls[k].subject[0]
				b.lastPersonSubjSent = b.sents
				b.reportSpeaker = nil
				if sp := personSpeaker(cls, k); sp != nil && sp != b.lastPersonSubj {
					b.reportSpeaker = sp
				}
				if n := len(b.personSubjs); n == 0 || b.personSubjs[n-1] != b.lastPersonSubj {
					b.personSubjs = append(b.personSubjs, b.lastPersonSubj)
				}
			}
		}
	}
	b.passiveAgent = nil
	if !subjHere {
		// "The bill ... is expected to be opposed by the Liberal
		// Democrats. They have said ...": the next sentence's "They".
		b.passiveAgent, b.passiveAgentSent = passiveAgentOf(toks, ms, cls), b.sents
	}
	// The main clause's body, for an "it" of the next sentence (see
	// mainItSubject); its "nothing" only overrides a subject this sentence
	// gave lastSubject, not an older one. Only the next sentence reads it
	// (itMainSent), and only when it has "it" or "its" (itNext).
	if b.itNext {
		if r, ok := b.mainItSubject(toks, ms, cls); ok && (len(r) > 0 || subjHere) {
			b.itMain, b.itMainSent = r, b.sents
		}
	}
}

// subPersonAside reports whether clause k opens with a subordinator mid
// sentence ("..., when Margaret Thatcher was riding high") after a main
// clause whose subject is one person, another one: the person of the main
// clause stays the one a later "he" or "she" goes back to ("He was not
// expected to win, when Thatcher was riding high, ... He resigned").
func subPersonAside(cls []clause, k int) bool {
	if !cls[k].sub || cls[k].reported || cls[k].relative || len(cls[k].subject) != 1 {
		return false
	}
	for c := k - 1; c >= 0; c-- {
		if cls[c].reported || cls[c].relative || cls[c].sub || cls[c].fronted {
			continue
		}
		return len(cls[c].subject) == 1 && cls[c].subject[0].Kind == KindPerson && cls[c].subject[0] != cls[k].subject[0]
	}
	return false
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

// mentionStartsAt reports whether a mention starts at token k.
func mentionStartsAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.i == k {
			return true
		}
	}
	return false
}

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
		bid := bidPattern(p)
		if len(p.Words) < 2 || p.Words[0] == "say" || p.Words[0] == "tell" && !bid || p.Words[0] == "add" {
			continue
		}
		if zeros == nil {
			zeros = make([]int, len(toks))
		}
		if t, ok := matchPattern(toks, k, p, zeros, zeros); ok && (!bid || b.bids(toks, t)) {
			return true
		}
	}
	return false
}

// bidPattern reports whether p is a bidding of "tell": "tell * to", whose
// addressee is told to act.
func bidPattern(p *pattern) bool {
	return len(p.Words) >= 3 && p.Words[0] == "tell" && p.Words[len(p.Words)-1] == "to"
}

// bids reports whether the "tell * to" match t (its verb at t.i) is a
// bidding: the tree hangs the verb after "to" on "told" as its open
// complement (xcomp), the addressee being its object: "told the ministry to
// drop the plan". "told him about changes made to the firm" (a
// preposition's "to"), "told reporters the deal had come to an end" and
// "told the paper he hopes to stay" (a report whose own verb governs "to")
// are no biddings.
func (b *builder) bids(toks []token, t trigger) bool {
	pz := b.tree()
	j := pastOpeningQuote(toks, t.j) // `told them to "get back home"`
	if pz == nil || j >= len(pz.words) || !toks[j].word || toks[j].upper {
		return false
	}
	if pz.head(j) != t.i {
		return false
	}
	// The tagger hangs some biddings on the verb as an adjunct ("are
	// telling councils to find more sites"); "in order to" and "so as to"
	// open a purpose.
	// After an opening quotation mark the tagger takes the bidden verb
	// for a clause (ccomp: `told the Somali president to "stop"`).
	r := pz.rel(j)
	return r == "xcomp" || r == "ccomp" && j > t.j || r == "advcl" && !(t.j >= 2 && (toks[t.j-2].lower == "order" || toks[t.j-2].lower == "as"))
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

// demandRoots are the appeals and demands (CAMEO 02, 10) whose object's
// "that" clause is part of what is asked for (thatAfterObject).
var demandRoots = toSet(`02 10`)

// thatAfterObject reports whether trigger t's object phrase, eight words at
// most with no punctuation, is followed by "that": "demanded an admission by
// Moscow that its forces killed ...", "called for a law that would ban ...".
// The clause says what is asked for, admitted or enacted, not a done act.
func thatAfterObject(toks []token, t trigger) bool {
	for q := t.j; q < len(toks) && q <= t.j+8; q++ {
		if !toks[q].word && !toks[q].hyph {
			return false
		}
		if toks[q].lower == "that" {
			return q > t.j
		}
	}
	return false
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

// apposDeterminers are the articles: they open an apposition, and may
// stand between "in" or "after" and a talks noun (beInBefore,
// afterTalksBefore).
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

// personSpeaker returns the single person who reports clause k ("X said
// <clause k>"), or nil.
func personSpeaker(cls []clause, k int) *entRef {
	pa := cls[k].parent
	if !cls[k].reported || pa < 0 || pa >= k || len(cls[pa].subject) != 1 || cls[pa].subject[0].Kind != KindPerson {
		return nil
	}
	return cls[pa].subject[0]
}

// passiveAgentOf is the one actor told after "by" right after a past
// participle in a clause of the sentence that is no report ("The bill,
// which ministers claim will ..., is expected to be opposed by the Liberal
// Democrats"): the doer of a passive whose subject is no actor, whom a
// "They" opening the next sentence stands for. Nil when there is none or
// more than one.
func passiveAgentOf(toks []token, ms []mention, cls []clause) *entRef {
	var agent *entRef
	for _, cl := range cls {
		if cl.reported {
			continue
		}
		for _, m := range ms {
			if !actorMention(m) || m.i <= cl.start || m.i >= cl.end {
				continue
			}
			k := byBefore(toks, m.i, cl.start) // -1 when m is no "by" agent
			if k-1 < cl.start || !pastParticiple(toks[k-1]) {
				continue
			}
			if agent != nil && agent != m.ref {
				return nil
			}
			agent = m.ref
		}
	}
	return agent
}
