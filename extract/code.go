package extract

import (
	"slices"
	"strings"
)

// reactionVerbs have the reacting actor as object: "the move infuriated
// Russia" is Russia's disapproval of whoever made the move.
var reactionVerbs = toSet(`infuriated infuriates angered angers outraged outrages irritated irritates
upset upsets enraged enrages incensed incenses alarmed alarms provoked provokes`)

// code turns one trigger into events: finds source and target, modality,
// date, location and object.
func (b *builder) code(toks []token, s sentence, ms []mention, cls []clause, clOf []int, t trigger) {
	cl := &cls[t.cl]
	t.gov, _ = b.silentGovernor(toks, clOf, t)
	if t.gov == "02" || t.gov == "10" {
		// "wanted the cigarette firms to surrender", "..., asking him to
		// apologise": what is asked or demanded of someone is not done, and
		// not by the one who asks.
		return
	}
	if wantedNoun(toks, cl, t) {
		return // "wants house arrest for suspects", "demanded a serious, immediate apology": wanted, not done
	}
	if demandedThat(toks, cl, t) || demandedAct(toks, cl, t) {
		return // what is demanded is not done (the demand, a trigger or not, is coded on its own)
	}
	if allegedAct(toks, cl, t) {
		return // "a man suspected of carrying out an attack": the suspicion is reported, not the act
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "release" && releasesThing(toks, t) {
		return // "released a joint statement", "numbers released by the ministry": published, no one freed
	}
	if t.p.Code[:2] == "18" && !t.p.Noun && killedByDisaster(toks, cl, t) {
		return // "a fire that killed 19 people", "the tidal wave which killed 150,000": nobody's act
	}
	if shotUpward(toks, t) {
		return // "shot to fame", "blog readership has shot up by 58%"
	}
	if beatInContest(toks, t) {
		return // "beat Martin Scorsese to the best director award", "beat market expectations"
	}
	if attackNotAct(toks, t) {
		return // "attack helicopters", "a heart attack", the band Massive Attack
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "brand" && !t.p.Noun && !brandedAs(toks, t) {
		return // "the BMW brand", "Sony-branded players": a trade mark, no one called names
	}
	if killedOff(toks, t) {
		return // "killing off demand", a soap character "killed off": ended, no one killed
	}
	if profitWarning(toks, t) {
		return // "issued a profit warning", "issued its third profits warning": a firm's forecast, no threat
	}
	if backNotVerb(toks, t) {
		return // "push people back into work", "a back tax bill", "back-ups", "back in 1998": no one supported
	}
	if suppliedGoods(toks, t) {
		return // "natural gas supplied by Turkmenistan", "a pump supplied by parts maker Bosch": goods described by their maker
	}
	if t.p.Words[0] == "meet" && !t.p.Noun && metThing(toks, ms, t) {
		return // "Carlisle's cross was met by Scott", "it was met with protests", "demands have been met by": a thing met, no one consulted
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "sign" && !t.p.Noun && signedPerson(toks, ms, t) {
		return // "have signed Italian striker X", "signed West up to his label", "signed to Mr Campbell's label": a player or an artist hired, no agreement
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "return" && !t.p.Noun && returnNotAct(toks, t) {
		return // "returned to profit", "returned from a tour of Africa", "return $500m to shareholders"
	}
	if t.p.Noun && len(t.p.Words) == 1 && t.p.Words[0] == "threat" && !b.threatMade(toks, ms, t) {
		return // "posed a threat to UKIP", "the Soviet threat", "security threats": a danger, not a threat made
	}
	if obligedAct(toks, t) {
		return // "Turkey may have to accept restrictions": an obligation, no act and no intent
	}
	if ableAct(toks, t) {
		return // "the US, which can veto any plan", "it can provide a lot more security": an ability, no act and no intent
	}
	if freeAdjective(toks, ms, t) {
		return // "free media", "a free hand", "free of spyware": no one is freed
	}
	if untilCondition(toks, t) {
		return // "will not lift the ban until the EU provides details": a condition, not an act
	}
	if b.causeOfOther(toks, t) {
		return // "complained over two Israeli air raids", "since last month's invasion": a past act the sentence's own act answers
	}
	if t.p.Code[:2] != "14" && protestedAct(toks, t) {
		return // "in protest of the government's refusal to ...": the cause the protest answers
	}
	if namedPastAttack(toks, t) {
		return // "after the 9/11 attacks": a known past act, not one the sentence's actors did
	}
	if t.p.Noun && endedBefore(toks, t.i, cls[t.cl].start) {
		return // "has dropped the investigation of", "called off the talks": an act ended, not done
	}
	if failedOther(toks, t) {
		return // "failed to gain enough votes", "are failing to uphold the rights": a failure, no refusal
	}
	var sources, targets []*entRef
	passive := false
	bePassive := false // passive by a form of "be" ("was killed"), not a reduced participle
	reduced := false   // a participle with its "by" agent right after a common noun ("property seized by X")
	if joinVerbLemmas[t.p.Words[0]] && t.p.Org && t.org >= 0 {
		// Joining an agreement is acceding to it (057); joining a body is
		// cooperating with it (050). See verbs.tsv.
		code := "050"
		if ms[t.org].agr {
			code = "057"
		}
		if code != t.p.Code {
			p := *t.p
			p.Code = code
			t.p = &p
		}
	}
	if q := skipSpeechAdjunct(toks, t.j); t.p.Words[0] == "warn" && len(t.p.Words) == 1 && q+1 < len(toks) &&
		(toks[q].lower == "that" && !pronouns[toks[q+1].lower] || toks[q].lower == "there" ||
			toks[q].lower == "against" && strings.HasSuffix(toks[q+1].lower, "ing")) {
		// "warned that a lack of action could lead to ...", "warned there
		// could be further walkouts": a warning about the world is a
		// statement, and so is advice ("warned against placing too much
		// weight on the data"); "warned that they would attack" and
		// "warned Kiev that ..." are threats.
		p := *t.p
		p.Code = "010"
		t.p = &p
	}
	// The actor after "by" within reach: the agent of a passive verb or of a noun.
	agent := func(from, reach int) []*entRef {
		sawBy := false
		for k := from; k < len(toks) && k < from+reach && clOf[k] == t.cl; k++ {
			if w := toks[k].lower; !t.p.Noun && (w == "being" || w == "been" || sawBy) && otherPassive(toks, k) {
				// "criticised for being thrown out by X", "was criticised
				// by net users and later dropped by X": the "by" phrase past
				// another passive participle is that verb's agent ("tortured
				// and killed by X" share theirs). A noun's agent may stand
				// past the verb it is the subject of ("a crackdown ... has
				// been launched by X").
				return nil
			}
			if toks[k].lower == "by" {
				sawBy = true
				if k+1 < len(toks) && !toks[k+1].upper && strings.HasSuffix(toks[k+1].lower, "ing") && !inMention(ms, k+1) {
					// "accused of breaching their duties by depriving
					// MCI shareholders": a means, not an agent.
					continue
				}
				for mi, m := range ms {
					if m.i > k && m.i <= k+3 && !m.loc && !m.agr && m.ref != nil {
						return b.group(toks, ms, mi, cl.end)
					}
				}
			}
		}
		return nil
	}
	if !t.p.Noun {
		// Passive: "was attacked by X".
		for k, n := t.i-1, 0; k >= cl.start && n < 3; k, n = k-1, n+1 {
			w := toks[k].lower
			if beForms[w] && !strings.HasSuffix(toks[t.i].lower, "ing") {
				passive, bePassive = true, true
				break
			}
			if getForms[w] && k == t.i-1 && (strings.HasSuffix(toks[t.i].lower, "ed") || irregularPast[toks[t.i].lower]) {
				// "people get shot", "were getting arrested": a get-passive.
				passive, bePassive = true, true
				break
			}
			if (w == "and" || w == "or") && k-2 >= cl.start && (strings.HasSuffix(toks[k-1].lower, "ed") || strings.HasSuffix(toks[k-1].lower, "en") || irregularPast[toks[k-1].lower]) &&
				beForms[toks[k-2].lower] && (strings.HasSuffix(toks[t.i].lower, "ed") || irregularPast[toks[t.i].lower]) {
				// "was tortured and killed", "were killed or wounded": a
				// participle joined to a passive one is passive too.
				passive, bePassive = true, true
				break
			}
			if w != "also" && w != "reportedly" && w != "allegedly" && w != "not" && w != "being" && w != "been" && !strings.HasSuffix(w, "ly") {
				break
			}
		}
		// "the ceasefire agreement signed in March 2001": a participle right
		// after an agreement describes it; only its agent after "by" acts.
		if !passive && agreementEndsAt(ms, t.i) && (strings.HasSuffix(toks[t.i].lower, "ed") || irregularPast[toks[t.i].lower]) {
			if len(agent(t.i+1, t.j-t.i-1+8)) == 0 {
				return
			}
			passive = true
		}
		// "aid worker Margaret Hassan, kidnapped in Iraq, ...": a past
		// participle right after a comma is passive without its "was".
		if k := t.i - 1; !passive && k > cl.start && toks[k].text == "," && (strings.HasSuffix(toks[t.i].lower, "ed") || irregularPast[toks[t.i].lower]) &&
			!introAdverbs[toks[k-1].lower] && !strings.HasSuffix(toks[k-1].lower, "ly") &&
			(t.i+1 >= len(toks) || prepositions[toks[t.i+1].lower] || !toks[t.i+1].word) && !b.closesAside(toks, t.i) {
			// With its agent after "by", what it was done to is what the
			// comma closes, not the clause's subject ("worried about plans,
			// backed by the UK, to ...").
			passive = true
			reduced = len(agent(t.i+1, t.j-t.i-1+2)) > 0
		}
		// "the inmates detained without trial", "civilians killed in the
		// raid", "with 200 people killed": a participle of force right
		// after a plural noun, with no object, is a reduced passive.
		if k := t.i - 1; !passive && k > cl.start && toks[k].word && !toks[k].upper && (strings.HasSuffix(toks[k].lower, "s") || irregularPlurals[toks[k].lower]) && !t.p.Recip && (!inMention(ms, k) || sectorEndsAt(ms, k)) &&
			!isAux(toks[k].lower) && !modalWords[toks[k].lower] && !pronouns[toks[k].lower] && toks[k].lower != "has" && toks[k].lower != "was" &&
			strings.HasSuffix(toks[t.i].lower, "ed") && (t.i+1 >= len(toks) || prepositions[toks[t.i+1].lower] || !toks[t.i+1].word) &&
			strings.Contains("11 16 17 18 19", t.p.Code[:2]) {
			passive = true
		}
		// "asked for the land confiscated by the army", "the tribal
		// elders freed by the rebels": a participle right after a common
		// noun, with its agent after "by", is a reduced passive, whatever
		// the parser made of it (it may hang the participle anywhere
		// when the agent's nationality is rare in its treebank).
		if k := t.i - 1; !passive && k > cl.start && t.j == t.i+1 && toks[k].word && !toks[k].upper && (!inMention(ms, k) || sectorEndsAt(ms, k) || actorEndsAt(ms, k)) &&
			!isAux(toks[k].lower) && !modalWords[toks[k].lower] && !pronouns[toks[k].lower] && !prepositions[toks[k].lower] && !determiners[toks[k].lower] &&
			!strings.HasSuffix(toks[k].lower, "ly") && toks[k].lower != "and" && toks[k].lower != "or" &&
			(strings.HasSuffix(toks[t.i].lower, "ed") || irregularPast[toks[t.i].lower]) &&
			t.j < len(toks) && toks[t.j].lower == "by" && len(agent(t.j, 1)) > 0 {
			passive, reduced = true, true
		}
		if passive {
			// The agent's "by" may close the pattern ("received * by").
			sources = agent(t.i+1, t.j-t.i-1+8)
			if k := placeTimeRun(toks, t.j, cl.end); len(sources) == 0 && k > t.j {
				// "was signed at the United Nations in New York on
				// Wednesday 29 April by A, B and C": the agent after a run
				// of place and time phrases (see passive.go).
				sources = agent(k, 1)
			}
			if len(sources) == 0 && len(t.p.Words) > 1 && (t.p.Words[1] == "in" || t.p.Words[1] == "to") {
				passive = false // "were engaged in", "is committed to": not a passive act
			}
		}
		if passive && reduced {
			// What is acted on is the noun the participle describes, or
			// the actor named with it ("Taliban inmates freed by Kabul"),
			// not the subject of the clause it sits in.
			targets = nil
			for mi, m := range ms {
				if m.j >= t.i-2 && m.j <= t.i && m.i < t.i && m.i >= cl.start && !m.loc && !m.agr && m.ref != nil {
					targets = b.group(toks, ms, mi, t.i)
				}
			}
		} else if passive {
			targets = cl.subject
			if len(targets) == 0 {
				// "A camp for Congolese refugees was attacked by ...": the
				// actor named before the verb, even inside a phrase.
				for mi := len(ms) - 1; mi >= 0; mi-- {
					if m := ms[mi]; m.j <= t.i && m.i >= cl.start && m.i >= b.lead && !m.loc && !m.agr && m.ref != nil {
						targets = []*entRef{m.ref}
						break
					}
				}
			}
		} else if reactionVerbs[toks[t.i].lower] {
			if tg := b.targetAfter(toks, ms, cl, t); len(tg) > 0 && b.lastEventSource != nil {
				sources, targets = tg[:1], []*entRef{b.lastEventSource}
			}
		} else if g := nominalDoer(toks, ms, cl, t); g >= 0 {
			// "bowing to French and German pressure", "US support for
			// Boeing": a verb word used as a noun after a preposition and
			// an actor adjective is that actor's act, not the clause
			// subject's.
			sources = b.group(toks, ms, g, t.i)
			targets = slices.DeleteFunc(b.targetAfter(toks, ms, cl, t), func(r *entRef) bool { return inRefs(r, sources) })
		} else {
			sources = cl.subject
			if cl.subjPos > t.i && !cl.relative {
				sources = nil // a subject after the verb is no subject of it
			}
			if mi, ok := joinedSubject(toks, ms, cl, t); ok && len(sources) > 0 {
				// "he was resigning and the Queen invited Mr Wilson": the
				// Queen's act, not his.
				sources = nil
				if mi >= 0 && !slices.ContainsFunc(cl.subject, func(r *entRef) bool { return r == ms[mi].ref }) {
					sources = b.group(toks, ms, mi, cl.end)
				}
			}
			if t.org >= 0 {
				// "withdrew its officers from the JCCC": the body left, not
				// the people withdrawn.
				targets = []*entRef{ms[t.org].ref}
			} else {
				targets = b.targetAfter(toks, ms, cl, t)
			}
			if len(targets) == 0 && t.inner != nil {
				targets = b.targetAfter(toks, ms, cl, *t.inner)
			}
		}
	} else if agentNouns[t.p.Words[0]] {
		sources = agent(t.j, 6)
	} else {
		// A noun: a possessive or adjective actor right before it, an agent
		// after "by", or the subject of the clause.
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := ms[mi]
			if m.j <= t.i && m.j >= t.i-3 && !m.loc && !m.agr && m.ref != nil {
				between := true
				for k := m.j; k < t.i; k++ {
					w := toks[k].lower
					if !(w == "'s" || toks[k].word && !prepositions[w] && !determiners[w] && !sayVerbs[w]) {
						between = false
					}
					if !m.poss && (lightVerbs[w] || isAux(w) || modalWords[w] || receiveForms[w]) {
						between = false // "Chad resumed talks": the subject, handled below; "Kenya received aid": no giver
					}
				}
				if between && (m.poss || m.j == t.i || ms[mi].j < t.i) {
					sources = []*entRef{m.ref}
				}
				break
			}
		}
		inTalks := t.p.Code[:2] == "04" && t.j < len(toks) && toks[t.j].lower == "with" && beInBefore(toks, t.i, cl.start)
		background := nounInPP(toks, t.i, cl.start) && !inTalks
		if len(sources) == 0 && !background {
			// "released from house arrest by the junta": the agent of a
			// noun in a phrase is the verb's, not the noun's.
			sources = agent(t.j, 12)
		}
		var subj []*entRef
		// The clause subject is the actor of a noun only when a light verb
		// governs it ("held talks"), the noun is fronted ("In Tuesday's
		// phone call, X and Y ...") or it names its partner ("a call with Y").
		if lightVerbBefore(toks, t.i, cl.start) || t.i < cl.subjPos || inTalks && cl.subjPos < t.i {
			subj = cl.subject
		}
		if t.p.Role && len(sources) == 0 && len(subj) == 0 && cl.subjPos >= cl.start && cl.subjPos < t.i && !negatedRole(toks, t.i) {
			// "Germany is one of the largest bilateral donors": a role
			// noun holds only after "be", "remain" or "become", and names
			// what the subject of that verb is, with or without the one
			// it gives to. ("is no longer a donor" with no one it gave to
			// tells what the subject is not, no refusal.)
			subj = cl.subject
		}
		before := len(sources)
		targets = b.nounTargets(toks, ms, cl, t, &sources)
		if len(sources) == 0 && len(subj) == 0 && len(targets) > 0 && before == 0 && !background {
			// A noun naming its target ("a threat to X") is done by the
			// clause's subject only when the tree makes it that subject's
			// object; the doer the tree names may be another ("Y rejected
			// the idea X posed a threat to Z"). Without a tree, the subject.
			subj = cl.subject
			if p := b.tree(); p != nil {
				subj = nil
				if d := p.mentionOf(p.mAt, ms, p.nounDoer(t.i)); d >= 0 && !inRefs(ms[d].ref, targets) {
					subj = b.group(toks, ms, d, len(toks))
				}
			}
		}
		if len(sources) == 0 {
			sources = subj
		}
		if receivedBefore(toks, t.i, cl.start) || reproach(t.p.Code) && facedBefore(toks, t.i, cl.start) {
			// "Kenya received humanitarian aid from Japan": the one who
			// receives is the target; the giver is the actor after "from",
			// or no one.
			sources, targets = nil, cl.subject
			if m := fromAfter(toks, ms, t.i+1, cl.end); m >= 0 && !inRefs(ms[m].ref, targets) {
				sources = []*entRef{ms[m].ref}
			}
		}
	}
	sources, targets, passive = b.argsFromTree(toks, ms, cl, t, sources, targets, passive)
	if !t.p.Noun && !passive && len(sources) > 0 && inRefs(sources[0], cl.subject) && b.otherSubject(ms, cl, t) {
		sources = nil
	}
	sources, targets = b.genericArgs(toks, ms, b.pzMAt, cl, t, sources, targets)
	if by := agent(t.j, 6); !passive && b.participleOfNoun(toks, ms, cl, t, len(by) > 0) {
		// "pardoned jailed activists", "activists detained while ...": a
		// participle that describes a noun tells of an act whose doer the
		// sentence does not name; the clause's subject did not do it. With
		// a "by" phrase ("an event hosted by the university"), that is the
		// doer, and the noun described is what was done.
		if len(by) == 0 {
			return
		}
		sources, passive = by, true
		targets = slices.DeleteFunc(slices.Clone(targets), func(r *entRef) bool { return inRefs(r, by) })
	}
	attackSubj := -1 // the noun of force that is the subject of this verb of force (asked only when it has no doer)
	if len(sources) == 0 && !t.p.Noun && !passive {
		if attackSubj = b.attackSubject(t); attackSubj >= 0 {
			// "a suicide bombing by Taliban fighters killed ...": the
			// attack's doer named after "by" did the killing, no one
			// unidentified.
			u := b.trigs[attackSubj]
			sources = agent(u.j, t.i-u.j)
		}
	}
	unnamedForce := t.p.Noun && (!nounInPP(toks, t.i, cl.start) || t.p.Death) && !(t.i > 0 && possPronouns[toks[t.i-1].lower]) ||
		bePassive && !(cl.relative && !cl.resumed) && (len(targets) > 0 || b.forceNounAfter(t)) && !byAfter(toks, t.j, cl.end) || // "a journalist was killed in Beirut", "a reporter was killed in a bomb blast in Kabul"
		attackSubj >= 0 // "a roadside bomb near Mosul killed two soldiers"
	if len(sources) == 0 && t.p.Noun && forceRoot(t.p.Code) && b.subjectOfForce(t) {
		return // the verb it is the subject of tells the act, with its target
	}
	if len(sources) == 0 && unnamedForce && (t.p.Code[:2] == "18" || t.p.Code[:2] == "19") && b.assertedAct(toks, cl, t) {
		// "a car bomb exploded near a market in Baghdad": no one named, the
		// unidentified attackers of the country where it struck, against it.
		if c := b.placeCountry(toks, ms); c != nil {
			if att := b.bodyRef(c, &sectorWord{Sector: "UAF", Canonical: "unidentified attackers"}, ""); att != nil {
				sources = []*entRef{att}
				if len(targets) == 0 && t.p.Death && len(cl.subject) > 0 {
					targets = cl.subject // "a prisoner died after torture": the one who died
				} else if len(targets) == 0 {
					targets = []*entRef{c}
				}
			}
		}
	}
	if len(sources) == 0 && len(targets) > 0 && bePassive && !(cl.relative && !cl.resumed) && stateAct(t.p.Code) && !byAfter(toks, t.j, cl.end) {
		// "a journalist was arrested in Niger", "two inspectors have been
		// expelled from North Korea": arrest and expulsion are the state's
		// to do, and with no one named, the state is the country it
		// happened in.
		if c := b.countryOfAct(toks, ms, cl, t); c != nil && !inRefs(c, targets) {
			sources = []*entRef{c}
		}
	}
	if r := t.p.Code[:2]; (r == "11" || r == "14") && !passive && (len(targets) == 0 || addressee(toks, ms, targets[0], t)) {
		// "complained to the UN over Israeli air raids": the UN hears the
		// complaint; the one complained of follows "over" or "about".
		// (Asked only when its answer is used: it may make a person of a
		// bare name.)
		if over := b.complainedOf(toks, ms, cl, t); len(over) > 0 {
			targets = over
		}
	}
	if t.p.Code[:2] == "14" && !passive {
		// "began a hunger strike to protest against X's decision": see protest.go.
		sources, targets = b.protestArgs(toks, ms, cl, &t, sources, targets)
	}
	if !passive && !t.p.Noun {
		if r, ok := itObject(toks, ms, t, sources); ok {
			targets = r // "quit the party and accused it of betraying its supporters": the party, not its supporters
		}
	}
	if len(targets) == 0 && !passive && !t.p.Noun {
		targets = b.objectPronoun(toks, ms, t, sources)
	}
	if len(targets) == 0 && !passive && t.p.Frame {
		if r := possessorInGap(toks, ms, t, sources); r != nil {
			targets = []*entRef{r}
		}
	}
	if !passive && !t.p.Noun {
		if doer := forToDoer(toks, ms, cl, t); doer >= 0 && !inRefs(ms[doer].ref, sources) {
			// "gave approval for the United Nations to deliver aid": the
			// actor after "for" does what follows "to".
			sources = b.group(toks, ms, doer, t.i)
			targets = slices.DeleteFunc(slices.Clone(targets), func(r *entRef) bool { return inRefs(r, sources) })
		}
		if callee := b.calledToAct(toks, ms, cl, t); len(callee) > 0 && !inRefs(callee[0], sources) {
			targets = callee
		}
	}
	if t.p.Code[:2] == "04" && !passive && !t.p.Noun && !(t.gapI >= 0 && b.gapIsActor(toks, ms, t)) {
		// Only over no target or a country, a topic rather than a partner
		// ("discussed Libya with X"); "will host the Forum, timed to run
		// with ..." keeps its object.
		if with := b.consultPartner(toks, ms, cl, t); len(with) > 0 && !inRefs(with[0], sources) && (len(targets) == 0 || targets[0].Kind == KindCountry && !namedBetween(toks, ms, t, targets[0])) {
			targets = with
		}
	}
	if t.p.Code[:2] == "03" && len(sources) > 0 {
		// "agreed to set up a research institute in Lyon": what is set up
		// is made, not met; the agreement is aimed at the place it is made in.
		if r := b.placeOfFounding(toks, ms, cl, t); r != nil && !inRefs(r, sources) {
			targets = []*entRef{r}
		}
	}
	// "withdrew the peacekeepers from Liberia", "a suspension of aid in
	// Yemen": with no actor acted on, a country named after "in", "into",
	// "from" or "to" soon after the act is where it is aimed, as with a
	// place (see emitEvents).
	if len(targets) == 0 && len(sources) > 0 && placeRoots[t.p.Code[:2]] {
		if c := b.countryAfterPrep(toks, ms, cl, t); c != nil && !inRefs(c, sources) && sources[0].Country != c.Country {
			targets = []*entRef{c}
		}
	}
	if len(targets) == 0 && len(sources) > 0 && !passive {
		if r := b.partnerName(toks, cl, t); r != nil && !inRefs(r, sources) {
			targets = []*entRef{r}
		}
	}
	if len(targets) == 0 && len(sources) > 0 && !passive && !t.p.Noun && sources[0].Country != "" {
		if c := b.placeInObject(toks, ms, cl, t, sources[0]); c != nil && !inRefs(c, sources) && (sources[0].Country != c.Country || c.Kind == KindLocation) {
			targets = []*entRef{c}
		}
	}
	if t.p.Code[:2] == "13" && len(targets) == 0 && len(sources) > 0 {
		// "threatened that if Israel did not comply, ...", "threats that
		// he would ... unless the EU paid": a threat is aimed at whoever
		// must meet its condition.
		if r := conditionSubject(toks, cls, t); r != nil && !inRefs(r, sources) {
			targets = []*entRef{r}
		}
	}
	if t.p.Words[0] == "withdraw" && len(sources) > 0 && b.movesForces(toks, t) && (len(targets) == 0 || targets[0].Kind != KindCountry) {
		// "willing to withdraw its troops if it can keep an office in Gaza",
		// "... as soon as a UN force had been sent to Lebanon": with no
		// "from", the troops leave the place their condition names.
		if r := b.placeInCondition(toks, ms, t, sources[0].Country); r != nil && !inRefs(r, sources) {
			targets = []*entRef{r}
		}
	}
	if t.p.Words[0] == "return" && len(targets) == 0 && len(sources) > 0 && !t.p.Noun && b.d.codes[t.p.Code].Plover == "RETREAT" {
		// "returned the songbirds back into the Brazilian wild",
		// "returned a manuscript, missing since 1943, to Venafro, Italy":
		// things given back go back to the land named after "to".
		if r := b.landReturnedTo(toks, ms, cl, t); r != nil && !inRefs(r, sources) {
			targets = []*entRef{r}
		}
	}
	if t.p.Words[0] == "resign" && len(sources) > 0 && sources[0].Kind == KindPerson {
		// A resignation is given up, not aimed at anyone: "resigned over
		// the Iraq war" is no retreat from Iraq.
		targets = nil
	}
	if t.p.Code == "043" && t.p.Words[0] == "welcome" && welcomesThing(toks, ms, t.j) {
		// "welcomed Trump's invitation", "welcomed the OPCW visit": the
		// actor owns what is welcomed; welcoming it endorses it (051).
		p := *t.p
		p.Code = "051"
		t.p = &p
	}
	if in := t.inner; in != nil && t.p.Words[0] == "order" && t.p.Code[:2] == "10" && in.p.Code == "1721" && !mentionIn(ms, in.i, in.j) {
		// "ordered the newspaper Opinar to suspend publication": an order
		// to give up a freedom is the restriction imposed on the one
		// ordered (COERCE), not a demand; "ordered X to appear for
		// questioning" stays a demand, and so does an order to restrict
		// someone else ("ordered the police to shut the Daily News").
		// The act coded is the one the inner line names, so the event is
		// that line's (Fire.Pattern, scripts/pattern-fires.sh).
		p := *t.p
		p.Code, p.Source = in.p.Code, in.p.Source
		t.p = &p
	}
	if t.p.Code == "057" && tentativeAgreement(toks, t) {
		// "reached a preliminary deal", "had reached general agreement on
		// a new funding programme", "agreed in principle": a deal in
		// outline, agreed (030), not a formal agreement signed (057).
		p := *t.p
		p.Code = "030"
		t.p = &p
	}
	if t.p.Code == "0863" && b.bordersToPeople(toks, t.j) {
		// "opened its borders to refugees": asylum granted (075), not a
		// blockade eased.
		p := *t.p
		p.Code = "075"
		t.p = &p
	}
	if t.p.Code == "070" && len(t.p.Words) == 1 && sentToInvestigate(toks, cl, t.j) {
		// "sent a team of experts to Iran to investigate the crash": an
		// investigation (090), not aid.
		p := *t.p
		p.Code = "090"
		t.p = &p
	}
	if t.p.Code[:2] == "15" && peacekeeping(toks, cl) {
		// "sent 200 troops to serve as a peacekeeping force": troops sent
		// to keep a peace are peacekeeping provided (074), not a build-up.
		p := *t.p
		p.Code = "074"
		t.p = &p
	}
	if w := t.p.Words[len(t.p.Words)-1]; t.p.Code == "111" && t.p.Words[0] == "call" && inquiryNouns[w] && t.j < len(toks) && toks[t.j].lower == "by" {
		// "called for an investigation by the information commissioner":
		// an appeal to the investigator, not an accusation of him.
		p := *t.p
		p.Code = "020"
		t.p = &p
	}
	if t.p.Code[:2] == "12" && t.p.Noun && withCondemnation(toks, t) {
		// "expressed its total rejection and strong condemnation of the
		// declaration": the pair is a condemnation (111), not a refusal.
		p := *t.p
		p.Code = "111"
		t.p = &p
	}
	if r := t.p.Code[:2]; (r == "18" || r == "19") && (verbalAttack(toks, ms, t) || attackOnWords(toks, t) || fightOfWords(toks, ms, t, sources, targets)) {
		// "launched a scathing attack on the government": words, not force.
		p := *t.p
		p.Code = "111"
		t.p = &p
	}
	if c := t.p.Code; c[:2] == "04" && c != "042" && c != "043" && len(targets) > 0 {
		// "EU ministers are meeting on Thursday in Brussels", "began to
		// negotiate a solution with utilities operating in Argentina" (by
		// Argentina's president): where a body of no country, or a
		// country's own people, meet or talk is no partner. A state's
		// envoy at talks or a summit in another country meets that
		// country (plv-dev codes "attended a summit in the UK" so), and
		// a visit's place is its target (042, 043).
		targets = slices.DeleteFunc(slices.Clone(targets), func(r *entRef) bool {
			return len(sources) > 0 && (sources[0].Country == "" && sources[0].Kind != KindPerson || sources[0].Country == r.Country) && venueOnly(toks, ms, t, r)
		})
	}
	if t.p.Words[0] == "blame" && len(targets) == 0 && !b.blamedSomeone(toks, t) {
		return // "blamed weak demand and currency losses", "blamed the poor results on a wet summer": no one is accused
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "provide" && !t.p.Noun && !wordWithin(toks, t.j, 8, aidThings) && !(len(targets) > 0 && wordWithin(toks, t.j, 3, supportWords)) && !moneyWithin(toks, t.j, 8) {
		// Whoever it is given to: "provided BBC Scotland with the
		// indicative figures", "provides the voice for X", "provided
		// strong opposition to the plans" give no aid.
		return // "will provide the voice of", "would provide an invaluable bridge", "provided a focus for the industry"
	}
	if t.p.Code == "051" && len(targets) == 0 && t.p.Words[len(t.p.Words)-1] == "commitment" {
		return // "reiterated the commitment of the organization to collaborate", "renewed a commitment to democracy": a course of action, no one supported
	}
	if t.p.Code == "030" && len(targets) == 0 && promiseWords[t.p.Words[0]] && !aidPromised(toks, t) {
		return // "promised to cut taxes", "pledged to halve the deficit", "Tory promises on policing": a pledge to voters binds no partner
	}
	if len(targets) > 0 {
		// "Berlin welcomed the decision, with finance minister Hans Eichel
		// saying ...": who speaks in an absolute "with" clause is no
		// target of the act before it.
		targets = slices.DeleteFunc(slices.Clone(targets), func(r *entRef) bool { return inWithClause(toks, ms, t, r) })
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "agree" && !t.p.Noun && agreedView(toks, t) {
		return // "Mr Telford agreed, but ...", "the men agreed he was "brilliant"", "agreed with Dr Fox's view": a view shared, no agreement
	}
	if t.p.Code == "166" && len(sources) > 0 && leftJobOrTrade(toks, t, sources[0], targets) {
		return // "McFadden, who quit chart-topping group Westlife", "withdrew from the auction": a job or a sale left, no relations cut
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "send" && !t.p.Noun && !sentAid(toks, t) {
		return // "sent Mr Bush his warmest congratulations", "sent the dollar higher", "send them direct mailings": nothing given
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "visit" && webVisit(toks, t) {
		return // "logs of sites people visit", "blocking visits from overseas users", "shoppers to have visited": no one visited
	}
	if len(t.p.Words) == 1 && (t.p.Words[0] == "recognise" || t.p.Words[0] == "recognize") && !t.p.Noun && recognisedThing(toks, ms, t) {
		return // "recognise faces", "recognised people's concerns", "is then recognised as the winner": no standing granted
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "concede" && !t.p.Noun && concededPoint(toks, t) {
		return // "conceded this was ambitious", "conceded there were grey areas", "..., he concedes.": a point admitted, nothing yielded
	}
	if len(t.p.Words) == 2 && t.p.Words[0] == "appeal" && t.p.Words[1] == "to" && appealsToTaste(toks, t) {
		return // "the DS will appeal to all ages", "who they would appeal to": liked, nothing asked
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "block" && !t.p.Noun && blockedThing(toks, t, sources) {
		return // "Google began blocking infected sites", "it blocks pop-ups": things filtered, no one obstructed
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "join" && !t.p.Noun && joinedFirm(toks, ms, t, sources) {
		return // "she joined the company in 2003", "joined Apple in 1978 as employee number 31": a job taken, no alliance
	}
	if !t.p.Noun && pressedAct(toks, cl, t) {
		return // "is expected to face renewed pressure to abandon its fixed exchange rate", "putting pressure on me to agree": what others press for is not done
	}
	if len(t.p.Words) == 1 && (t.p.Words[0] == "phone" || t.p.Words[0] == "telephone") && !t.p.Noun && phoneDevice(toks, t) {
		return // "by e-mail, text message and telephone", "left her iPod, phone and purse", "the Microsoft Mobile phone": a device, no call
	}
	if t.p.Code[:2] == "06" && privateCollaboration(sources, targets) {
		return // "Hill also worked with Carpenter on Escape From New York", "has teamed up with Phil Collins to record": artists at work, no cooperation between polities
	}
	if t.p.Code == "0874" && resignWords[t.p.Words[0]] && !t.p.Noun && cl.relative && t.i > cl.start && toks[cl.start].lower == "who" && cl.start > 0 && (toks[cl.start-1].lower == "," || toks[cl.start-1].text == "-") {
		return // "Former minister Clare Short, who resigned from the government over the Iraq war, said ...", "Mr Hague, who stepped down after his party's 2001 election defeat": a resignation recalled about someone, not reported
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "sign" && !t.p.Noun && t.j < len(toks) && toks[t.j].lower == "up" {
		return // "people signing up for broadband", "have signed up for Ricky Gervais' new sitcom", "try to sign up AOL's customers": enrolled, no agreement signed
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "seize" && !t.p.Noun && seizedChance(toks, t) {
		return // "seize on those reports", "seized the top spot", "seizing a poll advantage": a chance taken, nothing taken by force
	}
	if len(t.p.Words) == 2 && t.p.Words[0] == "hand" && t.p.Words[1] == "over" && !t.p.Noun && handedHolding(toks, t) {
		return // "handed over his stake in the holding company", "hand over the land": property passed on, no one handed over
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "free" && !t.p.Noun && freedNoOne(toks, t) {
		return // "freeing up its labour markets", "goods free access to American markets": no one released
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "monitor" && !t.p.Noun && !monitoredSomeone(toks, ms, t) {
		return // "we will monitor developments carefully", "monitored MTV's output", "monitoring firm WebSideStory": no one investigated
	}
	if !t.p.Noun && ownedGroupSubject(toks, ms, t) {
		return // "its banks have agreed to extend its credit", "the firm's creditors have been trying to agree a deal": unnamed lenders act, not the firm
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "defend" && !t.p.Noun && ownDefended(toks, ms, t) {
		return // "defended his policies", "defended her decision to cast ...", "defending our national sovereignty": one's own course, no one supported
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "beat" && !t.p.Noun && !beatenSomeone(targets) {
		return // "Citigroup beat Standard Chartered to buy", "has beaten Santoro in five of", "the heart of Britain beats": a contest won, no one struck
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "offensive" && t.p.Noun && offensiveWord(toks, t) {
		return // "a poster campaign which was offensive to many people", "tasteless and offensive", "a charm offensive": no assault
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "oppose" && !t.p.Noun && asOpposedTo(toks, t) {
		return // "4% of sales as opposed to 5%", "a real obligation as opposed to a recommendation": a contrast, no rejection
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "demonstrate" && !t.p.Noun && shownThing(toks, t) {
		return // "demonstrated that ...", "demonstrating the strength of our values", "demonstrated a phone": shown, no protest
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "fight" && len(sources) > 0 && foughtThing(toks, t, sources[0]) {
		return // "fought all forms of racism", "fight crime", "has fought back with its own budget airline": no force used
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "charge" && !t.p.Noun && priceCharged(toks, t) {
		return // "the high rates they charge for roaming", "held without trial or charge", "very charged politically": no accusation
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "release" && !t.p.Noun && len(sources) > 0 && releasedProduct(toks, ms, t, sources[0], targets) {
		return // "Microsoft released the SP2 upgrade", "plan to release their own chips": a product launched, no one freed
	}
	if softAttack(toks, t) {
		return // "investigating what it called a criminal attack on its software", "phishing attacks", "the legal attacks on X": no force used
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "accept" && !t.p.Noun && acceptedView(toks, t) {
		return // "accepted there was a problem", "accepted the difficult balance", "accepted the prize": a view granted, no offer taken
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "decline" && marketDecline(toks, t) {
		return // "the biggest monthly decline since August", "declining consumption": a fall, no refusal
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "return" && !t.p.Noun && len(sources) > 0 && selfReturn(toks, t, sources[0], targets) {
		return // "returned to England", "will return as a minister", "returns to direct the sequel", "return after maternity leave": someone comes back, nothing is handed back
	}
	if t.p.Code == "043" && t.p.Words[0] == "receive" && receivedThing(toks, ms, t) {
		return // "receive IMF support", "received Kennedy Center honours", "a proposal was received by": a thing received, no one hosted
	}
	if t.p.Code == "0874" && len(sources) > 0 && resignedJob(toks, t, sources[0], targets) {
		return // "resigned as the company's chief executive", "stepped down as Chelsea chairman": a post in a firm or a club left, no retreat
	}
	if t.p.Code == "042" && len(targets) == 0 && len(sources) > 0 && homeVisit(toks, ms, t, sources[0]) {
		return // "visits Manchester, Liverpool and Leicester", "visiting constituencies in Somerset": a tour at home meets no one
	}
	if t.p.Code == "130" && forecastWarning(toks, ms, t, sources) {
		// "warned house prices could fall", "..., Deloitte has warned.",
		// "warned Mr Ebbers that falsifying the books would ...": a
		// warning of what may happen, not of what the warner will do, is a
		// statement (010), no threat.
		p := *t.p
		p.Code = "010"
		t.p = &p
	}
	if t.p.Code[:2] == "07" && len(sources) > 0 && sources[0].Sector == "BUS" && !t.p.Noun {
		// A firm lending or delivering is trade, not aid.
		return
	}
	if len(targets) == 0 && len(sources) > 1 && eachOther(toks, t.j) {
		// "Airbus and Boeing accuse each other": both ways.
		p := *t.p
		p.Recip = true
		t.p = &p
	}
	if t.p.Code == "042" && t.p.Words[0] == "arrive" && len(sources) > 0 && peacekeepersArrive(toks, cl, t, sources[0]) {
		// "NATO peacekeeping troops have arrived in Bosnia": peacekeepers
		// arriving are peacekeeping provided (074) where they arrive.
		p := *t.p
		p.Code = "074"
		t.p = &p
	} else if t.p.Code == "042" && t.p.Words[0] == "arrive" && len(sources) > 0 && sources[0].Kind != KindPerson && sources[0].Sector != "GOV" && sources[0].Kind != KindCountry {
		// Doctors or investigators arriving make no visit.
		return
	}
	if t.p.Code[:2] == "16" && t.p.Org && t.org >= 0 && ms[t.org].agr && len(sources) == 1 && sources[0].Kind == KindPerson {
		// "Trump withdrew the United States from the deal", "the president
		// pulled Ruritania out of the pact": the state leaves, the official
		// acts for it, so that the report that "the United States is
		// withdrawing" tells the same event and ends the same party.
		if st := b.stateInGap(ms, t); st != nil {
			sources = []*entRef{st}
		} else if st := b.actsFor(sources[0]); st != nil {
			sources = []*entRef{st}
		}
	}
	if len(targets) > 0 && len(sources) > 0 && (agreeingAct(t.p.Code, t) || acceptsRoadMap(toks, ms, t)) {
		// "Iran and six world powers reached an agreement to curb Tehran's
		// nuclear programme": an actor is not its own partner in an
		// agreement; the act stays, with whoever else is named, or alone.
		// (Elsewhere an actor acting on itself is a misreading, and the
		// act is dropped in emitEvents.)
		targets = slices.DeleteFunc(slices.Clone(targets), func(r *entRef) bool { return inRefs(r, sources) })
		// "reached an agreement in Vienna": a capital after "in" or "at"
		// is where they agreed, not a partner.
		targets = slices.DeleteFunc(targets, func(r *entRef) bool {
			for _, m := range ms {
				if m.ref == r && m.i > t.j && m.i < cl.end {
					// "a road map drawn up by Norway", "a truce brokered by
					// Egypt": who wrote or brokered it is no partner.
					return toks[m.i-1].lower == "in" || toks[m.i-1].lower == "at" ||
						toks[m.i-1].lower == "by" && m.i >= 2 && b.participleBefore(toks, m.i-1)
				}
			}
			return false
		})
		if len(targets) == 0 {
			// "signed an agreement in Lima with Peru": the partner after "with".
			for _, m := range ms {
				if m.ref != nil && !m.loc && !m.agr && m.i > t.j && m.i < cl.end && toks[m.i-1].lower == "with" && !inRefs(m.ref, sources) {
					targets = []*entRef{m.ref}
					break
				}
			}
		}
	}
	if t.p.Code == "074" && len(sources) == 0 {
		sources, targets, passive = b.peacekeepers(toks, ms, cl, t, sources, targets, passive)
	}
	if t.p.Code == "074" && len(sources) > 0 && (deployment(toks, t) || t.p.Words[0] == "arrive") && (len(targets) == 0 || deployedTroops(targets[0], sources[0])) {
		// "announced the deployment of 230 troops to Liberia",
		// "peacekeepers destined for Nagorno-Karabakh began deploying":
		// the troops sent are no target; where they go is.
		targets = nil
		for _, m := range ms {
			if m.ref != nil && !m.agr && m.i >= cl.start && m.i < cl.end && m.i > 0 && !inRefs(m.ref, sources) &&
				(m.ref.Kind == KindCountry || m.loc) && (toks[m.i-1].lower == "to" || toks[m.i-1].lower == "for" || toks[m.i-1].lower == "in") &&
				m.ref.Country != sources[0].Country {
				targets = []*entRef{m.ref}
				break
			}
		}
	}
	if (len(targets) == 0 || talkVerbs[toks[t.i].lower]) && !t.p.Noun && t.i > 0 && toks[t.i-1].lower == "to" {
		// "called Erdogan on Friday to convey Pakistan's support": the
		// one called is whom the call's purpose is aimed at, and the one
		// talked with in "called X to discuss Iran".
		if q := calledAt(toks, b.pzMAt, t.i-1); q >= 0 {
			if m := b.pzMAt[q] - 1; m >= 0 && actorMention(ms[m]) && !inRefs(ms[m].ref, sources) {
				targets = []*entRef{ms[m].ref}
			}
		}
	}
	if debugTrig {
		println("CODE", t.p.Code, len(sources), len(targets), passive)
		if p := b.askedTree(); p != nil {
			s, o, pass := p.parseRoles(toks, ms, p.mAt, t)
			println("TREE-ROLES", s, o, pass, p.readable(t.i, t.p.Noun))
		}
	}
	targets = b.dropClauseTargets(toks, ms, t, targets) // "insists the club will never sell X": the content's actor is no target
	b.emitEvents(toks, s, ms, cls, t, sources, targets, passive)
}

// complainedOf finds the actor a complaint or protest is about: the first
// actor within four words after "over", "about" or "against" in the clause.
func (b *builder) complainedOf(toks []token, ms []mention, cl *clause, t trigger) []*entRef {
	for k := t.j; k < cl.end && k < t.j+16; k++ {
		w := toks[k].lower
		if w != "over" && w != "about" && w != "against" {
			continue
		}
		for mi, m := range ms {
			if m.i > k && m.i <= k+4 && m.i < cl.end && m.ref != nil && !m.loc && !m.agr {
				return b.group(toks, ms, mi, cl.end)
			}
		}
		if k+1 < cl.end && nameAfter(toks, b.pzMAt, k+1, k+2) {
			// "filed a lawsuit in a district court against Thom": a bare
			// name the name rules placed nowhere, wherever the parser
			// hangs the phrase.
			if p := b.tree(); p != nil && p.caseOf(k+1) == w {
				if r := b.surnameRef(p, toks, k+1, p.rel(k+1)); r != nil {
					return []*entRef{r}
				}
			}
		}
		return nil
	}
	return nil
}

// addressee reports whether target r is named after "to" following the
// trigger: the one spoken to, not the one acted on; or after "with",
// "in" or "before", the body a complaint or suit is lodged with ("filed a
// lawsuit in a Paris court against X", "a complaint with the UN Human
// Rights Council against X").
func addressee(toks []token, ms []mention, r *entRef, t trigger) bool {
	for _, m := range ms {
		if m.ref != r || m.i < t.j {
			continue
		}
		k := m.i - 1
		if k >= 0 && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an") {
			k--
		}
		return k >= 0 && (toks[k].lower == "to" || toks[k].lower == "with" || toks[k].lower == "in" || toks[k].lower == "before")
	}
	return false
}

// anaphoricActs after "the" point back at the last act.
var anaphoricActs = toSet(`decision move step plan announcement deal withdrawal measure measures action
policy proposal offer sale`)

// domesticRoots are the roots of acts that, without a stated target, are
// done to the actor's own country: a protest, a crackdown, an attack at home.
var domesticRoots = toSet(`08 14 15 17 18 19 20`)

// abroadRoots are the domestic roots of force, whose act in a place of
// another country is done to that country.
var abroadRoots = toSet(`15 17 18 19 20`)

// privateDomestic reports whether r acts for itself rather than for or
// against its state, so that an act of its with no stated target is not done
// to its own country: a person who resigns, quits or clashes in debate
// ("Mr Blunkett quit as home secretary", "Dr Fox attacking the lies"), a firm
// ("Microsoft is restricting access"), the media, or a party in a country's
// politics ("the Liberal Democrats returned"). The state, its forces, rebels,
// opposition movements and civilians keep the domestic target: "authorities
// cracked down", "Young Algerians blocked roads".
func privateDomestic(r *entRef, code string) bool {
	if r.Kind == KindPerson {
		// A head of state or government who resigns or backs down
		// yields to the country ("Interim President Manuel Merino
		// resigned").
		return !(code[:2] == "08" && stateLeaderTitles[strings.ToLower(r.roleTitle)])
	}
	switch r.Sector {
	case "BUS", "MED", "PTY":
		return true
	case "CVL":
		// People act against their state by protesting ("Young
		// Algerians blocked roads") and yield to it by ending a protest
		// ("truck drivers called off their strike"); what else a
		// country's people are said to do ("people had returned their
		// ballot papers", "suspects can be detained in British jails",
		// "people execute their business plans") is not done to it.
		yields := code[:2] == "08" && !strings.HasPrefix(code, "084")
		return code[:2] != "14" && !yields
	}
	return false
}

// stateLeaderTitles are the titles of those who lead a state.
var stateLeaderTitles = map[string]bool{"president": true, "prime minister": true, "premier": true, "king": true, "queen": true, "emir": true}

// emitEvents codes the act of t from sources to targets.
func (b *builder) emitEvents(toks []token, s sentence, ms []mention, cls []clause, t trigger, sources, targets []*entRef, passive bool) {
	cl := &cls[t.cl]
	if len(sources) == 0 {
		return
	}
	if withListSource(toks, ms, t, sources) {
		// "talks with Russia and Saudi Arabia have been taking place",
		// "is in negotiations with Rover and SAIC": those named after
		// "with" are the partners of someone else, not of each other.
		return
	}
	if instrumentContent(toks, ms, t) {
		// "will support a resolution that aims to tighten sanctions": the
		// resolution's content, not the supporter's act.
		return
	}
	if strings.HasPrefix(t.p.Code, "01") {
		// "denied to Reuters that ...", "denied this, telling French
		// media": the press a statement is given to carries it; it is
		// not whom the statement is about.
		targets = dropPressAddressees(toks, ms, t, targets)
	}
	modality, weak, tried := b.modality(toks, cl, t)
	code := t.p.Code
	if tried {
		code = attemptedCode(code)
	}
	// What would have happened, or what a denial says did not, is
	// negated, and no one refused it.
	cf := modality == ModalityNegated && (counterfactual(toks, cl, t) || deniedContent(toks, t) || undecidedAct(toks, cl, t))
	if modality == ModalityNegated && !cf {
		if rc, ok := refusalCode(code); ok {
			code, modality = rc, ModalityAsserted
		}
	}
	if modality == ModalityPlanned && code[:2] == "08" && decidedBefore(toks, t.i) {
		// "has decided to ease the curfew", "decided to partially lift
		// sanctions": easing or lifting is done by deciding it; the
		// decision is the concession, not an intent to make one.
		modality = ModalityAsserted
	}
	if modality == ModalityPlanned && conditioned(toks, cls, t) {
		// "will cut aid to Iraq if Baghdad does not comply", "said it
		// would withdraw its envoy unless Tehran frees the sailors": an
		// act held over someone on a condition is a threat, however
		// firmly it is announced (intentCode: a firm 16 stays an act).
		weak = true
	}
	if modality == ModalityPlanned {
		code = intentCode(code, weak)
	}
	if t.gov == "13" && modality == ModalityPlanned {
		// "..., threatening to impose sanctions": the act is threatened
		// (modality), and a threatened act that is no conflict is a threat
		// all the same ("threatening to pull out": 130, not an intent to
		// withdraw).
		if !strings.HasPrefix(code, "13") {
			code = "130"
		}
		modality = ModalityThreatened
	}
	if (t.p.Words[0] == "threaten" || t.p.Words[0] == "warn") && strings.HasPrefix(code, "13") {
		// A warning recoded as a statement (010, "warned that the economy
		// could slow") threatens nothing.
		modality = ModalityThreatened
	}
	if strings.HasPrefix(code, "02") && !cf {
		modality = ModalityRequested
	}
	cc, ok := b.d.codes[code]
	if !ok {
		return
	}
	root := code[:2]
	rc := b.d.codes[root]
	ev := Event{Cameo: code, Root: root, Plover: cc.Plover, QuadClass: rc.Quad, Goldstein: cc.Goldstein,
		Modality: modality, Clause: b.clauseOf(toks, cls, t), Trigger: spanText(toks, t.i, t.j), Sentence: b.sentenceText(s),
		Span: b.span(s.start, s.end)}
	if rc.Quad == 0 {
		ev.QuadClass = cc.Quad
	}
	// Date: the clause's own, else that of the clause it is reported from.
	if d, src, ok := b.dateFor(toks, cls, t); ok {
		ev.Date, ev.DatePrecision, ev.DateSource = d.date, d.prec, src
		if src == DateFromSentence {
			b.lastStated = d
		}
	} else if cls[t.cl].pair && b.lastPairDate.date != "" {
		// "The two men discussed ...", after "X met Y on Saturday": the
		// pair goes on with that act, on its day.
		ev.Date, ev.DatePrecision, ev.DateSource = b.lastPairDate.date, b.lastPairDate.prec, DateFromReport
	} else if b.lastStated.date != "" && elaborates(toks) {
		// "According to the statement, ...": the date of what it elaborates.
		ev.Date, ev.DatePrecision, ev.DateSource = b.lastStated.date, b.lastStated.prec, DateFromReport
	} else if !b.pub.IsZero() {
		ev.Date, ev.DatePrecision, ev.DateSource = fmtDay(b.pub), PrecisionDay, DateFromPublished
	}
	// Location, object and agreement from the rest of the clause.
	for _, m := range ms {
		if m.i < cl.start || m.i >= cl.end || m.ref == nil {
			continue
		}
		switch {
		case m.loc && m.i >= t.i && ev.Location == "":
			ev.Location = m.ref.ID
		case m.agr && ev.Agreement == "" && m.i >= t.i-2:
			ev.Agreement = m.ref.ID
		case !m.loc && !m.agr && m.i >= t.j && ev.Object == "" && (m.ref.Kind == KindOrganization) && !inRefs(m.ref, targets) && !inRefs(m.ref, sources):
			if m.ref.Country == "" || !strings.HasPrefix(m.ref.ID, "org:"+strings.ToLower(m.ref.Country)+"-") {
				ev.Object = m.ref.ID
			}
		}
	}
	if ev.Agreement == "" && passive {
		// "The accord was signed by ...": the agreement is the subject.
		ev.Agreement = passiveAgreement(ms, cl, t)
	}
	if ev.Agreement == "" && !passive && agreeingAct(code, t) {
		// "the Minsk agreements, which Ukraine and Russia signed in
		// September": the relative pronoun stands for the agreement.
		ev.Agreement = relativeAgreement(toks, ms, cl)
	}
	// "The accord was signed at the United Nations by A, B and C": what a
	// passive signing acts on is its subject, the agreement; a body named
	// in a place phrase is where it was signed.
	signedSubject := passive && ev.Agreement != "" && agreeingAct(code, t) && ev.Agreement == passiveAgreement(ms, cl, t)
	if signedSubject {
		ev.Object = ev.Agreement
	}
	// An event told about the subject organization ("The JCCC ... was set
	// up under an agreement between Russia and Ukraine") is about it.
	if ev.Object == "" && t.p.Noun && len(cl.subject) == 1 && cl.subject[0].Kind == KindOrganization && !inRefs(cl.subject[0], sources) && !inRefs(cl.subject[0], targets) {
		ev.Object = cl.subject[0].ID
	}
	if ev.Object == "" && ev.Agreement != "" && agreeingAct(code, t) && len(targets) == 0 && !(t.p.Recip && len(sources) >= 2 && len(sources) <= 3 && !signedSubject) {
		// "Iran and six world powers reached an agreement", "was signed by
		// A, B, C and D": with no other side to aim at, what they agreed
		// on is the object of their act.
		ev.Object = ev.Agreement
	}
	conf := 0.5
	// "evacuate settlements in the Gaza Strip": without an actor, the
	// country of the place acted on. A meeting or a statement is held in
	// a place, not aimed at its country.
	if len(targets) == 0 && ev.Location != "" && (placeRoots[root] || placeRoots[t.p.Code[:2]]) {
		if r := b.refs[ev.Location]; r != nil && r.locCountry != "" && b.d.byISO[r.locCountry] != nil {
			if c := b.countryRef(b.d.byISO[r.locCountry]); !inRefs(c, sources) && sources[0].Country != c.Country {
				targets = []*entRef{c}
			} else if !inRefs(c, sources) && sources[0].Kind != KindCountry {
				// "Indian authorities imposed a curfew in Kashmir": a
				// state acting in its own land acts on the place, not on
				// itself.
				targets = []*entRef{r}
			}
		} else if r != nil && r.Kind == KindLocation && r.locCountry == "" {
			// "imposed a curfew in Maungtaw district": a place of no
			// country known is still what the act is done to.
			targets = []*entRef{r}
		}
	}
	// "criticized the decision", "welcomed the move": the act is aimed at
	// whoever made the last decision.
	if len(targets) == 0 && b.lastEventSource != nil && t.j+1 < len(toks) && nounDets[toks[t.j].lower] && anaphoricActs[toks[t.j+1].lower] && !inRefs(b.lastEventSource, sources) {
		targets = []*entRef{b.lastEventSource}
	}
	if len(targets) == 0 && domesticRoots[code[:2]] && len(sources) == 1 && sources[0].Kind != KindCountry && sources[0].Country != "" && !privateDomestic(sources[0], code) {
		if c := b.placeCountryIn(toks, ms, cl.start, cl.end); c != nil && abroadRoots[code[:2]] && c.Country != sources[0].Country && !inRefs(c, sources) {
			// "launched airstrikes against a camp in Pakistan": force used
			// in another country's place is used against that country,
			// not the actor's own.
			targets = []*entRef{c}
			conf -= 0.1
		} else if ct := b.d.byISO[sources[0].Country]; ct != nil {
			targets = []*entRef{b.countryRef(ct)}
			conf -= 0.1
		}
	}
	if !t.p.Noun {
		conf += 0.2
	}
	if len(targets) > 0 {
		conf += 0.1
	}
	if passive {
		conf -= 0.1
	}
	if len(t.p.Words) > 1 {
		conf += 0.1
	}
	ev.Confidence = float64(int(conf*100+0.5)) / 100
	// In a report on sport, "beat", "shot", "clash with" and country names
	// are about games: only political actors make events there.
	sportsCtx := b.sports || sportsSentence(toks) && sportsVerbs[t.p.Words[0]]
	emit := func(src, tgt *entRef) {
		if src == nil || tgt != nil && src.ID == tgt.ID {
			return
		}
		if sportsCtx && !politicalActor(src) && !politicalActor(tgt) {
			return
		}
		e := ev
		e.Source = src.ID
		if tgt != nil {
			e.Target = tgt.ID
			b.ensureEntity(tgt)
		}
		b.ensureEntity(src)
		b.events = append(b.events, e)
		if b.fired != nil && t.p.Source != "" {
			b.fired(Fire{Pattern: t.p.Source, Words: patternText(t.p), Code: e.Cameo, Trigger: e.Trigger, Sentence: e.Sentence})
		}
		if root == "16" && tgt != nil && (tgt.Kind == KindOrganization || tgt.Kind == KindAgreement) && (modality == ModalityAsserted || modality == ModalityPlanned && !weak) {
			// Done, or announced firmly ("will abandon"): a threat or a
			// "may leave" ends nothing.
			b.closeMembership(src, tgt, e.Date)
		}
		// Joining, done, starts the membership (or party to an agreement)
		// on the day of the act.
		if joinVerbLemmas[t.p.Words[0]] && t.p.Org && t.org >= 0 && tgt == ms[t.org].ref && modality == ModalityAsserted {
			typ := RelMemberOf
			if ms[t.org].agr {
				typ = RelPartyTo
			}
			if typ == RelMemberOf || partyKind(src) {
				b.addRel(Relation{Type: typ, Head: src.ID, Tail: tgt.ID, Since: e.Date, Evidence: e.Sentence})
			}
		}
		// A resignation ends the role the person held.
		if resignWords[t.p.Words[0]] && code == t.p.Code && src.Kind == KindPerson && src.roleTitle != "" && modality == ModalityAsserted {
			src.roleUntil, src.rolePast = e.Date, false
		}
		// Signing or ratifying a named agreement makes a party to it.
		// "agreed to a ceasefire" too: its sides are its parties.
		// "accepted a road map": its sides are its parties. Praising,
		// welcoming or backing one (the rest of root 05) does not: "France
		// welcomed the deal" made France a party.
		agreed := agreeingAct(code, t) && (code[:2] != "05" || strings.HasPrefix(code, "057")) ||
			t.p.Words[0] == "agree" && isCeasefireName(b.refs[ev.Agreement].nameOrEmpty()) ||
			roadMapVerbs[t.p.Words[0]] && isRoadMapName(b.refs[ev.Agreement].nameOrEmpty())
		if p := b.actsFor(src); ev.Agreement != "" && agreed && modality == ModalityAsserted && p != nil && (tgt == nil || tgt.Kind != KindAgreement) {
			b.addRel(Relation{Type: RelPartyTo, Head: p.ID, Tail: ev.Agreement, Since: e.Date, Evidence: e.Sentence})
		}
	}
	switch {
	case t.p.Code == "041" && len(targets) > 0 && !t.p.Noun:
		// A telephone call is two-sided: "X telephoned Y" is also Y talking
		// with X. Not when Y is the public ("the party is telephoning
		// people who signed up ..."): calls to many are no talks they hold.
		for _, a := range sources {
			for _, c := range targets {
				emit(a, c)
				if c.Sector != "CVL" {
					emit(c, a)
				}
			}
		}
	case t.p.Recip && (len(sources) > 3 || signedSubject) && ev.Agreement != "" && agreeingAct(code, t):
		// "The accord was signed by A, B, C, D and E", "The pact was signed
		// by Japan and Canada": each signed it; no one signed anything to
		// another.
		for _, a := range sources {
			emit(a, nil)
		}
	case t.p.Recip && len(sources) > 3:
		// "talks between China, India, Japan and South Korea": a
		// multilateral meeting is no set of dyads; pairing everyone would
		// invent a dozen events.
		return
	case t.p.Recip && len(sources) > 1 && len(targets) > 0 && !slices.ContainsFunc(sources, func(a *entRef) bool { return inRefs(a, targets) }) && partnersWith(toks, ms, t, targets):
		// "A and B signed a protocol with C": both sides of the act are
		// named, the subject's members with the partner, not with each
		// other.
		for _, a := range sources {
			for _, c := range targets {
				emit(a, c)
			}
		}
	case t.p.Recip && len(sources) > 1:
		for _, a := range sources {
			for _, c := range sources {
				if a != c {
					emit(a, c)
				}
			}
		}
	case len(targets) == 0:
		if t.p.Recip && !strings.HasPrefix(code, "03") && ev.Agreement == "" {
			return // a meeting or a fight needs a partner; signing a named agreement does not
		}
		for _, a := range sources {
			emit(a, nil)
		}
	default:
		for _, a := range sources {
			for _, c := range targets {
				emit(a, c)
			}
		}
	}
	if len(targets) == 1 && modality != ModalityNegated {
		b.sentTarget = targets[0]
	}
	if modality != ModalityNegated {
		if !reactionToLastAct(toks, ms, t, code) {
			b.lastEventSource = sources[0]
		}
		set := false
		if len(targets) == 1 && targets[0].Kind != KindCountry || len(targets) == 1 && sources[0].Kind == KindCountry {
			b.lastPair, set = []*entRef{sources[0], targets[0]}, true
			b.notePersonPair(b.lastPair)
		}
		if len(targets) == 2 && targets[0].Kind == targets[1].Kind && targets[0].Kind != KindPerson {
			// "welcomed the decision by India and Pakistan ... Both
			// sides agreed": two states acted on together are a pair.
			b.lastPair, set = []*entRef{targets[0], targets[1]}, true
		}
		if set && !cls[t.cl].pair {
			// The day the pair's act has in its own sentence, if any.
			b.lastPairDate = dateExpr{}
			if ev.DateSource == DateFromSentence {
				b.lastPairDate = dateExpr{date: ev.Date, prec: ev.DatePrecision}
			}
		}
	}
}

// withListSource reports whether the sources of noun trigger t are all
// named in the list of partners right after its "with" ("talks with Russia
// and Saudi Arabia"): names joined by "and", nothing else between them.
func withListSource(toks []token, ms []mention, t trigger, sources []*entRef) bool {
	if !t.p.Noun || len(sources) == 0 || t.j >= len(toks) || toks[t.j].lower != "with" {
		return false
	}
	var list []*entRef
	for k := t.j + 1; k < len(toks); {
		m := mentionAt(ms, k)
		if m < 0 || ms[m].ref == nil {
			break
		}
		list = append(list, ms[m].ref)
		k = ms[m].j
		if k >= len(toks) || toks[k].lower != "and" {
			break
		}
		k++
	}
	if len(list) < 2 {
		return false
	}
	for _, s := range sources {
		if !inRefs(s, list) {
			return false
		}
	}
	return true
}

func inRefs(r *entRef, rs []*entRef) bool {
	for _, x := range rs {
		if x.ID == r.ID {
			return true
		}
	}
	return false
}

// targetAfter finds the target of a verb: an actor in the pattern's gap
// ("asked Russia to"), else the first actor after the verb in the clause that
// is not the agent of a passive.
func (b *builder) targetAfter(toks []token, ms []mention, cl *clause, t trigger) []*entRef {
	moves := b.movesForces(toks, t)
	if c := b.sentInto(toks, ms, cl, t); c != nil {
		return []*entRef{c}
	}
	for mi, m := range ms {
		if moves && m.ref != nil && (m.loc || m.ref.Kind == KindLocation) && m.i >= t.j && m.i <= t.j+3 && m.i < cl.end && b.d.byISO[locISO(m.ref)] != nil {
			// "withdrew peacekeepers from the Golan Heights": forces go
			// to or leave the country of the place.
			if w := toks[m.i-1].lower; w == "from" || w == "to" || w == "into" || w == "in" || toks[m.i-1].lower == "the" && (toks[m.i-2].lower == "from" || toks[m.i-2].lower == "to" || toks[m.i-2].lower == "into" || toks[m.i-2].lower == "in") {
				return []*entRef{b.countryRef(b.d.byISO[locISO(m.ref)])}
			}
		}
		if m.loc || m.agr || m.ref == nil || m.i < t.i+1 || m.i >= cl.end {
			continue
		}
		if complementSubject(toks, m) && t.p.Code[:2] != "11" {
			// "promised that Bonn would back Poland", "pledged that India
			// would help Sri Lanka": the subject of the promise's content,
			// not whom it is made to. An accusation's is the accused.
			continue
		}
		if t.gapI >= 0 && m.i >= t.gapI && m.i < t.gapJ {
			if t.p.Code[:2] == "05" && m.poss && m.j < t.gapJ && t.gapJ < t.j && !m.person && m.ref.Kind != KindPerson && len(cl.subject) > 0 &&
				(cl.subject[0].Country != "" && m.ref.Country == cl.subject[0].Country || cl.subject[0].roleTail == m.ref) {
				// "Erdogan reiterated Turkey's support for X", "expressed
				// Egypt's solidarity with and support for X": the
				// subject's own state owns the support; whom it is for
				// follows the pattern; so does the body the subject
				// holds office in ("the Secretary-General reiterated the
				// UN's commitment to X"). ("rejected Iraq's proposal",
				// "met the government's demands": the possessor is whom.)
				continue
			}
			return b.group(toks, ms, mi, cl.end)
		}
		if m.i < t.j && m.j > t.j && m.i > t.i {
			// "banned opposition leader Juan Guaido from": a name whose
			// title opens on the pattern's last words is the one acted on.
			return b.group(toks, ms, mi, cl.end)
		}
		if m.i < t.j || m.i > t.j+9 && !ofChain(toks, t.j, m.i) {
			continue
		}
		if m.ctx && placePrep(toks, m.i) && !(onAt(toks, m.i) && !modifierAt(toks, m.j)) && !curbOn(toks, m.i) {
			continue // "on the Thai border": where, not whom; "sanctions on Tehran" is whom
		}
		if cl.subjIdx == mi {
			continue
		}
		if m.i == t.j && (m.ctx || m.ref.Kind == KindCountry) && placeWords[t.p.Words[len(t.p.Words)-1]] {
			continue // "rallied in Seoul": where, not against whom
		}
		if b.placeOfNoun(toks, m, t) {
			continue // "the largest wine maker in China": where that firm is, not whom the act is done to
		}
		if m.ref.Kind == KindOrganization && b.movesForces(toks, t) {
			// "sending troops to the UN peacekeeping force in South
			// Sudan": forces joining a mission go to the country it is in.
			for _, n := range ms {
				if n.i > m.j && n.i <= m.j+6 && n.i < cl.end && n.ref != nil && n.ref.Kind == KindCountry && toks[n.i-1].lower == "in" {
					return []*entRef{n.ref}
				}
			}
		}
		return b.group(toks, ms, mi, cl.end)
	}
	// "dispatched inspectors to ... in central Iran": a country the act is
	// carried to, a little further on.
	if r := t.p.Code[:2]; r == "07" || r == "08" || r == "06" {
		// "returned a 16th-century manuscript, missing since 1943, to
		// Italy's government": what is given, returned or handed over goes
		// to the actor after "to", however long the thing given.
		for mi, m := range ms {
			if !actorMention(m) || m.i <= t.j+9 || m.i > t.j+25 || m.i >= cl.end {
				continue
			}
			k := m.i - 1
			if k > t.j && mAtLoc(ms, k) >= 0 {
				k = ms[mAtLoc(ms, k)].i - 1 // "to the Wyoming Brownfield Authority": a place word before the body
			}
			if k > t.j && determiners[toks[k].lower] {
				k--
			}
			if toks[k].lower == "to" && (k == 0 || toks[k-1].lower != "according") {
				return b.group(toks, ms, mi, cl.end)
			}
		}
	}
	for _, m := range ms {
		if m.loc || m.agr || m.ref == nil || m.ref.Kind != KindCountry || m.i <= t.j+9 || m.i > t.j+16 || m.i >= cl.end {
			continue
		}
		if b.placeOfNoun(toks, m, t) {
			continue
		}
		for k := m.i - 1; k >= m.i-3 && k > t.j; k-- {
			if w := toks[k].lower; w == "in" || w == "to" {
				return []*entRef{m.ref}
			} else if !strings.HasSuffix(w, "ern") && w != "central" && w != "the" {
				break
			}
		}
	}
	return nil
}

// placeOfNoun reports a country or place m after "in" or "at" that the
// tree hangs on a noun other than the trigger's own: where that thing is
// ("agreed to buy 33% of the largest wine maker in China", "the perception
// in Germany", "its office in Baghdad"), not whom the act is done to. Only
// appeals (02) and intents (03) are read so: condemning "an attack on a
// building in Kabul", a threat, a withdrawal "to another position in
// Syria", a visit to "an orphanage in Tanzania" or "the war in Iraq" take
// the country of the place as their target, as plv-dev's gold does. A
// place right after the trigger ("held talks in Beijing") or of a noun
// that names an act in the dictionaries ("called for a ceasefire in
// Lebanon") is kept.
func (b *builder) placeOfNoun(toks []token, m mention, t trigger) bool {
	if m.ref == nil || !(m.ref.Kind == KindCountry || m.ref.Kind == KindLocation || m.ctx) {
		return false
	}
	if r := t.p.Code[:2]; r != "02" && r != "03" {
		return false
	}
	k := m.i - 1
	for k > t.j && determiners[toks[k].lower] {
		k--
	}
	if k <= t.j || toks[k].lower != "in" && toks[k].lower != "at" {
		return false
	}
	p := b.tree()
	if p == nil || m.j > len(p.words) {
		return false
	}
	h := p.spanHead(m.i, m.j)
	if h < 0 {
		return false
	}
	g := p.head(h)
	if g < 0 || g >= t.i && g < t.j || p.rel(h) != "nmod" && p.rel(h) != "obl" {
		return false
	}
	if w := toks[g].lower; len(b.d.nouns[w]) > 0 || len(b.d.verbs[w]) > 0 {
		return false // "called for an immediate ceasefire in Lebanon": the place of an act is its target
	}
	u := p.words[g].UPOS
	return u == "NOUN" || u == "PROPN" && g < m.i
}

// sentInto is the country that those the act sends or places are sent
// "into": "sent teams of agents into Libya", "placed a brigade in Italy on
// alert to fly into Lebanon". nil when no such country follows in the
// clause.
func (b *builder) sentInto(toks []token, ms []mention, cl *clause, t trigger) *entRef {
	if t.p.Noun {
		return nil
	}
	for _, m := range ms {
		if m.ref == nil || m.i <= t.j || m.i > t.j+12 || m.i >= cl.end {
			continue
		}
		k := m.i - 1
		if determiners[toks[k].lower] {
			k--
		}
		if toks[k].lower != "into" || !(intoVerbs[toks[k-1].lower] || intoVerbs[toks[t.i].lower]) {
			continue
		}
		iso := m.ref.Country
		if m.ref.Kind == KindCountry || m.loc || m.ref.Kind == KindLocation {
			iso = locISO(m.ref)
		} else {
			return nil
		}
		if ct := b.d.byISO[iso]; ct != nil {
			return b.countryRef(ct)
		}
	}
	return nil
}

// intoVerbs move people or things into a place.
var intoVerbs = toSet(`send sends sent sending dispatch dispatched dispatches dispatching deploy deploys
deployed deploying fly flies flew flown flying move moves moved moving march marched marching`)

// nounTargets finds the targets of a noun: "talks with X", "attack on X",
// "between X and Y". For an agreement "between X and Y" the two parties are
// source and target of each other.
func (b *builder) nounTargets(toks []token, ms []mention, cl *clause, t trigger, sources *[]*entRef) []*entRef {
	from := t.j
	if prepositions[toks[t.j-1].lower] {
		from = t.j - 1 // the pattern ends with its preposition: "agreement between"
	}
	root := t.p.Code[:2]
	for k := from; k < len(toks) && k < t.j+6 && k < cl.end; k++ {
		w := toks[k].lower
		if w != "with" && w != "on" && w != "against" && w != "to" && w != "between" && w != "from" && w != "in" && w != "for" &&
			!(w == "of" && ofPatientRoots[root]) && !(w == "into" && (root == "09" || root == "19")) {
			continue
		}
		if (w == "of" || w == "into") && inMention(ms, k) {
			continue // "criticism from the House of Lords committee": a name's own "of"
		}
		doer := w == "from" && fromDoerRoots[t.p.Code[:2]]
		for mi, m := range ms {
			if m.i <= k || m.i > k+3 || m.loc || m.agr || m.ref == nil {
				continue
			}
			if w == "in" && (m.ref.Kind == KindCountry || m.ctx) {
				break // "talks in Geneva", "negotiations in Addis Ababa": where, not with whom
			}
			if (w == "into" || w == "of" || doer) && slices.ContainsFunc(toks[k+1:m.i], func(x token) bool { return prepositions[x.lower] }) {
				break // "an inquiry into AOL by US regulators": the agent after "by" is no target
			}
			g := b.group(toks, ms, mi, cl.end)
			if w == "between" && t.p.Recip && len(g) > 1 {
				*sources = g
				return nil
			}
			if doer && len(*sources) == 0 {
				// "criticism from the UN", "a threat from Iran", "aid from
				// Japan": who says, offers or gives is the actor after
				// "from"; whom it is aimed at may follow ("criticism from
				// X over Y", "aid from Japan to Y").
				*sources = g
				break
			}
			if doer {
				break // a possessive named the doer: "Japan's aid from its reserves"
			}
			return g
		}
		if w == "between" || w == "in" || doer {
			continue // "talks in Bishkek with X": the partner may follow the place
		}
		break
	}
	return nil
}

// ofPatientRoots are the roots of acts whose noun names, after "of", whom
// the act is done to: "an investigation of Flynn", "Serbia's condemnation of
// Albania", "the invasion of Iraq", "the arrest of X", "the recognition of
// Kosovo". After other act nouns "of" names what is given, moved or ended
// ("the withdrawal of troops", "a suspension of aid"), or the doer ("the
// visit of the Pope"). "into" names the target after an investigation (09)
// or an incursion (19).
var ofPatientRoots = toSet(`05 09 11 12 17 18 19 20`)

// fromDoerRoots are the roots of acts of saying, asking, offering, backing,
// giving, criticising and refusing: the actor after "from" in a noun naming
// one ("criticism from the UN", "an appeal from the pope", "aid from
// Japan") does it. After a noun of force, retreat or coercion "from" names a
// place left or an origin ("a withdrawal from Gaza"); "threats from Iran"
// are most often a danger Iran poses, which threatMade weighs, not a threat
// it made, so threats (13) keep the old reading.
var fromDoerRoots = toSet(`01 02 03 05 07 10 11 12`)

// locISO is the country of a location reference.
func locISO(r *entRef) string {
	if r.Country != "" {
		return r.Country
	}
	return r.locCountry
}

// movesForces reports whether the trigger's own words name forces it moves:
// "sending troops to", "contribute troops", "withdrew peacekeepers".
func (b *builder) movesForces(toks []token, t trigger) bool {
	for k := t.i; k < t.j && k < len(toks); k++ {
		if ph := b.d.lookup(toks, k); ph != nil && ph.kind == phSector && ph.sector != nil && ph.sector.Sector == "MIL" {
			return true
		}
	}
	return false
}

// callVerbs reach someone by phone: "called X to discuss ...".
var callVerbs = toSet(`called calls call calling phoned phones phone phoning telephoned telephones rang rings`)

// calledToAct finds whom the act is done with when the subject calls
// someone to do it: "called Russian Foreign Minister X to discuss Syria",
// "called X to apologize" — X, not what is discussed. nil otherwise ("called
// on X to" is an appeal, a pattern of its own).
func (b *builder) calledToAct(toks []token, ms []mention, cl *clause, t trigger) []*entRef {
	if t.i < 3 || toks[t.i-1].lower != "to" {
		return nil
	}
	for mi, m := range ms {
		if m.j == t.i-1 && m.i > cl.start && actorMention(m) {
			k := m.i - 1
			if k > cl.start && (toks[k].lower == "the" || toks[k].lower == "his" || toks[k].lower == "her" || toks[k].lower == "its" || toks[k].lower == "their") {
				k--
			}
			if callVerbs[toks[k].lower] {
				return b.group(toks, ms, mi, t.i)
			}
			return nil
		}
	}
	return nil
}

// namedBetween reports whether actor r is first named right after
// "between" (or "between the") after the trigger: "launched a mediation
// effort on Saturday between the Emirates and Saudi Arabia". The two sides a
// go-between acts on are its partners; a "with" further on ("whose ties
// with Tehran") names no partner of it.
func namedBetween(toks []token, ms []mention, t trigger, r *entRef) bool {
	for _, m := range ms {
		if m.ref != r || m.i < t.j {
			continue
		}
		k := m.i - 1
		if k > t.j && determiners[toks[k].lower] {
			k--
		}
		return k >= t.j && toks[k].lower == "between"
	}
	return false
}

// consultPartner finds whom a verb of consultation is held with: the
// first actor within three words after "with" in the clause, up to twenty
// words on ("discussed Libya with X": Libya is the topic, X the partner).
func (b *builder) consultPartner(toks []token, ms []mention, cl *clause, t trigger) []*entRef {
	for k := t.j; k < cl.end && k < t.j+20; k++ {
		if toks[k].lower != "with" {
			continue
		}
		for mi, m := range ms {
			if m.i > k && m.i <= k+3 && m.i < cl.end && actorMention(m) {
				return b.group(toks, ms, mi, cl.end)
			}
		}
		return nil
	}
	return nil
}

// modality reads the words before a trigger: negation, and markers of
// plans and intentions. weak marks an intention (a conflictual act becomes a
// threat); tried, an act of force that was attempted, and so done.
func (b *builder) modality(toks []token, cl *clause, t trigger) (m string, weak, tried bool) {
	if t.p.Death {
		// "died due to continued torture": what someone died of was done.
		return ModalityAsserted, false, false
	}
	if !t.p.Noun && ruledOutGerund(toks, t.i) {
		// "said that lifting the ban is out of the question": refused.
		return ModalityNegated, false, false
	}
	// "denied (reports) that its troops had fired on civilians": what is
	// denied did not happen, as far as the speaker says, whatever else the
	// clause says of it ("denied a report that he planned to ...").
	if deniedContent(toks, t) {
		return ModalityNegated, false, false
	}
	if m, weak, ok := governedModality(t.gov); ok {
		return m, weak, false
	}
	at := t.i
	if !t.p.Noun && t.i > 0 && toks[t.i-1].lower == "to" {
		if v := motionPurpose(toks, b.pzMAt, t.i-1); v >= cl.start {
			// "will not go to Moscow to meet him": the trip's modality.
			at = v
		}
	}
	for k := at - 1; k >= cl.start && k >= at-5; k-- {
		w := toks[k].lower
		if toks[k].upper && k > cl.start {
			break // a name ends the search: "Theresa May has held talks" is no "may"
		}
		for _, mp := range b.d.modality[w] {
			if w == "have" && !perfectHave(toks, k, t) {
				continue // "may have talks with": "have" is the verb, "may" the plan
			}
			if matchBack(toks, k, mp.toks, cl.start) {
				if mp.Attempt && (forceRoot(t.p.Code) || t.p.Code[:2] == "20") {
					// "attempted to assassinate the prime minister",
					// "tried to storm the embassy": an attack tried is an
					// attack made, as CAMEO's 185 (attempt to assassinate)
					// is an assault. Other acts tried are intentions
					// ("trying to negotiate a settlement", "trying to take
					// control of a firm").
					return ModalityAsserted, false, true
				}
				return mp.Modality, mp.Weak, false
			}
		}
		if !toks[k].word || toks[k].upper {
			break
		}
	}
	return ModalityAsserted, false, false
}

// attemptedCode is the code of an act of force that was tried: a killing
// tried is CAMEO 185 (attempt to assassinate); any other attack tried keeps
// its code.
func attemptedCode(code string) string {
	if code == "1823" || code == "186" {
		return "185"
	}
	return code
}

// perfectHave reports whether the "have" at k makes a perfect ("may have
// launched", "would have been killed", "could have imposed tough
// sanctions") rather than being the verb itself: "have" followed (adverbs
// skipped) by a determiner or by a noun trigger ("might have talks", "may
// have a meeting") is what is had, and the modal before it is a plan.
func perfectHave(toks []token, k int, t trigger) bool {
	j := k + 1
	for j < t.i && (strings.HasSuffix(toks[j].lower, "ly") || perfectAdverbs[toks[j].lower]) {
		j++
	}
	if j >= len(toks) || haveObjectDets[toks[j].lower] {
		return false
	}
	return !(j == t.i && t.p.Noun)
}

var haveObjectDets = toSet(`a an the some no more further new fresh its their his her our`)

var perfectAdverbs = toSet(`also already just since even never not`)

// undecidedAct reports whether trigger t is the open question of a
// "whether (or not) to": "will decide whether to begin entry talks", "has
// not decided whether to grant". The act is not done, and not refused
// either: no one has answered yet.
func undecidedAct(toks []token, cl *clause, t trigger) bool {
	for k := t.i - 1; k > cl.start && k >= t.i-3; k-- {
		if toks[k].lower != "to" {
			continue
		}
		w := k - 1
		if w-2 >= cl.start && toks[w].lower == "not" && toks[w-1].lower == "or" {
			w -= 2
		}
		return toks[w].lower == "whether"
	}
	return false
}

// decidedBefore reports whether the verb at i follows "decided to" (or
// "decide(s) to"), an adverb or two between ("decided to partially lift").
func decidedBefore(toks []token, i int) bool {
	k := i - 1
	for k > 0 && i-k <= 2 && strings.HasSuffix(toks[k].lower, "ly") {
		k--
	}
	return k > 0 && toks[k].lower == "to" && decideForms[toks[k-1].lower]
}

var decideForms = toSet(`decide decides decided`)

var denyForms = toSet(`deny denies denied denying dismiss dismissed dismisses rejected rejects refuted refutes`)

// deniedContent reports whether trigger t is what a denial says did not
// happen: "denied (reports) that ...", "denied he frequently met him",
// "rejected allegations he pressured the finance chief to ...", "denied a
// report claiming he warned ...". A bare subject pronoun opens the content
// only right after a verb of denying; a claim noun opens it when a pronoun or
// "claiming", "suggesting" or "saying" follows it. A comma, a dash, "but" or
// ";" between the denial and t ends it for those two openings. What is denied
// is negated, and no one refused it (emitEvents).
func deniedContent(toks []token, t trigger) bool {
	if t.i > 0 && toks[t.i-1].lower == "and" {
		// "denied reports that its troops had fired on civilians and
		// invited the United Nations to investigate": a verb right after
		// "and" goes with the denial's own verb, not with what is denied.
		return false
	}
	for k := max(0, t.i-14); k < t.i-1; k++ {
		if !denyForms[toks[k].lower] {
			continue
		}
		for q := k + 1; q < t.i && q <= k+4; q++ {
			if toks[q].lower == "that" {
				return true
			}
		}
		open := false
		if q := k + 1; denyVerbs[toks[k].lower] && subjectPronouns[toks[q].lower] {
			open = true
		}
		for q := k + 1; q < t.i-1 && q <= k+3 && !open; q++ {
			if claimNouns[toks[q].lower] {
				w := toks[q+1].lower
				open = subjectPronouns[w] || w == "claiming" || w == "suggesting" || w == "saying"
			}
		}
		if !open {
			continue
		}
		for q := k + 1; q < t.i; q++ {
			switch toks[q].lower {
			case ",", "-", "–", "—", "but", ";", ":":
				open = false
			}
		}
		if open {
			return true
		}
	}
	return false
}

var denyVerbs = toSet(`deny denies denied denying`)

var claimNouns = toSet(`claim claims allegation allegations report reports suggestion suggestions accusation accusations charge charges`)

// intentCode recodes a planned act as CAMEO codes an announced intention: a
// cooperative act becomes an 03 intent to cooperate, a conflictual one an 13
// threat. Reducing relations (16) stays an act when announced firmly ("will
// withdraw"), and becomes a threat when only contemplated ("may withdraw").
// Announced yielding (08: "will evacuate", "would allow") stays an intent, as
// the PLOVER gold codes it.
func intentCode(code string, weak bool) string {
	root := code[:2]
	switch root {
	case "04":
		return "036"
	case "05":
		return "032"
	case "06":
		switch code {
		case "061":
			return "0311"
		case "062":
			return "0312"
		case "063":
			return "0313"
		case "064":
			return "0314"
		}
		return "031"
	case "07":
		switch code {
		case "071":
			return "0331"
		case "072":
			return "0332"
		case "073":
			return "0333"
		case "074":
			return "0334"
		}
		return "033"
	case "08":
		switch {
		case strings.HasPrefix(code, "081"):
			return "0351"
		case strings.HasPrefix(code, "084"):
			return "0353"
		case code == "085":
			return "0354"
		case strings.HasPrefix(code, "086"):
			return "0355"
		case strings.HasPrefix(code, "087"):
			return "0356"
		case strings.HasPrefix(code, "083"):
			return "034"
		}
		return "035"
	case "16":
		if !weak {
			return code
		}
		switch {
		case strings.HasPrefix(code, "162"):
			return "1311"
		case code == "163":
			return "1312"
		case code == "161":
			return "1313"
		case code == "164":
			return "134"
		case code == "165":
			return "135"
		case strings.HasPrefix(code, "166"):
			return "136"
		}
		return "131"
	case "14":
		return "133"
	case "17":
		switch code {
		case "1721", "1722":
			return "1322"
		case "1723":
			return "1323"
		case "1724":
			return "1324"
		case "172":
			return "132"
		}
		return "137"
	case "15", "18", "19":
		switch code {
		case "191":
			return "1381"
		case "192":
			return "1382"
		}
		return "1384"
	case "20":
		return "1385"
	}
	return code
}

// dateFor picks the date of an event: the nearest date expression in its
// clause; else one in the clause it is reported from ("X announced on Friday
// that it had decided ...", "..., the ministry said on Friday"), which dates
// the report and so bounds the event better than the publication date. The
// second result says which: DateFromSentence or DateFromReport.
func (b *builder) dateFor(toks []token, cls []clause, t trigger) (dateExpr, string, bool) {
	nearest := func(ds []dateExpr) dateExpr {
		best, dist := ds[0], 1<<30
		for _, d := range ds {
			x := d.i - t.i
			if x < 0 {
				x = -x
			}
			if x < dist {
				best, dist = d, x
			}
		}
		return best
	}
	src := DateFromSentence
	for c := t.cl; c >= 0; c = cls[c].parent {
		if ds := ownDates(toks, cls[c].dates, t.i, t.j); len(ds) > 0 {
			return nearest(ds), src, true
		}
		if sp := cls[c].speaker; sp >= 0 && sp < len(cls) && len(cls[sp].dates) > 0 {
			return nearest(cls[sp].dates), DateFromReport, true
		}
		if !cls[c].reported && !cls[c].relative {
			break
		}
		if cls[c].reported {
			src = DateFromReport
		}
	}
	return dateExpr{}, "", false
}

// sportsVerbs have a sporting sense that a sentence about sport takes.
var sportsVerbs = toSet(`beat shoot clash meet visit travel rally return surrender attack defeat fight
withdraw pull quit host play face hit strike knock crush thrash`)

// agentNouns name an act whose actor is only the agent after "by":
// "approval by parliament"; "Trump's approval rating" is no act of Trump's.
var agentNouns = toSet(`approval ratification`)

// joinVerbLemmas start a membership of the organization or agreement
// that follows: "joined NATO", "acceded to the Rome Statute".
var joinVerbLemmas = toSet(`join accede rejoin return re-enter`)

// notBefore reports whether the date end is not before start, comparing
// them at the coarser precision of the two ("2017-12-18" is before
// "2019-03"); an empty start is no bound. A withdrawal dated before a
// membership's start ended an earlier membership, not this one.
func notBefore(end, start string) bool {
	n := min(len(end), len(start))
	return start == "" || end[:n] >= start[:n]
}

// resignWords are the verbs of giving up one's own office.
var resignWords = toSet(`resign step quit`)

// closeMembership ends src's (or its country's) membership of tgt at date:
// withdrawing from a body ends belonging to it.
func (b *builder) closeMembership(src, tgt *entRef, date string) {
	heads := []string{src.ID}
	if src.Country != "" {
		heads = append(heads, "country:"+src.Country)
	}
	for _, h := range heads {
		for _, typ := range []string{RelMemberOf, RelPartyTo} {
			if k, ok := b.relSeen[typ+"|"+h+"|"+tgt.ID]; ok && b.rels[k].Until == "" && notBefore(date, b.rels[k].Since) {
				b.rels[k].Until = date
			}
		}
	}
	b.pendingUntil = append(b.pendingUntil, pendingClose{heads: heads, tail: tgt.ID, date: date})
}

type pendingClose struct {
	heads []string
	tail  string
	date  string
}

// membershipWords after an organization list its members: "the JCCC,
// consisting of Russian and Ukrainian officers".
var membershipWords = toSet(`consisting composed made comprising comprises grouping including includes`)

// serveWords before an agreement tie an organization to it.
var serveWords = toSet(`implementation implement implementing monitor monitoring oversee overseeing enforce
enforcing supervise supervising observe observing verify verifying under`)

// sentenceRelations finds memberships, ties of bodies to agreements and
// locations of regions stated in a sentence.
func (b *builder) sentenceRelations(toks []token, ms []mention, cls []clause, clOf []int) {
	evidence := ""
	ev := func() string {
		if evidence == "" && len(toks) > 0 {
			evidence = strings.Join(strings.Fields(b.text[toks[0].start:toks[len(toks)-1].end]), " ")
		}
		return evidence
	}
	since := b.sinceDate(toks, cls)
	for mi, m := range ms {
		if m.ref == nil || m.loc || m.agr {
			continue
		}
		// ORG, consisting of A and B
		if m.ref.Kind == KindOrganization && m.j+1 < len(toks) {
			k := m.j
			if k+2 < len(toks) && toks[k].text == "(" && toks[k+2].text == ")" {
				k += 3 // "(LRMM)"
			}
			if k < len(toks) && toks[k].text == "," {
				k++
			}
			if k < len(toks) && membershipWords[toks[k].lower] {
				for n := mi + 1; n < len(ms); n++ {
					x := ms[n]
					if x.i > k+8 || x.ref == nil || x.loc || x.agr {
						break
					}
					member := x.ref
					if member.Kind != KindCountry && member.Country != "" && member.Kind != KindPerson {
						member = b.countryRef(b.d.byISO[member.Country])
					}
					b.ensureEntity(member)
					b.addRel(Relation{Type: RelMemberOf, Head: member.ID, Tail: m.ref.ID, Since: since, Evidence: ev()})
				}
			}
		}
		// "NATO-member Norway", "X is a member of Y"
		if m.ref.Kind == KindOrganization && m.j+1 < len(toks) && toks[m.j].lower == "member" && toks[m.j].hyph {
			if mi+1 < len(ms) && ms[mi+1].i == m.j+1 {
				b.addRel(Relation{Type: RelMemberOf, Head: ms[mi+1].ref.ID, Tail: m.ref.ID, Since: since, Evidence: ev()})
			}
		}
		// "X is / has been / became a member of Y", "X joined Y (in 2004)".
		v := m.j
		for v < len(toks) && v < m.j+3 && (toks[v].lower == "has" || toks[v].lower == "have" || toks[v].lower == "had" || toks[v].lower == "formally" || toks[v].lower == "also") {
			v++
		}
		if v+1 < len(toks) && joinVerbs[toks[v].lower] && !m.person {
			for n := mi + 1; n < len(ms) && ms[n].i <= v+5; n++ {
				o := ms[n]
				if o.ref == nil || o.ref.Kind != KindOrganization && o.ref.Kind != KindGroup && !o.agr {
					continue
				}
				joined := toks[v].lower == "joined" || toks[v].lower == "entered" || toks[v].lower == "acceded" || toks[v].lower == "became" || toks[v].lower == "become"
				pre := o.i - 1
				if toks[pre].lower == "the" {
					pre--
				}
				if !joined && toks[pre].lower != "of" && toks[pre].lower != "to" {
					continue
				}
				typ := RelMemberOf
				if o.agr {
					typ = RelPartyTo
				}
				since := since
				if joined && since == "" {
					// "joined NATO in 2004": the clause's own date.
					if ds := cls[clOf[v]].dates; len(ds) > 0 {
						since = ds[0].date
					}
				}
				b.addRel(Relation{Type: typ, Head: m.ref.ID, Tail: o.ref.ID, Since: since, Evidence: ev()})
				break
			}
		}
	}
	b.confirmParties(toks, ms, cls, clOf, ev)
	// An organization subject and an agreement it implements.
	for _, m := range ms {
		if !m.agr || m.ref == nil {
			continue
		}
		serves := false
		for k := m.i - 1; k >= 0 && k >= m.i-4; k-- {
			if serveWords[toks[k].lower] {
				serves = true
			}
		}
		if !serves {
			continue
		}
		for _, c := range cls {
			if len(c.subject) == 1 && c.subject[0].Kind == KindOrganization && c.start <= m.i {
				b.addRel(Relation{Type: RelRelated, Head: c.subject[0].ID, Tail: m.ref.ID, Evidence: ev()})
				break
			}
		}
	}
	// "its Donbas region": a region of the subject's country.
	for _, m := range ms {
		if !m.loc || m.ref == nil || m.ref.locCountry != "" {
			continue
		}
		for k := m.i - 1; k >= 0 && k >= m.i-3; k-- {
			if toks[k].lower == "its" {
				c := &cls[clOf[m.i]]
				if len(c.subject) == 1 && c.subject[0].Kind == KindCountry {
					m.ref.locCountry = c.subject[0].Country
				}
				break
			}
		}
	}
}

// pastMods before a title say the role has ended: "former foreign minister".
var pastMods = toSet(`former ex ousted deposed late toppled`)

// appointVerbs start a role: "was appointed foreign minister", "was sworn
// in as president".
var appointVerbs = toSet(`appointed named elected sworn nominated installed`)

// leftOfficeAs is the token after "as" when the words at v say that one
// left an office ("resigned as", "quit as", "stepped down as", "stood
// down as"), else 0.
func leftOfficeAs(toks []token, v int) int {
	if v+1 < len(toks) && leaveVerbs[toks[v].lower] && toks[v+1].lower == "as" {
		return v + 2
	}
	if v+2 < len(toks) && (toks[v].lower == "stepped" || toks[v].lower == "stood") && toks[v+1].lower == "down" && toks[v+2].lower == "as" {
		return v + 3
	}
	return 0
}

// officeAt reads the office named from token a on ("the
// international development secretary", "Chile's foreign minister"):
// its title and the country or body it is of, from a mention of the
// title or, for an office of one state only, that state. tail is nil
// when the text says of no country or body.
func (b *builder) officeAt(toks []token, ms []mention, a int) (*title, *entRef) {
	for _, o := range ms {
		if o.i >= a && o.i <= a+2 && o.title != nil && o.ref != nil && !o.person && o.ref.roleTail != nil {
			return o.title, o.ref.roleTail
		}
	}
	k := a
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	if p := b.d.lookup(toks, k); p != nil && p.kind == phTitle && p.title != nil && p.title.Country != "" && b.d.byISO[p.title.Country] != nil {
		ttl := *p.title
		return &ttl, b.countryRef(b.d.byISO[p.title.Country])
	}
	return nil, nil
}

// leaveVerbs end a role: "resigned as minister".
var leaveVerbs = toSet(`resigned quit retired`)

// becomeVerbs start a role stated in the active: "X became Chile's
// foreign minister in 2014".
var becomeVerbs = toSet(`became becomes become`)

// clauseDate is the date of clause c (its own, its reporter's, its
// parent's), else the publication date, else "".
func (b *builder) clauseDate(cls []clause, c int) string {
	if d, _, ok := b.dateFor(nil, cls, trigger{cl: c}); ok {
		return d.date
	}
	if !b.pub.IsZero() {
		return fmtDay(b.pub)
	}
	return ""
}

// roleChanges reads what a sentence says about persons' roles over time:
// "former" titles, appointments, successions.
func (b *builder) roleChanges(toks []token, ms []mention, cls []clause, clOf []int) {
	for mi, m := range ms {
		if !m.person || m.ref == nil {
			continue
		}
		r := m.ref
		if m.title != nil {
			for k := max(m.i-1, 0); k < m.j; k++ {
				if pastMods[toks[k].lower] && (k >= m.i || !toks[k].upper || k == 0) {
					r.rolePast = true
				}
			}
		}
		// X was appointed / named / sworn in as <title mention>.
		v := m.j
		for v < len(toks) && v < m.j+3 && (beForms[toks[v].lower] || toks[v].lower == "has" || toks[v].lower == "have") {
			v++
		}
		if v < len(toks) && (v > m.j && appointVerbs[toks[v].lower] || v == m.j && becomeVerbs[toks[v].lower]) {
			given := false
			for n := mi + 1; n < len(ms) && ms[n].i <= v+4; n++ {
				o := ms[n]
				if o.title != nil && o.ref != nil && !o.person {
					b.giveRole(r, o.title, o.ref.roleTail)
					r.roleSince, r.rolePast = b.clauseDate(cls, clOf[v]), false
					given = true
					break
				}
			}
			if !given {
				b.bareTitleRole(toks, ms, cls, clOf, r, v)
			}
		}
		// "X resigned as international development secretary", "X stepped
		// down as leader": an office held until then, when the person has
		// none from the text yet (or none of a country).
		if a := leftOfficeAs(toks, m.j); a > 0 && (r.roleTitle == "" || r.roleTail == nil || r.dictRole) {
			if ttl, tail := b.officeAt(toks, ms, a); tail != nil {
				b.giveRole(r, ttl, tail)
				// Left on the clause's date; with none stated, at some
				// time before the report ("former").
				r.roleSince, r.roleUntil, r.rolePast = "", "", true
				if d, _, ok := b.dateFor(nil, cls, trigger{cl: clOf[m.j]}); ok {
					r.roleUntil, r.rolePast = d.date, false
				}
			}
		}
		// "X was sworn in ..., replacing Y": Y held the office until then.
		if m.i >= 1 && successionVerbs[toks[m.i-1].lower] && strings.HasSuffix(toks[m.i-1].lower, "ing") {
			for n := 0; n < mi; n++ {
				if p := ms[n]; p.person && p.ref != nil && p.ref != r {
					date := p.ref.roleSince
					if date == "" {
						date = b.clauseDate(cls, clOf[m.i])
					}
					b.succeed(r, p.ref, date)
					break
				}
			}
		}
		// X was replaced by Y; X was succeeded by Y; Y replaced X. A pronoun
		// before "was replaced by Y" is the last person spoken of.
		if q := m.i - 4; q >= 0 && (toks[q].lower == "he" || toks[q].lower == "she") && (toks[q+1].lower == "was" || toks[q+1].lower == "is") &&
			(toks[q+2].lower == "replaced" || toks[q+2].lower == "succeeded") && toks[q+3].lower == "by" && b.lastPersonSubj != nil {
			b.succeed(b.lastPersonSubj, r, b.clauseDate(cls, clOf[q]))
		}
		if v < len(toks) && v > m.j && (toks[v].lower == "replaced" || toks[v].lower == "succeeded") && v+1 < len(toks) && toks[v+1].lower == "by" {
			if mi+1 < len(ms) && ms[mi+1].person && ms[mi+1].i == v+2 && ms[mi+1].ref != nil {
				b.succeed(r, ms[mi+1].ref, b.clauseDate(cls, clOf[v]))
			}
		}
		if v == m.j && v < len(toks) && (toks[v].lower == "replaced" || toks[v].lower == "succeeded" || toks[v].lower == "replaces" || toks[v].lower == "succeeds") {
			if mi+1 < len(ms) && ms[mi+1].person && ms[mi+1].i == v+1 && ms[mi+1].ref != nil {
				old := ms[mi+1].ref
				// "Y replaced X as foreign minister": the title both held.
				if a := ms[mi+1].j; old.roleTitle == "" && a < len(toks) && toks[a].lower == "as" && mi+2 < len(ms) && ms[mi+2].i == a+1 && ms[mi+2].title != nil && ms[mi+2].ref != nil {
					b.giveRole(old, ms[mi+2].title, ms[mi+2].ref.roleTail)
				}
				b.succeed(old, r, b.clauseDate(cls, clOf[v]))
			}
		}
	}
}

// succeed ends old's role at date and gives its title to next from then.
// One who replaces another takes the same office: a successor without a
// title takes the predecessor's, a predecessor without one the
// successor's. Two different titles are two offices, and nothing ends.
func (b *builder) succeed(old, next *entRef, date string) {
	if old == next {
		return
	}
	switch {
	case old.roleTitle == "" && next.roleTitle == "":
		return
	case old.roleTitle == "":
		b.giveRole(old, &title{Sector: next.Sector, Canonical: next.roleTitle}, next.roleTail)
	case next.roleTitle != "" && next.roleTitle != old.roleTitle:
		return
	}
	if old.roleUntil == "" {
		old.roleUntil, old.rolePast = date, false
	}
	if next.roleTitle == "" || next.roleTail == nil {
		b.giveRole(next, &title{Sector: old.Sector, Canonical: old.roleTitle}, old.roleTail)
	}
	if next.roleSince == "" {
		next.roleSince = date
	}
}

// successionVerbs before a person name that person as the one replaced:
// "replacing Rex Tillerson", "succeeded Ana Ruiz".
var successionVerbs = toSet(`replacing succeeding replaced succeeded replaces succeeds`)

// bareTitleRole gives r the title named without a country after the
// appointment verb at v ("was appointed foreign minister (of Chile)"). The
// country follows "of"; without one the title is kept without a tail, for a
// succession in the sentence ("..., replacing Y") to complete.
func (b *builder) bareTitleRole(toks []token, ms []mention, cls []clause, clOf []int, r *entRef, v int) {
	for k := v + 1; k < len(toks) && k <= v+3; k++ {
		p := b.d.lookup(toks, k)
		if p == nil || p.kind != phTitle || p.title == nil {
			continue
		}
		e := k + len(p.toks)
		var tail *entRef
		if e < len(toks) && toks[e].lower == "of" {
			for _, o := range ms {
				if o.i > e && o.i <= e+2 && o.ref != nil && !o.person && !o.loc && !o.agr && (o.ref.Kind == KindCountry || o.ref.Kind == KindOrganization) {
					tail = o.ref
					break
				}
			}
		}
		ttl := *p.title
		b.giveRole(r, &ttl, tail)
		r.roleSince, r.rolePast = b.clauseDate(cls, clOf[v]), false
		return
	}
}

// joinVerbs state or start a membership: "is a member of", "joined".
var joinVerbs = toSet(`is are was were been became become becomes remains remained joined entered acceded`)

// foundingWords date a body's or a tie's start: "set up in September 2014",
// "established in 1949", "a member since 2017".
var foundingWords = toSet(`set established created founded formed launched joined admitted signed since
inaugurated`)

// sinceDate is the date a sentence gives for the start of what it describes:
// the date right after "since", or the first date after a founding verb in
// its clause. Empty when there is none.
func (b *builder) sinceDate(toks []token, cls []clause) string {
	for c := range cls {
		for _, d := range cls[c].dates {
			if d.i > 0 && toks[d.i-1].lower == "since" {
				return d.date
			}
		}
	}
	for c := range cls {
		for k := cls[c].start; k < cls[c].end && k < len(toks); k++ {
			if !foundingWords[toks[k].lower] {
				continue
			}
			for _, d := range cls[c].dates {
				if d.i > k && d.i <= k+6 {
					return d.date
				}
			}
		}
	}
	return ""
}

// lightVerbs take an event noun as their object: "held talks", "launched an
// offensive", "began a hunger strike".
var lightVerbs = toSet(`hold holds held holding launch launches launched launching conduct conducts
conducted conducting carry carries carried out begin begins began begun stage stages staged staging
undertake undertook undertaken make makes made have has had continue continues continued continuing
renew renewed resume resumed open opens opened start started organize organized organise organised
mount mounted wage waged waging`)

// receiveForms are the forms of the verbs of receiving what another gives:
// their subject is given to.
var receiveForms = toSet(`receive receives received receiving get gets got getting obtain obtains obtained
obtaining accept accepts accepted accepting win wins won winning secure secures secured securing`)

// receivedBefore reports a verb of receiving up to three words before the
// act noun at i, with only adjectives, determiners or figures between
// ("received fresh military aid", "has secured a $2bn loan").
func receivedBefore(toks []token, i, start int) bool {
	for k, n := i-1, 0; k >= start && n < 4; k, n = k-1, n+1 {
		w := toks[k].lower
		if receiveForms[w] {
			return true
		}
		if !toks[k].word && w != "$" || prepositions[w] || isAux(w) || toks[k].upper {
			return false
		}
	}
	return false
}

// faceForms are the forms of the verbs whose subject is the one a
// reproach is aimed at: "faces criticism from the UN", "drew criticism from
// rights groups", "came under criticism from".
var faceForms = toSet(`face faces faced facing draw draws drew drawn drawing attract attracts attracted
attracting incur incurs incurred incurring`)

// reproach reports whether code is one of criticism or accusation (110-112),
// the acts one faces, draws or comes under. (A lawsuit faced, 115, is
// aimed at the one who faces it too, but the noun lines of lawsuits fire
// on too few sentences of the shared sets to show it.)
func reproach(code string) bool {
	return len(code) >= 3 && (code[:3] == "110" || code[:3] == "111" || code[:3] == "112")
}

// facedBefore reports a verb of facing up to three words before the noun
// of reproach at i, with only adjectives between ("faces widespread
// international criticism"), or "come under" right before it.
func facedBefore(toks []token, i, start int) bool {
	if i-2 >= start && toks[i-1].lower == "under" && comeForms[toks[i-2].lower] {
		return true
	}
	return formBefore(toks, i, start, faceForms)
}

// formBefore reports one of forms up to four words before the noun at i,
// with only determiners and adjectives between.
func formBefore(toks []token, i, start int, forms map[string]bool) bool {
	for k, n := i-1, 0; k >= start && n < 4; k, n = k-1, n+1 {
		w := toks[k].lower
		if forms[w] {
			return true
		}
		if !toks[k].word || prepositions[w] || isAux(w) || toks[k].upper {
			return false
		}
	}
	return false
}

var comeForms = toSet(`come comes came coming`)

// endForms are the forms of the verbs of ending or giving up an act.
var endForms = toSet(`drop drops dropped dropping abandon abandons abandoned abandoning shelve shelves shelved
shelving scrap scraps scrapped scrapping halt halts halted halting end ends ended ending suspend suspends
suspended suspending`)

// endedBefore reports a verb of ending up to three words before the act
// noun at i, with only determiners and adjectives between: "has dropped the
// investigation of", "ended its offensive". What is ended is not done.
func endedBefore(toks []token, i, start int) bool {
	return formBefore(toks, i, start, endForms)
}

// fromAfter is the actor mention named after "from" in [j, end) (the giver
// of "aid from Japan"), -1 when none.
func fromAfter(toks []token, ms []mention, j, end int) int {
	for mi, m := range ms {
		if m.i < j || m.i >= end || !actorMention(m) {
			continue
		}
		if q := m.i - 1; q >= j && (toks[q].lower == "from" || q > j && toks[q-1].lower == "from" && determiners[toks[q].lower]) {
			return mi
		}
	}
	return -1
}

// nounInPP reports whether the noun at i sits in a prepositional phrase
// ("ahead of trade talks", "prisoners in Israeli jails", "after two days of
// talks"): background to the clause, not its act, so the clause's subject is
// not its actor.
func nounInPP(toks []token, i, start int) bool {
	for k, n := i-1, 0; k >= start && n < 5; k, n = k-1, n+1 {
		w := toks[k].lower
		if prepositions[w] && w != "to" || w == "to" && k > start && (toks[k-1].lower == "response" || toks[k-1].lower == "reaction") {
			return true // "in response to rocket fire"
		}
		if !toks[k].word && w != "'s" && w != "-" || lightVerbs[w] || beForms[w] || isAux(w) || w == "to" {
			return false
		}
	}
	return false
}

// negatedRole reports a negation between the role noun at i and the form
// of "be", "remain" or "become" before it ("is not a major donor", "is no
// longer a donor"); see afterCopula.
func negatedRole(toks []token, i int) bool {
	for q := i - 1; q >= 0 && q >= i-6; q-- {
		w := toks[q].lower
		if beForms[w] || copulaForms[w] {
			return false
		}
		if w == "not" || w == "n't" || w == "no" || w == "never" {
			return true
		}
	}
	return false
}

// beInBefore reports whether the noun at i follows "in" right after a form
// of "be" or "remain" ("is in talks with", "are still in final negotiations
// with", "had been in contact with"): the subject is one of the sides of
// the talks, not their background. The caller asks for "with" after the
// noun: "is in talks about whether to" names no partner.
func beInBefore(toks []token, i, start int) bool {
	k := i - 1
	for n := 0; k > start && n < 2 && toks[k].word && !toks[k].upper && !prepositions[toks[k].lower] && !determiners[toks[k].lower]; n++ {
		k-- // "final", "direct", "advanced"
	}
	if k <= start || toks[k].lower != "in" {
		return false
	}
	for k--; k > start && inTalksAdverbs[toks[k].lower]; k-- {
	}
	return k >= start && (beForms[toks[k].lower] || copulaForms[toks[k].lower])
}

// inTalksAdverbs may stand between "be" and "in talks": "is still in talks".
var inTalksAdverbs = toSet(`still now already currently reportedly also`)

// lightVerbBefore reports a light verb up to three words before the noun at
// i, past determiners and adjectives.
func lightVerbBefore(toks []token, i, start int) bool {
	for k, n := i-1, 0; k >= start && n < 4; k, n = k-1, n+1 {
		w := toks[k].lower
		if lightVerbs[w] {
			return true
		}
		if !toks[k].word || prepositions[w] {
			return false
		}
	}
	return false
}

// obligations in a reported clause make the report a demand: "the Red
// Cross said US forces must ensure security" is the Red Cross asking them.
var obligations = map[string]string{"must": "100", "should": "020", "ought": "020"}

// reportedDemands codes "X said Y must Z" as X demanding of Y.
func (b *builder) reportedDemands(toks []token, s sentence, ms []mention, cls []clause) {
	for c := range cls {
		cl := &cls[c]
		// The one who says: the clause this one is reported from ("X said
		// Y must ..."), or the speaker after it ("Y must ...," X said).
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
				// obligation is a reproach, not a demand.
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

// eachOther reports "each other" or "one another" at or just after j.
func eachOther(toks []token, j int) bool {
	for k := j; k < len(toks)-1 && k <= j+2; k++ {
		if (toks[k].lower == "each" && toks[k+1].lower == "other") || (toks[k].lower == "one" && toks[k+1].lower == "another") {
			return true
		}
	}
	return false
}

// complementSubject reports whether m opens a that-clause as its subject:
// "that Bonn would", "that Eritrean forces had".
func complementSubject(toks []token, m mention) bool {
	return m.i > 0 && toks[m.i-1].lower == "that" && m.j < len(toks) && (isAux(toks[m.j].lower) || modalWords[toks[m.j].lower])
}

// introAdverbs set off by commas leave the verb after them active:
// "Russia, meanwhile, attacked ...".
var introAdverbs = toSet(`meanwhile however too also instead then though therefore nonetheless nevertheless
separately earlier later again`)

// placeCountry is the country of the place a sentence puts its act in: a
// place or country right after "in", "near", "outside" or "at".
func (b *builder) placeCountry(toks []token, ms []mention) *entRef {
	return b.placeCountryIn(toks, ms, 0, len(toks))
}

// placeCountryIn is placeCountry for the place words from token lo up to hi.
func (b *builder) placeCountryIn(toks []token, ms []mention, lo, hi int) *entRef {
	for k := lo; k+1 < len(toks) && k < hi; k++ {
		if w := toks[k].lower; w != "in" && w != "near" && w != "outside" && w != "at" {
			continue
		}
		if iso := b.countryAt(toks, ms, k+1, false); iso != "" {
			return b.countryRef(b.d.byISO[iso])
		}
		// "in a residential sector of mostly Christian eastern Beirut":
		// the place may stand a few modifiers after the "of"; "in eastern
		// Beirut", "in mostly Kurdish northern Syria": or after a word of
		// direction or extent right after the preposition.
		q0 := ofPlace(toks, k+1)
		if q0 == 0 && placeLeads[toks[k+1].lower] {
			q0 = k + 1
		}
		for q, n := q0, 0; q > 0 && q < len(toks) && n < 4 && toks[q].word; q, n = q+1, n+1 {
			if iso := b.countryAt(toks, ms, q, false); iso != "" {
				return b.countryRef(b.d.byISO[iso])
			}
		}
	}
	return nil
}

// placeLeads open a place's name after "in": a direction or how much of it.
var placeLeads = toSet(`eastern western northern southern central northeastern northwestern southeastern southwestern
mostly predominantly largely`)

// ofPlace is the token after the "of" of a place named through the kind of
// place it is ("near the town of Samarra", "in the West Bank city of
// Hebron", "in a residential sector of eastern Beirut"): an article, up to
// three modifiers, a place noun and "of". 0 when the words at k are not so.
func ofPlace(toks []token, k int) int {
	if k >= len(toks) || !determiners[toks[k].lower] {
		return 0
	}
	for q := k + 1; q < len(toks)-1 && q <= k+4 && toks[q].word; q++ {
		if placeKinds[toks[q].lower] && toks[q+1].lower == "of" {
			return q + 2
		}
	}
	return 0
}

// placeKinds name a kind of place that "of" and its name follow.
var placeKinds = toSet(`town city village province region district area capital suburb suburbs outskirts
neighbourhood neighborhood sector port state county island enclave`)

// placeWords end patterns whose next word is a place: "rally in", "protest
// outside".
var placeWords = toSet(`in at outside near across through`)

// placeRoots are the roots of acts done to a place: aid sent there,
// yielding, threats, withdrawals from it, force, coercion and violence.
var placeRoots = toSet(`07 08 13 15 16 17 18 19 20`)

// actorEndsAt reports an actor mention of several words whose last, k, is
// a common noun ("Taliban fighters", "Hamas militants"): a participle
// after it may describe it ("Taliban fighters freed by Kabul").
func actorEndsAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.j == k+1 && m.i < k && actorMention(m) {
			return true
		}
	}
	return false
}

// otherPassive reports a passive participle of its own starting at token k:
// "and (later) dropped", "being thrown", "been sent".
func otherPassive(toks []token, k int) bool {
	switch toks[k].lower {
	case "and", "or", "but", "being", "been":
	default:
		return false
	}
	q := k + 1
	if q < len(toks) && toks[k].lower != "being" && toks[k].lower != "been" && (strings.HasSuffix(toks[q].lower, "ly") || toks[q].lower == "later" || toks[q].lower == "then") {
		q++
	}
	return q < len(toks) && toks[q].word && !toks[q].upper && (strings.HasSuffix(toks[q].lower, "ed") || irregularPast[toks[q].lower])
}

// auxAfter reports an auxiliary or modal among tokens from..end.
func auxAfter(toks []token, from, end int) bool {
	for k := from; k < end && k < len(toks); k++ {
		if w := toks[k].lower; beForms[w] || w == "has" || w == "have" || w == "had" || modalWords[w] {
			return true
		}
	}
	return false
}

// getForms make a passive with a participle right after them: "got arrested".
var getForms = toSet(`get gets got getting gotten`)

// sectorEndsAt reports whether a mention made from a sector word ends at
// token k ("terror suspects" placed in the UK): the people word is still a
// noun a participle may follow ("suspects detained without trial").
func sectorEndsAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.j == k+1 && m.ref != nil && m.ref.sw != nil {
			return true
		}
	}
	return false
}

// curbOn reports whether the mention at i follows "<curb> on": "the ban on
// Cypriot ships", "sanctions on Iranian banks" name whom the curb hits, even
// as a nationality before a noun.
func curbOn(toks []token, i int) bool {
	if i > 2 && toks[i-1].lower == "the" {
		i-- // "sanctions on the Iranian regime"
	}
	return i > 1 && toks[i-1].lower == "on" && curbNouns[toks[i-2].lower]
}

var curbNouns = toSet(`ban bans sanctions embargo embargoes restrictions curbs tariffs blockade boycott`)

// onAt reports whether "on" or "at" comes right before token i: "sanctions
// on Tehran", "fired at Kiev".
func onAt(toks []token, i int) bool {
	return i > 0 && (toks[i-1].lower == "on" || toks[i-1].lower == "at")
}

// modifierAt reports whether token j continues a noun phrase after a
// modifier: "Thai border", "Israeli positions".
func modifierAt(toks []token, j int) bool {
	return j < len(toks) && toks[j].word && !toks[j].upper && isNounish(toks[j].lower)
}

// placePrep reports a preposition of place shortly before token i.
func placePrep(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].lower {
		case "near", "on", "at", "along", "across", "outside", "inside", "around":
			return true
		case "the", "eastern", "western", "northern", "southern", "a":
			continue
		}
		return false
	}
	return false
}

// verbalAdjectives before "attack" make it one of words: "a scathing attack
// on", "an extraordinary attack on the spy chiefs".
var verbalAdjectives = toSet(`scathing verbal stinging blistering extraordinary withering scornful furious
angry savage vitriolic bitter sharp`)

// verbalAttack reports whether trigger t names an attack of words: the
// attack noun ends the pattern (or is the pattern) and one of
// verbalAdjectives stands within two words before it, or someone leads the
// attack on what is no place or force.
func verbalAttack(toks []token, ms []mention, t trigger) bool {
	n := t.j - 1
	if n < 0 || n >= len(toks) || (toks[n].lower != "attack" && toks[n].lower != "attacks") {
		return false
	}
	for k := n - 1; k >= 0 && k >= n-2; k-- {
		if verbalAdjectives[toks[k].lower] {
			return true
		}
	}
	// "has led the attacks on Blackburn, the DEA law and ...", "led the
	// White House attack on the impeachment proceedings": leading an attack
	// on what names no place, country or force is leading the criticism.
	for k := n - 1; k >= 1 && k >= n-4; k-- {
		if toks[k].lower == "the" && leadForms[toks[k-1].lower] {
			return n+1 < len(toks) && toks[n+1].lower == "on" && !forceOrPlaceAfter(toks, ms, n+2)
		}
	}
	return false
}

// leadForms are the forms of "lead" before "the attack".
var leadForms = toSet(`lead leads led leading`)

// attackedThings are nouns of what force is used on (see verbalAttack).
var attackedThings = toSet(`forces troops soldiers positions position base bases camp camps convoy city town village villages
targets target border military army police civilians`)

// forceOrPlaceAfter reports whether the four words from k name a place, a
// country or a military body or target.
func forceOrPlaceAfter(toks []token, ms []mention, k int) bool {
	for q := k; q < len(toks) && q < k+4; q++ {
		if mAtLoc(ms, q) >= 0 || attackedThings[toks[q].lower] {
			return true
		}
		for _, m := range ms {
			if m.i <= q && q < m.j && m.ref != nil && (m.ref.Kind == KindCountry || m.ref.Sector == "MIL") {
				return true
			}
		}
	}
	return false
}

// peacekeepersArrive reports whether the subject of an arrival at trigger t
// is peacekeepers of a force: a military or an international body whose
// phrase, before the verb, names peacekeeping ("the first Bangladeshi
// peacekeeping troops arrived", "UN peacekeepers arrive").
func peacekeepersArrive(toks []token, cl *clause, t trigger, src *entRef) bool {
	if src.Sector != "MIL" && src.Sector != "IGO" && !strings.HasPrefix(src.Code, "IGO") {
		return false
	}
	for k := max(cl.start, cl.subjPos); k < t.i && k < len(toks); k++ {
		if strings.HasPrefix(toks[k].lower, "peacekeep") {
			return true
		}
	}
	return false
}

// peacekeeping reports whether clause cl speaks of peacekeeping
// ("peacekeepers", "a peacekeeping mission").
func peacekeeping(toks []token, cl *clause) bool {
	for k := cl.start; k < cl.end && k < len(toks); k++ {
		if strings.HasPrefix(toks[k].lower, "peacekeep") {
			return true
		}
	}
	return false
}

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
// inspect) within ten words after what was sent at k.
func sentToInvestigate(toks []token, cl *clause, k int) bool {
	for q := k; q+1 < cl.end && q+1 < len(toks) && q < k+10; q++ {
		if toks[q].lower == "to" && investigateVerbs[toks[q+1].lower] {
			return true
		}
	}
	return false
}

var investigateVerbs = toSet(`investigate probe examine inspect`)

// stateInGap is the party-like actor named in the gap of t's pattern
// ("withdraw * from": "withdrew the United States from"), or nil.
func (b *builder) stateInGap(ms []mention, t trigger) *entRef {
	if t.gapI >= t.gapJ {
		return nil
	}
	for _, m := range ms {
		if m.ref != nil && !m.agr && !m.loc && m.i >= t.gapI && m.j <= t.gapJ && partyKind(m.ref) {
			return m.ref
		}
	}
	return nil
}

// countryAfterPrep is the country named within ten words after trigger t in
// its clause right after "in", "into", "from" or "to" (or "the" after one):
// a name, or a capital standing for its country; nil when there is none.
func (b *builder) countryAfterPrep(toks []token, ms []mention, cl *clause, t trigger) *entRef {
	for _, m := range ms {
		if m.ref == nil || m.agr || m.loc || m.ref.Kind != KindCountry || m.i < t.j || m.i > t.j+10 || m.i >= cl.end {
			continue
		}
		if m.j < len(toks) && toks[m.j].word && !toks[m.j].upper && isNounish(toks[m.j].lower) {
			continue // "in Iraqi prisons": an adjective of a noun, not the place
		}
		k := m.i - 1
		if k > t.j && toks[k].lower == "the" {
			k--
		}
		if k >= t.j-1 {
			switch toks[k].lower {
			case "in", "into", "from", "to":
				return m.ref
			}
		}
	}
	return nil
}

// participleBefore reports a past participle other than a signing verb
// right before "by" at k, a particle between them allowed ("drawn up by",
// "brokered by"): the "by" phrase names who made a thing, not a partner.
func (b *builder) participleBefore(toks []token, k int) bool {
	v := k - 1
	if v > 0 && (toks[v].lower == "up" || toks[v].lower == "out" || toks[v].lower == "forward") {
		v--
	}
	if v < 0 || agreeVerbs[toks[v].lower] {
		return false
	}
	if p := b.tree(); p != nil && v < len(p.words) {
		return p.words[v].XPOS == "VBN"
	}
	return pastParticiple(toks[v])
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

// participleOfNoun reports whether verb trigger t is a past participle that
// describes a noun ("pardoned jailed activists", "aid to besieged areas",
// "three activists detained while ...") rather than the verb of its clause:
// the tree makes it a modifier (amod) or reduced relative (acl) of a noun.
// byAgent says a "by" phrase follows it. The tree is asked only for a bare participle (no auxiliary before it)
// that does not follow its clause's subject right away: "Police arrested
// X" needs no parse.
func (b *builder) participleOfNoun(toks []token, ms []mention, cl *clause, t trigger, byAgent bool) bool {
	if t.p.Noun || t.i == 0 {
		return false
	}
	w := toks[t.i].lower
	if !(strings.HasSuffix(w, "ed") || irregularPast[w]) {
		return false
	}
	k := t.i - 1
	for k > 0 && strings.HasSuffix(toks[k].lower, "ly") && toks[k].word && !toks[k].upper {
		k-- // "had clandestinely returned"
	}
	prev := toks[k].lower
	if toks[k].upper || prev == "and" || prev == "or" || prev == "but" || relPronouns[prev] || pronouns[prev] || prev == "," {
		// "on Friday convicted", "fired ... and violated", "which closed":
		// a verb of its clause; after a comma, the word rules read the
		// participle as passive already.
		return false
	}
	if isAux(prev) || beForms[prev] || modalWords[prev] || prev == "to" || prev == "not" || prev == "have" || prev == "has" || prev == "had" || prev == "being" {
		return false
	}
	subjEnd := cl.subjPos + 1
	if cl.subjIdx >= 0 && cl.subjIdx < len(ms) {
		subjEnd = ms[cl.subjIdx].j
	}
	if len(cl.subject) > 0 && cl.subjPos < t.i && t.i <= subjEnd {
		// Right after the subject the participle is the clause's verb,
		// unless an auxiliary later in the clause starts the verb the
		// tree makes the subject's ("Five detainees released from the
		// camp last year were questioned ...").
		if !auxAfter(toks, t.j, cl.end) {
			return false
		}
		if p := b.tree(); p == nil || t.i >= len(p.words) || !p.reducedBeforeVerb(t.i) {
			return false
		}
	}
	if len(cl.subject) > 0 && cl.subjPos < t.i && t.i == subjEnd+1 && strings.HasSuffix(prev, "ly") {
		return false // "X strongly condemned"
	}
	p := b.tree()
	if p == nil || t.i >= len(p.words) {
		return false
	}
	if d := p.words[t.i].Deprel; d != "amod" && d != "acl" {
		return false
	}
	// The noun described must belong to a verb before the participle
	// ("rejected a call to release three activists detained ..."): the
	// parser also takes the main verb after a long subject for a modifier
	// ("Doctors from two aid groups donated ...", "police in Jericho
	// confiscated weapons"), and then the verb above the noun, if any,
	// comes later.
	// A "by" phrase after the participle ("an event hosted by X ...")
	// leaves no doubt, wherever the verb above the noun stands.
	for h, hops := p.head(t.i), 0; h >= 0 && hops < 8; h, hops = p.head(h), hops+1 {
		if p.verbal(h) {
			return h < t.i || byAgent && p.words[t.i].Deprel == "acl" || p.reducedBeforeVerb(t.i)
		}
	}
	return false
}

// pastParticiple reports a word shaped like a past participle: "-ed",
// "-en", "-wn" ("drawn") or an irregular one ("made", "held").
func pastParticiple(t token) bool {
	w := t.lower
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") || irregularParticiples[w]
}

var irregularParticiples = toSet(`made done put set held kept told sent brought bought built cut hit
hurt led left lost meant met paid read run said seen sold spent stood taught thought won withdrawn`)

// tellWords name whom a speaker tells, not who is to act.
var tellWords = toSet(`told tell tells telling`)

// ofChain reports whether the words from j up to the actor at i are one
// noun phrase that ends in an "of" phrase naming it: "started an
// investigation of the killing last night of former mayor X" aims at X
// however many words the phrase takes (up to sixteen). A comma, a verb, a
// conjunction or a clause word between ends the phrase.
func ofChain(toks []token, j, i int) bool {
	if i > j+16 || i < 2 {
		return false
	}
	k := i - 1
	for k > j && k >= i-4 && toks[k].word && !prepositions[toks[k].lower] {
		k-- // "of (the) (former Medellin town mayor) X"
	}
	if toks[k].lower != "of" {
		return false
	}
	for q := j; q < i; q++ {
		w := toks[q].lower
		if !toks[q].word && w != "'s" && w != "-" || w == "and" || w == "or" || w == "but" || relPronouns[w] || subordinators[w] ||
			beForms[w] || isAux(w) || modalWords[w] || sayVerbs[w] || w == "to" || w == "by" || w == "with" || w == "for" {
			return false
		}
	}
	return true
}

// objectPronoun resolves "him" or "her" as the object of verb trigger t
// ("convicted X ... and sentenced him", "Y was freed after Z pardoned
// him"): the one the sentence's last act was aimed at, else the nearest
// person named before the verb who is not its source. nil when the verb's
// object is no such pronoun.
func (b *builder) objectPronoun(toks []token, ms []mention, t trigger, sources []*entRef) []*entRef {
	k := t.i + 1
	for k < t.j && !(toks[k].lower == "him" || toks[k].lower == "her") {
		k++
	}
	if k >= len(toks) || toks[k].lower != "him" && toks[k].lower != "her" || k > t.i+2 {
		return nil
	}
	if k+1 < len(toks) && toks[k+1].word && !prepositions[toks[k+1].lower] && toks[k].lower == "her" {
		return nil // "her" before a noun is a possessive: "recalled her envoy"
	}
	if r := b.sentTarget; r != nil && !inRefs(r, sources) {
		return []*entRef{r}
	}
	for mi := len(ms) - 1; mi >= 0; mi-- {
		if m := ms[mi]; m.j <= t.i && actorMention(m) && m.ref.Kind == KindPerson && !inRefs(m.ref, sources) {
			return []*entRef{m.ref}
		}
	}
	return nil
}

// mAtLoc is the index of the place mention covering token k, -1 when none.
func mAtLoc(ms []mention, k int) int {
	for mi, m := range ms {
		if m.loc && m.i <= k && k < m.j {
			return mi
		}
	}
	return -1
}

// forToDoer finds the actor of an infinitive introduced by "for X to"
// ("approval for the United Nations to deliver aid", "reopened its borders
// for South Koreans to inspect ..."): the mention index of X, -1 when the
// verb has no such subject of its own.
func forToDoer(toks []token, ms []mention, cl *clause, t trigger) int {
	if t.i < 3 || toks[t.i-1].lower != "to" {
		return -1
	}
	for mi, m := range ms {
		if m.j == t.i-1 && m.i > cl.start && actorMention(m) {
			k := m.i - 1
			if k > cl.start && toks[k].lower == "the" {
				k--
			}
			if toks[k].lower == "for" {
				return mi
			}
			return -1
		}
	}
	return -1
}

// byAfter reports a "by" after the act in its clause: an agent named, even
// if not as an actor ("attacked by critics"), so no unidentified one.
func byAfter(toks []token, j, end int) bool {
	for k := j; k < end && k < len(toks); k++ {
		if toks[k].lower == "by" {
			return true
		}
	}
	return false
}

// peacekeepers finds who keeps the peace when the act names no doer:
// troops "deployed as peacekeeping forces" (the passive subject is who
// deploys there, not a target), or a clause subject that "participates in
// peacekeeping operations". The place they serve in is the target, unless
// another actor is named.
func (b *builder) peacekeepers(toks []token, ms []mention, cl *clause, t trigger, sources, targets []*entRef, passive bool) ([]*entRef, []*entRef, bool) {
	force := func(r *entRef) bool {
		return r != nil && (r.Sector == "MIL" || r.Sector == "IGO" || strings.HasPrefix(r.Code, "IGO"))
	}
	switch {
	case passive && len(targets) > 0 && force(targets[0]):
		sources, targets, passive = targets[:1], targets[1:], false
	case len(cl.subject) > 0 && force(cl.subject[0]):
		sources = cl.subject[:1]
	default:
		return sources, targets, passive
	}
	for _, m := range ms {
		// "deployed to relieve the Angolan troops": whom they relieve or
		// protect, named after the act.
		if len(targets) == 0 && m.ref != nil && !m.loc && !m.agr && m.i >= t.j && m.i < cl.end && !inRefs(m.ref, sources) && m.ref.Kind != KindCountry {
			targets = []*entRef{m.ref}
		}
	}
	if len(targets) == 0 {
		if c := b.placeCountry(toks, ms); c != nil && !inRefs(c, sources) && c.Country != sources[0].Country {
			targets = []*entRef{c}
		}
	}
	return sources, targets, passive
}

// deployedTroops reports a target that is the troops a deployment sends:
// bare "troops" (a military of no country), or the source's own military.
func deployedTroops(tgt, src *entRef) bool {
	return tgt != nil && (tgt.Kind == KindGroup || tgt.Sector == "MIL" && (tgt.Country == "" || tgt.Country == src.Country))
}

// deployment reports a trigger that sends troops or peacekeepers: its
// words name a deployment, peacekeeping or troops.
func deployment(toks []token, t trigger) bool {
	for k := t.i; k < t.j && k < len(toks); k++ {
		w := toks[k].lower
		if strings.HasPrefix(w, "deploy") || strings.HasPrefix(w, "peacekeep") || w == "troops" || w == "forces" {
			return true
		}
	}
	return false
}

// otherSubject reports whether the tree gives verb trigger t a subject of
// its own that names no actor ("most creditors will accept", "the rates
// they charge"): the clause's subject the word rules found is then not its
// doer.
func (b *builder) otherSubject(ms []mention, cl *clause, t trigger) bool {
	// Parsing costs: only where the subject the word rules found stands
	// well before the verb ("X is set to ..., with Y hopeful that Z will
	// accept") is the tree asked.
	end := cl.subjPos
	for _, m := range ms {
		if m.i == cl.subjPos {
			end = m.j
		}
	}
	if t.i-end <= 3 {
		return false
	}
	p := b.tree()
	if p == nil || !p.readable(t.i, false) {
		return false
	}
	// Any actor inside a subject's phrase ("a group of Saudi hackers",
	// "UK and EU negotiators") may be the doer.
	in := false
	lo := len(p.words)
	var walk func(i int)
	walk = func(i int) {
		if i < len(p.mAt) && p.mAt[i] > 0 && actorMention(ms[p.mAt[i]-1]) {
			in = true
		}
		lo = min(lo, i)
		for _, k := range p.kids[i] {
			walk(k)
		}
	}
	other := false
	for _, k := range p.kids[t.i] {
		if p.words[k].Deprel != "nsubj" {
			continue
		}
		if p.words[k].UPOS != "NOUN" || timeNouns[strings.ToLower(p.words[k].Form)] {
			return false // a pronoun, a name, or "this week" taken for a subject
		}
		walk(k)
		other = true
	}
	if !other || in {
		return false
	}
	// The clause's subject must be cut off from that subject by a verb
	// ("Argentina is set to close its offer, with the government hopeful
	// that most creditors will accept"): a parse that splits one phrase
	// ("European Community foreign ministers") is no evidence.
	for k := cl.subjPos; k < lo && k < len(p.words); k++ {
		if p.verbal(k) && k > cl.subjPos {
			return true
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

// placeCases mark the phrases of an object that say where it is ("the
// port of Haiphong", "a village in the West Bank"); "for China" says whom
// a thing is for.
var placeCases = toSet(`of in from at on near`)

// placeInObject is the country of a place the tree puts in the object of
// verb trigger t, as a modifier of its head or in a phrase under it ("condemned
// the Quetta suicide attack", "rejected appeals against the demolition of a
// village in the West Bank"): with no actor acted on, the act is aimed at
// that country. nil when the tree gives no object or it names no place.
func (b *builder) placeInObject(toks []token, ms []mention, cl *clause, t trigger, src *entRef) *entRef {
	// Parsing costs, and a parsed tree changes how later acts of the
	// sentence are read: the tree is asked only when the clause names a
	// place of another country soon after the verb.
	near := false
	for _, m := range ms {
		if m.ref != nil && !m.agr && !m.ctx && m.i > t.i && m.i < cl.end && m.i <= t.j+12 &&
			(m.ref.Kind == KindCountry || m.loc || m.ref.Kind == KindLocation) && (locISO(m.ref) != src.Country || m.ref.Kind == KindLocation && src.Kind != KindCountry) {
			near = true
		}
	}
	if !near {
		return nil
	}
	p := b.tree()
	if p == nil || !p.readable(t.i, false) {
		return nil
	}
	o, ok := p.objectFrom(t.i, t.j)
	if !ok {
		for _, k := range p.kids[t.i] {
			if p.words[k].Deprel == "obj" {
				o, ok = k, true // the pattern's own object: "condemned the attack"
			}
		}
	}
	if !ok {
		return nil
	}
	var walk func(w, depth int) *entRef
	walk = func(w, depth int) *entRef {
		if m := p.mAt[w] - 1; m >= 0 && ms[m].ref != nil && !ms[m].agr && !ms[m].ctx {
			ref := ms[m].ref
			switch {
			case ref.Kind == KindCountry:
				return ref
			case ref.Kind == KindLocation && locISO(ref) == src.Country && src.Kind != KindCountry && t.p.Code[:2] != "04":
				// "the Iraqi parliament rejected the Kirkuk council
				// decision": a state's body acting in its own land acts
				// on the place, not on its own country.
				return ref
			case (ms[m].loc || ref.Kind == KindLocation) && b.d.byISO[locISO(ref)] != nil:
				return b.countryRef(b.d.byISO[locISO(ref)])
			}
			return nil
		}
		if depth == 0 {
			return nil
		}
		for _, k := range p.kids[w] {
			if r := p.rel(k); r == "compound" || r == "amod" || r == "nmod" && placeCases[p.caseOf(k)] {
				if c := walk(k, depth-1); c != nil {
					return c
				}
			}
		}
		return nil
	}
	return walk(o, 3)
}

// partnerName makes an actor of no country of the name after "with" right
// after trigger t when the name rules placed it nowhere ("signed an
// agreement with Milrem LCM OU for ...", "ended mediation efforts with
// Oldcastle over ..."): one to three capitalized words that no mention
// covers and no dictionary knows. A name with an acronym in it is a firm or
// body's; one or two plain words may be a person's or a firm's, and are
// taken for a person's as other bare names are (see surnameRef). nil when
// there is none.
func (b *builder) partnerName(toks []token, cl *clause, t trigger) *entRef {
	mAt := b.pzMAt
	k := t.j - 1
	if toks[k].lower != "with" {
		k = t.j
		if k < cl.end && k < len(toks) && toks[k].word && !toks[k].upper && !prepositions[toks[k].lower] && toks[k].lower != "with" {
			k++ // "mediation efforts with": one noun of the act between
		}
		if k >= cl.end || k >= len(toks) || toks[k].lower != "with" {
			return nil
		}
	}
	i, j := k+1, k+1
	acro := false
	for j < cl.end && j < len(toks) && j < i+3 && toks[j].word && toks[j].upper && mAt[j] == 0 && !notNames[toks[j].lower] &&
		!regions[toks[j].lower] && !honorifics[toks[j].lower] && b.d.lookup(toks, j) == nil && (j == i || !toks[j].nl) {
		if strings.ToUpper(toks[j].text) == toks[j].text && len(toks[j].text) > 1 {
			acro = true
		}
		j++
	}
	if j == i || j < len(toks) && toks[j].word && !prepositions[toks[j].lower] && toks[j].lower != "to" && toks[j].lower != "and" && toks[j].lower != "or" && toks[j].lower != "as" {
		return nil // no name, or one that runs on or modifies what follows ("Sky executives")
	}
	if j < len(toks) && toks[j].hyph || j-i == 1 && acro {
		return nil // a lone acronym is the unknown-acronym rules' to judge
	}
	name := spanText(toks, i, j)
	var r *entRef
	switch {
	case acro:
		id := "org:" + slug(name)
		if r = b.refs[id]; r == nil {
			r = &entRef{ID: id, Name: name, Kind: KindOrganization}
			b.refs[id] = r
		}
	case j-i > 2:
		return nil
	default:
		r = b.bareNamePerson(name)
	}
	b.addMention(r, toks[i].start, toks[j-1].end)
	return r
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

// aidPromised reports whether what is promised at trigger t is aid: a sum of
// money or an aid word (aidThings) among the ten tokens after the trigger,
// before the sentence or clause ends ("promised to give $717m in disaster
// relief", "pledged $750m of his own money").
func aidPromised(toks []token, t trigger) bool {
	if moneyWithin(toks, t.j, 10) {
		return true
	}
	for e := t.j; e < len(toks) && e < t.j+10; e++ {
		switch w := toks[e].lower; {
		case aidThings[w]:
			return true
		case w == "." || w == ";" || w == "but":
			return false
		}
	}
	return false
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

// sentAid reports whether the bare "send" of trigger t sends aid, money or
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

// mentionEndsAt reports whether a mention ends at token k: a name before
// a noun that modifies it ("Santander shareholders").
func mentionEndsAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.j == k+1 {
			return true
		}
	}
	return false
}

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
	return t.j < len(toks) && shownOpeners[toks[t.j].lower]
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

// actorStartsAt reports whether a resolved mention starts at token k.
func actorStartsAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.i == k && m.ref != nil {
			return true
		}
	}
	return false
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

// resignedJob reports whether a resignation (0874: resign, quit, step down)
// leaves a post in a firm, a club or a show: the one who resigns is of the
// business sector, leaves an organization of the business sector, or a post
// of a firm or a club (jobPosts) is named within eight words after the
// verb with no public post (publicPosts) among them ("resigning as the
// company's CEO", "stepped down as Chelsea chairman", "resigned from
// Southcorp's board"). Withdrawing troops is left alone.
func resignedJob(toks []token, t trigger, src *entRef, targets []*entRef) bool {
	switch t.p.Words[0] {
	case "resign", "quit", "step":
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

// stateRef reports whether r is a country or its government or forces.
func stateRef(r *entRef) bool {
	return r != nil && r.Country != "" && (r.Kind == KindCountry || r.Sector == "GOV" || r.Sector == "MIL")
}

// mentionAt is the index of the mention that starts at token k, -1 when none.
func mentionAt(ms []mention, k int) int {
	for mi, m := range ms {
		if m.i == k {
			return mi
		}
	}
	return -1
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
// plans"), or, for an attack, a word in quotes opens its object ("attacked
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
		case w0 == "attack" && q < t.j+4 && isQuoteMark(w):
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

// isQuoteMark reports whether w is a quotation mark.
func isQuoteMark(w string) bool {
	return w == `"` || w == "\u201c" || w == "\u201d"
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
	if !strings.HasPrefix(toks[t.j-1].lower, "attack") {
		return false
	}
	k := t.j
	if k < len(toks) && (toks[k].lower == "on" || toks[k].lower == "against") {
		k++
	}
	for q := k; q < len(toks) && q < k+7; q++ {
		w := toks[q].lower
		if saidOrDecided[w] {
			return true
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

// stateAct reports whether code is an act only a state's authorities do:
// an arrest or charge (173), a deportation (174) or an expulsion (166).
func stateAct(code string) bool {
	return code == "173" || code == "174" || strings.HasPrefix(code, "166")
}

// countryOfAct is the country of the place named after "in" or "from"
// right after trigger t, with at most a time adjunct between ("arrested on
// Monday in Niger", "expelled from North Korea"); nil when there is none,
// or when the place is further on ("arrested with eight men seized at a
// hotel in Basra": where the others were seized) or is an adjective ("in
// the Cuban camp": a camp run by whoever holds it).
func (b *builder) countryOfAct(toks []token, ms []mention, cl *clause, t trigger) *entRef {
	for k := t.j; k < cl.end && k < t.j+5 && k+1 < len(toks); k++ {
		if w := toks[k].lower; w != "in" && w != "from" || !introOnly(toks, t.j, k) {
			continue
		}
		q := k + 1
		if toks[q].lower == "the" {
			q++
		}
		for _, m := range ms {
			if m.i != q || m.ref == nil || m.agr || m.j < len(toks) && toks[m.j].word && !toks[m.j].upper && isNounish(toks[m.j].lower) {
				continue
			}
			if iso := b.mentionCountry(m); iso != "" && m.ref.Kind != KindOrganization && m.ref.Kind != KindGroup && b.d.byISO[iso] != nil {
				return b.countryRef(b.d.byISO[iso])
			}
		}
		return nil
	}
	return nil
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

// foundingVerbs are verbs of making a body or a site: "set (up)",
// "establish", "create", "build", "open".
var foundingVerbs = toSet(`set establish create build open`)

// placeOfFounding finds, after an agreeing trigger t, "to" and a verb of
// making something ("agreed today to set up a clinic ... in Leeds") and then
// the first place named after "in" in the clause: the place, or the country
// when a country is named.
func (b *builder) placeOfFounding(toks []token, ms []mention, cl *clause, t trigger) *entRef {
	v := -1
	for k := t.j - 1; k < t.j+3 && k+1 < cl.end && k+1 < len(toks); k++ {
		if k >= 0 && toks[k].lower == "to" && foundingVerbs[toks[k+1].lower] {
			v = k + 1
			break
		}
	}
	if v < 0 || toks[v].lower == "set" && (v+1 >= len(toks) || toks[v+1].lower != "up") {
		return nil
	}
	for _, m := range ms {
		if m.ref == nil || m.agr || m.i <= v || m.i >= cl.end || !(m.loc || m.ref.Kind == KindLocation || m.ref.Kind == KindCountry) {
			continue
		}
		k := m.i - 1
		if k > v && toks[k].lower == "the" {
			k--
		}
		if toks[k].lower == "in" {
			return m.ref
		}
	}
	return nil
}

// conditioned reports whether the clause of trigger t is bound to an "if"
// or "unless" clause: one right after it ("will cut aid if Baghdad does not
// comply") or one that opens the sentence right before it ("If Baghdad does
// not comply, Britain will cut aid").
func conditioned(toks []token, cls []clause, t trigger) bool {
	if t.cl < 0 || t.cl >= len(cls) {
		return false
	}
	if c := t.cl + 1; c < len(cls) && cls[c].cond && cls[c].start == cls[t.cl].end && cls[c].start < len(toks) {
		if w := toks[cls[c].start].lower; w == "if" || w == "unless" {
			return true
		}
	}
	if c := t.cl - 1; c >= 0 && cls[c].cond && cls[c].fronted && cls[c].end == cls[t.cl].start && cls[c].start == 0 {
		return true
	}
	return false
}

// conditionSubject is the actor that is the subject of an "if" or "unless"
// clause right after the clause of trigger t, nil if there is none.
func conditionSubject(toks []token, cls []clause, t trigger) *entRef {
	if t.cl < 0 || t.cl+1 >= len(cls) {
		return nil
	}
	c := &cls[t.cl+1]
	if !c.cond || c.start != cls[t.cl].end || c.start >= len(toks) || len(c.subject) != 1 {
		return nil
	}
	if w := toks[c.start].lower; w != "if" && w != "unless" {
		return nil
	}
	return c.subject[0]
}

// placeInCondition finds, right after trigger t, a condition or a time ("if",
// "unless", "once", "until", "when", "as soon as", "as long as") and returns
// the country of the first place named in the rest of the sentence (the
// place itself when it has no country), or of the first body of a country
// other than own ("keep a civil administration in Gaza").
func (b *builder) placeInCondition(toks []token, ms []mention, t trigger, own string) *entRef {
	k := t.j
	if k >= len(toks) {
		return nil
	}
	switch w := toks[k].lower; {
	case w == "if" || w == "unless" || w == "once" || w == "until" || w == "when":
	case w == "as" && k+2 < len(toks) && (toks[k+1].lower == "soon" || toks[k+1].lower == "long") && toks[k+2].lower == "as":
	default:
		return nil
	}
	for _, m := range ms {
		if m.ref == nil || m.agr || m.i <= k {
			continue
		}
		switch {
		case m.ref.Kind == KindCountry:
			return m.ref
		case m.loc || m.ref.Kind == KindLocation:
			if c := b.d.byISO[locISO(m.ref)]; c != nil {
				return b.countryRef(c)
			}
			return m.ref
		case m.ref.Country != "" && m.ref.Country != own && b.d.byISO[m.ref.Country] != nil:
			return b.countryRef(b.d.byISO[m.ref.Country])
		}
	}
	return nil
}

// landReturnedTo is the country named after "to" or "into" later in the
// clause of trigger t (a "the", commas and capitalized words no mention
// covers may come between: "to Venafro, Italy"), given as a country, a place
// of a country or a nationality word ("into the Brazilian wild").
func (b *builder) landReturnedTo(toks []token, ms []mention, cl *clause, t trigger) *entRef {
	for _, m := range ms {
		if m.ref == nil || m.agr || m.i < t.j || m.i >= cl.end || locISO(m.ref) == "" {
			continue
		}
		if m.ref.Kind != KindCountry && !m.loc && m.ref.Kind != KindLocation && !m.ctx {
			continue
		}
		k := m.i - 1
		for k > t.j && (toks[k].lower == "the" || toks[k].lower == "," || toks[k].upper && !inMention(ms, k)) {
			k--
		}
		if toks[k].lower != "to" && toks[k].lower != "into" {
			continue
		}
		if c := b.d.byISO[locISO(m.ref)]; c != nil {
			return b.countryRef(c)
		}
	}
	return nil
}

// assertedAct reports whether trigger t tells of an act done, not one
// planned, feared or denied ("saying it would encourage more fighting"):
// only a done act of force has attackers to stand in for.
func (b *builder) assertedAct(toks []token, cl *clause, t trigger) bool {
	m, _, _ := b.modality(toks, cl, t)
	return m == ModalityAsserted
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
		switch toks[k].lower {
		case ",", ";", ":", ".", "--", "(", ")":
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

// forceNounAfter reports whether a noun of force follows verb trigger t
// in its clause ("was killed in a car bomb explosion"): the passive tells
// of an attack even when the one it struck is no actor ("a journalist").
func (b *builder) forceNounAfter(t trigger) bool {
	for _, u := range b.trigs {
		if u.cl == t.cl && u.i >= t.j && u.p.Noun && forceRoot(u.p.Code) {
			return true
		}
	}
	return false
}

// irregularPlurals are plural nouns of people without an "s".
var irregularPlurals = toSet(`people men women children`)

// forceRoot reports whether code is an assault (18) or a fight (19).
func forceRoot(code string) bool {
	return code[:2] == "18" || code[:2] == "19"
}

// attackSubject is the index in b.trigs of the noun of force that the tree
// makes the subject of verb trigger t ("a roadside bombing near Mosul killed
// two soldiers", "the blast wounded five"), -1 when there is none: the act
// is the attack's, done by whoever made it, not by no one.
func (b *builder) attackSubject(t trigger) int {
	if t.p.Noun || !forceRoot(t.p.Code) {
		return -1
	}
	p := b.tree()
	if !p.readable(t.i, false) {
		return -1
	}
	s, passive, ok := p.subjectOf(t.i)
	if !ok || passive {
		return -1
	}
	for k, u := range b.trigs {
		if u.p.Noun && forceRoot(u.p.Code) && u.i <= s && s < u.j {
			return k
		}
	}
	return -1
}

// subjectOfForce reports whether noun trigger t is the subject of a verb of
// force in its sentence (see attackSubject).
func (b *builder) subjectOfForce(t trigger) bool {
	for _, v := range b.trigs {
		if k := b.attackSubject(v); k >= 0 && b.trigs[k].i == t.i && b.trigs[k].j == t.j {
			return true
		}
	}
	return false
}

// pastActPreps open a phrase of an earlier act that the clause's act follows
// or answers: "since last month's invasion", "after renewed fighting",
// "over two air raids", "in the wake of a Taliban attack".
var pastActPreps = toSet(`since after following over amid`)

// causeOfOther reports whether trigger t, a noun of force, is named in such a
// phrase while the sentence tells another act outside it (coded news codes
// the act the sentence reports, not the past one it is set against): the
// preposition up to five words before the noun, past determiners,
// modifiers, numbers and possessives.
func (b *builder) causeOfOther(toks []token, t trigger) bool {
	if !t.p.Noun && !strings.HasSuffix(toks[t.i].lower, "ing") || !forceRoot(t.p.Code) && t.p.Code[:2] != "20" {
		return false // a noun, or a verb's -ing form ("after the shelling of X")
	}
	k := t.i - 1
	for n := 0; k >= 0 && n < 5 && (toks[k].word || toks[k].lower == "'s" || toks[k].lower == "-") && !prepositions[toks[k].lower]; k, n = k-1, n+1 {
		w := toks[k].lower
		if w != "'s" && (isAux(w) || beForms[w]) || lightVerbs[w] && !(k > 0 && prepositions[toks[k-1].lower]) {
			return false // "after Russia launched attacks": a clause; "after renewed fighting" is not
		}
	}
	if k < 0 || !prepositions[toks[k].lower] {
		return false
	}
	w := toks[k].lower
	if !pastActPreps[w] && !(w == "of" && k >= 2 && (toks[k-1].lower == "wake" || toks[k-1].lower == "because")) {
		return false
	}
	if t.j < len(toks) {
		// "after a car bomb struck a bus": a clause, the noun its subject
		if w := toks[t.j].lower; irregularPast[w] || isAux(w) || beForms[w] || modalWords[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	for _, u := range b.trigs {
		if u.j <= k && !u.p.Noun {
			return true // a verb before the phrase tells the sentence's act
		}
	}
	return false
}

// patternText is a pattern as dictionaries write it: "*" for a gap.
func patternText(p *pattern) string {
	w := make([]string, len(p.Words))
	for i, x := range p.Words {
		if w[i] = x; x == "" {
			w[i] = "*"
		}
	}
	return strings.Join(w, " ")
}

// reactionToLastAct reports a verbal reaction (a comment, an appeal,
// approval but a signing, a demand, disapproval or a rejection: roots 01,
// 02, 05 but 057, 10, 11, 12) to an act or agreement already told ("welcomed the move", "praised
// the agreement"): it makes no new act for a later "the deal" or "the
// decision" to point back at, so "X and Y signed a deal. Z welcomed the
// agreement. W criticised the deal." aims W's criticism at the deal's
// maker, not at Z.
func reactionToLastAct(toks []token, ms []mention, t trigger, code string) bool {
	switch code[:2] {
	case "01", "02", "05", "10", "11", "12":
		if code == "057" {
			return false // signing makes the deal
		}
	default:
		return false
	}
	// The object right after the trigger, or inside it when the trigger
	// is a frame that holds its object ("welcomed the agreement").
	for k := t.i + 1; k <= t.j && k+1 < len(toks); k++ {
		if !nounDets[toks[k].lower] {
			continue
		}
		if anaphoricActs[toks[k+1].lower] || agreementNounsLower[toks[k+1].lower] {
			return true
		}
		for _, m := range ms {
			if m.agr && m.i == k+1 {
				return true // "welcomed the Paris agreement"
			}
		}
		return false
	}
	return false
}

// joinedSubject finds the subject of its own that verb trigger t has in a
// clause joined by "and" or "but" after the clause's subject has acted:
// "Sir Edward told the nation he was resigning and the Queen invited Mr
// Wilson", "he is out on bail and the judge agreed to extend his curfew",
// "X was swept into power, and Lord Callaghan resigned" (a named subject
// may follow "and" itself, after a comma or not).
// The clause's subject did not do it: ok is true, and mi is the mention of
// that subject when it is an actor, -1 when it is none. A subject joined to
// the clause's own ("he and the other protesters would plead", "Sri Lanka
// and the Maldives") is not one: the word before "and" must be neither a
// mention nor a pronoun.
func joinedSubject(toks []token, ms []mention, cl *clause, t trigger) (mi int, ok bool) {
	k := t.i - 1
	if k > cl.start && toks[k].lower == "to" {
		k -= 2 // "agreed to extend": back over the verb that governs it
	}
	for n := 0; k > cl.start && n < 4 && (isAux(toks[k].lower) || modalWords[toks[k].lower] || toks[k].lower == "not" ||
		toks[k].lower == "also" || toks[k].lower == "still" || toks[k].lower == "quite" || toks[k].lower == "then" ||
		strings.HasSuffix(toks[k].lower, "ly")); n++ {
		k--
	}
	at := func(i int) int {
		for x, m := range ms {
			if m.i <= i && i < m.j {
				return x
			}
		}
		return -1
	}
	// The subject: an actor's mention, or one to three words, after "the".
	end, mi := k, -1
	if x := at(k); k > cl.start && x >= 0 {
		if m := ms[x]; m.ref == nil || m.loc || m.agr || m.j != end+1 {
			return -1, false
		}
		mi, k = x, ms[x].i-1
	} else {
		for ; k > cl.start && end-k < 3; k-- {
			if toks[k].lower == "the" || !toks[k].word || at(k) >= 0 || pronouns[toks[k].lower] || prepositions[toks[k].lower] || determiners[toks[k].lower] {
				break
			}
		}
		if k == end {
			return -1, false
		}
	}
	if mi >= 0 {
		for n := 0; n < 3 && k > cl.start && toks[k].upper && toks[k].word && at(k) < 0; n++ {
			k-- // "and Lord Callaghan", "and Mr Brown": a title outside the mention
		}
	}
	named := mi >= 0 && k > cl.start && (toks[k].lower == "and" || toks[k].lower == "but")
	if k <= cl.start || toks[k].lower != "the" && !named {
		return -1, false
	}
	and := k - 1
	if named {
		and = k // "..., and Lord Callaghan resigned": a named subject right after "and"
	}
	if toks[and].lower != "and" && toks[and].lower != "but" || and <= cl.subjPos+1 || and-1 <= cl.start {
		return -1, false
	}
	pk := and - 1
	if named && toks[pk].text == "," && pk-1 > cl.start {
		pk-- // "was swept into power in a landslide victory, and Lord Callaghan resigned"
	}
	prev := toks[pk]
	if !prev.word || at(pk) >= 0 || subjectPronouns[prev.lower] {
		return -1, false
	}
	return mi, true
}

// passiveAux are the words before a participle that make it a passive verb
// of its own clause ("was supplied by"), not a modifier of the noun before.
var passiveAux = toSet(`is are was were be been being has have had get gets got getting not also`)

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

// possessorInGap is whose the frame's object is when a possessive pronoun
// stands before it ("the US blocked its application" after "Iran's bid",
// "Begg's MP welcomed his release"): the nearest actor of the sentence
// before the verb, not a source, that the pronoun can name ("its" a
// country or body, "his" and "her" a person). "their" is left alone, and
// so is a pronoun with no such actor before it ("BAA reiterated its
// support": its own).
func possessorInGap(toks []token, ms []mention, t trigger, sources []*entRef) *entRef {
	person := false
	found := false
	for k := t.i + 1; k < t.j && k < len(toks); k++ {
		switch toks[k].lower {
		case "its":
			found = true
		case "his", "her":
			found, person = true, true
		}
	}
	if !found {
		return nil
	}
	var best *entRef
	for _, m := range ms {
		if m.j > t.i || m.ref == nil || m.loc || m.agr || inRefs(m.ref, sources) {
			continue
		}
		if (m.ref.Kind == KindPerson) != person {
			continue
		}
		best = m.ref
	}
	return best
}

// mentionIn reports whether an actor is named within tokens [i, j).
func mentionIn(ms []mention, i, j int) bool {
	for _, m := range ms {
		if m.ref != nil && m.i >= i && m.i < j {
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

// dropPressAddressees removes from targets the news media (sector MED) that
// a mention after the trigger names as the addressee of the statement:
// right after "to" or a tell word ("telling French media", "told the
// BBC"), a determiner between.
func dropPressAddressees(toks []token, ms []mention, t trigger, targets []*entRef) []*entRef {
	var kept []*entRef
	for _, r := range targets {
		if r == nil || r.Sector != "MED" || !pressAddressee(toks, ms, t, r) {
			kept = append(kept, r)
		}
	}
	return kept
}

// pressAddressee reports a mention of r after the trigger that follows "to"
// or a tell word.
func pressAddressee(toks []token, ms []mention, t trigger, r *entRef) bool {
	for _, m := range ms {
		if m.ref == nil || m.ref.ID != r.ID || m.i < t.j {
			continue
		}
		p := m.i - 1
		if p > 0 && determiners[toks[p].lower] {
			p--
		}
		if p >= 0 && (toks[p].lower == "to" || tellWords[toks[p].lower]) {
			return true
		}
	}
	return false
}

// partnersWith reports whether each of targets is named after trigger t
// right after "with" ("signed a protocol with the US"): the partner of a
// two-sided act, not a topic ("agreed to share information on X").
func partnersWith(toks []token, ms []mention, t trigger, targets []*entRef) bool {
	for _, c := range targets {
		ok := false
		for _, m := range ms {
			if m.ref != c || m.i < t.j || m.i < 1 {
				continue
			}
			p := m.i - 1
			if toks[p].lower == "the" && p > 0 {
				p--
			}
			if toks[p].lower == "with" {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// nominalDoer finds, for a verb trigger t used as a noun, the actor mention
// that does it: the actor named right before the word ("French pressure",
// "IRA bomb"), alone or last of a list joined by "and" or commas ("French
// and German pressure"), where the list follows a preposition ("giving in
// to ...", "for IRA bomb attacks"), "the" ("half the IMF support could
// come from") or a verb of getting ("receive IMF support"). The first
// mention of the list is returned; -1 when the word is no such noun or has a verb's
// ending.
func nominalDoer(toks []token, ms []mention, cl *clause, t trigger) int {
	if t.p.Noun || t.i == 0 || t.j-t.i != 1 {
		return -1
	}
	if w := toks[t.i].lower; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || irregularPast[w] {
		return -1 // a verb form: "in Iraq killed", "from Britain visiting"
	}
	if t.j < len(toks) && (determiners[toks[t.j].lower] || pronouns[toks[t.j].lower]) {
		return -1 // "US to pressure the Dutch": an object follows, a verb
	}
	last := -1
	for mi := len(ms) - 1; mi >= 0; mi-- {
		if ms[mi].j == t.i {
			last = mi
			break
		}
	}
	if last < 0 || !actorMention(ms[last]) || ms[last].person || ms[last].poss {
		return -1
	}
	first := last
	for first > 0 {
		m, prev := ms[first], ms[first-1]
		if !actorMention(prev) || prev.person || prev.j >= m.i || m.i-prev.j > 1 {
			break
		}
		if w := toks[prev.j].lower; w != "and" && toks[prev.j].text != "," {
			break
		}
		first--
	}
	k := ms[first].i - 1
	if k < cl.start || k < 0 {
		return -1
	}
	if w := toks[k].lower; (!prepositions[w] || w == "than" || w == "like") && w != "the" && !receiveForms[w] {
		return -1
	} else if !prepositions[w] && (ms[first].loc || ms[first].seat) {
		return -1 // "the Berlin blockade", "the Madrid bomb": where, not who
	}
	return first
}
