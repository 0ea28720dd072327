package extract

import (
	"slices"
	"strings"
)

// Trigger words that name no act in their sentence: the checks that drop or
// change an event because of the words around its trigger (a price "hike",
// a website's "visitors", a contest "beaten", a product "released").

// welcomesThing reports whether the actor named at token k (after "the")
// is the owner or modifier of a noun rather than the one welcomed:
// possessive ("Trump's invitation") or followed by a lower-case noun
// ("the OPCW visit").
func welcomesThing(toks []token, ms []mention, k int) bool {
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	for _, m := range ms {
		if m.i != k {
			continue
		}
		if m.poss {
			return true
		}
		return m.j < len(toks) && toks[m.j].word && !toks[m.j].upper && isNounish(toks[m.j].lower)
	}
	return false
}

// bordersToPeople reports whether "to" after the borders opened at k leads,
// within a few words, to people: refugees, civilians, a nation's people
// ("to displaced Afghans", "to such a large number of Syrians").
func (b *builder) bordersToPeople(toks []token, k int) bool {
	if k >= len(toks) || toks[k].lower != "to" {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+7; q++ {
		if ph := b.d.lookup(toks, q); ph != nil && (ph.kind == phSector && (ph.sector.Sector == "REF" || ph.sector.Sector == "CVL") ||
			ph.kind == phAdjective && strings.HasSuffix(toks[q].lower, "s")) {
			return true
		}
	}
	return false
}

// sentToInvestigate reports a purpose "to investigate" (probe, examine,
// inspect, monitor, check, verify, assess, audit) within 14 words after what
// was sent at k, or one of opening an inquiry ("to launch a binding audit
// of", "to carry out an investigation into").
func sentToInvestigate(toks []token, cl *clause, k int) bool {
	for q := k; q+1 < cl.end && q+1 < len(toks) && q < k+14; q++ {
		if toks[q].lower != "to" {
			continue
		}
		if investigateVerbs[toks[q+1].lower] {
			return true
		}
		if inquiryOpeners[toks[q+1].lower] {
			for r := q + 2; r < cl.end && r < len(toks) && r <= q+5; r++ {
				if inquiryWords[toks[r].lower] {
					return true
				}
			}
		}
	}
	return false
}

var (
	investigateVerbs = toSet(`investigate probe examine inspect monitor check verify assess audit`)
	inquiryOpeners   = toSet(`launch conduct carry open begin start`)
	inquiryWords     = toSet(`audit investigation inquiry probe review inspection`)
)

// deployedToInvestigate reports whether the bare "deploy" of trigger t
// moves no forces but people sent to investigate (a sent or dispatched
// team is read by sentAid and sentToInvestigate):
// "deployed 100 monitors at hunts to check for illegal activity". Troops,
// police or ships sent to monitor a ceasefire stay a deployment.
func deployedToInvestigate(toks []token, cl *clause, t trigger) bool {
	if !sentToInvestigate(toks, cl, t.j) {
		return false
	}
	for q := t.j; q < len(toks) && q < t.j+14 && toks[q].lower != "to"; q++ {
		if forceWords[toks[q].lower] {
			return false
		}
	}
	return true
}

// acceptsRoadMap reports an accepting or agreeing verb whose object is a
// road map ("accepted a road map for peace"): its sides agree on it.
func acceptsRoadMap(toks []token, ms []mention, t trigger) bool {
	if !roadMapVerbs[t.p.Words[0]] {
		return false
	}
	for _, m := range ms {
		if m.agr && m.ref != nil && m.i >= t.j && m.i <= t.j+2 {
			return isRoadMapName(m.ref.Name)
		}
	}
	return false
}

// attackNouns are the heads of a named attack (see namedPastAttack).
var attackNouns = toSet(`attack attacks bombing bombings`)

// attackNameWords may stand between a named attack's date and its head:
// "the 11 September terror attacks", "the 2008 Mumbai attacks".
var attackNameWords = toSet(`terror terrorist suicide bomb`)

// namedPastAttack reports whether trigger t is an attack named by its
// date: "the 9/11 attacks", "the 11 September terror attacks", "the 2008
// Mumbai attacks". The name recalls a known past act whose doers the
// sentence does not name; its subject is not one of them ("Bush rejected
// every offer after the 9/11 attacks", "Air Jamaica has been hit by the
// impact of the 11 September attacks"). A month alone is no name ("in a
// September attack in Jezeera").
func namedPastAttack(toks []token, t trigger) bool {
	if !attackNouns[toks[t.j-1].lower] {
		return false
	}
	day := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		_, ok := dayNum(toks[k].lower)
		return ok
	}
	for k := t.j - 2; k >= 0 && k >= t.j-7; k-- {
		w := toks[k].lower
		switch {
		case len(w) == 4 && allDigits(w) && (w[:2] == "19" || w[:2] == "20"):
			return true // "the 2008 Mumbai attacks"
		case w == "11" && k >= 2 && toks[k-1].text == "/" && toks[k-2].lower == "9":
			return true // "the 9/11 attacks"
		case months[w] != 0 && (k > 0 && day(k-1) || k+1 < t.i && day(k+1)):
			return true // "the 11 September attacks", "the September 11 attacks"
		case toks[k].upper || attackNameWords[w] || allDigits(w) || w == "/":
			continue
		}
		return false
	}
	return false
}

// freeCues before "free" make it the verb: "would free 1,500 prisoners",
// "agreed to free", "let free".
var freeCues = toSet(`to will would could can may might must should shall not n't let set`)

// freeAdjective reports whether trigger t is "free" as an adjective: before
// "of" or a hyphen ("free of spyware", "free-to-air"), or before a plain
// noun with no cue of a verb before it ("pledged support for NGOs and free
// media", "a free hand", "free access to American markets"). The verb has a
// cue, a subject right before it or an object that opens with a
// determiner, a number, a pronoun or a name ("free 1,500 prisoners").
func freeAdjective(toks []token, ms []mention, t trigger) bool {
	k := t.i + 1
	if toks[t.i].lower != "free" || k >= len(toks) || !toks[k].word && !toks[k].hyph {
		return false
	}
	if toks[k].lower == "of" || toks[k].hyph {
		return true
	}
	if t.i > 0 && (freeCues[toks[t.i-1].lower] || inMention(ms, t.i-1)) {
		return false
	}
	w := toks[k].lower
	return !toks[k].upper && !determiners[w] && !pronouns[w] && !allDigits(w) && !quantityWord(toks[k]) && !inMention(ms, k)
}

// condemnNouns name a condemnation.
var condemnNouns = toSet(`condemnation condemnations denunciation denunciations`)

// withCondemnation reports whether noun trigger t is joined by "and" to a
// noun of condemnation, with at most one adjective between: "rejection and
// strong condemnation of", "strong condemnation and total rejection of".
func withCondemnation(toks []token, t trigger) bool {
	for _, k := range []int{t.j, t.i - 1, t.i - 2} {
		if k < 0 || k >= len(toks) || toks[k].lower != "and" || k == t.i-2 && (!toks[t.i-1].word || toks[t.i-1].upper) {
			continue
		}
		step := 1
		if k < t.i {
			step = -1
		}
		for q, n := k+step, 0; q >= 0 && q < len(toks) && n < 2; q, n = q+step, n+1 {
			if condemnNouns[toks[q].lower] {
				return true
			}
			if !toks[q].word || toks[q].upper {
				break
			}
		}
	}
	return false
}

// inquiryNouns end the patterns "call for * investigation" (verbs.tsv): a
// call for an inquiry into X accuses X, as a call for sanctions against X
// does.
var inquiryNouns = toSet(`investigation inquiry probe`)

// releasedThings are what is published or put on sale, not set free: the
// objects of "release" that make it no release of persons (0841).
var releasedThings = toSet(`statement statements result results figure figures number numbers data detail details
report reports finding findings text texts document documents list names information transcript footage
service services broadband music
album albums single singles song songs track tracks record records film films movie movies video videos dvd
game games version versions update updates patch patches software tool tools console consoles phone phones
chip chips bulletin bulletins book books photo photos picture pictures image images product products
model models adapter device devices forecast forecasts guidance earnings profit profits budget`)

