package extract

import (
	"slices"
	"strings"
)

// Emitting events: one event per source and target of a coded trigger, and
// the checks that hold for every event.

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
	if t.p.Code == "115" {
		// "filed the suit in the US District Court", "took the pair to the
		// European Court": the court hears the case; it is not whom the
		// lawsuit is brought against.
		targets = slices.DeleteFunc(slices.Clone(targets), courtRef)
		if len(targets) == 0 && !passive && !t.p.Noun {
			targets = b.pairObject(toks, ms, t, sources) // the pair taken to court, asked now the court is gone
		}
	}
	modality, weak, tried := b.modality(toks, b.ownClause(toks, ms, cl, t, sources), t)
	code := t.p.Code
	if tried {
		code = attemptedCode(code)
	}
	if code == "0874" && len(t.p.Words) == 1 && !t.p.Noun && b.evacuatedPeople(toks, t) {
		code = "073" // "evacuated its citizens": people taken to safety, no withdrawal
	}
	if modality == ModalityAsserted {
		// "Addaction, which she supports": a stance, no act; "the Forum,
		// which meets in Davos next week": an act still to come.
		standing, scheduled := standingOrScheduled(toks, cls, t, code)
		if standing {
			return
		}
		if scheduled || progressiveFuture(toks, cls, t) {
			// "is meeting Ms Furse on Thursday": an arranged act.
			modality = ModalityPlanned
		}
	}
	if modality == ModalityNegated && b.deniedPlan(toks, cl, t) {
		// "denied reports he would quit": no plan, by his word; no
		// act done or undone either.
		return
	}
	if modality == ModalityNegated && existentialNone(toks, cl, t) {
		// "there was no treaty between the US and Russia": what does
		// not exist, no act (existentialNone).
		return
	}
	if pollFinding(toks, t) || ruledPermission(toks, cl, t) {
		// "the survey found that 63% supported a ban": an answer, no act;
		// "the court ruled that the government could not sue": the
		// ruling is the act, not the suit it forbids.
		return
	}
	if modality == ModalityNegated && slices.Equal(t.p.Words, []string{"rule", "out"}) {
		// "did not rule out a strike", "has not ruled out charging
		// people": a course left open, neither refused nor taken.
		return
	}
	// What would have happened, or what a denial says did not, is
	// negated, and no one refused it.
	cf := modality == ModalityNegated && (counterfactual(toks, cl, t) || deniedContent(toks, t) || undecidedAct(toks, cl, t) || didNotAct(toks, cl, t) || noneMade(toks, cl, t) || unlikelyAct(toks, t))
	if modality == ModalityNegated && !cf {
		if rc, ok := refusalCode(code); ok {
			code, modality = rc, ModalityAsserted
		}
	}
	if modality == ModalityPlanned && (code[:2] == "08" || strings.HasPrefix(code, "172")) && decidedBefore(toks, t.i) {
		// "has decided to ease the curfew", "decided to partially lift
		// sanctions": easing or lifting is done by deciding it; the
		// decision is the concession, not an intent to make one. The
		// same holds for the restrictions that easing undoes: "decided
		// to ban beef on the bone", "decided to impose a curfew" enact
		// the ban or the curfew; they threaten no one with it (1322).
		modality = ModalityAsserted
	}
	if modality == ModalityPlanned && conditioned(toks, cls, t) {
		// "will cut aid to Iraq if Baghdad does not comply", "said it
		// would withdraw its envoy unless Tehran frees the sailors": an
		// act held over someone on a condition is a threat, however
		// firmly it is announced (intentCode: a firm 16 stays an act).
		weak = true
		if code[:2] == "12" && firmModalBefore(toks, t.i) {
			// "will vote against it unless changes are agreed": a
			// rejection announced on a condition is held over whoever
			// must meet it, a threat (130). "police could refuse the
			// request if ..." states what a rule allows, not a threat.
			code = "130"
		}
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
	if strings.HasPrefix(code, "02") && !cf && !(modality == ModalityPlanned && !tried) {
		// An appeal made is requested. One only announced or meant ("will
		// ask firms to", "is set to call for", "said they would ask the
		// court") is planned like any other act that will or would be
		// done: the asking has not happened yet. A tried appeal ("tried to
		// persuade") was made.
		modality = ModalityRequested
	}
	cc, ok := b.d.codes[code]
	if !ok {
		return
	}
	root := code[:2]
	rc := b.d.codes[root]
	ev := Event{Cameo: code, Root: root, Plover: cc.Plover, QuadClass: rc.Quad, Goldstein: cc.Goldstein,
		Modality: modality, Clause: b.clauseOf(toks, ms, cls, t, sources), Trigger: spanText(toks, t.i, t.j), Sentence: b.sentenceText(s),
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
	if ev.Location == "" && (siteRoots[root] || siteRoots[t.p.Code[:2]]) && (len(targets) == 0 || t.j < len(toks) && toks[t.j].lower == "in") {
		// "declared a state of siege in Pando": a name no rule knows,
		// after "in" in the clause of an act done to a place as such,
		// is that place; right after the act it is what the act is
		// done to, whoever else the clause names ("a state of siege in
		// Katanga pending a manhunt for X").
		if r, at := b.unknownPlaceIn(toks, ms, t.j, cl.end); r != nil {
			ev.Location = r.ID
			if at == t.j+1 {
				targets = nil
			}
		}
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
	// Not when the last act was only words (a statement, an appeal, a
	// demand, or an act only asked for: "X called on the government to
	// free or charge them. The ministry defended the measures" - the
	// measures are not X's), nor when the
	// noun is the subject of a clause of its own ("denied the decision
	// would suggest ...").
	if o := b.planOwnerOf(toks, t); len(targets) == 0 && o != nil && !inRefs(o, sources) {
		// "The Lib Dems oppose the plans": the plans of the one named
		// with them earlier ("the Home Secretary's plans"), not
		// whoever acted last, who may only have opposed them too.
		targets = []*entRef{o}
	}
	if len(targets) == 0 {
		if g := b.impliedPolicyOwner(toks, t, sources); g != nil {
			// "The Lib Dems oppose the plans" in a story about one
			// country's politics, no owner named: its government's.
			targets = []*entRef{g}
		}
	}
	if len(targets) == 0 {
		if d := b.actNounDoer(toks, t, sources); d != nil {
			// "The firms denied the charges": the charges of the one
			// who last made such charges.
			targets = []*entRef{d}
		}
	}
	if last, words := b.lastMove(); len(targets) == 0 && last != nil && anaphoricObject(toks, t) && !inRefs(last, sources) && !words {
		targets = []*entRef{last}
	}
	if len(targets) == 0 {
		if a := b.announcedPolicyOwner(toks, t, sources); a != nil {
			// "The government has announced ... Age Concern condemned
			// the decision": the one who announced it.
			targets = []*entRef{a}
		}
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
		// The line matched whatever the story's topic: in an entertainment
		// or technology story the actors, not the line, drop the event, so
		// the fire is recorded before that gate.
		if b.fired != nil && t.p.Source != "" {
			b.fired(Fire{Pattern: t.p.Source, Words: patternText(t.p), Code: e.Cameo, Trigger: e.Trigger, Sentence: e.Sentence})
		}
		if b.showbizTech && !stateOrPolitical(src) && !(politicalActor(tgt) || tgt != nil && stateAgency(tgt)) {
			return
		}
		if tgt != nil {
			e.Target = tgt.ID
			b.ensureEntity(tgt)
		}
		b.ensureEntity(src)
		b.events = append(b.events, e)
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
		var tgt *entRef
		if len(targets) == 1 {
			tgt = targets[0]
		}
		b.toldActs = append(b.toldActs, toldAct{srcs: slices.Clone(sources), tgt: tgt, code: code, sent: b.sents,
			asked: modality == ModalityRequested, reaction: reactionToLastAct(toks, ms, t, code)})
		set := false
		// A planned act makes no pair: "both sides agreed" tells of those
		// who have acted ("He is due to take part in talks with the Indian
		// government. ... Both sides agreed": India and Pakistan).
		done := modality != ModalityPlanned
		if done && (len(targets) == 1 && targets[0].Kind != KindCountry || len(targets) == 1 && sources[0].Kind == KindCountry) {
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

// courtRef reports whether r is a court or tribunal: a judiciary body, or
// a body so named.
func courtRef(r *entRef) bool {
	return r != nil && r.Kind != KindPerson && (r.Sector == "JUD" || strings.Contains(r.Code, "JUD") || strings.Contains(r.Name, "Court") || strings.Contains(r.Name, "Tribunal"))
}
