package extract

import (
	"slices"
	"strings"
)

// Senses of trigger verbs that name no political act (bbc18): what a verb
// takes after it tells the act from its everyday sense.

// clauseEnds end the words a sense check reads after a verb, and so does
// a dash (clauseEndAt).
var clauseEnds = toSet(`, . ; : " ' ( ) and but while whereas because`)

// clauseEndAt reports whether a clause end stands at token q: a word or mark
// of clauseEnds, or a dash before q (dashes are flags, no tokens).
func clauseEndAt(toks []token, q int) bool {
	return clauseEnds[toks[q].lower] || toks[q].dash
}

// wordBeforeClauseEnd reports whether one of words is among the n words
// from q on, before the clause ends (clauseEndAt): the object a sense test
// reads after its verb ("seized the top spot", "handed over the land").
func wordBeforeClauseEnd(toks []token, q, n int, words map[string]bool) bool {
	for e := q; e < len(toks) && e < q+n && !clauseEndAt(toks, e); e++ {
		if words[toks[e].lower] {
			return true
		}
	}
	return false
}

// politicalMention reports whether mention m names a country, a place, a
// government or a public body: no person, firm or newspaper.
func politicalMention(m mention) bool {
	if m.ref == nil {
		return false
	}
	if m.loc || m.seat {
		return true
	}
	switch m.ref.Kind {
	case KindCountry:
		return true
	case KindOrganization:
		return m.ref.Sector != "BUS" && m.ref.Sector != "MED"
	}
	return false
}

// recognisedStatus are the words that make what is recognised a standing a
// state grants: "recognise Jerusalem as Israel's capital", "recognize his
// re-election", "recognized this week as independent states".
var recognisedStatus = toSet(`independence sovereignty statehood state states independent government governments
regime regimes republic country nation capital annexation election elections re-election victory legitimacy
authority authorities president leader ruler administration junta border borders jurisdiction`)

// recognisedThing reports whether the bare verb "recognise" of trigger t
// grants no standing: "that" or "the need" follows it, or the words after
// it up to the clause's end name no country, place or public body (a
// possessor aside: "Germany's fiscal policy") and no word of
// recognisedStatus. "recognise faces", "recognised people's concerns",
// "the BBC recognises that TV over broadband is a reality", "Gazprom is
// then recognised as the winner", "one in 10 recognised Charles Kennedy".
func recognisedThing(toks []token, ms []mention, t trigger) bool {
	if t.j < len(toks) && (toks[t.j].lower == "that" || toks[t.j].lower == "the" && t.j+1 < len(toks) && toks[t.j+1].lower == "need") {
		return true
	}
	for q := t.j; q < len(toks) && q < t.j+8; q++ {
		w := toks[q].lower
		if clauseEndAt(toks, q) || w == "that" {
			break
		}
		if recognisedStatus[w] {
			return false
		}
		if m := mentionAt(ms, q); m >= 0 {
			if ms[m].j < len(toks) && toks[ms[m].j].lower == "'s" {
				q = ms[m].j // a possessor: what it owns is what is recognised
				continue
			}
			if politicalMention(ms[m]) {
				return false
			}
			q = ms[m].j - 1
		}
	}
	return true
}

// admittedOpeners right after "concede" open the point admitted.
var admittedOpeners = toSet(`that there he she it they we i you this these those his her its their our my`)

// concededPoint reports whether the bare verb "concede" of trigger t admits
// a point rather than yielding: nothing follows in its clause ("..., he
// concedes."), a clause opener follows (that, there, a pronoun or a
// possessive: "conceded this was ambitious", "conceded there were grey
// areas", "conceded his comments may have been offensive"), or an
// auxiliary or copula comes within six words ("conceded Kuznetsova might
// have taken a medicine", "conceded these efforts had been dismal"). What
// is given up stays a concession: "conceded defeat", "conceded to".
func concededPoint(toks []token, t trigger) bool {
	if t.j >= len(toks) || !toks[t.j].word {
		return true
	}
	w := toks[t.j].lower
	if w == "to" {
		return false
	}
	if admittedOpeners[w] {
		return true
	}
	for q := t.j; q < len(toks) && q < t.j+6; q++ {
		if clauseEndAt(toks, q) {
			return false
		}
		if auxiliaries[toks[q].lower] {
			return true
		}
	}
	return false
}

// nounBefore are the words before "appeal" that make it the noun ("a direct
// appeal to the kidnappers", "his personal appeal to").
var nounBefore = toSet(`a an the this his her its their our my direct personal public fresh new`)

