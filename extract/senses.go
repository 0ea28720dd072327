package extract

// Senses of trigger verbs that name no political act (bbc18): what a verb
// takes after it tells the act from its everyday sense.

// clauseEnds end the words a sense check reads after a verb.
var clauseEnds = toSet(`, . ; : " ' ( ) - and but while whereas because`)

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
		if clauseEnds[w] || w == "that" {
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
		if clauseEnds[toks[q].lower] {
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
		if clauseEnds[w] || w == "by" {
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

// blockedThing reports whether the bare verb "block" of trigger t filters
// things: a word of blockedThings within four words after it, and a source
// that is no state or state body ("Google began blocking infected sites",
// "it blocks pop-ups", "helps to block junk messages"). A state blocking
// sites censors, and keeps its event.
func blockedThing(toks []token, t trigger, sources []*entRef) bool {
	for _, s := range sources {
		if s.Kind == KindCountry || stateSectors[s.Sector] {
			return false
		}
	}
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
	for q := t.j; q < len(toks) && q < t.j+4 && !clauseEnds[toks[q].lower]; q++ {
		if seizedChances[toks[q].lower] {
			return true
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
	for q := t.j; q < len(toks) && q < t.j+6 && !clauseEnds[toks[q].lower]; q++ {
		if handedHoldings[toks[q].lower] {
			return true
		}
	}
	return false
}