// releasesThing reports whether the bare "release" trigger t has a thing
// of releasedThings as its object (within six words after it, before any
// punctuation or preposition: "released a joint statement criticising",
// "released the results of the recount", "has released 25 albums") or as
// the noun it follows ("numbers released by Japan's Finance Ministry", "the
// spyware tool was only released by Microsoft", "its US DVD release").
func releasesThing(toks []token, t trigger) bool {
	for k := t.j; k < len(toks) && k < t.j+6; k++ {
		w := toks[k].lower
		if releasedThings[w] {
			return true
		}
		if !toks[k].word && w != "'s" && w != "'" || prepositions[w] || w == "and" {
			break
		}
	}
	for k := t.i - 1; k >= 0 && k >= t.i-4; k-- {
		w := toks[k].lower
		if releasedThings[w] {
			return true
		}
		if !toks[k].word || !beForms[w] && w != "only" && w != "been" && w != "being" && !toks[k].upper && !strings.HasSuffix(w, "ly") && k < t.i-1 {
			break
		}
	}
	return false
}

// saidOrDecided are objects of an attack that only words can hit: plans,
// records, decisions, laws and the like.
var saidOrDecided = toSet(`plan plans policy policies record decision decisions legislation law laws bill bills
proposal proposals tax taxes budget pledge pledges remark remarks comment comments statement statements
handling failure failures strategy approach package reform reforms proceedings patents ruling rulings
verdict claims claim speech manifesto agenda way words`)

// forecastWarning reports whether the verb "warn" of trigger t, on its
// own or as "warn of", warns of what may happen rather than of what the
// warner will do.
// The warning's content is read after the verb (past one addressee or a
// list of them, a time or "in a letter", and "that"), or, when nothing but
// a time or place follows the verb ("..., the agency has warned.", "it
// warned in a statement."), at the start of the sentence. It is a threat
// when that content opens with the warner (ownAct: "warned it will
// retaliate", "warned X that his government would expel him", "warned Y
// in a letter that Washington would ..."), or when the warner tells the
// addressee to act ("warned the broadcaster to steer away from"), or when
// one state warns another. Advice
// against something is no threat ("warned against disunity").
func forecastWarning(toks []token, ms []mention, t trigger, sources []*entRef) bool {
	if !t.p.Noun && len(t.p.Words) == 2 && t.p.Words[0] == "warn" && t.p.Words[1] == "of" {
		// "warned of the dangers of disunity", "warned of rising obesity
		// levels": a danger named; "warned of a reaction if Biden does
		// not ...", "warning of military action if ...": a threat.
		for q := t.j; q < len(toks); q++ {
			if w := toks[q].lower; w == "if" || w == "unless" || q < t.j+4 && threatenedActs[w] {
				return false
			}
		}
		return true
	}
	if t.p.Noun || len(t.p.Words) != 1 || t.p.Words[0] != "warn" || len(sources) == 0 || t.j > len(toks) {
		return false
	}
	k := skipSpeechAdjunct(toks, t.j)
	if e := placeTimeRun(toks, k, len(toks)); e >= len(toks) || toks[e].lower == "." || toks[e].lower == "," && e+1 < len(toks) && toks[e+1].lower == "saying" {
		// The content came first: "Growth may slow, the bank warned."
		q := 0
		for q < t.i && !toks[q].word {
			q++
		}
		return !ownAct(toks, ms, q, sources)
	}
	if w := toks[k].lower; w == "against" || w == "about" {
		return true
	}
	if conditionalSideAct(toks, k) {
		return false // "warned of strikes unless the offer improves": a threat
	}
	for addressee := false; k < len(toks); {
		if m := mentionAt(ms, k); m >= 0 && !ms[m].loc && ms[m].ref != nil && !addressee {
			// The addressees: "warned Labour and the Tories they were ...".
			// One state warning another of what would follow threatens it
			// ("warned Beijing that any test would be met with sanctions").
			if stateRef(ms[m].ref) && stateRef(sources[0]) && ms[m].ref.Country != sources[0].Country {
				return false
			}
			k, addressee = ms[m].j, true
			for k+1 < len(toks) && (toks[k].lower == "and" || toks[k].lower == ",") {
				q := k + 1
				if toks[q].lower == "the" {
					q++
				}
				m := mentionAt(ms, q)
				if m < 0 || ms[m].loc {
					break
				}
				k = ms[m].j
			}
			k = skipSpeechAdjunct(toks, k)
			continue
		}
		break
	}
	if k < len(toks) && toks[k].lower == "to" {
		return false // "warned the BBC to steer away from": told to act
	}
	for q := k; q < len(toks) && q < k+6; q++ {
		// "warned the government in a letter that ...": the content
		// opens after "that".
		if toks[q].lower == "that" {
			k = q + 1
			break
		}
		if !toks[q].word {
			break
		}
	}
	return !ownAct(toks, ms, k, sources)
}

// threatenedActs right after "warn of" make it a threat with no condition
// stated: "warned of retaliation", "warned of military action".
var threatenedActs = toSet(`action retaliation reprisals reprisal response reaction strikes strike attack attacks
sanctions force war measures countermeasures consequences`)

// stoppageActs are a union's or a party's acts of protest that, with
// threatenedActs, a warner's own side carries out: warned of on a
// condition the addressee must meet, they are a threat, though no doer is
// named ("there could be further walkouts unless there was a government
// rethink").
var stoppageActs = toSet(`walkouts walkout stoppages stoppage boycott boycotts`)

// conditionalSideAct reports whether the warning content from token k to
// the end of the sentence holds an "unless" condition, or an "if" one
// that is not met ("if ... not", "if ... fails"), and an act of the
// warner's side (threatenedActs, stoppageActs). Such a warning is a conditional threat (130),
// as threat74's conditioned rejection; a condition on what may happen by
// itself ("could be short-lived if there is a cold snap") is not.
func conditionalSideAct(toks []token, k int) bool {
	cond, act := false, false
	for q := k; q < len(toks); q++ {
		switch w := toks[q].lower; {
		case w == "unless":
			cond = true
		case w == "if":
			for r := q + 1; r < len(toks) && r < q+8 && toks[r].word; r++ {
				if v := toks[r].lower; v == "not" || v == "n't" || strings.HasPrefix(v, "fail") {
					cond = true
				}
			}
		case threatenedActs[w] || stoppageActs[w]:
			act = true
		}
	}
	return cond && act
}

// ownAct reports whether the clause at k opens with the warner, who then
// will or may act: a pronoun ("it will retaliate", "they would strike"), a
// possessive pronoun before its government or forces ("his government
// would expel him"), the warner named again, or a capital or body of the
// warner's country ("Washington would consider scaling back").
func ownAct(toks []token, ms []mention, k int, sources []*entRef) bool {
	if k >= len(toks) {
		return false
	}
	q := k
	switch w := toks[k].lower; {
	case pronouns[w] || w == "i":
		q = k + 1
	case possPronouns[w] && k+1 < len(toks):
		q = k + 2
	default:
		m := mentionAt(ms, k)
		if m < 0 || ms[m].ref == nil {
			return false
		}
		r, own := ms[m].ref, false
		for _, s := range sources {
			if r == s || r.Country != "" && r.Country == s.Country && (r.Kind == KindCountry || r.Sector == "GOV" || r.Sector == "MIL") {
				own = true
			}
		}
		if !own {
			return false
		}
		q = ms[m].j
	}
	for ; q < len(toks) && q < k+5; q++ {
		if w := toks[q].lower; modalWords[w] && w != "should" && w != "must" && w != "did" && w != "does" && w != "do" {
			return true
		}
		if !toks[q].word {
			return false
		}
	}
	return false
}