// appealsToTaste reports whether "appeal to" of trigger t is the verb of
// liking, not of asking: no request follows the ones appealed to, that
// is no "to" with a verb, no "for" and no "not" before the clause ends
// ("the DS will appeal to all ages", "it would appeal to people thinking
// of changing", "who they would appeal to", "would appeal to women
// too"). "We appeal to the health board to allow ..." asks.
func appealsToTaste(toks []token, t trigger) bool {
	if t.i > 0 && nounBefore[toks[t.i-1].lower] {
		return false
	}
	for q := t.j; q < len(toks) && q < t.j+14; q++ {
		w := toks[q].lower
		if w == "." || w == ";" || w == ":" || w == "?" || w == "!" {
			break
		}
		if w == "for" || w == "not" {
			return false
		}
		if w == "to" && q+1 < len(toks) && toks[q+1].word && !toks[q+1].upper && !determiners[toks[q+1].lower] {
			return false
		}
	}
	return true
}

// watchedThings after "monitor" make it the watch kept on an accord or a
// vote.
var watchedThings = toSet(`ceasefire cease-fire truce election elections poll polls vote voting referendum border
borders withdrawal compliance sanctions embargo arms weapons troops`)

// monitoredSomeone reports whether the bare verb "monitor" of trigger t
// keeps watch on a state, a public body, an accord or a vote: a country,
// place or public body is named, or a word of watchedThings stands, in the
// words after it up to the clause's end ("will start monitoring China,
// Ukraine and Russia", "to monitor a ceasefire"). Watching developments,
// sites, a firm or a TV channel's output is no investigation ("we will
// monitor developments carefully", "monitor for suspicious activity",
// "monitored MTV's output", "Internet monitoring firm WebSideStory").
func monitoredSomeone(toks []token, ms []mention, t trigger) bool {
	for q := t.j; q < len(toks) && q < t.j+8; q++ {
		w := toks[q].lower
		if clauseEndAt(toks, q) || w == "by" {
			break // "monitored by the FBI's centre": the watcher, not the watched
		}
		if watchedThings[w] {
			return true
		}
		if m := mentionAt(ms, q); m >= 0 {
			if politicalMention(ms[m]) && (ms[m].j >= len(toks) || toks[ms[m].j].lower != "'s") {
				return true
			}
			q = ms[m].j - 1
		}
	}
	return false
}

// blockedThings after "block" are what software or a firm filters out,
// not a way or a plan obstructed.
var blockedThings = toSet(`pop-ups pop-up popups messages message mail e-mail e-mails email emails spam junk
site sites website websites page pages numbers calls visits virus viruses worm worms ads adverts
advertisements downloads files programs queries searches`)

// blockedNothing reports whether the bare verb "block" of trigger t
// obstructs no one. Filtered things after it ("Google began blocking
// infected sites", "it blocks pop-ups") are no obstruction, unless a state
// (a country or a state body) blocks them: it censors ("the government has
// blocked sites critical of the king"), and the event stays. Otherwise a
// 144 "block" needs a way blocked (passageNear): "will block them", "was
// blocked by the singer's widow", "whether to block the auction" obstruct
// no passage.
func blockedNothing(toks []token, t trigger, sources []*entRef) bool {
	if t.p.Noun || len(t.p.Words) != 1 || t.p.Words[0] != "block" {
		return false
	}
	if blockedThingAfter(toks, t) {
		return !stateSource(sources)
	}
	return t.p.Code == "144" && !passageNear(toks, t.i)
}

// stateSource reports whether one of sources is a country or a state body.
func stateSource(sources []*entRef) bool {
	for _, s := range sources {
		if s.Kind == KindCountry || stateSectors[s.Sector] {
			return true
		}
	}
	return false
}

// blockedThingAfter reports whether a word of blockedThings stands within
// four words after trigger t (a hyphenated one read whole: "pop-ups").
func blockedThingAfter(toks []token, t trigger) bool {
	for q := t.j; q < len(toks) && q < t.j+4; q++ {
		w := toks[q].lower
		if q+1 < len(toks) && toks[q+1].hyph {
			w += "-" + toks[q+1].lower // "pop-ups", "e-mails"
		}
		if blockedThings[w] || blockedThings[toks[q].lower] {
			return true
		}
	}
	return false
}

// firmJoined are the nouns after "join the" that name a firm or its board.
var firmJoined = toSet(`company firm group bank board business corporation`)

// joinedFirm reports whether a person joining (the bare "join", 050) takes
// a job: what is joined is a firm (business or media sector) or "the
// company", "the firm", "the board" ("She joined the company in January
// 2003", "Mr Raskin joined Apple in 1978 as employee number 31"). Joining
// a party, a body or a coalition is left alone.
func joinedFirm(toks []token, ms []mention, t trigger, sources []*entRef) bool {
	if len(sources) == 0 || sources[0].Kind != KindPerson {
		return false
	}
	if t.j+1 < len(toks) && toks[t.j].lower == "the" && firmJoined[toks[t.j+1].lower] {
		return true
	}
	if m := mentionAt(ms, t.j); m >= 0 && ms[m].ref != nil && ms[m].ref.Kind == KindOrganization {
		return ms[m].ref.Sector == "BUS" || ms[m].ref.Sector == "MED"
	}
	return false
}

// seizedChances are the things one seizes in the figurative sense: a chance,
// a lead, a place in a ranking.
var seizedChances = toSet(`chance chances opportunity opportunities initiative moment momentum advantage lead
spot place title crown headlines tools`)

