package extract

import (
	"strings"
	"unicode"
)

// privateSide reports a side no researcher of international relations
// follows on its own: a known firm, a firm's officer, or firms as a group
// ("three investment banks", "the two Japanese companies"). A person with
// no sector is not one: the text may just not give the minister's or the
// judge's title ("Gerald R. Ford pardoned Nixon").
func privateSide(r *entRef) bool {
	return r != nil && (r.Kind == KindOrganization || r.Kind == KindPerson || r.Kind == KindGroup) && r.Sector == "BUS" && !politicalActor(r)
}

// laborBody reports a trade union as a body (not its leader, who may speak
// for workers to a government): a firm's talks or row with its unions is
// the firm's own business in a story with no state.
func laborBody(r *entRef) bool {
	return r != nil && (r.Kind == KindOrganization || r.Kind == KindGroup) && r.Sector == "LAB"
}

// plainPerson reports a person the text gives no sector and no title, or
// a crowd of civilians: facing a firm in a story with no state, an employee
// suing it, a banker negotiating with it or a customer it accuses.
func plainPerson(r *entRef) bool {
	return r != nil && (r.Kind == KindPerson && r.Sector == "" && r.roleTitle == "" && r.roleTail == nil ||
		r.Kind == KindGroup && r.Sector == "CVL")
}

// privatePair reports an event between two private sides: two firms (or
// their officers), a firm and a union, or a firm and a plain person.
func privatePair(src, tgt *entRef) bool {
	other := func(r *entRef) bool { return privateSide(r) || laborBody(r) || plainPerson(r) }
	return privateSide(src) && other(tgt) || privateSide(tgt) && other(src)
}

// stateFirmWords say that a firm belongs to a state ("small state-owned
// carmaker Nanjing Auto"): a firm's code does not.
var stateFirmWords = []string{"state-owned", "state-run", "state-controlled"}

// namesStateFirm reports an article that names a firm of a state.
func (b *builder) namesStateFirm() bool {
	low := strings.ToLower(b.text)
	for _, w := range stateFirmWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// storyOfStates reports an article in which some event has a state, a
// political actor or a state agency on a side: there a firm's deal or
// quarrel is part of what states do (Rosneft's deal with CNPC in a story of
// Russia and China, Airbus and Boeing accusing each other in an EU-US
// dispute).
func (b *builder) storyOfStates() bool {
	for _, e := range b.events {
		if stateOrPolitical(b.refs[e.Source]) || e.Target != "" && stateOrPolitical(b.refs[e.Target]) {
			return true
		}
	}
	return false
}

// authorityWords name a state's authority in a sentence without naming the
// state: a firm that "will co-operate with the authorities", rejects calls
// for a windfall tax or fights a regulator acts towards a state the text
// leaves unnamed.
var authorityWords = toSet(`authorities authority regulator regulators regulatory watchdog watchdogs government
governments minister ministers ministry court courts prosecutor prosecutors police investigators tax taxes
parliament congress senate lawmakers legislators sanctions`)

// namesAuthority reports a sentence with a word of authorityWords.
func namesAuthority(sentence string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		if authorityWords[w] {
			return true
		}
	}
	return false
}

// firmAlone reports an event a firm (or its officer) does to no one named
// in a sentence with no authority in it: a profit warning, a buy-back, a
// firm "declining to give guidance" (scope79).
func firmAlone(e Event, src *entRef) bool {
	return e.Target == "" && privateSide(src) && !namesAuthority(e.Sentence)
}

// storyOfFirms reports an article in which some event has a firm (or its
// officer) on a side.
func (b *builder) storyOfFirms() bool {
	for _, e := range b.events {
		if privateSide(b.refs[e.Source]) || privateSide(b.refs[e.Target]) {
			return true
		}
	}
	return false
}

// personAlone reports a plain person's act on no one named, in a sentence
// with no authority in it: in a story of firms with no state, a sacked
// banker not yet deciding to appeal, a carmaker's boss insisting, a chief
// who resigned (scope89). In a story of no firm the person may be a
// politician whose title the text leaves out, so the story must have a
// firm.
func personAlone(e Event, src *entRef) bool {
	return e.Target == "" && plainPerson(src) && !namesAuthority(e.Sentence)
}

// dropPrivateEvents drops the events between two private sides (two firms
// or their officers, a firm and a union, a firm and a plain person; see
// privatePair) in a story with no state on any event's side and no
// state-owned firm: takeovers, orders and talks between firms, a firm's
// talks with its unions, an employee's claim against a firm. The firms'
// codes cannot tell a state firm (Rosneft) from a private one (Yukos), so
// the story decides, not the firm. There a firm's act with no target is the
// firm's own business too, unless its sentence names an authority (see
// firmAlone), and so is a plain person's in a story of firms (personAlone).
// A text of one or two sentences tells no story to judge: there the event
// stays.
func (b *builder) dropPrivateEvents(nSents int) {
	if nSents < 3 || b.storyOfStates() || b.namesStateFirm() {
		return
	}
	firms := b.storyOfFirms()
	kept := b.events[:0]
	for _, e := range b.events {
		src := b.refs[e.Source]
		if e.Target != "" && privatePair(src, b.refs[e.Target]) || firmAlone(e, src) || firms && personAlone(e, src) {
			continue
		}
		kept = append(kept, e)
	}
	b.events = kept
}