// venueOnly reports whether every mention of r after trigger t is a
// place after "in" or "at" ("in Brussels", "at the UN headquarters in
// New York", "in the Swiss resort of Davos"), so r is only where t is held.
func venueOnly(toks []token, ms []mention, t trigger, r *entRef) bool {
	return everyMentionAfter(ms, t, r, func(m mention) bool {
		k := m.i - 1
		for k > t.j && (toks[k].lower == "the" || toks[k].word && !toks[k].upper && !prepositions[toks[k].lower] && k >= m.i-3 && isNounish(toks[k].lower)) {
			k-- // "in the Swiss mountain resort Davos"
		}
		return k >= 0 && (toks[k].lower == "in" || toks[k].lower == "at")
	})
}

// everyMentionAfter reports whether r is mentioned after trigger t and ok
// holds of every such mention.
func everyMentionAfter(ms []mention, t trigger, r *entRef, ok func(mention) bool) bool {
	n := 0
	for _, m := range ms {
		if m.ref != r || m.i < t.j {
			continue
		}
		n++
		if !ok(m) {
			return false
		}
	}
	return n > 0
}

// blamedBodies are nouns for people or bodies that can be blamed.
var blamedBodies = toSet(`him her them himself herself themselves itself management managers agency board
executives executive bosses boss staff union unions officials leaders regulators regulator ministers
minister government governments lawmakers politicians party parties bank banks company firm rivals
police army`)

// blamedSomeone reports whether the words blamed by trigger t (those its
// pattern spans and up to eight after it, so those after its "on" too:
// "blamed the crash on the pilots")
// name people or a body: a pronoun, a sector word or one of blamedBodies.
// Without a target, blame of weak demand, high fuel prices or a wet
// summer accuses no one.
func (b *builder) blamedSomeone(toks []token, t trigger) bool {
	for q := t.i + 1; q < len(toks) && q < t.j+8; q++ {
		w := toks[q].lower
		if w == "." || w == ";" || w == ":" {
			break
		}
		if blamedBodies[w] {
			return true
		}
		if p := b.d.lookup(toks, q); p != nil && p.kind == phSector {
			return true
		}
	}
	return false
}

// returnStates after "return to" are states one comes back to, no place
// and no owner: "returned to profit", "return it to growth", "Labour
// returned to power".
var returnStates = toSet(`profit profits profitability growth power office form work film films action
normal normality health black top stage theatre theater screens television court`)

// returnNotAct reports whether the verb "return" of trigger t gives
// nothing back to anyone: a coming back from somewhere ("returned from a
// tour of Africa", "when Parliament returns from its Easter break"), a
// coming back to a state (returnStates, also after "it" or "them"), or
// money paid back ("return $500m to shareholders", "return cash").
// "returned to Brazil 21 frogs" and "returned the artefacts to Iraq" stay
// returns.
func returnNotAct(toks []token, t trigger) bool {
	q := t.j
	if q < len(toks) && (toks[q].lower == "it" || toks[q].lower == "them") {
		q++
	}
	if q >= len(toks) {
		return false
	}
	switch w := toks[q].lower; {
	case w == "from" && q == t.j:
		return true
	case w == "to":
		q++
		if q < len(toks) && toks[q].lower == "the" {
			q++
		}
		return q < len(toks) && returnStates[toks[q].lower]
	case w == "$" || w == "£" || w == "€" || w == "cash" || w == "money":
		return true
	}
	return false
}

// threatVerbs before the noun "threat" make it one made: "issued a threat",
// "repeated its threats", "carried out the threat".
var threatVerbs = toSet(`issue issues issued issuing make makes made making repeat repeats repeated repeating
renew renews renewed carry carries carried drop drops dropped withdraw withdraws withdrew withdrawn back
backs backed follow`)