// seizedChance reports whether the bare verb "seize" of trigger t takes
// nothing by force: "on" or "upon" follows it ("is expected to seize on
// those reports"), or a word of seizedChances comes within four words after
// it, before the clause ends ("seized the top spot", "seizing a poll
// advantage", "are now seizing the tools we have given them").
func seizedChance(toks []token, t trigger) bool {
	if t.j < len(toks) && (toks[t.j].lower == "on" || toks[t.j].lower == "upon") {
		return true
	}
	return wordBeforeClauseEnd(toks, t.j, 4, seizedChances)
}

// endangeredValues are goods one puts at risk rather than actors one
// threatens: "threatened competition", "threatening the integrity of".
var endangeredValues = toSet(`competition integrity stability viability credibility survival livelihoods
reputation independence existence`)

// threatenedValue reports whether the bare verb "threaten" of trigger t
// endangers a good instead of threatening someone: a word of
// endangeredValues comes within four words after it, before the clause
// ends, and no "to" opens the threatened act ("threatened competition",
// "was threatening the integrity of the award"). "threatened legal
// action", "threatened to sue" stay threats.
func threatenedValue(toks []token, t trigger) bool {
	if t.j < len(toks) && toks[t.j].lower == "to" {
		return false
	}
	return wordBeforeClauseEnd(toks, t.j, 4, endangeredValues)
}

// playForms and starForms open the part an actor plays.
var playForms = toSet(`play plays played playing`)
var starForms = toSet(`star stars starred starring`)

// depictedRole reports whether trigger t tells what a character does in a
// film or a play: within the ten words before it stand a form of "play"
// with "a"/"an" right after it (or after "the part of", "the role of")
// and then "who" ("plays a rebel commander who defies orders", "playing
// the part of a student who had been expelled"), or a form of "star"
// followed by "as a"/"as an" ("stars X as a clerk sacked by ..."). "played
// a key role in the talks" has no "who" and stays.
func depictedRole(toks []token, t trigger) bool {
	article := func(k int) bool { return k < t.i && (toks[k].lower == "a" || toks[k].lower == "an") }
	who := false
	for q := t.i - 1; q >= max(0, t.i-10); q-- {
		w := toks[q].lower
		if w == "who" {
			who = true
			continue
		}
		if playForms[w] && who {
			if article(q+1) && q+2 < t.i && toks[q+2].lower != "role" && toks[q+2].lower != "part" {
				return true
			}
			if q+4 < t.i && toks[q+1].lower == "the" && (toks[q+2].lower == "part" || toks[q+2].lower == "role") && toks[q+3].lower == "of" && article(q+4) {
				return true
			}
		}
		if starForms[w] {
			for k := q + 1; k+1 < t.i && k < q+6; k++ {
				if toks[k].lower == "as" && article(k+1) {
					return true
				}
			}
		}
	}
	return false
}

// fictionWorks name a film, a play or a novel; plotVerbs tell what happens
// in one ("focuses on" and "centres on" only with "on").
var fictionWorks = toSet(`film movie drama epic prequel sequel novel musical comedy thriller sitcom`)
var plotVerbs = toSet(`chronicles depicts portrays tells follows focuses centres centers`)

// toldPlot reports whether trigger t stands in the plot a film or a novel
// tells: a word of plotVerbs comes before it in the sentence, with a word of
// fictionWorks within the twelve words before that verb ("the film focuses
// on the days from the student's arrest ...", "the prequel ... chronicles
// how the hero ... as he travels to"). A report or a video that shows or
// follows real events is no fiction work and is left alone.
func toldPlot(toks []token, t trigger) bool {
	for q := t.i - 1; q > 0; q-- {
		w := toks[q].lower
		if !plotVerbs[w] {
			continue
		}
		if (w == "focuses" || w == "centres" || w == "centers") && (q+1 >= t.i || toks[q+1].lower != "on") {
			continue
		}
		for k := q - 1; k >= 0 && k >= q-12; k-- {
			if fictionWorks[toks[k].lower] {
				return true
			}
		}
	}
	return false
}

// freedNoOne reports whether the verb "free" of trigger t releases no one:
// "free up" makes room or money ("freeing up its labour markets", "freed up
// when the UK switches off its analogue signal"), and the bare form before
// a plain word, with no modal, "to" or negation before it, is the adjective
// ("allowing Egyptian goods free access to American markets"). "would free
// 1,500 prisoners", "to free the hostages" and "set him free" stay releases.
func freedNoOne(toks []token, t trigger) bool {
	if t.j < len(toks) && toks[t.j].lower == "up" {
		return true
	}
	if toks[t.i].lower != "free" || t.j >= len(toks) || t.i == 0 {
		return false
	}
	next, prev := toks[t.j], toks[t.i-1].lower
	if !next.word || next.upper || determiners[next.lower] || possPronouns[next.lower] || next.lower[0] >= '0' && next.lower[0] <= '9' {
		return false
	}
	return !modalWords[prev] && prev != "to" && prev != "not" && prev != "n't" && !isAux(prev)
}

