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
	if b.requestedConjunct(toks, t) {
		return // "called on the government to respect the law and either free or charge them": asked for too
	}
	if wantedNoun(toks, cl, t) {
		return // "wants house arrest for suspects", "demanded a serious, immediate apology": wanted, not done
	}
	if unrealNoun(toks, cl, t) {
		return // "against any attack by militants", "to avert an army offensive": an act no one did
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
	if t.p.Code[:2] == "18" && !t.p.Noun && (killedByDisaster(toks, cl, t) || b.passiveDisasterDeath(toks, t)) {
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
	if t.p.Noun && t.p.Code == "070" && t.p.Words[0] == "commitment" && !fundedCommitment(toks, ms, t) {
		return // "its commitment to Nato" with no aid named, "a commitment to reaching 0.7% ... for aid": no aid given to anyone
	}
	if t.p.Noun && len(t.p.Words) == 1 && t.p.Words[0] == "threat" && !b.threatMade(toks, ms, t) {
		return // "posed a threat to UKIP", "the Soviet threat", "security threats": a danger, not a threat made
	}
	if obligedAct(toks, t) || b.obligedConjunct(toks, t) {
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
			toks[q].lower == "against" && strings.HasSuffix(toks[q+1].lower, "ing")) && !conditionalSideAct(toks, q) {
		// "warned that a lack of action could lead to ...", "warned there
		// could be further walkouts": a warning about the world is a
		// statement, and so is advice ("warned against placing too much
		// weight on the data"); "warned that they would attack" and
		// "warned Kiev that ..." are threats, and so is a warning of the
		// warner's side's walkouts "unless" the addressee gives way
		// (conditionalSideAct).
		p := *t.p
		p.Code = "010"
		t.p = &p
	}
	reported := b.trailedReport(toks, cls, t)
	if reported != nil && (t.p.Code[:2] == "14" || t.p.Code == "1121") {
		// "..., a rights group protested here Wednesday", "..., the
		// opposition charged": told after what they report, a protest or
		// a charge is said, an accusation (112; a protest voiced is a
		// criticism, 111), not a march or a count brought in court.
		p := *t.p
		p.Code = "111"
		if t.p.Code == "1121" {
			p.Code = "112"
		}
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
			if t.p.Noun && k > from && toks[k].text == "," {
				// "prompted accusations of bias, claims denied by X": past
				// a comma, the "by" phrase is another phrase's verb's.
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
	if t.passiveObj {
		// "a complaint filed against X by Y": the doer after "by", the
		// target after the frame's preposition (passive_frame.go).
		passive = true
		if nounInPP(toks, t.i, cl.start) {
			return // "protested against the martial law imposed by X", "at a dinner hosted by X": background to the clause's act
		}
		sources = agent(t.j, 10)
		if len(sources) == 0 || forceRoot(t.p.Code) && b.subjectOfForce(t) {
			return // "the missiles fired by X struck Y": the verb tells the act, with its target
		}
		targets = b.passiveFrameTarget(toks, ms, cl, t, sources)
		if len(targets) == 0 && forceRoot(t.p.Code) {
			return // "a missile fired by X was intercepted": fired at no one the sentence names
		}
	} else if !t.p.Noun {
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
		if !passive && (strings.HasSuffix(toks[t.i].lower, "ed") || irregularPast[toks[t.i].lower]) && andWithin(toks, cl.start, t.i, 3) && b.conjPassive(t) {
			// "was charged with fraud and twice denied bail": the tree
			// joins the participle to a passive one further back.
			passive, bePassive = true, true
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
		// "the Britons freed from custody", "Roma Czechs refused entry to
		// Britain": people named by their nation right before a participle
		// of release or of refusal (its object held by the pattern) and a
		// preposition are the ones acted on, not the doers.
		if k := t.i - 1; !passive && k > cl.start && toks[k].upper && strings.HasSuffix(toks[k].lower, "s") && civiliansEndAt(ms, k) &&
			strings.HasSuffix(toks[t.i].lower, "ed") && (t.p.Code == "0841" || strings.HasPrefix(t.p.Code, "16")) &&
			t.j < len(toks) && prepositions[toks[t.j].lower] && t.gapI == t.gapJ {
			passive, reduced = true, true
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
			own, subordinate := b.subordinatePassiveSubject(toks, ms, cl, t)
			if subordinate {
				targets = own // "saw its majority cut as an amendment was rejected by X": the amendment, not the government
			}
			if len(targets) == 0 && t.i > cl.start+1 && !subordinate {
				// "His claims were denied by X": the passive subject is a
				// thing of the pronoun's, who is whom the act is aimed at.
				if w, ok := possessiveSubjects[toks[cl.start].lower]; ok && !toks[cl.start+1].upper {
					targets = b.resolvePronoun(w, cls, t.cl)
				}
			}
			if len(targets) == 0 && !subordinate {
				// "A camp for Congolese refugees was attacked by ...": the
				// actor named before the verb, even inside a phrase.
				for mi := len(ms) - 1; mi >= 0; mi-- {
					if m := ms[mi]; m.j <= t.i && m.i >= cl.start && m.i >= b.lead && !m.loc && !m.agr && m.ref != nil {
						if byAgent(toks, m.i, cl.start) {
							continue // "Both schemes are run by X and backed by Y": X did the running
						}
						targets = []*entRef{m.ref}
						break
					}
				}
			}
			if len(targets) > 0 && reproachRoot(t.p.Code) {
				if d := subjectActDoer(toks, ms, cl, t, targets[0]); d >= 0 {
					targets = b.group(toks, ms, d, t.i) // "the invasion of X by Y was condemned": Y is (act_doer.go)
				}
			}
		} else if reactionVerbs[toks[t.i].lower] {
			last, _ := b.lastMove()
			if tg := b.targetAfter(toks, ms, cl, t); len(tg) > 0 && last != nil {
				sources, targets = tg[:1], []*entRef{last}
			}
		} else if g := b.nominalDoer(toks, ms, cl, t); g >= 0 {
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
			if len(sources) > 0 && b.nonActorSubject(toks, ms, cl, t) {
				sources = nil // "and some Anglicans remain opposed": the verb's own subject is no actor (nonactor_subject.go)
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
			} else if r := dealPartner(toks, ms, cl, t); r != nil {
				targets = []*entRef{r}
			} else {
				targets = b.targetAfter(toks, ms, cl, t)
			}
			if len(targets) == 0 && t.inner != nil && !askedInGap(t) {
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
		if len(sources) == 0 {
			// "warned the government about their attacks on the
			// channel": the attacks of the actor the verb is aimed at,
			// not of the clause's subject.
			if mi := possessedNoun(toks, ms, cl, t); mi >= 0 {
				sources = []*entRef{ms[mi].ref}
			}
		}
		withTalks := talksWith(toks, t) // asked once for both readings of the talks below
		inTalks := withTalks && beInBefore(toks, t.i, cl.start)
		afterTalks := withTalks && afterTalksBefore(toks, t.i, cl.start)
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
		// A noun that is the subject of its own verb, the later subject
		// that of a clause under it ("the attack took place as X arrived"),
		// is not fronted: see nounSubject.
		// A fronted phrase's act is the subject's only when the subject
		// takes part in it or owns it (see frontedOwnAct).
		if lightVerbBefore(toks, t.i, cl.start) || t.i < cl.subjPos && (!background || frontedOwnAct(toks, cl, t)) && !b.nounSubject(toks, t, cl.subjPos) || (inTalks || afterTalks) && cl.subjPos < t.i {
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
		if t.p.Words[len(t.p.Words)-1] == "between" && !actorStartsIn(ms, t.j, t.j+2) {
			// "a trade deal between the two countries": the parties are
			// not named there, and the clause's actors are none of them.
			return
		}
		targets = b.nounTargets(toks, ms, cl, t, &sources)
		if len(sources) == 0 && len(targets) > 0 && before == 0 {
			// "X was condemned for its invasion of Y": a possessive
			// pronoun before a noun that names its target stands for the
			// clause's subject.
			sources = pronounPossessor(toks, ms, cl, t)
			before = len(sources)
		}
		if len(targets) == 0 && len(sources) > 0 {
			// "a visit by X's president, Y, to Z", "X's refusal to engage
			// with Z": the tree reads the noun's dependents past the
			// word window (see nominal_args.go).
			targets = b.nounTargetFromTree(toks, ms, cl, t, sources)
		}
		if len(sources) == 0 && len(subj) == 0 && len(targets) > 0 && before == 0 && !background {
			// A noun naming its target ("a threat to X") is done by the
			// clause's subject only when the tree makes it that subject's
			// object; the doer the tree names may be another ("Y rejected
			// the idea X posed a threat to Z"). Without a tree, the subject.
			subj = cl.subject
			if p := b.tree(); p != nil {
				subj = nil
				if d := p.mentionOf(p.mAt, ms, p.nounDoer(p.nounWord(t))); d >= 0 && !inRefs(ms[d].ref, targets) {
					subj = b.group(toks, ms, d, len(toks))
				}
			}
		}
		if len(sources) == 0 {
			sources = subj
		}
		if receivedBefore(toks, t.i, cl.start) || giverFromAfter(toks, t) || bornBy(toks, cl, t) {
			// "Kenya received humanitarian aid from Japan": the one who
			// receives is the target; the giver is the actor after "from",
			// or no one.
			sources, targets = nil, cl.subject
			if m := fromAfter(toks, ms, t.i+1, cl.end); m >= 0 && !inRefs(ms[m].ref, targets) {
				// "under pressure from Germany and France": every
				// member of the list after "from".
				sources = slices.DeleteFunc(b.group(toks, ms, m, cl.end), func(r *entRef) bool { return inRefs(r, targets) })
			}
		}
	}
	if !reduced || len(sources) > 0 {
		// A reduced passive with no agent (the people freed or refused
		// entry) keeps its doer unknown: the tree takes the noun for the
		// participle's subject.
		sources, targets, passive = b.argsFromTree(toks, ms, cl, t, sources, targets, passive)
	}
	if !t.p.Noun && !passive && len(sources) > 0 && inRefs(sources[0], cl.subject) && b.otherSubject(ms, cl, t) {
		sources = nil
		// "the £750m the prime minister pledged": the verb's own
		// subject, an actor other than the clause's, is the doer.
		sources, targets, passive = b.argsFromTree(toks, ms, cl, t, sources, targets, passive)
	}
	if m := b.ingNounDoer(toks, ms, t); m >= 0 && !passive && !inRefs(ms[m].ref, sources) {
		// "prosecutors investigating the collapse": the noun a present
		// participle describes does its act, not the clause's subject
		// (reduced_ing.go).
		sources = b.group(toks, ms, m, len(toks))
		targets = slices.DeleteFunc(targets, func(x *entRef) bool { return inRefs(x, sources) })
	}
	if len(sources) == 0 {
		if r, pass := b.butVerbSubject(toks, cls, cl, t); len(r) > 0 {
			sources, passive = r, pass
			targets = slices.DeleteFunc(targets, func(x *entRef) bool { return inRefs(x, sources) })
		}
	}
	if t.p.Death && len(sources) == 0 {
		if c := b.custodian(toks, ms); c != nil {
			// "a prisoner died as a result of torture while in Israeli
			// police custody": those who held him did it.
			sources = []*entRef{c}
			if v := b.deathVictims(toks, ms, cl, t); len(v) > 0 {
				targets = v
			}
			targets = slices.DeleteFunc(slices.Clone(targets), func(r *entRef) bool { return inRefs(r, sources) })
		}
	}
	sources, targets = b.genericArgs(toks, ms, b.pzMAt, cl, t, sources, targets)
	if t.p.Giver {
		// "he received money from Saddam Hussein's regime": the one after
		// "from" gives; the doer found for the verb of receiving (its
		// subject, "he") is given to.
		if mi := fromAfter(toks, ms, t.j, min(t.j+3, cl.end)); mi >= 0 {
			givers := b.group(toks, ms, mi, cl.end)
			receivers := sources
			if q := pronounRightBefore(toks, t.i, cl.start); q >= 0 && q != cl.subjPos {
				// "the newspaper claimed he received money from X": the
				// pronoun of the unmarked content clause receives, not the
				// clause's first subject.
				receivers = b.resolvePronoun(toks[q].lower, cls, t.cl)
			}
			sources, targets = givers, slices.DeleteFunc(slices.Clone(receivers), func(r *entRef) bool { return inRefs(r, givers) })
		}
	}
	if fromPattern(t.p) && fromAfter(toks, ms, t.i+1, cl.end) < 0 {
		return // "fend off pressure from rival Jetstar": the doer follows "from"; with no actor named there, no one else did it
	}
	if by := agent(t.j, 6); !passive && b.participleOfNoun(toks, ms, cl, t, len(by) > 0) {
		// "pardoned jailed activists", "activists detained while ...": a
		// participle that describes a noun tells of an act whose doer the
		// sentence does not name; the clause's subject did not do it. With
		// a "by" phrase ("an event hosted by the university"), that is the
		// doer, and the noun described is what was done.
		if len(by) == 0 || b.attributiveParticiple(t.i, toks[t.i-1].lower) {
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
	if len(sources) == 0 && bePassive && forceRoot(t.p.Code) {
		if c := b.causeClause(toks, cls, t); c >= 0 && len(cls[c].subject) > 0 && !slices.ContainsFunc(cls[c].subject, func(r *entRef) bool { return inRefs(r, targets) }) {
			// "two people were killed when ISIL launched an attack": the
			// doer of the attack the clause after tells did the killing.
			// "when they came under attack" is the victims again, and "when
			// their convoy was ambushed" names no doer: the attackers stay
			// unidentified.
			sources, unnamedForce = cls[c].subject, false
		}
	}
	if len(sources) == 0 && unnamedForce && (t.p.Code[:2] == "18" || t.p.Code[:2] == "19") && b.assertedAct(toks, cl, t) && !b.noUnknownAttackers(toks, ms, t) {
		// "a car bomb exploded near a market in Baghdad": no one named, the
		// unidentified attackers of the country where it struck, against it.
		if c := b.strikePlaceCountry(toks, ms); c != nil {
			if att := b.bodyRef(c, &sectorWord{Sector: "UAF", Canonical: "unidentified attackers"}, ""); att != nil {
				sources = []*entRef{att}
				// deathVictims only for what someone died of: it may parse
				// the sentence, which no other act needs here.
				var v []*entRef
				if t.p.Death {
					v = b.deathVictims(toks, ms, cl, t)
				}
				if len(v) > 0 {
					targets = v // "a prisoner died after torture": the one who died
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
	if t.p.Code[:2] == "11" && len(targets) == 0 && reported != nil && len(reported.subject) > 0 && !inRefs(reported.subject[0], sources) {
		// "Croatian authorities are failing to uphold the rights of
		// refugees, a rights group protested": the complaint is of the
		// report's subject.
		targets = reported.subject
	}
	if reproachRoot(t.p.Code) && !passive && (len(targets) == 0 || addressee(toks, ms, targets[0], t)) {
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
	if !passive && !t.p.Noun && (len(targets) == 0 || pronounObject(toks, t)) {
		// "accusing him of torture in Yemen": with "him" for the object,
		// a name after it is no target.
		if r := b.objectPronoun(toks, ms, t, sources); r != nil || len(targets) == 0 {
			targets = r
		}
	}
	if !passive && !t.p.Noun {
		// "urged the two men to stop squabbling": the pair named before.
		// Right after the verb it is the object, before any name later
		// in the clause ("alleged the firms were abusing their position
		// in the German market": the firms, not Germany).
		if r := b.pairObject(toks, ms, t, sources); r != nil {
			targets = r
		}
	}
	if len(targets) == 0 && !passive && !t.p.Noun {
		// "called on the government to ...", the article about one
		// country: that country's government.
		if r := b.bareGovernmentObject(toks, t, sources); r != nil {
			targets = []*entRef{r}
		}
	}
	if len(targets) == 0 && !passive && t.p.Frame {
		if r := possessorInGap(toks, ms, t, sources); r != nil {
			targets = []*entRef{r}
		}
	}
	if len(targets) == 0 && !passive {
		// "police backed his measures": the owner of the measures.
		if r := b.possessiveObjectOwner(toks, ms, t, sources); r != nil {
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
	if len(targets) == 0 && len(sources) > 0 && (t.p.Code[:2] == "13" || b.heldOverCondition(toks, cls, t)) {
		// "threatened that if Israel did not comply, ...", "threats that
		// he would ... unless the EU paid": a threat is aimed at whoever
		// must meet its condition. (Targets and sources are tested first:
		// heldOverCondition works out the trigger's modality.)
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
	if t.p.Code == "015" && t.p.Words[0] == "plead" {
		// A plea answers one's own charges before a court; it is aimed at
		// no one: "pleaded guilty to fraud and agreed to assist the
		// government", "pleaded guilty ... following Mr X's trial".
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
	if t.p.Code == "150" && len(t.p.Words) == 1 && t.p.Words[0] == "deploy" && deployedToInvestigate(toks, cl, t) {
		// "deployed 100 monitors at hunts to check for illegal activity":
		// people sent to watch or inquire investigate (090); they are no
		// forces raised.
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
	if r := t.p.Code[:2]; (r == "18" || r == "19") && (verbalAttack(toks, ms, t) || attackOnWords(toks, t) || fightOfWords(toks, ms, t, sources, targets) || politicalAttack(toks, t, sources, targets)) {
		// "launched a scathing attack on the government": words, not force.
		p := *t.p
		p.Code = "111"
		t.p = &p
	}
	if labourStrike(toks, t, sources) {
		p := *t.p
		p.Code = "143"
		t.p = &p
	}
	if r := t.p.Code[:2]; (r == "18" || r == "19") && forceOnWords(toks, t) {
		return // "execute their business plans", "clash with a keynote speech": no force used
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
	if privateWarning(t, sources, targets) {
		// "F-Secure issued a warning about the new strains": the public
		// cautioned, no one threatened; a statement (as the verb "warn").
		p := *t.p
		p.Code = "010"
		t.p = &p
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
	if t.p.Words[0] == "invest" && !t.p.Noun && len(targets) == 0 && !otherStateNamed(toks, ms, cl, t, sources) {
		return // "plans to invest £10bn in the next five years", "continued to invest in infrastructure": money spent at home, no partner
	}
	if t.p.Code == "030" && promiseWords[t.p.Words[0]] && !slices.ContainsFunc(targets, func(r *entRef) bool { return !pledgersOwn(sources, r) }) && !aidPromised(toks, t) {
		return // "promised to cut taxes", "pledged to halve the deficit", "Tory promises on policing": a pledge to voters binds no partner; nor one to the pledger's own voters or side ("promising to cut class sizes for the youngest children")
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
	if privateCourse(t, sources) {
		return // "banks have abandoned plans for listings", "dropped its bid for the airline": a firm's course, no policy conceded
	}
	if len(t.p.Words) == 1 && (t.p.Words[0] == "send" || t.p.Words[0] == "dispatch") && !t.p.Noun && !sentAid(toks, t) {
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
	if blockedNothing(toks, t, sources) {
		return // "it blocks pop-ups", "will decide whether to block the auction": no one obstructed
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
	if t.p.Code == "0874" && resignWords[t.p.Words[0]] && !t.p.Noun && cl.relative && t.i > cl.start && toks[cl.start].lower == "who" && cl.start > 0 && (toks[cl.start-1].lower == "," || toks[cl.start].dash && !dashIn(toks, cl.start+1, t.i+1)) {
		return // "Former minister Clare Short, who resigned from the government over the Iraq war, said ...", "Mr Hague, who stepped down after his party's 2001 election defeat": a resignation recalled about someone, not reported; between dashes too ("X - who quit in May - said"), not when the trigger follows the closing dash ("X - who ... - will step down")
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "sign" && !t.p.Noun && t.j < len(toks) && toks[t.j].lower == "up" {
		return // "people signing up for broadband", "have signed up for Ricky Gervais' new sitcom", "try to sign up AOL's customers": enrolled, no agreement signed
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "seize" && !t.p.Noun && seizedChance(toks, t) {
		return // "seize on those reports", "seized the top spot", "seizing a poll advantage": a chance taken, nothing taken by force
	}
	if len(t.p.Words) == 1 && t.p.Words[0] == "threaten" && !t.p.Noun && threatenedValue(toks, t) {
		return // "threatened competition", "was threatening the integrity of the award": a good put at risk, no one threatened
	}
	if depictedRole(toks, t) || toldPlot(toks, t) {
		return // "plays a commander who disobeys orders", "stars X as a woman thrown out by her husband": a part played in a film, no act
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
	if len(t.p.Words) == 1 && (t.p.Words[0] == "demonstration" || t.p.Words[0] == "demonstrations") && t.p.Noun && shownNoun(toks, t) {
		return // "ran a demonstration of the service": a product shown, no protest
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
	if t.p.Code == "120" && b.dismissedAsJudged(toks, ms, t) {
		// "dismissed the Tories as a spent force", "dismissed X's budget
		// as a gimmick": an actor, or an actor's doing, written off as
		// something is disparaged (111), not a proposal turned down.
		p := *t.p
		p.Code = "111"
		t.p = &p
	}
	if t.p.Code == "050" && aidSupport(toks, t) {
		// "Australian aid also supported two million girls", "supported
		// economic assistance to X": aid that supports, or support of aid,
		// is aid given (070), not an endorsement.
		p := *t.p
		p.Code = "070"
		t.p = &p
	}
	if len(sources) > 0 {
		if c := bombingCode(toks, cl, t, sources[0]); c != "" {
			// "IRA bombs", "a car bomb killed", "suicide bombers killed": a
			// bombing by a non-state group is no air raid (bombing_code.go).
			p := *t.p
			p.Code = c
			t.p = &p
		}
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
	if !b.gapIsActor(toks, ms, t) && !(len(targets) > 0 && objectAfter(toks, ms, t)) {
		// "has written to Y demanding an explanation", "sent a letter to Y
		// threatening to pull funding": the act is aimed at whom the
		// letter is addressed to, not at an actor inside what is asked.
		if mi := writtenTo(toks, ms, t); mi >= 0 && !inRefs(ms[mi].ref, sources) {
			targets = []*entRef{ms[mi].ref}
		}
	}
	if debugTrig {
		println("CODE", t.p.Code, len(sources), len(targets), passive)
		if p := b.askedTree(); p != nil {
			s, o, pass, _ := p.parseRoles(toks, ms, p.mAt, t)
			println("TREE-ROLES", s, o, pass, p.readable(p.nounWord(t), t.p.Noun))
		}
	}
	targets = b.dropClauseTargets(toks, ms, t, targets) // "insists the club will never sell X": the content's actor is no target
	if t.p.Code == "061" && t.p.Frame && len(targets) == 0 {
		// A stake bought is bought into someone: "bought its stake in
		// Sunderland" (a club, no actor) or in a firm not recognised names
		// no partner. (The listed "invest * in" keeps its events: "will
		// invest in Chad" has a place for its partner.)
		return
	}
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

// anaphoricObject reports whether trigger t's object is an act already
// told, a determiner and an anaphoricActs noun: right after the trigger
// ("criticized the decision") or inside it, when the trigger is a frame
// that holds its object ("welcomed the move", "branded the decision
// unacceptable"). Not when the noun is the subject of a clause of its own
// ("denied the decision would suggest").
func anaphoricObject(toks []token, t trigger) bool {
	if t.j+1 < len(toks) && nounDets[toks[t.j].lower] && anaphoricActs[toks[t.j+1].lower] {
		return !auxAt(toks, t.j+2)
	}
	for k := t.i + 1; k+1 < t.j && k+1 < len(toks); k++ {
		// Inside a frame that holds its object, closing it or before the
		// frame's last words: "welcomed the move", "branded the decision
		// unacceptable".
		if definiteDets[toks[k].lower] && anaphoricActs[toks[k+1].lower] && !auxAt(toks, k+2) {
			return true
		}
	}
	return false
}

// actNounRoots map a definite noun naming an act of words, as the object of
// a reaction ("denied the charges", "rejected the demands", "condemned the
// threat"), to the CAMEO roots of the earlier act it points back at: an
// accusation or criticism (11), a demand or appeal (10, 02), a threat (13),
// or for "the remarks", "the comments", "the statement" a statement (01:
// "called that suggestion "disgraceful"" after "X warned that ...").
// The act's doer is whom the reaction answers; the "the move" rule
// (anaphoricObject) skips such acts, since they leave no move behind.
var actNounRoots = map[string][]string{
	"claim": {"11", "01"}, "claims": {"11", "01"}, "allegation": {"11", "01"}, "allegations": {"11", "01"},
	"accusation": {"11"}, "accusations": {"11"}, "charge": {"11"}, "charges": {"11"},
	"criticism": {"11"}, "criticisms": {"11"},
	"demand": {"10", "02"}, "demands": {"10", "02"}, "call": {"10", "02"}, "calls": {"10", "02"},
	"appeal": {"10", "02"}, "appeals": {"10", "02"}, "request": {"10", "02"},
	"threat": {"13"}, "threats": {"13"}, "ultimatum": {"13"},
	"remarks": {"01"}, "comments": {"01"}, "suggestion": {"01"}, "statement": {"01"}, "warning": {"01", "13"}, "warnings": {"01", "13"},
}

// aimedClaimNouns name what was said about someone: a statement (01) is
// such a claim only when aimed at the one who now answers it ("X warned
// Y such practices were improper ... Y denied the allegations"), not any
// statement told before ("Z insisted he would not be distracted. Y
// dismissed the claim ...").
var aimedClaimNouns = toSet(`claim claims allegation allegations`)

// actNounMods may stand between the determiner and an actNounRoots noun:
// "dismissed the latest claims".
var actNounMods = toSet(`latest new fresh recent earlier same renewed`)

// actNounReach is how many sentences back the act an actNounRoots noun
// points at is looked for.
const actNounReach = 3

// toldAct is an act already coded in the document, for a later noun that
// points back at it ("the move", "the claims"): who did it, whom at, its
// code and the sentence (b.sents) it was told in.
type toldAct struct {
	srcs     []*entRef
	tgt      *entRef // nil when the act had none or several
	code     string
	sent     int
	asked    bool // only asked for (ModalityRequested): "urged X to free them"
	reaction bool // a reaction to an act already told (see reactionToLastAct)
}

// lastMove is the doer of the last act that was no reaction to one already
// told, which "the move", "the decision" or "the measures" point back at,
// and whether that act was only words or only asked for, so that it made
// no move (see wordsOnlyRoots).
func (b *builder) lastMove() (doer *entRef, words bool) {
	for i := len(b.toldActs) - 1; i >= 0; i-- {
		if a := b.toldActs[i]; !a.reaction {
			return a.srcs[0], noMoveCode(a.code) || a.asked
		}
	}
	return nil, false
}

// actNounObject is the actNounRoots noun that is trigger t's object,
// definite ("the", "these"), right after the trigger or after a preposition
// that joins it ("pleaded not guilty to the charges", "hit back at the
// accusations"), or inside a frame that holds it; "" when there is none,
// or when the noun is the subject of a clause of its own ("denied the
// claims were true").
func actNounObject(toks []token, t trigger) string {
	at := func(k int) string {
		if k < len(toks) && (toks[k].lower == "to" || toks[k].lower == "at" || toks[k].lower == "against") {
			k++
		}
		if k+1 >= len(toks) || !definiteDets[toks[k].lower] {
			return ""
		}
		k++
		if actNounMods[toks[k].lower] {
			k++
		}
		if k < len(toks) && actNounRoots[toks[k].lower] != nil && !auxAt(toks, k+1) {
			return toks[k].lower
		}
		return ""
	}
	if n := at(t.j); n != "" {
		return n
	}
	for k := t.i + 1; k+1 < t.j; k++ {
		// Inside a frame: "welcomed the statement", "called that
		// suggestion "disgraceful"".
		if n := at(k); n != "" && slices.IndexFunc(toks[k:t.j], func(x token) bool { return x.lower == n }) >= 0 {
			return n
		}
	}
	return ""
}

// actNounDoer is whom a reaction to trigger t's object "the claims", "the
// demands" or "the threat" is aimed at: the doer of the nearest act of the
// noun's kind told within actNounReach sentences ("Prosecutors accused the
// firms of conspiring. The firms denied the charges"). Nil when there is no
// such act, when two doers of the nearest sentence tie, or when the nearest
// one is the reaction's own source.
func (b *builder) actNounDoer(toks []token, t trigger, sources []*entRef) *entRef {
	noun := actNounObject(toks, t)
	roots := actNounRoots[noun]
	if roots == nil || t.p.Code[:2] == roots[0] {
		// A trigger of the noun's own kind makes the act rather than
		// answering it: "Tanzania made the same demand" is no demand
		// aimed at the last one who demanded.
		return nil
	}
	var doer *entRef
	at := -1
	for i := len(b.toldActs) - 1; i >= 0; i-- {
		a := b.toldActs[i]
		if b.sents-a.sent > actNounReach || at >= 0 && a.sent != at {
			break
		}
		if a.asked && !demandRoots[a.code[:2]] {
			// An act only asked for was not done; the asking was
			// ("called for the embargo to be lifted" is a call).
			continue
		}
		if !slices.Contains(roots, a.code[:2]) || a.code[:2] == "01" && aimedClaimNouns[noun] && (a.tgt == nil || !inRefs(a.tgt, sources)) {
			continue
		}
		if len(a.srcs) > 1 || doer != nil && a.srcs[0].ID != doer.ID {
			return nil // two doers: no telling whose claims
		}
		doer, at = a.srcs[0], a.sent
	}
	if doer == nil || inRefs(doer, sources) {
		return nil
	}
	return doer
}

// planNouns name a plan of an actor's, which a later "the plans" points
// back at.
var planNouns = toSet(`plan plans proposal proposals`)

// planOwnerReach is how many sentences back an owner of plans is looked for.
const planOwnerReach = 8

// notePlanOwner remembers the last actor the sentence names with plans of
// its own: "the Home Secretary's plans", "government proposals", "proposals
// from the Department of Trade and Industry".
// Two owners in one sentence tie: a later "the plans" may be either's.
func (b *builder) notePlanOwner(toks []token, ms []mention, cls []clause) {
	var owners []*entRef
	note := func(r *entRef) {
		if !inRefs(r, owners) {
			owners = append(owners, r)
		}
	}
	for _, c := range cls {
		if pronounSubject(toks, &c) && plansVerbAt(toks, c.subjPos+1) {
			// "He plans to axe 104,000 jobs": the pronoun's actor, as the
			// clause resolved it.
			note(c.subject[0])
		}
	}
	for mi, m := range ms {
		if !actorMention(m) {
			continue
		}
		k := m.j
		if k < len(toks) && (toks[k].lower == "'s" || toks[k].lower == "'") {
			k++
		}
		if k < len(toks) && (planNouns[toks[k].lower] || policyNouns[toks[k].lower] && k > m.j) || plansVerbAt(toks, k) {
			note(m.ref)
		}
		if policyOwnedBy(toks, ms, mi) {
			note(m.ref)
		}
	}
	if r, ok := soleRef(owners); ok {
		b.planOwner, b.planOwnerAt = r, b.sents
	}
}

// soleRef is what a sentence's candidates leave to remember (a plan's owner,
// an announcer): the one actor, or nil when two or more tie; ok is false
// when there were none, and the memory stays as it was.
func soleRef(rs []*entRef) (r *entRef, ok bool) {
	switch len(rs) {
	case 0:
		return nil, false
	case 1:
		return rs[0], true
	}
	return nil, true
}

// pronounSubject reports whether clause c's subject is a pronoun the clause
// resolved to one actor (c.subject[0]): notePlanOwner and noteAnnouncer
// both take it as the actor of the verb after it.
func pronounSubject(toks []token, c *clause) bool {
	return len(c.subject) == 1 && c.subjIdx < 0 && c.subjPos >= 0 && c.subjPos < len(toks) && pronouns[toks[c.subjPos].lower]
}

// moneyUnits name the unit of a sum told in words: "3.1bn Australian
// dollars".
var moneyUnits = toSet(`dollars euros pounds bn m million billion`)

// policyOwnedBy reports whether mention mi names whose policy noun comes
// right before it: "proposals from the Department of Trade and Industry",
// "a takeover offer ... from Foster's Group", "new proposals announced by
// the Trade and Industry Secretary".
func policyOwnedBy(toks []token, ms []mention, mi int) bool {
	k := ms[mi].i - 1
	// A descriptor may open the name's phrase: "from brewing giant
	// Foster's Group", "by the Trade and Industry Secretary".
	lower := 0 // lower-case words skipped: "by saying officials" names no owner
	for n := 0; n < 6 && k >= 1 && toks[k].word && (!prepositions[toks[k].lower] || toks[k].lower == "of"); n++ {
		if !toks[k].upper && toks[k].lower != "the" && toks[k].lower != "and" && toks[k].lower != "of" {
			lower++
		}
		k--
	}
	if k < 1 || toks[k].lower != "from" && toks[k].lower != "by" {
		return false
	}
	by := toks[k].lower == "by"
	if by && lower > 0 || lower > 2 {
		return false
	}
	k--
	if by && k >= 1 && (toks[k].lower == "announced" || toks[k].lower == "unveiled" || toks[k].lower == "tabled" || toks[k].lower == "proposed") {
		k--
	}
	if by {
		return k >= 0 && policyNouns[toks[k].lower]
	}
	// A sum may stand between the noun and "from": "a takeover offer
	// worth 3.1bn Australian dollars ($2.3bn; £1.8bn) from Foster's".
	for n := k; n >= 0 && n > k-12; n-- {
		w := toks[n]
		switch {
		case policyNouns[w.lower]:
			return true
		case w.lower == "worth" || moneyUnits[w.lower] || w.upper || !w.word && w.lower != "," && w.lower != "." || strings.ContainsAny(w.lower, "0123456789"):
		default:
			return false
		}
	}
	return false
}

// plansVerbAt reports the verb "plan(s) to" at token k, past adverbs told
// between subject and verb: "Mr X also plans to cut 100 jobs" makes the
// plans a later "the plans" points back at X's.
func plansVerbAt(toks []token, k int) bool {
	for k < len(toks) && midAdverbs[toks[k].lower] {
		k++
	}
	return k+1 < len(toks) && (toks[k].lower == "plans" || toks[k].lower == "plan" || toks[k].lower == "planned") && toks[k+1].lower == "to"
}

// planOwnerOf is the owner of the plans trigger t's object "the plans"
// points back at, named within planOwnerReach sentences; nil when the
// object is no such noun or no owner was named.
func (b *builder) planOwnerOf(toks []token, t trigger) *entRef {
	if !b.planOwnerInReach() {
		return nil
	}
	k := t.j
	if k+1 < len(toks) && definiteDets[toks[k].lower] && planNouns[toks[k+1].lower] && !auxAt(toks, k+2) {
		return b.planOwner
	}
	if policyReaction(toks, t) {
		return b.planOwner
	}
	return nil
}

// planOwnerInReach reports whether an owner of plans was named within
// planOwnerReach sentences: planOwnerOf takes it, impliedPolicyOwner
// defers to it.
func (b *builder) planOwnerInReach() bool {
	return b.planOwner != nil && b.sents-b.planOwnerAt <= planOwnerReach
}

// policyReaction reports whether trigger t reacts to a definite policy
// object (policyReactionRoots, policyObject) right after the trigger or
// inside a frame that holds its object ("welcomed the latest proposal").
func policyReaction(toks []token, t trigger) bool {
	if !policyReactionRoots[t.p.Code[:2]] {
		return false
	}
	for k := t.i + 1; k <= t.j; k++ {
		if policyObject(toks, k) {
			return true
		}
	}
	return false
}

// impliedPolicyOwner is the owner of a reaction's policy object ("The
// Liberal Democrats oppose the plans", "backs the bill") when no owner was
// named within planOwnerReach: the government of the country the article
// is about (leadCountry), whose plans and bills a politics story reports
// without naming it. Nil when the article has no clear lead country, has
// named no one of its government so far (a story about a firm's scheme),
// or a source belongs to that government (a minister defending the plans).
func (b *builder) impliedPolicyOwner(toks []token, t trigger, sources []*entRef) *entRef {
	if b.planOwnerInReach() || !policyReaction(toks, t) {
		return nil
	}
	return b.leadGovernmentFor(sources)
}

// leadGovernmentFor is the government of the article's lead country as the
// owner of a policy its sources react to: nil when there is no clear lead
// country, its government was not named so far, or a source belongs to it.
func (b *builder) leadGovernmentFor(sources []*entRef) *entRef {
	c := b.d.byISO[b.leadCountry()]
	if c == nil || !b.governmentNamed(c.ISO3) {
		return nil
	}
	if governmentSource(c.ISO3, sources) {
		return nil
	}
	return b.governmentRef(c)
}

// governmentNamed reports whether the article so far named the
// government of country iso or one of its members ("the government",
// "Downing Street", a minister known with that country).
func (b *builder) governmentNamed(iso string) bool {
	for r := range b.bodySeen {
		if r.Country == iso && r.Sector == "GOV" {
			return true
		}
	}
	return false
}

// policyNouns name a policy put forward by an actor, which a reaction's
// definite object points back at: "The Liberal Democrats oppose the
// scheme", "Southcorp dismissed the offer as inadequate".
var policyNouns = toSet(`plan plans proposal proposals scheme schemes policy offer bill`)

// policyReactionRoots are the roots of reactions to a policy: backing
// (03 "decided to support", 05), criticism (11) and rejection (12).
var policyReactionRoots = toSet(`03 05 11 12`)

// policyObject reports whether a definite policy noun is the object that
// starts at token k: right there or after "to" or "against" ("objected to
// the plans"), with up to two words between the determiner and the noun
// ("welcomed the latest proposal", "dismissed the maternity pay plan"), and
// no verb of its own after it ("said the plans were excessive").
func policyObject(toks []token, k int) bool {
	if k < len(toks) && (toks[k].lower == "to" || toks[k].lower == "against") {
		k++
	}
	if k >= len(toks) || !definiteDets[toks[k].lower] {
		return false
	}
	for n := k + 1; n < len(toks) && n <= k+3; n++ {
		w := toks[n]
		if policyNouns[w.lower] {
			return !auxAt(toks, n+1) && !(n+1 < len(toks) && (toks[n+1].lower == "of" || toks[n+1].lower == "'s"))
		}
		if !w.word || determiners[w.lower] || prepositions[w.lower] || w.lower == "and" || w.lower == "or" {
			return false
		}
	}
	return false
}

// definiteDets point back at something told: a frame's "strike a deal" is
// a new act, "welcomed the move" one already told.
var definiteDets = toSet(`the this that these those`)

// wordsOnlyRoots are the roots of acts done only in words, which make no
// decision, move or measure another actor could react to: statements
// (01), appeals (02), talks (04: "Euronext also began talks with the LSE"
// is no move a later "spoke out against the move" is aimed at), demands
// (10) and criticism (11: "aid groups criticised the offer" leaves the
// offer the Paris Club's). A lawsuit or a verdict (115, 116) is an act of
// its own; see noMoveCode.
var wordsOnlyRoots = toSet(`01 02 04 10 11`)

// noMoveCode reports whether an act coded code makes no decision, move or
// measure a later "the move", "the decision" or "the measures" can point
// back at (see wordsOnlyRoots).
func noMoveCode(code string) bool {
	return wordsOnlyRoots[code[:2]] && code != "115" && code != "116"
}

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
		ds := actDates(toks, ownDates(toks, cls[c].dates, t.i, t.j), t.i, t.j, b.pub)
		if c != t.cl && cls[t.cl].parent == c && describesAntecedent(toks, cls[t.cl]) {
			ds = nil // the main clause's time is not its antecedent's
		}
		if c == t.cl {
			// A report's subject may carry the report's date ("a
			// survey released on Friday said"): only the act's own
			// clause leaves out a noun's date.
			ds = b.nounHeldDates(toks, ds, t)
			ds = afterSince(toks, ds, t.i)
			ds = perfectPast(toks, ds, t.i, t.j, b.pub)
		}
		if c != t.cl && src == DateFromReport {
			ds = b.reportDates(toks, cls[c], ds)
		}
		if len(ds) > 0 {
			return nearest(ds), src, true
		}
		if c == t.cl {
			if f := dateFragment(toks, cls, c); f >= 0 {
				if ds := actDates(toks, unbound(cls[f].dates), t.i, t.j, b.pub); len(ds) > 0 {
					return nearest(ds), src, true
				}
			}
			if ds := b.whenDates(toks, cls, c, t.i); len(ds) > 0 {
				return nearest(ds), src, true
			}
		}
		if sp := cls[c].speaker; sp >= 0 && sp < len(cls) {
			if ds := b.reportDates(toks, cls[sp], unbound(cls[sp].dates)); len(ds) > 0 {
				return nearest(ds), DateFromReport, true
			}
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

// describesAntecedent reports a relative clause opened by who, which or
// whose right after its antecedent ("Last year the group, which opposed
// the war, urged ...", "the prosecutor, who has clashed with the
// government"): it tells what the antecedent did or does, at a time of its
// own, so an undated act in it does not take its main clause's date. One
// opened after a preposition ("an attack in which gunmen stormed the
// mosque") tells of the main clause's act and shares its time.
func describesAntecedent(toks []token, cl clause) bool {
	k := cl.start
	if !cl.relative || k <= 0 || k >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "who", "which", "whose":
		return !prepositions[toks[k-1].lower]
	}
	return false
}

// sportsVerbs have a sporting sense that a sentence about sport takes.
var sportsVerbs = toSet(`beat shoot clash meet visit travel rally return surrender attack defeat fight
withdraw pull quit host play face hit strike knock crush thrash`)

// agentNouns name an act whose actor is only the agent after "by":
// "approval by parliament"; "Trump's approval rating" is no act of Trump's.
var agentNouns = toSet(`approval ratification`)

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
	return m.i > 0 && toks[m.i-1].lower == "that" && auxAt(toks, m.j)
}

// introAdverbs set off by commas leave the verb after them active:
// "Russia, meanwhile, attacked ...".
var introAdverbs = toSet(`meanwhile however too also instead then though therefore nonetheless nevertheless
separately earlier later again`)

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

// civiliansEndAt reports a mention of a country's civilians (a nation's
// people: "Britons", "Czechs") ending at token k.
func civiliansEndAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.j == k+1 && m.ref != nil && m.ref.Country != "" && strings.HasSuffix(m.ref.Code, "CVL") {
			return true
		}
	}
	return false
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

// participleOfNoun reports whether verb trigger t is a past participle that
// describes a noun ("pardoned jailed activists", "aid to besieged areas",
// "three activists detained while ...") rather than the verb of its clause:
// the tree makes it a modifier (amod) or reduced relative (acl) of a noun.
// agentFollows says a "by" phrase follows it. The tree is asked only for a bare participle (no auxiliary before it)
// that does not follow its clause's subject right away: "Police arrested
// X" needs no parse.
func (b *builder) participleOfNoun(toks []token, ms []mention, cl *clause, t trigger, agentFollows bool) bool {
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
	if b.attributiveParticiple(t.i, prev) {
		return true
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
			return h < t.i || agentFollows && p.words[t.i].Deprel == "acl" || p.reducedBeforeVerb(t.i)
		}
		if p.head(h) < 0 {
			// No verb above the noun: the sentence's predicate is a noun
			// or adjective with a copula before the participle ("X is
			// the first of the prisoners released ...", "he was the only
			// leader invited"): the copula is the clause's verb.
			return p.copulaBefore(h, t.i)
		}
	}
	return false
}

// attributiveParticiple reports whether the participle at i, after the word
// prev, stands before the noun it describes with a determiner or "other"
// before it ("the three other freed prisoners", "their jailed leaders"): no
// verb of its clause, and a "by" phrase after the noun is not its agent.
func (b *builder) attributiveParticiple(i int, prev string) bool {
	if !determiners[prev] && prev != "other" {
		return false
	}
	p := b.tree()
	return p != nil && i < len(p.words) && p.words[i].Deprel == "amod" && p.head(i) > i
}

// copulaBefore reports whether word h has a copula ("is", "was") before
// position i.
func (p *parse) copulaBefore(h, i int) bool {
	for _, k := range p.kids[h] {
		if p.rel(k) == "cop" && k < i {
			return true
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
		if !toks[q].word && w != "'s" || w == "and" || w == "or" || w == "but" || relPronouns[w] || subordinators[w] ||
			beForms[w] || isAux(w) || modalWords[w] || sayVerbs[w] || w == "to" || w == "by" || w == "with" || w == "for" {
			return false
		}
	}
	return true
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
	// Any actor of the clause's subject inside a subject's phrase ("a
	// group of Saudi hackers", "UK and EU negotiators") may be the doer;
	// another actor there ("the £750m the prime minister pledged") is the
	// verb's own subject, read from the tree by the caller.
	in := false
	lo := len(p.words)
	var walk func(i int)
	walk = func(i int) {
		if i < len(p.mAt) && p.mAt[i] > 0 && actorMention(ms[p.mAt[i]-1]) && inRefs(ms[p.mAt[i]-1].ref, cl.subject) {
			in = true
		}
		lo = min(lo, i)
		for _, k := range p.kids[i] {
			walk(k)
		}
	}
	other, named := false, false
	v := raisingHead(p, t.i)
	for _, k := range p.kids[v] {
		if d := p.words[k].Deprel; d != "nsubj" && (v == t.i || d != "nsubj:pass") {
			continue
		}
		// A name is the verb's own subject only when it is an actor other
		// than the clause's ("a spokesman for X said: \"Like Y, Z would
		// restrict ...\"").
		named = p.words[k].UPOS == "PROPN" && k < len(p.mAt) && p.mAt[k] > 0 &&
			actorMention(ms[p.mAt[k]-1]) && !inRefs(ms[p.mAt[k]-1].ref, cl.subject)
		if !named && (p.words[k].UPOS != "NOUN" || timeNouns[strings.ToLower(p.words[k].Form)]) {
			return false // a pronoun, a name, or "this week" taken for a subject
		}
		walk(k)
		other = true
	}
	if !other || in {
		return false
	}
	if named && lo > 0 && p.words[lo].UPOS != "PUNCT" && !treeOpensClause(p, lo-1, t.i) {
		return false // "written to X demanding", "loyal to ... leader X blockaded"
	}
	// The clause's subject must be cut off from that subject by a verb
	// ("Argentina is set to close its offer, with the government hopeful
	// that most creditors will accept"): a parse that splits one phrase
	// ("European Community foreign ministers") is no evidence.
	if !subjectNamedAt(ms, cl) {
		// The clause's subject was carried in from before the clause
		// ("According to the paper, which cites ..., the directors are
		// expected to deny"): the clause's own subject is the verb's.
		return true
	}
	for k := cl.subjPos; k < lo && k < len(p.words); k++ {
		if p.verbal(k) && k > cl.subjPos {
			return true
		}
	}
	return false
}

// subjectNamedAt reports whether a mention of clause cl's subject stands at
// its subject position.
func subjectNamedAt(ms []mention, cl *clause) bool {
	for _, m := range ms {
		if m.i == cl.subjPos && inRefs(m.ref, cl.subject) {
			return true
		}
	}
	return false
}

// raisingHead returns the verb whose subject verb trigger i shares when i
// has no subject of its own and is the infinitive after a passive verb of
// expecting or saying ("the settling directors are expected to deny", "what
// the government would be expected to ask for"): that verb's subject does
// the act, not the speaker of the sentence. Otherwise i itself. Only a
// passive head is climbed: an active one may pass its object on ("X urged
// Y to withdraw"), which subjectOf reads.
func raisingHead(p *parse, i int) int {
	if p.hasKid(i, "nsubj") || p.words[i].Deprel != "xcomp" {
		return i // hasKid reads nsubj:pass as nsubj too
	}
	h := p.head(i)
	if h < 0 || !p.verbal(h) {
		return i
	}
	for _, k := range p.kids[h] {
		if d := p.words[k].Deprel; d == "nsubj:pass" || d == "aux:pass" {
			return h
		}
	}
	return i
}

// treeOpensClause reports whether word k of the tree can stand just before a
// clause's own subject: punctuation, a conjunction or subordinator, "with",
// or a verb of saying or thinking ("claims that X").
// A verb whose clausal complement is verb v also opens it ("pledged X
// would ...").
func treeOpensClause(p *parse, k, v int) bool {
	w := p.words[k]
	switch w.UPOS {
	case "PUNCT", "SCONJ", "CCONJ":
		return true
	}
	if p.verbal(k) && p.words[v].Head == k && p.words[v].Deprel == "ccomp" {
		return true
	}
	f := strings.ToLower(w.Form)
	return subjClauseOpeners[f] || sayVerbs[f] || thinkVerbs[f]
}

// subjClauseOpeners are words the tagger may take for prepositions that open a
// clause with its own subject ("with X accusing", "since X completed").
var subjClauseOpeners = toSet(`with since after before until as`)

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

// actorStartsAt reports whether a resolved mention starts at token k.
func actorStartsAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.i == k && m.ref != nil {
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

// isQuoteMark reports whether w is a quotation mark.
func isQuoteMark(w string) bool {
	return w == `"` || w == "\u201c" || w == "\u201d"
}

// pastOpeningQuote returns the index of the word after a quotation mark
// that opens at k with a word glued to it (`told refugees to "get back
// home"`), or k when none opens there: a quotation opened inside a verb
// phrase leaves the phrase's frame whole, as it leaves a modal in force.
func pastOpeningQuote(toks []token, k int) int {
	if k+1 < len(toks) && (isQuoteMark(toks[k].text) || singleQuoteOpens(toks, k)) && toks[k+1].word && toks[k+1].start == toks[k].end {
		return k + 1
	}
	return k
}

// singleQuoteOpens reports whether token q is a single quote opening a
// quoted phrase, the way BBC headlines quote ("attacks Blair's Tory
// 'lies'"): a lone apostrophe with a space before it and a word glued
// after. A plural possessive ("the Tories' plans") is glued before and
// spaced after, so it never opens.
func singleQuoteOpens(toks []token, q int) bool {
	return q >= 0 && q+1 < len(toks) && toks[q].text == "'" && (q == 0 || toks[q-1].end < toks[q].start) &&
		toks[q+1].start == toks[q].end && toks[q+1].word
}

// singleQuoteCloses reports whether token q is a single quote closing a
// quoted word: glued to the word before it, spaced from what follows.
func singleQuoteCloses(toks []token, q int) bool {
	return q > 0 && q < len(toks) && toks[q].text == "'" && toks[q-1].end == toks[q].start && toks[q-1].word &&
		(q+1 >= len(toks) || toks[q+1].start > toks[q].end)
}

// stateAct reports whether code is an act only a state's authorities do:
// an arrest or charge (173), a deportation (174) or an expulsion (166).
func stateAct(code string) bool {
	return code == "173" || code == "174" || strings.HasPrefix(code, "166")
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

// subordinatePassiveSubject reads the subject of a passive verb t that
// stands in a subordinate clause the clause splitter left in its main one
// ("The government saw its majority cut as a cross-party amendment was
// rejected by the Commons", "the film was ruled too American as it was
// backed by a US studio"): the words after the nearest subordinator ("as"
// or one of subordinators) up to the verb's "be". ok is false when there is
// no such subordinator; the targets are the actors named in that subject,
// none when it names none (a thing, or "it"), so the main clause's subject
// is not made the target.
func (b *builder) subordinatePassiveSubject(toks []token, ms []mention, cl *clause, t trigger) ([]*entRef, bool) {
	aux := t.i - 1
	for aux > cl.start && strings.HasSuffix(toks[aux].lower, "ly") {
		aux-- // "was narrowly rejected"
	}
	if aux <= cl.start || !beForms[toks[aux].lower] {
		return nil, false
	}
	for k := aux - 1; k > cl.start && k >= aux-8; k-- {
		w := toks[k].lower
		if toks[k].text == "," || finiteWords[w] {
			return nil, false // a clause boundary or another verb first: no subordinate subject read here
		}
		if !(subordinators[w] || w == "as") || k == aux-1 {
			continue
		}
		var own []*entRef
		for mi, m := range ms {
			if m.i > k && m.j <= aux && actorMention(m) {
				own = b.group(toks, ms, mi, aux)
				break
			}
		}
		return own, true
	}
	return nil, false
}

// passiveAux are the words before a participle that make it a passive verb
// of its own clause ("was supplied by"), not a modifier of the noun before.
var passiveAux = toSet(`is are was were be been being has have had get gets got getting not also`)

// mentionIn reports whether an actor is named within tokens [i, j).
func mentionIn(ms []mention, i, j int) bool {
	for _, m := range ms {
		if m.ref != nil && m.i >= i && m.i < j {
			return true
		}
	}
	return false
}

// dealPartner is the other side of a sale or purchase made in a deal
// (a Deal pattern): the buyer after "to" of a verb of selling ("sold his
// company to a US entrepreneur in a deal"), the seller after "from" of a
// verb of buying ("ordered jets from Airbus in a deal"); the object of
// such a verb is the goods, no actor. nil when no actor stands there
// (then the usual target).
func dealPartner(toks []token, ms []mention, cl *clause, t trigger) *entRef {
	if !t.p.Deal {
		return nil
	}
	prep := "from"
	if w := t.p.Words[0]; w == "sell" || w == "supply" {
		prep = "to"
	}
	for _, m := range ms {
		// A country word before the buyer's noun stands for it: "to a
		// US entrepreneur".
		if m.i < t.j || m.agr || m.ref == nil || m.loc && m.ref.Kind != KindCountry || m.i >= cl.end && cl.end > t.j {
			continue
		}
		for q := m.i - 1; q >= t.j && q >= m.i-3; q-- {
			w := toks[q].lower
			if w == prep {
				return m.ref
			}
			if !determiners[w] && !(toks[q].word && !toks[q].upper && !prepositions[w]) {
				break
			}
		}
	}
	return nil
}

// actorStartsIn reports whether an actor mention starts at a token in [i, j].
func actorStartsIn(ms []mention, i, j int) bool {
	for _, m := range ms {
		if m.i >= i && m.i <= j && !m.loc && !m.agr && m.ref != nil {
			return true
		}
	}
	return false
}

// conjPassive reports whether the tree joins the verb of trigger t (conj) to
// an earlier passive verb ("had been charged with fraud and denied bail")
// and gives it no subject or auxiliary of its own: it shares the passive.
// With an object of its own it is passive only as a frame whose noun is
// what is given or withheld ("denied bail"): "was arrested and denied the
// charges" is active.
func (b *builder) conjPassive(t trigger) bool {
	p := b.tree()
	if p == nil || t.i >= len(p.words) || p.rel(t.i) != "conj" {
		return false
	}
	h := p.head(t.i)
	if h < 0 || h >= t.i || !p.verbal(h) {
		return false
	}
	pass := false
	for _, c := range p.kids[h] {
		if r := p.words[c].Deprel; r == "aux:pass" || r == "nsubj:pass" {
			pass = true
		}
	}
	if !pass {
		return false
	}
	for _, c := range p.kids[t.i] {
		r := p.words[c].Deprel
		if strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "aux") || r == "obj" && !t.p.Frame {
			return false
		}
	}
	return true
}

// andWithin reports whether "and" or "or" stands among the n tokens before
// k, no earlier than start, with only lower-case words between it and k
// ("and twice denied", not "and Lord Callaghan resigned").
func andWithin(toks []token, start, k, n int) bool {
	for q := k - 1; q >= start && q >= k-n; q-- {
		if w := toks[q].lower; w == "and" || w == "or" {
			return true
		}
		if !toks[q].word || toks[q].upper {
			return false
		}
	}
	return false
}

// possessedNoun finds, for a noun trigger t right after "their" or "its"
// (one adjective may stand between: "their continuing attacks") in a
// prepositional phrase, the actor the pronoun stands for when a verb's
// object stands between the clause's subject and the phrase: the nearest
// actor before the pronoun in the clause, not the subject, and one a
// possessive of the thing can name (a body or country, not a person).
// -1 if none ("X defended its attacks": X's own).
func possessedNoun(toks []token, ms []mention, cl *clause, t trigger) int {
	if !t.p.Noun || t.i < 2 {
		return -1
	}
	k := t.i - 1
	if w := toks[k].lower; w != "their" && w != "its" {
		k--
		if w := toks[k].lower; w != "their" && w != "its" || !toks[t.i-1].word || toks[t.i-1].upper {
			return -1
		}
	}
	if k < 1 || !prepositions[toks[k-1].lower] {
		return -1
	}
	best := -1
	for mi, m := range ms {
		if m.j > k || m.i < cl.start || m.i <= cl.subjPos || m.ref == nil || m.loc || m.agr || m.poss {
			continue
		}
		best = mi
	}
	if best < 0 || ms[best].ref.Kind == KindPerson || inRefs(ms[best].ref, cl.subject) || ms[best].j != k-1 && !verbBetween(toks, ms[best].j, k-1) {
		return -1
	}
	// The actor must be a verb's object: a verb word between the subject
	// and the actor.
	if !verbBetween(toks, max(cl.subjPos, cl.start), ms[best].i) {
		return -1
	}
	return best
}

// verbBetween reports whether a lower-case past form or an auxiliary in
// "-s" ("is", "has", "was", "does") stands among the tokens [i, j): cheap
// evidence of a finite verb without the parse.
func verbBetween(toks []token, i, j int) bool {
	for q := i; q < j && q < len(toks); q++ {
		if toks[q].word && !toks[q].upper && (pastWord(toks[q]) || strings.HasSuffix(toks[q].lower, "s") && isAux(toks[q].lower)) {
			return true
		}
	}
	return false
}

// possessiveSubjects give, for a possessive pronoun opening a clause, the
// subject pronoun that stands for the same actor.
var possessiveSubjects = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}

// trailedReport is the main clause of the report that trigger t tells
// when t is an act told after it as a verb of saying ("X is failing to
// ..., a rights group protested": see trailReportVerbs); nil otherwise.
func (b *builder) trailedReport(toks []token, cls []clause, t trigger) *clause {
	if t.p.Noun || !trailReportVerbs[toks[t.i].lower] {
		return nil
	}
	for c := 0; c < t.cl; c++ {
		if cls[c].speaker == t.cl && !cls[c].relative {
			return &cls[c]
		}
	}
	return nil
}

// byAgent reports whether the mention starting at i is told after "by" (a
// determiner between): the agent of a passive, not what it was done to.
func byAgent(toks []token, i, start int) bool {
	return byBefore(toks, i, start) >= 0
}

// byBefore is the token of the "by" the mention starting at i is told
// after (determiners between, none before start), -1 when there is none:
// byAgent's test, with the place of "by" for a caller that reads the verb
// before it (passiveAgentOf).
func byBefore(toks []token, i, start int) int {
	k := i - 1
	for k > start && determiners[toks[k].lower] {
		k--
	}
	if k >= start && toks[k].lower == "by" {
		return k
	}
	return -1
}

// dismissedAsJudged reports whether verb trigger "dismiss" of t has as its
// object an actor ("dismissed the Conservatives as"), or an actor's doing
// ("dismissed Yukos' legal wrangling as", "dismissed IBM's move as"),
// followed by "as" and a judgement. An offer, a request or a plan dismissed
// so is still turned down (plv-dev gold codes "dismissed a cease-fire
// proposal ... as a deception" REJECT), and so is a claim or a report
// (dismissed claims stay 120, see frames.tsv's hearsay line).
func (b *builder) dismissedAsJudged(toks []token, ms []mention, t trigger) bool {
	if t.p.Noun || len(t.p.Words) != 1 || t.p.Words[0] != "dismiss" || t.j >= len(toks) {
		return false
	}
	k := t.j
	if toks[k].lower == "the" {
		k++
	}
	m := mentionAt(ms, k)
	if m < 0 || ms[m].loc || ms[m].ref == nil {
		return false
	}
	q := ms[m].j
	if q < len(toks) && (toks[q].lower == "'s" || toks[q].lower == "'") {
		// The actor's doing: up to three words of the noun phrase.
		e := q + 1
		for e < len(toks) && e < q+4 && toks[e].word && toks[e].lower != "as" {
			e++
		}
		if e == q+1 || e >= len(toks) || b.proposalNoun(toks[e-1].lower) {
			return false
		}
		q = e
	}
	return q < len(toks) && toks[q].lower == "as"
}

// proposalNoun reports whether w names something put to the one who turns
// it down: a request or a plan (noun-classes.tsv), or an offer (verbs.tsv's
// "reject * offer"); or a claim or a report (the claim and hearsay classes),
// which a dismissal rejects too (see dismissedAsJudged).
func (b *builder) proposalNoun(w string) bool {
	if w == "offer" || w == "offers" {
		return true
	}
	for _, class := range []string{"request", "plan", "hearsay", "claim"} {
		for _, n := range b.d.classes[class] {
			if w == n || isPluralOf(w, n) {
				return true
			}
		}
	}
	return false
}