// threatMade reports whether the noun "threat" of trigger t names a threat
// someone made: with its maker after "by" or "from" ("threats by the
// president", "threats from Iran"), a possessive actor right before it
// ("Iran's threats"), a verb of making it within three words before
// ("issued a threat", "dropped the threat of legal action"), or a verb
// after "to" ("a threat to kill the hostages", not "a threat to peace"). A threat someone poses or
// represents, or "the Soviet threat", is a danger, no act.
func (b *builder) threatMade(toks []token, ms []mention, t trigger) bool {
	if q := t.j; q+1 < len(toks) {
		if toks[q].lower == "made" {
			q++ // "threats made by the government"
		}
		if w := toks[q].lower; (w == "by" || w == "from") && (inMention(ms, q+1) || q+2 < len(toks) && toks[q+1].lower == "the" && inMention(ms, q+2)) {
			return true
		}
		q = t.j
		if toks[q].lower == "to" && !toks[q+1].upper && len(b.d.verbs[toks[q+1].lower]) > 0 {
			return true // "a threat to kill", not "a threat to peace"
		}
	}
	if k := t.i - 1; k >= 0 && (toks[k].lower == "'s" || toks[k].lower == "'") {
		return true
	}
	for k := t.i - 1; k >= 0 && k >= t.i-3; k-- {
		if threatVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}

// supportWords, right after "provide", make the support given aid
// to someone ("willing to provide support to refugees").
var supportWords = toSet(`support backing`)

// aidThings after "provide" make it aid given even with no one named to
// receive it.
var aidThings = toSet(`aid assistance help relief funds fund funding money cash loan loans grant grants credit
food shelter medicine medicines supplies water troops soldiers forces weapons weapon arms ammunition equipment
training protection security intelligence expertise facilities materials tents vaccines doctors homes housing`)

// promiseWords are the verbs (and nouns) of a pledge: with no one it is
// made to, a promise is a plan announced, not an agreement (030).
var promiseWords = toSet(`promise pledge vow`)

// pledgersOwn reports whether r, a target of a pledge by sources, is the
// pledger's own side: the civilians of its own country (the voters a party
// promises to: "promising to cut class sizes for the youngest children") or
// a body of its own country and sector (a party leader pledging what "the
// Conservatives would" do). A person is never: a promise to a colleague
// is made to him.
func pledgersOwn(sources []*entRef, r *entRef) bool {
	if len(sources) == 0 || r.Kind == KindPerson {
		return false
	}
	src := sources[0]
	return src.Country != "" && r.Country == src.Country && (r.Sector == "CVL" || r.Sector != "" && r.Sector == src.Sector)
}

// taxWords name a tax: a sum promised in a tax cut is kept at home, no aid.
var taxWords = toSet(`tax taxes taxation`)

// aidPromised reports whether what is promised at trigger t is aid: a sum of
// money or an aid word (aidThings) among the ten tokens after the trigger,
// before the sentence or clause ends ("promised to give $717m in disaster
// relief", "pledged $750m of his own money"). A tax word there before any
// aid word makes the sum a tax cut ("promises to cut tax by £4bn", "promised
// £4bn in tax cuts").
func aidPromised(toks []token, t trigger) bool {
	money := moneyWithin(toks, t.j, 10)
	for e := t.j; e < len(toks) && e < t.j+10; e++ {
		switch w := toks[e].lower; {
		case aidThings[w]:
			return true
		case taxWords[w]:
			return false
		case w == "." || w == ";" || w == "but":
			return money
		}
	}
	return money
}

// moneyWithin reports a sum of money among the n tokens from q: a currency
// sign, or a figure before bn, m, million or billion.
func moneyWithin(toks []token, q, n int) bool {
	for e := q; e < len(toks) && e < q+n; e++ {
		switch w := toks[e].lower; {
		case w == "$" || w == "£" || w == "€" || w == "euros" || w == "dollars":
			return true
		case w == "." || w == ";":
			return false
		}
	}
	return false
}

// inWithClause reports whether every mention of r after trigger t stands
// in a ", with X saying" clause: after ", with" and before a verb in -ing
// within six words of that "with".
func inWithClause(toks []token, ms []mention, t trigger, r *entRef) bool {
	return everyMentionAfter(ms, t, r, func(m mention) bool {
		w := -1
		for k := m.i - 1; k > t.j && k >= m.i-5; k-- {
			if toks[k].lower == "with" && toks[k-1].text == "," {
				w = k
				break
			}
		}
		if w < 0 {
			return false
		}
		for k := m.j; k < len(toks) && k <= w+8; k++ {
			if strings.HasSuffix(toks[k].lower, "ing") && toks[k].word && !toks[k].upper {
				return true
			}
		}
		return false
	})
}

// agreedThings are what an agreement settles: "agreed a draft proposal",
// "agreed a compensation package", "agreed plans to merge".
var agreedThings = toSet(`deal deals proposal proposals package packages plan plans settlement settlements terms
buy-back buyback takeover merger contract contracts sale sales price prices budget ceasefire truce accord
accords pact treaty compromise framework timetable date deadline agenda statement text rules measures
steps programme program loan loans funding exchange swap release transfer purchase buy move`)

// viewVerbs, after the noun that follows a bare "agreed", make that noun
// the subject of a clause of what was agreed to be so.
var viewVerbs = toSet(`was were is are had has`)

// agreedView reports whether the verb "agree" of trigger t, on its own,
// shares a view rather than settles anything: nothing acted on or
// settled follows it ("Mr Telford agreed, but ...", "agreed: "We need
// ..."", "the men agreed he was "brilliant"", "agreed public spending would
// increase more slowly", "agreed with Dr Fox's view"). It settles
// something when "to", "on", "upon" or "in principle" follows, or a word
// of agreedThings within six words ("agreed a draft proposal with the
// IMF", "agreed with a new airline the sale of ten planes"), or, after
// a "to" or an "on" before the clause ends ("agreed at that meeting to
// apologise", "agreed with the Italian minister to push ...").
func agreedView(toks []token, t trigger) bool {
	q := t.j
	for q < len(toks) && (toks[q].text == `"` || toks[q].lower == "today" || toks[q].lower == "yesterday" || toks[q].lower == "finally" || toks[q].lower == "also" || toks[q].lower == "now") {
		q++ // "has agreed today to set up", ""verbally agreed" to the offer"
	}
	if q >= len(toks) {
		return true
	}
	switch toks[q].lower {
	case "to", "on", "upon", "in":
		return false
	}
	for k := q; k < len(toks) && k < q+8; k++ {
		w := toks[k].lower
		if agreedThings[w] && k+1 < len(toks) && beForms[toks[k+1].lower] {
			return true // "agreed the plan was too costly": the subject of a view
		}
		if viewVerbs[w] && k > q && !relPronouns[toks[k-1].lower] {
			return true // "agreed the figures were based on ...": a clause's own verb after its subject
		}
		if agreedThings[w] && toks[k].upper {
			continue // "the Act of Settlement": a word of a name
		}
		if agreedThings[w] || w == "to" || w == "on" {
			return false // "agreed at that meeting to apologise", "agreed with the minister to push"
		}
		if !toks[k].word && !toks[k].hyph && w != "'s" && w != "£" && w != "$" || w == "and" || w == "but" || pronouns[w] && k > q {
			break // "agreed, but ...", "agreed and said", "agreed he was ..."
		}
	}
	return true
}

// tradeThings after "withdraw from" or "pull out of" are sales and contests
// a firm leaves.
var tradeThings = toSet(`auction auctions bidding bid race tender contest sale takeover competition`)

// leftJobOrTrade reports whether a leaving (166) is a person leaving a
// firm, a show, a school or a band (a target of the business sector or of
// no known sector: "quit the band", "left Apple entirely"), or anyone
// leaving a sale or a contest with no one named ("withdrew from the
// auction"). Leaving a party, a government or an international body
// stays a cut in relations.
func leftJobOrTrade(toks []token, t trigger, src *entRef, targets []*entRef) bool {
	if len(targets) == 0 {
		return wordWithin(toks, t.j, 3, tradeThings)
	}
	r := targets[0]
	return src.Kind == KindPerson && r.Kind == KindOrganization && (r.Sector == "BUS" || r.Sector == "" && r.Code == "")
}

// sentPeople are who or what, when sent, make a sending an act between
// actors: a team, troops, envoys, ships or planes.
var sentPeople = toSet(`team teams platoon unit units experts specialists delegation delegations mission
missions envoy envoys diplomat diplomats lawmaker lawmakers minister ministers officials observers monitors
inspectors investigators advisers personnel staff police ships warships planes aircraft jets vessels
battalion battalions contingent force forces reinforcements rescuers volunteers`)

// sentAid reports whether the bare "send" (or "dispatch") of trigger t sends aid, money or
// people: an aid word (aidThings) or a sum of money within eight words
// after the verb, or a word of sentPeople there or right before a passive
// "sent to" or "sent by" ("a senior lawmaker sent to Addis Ababa").
func sentAid(toks []token, t trigger) bool {
	if moneyWithin(toks, t.j, 8) {
		return true
	}
	if k := t.i - 1; k >= 0 && sentPeople[toks[k].lower] && t.j < len(toks) && (toks[t.j].lower == "to" || toks[t.j].lower == "by" || toks[t.j].lower == "into") {
		return true // "a senior lawmaker sent to Addis Ababa by the president"
	}
	for q := t.j; q < len(toks) && q < t.j+8; q++ {
		w := toks[q].lower
		if aidThings[w] || sentPeople[w] {
			return true
		}
		if w == "." || w == ";" {
			return false
		}
	}
	return false
}

// webVisitors near "visit" make it a visit to a web site or a shop.
var webVisitors = toSet(`site sites website websites web page pages users user shoppers customers browsers`)

// webVisit reports whether the word "visit" of trigger t is a visit to a
// web site or a shop: a word of webVisitors within three words before or
// after it.
func webVisit(toks []token, t trigger) bool {
	for q := max(0, t.i-3); q < len(toks) && q < t.j+3; q++ {
		if webVisitors[toks[q].lower] {
			return true
		}
	}
	return false
}

// ownedGroups are the unnamed people of a firm or a body: "its banks",
// "the firm's creditors".
var ownedGroups = toSet(`banks lenders creditors bondholders shareholders investors staff workers employees
suppliers auditors advisers`)

// subjectGap are the words that may stand between a subject and its verb:
// auxiliaries, adverbs and "trying to".
var subjectGap = toSet(`have has had been be is are was were will would could may might should must also already
now finally still trying to`)

// ownedGroupSubject reports whether the verb of trigger t has as its
// subject an unnamed group owned by someone: one of ownedGroups after
// "its", "their" or "'s", right before the verb but for auxiliaries,
// adverbs and a relative clause aside ("its banks have agreed to", "the
// firm's creditors - which own 99% of the firm - have been trying to
// agree"). Its acts are not the owner's, and the group is no actor. So
// are those who own or lend to a named firm (firmOwners): "two Santander
// shareholders filed", "a shareholder in US phone firm MCI has taken".
func ownedGroupSubject(toks []token, ms []mention, t trigger) bool {
	k := t.i - 1
	for k >= 0 && subjectGap[toks[k].lower] {
		k--
	}
	if k >= 0 && !ownedGroups[toks[k].lower] {
		// a relative clause between subject and verb: "creditors - which
		// own 99% of the firm - have"
		for q := k - 1; q >= 1 && q > k-15; q-- {
			if w := toks[q].lower; w == "which" || w == "who" {
				k = q - 1
				for k >= 0 && !toks[k].word {
					k--
				}
				break
			}
		}
	}
	if k >= 1 && ownedGroups[toks[k].lower] && (toks[k-1].lower == "its" || toks[k-1].lower == "their" || toks[k-1].lower == "'s") {
		return true
	}
	return k >= 1 && firmOwners[toks[k].lower] && mentionEndsAt(ms, k-1) || ownerInFirm(toks, k)
}

// firmOwners are those who own or lend to a firm, one or many: what they do
// is not the firm's act ("two Santander shareholders filed a complaint",
// "a shareholder in MCI has taken legal action").
var firmOwners = toSet(`shareholder shareholders investor investors creditor creditors lender lenders
bondholder bondholders`)

// ownerCount are the words before a firm owner that make it the head of a
// subject: "a shareholder in", "two creditors of".
var ownerCount = toSet(`a an one two three four five several some many the`)

// ownerInFirm reports whether the subject ending at token k is a firm owner
// of a named firm ("a shareholder in US phone firm MCI", "two creditors of
// Yukos"): a counted firm owner, then "in", "of" or "at", then words with
// no comma, verb or auxiliary up to k.
func ownerInFirm(toks []token, k int) bool {
	for q := k - 1; q >= 2 && q > k-8; q-- {
		w := toks[q].lower
		if w == "," || auxiliaries[w] || !toks[q].word {
			return false
		}
		if (w == "in" || w == "of" || w == "at") && firmOwners[toks[q-1].lower] && ownerCount[toks[q-2].lower] {
			return true
		}
	}
	return false
}

// beatenSomeone reports whether a beating ("beat" alone, 182) has a target
// that can be struck as an act of force: no plain person or firm, which
// are beaten in contests ("Citigroup beat Standard Chartered to buy Koram
// bank", "Casey beat Brian McFadden and Damien Rice"); a country, a body,
// a group or a person of a known sector (a journalist, an opposition
// figure) stay.
func beatenSomeone(targets []*entRef) bool {
	for _, r := range targets {
		if r.Sector != "BUS" && (r.Kind != KindPerson || r.Sector != "") {
			return true
		}
	}
	return false
}

// adjectiveBefore are the words before an adjective "offensive": copulas,
// adverbs, "and", "not", and "charm" of a charm offensive.
var adjectiveBefore = toSet(`is was were are be been being seems seemed very deeply highly grossly extremely
particularly so too and or not , charm`)

// offensiveWord reports whether the noun "offensive" of trigger t is the
// adjective ("which was offensive to many people", "tasteless and
// offensive", "is not offensive") or a charm offensive: one of
// adjectiveBefore right before it. A military offensive has a determiner
// or a modifier before it ("launched an offensive", "a major offensive").
func offensiveWord(toks []token, t trigger) bool {
	return t.i > 0 && adjectiveBefore[toks[t.i-1].lower]
}

// ownPossessives right after "defend" make what is defended the speaker's own.
var ownPossessives = toSet(`his her their its our my`)

// ownDefended reports whether the verb "defend" of trigger t has as its
// object something of the defender's own: a possessive pronoun opens it
// ("defended his policies", "defended her decision", "defending our
// national sovereignty") and names no country or body within three words
// ("defended its ally Syria" does). That is justifying one's own course,
// no support given to anyone; "defended Germany's decision" (no pronoun)
// is left alone.
func ownDefended(toks []token, ms []mention, t trigger) bool {
	if t.j >= len(toks) || !ownPossessives[toks[t.j].lower] {
		return false
	}
	for q := t.j + 1; q < len(toks) && q <= t.j+3; q++ {
		if m := mentionAt(ms, q); m >= 0 && ms[m].ref != nil && ms[m].ref.Kind != KindPerson && (ms[m].j >= len(toks) || toks[ms[m].j].lower != "'s") {
			return false // "defended its ally Syria": someone else is named ("her ministry's handling" is her own)
		}
	}
	return true
}

// asOpposedTo reports whether the verb "oppose" of trigger t is the
// contrast "as opposed to": "as" right before it and "to" right after.
func asOpposedTo(toks []token, t trigger) bool {
	return t.i > 0 && toks[t.i-1].lower == "as" && t.j < len(toks) && toks[t.j].lower == "to"
}

// shownOpeners right after "demonstrate" make it "show": an object or a
// clause follows.
var shownOpeners = toSet(`that how what why whether the a an one its their his her our my your this these those
it they we he she there`)

// shownThing reports whether the verb "demonstrate" of trigger t shows
// something ("demonstrated that ...", "demonstrated a phone using ...",
// "demonstrate they have an acceptable standard of health"): an object or a
// clause opens right after it. A protest is intransitive ("demonstrated
// outside BBC buildings", "by demonstrating and talking").
func shownThing(toks []token, t trigger) bool {
	return t.j < len(toks) && shownOpeners[toks[t.j].lower] || shownClauseAhead(toks, t.j)
}

// shownClauseAhead reports whether a clause of what is shown opens a few
// words after "demonstrate", past a phrase of its own ("demonstrating on
// every issue that it is the real opposition"): "that" then a pronoun or a
// determiner as the clause's subject, before any punctuation. A relative
// "that" after a place ("the square that faces ...") has a verb next.
func shownClauseAhead(toks []token, from int) bool {
	for q := from; q < len(toks)-1 && q < from+6; q++ {
		switch toks[q].lower {
		case ".", ",", ";", ":", "and", "but":
			return false
		case "that":
			return shownOpeners[toks[q+1].lower] && toks[q+1].lower != "that"
		}
	}
	return false
}

// shownNoun reports whether the noun "demonstration" of trigger t is a
// showing of something: "of" then a determiner right after it ("ran a
// demonstration of the service", "a demonstration of its strength"). A
// protest's "of" counts its marchers ("a demonstration of 5,000 people").
func shownNoun(toks []token, t trigger) bool {
	return t.j+1 < len(toks) && toks[t.j].lower == "of" && shownOpeners[toks[t.j+1].lower] &&
		toks[t.j+1].lower != "that"
}

// fightThings after "fight" are fought with no force: ills, cases, bids and
// plans, or a contest fought out.
var fightThings = toSet(`crime racism poverty disease diseases illness cancer aids corruption inflation fraud
piracy spam viruses drugs obesity unemployment case cases charges ban bid bids takeover plans proposals law
legislation election elections seat seats it back on off`)

// foughtThing reports whether the verb or noun "fight" of trigger t uses no
// force: a firm fights (business sector), or what is fought, within four
// words after it, is an ill, a case, a bid or a contest ("fought all forms of
// racism", "fight crime", "fight it out for the award", "urge the government
// to fight on").
func foughtThing(toks []token, t trigger, src *entRef) bool {
	if src.Sector == "BUS" {
		return true
	}
	for q := t.j; q < len(toks) && q < t.j+4; q++ {
		w := toks[q].lower
		if fightThings[w] {
			return true
		}
		if w == "." || w == ";" || w == "," {
			return false
		}
	}
	return false
}

// priceWords after "charge" make it a price asked.
var priceWords = toSet(`fee fees rate rates price prices tariff tariffs rent users customers clients subscribers
consumers cents pence per`)

// priceCharged reports whether the verb "charge" of trigger t asks a price
// or is no verb at all: the noun after "without" or "without X or" ("held
// without trial or charge"), the adjective after "very" ("very charged
// politically"), or, with no "with" (the charge laid) within six words after
// it, a price word (priceWords), a sum or a percentage there, or "for"
// ("charging users for the tool", "the rates they charge for roaming").
func priceCharged(toks []token, t trigger) bool {
	if k := t.i - 1; k >= 0 {
		switch toks[k].lower {
		case "without", "very", "highly", "politically":
			return true
		case "or":
			for q := k - 1; q >= 0 && q >= k-3; q-- {
				if toks[q].lower == "without" {
					return true
				}
			}
		}
	}
	for q := t.j; q < len(toks) && q < t.j+6; q++ {
		switch w := toks[q].lower; {
		case w == "with" || w == "." || w == ";":
			return false
		case priceWords[w] || w == "for" || w == "$" || w == "£" || w == "€" || w == "%":
			return true
		}
	}
	return false
}

// products are what a firm or an artist releases.
var products = toSet(`upgrade upgrades update updates patch patches software version versions program programs
chip chips machine machines console consoles system device devices handset handsets phone phones game games
film films movie movies album albums single singles song songs record records dvd dvds track tracks`)

// releasedProduct reports whether the bare "release" of trigger t launches a
// product: a firm (business sector) releasing with no one released, or a
// product word (products) within six words after the verb, or, with no one
// released, a capitalized title right after it that names no actor.
func releasedProduct(toks []token, ms []mention, t trigger, src *entRef, targets []*entRef) bool {
	if src.Sector == "BUS" && len(targets) == 0 {
		return true
	}
	if len(targets) == 0 && t.j < len(toks) && toks[t.j].upper && !actorStartsAt(ms, t.j) {
		return true // "have released No More", "released The Passion of the Christ": a title, no one freed
	}
	for q := t.j; q < len(toks) && q < t.j+6; q++ {
		if products[toks[q].lower] {
			return true
		}
		if w := toks[q].lower; w == "." || w == ";" {
			return false
		}
	}
	return false
}

// metThing reports whether the "meet" of trigger t is a passive whose
// subject is no actor: "the cross was met by X", "it was met with
// protests", "their demands have been met": a ball, a plan or a demand
// met, no meeting of two parties.
func metThing(toks []token, ms []mention, t trigger) bool {
	k := t.i - 1
	if k < 1 || !beForms[toks[k].lower] {
		return false
	}
	k--
	if toks[k].lower == "have" || toks[k].lower == "has" || toks[k].lower == "had" {
		k--
	}
	if k < 0 || !toks[k].word || pronouns[toks[k].lower] && toks[k].lower != "it" || toks[k].lower == "i" || toks[k].lower == "who" {
		return false // "he was met by the envoy": a person met
	}
	for _, m := range ms {
		if m.i <= k && k < m.j && m.ref != nil && !m.loc {
			return false
		}
	}
	return true
}

// signedPerson reports whether the bare "sign" of trigger t takes a person
// as its object ("signed Italian striker X", "signed West up") or joins a
// person's label or club ("signed to Mr Campbell's label", "signed for X"):
// a player or an artist is hired, no agreement is signed. A person's own
// document ("signed Putin's decree") is no such object.
func signedPerson(toks []token, ms []mention, t trigger) bool {
	from := t.j
	if from < len(toks) && (toks[from].lower == "to" || toks[from].lower == "for") {
		from++
	}
	for _, m := range ms {
		if m.i < from || m.i > from+2 || m.ref == nil || m.ref.Kind != KindPerson || m.loc || m.ctx {
			continue
		}
		if m.j < len(toks) && toks[m.j].lower == "'s" && from == t.j {
			return false
		}
		return true
	}
	return false
}

// selfReturnNext are the words that follow an intransitive "return": the
// one who returns comes back somewhere or in some role, and hands nothing back.
var selfReturnNext = toSet(`to for in after as again home from on this next later . , ; "`)

// selfReturn reports whether the bare "return" of trigger t is the coming
// back of its source itself ("returned to England", "will return as a
// minister", "returns for a one-off special"): the word after the verb is no
// object but a preposition, an adverb or the end of the clause. A state or its
// forces coming back (a withdrawal of troops) stays an event, and so does a
// body's return to a state (what it hands back may follow the state). An
// official or a director comes back in person ("would return to Parliament
// with proposals", "returns to direct the sequel"): only a government body
// (not a person of that sector) keeps it.
func selfReturn(toks []token, t trigger, src *entRef, targets []*entRef) bool {
	if src.Kind == KindCountry || src.Sector == "MIL" || src.Sector == "GOV" && src.Kind != KindPerson {
		return false
	}
	if src.Kind != KindPerson {
		// a body "returned to Brazil ... 21 frogs": what it hands a state
		// may follow the state.
		for _, r := range targets {
			if r.Kind == KindCountry {
				return false
			}
		}
	}
	if t.j >= len(toks) {
		return true
	}
	return selfReturnNext[toks[t.j].lower]
}

// receivedThings are what is received when no one is hosted.
var receivedThings = toSet(`support aid assistance help backing honours honour honors award awards prize prizes
proposal proposals offer offers bid bids letter letters request requests money funding funds payment payments
grant grants loan loans damages approval complaints calls treatment training`)

// receivedThing reports whether a "receive" (043) takes a thing, not a
// guest: the actor after the verb only modifies a thing ("receive IMF
// support", "received Kennedy Center honours"), or, for "received by", the
// thing received stands before the verb ("a proposal was received by").
func receivedThing(toks []token, ms []mention, t trigger) bool {
	if t.j > 0 && toks[t.j-1].lower == "by" {
		for k := t.i - 1; k >= 0 && k >= t.i-4; k-- {
			if receivedThings[toks[k].lower] {
				return true
			}
		}
		return false
	}
	q := t.j
	if m := mentionAt(ms, q); m >= 0 {
		q = ms[m].j
	}
	return q < len(toks) && receivedThings[toks[q].lower]
}

// jobPosts after a resignation name a post in a firm, a club or a show
// ("quit the show", "resigned as host of", "as a partner in a legal firm",
// "resigned from running its petrochemicals subsidiary").
var jobPosts = toSet(`ceo chief executive chairman chairwoman director directors board manager boss coach
contestant band vice-chairman show host presenter partner subsidiary`)

// publicPosts keep a resignation political: "resigned as home secretary",
// "step down as a Labour MP".
var publicPosts = toSet(`minister secretary mp mps government cabinet party leader president governor
commissioner ambassador mayor senator chancellor whip`)

// resignedJob reports whether a resignation (0874: resign, quit, step or stand down)
// leaves a post in a firm, a club or a show: the one who resigns is of the
// business sector, leaves an organization of the business sector, or a post
// of a firm or a club (jobPosts) is named within eight words after the
// verb with no public post (publicPosts) among them ("resigning as the
// company's CEO", "stepped down as Chelsea chairman", "resigned from
// Southcorp's board"). Withdrawing troops is left alone.
func resignedJob(toks []token, t trigger, src *entRef, targets []*entRef) bool {
	switch t.p.Words[0] {
	case "resign", "quit", "step", "stand":
	default:
		return false
	}
	if src.Sector == "BUS" || len(targets) > 0 && targets[0].Kind == KindOrganization && targets[0].Sector == "BUS" {
		return true
	}
	job := false
	for q := t.j; q < len(toks) && q < t.j+8; q++ {
		w := toks[q].lower
		if w == "." || w == ";" || w == "and" && job {
			break
		}
		if publicPosts[w] {
			return false
		}
		job = job || jobPosts[w]
	}
	return job
}

// homeSeats are the places a campaign visits at home.
var homeSeats = toSet(`constituency constituencies seats seat marginals marginal`)

// homeVisit reports whether a visit of src (042) with no one visited goes
// to places of src's own country: a place mention of that country, or
// constituencies or seats, within six words after the trigger.
func homeVisit(toks []token, ms []mention, t trigger, src *entRef) bool {
	if src.Country == "" {
		return false
	}
	for q := t.j; q < len(toks) && q < t.j+6; q++ {
		if homeSeats[toks[q].lower] {
			return true
		}
		if m := mAtLoc(ms, q); m >= 0 && ms[m].ref != nil && ms[m].ref.locCountry == src.Country {
			return true
		}
	}
	return false
}

// wordsOfAttack are the participles that, after a comma, say what an attack
// said: "attacked British imperialists, saying they ...", "attacked the
// tabloids, questioning their honesty".
var wordsOfAttack = toSet(`saying questioning dubbing calling describing branding arguing claiming accusing
insisting labelling labeling`)

// faultsAfterFor are the words after "for" that give a fault blamed, not a
// cause fought for: "attacked Mr Brown for failing to mention", "for not
// consulting", "for his record".
var faultsAfterFor = toSet(`failing not refusing allowing ignoring his her its their`)

// fightersOnStreets are the sectors whose clashes are fights, whatever
// they are over: "protesters clashed with police over the price rise".
var fightersOnStreets = toSet(`MIL COP REB UAF CVL`)

// notIssues after "over" name a place or a time, not an issue fought over:
// "attacked over the border", "clashed over the weekend".
var notIssues = toSet(`border borders frontier territory territories land lands area areas region city town
village villages skies airspace waters sea island islands control week weekend month year night days
past years months weeks hours`)

// fightOfWords reports whether the verb "attack" or "clash" of trigger t
// is a fight of words: what follows it says or blames ("attacked the
// Tories, saying ...", "attacked Mr Brown for failing to ...", "clashed
// with ministers over tuition fees", "have clashed over tax and spending
// plans"), or, for an attack, a word in quotes (double, or the single quotes
// of BBC headlines: "attacks MTV 'sleaze'") opens its object ("attacked
// "false" tabloids", "attacked Labour's "unfair" taxes"). Physical clashes
// are over issues too, so a clash involving forces, police, rebels,
// attackers or civilians is left alone.
func fightOfWords(toks []token, ms []mention, t trigger, sources, targets []*entRef) bool {
	w0 := t.p.Words[0]
	if t.p.Noun || w0 != "attack" && w0 != "clash" || t.i >= len(toks) || !strings.HasPrefix(toks[t.i].lower, w0) {
		return false
	}
	if w0 == "clash" {
		for _, r := range append(slices.Clip(sources), targets...) {
			if fightersOnStreets[r.Sector] {
				return false
			}
		}
	}
	for q := t.j; q < len(toks) && q < t.j+12; q++ {
		w := toks[q].lower
		switch {
		case w == "." || w == ";" || w == ":" || w == "(":
			return false
		case w0 == "attack" && q < t.j+4 && (isQuoteMark(w) || singleQuoteOpens(toks, q)):
			return true
		case w == "," && q+1 < len(toks) && wordsOfAttack[toks[q+1].lower]:
			return true
		case w == "for" && q+1 < len(toks) && (faultsAfterFor[toks[q+1].lower] || w0 == "clash" && strings.HasSuffix(toks[q+1].lower, "ing")):
			return true
		case (w == "over" || w == "about" || w0 == "clash" && w == "on") && issueAfter(toks, ms, q+1):
			return true
		}
	}
	return false
}

// issueAfter reports whether the phrase from k names an issue: after a
// possessive or "the" and any lower-case modifiers, a lower-case word that
// is no place or time (notIssues), in no mention ("over Iraq" may be
// where); "how" and "whether" open one too.
func issueAfter(toks []token, ms []mention, k int) bool {
	if k < len(toks) && (toks[k].lower == "how" || toks[k].lower == "whether") {
		return true
	}
	det := k < len(toks) && determiners[toks[k].lower]
	if det {
		k++
	}
	for end := k + 4; k < len(toks) && k < end; k++ {
		if !toks[k].word || toks[k].upper && !det || inMention(ms, k) || notIssues[toks[k].lower] || timeNouns[toks[k].lower] {
			return false
		}
		if k+1 >= len(toks) || !toks[k+1].word || clauseWords[toks[k+1].lower] || prepositions[toks[k+1].lower] || toks[k+1].lower == "and" {
			return !toks[k].upper
		}
	}
	return false
}

// attackOnWords reports whether the attack of trigger t ("attacked",
// "attacks on", "launched an attack on") has as its object, within seven
// words, a thing said or decided: "attacked President Bush's economic
// record", "attacked the Tory plans", "launched an attack on Conservative
// spending plans", "led an attack on software patents". That is criticism
// (111), not force; "attacked the army camp" stays an attack.
func attackOnWords(toks []token, t trigger) bool {
	return attackOnWordsAt(toks, t.j-1)
}

// forceOnWords reports whether a verb of force other than "attack" (see
// attackOnWords) has as its object a thing said or decided or a sum
// (saidOrDecided, costWords), past "with":
// "how well people execute their business plans", "scheduled his press
// conference to clash with a keynote speech by the chancellor". A plan is
// carried out and a speech coincided with, not a blow struck: no act of
// force and no criticism either.
func forceOnWords(toks []token, t trigger) bool {
	if t.p.Noun || t.j >= len(toks) || strings.HasPrefix(toks[t.j-1].lower, "attack") {
		return false
	}
	k := t.j
	if toks[k].lower == "with" {
		k++
	}
	// The object's head, within four words: "clashed with protesters
	// opposing the new law" stops at the participle, and "the bill's
	// sponsor" or "the plan area" is no plan (a modifier).
	for q := k; q < len(toks) && q < k+4; q++ {
		w := toks[q].lower
		if saidOrDecided[w] || costWords[w] {
			return q+1 >= len(toks) || !toks[q+1].word || toks[q+1].upper || !isNounish(toks[q+1].lower) || clauseWords[toks[q+1].lower]
		}
		if !toks[q].word || toks[q].upper || !isNounish(w) {
			return false
		}
	}
	return false
}

// wordsObject reports whether the phrase from k names, within seven words
// and before any other preposition than "of", a thing said or decided
// (saidOrDecided) or a sum (costWords).
func wordsObject(toks []token, k int) bool {
	for q := k; q < len(toks) && q < k+7; q++ {
		w := toks[q].lower
		if saidOrDecided[w] || costWords[w] {
			return true // "launched an attack on the cost of the asylum system": a sum argued over
		}
		if !toks[q].word && w != "'s" && w != "'" && !toks[q].hyph || prepositions[w] && w != "of" {
			return false
		}
	}
	return false
}

// disasters kill and injure without an actor.
var disasters = toSet(`fire fires blaze earthquake quake tsunami wave storm storms hurricane cyclone typhoon
flood floods flooding landslide landslides avalanche crash accident disaster disease virus outbreak epidemic
heatwave drought famine`)

// killedByDisaster reports whether the force verb t has a disaster as its
// subject: right before it ("a fire killed 19 people") or before the "that"
// or "which" of its relative clause, across a joined verb ("a fire that
// killed 19 people and injured another eight", "the Indian Ocean tidal wave
// which killed 150,000"). Such deaths are no one's act; the sentence's
// other actors did not do them.
func killedByDisaster(toks []token, cl *clause, t trigger) bool {
	if t.i > 0 && disasters[toks[t.i-1].lower] {
		return true
	}
	for k := t.i - 1; k > 0 && k >= t.i-8; k-- {
		w := toks[k].lower
		if w == "that" || w == "which" {
			return disasters[toks[k-1].lower]
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// attackCraft after "attack" make it a kind of weapon: "attack helicopters".
var attackCraft = toSet(`helicopter helicopters aircraft jet jets plane planes submarine submarines dog dogs
boat boats craft drone drones`)

// attackNotAct reports whether trigger t is the word "attack" naming no
// attack: a kind of weapon ("an armored regiment, attack helicopters and
// fighter jets"), an illness ("a heart attack") or, capitalized inside the
// sentence, part of a name ("Massive Attack and Portishead").
func attackNotAct(toks []token, t trigger) bool {
	if t.j-t.i != 1 || (toks[t.i].lower != "attack" && toks[t.i].lower != "attacks") {
		return false
	}
	if t.i+1 < len(toks) && attackCraft[toks[t.i+1].lower] {
		return true
	}
	if t.i > 0 && (toks[t.i-1].lower == "heart" || toks[t.i-1].lower == "panic" || toks[t.i-1].lower == "asthma") {
		return true
	}
	return t.i > 0 && toks[t.i].upper && toks[t.i-1].word
}

// contestPrizes are what one beats a rival to: "beat X to the award".
var contestPrizes = toSet(`award awards prize prizes title titles deal contract spot place nomination top post job bid`)

// contestNouns are what one is beaten in: "beaten in the ratings".
var contestNouns = toSet(`ratings polls poll vote final finals race charts election`)

// beatenTargets are figures one beats: "beat market expectations".
var beatenTargets = toSet(`expectations forecast forecasts estimate estimates target targets prediction predictions record`)

// beatInContest reports whether trigger t, a form of "beat" alone, is a win
// in a contest, not a beating: a figure as its object within three words
// ("Maruti beat market expectations", "beat its savings target for 2004"),
// or "to" then a prize within twelve words, before any full stop ("Leigh,
// who beat Martin Scorsese to the best director award", "Citigroup beat
// Standard Chartered to the deal", "was beaten to the best supporting actor
// title"). "beaten to death" stays a beating.
func beatInContest(toks []token, t trigger) bool {
	if t.j-t.i != 1 || !strings.HasPrefix(toks[t.i].lower, "beat") {
		return false
	}
	for k := t.j; k < len(toks) && k < t.j+3; k++ {
		if beatenTargets[toks[k].lower] {
			return true
		}
	}
	for k := t.j; k+2 < len(toks) && k < t.j+12 && toks[k].text != "."; k++ {
		if toks[k].lower == "in" && toks[k+1].lower == "the" && contestNouns[toks[k+2].lower] {
			return true // "was beaten in the ratings by"
		}
		if toks[k].lower == "for" && toks[k+1].lower == "best" {
			return true // "beat A, B and C for best British live act"
		}
	}
	for k := t.j; k+1 < len(toks) && k < t.j+12 && toks[k].text != "."; k++ {
		if toks[k].lower != "to" {
			continue
		}
		if toks[k+1].lower == "win" {
			return true // "beat A, B and C to win best British act"
		}
		for q := k + 1; q < len(toks) && q < k+6; q++ {
			if contestPrizes[toks[q].lower] {
				return true
			}
			if toks[q].lower == "death" || !toks[q].word {
				return false
			}
		}
		return false
	}
	return false
}

// riseGoals are where something shoots to when it rises: "shot to fame".
var riseGoals = toSet(`fame prominence stardom notoriety popularity success`)

// shotUpward reports whether trigger t, "shot" or "shoot" alone, tells a
// rise, not a shooting: "up" after it ("readership has shot up by 58%")
// or "to" and a word of fame ("who shot to fame as the nanny", "shot to
// prominence in 2004").
func shotUpward(toks []token, t trigger) bool {
	if t.j-t.i != 1 || !strings.HasPrefix(toks[t.i].lower, "shot") && !strings.HasPrefix(toks[t.i].lower, "shoot") || t.j >= len(toks) {
		return false
	}
	if toks[t.j].lower == "up" {
		return true
	}
	return toks[t.j].lower == "to" && t.j+1 < len(toks) && riseGoals[toks[t.j+1].lower]
}

// dealVerbs reach an agreement: "failed to reach a deal", "failed to agree".
var dealVerbs = toSet(`reach reached reaching agree agreed strike struck clinch clinched seal sealed conclude concluded
secure secured find found broker brokered hammer finalise finalize sign signed`)

// dealNouns are what parties reach when they agree, besides agreementNouns.
var dealNouns = toSet(`agreement agreements accord deal treaty pact settlement consensus compromise understanding
truce ceasefire`)

// failedOther reports "fail to" (120) that is no failure to agree: only
// parties that "failed to reach agreement", "failed to strike a deal" or
// "failed to agree" reject each other's terms; "failed to gain enough
// votes", "failed to persuade", "are failing to uphold the rights of" and
// "failed to renew the embargo" tell of a failure, not a refusal.
func failedOther(toks []token, t trigger) bool {
	if len(t.p.Words) != 2 || t.p.Words[0] != "fail" || t.p.Words[1] != "to" || t.j >= len(toks) {
		return false
	}
	k := t.j
	for k < len(toks) && (toks[k].lower == "even" || toks[k].lower == "again" || strings.HasSuffix(toks[k].lower, "ly")) {
		k++
	}
	if k >= len(toks) || !dealVerbs[toks[k].lower] {
		return true
	}
	if toks[k].lower == "agree" {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		if dealNouns[toks[q].lower] {
			return false
		}
	}
	return true
}

// instrumentNouns name texts and arrangements said to do things themselves:
// "a resolution that aims to tighten sanctions", "legislation that will
// clamp down on X", "a deal that would provide Y".
var instrumentNouns = toSet(`resolution resolutions bill bills legislation law laws deal deals plan plans
proposal proposals measure measures motion motions draft amendment amendments decree decrees package
initiative scheme policy agreement agreements accord accords treaty treaties pact`)

// relSubjectVerbs follow a relative pronoun that is itself the subject of
// its clause ("that would", "which aims").
var relSubjectVerbs = toSet(`would will could can may might aims aim aimed seeks seek sought calls call called is are was were`)

// instrumentContent reports whether trigger t is what an instrument does in
// a relative clause about it, the relative pronoun its subject ("a
// resolution that aims to tighten sanctions and impose a blockade"): the
// text's content, not an act of any actor in the sentence. No mention and
// no clause break may stand between the pronoun and the trigger.
func instrumentContent(toks []token, ms []mention, t trigger) bool {
	for k := t.i - 1; k >= 1 && k >= t.i-10; k-- {
		if toks[k+1].dash {
			return false // a dash, which is a flag on the token after it
		}
		switch toks[k].lower {
		case ",", ";", ":", ".", "(", ")":
			return false
		case "that", "which":
			if k+1 >= t.i || !relSubjectVerbs[toks[k+1].lower] || !instrumentNouns[toks[k-1].lower] {
				return false
			}
			for _, m := range ms {
				if m.i > k && m.i < t.i && m.ref != nil {
					return false
				}
			}
			return true
		}
	}
	return false
}

// suppliedGoods reports "supplied by", "provided by" right after a noun of
// goods: a participle naming who makes or sells the thing ("natural gas
// supplied by Turkmenistan", "a faulty pump supplied by Bosch"), no act of
// aid the sentence reports. A passive verb ("was supplied by") and aid,
// arms and troops (aidThings: "weapons supplied by Iran") stay acts.
func suppliedGoods(toks []token, t trigger) bool {
	if t.p.Noun || len(t.p.Words) != 1 || t.p.Words[0] != "supply" && t.p.Words[0] != "provide" {
		return false
	}
	if w := toks[t.i].lower; w != "supplied" && w != "provided" || t.i < 1 || t.j >= len(toks) || toks[t.j].lower != "by" {
		return false
	}
	prev := toks[t.i-1]
	return prev.word && !prev.upper && !passiveAux[prev.lower] && !strings.HasSuffix(prev.lower, "ly") && !aidThings[prev.lower]
}

// backAfter are the words after an adverb or adjective "back" ("back into
// work", "back in 1998", "a back tax bill"); the verb takes an object.
var backAfter = toSet(`to into in on onto from down out home then again and or but tax taxes pay payments`)

// backNotVerb reports the word "back" of the 050 verb used as an adverb,
// adjective or noun: before one of backAfter, before a hyphen or a
// punctuation mark, or at the end of the sentence ("push people back into
// work", "back-to-back court appearances", "he is back").
func backNotVerb(toks []token, t trigger) bool {
	if t.p.Noun || len(t.p.Words) != 1 || t.p.Words[0] != "back" || toks[t.i].lower != "back" {
		return false
	}
	if t.i+1 >= len(toks) {
		return true
	}
	next := toks[t.i+1]
	return next.hyph || !next.word || backAfter[next.lower]
}

// forecastWords before "warning" make it a firm's forecast of its results.
var forecastWords = toSet(`profit profits earnings sales trading results`)

// profitWarning reports a trigger ending in "warning" right after a word
// of forecastWords: "issued a profit warning", "issued its third profits
// warning" warn investors of poor results and threaten no one.
func profitWarning(toks []token, t trigger) bool {
	if t.j < 2 || t.j > len(toks) {
		return false
	}
	w := toks[t.j-1].lower
	return (w == "warning" || w == "warnings") && forecastWords[toks[t.j-2].lower]
}

// killedOff reports the one-word verb "kill" followed by "off": ending a
// thing or a character in a story ("without killing off demand", "saw Den
// Watts killed off on Friday"), no killing.
func killedOff(toks []token, t trigger) bool {
	return t.j-t.i == 1 && !t.p.Noun && strings.HasPrefix(toks[t.i].lower, "kill") && t.j < len(toks) && toks[t.j].lower == "off"
}

// otherStateNamed reports whether the sentence names a country, a place or
// an actor of a country other than the sources' own, or the object of
// trigger t opens with a capitalized word (a place or a firm the text names
// without our knowing it: "for education in Africa", "in Mini
// production"): where an investment may go
// ("invest in oil and gas projects", with Russia named before). Without
// one, money put into the next five years, into modernisation or
// infrastructure is no cooperation with anyone.
func otherStateNamed(toks []token, ms []mention, cl *clause, t trigger, sources []*entRef) bool {
	own := map[string]bool{}
	for _, r := range sources {
		own[r.ID] = true
		if r.Country != "" {
			own[r.Country] = true
		}
	}
	for _, m := range ms {
		if m.ref == nil || own[m.ref.ID] {
			continue
		}
		if m.loc || m.ref.Kind == KindCountry && !own[m.ref.Country] || m.ref.Country != "" && !own[m.ref.Country] {
			return true
		}
	}
	for q := t.j; q < cl.end && q < len(toks) && q < t.j+3; q++ {
		if toks[q].upper && toks[q].word {
			return true
		}
		if !determiners[toks[q].lower] {
			break
		}
	}
	return false
}