// tentativeWords before an agreement noun make it one in outline.
var tentativeWords = toSet(`preliminary tentative general provisional outline interim initial draft`)

// tentativeAgreement reports whether the agreement of trigger t is agreed
// in outline only: a word of tentativeWords inside the trigger's words
// ("reached a preliminary deal", "signed preliminary agreements") or "in
// principle" right after them.
func tentativeAgreement(toks []token, t trigger) bool {
	for q := t.i + 1; q < t.j; q++ {
		if tentativeWords[toks[q].lower] {
			return true
		}
	}
	return t.j+1 < len(toks) && toks[t.j].lower == "in" && toks[t.j+1].lower == "principle"
}

// pressedAct reports whether the verb of trigger t is what "pressure"
// before it presses for: "pressure to abandon", "pressure on me to agree",
// an actor or a few words between "on" and "to". The act is someone else's
// demand of the subject, neither done nor planned by it.
func pressedAct(toks []token, cl *clause, t trigger) bool {
	k := t.i - 1
	if k <= cl.start || toks[k].lower != "to" {
		return false
	}
	for q := k - 1; q >= cl.start && q >= k-5; q-- {
		if toks[q+1].dash {
			return false
		}
		if toks[q].lower == "pressure" {
			return q == k-1 || toks[q+1].lower == "on"
		}
		if clauseEnds[toks[q].lower] {
			return false
		}
	}
	return false
}

// phoneDevice reports whether the base form "phone" or "telephone" of verb
// trigger t is the noun: a verb's base form follows "to", a modal or a
// negation; anything else before it ("and telephone", "mobile phone", "her
// iPod, phone and purse") makes it the device.
func phoneDevice(toks []token, t trigger) bool {
	w := toks[t.i].lower
	if w != "phone" && w != "telephone" {
		return false // "phoned", "telephoning": a verb
	}
	if t.i == 0 {
		return false
	}
	prev := toks[t.i-1].lower
	return prev != "to" && !modalWords[prev] && prev != "not" && prev != "n't"
}

// privateCollaboration reports whether a cooperation (root 06) joins only
// private persons: every source and every target is a person with no
// sector (a nationality alone, "US rapper Kanye West", is private) and no
// political standing ("Hill also worked with Carpenter",
// "West collaborated with Jamie Foxx"). Firms, states and officials keep
// their cooperation.
func privateCollaboration(sources, targets []*entRef) bool {
	if len(sources) == 0 || len(targets) == 0 && len(sources) < 2 {
		return false // with no target, a joint subject works together ("Carpenter and Hill collaborated")
	}
	for _, rs := range [][]*entRef{sources, targets} {
		for _, r := range rs {
			if r.Kind != KindPerson || r.Country != "" && r.Sector != "" || politicalActor(r) {
				return false
			}
		}
	}
	return true
}

// domainSense is a field of play or of art in which some verbs of force,
// backing or meeting name no political act: a sport match report ("will
// meet Spain's Moya, while the defending champion ...", "who beat him at
// Wimbledon", "blocked from close range" after a free-kick), a film ("was
// shot in Kenya, with later scenes made in ...") or music ("will support a
// band on its tour", "sang backed by a choir"). verbs are the trigger words
// the field takes over; words, the field's own nouns, any of which anywhere
// in the sentence sets the field.
type domainSense struct {
	verbs, words map[string]bool
}

// domainSenses are the fields read by fieldSense. Sport words are of play
// itself (a tournament, a position on the pitch), not of a club's business
// ("officials met ... to arrange the fixture schedule" is a meeting). Words
// that news of force uses too stay out, since one anywhere in the sentence
// would silence it: "a champion of free trade attacked", "footage showed
// troops shooting", "police shot a man at the scene", "an armed band backed
// by", "backed on his tour of Asia".
var domainSenses = []domainSense{
	{toSet(`beat beats beating beaten block blocks blocked blocking meet meets attack attacks attacked attacking
clash clashes clashed shoot shoots shot shooting defend defends defended free freed`),
		toSet(`tournament tournaments wimbledon free-kick offside striker strikers goalkeeper midfielder semi-final
quarter-final semi-finals quarter-finals seeded`)},
	{toSet(`shoot shoots shot shooting`),
		toSet(`film films movie movies documentary`)},
	{toSet(`support supports supported supporting back backs backed backing`),
		toSet(`choir album albums gig gigs concert concerts music musician musicians singer singers song songs`)},
}

// fieldSense reports whether the trigger word at k is taken over by a field
// of play or art named in its sentence (domainSenses). A word joined by
// hyphens is read whole ("free-kick", "semi-final").
func fieldSense(toks []token, k int) bool {
	w := toks[k].lower
	for _, d := range domainSenses {
		if !d.verbs[w] {
			continue
		}
		for i := range toks {
			if i == k {
				continue
			}
			if d.words[toks[i].lower] || toks[i].hyph && i > 0 && d.words[toks[i-1].lower+"-"+toks[i].lower] {
				return true
			}
		}
	}
	return false
}

// handedHoldings are things owned that change hands in trade: a stake,
// shares, land, broadcast frequencies.
var handedHoldings = toSet(`stake stakes share shares holding holdings asset assets land lands frequencies spectrum`)

// handedHolding reports whether the bare "hand over" of trigger t passes on
// something owned, a word of handedHoldings within six words after it and
// before the clause ends ("handed over her whole 40% stake", "hand over the
// land they took", "may hand over some radio frequencies"): a transfer of
// property, not the handing over of a suspect or a prisoner (063).
func handedHolding(toks []token, t trigger) bool {
	return wordBeforeClauseEnd(toks, t.j, 6, handedHoldings)
}

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
	// "who - thanks to subsidies - sell them cheaply": "thanks to" is
	// "because of"; the verb "thank" takes its object with no "to".
	if toks[k].lower == "thanks" && k+1 < len(toks) && toks[k+1].lower == "to" {
		return true
	}
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
	// "where he met his future wife", "when they met as students",
	// "when I first met her husband": people getting to know each other,
	// no meeting between actors.
	if meetForms[toks[k].lower] && acquainted(toks, k) {
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
	if shootForms[toks[k].lower] && (k > 0 && toks[k-1].lower == "mail" || wordWithin(toks, k+1, 3, shotThings) || shotThingsBefore(toks, k)) {
		return true
	}
	// "help Taiwan defend itself": defending oneself is no verbal
	// support of anyone (052).
	if strings.HasPrefix(toks[k].lower, "defend") && k+1 < len(toks) && reflexives[toks[k+1].lower] {
		return true
	}
	// "who later killed himself", "may have injured himself when he
	// jumped": harm done to oneself is no force used on an actor.
	if selfHarmForms[toks[k].lower] && k+1 < len(toks) && reflexives[toks[k+1].lower] {
		return true
	}
	// "refused to rule out tax rises", "declined to deny the report":
	// a thing left open, neither rejected nor denied.
	if refusedDenial(toks, k) {
		return true
	}
	// "by backing out of a pledge", "backed away from the plan", "need to
	// be backed up with decent funding": a particle makes "back" a
	// withdrawal or a thing added, no one supported.
	if backForms[toks[k].lower] && k+1 < len(toks) && (backParticles[toks[k+1].lower] || toks[k+1].lower == "up" && k+2 < len(toks) && toks[k+2].lower == "with") {
		return true
	}
	// "demand for heating oil", "demand stays solid", "prices and demand
	// dipping": the market's demand, a noun, not a verb.
	if toks[k].lower == "demand" && k+1 < len(toks) && (toks[k+1].lower == "for" || marketVerbs[toks[k+1].lower]) {
		return true
	}
	// "Labour support has been falling away", "the IMF support could come
	// from a debt freeze": "support" followed by how it moves or by an
	// auxiliary is the subject noun (a party's share of voters, aid), no
	// one backing anyone; the verb takes an object or a clause there.
	if toks[k].lower == "support" && k+1 < len(toks) && marketVerbs[toks[k+1].lower] {
		return true
	}
	// "would continue to accept bets on the final", "would accept any
	// brand name or logo": what a firm or a seller takes from customers in
	// trade, no act of cooperation between actors.
	if acceptForms[toks[k].lower] && wordWithin(toks, k+1, 4, customerTakings) {
		return true
	}
	// "fight crime", "tackle poverty", "beat market expectations",
	// "fought a very positive campaign", "fighting two lawsuits": an
	// abstract object is no enemy.
	if figurativeFight(toks, k) {
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

// acceptForms are the forms of the verb "accept".
var acceptForms = toSet(`accept accepts accepted accepting`)

// customerTakings are what a seller accepts from its customers: stakes, ways
// of paying, bookings, brands to carry. (No "order": a court order is
// accepted too; no "cash": taken from a lobbyist it is no trade.)
var customerTakings = toSet(`bet bets wager wagers payment payments card cards cheque cheques booking bookings
reservation reservations deposit deposits brand brands logo logos advert adverts advertising`)

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

// backParticles after "back" make a verb of withdrawing.
var backParticles = toSet(`out away off`)

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

// shotThingsBefore reports whether "shoot" at k has a pronoun object
// ("them", "it") and one of shotThings stands up to five words before the
// verb, past no sentence stop: "chasing foxes then shooting them" shoots
// the foxes.
func shotThingsBefore(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].lower != "them" && toks[k+1].lower != "it" {
		return false
	}
	for q := k - 1; q >= 0 && q >= k-5 && toks[q].lower != "." && toks[q].lower != ";"; q-- {
		if shotThings[toks[q].lower] {
			return true
		}
	}
	return false
}

// shotThings after "shoot" are game, sport or film, not people.
var shotThings = toSet(`quarry game animals animal fox foxes deer birds pheasants grouse rabbits hoops basketball
baskets goal goals film films movie movies scenes scene footage video pictures photos`)

// phoneForms are the verbs of calling by phone that are also nouns.
var phoneForms = toSet(`phone phones telephone telephones`)

// phoneThings after "phone" or "telephone" make it a noun modifier.
var phoneThings = toSet(`company companies firm firms industry industries number numbers line lines network networks
operator operators service services bill bills market markets maker makers handset handsets book books
method user users giant giants box boxes booth booths sales`)

// selfHarmForms are forms of the verbs of force that a reflexive object
// turns into harm done to oneself.
var selfHarmForms = toSet(`kill kills killed killing injure injures injured injuring hurt hurts hurting wound
wounds wounded wounding shoot shoots shot shooting stab stabs stabbed stabbing harm harms harmed harming`)

var reflexives = toSet(`itself themselves himself herself ourselves yourself yourselves myself`)

// marketVerbs tell how demand (or a party's support) moves: "demand stays
// solid", "demand rose", "demand dipping"; an auxiliary after the word
// makes it a subject noun too ("demand could").
var marketVerbs = toSet(`stays stayed remains remained rose rises fell falls grew grows slowed slows picked is was has had will
could would dipped dipping falling rising growing slowing slumped slumping`)

// clauseWords end a noun phrase.
var clauseWords = toSet(`as than but so because while when if where who whom which that to for with`)

var abstractObjects = toSet(`crime crimes poverty corruption election elections campaign case seat seats
cancer disease diseases fire fires drugs inflation unemployment racism discrimination fraud waste plans
plan proposals policy policies idea claims record budget deficit forecasts forecast expectations
estimates targets profit profits commitment commitments ties relations cooperation partnership
terrorism extremism smoking lawsuit lawsuits extradition deportation competition job jobs epidemic epidemics
change warming hunger piracy spam viruses bid takeover charges ban`)

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

// figurativeFight reports whether the word at k is a verb of fighting or
// attacking whose object is abstract (abstractAfter, abstractFight): read
// for verbs and for the -ing nouns alike ("will be fighting the next
// election": a contest, no enemy).
func figurativeFight(toks []token, k int) bool {
	if attackOnWordsAt(toks, k) {
		return false // "attacked his plans": criticism, recoded by attackOnWords
	}
	return fightVerbs[toks[k].lower] && abstractAfter(toks, k+1) || abstractFight(toks, k)
}

// attackOnWordsAt reports a form of "attack" at k whose object is a thing
// said or decided (see attackOnWords): an attack in words, not a
// figurative fight with no one ("attacked his plans", "attacked the
// policies"), whose owner the act is aimed at.
func attackOnWordsAt(toks []token, k int) bool {
	if !strings.HasPrefix(toks[k].lower, "attack") {
		return false
	}
	q := k + 1
	if q < len(toks) && (toks[q].lower == "on" || toks[q].lower == "against") {
		q++
	}
	return wordsObject(toks, q)
}

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

// aidHeads are the nouns whose support is aid given: "aid" and "assistance".
var aidHeads = toSet(`aid assistance`)

// aidNounNext are the nouns after "aid" that make it a modifier of people or
// bodies ("aid workers", "aid agencies"): supporting them is no aid given.
var aidNounNext = toSet(`worker workers agency agencies group groups organisation organisations organization
organizations charity charities official officials convoy convoys`)

// aidSupport reports whether the bare verb "support" or "back" of trigger t
// gives aid (070) rather than endorsing (050): its subject is aid ("Australian
// aid also supported two million girls") or its object is ("had supported
// economic assistance to the Palestinians"). The words read are those right
// before the verb (past an adverb or an auxiliary) and right after it (past a
// determiner and up to two adjectives).
func aidSupport(toks []token, t trigger) bool {
	if t.p.Noun || len(t.p.Words) != 1 || t.p.Words[0] != "support" && t.p.Words[0] != "back" {
		return false
	}
	k := t.i - 1
	for k >= 0 && k >= t.i-3 && (strings.HasSuffix(toks[k].lower, "ly") || toks[k].lower == "also" || isAux(toks[k].lower)) {
		k--
	}
	if k >= 0 && aidHeads[toks[k].lower] && toks[k].word && !toks[k].upper {
		return true
	}
	q := t.j
	if q < len(toks) && determiners[toks[q].lower] {
		q++
	}
	for n := 0; n <= 2 && q < len(toks) && toks[q].word && !toks[q].upper; n++ {
		if aidHeads[toks[q].lower] {
			return q+1 >= len(toks) || !aidNounNext[toks[q+1].lower]
		}
		if prepositions[toks[q].lower] || determiners[toks[q].lower] {
			return false
		}
		q++
	}
	return false
}

// fundsWords name money or aid given.
var fundsWords = toSet(`funding funds fund contribution contributions donation donations aid assistance grant grants
million billion`)

// fundedCommitment reports whether the "commitment to" of trigger t is
// made to someone (an actor is named within four words after "to", and no
// -ing form opens what follows: "a commitment to reaching a target" is a
// course of action) and its sentence names money or aid given (fundsWords,
// or a currency sign): the commitment is then the aid it pays for.
func fundedCommitment(toks []token, ms []mention, t trigger) bool {
	if t.j >= len(toks) || strings.HasSuffix(toks[t.j].lower, "ing") {
		return false
	}
	named := false
	for q := t.j; q < len(toks) && q < t.j+4; q++ {
		if mentionAt(ms, q) >= 0 {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	for _, w := range toks {
		if fundsWords[w.lower] || w.text == "$" || w.text == "€" || w.text == "£" {
			return true
		}
	}
	return false
}

// acquaintances are the roles in which people first meet ("met as
// students") and spouses-to-be are met as ("met his future wife").
var acquaintances = toSet(`students student pupils schoolboys schoolgirls children teenagers undergraduates`)

// acquainted reports whether the "meet" form at k is getting to know
// someone: "first" before it, "as" and a role of acquaintances after it,
// or a possessive and "future" ("met his future wife").
func acquainted(toks []token, k int) bool {
	if k > 0 && toks[k-1].lower == "first" {
		return true
	}
	if k+2 < len(toks) && toks[k+1].lower == "as" && acquaintances[toks[k+2].lower] {
		return true
	}
	return k+2 < len(toks) && ownPossessives[toks[k+1].lower] && toks[k+2].lower == "future"
}

// mediaWords after "on" name where something was said: "on BBC Radio 4",
// "on television".
var mediaWords = toSet(`bbc television tv radio itv sky cnn`)

// onIsAdjunct reports whether the "on" that ends pattern trigger t opens a
// date or a broadcast rather than the verb's object: "insisted on Wednesday
// it was time", "insisted on BBC Radio 4's Today programme". The verb then
// keeps only its shorter patterns ("insisted" as a statement).
func onIsAdjunct(toks []token, t trigger) bool {
	if t.j < 1 || t.j >= len(toks) || toks[t.j-1].lower != "on" || t.p.Noun {
		return false
	}
	w := toks[t.j].lower
	if t.j+1 < len(toks) && (w == "the" || w == "last" || w == "this") {
		w = toks[t.j+1].lower
	}
	return isWeekday(w) || months[w] != 0 && toks[t.j].upper || mediaWords[w]
}

// forceRaisers are the bare verbs of raising forces: they name a
// mobilisation only when what they raise is armed (forceWords) or when
// nothing follows in their clause ("the army mobilised"). "reinforce"
// names one only in the frame of forces (frames.tsv), not bare.
var forceRaisers = toSet(`mobilize mobilise`)

// forceWords name armed forces, their men and their arms.
var forceWords = toSet(`troops troop forces force army armies military soldiers men police policemen reservists reserves
units unit navy fleet militia militias fighters guard guards brigade brigades battalion battalions division divisions
personnel tanks warships ships aircraft jets garrison garrisons positions defences defenses`)

// raisedNoForce reports whether the bare verb of raising forces of trigger
// t raises something other than forces: "mobilise public opinion",
// "mobilized pressure groups in the US". Up to six words after it, before the
// clause ends, are read; a verb followed at once by the clause's end or a
// preposition keeps its sense.
func raisedNoForce(toks []token, t trigger) bool {
	if t.j >= len(toks) || clauseEndAt(toks, t.j) || prepositions[toks[t.j].lower] {
		return false
	}
	for q := t.j; q < len(toks) && q < t.j+6; q++ {
		if clauseEndAt(toks, q) {
			break
		}
		if forceWords[toks[q].lower] {
			return false
		}
	}
	return true
}

// refusalForms are the forms of the verbs of refusing.
var refusalForms = toSet(`refuse refuses refused refusing decline declines declined declining`)

// refusedDenial reports whether the verb at k refuses to rule out or to
// deny, or is the ruling out or denial refused: "refused to rule out future
// tax rises", "refused to deny claims". Declining to rule a thing out
// leaves it open; it rejects and denies nothing.
func refusedDenial(toks []token, k int) bool {
	denial := func(q int) bool {
		if q >= len(toks) {
			return false
		}
		switch w := toks[q].lower; w {
		case "deny", "exclude":
			return true
		case "rule":
			return q+1 < len(toks) && toks[q+1].lower == "out"
		}
		return false
	}
	if refusalForms[toks[k].lower] && k+1 < len(toks) && toks[k+1].lower == "to" && denial(k+2) {
		return true
	}
	return k > 1 && toks[k-1].lower == "to" && refusalForms[toks[k-2].lower] && denial(k)
}

// privateWarning reports whether a threat (root 13) named by the noun
// "warning" ("issued a warning") comes from no state or political actor
// and goes to no one: "a security firm issued a warning about the new
// virus", "the director issued a warning that the show was unsuitable
// for children" caution the public and threaten no one. A state's or an
// official's warning, or one given to someone, keeps its code.
func privateWarning(t trigger, sources, targets []*entRef) bool {
	if t.p.Code[:2] != "13" || len(targets) > 0 || len(sources) == 0 || !slices.Contains(t.p.Words, "warning") && !slices.Contains(t.p.Words, "warnings") {
		return false
	}
	for _, r := range sources {
		if r.Kind == KindCountry || politicalActor(r) {
			return false
		}
	}
	return true
}

// returnedPapers after "return" are votes, seats, a verdict, a favour or a
// hired copy given back: no property or person released (084).
var returnedPapers = toSet(`ballot ballots papers votes seats seat verdict verdicts favour favor compliment calls call
original originals form forms questionnaire`)

// courseDroppers are the verbs of the 0832 course frame (frames.tsv).
var courseDroppers = toSet(`abandon drop ditch shelve`)

// privateCourse reports whether the course given up in a 0832 frame of
// trigger t is no state's or office holder's: "two banks have abandoned plans
// for listings", "dropped its bid for the airline". Only a country, a
// political body or a person with a public title concedes a policy.
func privateCourse(t trigger, sources []*entRef) bool {
	if t.p.Code != "0832" || !t.p.Frame || !courseDroppers[t.p.Words[0]] || len(sources) == 0 {
		return false
	}
	for _, r := range sources {
		if r.Kind == KindCountry || politicalActor(r) || r.Sector == "PTY" && r.Kind != KindPerson {
			return false
		}
	}
	return true
}

// destroyedThings destroyed are records or a worth, no property of anyone's
// attacked (1712): files shredded, evidence or value destroyed.
var destroyedThings = toSet(`file files record records document documents paper papers data evidence email emails e-mail
e-mails tape tapes value credibility reputation`)

// destroyedRecords reports whether the verb "destroy" of trigger t destroys
// records or a worth: a word of destroyedThings within four words after it
// ("destroyed nearly 37,000 files", "would destroy shareholder value") or,
// for a participle, right before it ("the number of files destroyed by the
// ministry").
func destroyedRecords(toks []token, t trigger) bool {
	if paperAfter(toks, t.j, destroyedThings) {
		return true
	}
	return t.i > 0 && t.i < len(toks) && strings.HasSuffix(toks[t.i].lower, "ed") && destroyedThings[toks[t.i-1].lower]
}

// passageWords name ways that protesters obstruct (CAMEO 144, "obstruct
// passage, block"): roads, bridges, gates, traffic.
var passageWords = toSet(`road roads street streets highway highways motorway motorways bridge bridges entrance entrances
exit exits port ports border borders crossing crossings railway railways rail line lines track tracks traffic route routes
gate gates square runway runways airport airports access lane lanes junction junctions tunnel tunnels`)

// passageNear reports whether the bare verb "block" at k obstructs a way: a
// passage word follows within six words (past determiners, modifiers and
// possessors: "blocked the Europe Bridge") or stands in the four words before
// it, the subject of a passive ("roads were blocked by"; ten words when a
// pronoun object or a form of "be" points further back). Blocking anything
// else ("will block them", "it was blocked by the singer's widow", "whether
// to block the auction") is no obstruction of passage; blocking a measure or
// a request is coded by the frames (120), and a state blocking sites censors
// (blockedNothing).
func passageNear(toks []token, k int) bool {
	if wordWithin(toks, k+1, 6, passageWords) {
		return true
	}
	back := 4
	if k+1 < len(toks) && (toks[k+1].lower == "them" || toks[k+1].lower == "it") || k > 0 && beForms[toks[k-1].lower] {
		// "drove onto the highways and blocked them", "highways into the
		// capital were blocked": the way is named further back, as the
		// pronoun's antecedent or the passive's subject with its modifiers.
		back = 10
	}
	for q := k - 1; q >= 0 && q >= k-back; q-- {
		if passageWords[toks[q].lower] {
			return true
		}
	}
	return false
}

// evacuatedPeople reports whether the bare verb "evacuate" of trigger t
// moves people (a noun of the evacuees class of noun-classes.tsv) rather
// than leaving a place: its object within four words after it ("began
// evacuating its citizens", "evacuate 300 foreign nationals"), or, for a
// participle, the noun right before it ("the people evacuated from Haiti
// by the US", "tourists were evacuated"). Getting people to safety is
// humanitarian aid (073); evacuating a town, a base or settlements stays a
// withdrawal (0874).
func (b *builder) evacuatedPeople(toks []token, t trigger) bool {
	people := b.d.classes["evacuees"]
	isPeople := func(q int) bool {
		for _, n := range people {
			if !strings.Contains(n, " ") && matchWord(toks, q, n, true) > 0 {
				return true
			}
		}
		return false
	}
	for q := t.j; q < len(toks) && q < t.j+4 && !clauseEndAt(toks, q) && !prepositions[toks[q].lower]; q++ {
		if isPeople(q) {
			return true
		}
	}
	if w := toks[t.i].lower; strings.HasSuffix(w, "ed") {
		q := t.i - 1
		for q > 0 && passiveFrameFillers[toks[q].lower] {
			q--
		}
		return q >= 0 && isPeople(q)
	}
	return false
}
