package graph

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/geokg/geokg/extract"
)

// How an event changes standing relations (see changeOf).
const (
	changeOpen   = "open"   // signing: opens party_to of the signatories
	changeClose  = "close"  // a withdrawal: closes member_of and party_to
	changeResign = "resign" // a person resigning: closes the person's roles
)

// Agreement statuses an event can give an agreement (see agreementStatus).
const (
	StatusSigned    = "signed"
	StatusInForce   = "in force"
	StatusSuspended = "suspended"
	StatusWithdrawn = "withdrawn from"
	StatusViolated  = "violated"
)

// changeOf says how an event changes relations. Only acts asserted as done
// change anything: a threatened or planned withdrawal leaves the membership
// open.
//
//   - 057 (sign formal agreement) opens party_to of both sides to the
//     agreement involved.
//   - 160, 161 and 166 (reduce or break relations, withdraw) and 0874 by
//     anyone but a person (the extraction's code for "quit", "pull out")
//     close member_of and party_to of the source, or of the state the
//     source is part of, to the target, object or agreement.
//   - 0874 by a person ("resigned", "stepped down") closes the person's
//     roles (those in the target when the event names one).
func changeOf(cameo, modality, sourceKind string) string {
	if modality != "" && modality != extract.ModalityAsserted {
		return ""
	}
	switch {
	case strings.HasPrefix(cameo, "057"):
		return changeOpen
	case cameo == "160" || cameo == "161" || cameo == "166":
		return changeClose
	case cameo == "0874" && sourceKind == extract.KindPerson:
		return changeResign
	case cameo == "0874":
		return changeClose
	}
	return ""
}

// agreementStatus says which agreement an event is about and the status it
// gives it: signing is "signed" (or "in force" when the trigger speaks of
// ratifying or entry into force), a declared truce under an agreement puts
// it "in force", a root-16 act whose trigger suspends or freezes it
// "suspended", a withdrawal "withdrawn from" (by its source), and defying
// it (128, 196, or a trigger about violating or breaching it) "violated".
// The agreement is the event's agreement, else its object or target when
// that is an agreement.
func agreementStatus(c *cluster, f eventFacts) (agreement, status string) {
	if f.Modality != "" && f.Modality != extract.ModalityAsserted {
		return "", ""
	}
	switch {
	case f.Agreement != "":
		agreement = f.Agreement
	case f.Object != "" && c.kind(f.Object) == extract.KindAgreement:
		agreement = f.Object
	case f.Target != "" && c.kind(f.Target) == extract.KindAgreement:
		agreement = f.Target
	default:
		return "", ""
	}
	trig := strings.ToLower(f.Trigger)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(trig, w) {
				return true
			}
		}
		return false
	}
	switch {
	case strings.HasPrefix(f.Cameo, "057") && has("ratif", "force", "effect", "implement"):
		status = StatusInForce
	case strings.HasPrefix(f.Cameo, "057"):
		status = StatusSigned
	case f.Cameo == "0871":
		status = StatusInForce
	case strings.HasPrefix(f.Cameo, "16") && has("suspend", "freez"):
		status = StatusSuspended
	case f.Cameo == "161" && agreement == f.Agreement && f.Target != "" && c.kind(f.Target) != extract.KindAgreement:
		// "recalled its ambassador to Ethiopia in protest at the pact":
		// ties with a state cut over an agreement leave the agreement as
		// it was; only cutting the agreement itself (its target) ends it.
		return "", ""
	case changeOf(f.Cameo, f.Modality, c.kind(f.Source)) == changeClose:
		status = StatusWithdrawn
	case f.Cameo == "128" || f.Cameo == "196" || has("violat", "breach"):
		status = StatusViolated
	default:
		return "", ""
	}
	return agreement, status
}

// evInfo is an event as the validity rules see it, whether just recomputed
// or read from the graph.
type evInfo struct {
	XID                           string
	Date                          string // contract form
	Change                        string
	Source, Target, Object, Agree string
	AgreementID, AgreementStatus  string
	SourceKind                    string
}

// cand is a candidate start or end of a relation: a date stated by an
// article, or the date of an event that opened or closed it.
type cand struct {
	Date  string // contract form
	Event string // xid of the event it came from, "" for a stated date
}

// period returns the start and end of a contract date's period.
func period(d string) (start, end time.Time, prec string) {
	t, prec, err := ParseDate(d)
	if err != nil {
		return time.Time{}, time.Time{}, ""
	}
	switch prec {
	case extract.PrecisionDay:
		return t, t.AddDate(0, 0, 1), prec
	case extract.PrecisionMonth:
		return t, t.AddDate(0, 1, 0), prec
	}
	return t, t.AddDate(1, 0, 0), prec
}

func precRank(p string) int {
	switch p {
	case extract.PrecisionDay:
		return 3
	case extract.PrecisionMonth:
		return 2
	case extract.PrecisionYear:
		return 1
	}
	return 0
}

// earliest picks the earliest candidate and refines it to the earliest
// finer candidate inside its period: "2017-12" stated by one article and a
// withdrawal on 2017-12-18 give 2017-12-18 at day precision. The result
// depends only on the set of candidates.
func earliest(cs []cand) (cand, bool) {
	var ok []cand
	for _, c := range cs {
		if _, _, p := period(c.Date); p != "" {
			ok = append(ok, c)
		}
	}
	if len(ok) == 0 {
		return cand{}, false
	}
	slices.SortFunc(ok, func(a, b cand) int {
		sa, _, pa := period(a.Date)
		sb, _, pb := period(b.Date)
		// On a full tie an event beats a stated date, so the relation
		// links to what started or ended it.
		stated := func(c cand) int {
			if c.Event == "" {
				return 1
			}
			return 0
		}
		return cmp.Or(sa.Compare(sb), cmp.Compare(precRank(pa), precRank(pb)),
			cmp.Compare(stated(a), stated(b)), strings.Compare(a.Event, b.Event))
	})
	best := ok[0]
	for _, c := range ok[1:] {
		bs, be, bp := period(best.Date)
		cs, _, cp := period(c.Date)
		if precRank(cp) > precRank(bp) && !cs.Before(bs) && cs.Before(be) {
			best = c
		}
	}
	return best, true
}

// relInfo is a relation with everything its validity is computed from.
type relInfo struct {
	XID, Type, Head, Tail, Label string
	Claims                       map[string]relClaim // by mention xid
	DB                           *dbRel              // nil when not yet in the graph
	InDoc                        bool
	First                        relClaim  // the stored evidence and the xid of its report (evidence_from)
	Seen                         time.Time // the stored last_seen
	// Same are the agreements that share a name with the tail: their
	// signings and withdrawals change a party to it too.
	Same map[string]bool
}

// isTail says whether x is r's tail or an agreement sharing its name.
func (r *relInfo) isTail(x string) bool { return x != "" && (x == r.Tail || r.Same[x]) }

// relClaim is one article's report of a relation, stored as JSON on the
// relation's Mention (predicate coding).
type relClaim struct {
	Mention   string `json:"mention"`
	Article   string `json:"article"`
	Published string `json:"published,omitempty"`
	Since     string `json:"since,omitempty"`
	Until     string `json:"until,omitempty"`
	Past      bool   `json:"past,omitempty"` // ended by the time of the article, date not given
	Evidence  string `json:"evidence,omitempty"`
}

// validity is what the rules settle for a relation.
type validity struct {
	Since, Until       cand
	HasSince, HasUntil bool
	Evidence           string
	EvidenceFrom       string // the xid of the report the evidence is from
	LastSeen           time.Time
}

// holders returns the entities an act of id is an act of: id itself and
// what it is part of (transitively: a ministry of a government of a state).
func holders(id string, partOf map[string][]string) map[string]bool {
	out := map[string]bool{}
	var walk func(string, int)
	walk = func(x string, depth int) {
		if out[x] || depth > 4 {
			return
		}
		out[x] = true
		for _, t := range partOf[x] {
			walk(t, depth+1)
		}
	}
	walk(id, 0)
	return out
}

// statedSince is the earliest since the articles state for r.
func (r *relInfo) statedSince() (cand, bool) {
	var cs []cand
	for _, c := range r.Claims {
		if c.Since != "" {
			cs = append(cs, cand{Date: c.Since})
		}
	}
	return earliest(cs)
}

// lastSeen is the latest date an article shows r holding: its stated
// since, or the publication date of an article reporting it without an end.
func (r *relInfo) lastSeen() time.Time {
	last := r.Seen
	for _, c := range r.Claims {
		for _, d := range []string{c.Since, c.Published} {
			if d == "" || (d == c.Published && (c.Until != "" || c.Past)) {
				continue
			}
			if s, _, p := period(d); p != "" && s.After(last) {
				last = s
			}
		}
	}
	return last
}

// computeValidity settles when r held, from the dates its articles state
// and the events that change it:
//
//   - since is the earliest stated since or, for party_to, the earliest
//     signing of the agreement by the head (or a part of it);
//   - until is the earliest end after since among: stated untils (an
//     article calling the tie past without a date ends it by its
//     publication date);
//     withdrawals by the head or a part of it from the tail (member_of,
//     party_to); for a role, the holder's resignation, and the since of a
//     later holder of the same title in the same body (a successor) once
//     the holder was last reported in office before it.
//
// This is the first period; computePeriods gives the later ones of a
// membership or party left and rejoined. Limit: a title held by several
// people at once (spokesperson) reads as a succession when a later
// holder's start is stated.
func computeValidity(r *relInfo, evs []*evInfo, partOf map[string][]string, roles []*relInfo) validity {
	sinces, untils := r.candidates(evs, partOf, roles)
	v := settle(sinces, untils)
	r.evidence(&v)
	return v
}

// computePeriods is computeValidity for a tie that may end and begin again:
// a membership or a party to an agreement left and later rejoined ("Russia
// withdrew from the JCCC in 2017 and returned in 2019") held over several
// periods, oldest first. The first is computeValidity's; each later one
// starts at the earliest start after the previous end and ends at the
// earliest end after that. Roles keep one period: a return to an office is
// told by a later appointment, which the extraction does not date reliably
// enough to tell from the first.
func computePeriods(r *relInfo, evs []*evInfo, partOf map[string][]string, roles []*relInfo) []validity {
	sinces, untils := r.candidates(evs, partOf, roles)
	first := settle(sinces, untils)
	r.evidence(&first)
	if r.Type != extract.RelMemberOf && r.Type != extract.RelPartyTo {
		return []validity{first}
	}
	var out []validity
	if first.HasSince {
		// An end wholly before the first known start closed an earlier
		// period whose start no article gives: "withdrew in 2017" and
		// "rejoined in 2019".
		ss, _, _ := period(first.Since.Date)
		var before []cand
		for _, u := range untils {
			if _, ue, _ := period(u.Date); !ue.After(ss) {
				before = append(before, u)
			}
		}
		if len(before) > 0 {
			lead := validity{Evidence: first.Evidence, EvidenceFrom: first.EvidenceFrom, LastSeen: first.LastSeen}
			lead.Until, lead.HasUntil = earliest(before)
			out = append(out, lead)
		}
	}
	out = append(out, first)
	for last := first; last.HasUntil && len(out) < 20; {
		_, ue, _ := period(last.Until.Date)
		var later []cand
		for _, c := range sinces {
			if cs, _, _ := period(c.Date); !cs.Before(ue) {
				later = append(later, c)
			}
		}
		if len(later) == 0 {
			break
		}
		next := settle(later, untils)
		next.Evidence, next.EvidenceFrom, next.LastSeen = first.Evidence, first.EvidenceFrom, first.LastSeen
		out = append(out, next)
		last = next
	}
	return out
}

// candidates gathers the starts and ends of r: those its articles state and
// those the events that change it give.
func (r *relInfo) candidates(evs []*evInfo, partOf map[string][]string, roles []*relInfo) (sinces, untils []cand) {
	for _, c := range r.Claims {
		if c.Since != "" {
			sinces = append(sinces, cand{Date: c.Since})
		}
		if c.Until != "" {
			untils = append(untils, cand{Date: c.Until})
		} else if c.Past && c.Published != "" {
			// "former minister": over by the article's date at the latest.
			untils = append(untils, cand{Date: c.Published})
		}
	}
	for _, e := range evs {
		if e.Date == "" || e.Change == "" {
			continue
		}
		switch {
		case r.Type == extract.RelPartyTo && e.Change == changeOpen && r.isTail(e.AgreementID):
			if holders(e.Source, partOf)[r.Head] || e.Target != "" && holders(e.Target, partOf)[r.Head] {
				sinces = append(sinces, cand{e.Date, e.XID})
			}
		case (r.Type == extract.RelMemberOf || r.Type == extract.RelPartyTo) && e.Change == changeClose:
			if (e.Target == r.Tail || e.Object == r.Tail || e.Agree == r.Tail || r.Type == extract.RelPartyTo && (r.isTail(e.Target) || r.isTail(e.Object) || r.isTail(e.Agree))) && holders(e.Source, partOf)[r.Head] {
				untils = append(untils, cand{e.Date, e.XID})
			}
		case r.Type == extract.RelRole && e.Change == changeResign && e.Source == r.Head:
			if e.Target == "" || e.Target == r.Tail || e.Object == r.Tail {
				untils = append(untils, cand{e.Date, e.XID})
			}
		}
	}
	if r.Type == extract.RelRole && r.Label != "" {
		seen := r.lastSeen()
		for _, o := range roles {
			if o == r || o.Tail != r.Tail || o.Head == r.Head || !strings.EqualFold(o.Label, r.Label) {
				continue
			}
			if s, ok := o.statedSince(); ok {
				if st, _, _ := period(s.Date); st.After(seen) {
					untils = append(untils, s)
				}
			}
		}
	}
	return sinces, untils
}

// settle picks the start of a period (the earliest start) and its end (the
// earliest end after the start).
func settle(sinces, untils []cand) validity {
	var v validity
	v.Since, v.HasSince = earliest(sinces)
	if v.HasSince {
		ss, _, _ := period(v.Since.Date)
		untils = slices.DeleteFunc(slices.Clone(untils), func(u cand) bool {
			_, ue, _ := period(u.Date)
			return !ue.After(ss)
		})
	}
	v.Until, v.HasUntil = earliest(untils)
	return v
}

// evidence sets the evidence and the last date seen of r on v.
func (r *relInfo) evidence(v *validity) {
	// The evidence shown is that of the report with the smallest xid (the
	// first article by id) that has one, so it does not depend on which
	// article came last; the stored one is the smallest seen so far.
	best := r.First
	for m, c := range r.Claims {
		if c.Evidence != "" && (best.Evidence == "" || m < best.Mention) {
			best = c
			best.Mention = m
		}
	}
	v.Evidence, v.EvidenceFrom = best.Evidence, best.Mention
	v.LastSeen = r.lastSeen()
}

// partiesOf returns who a signing makes party to its agreement: each side
// (source, and target unless it is the agreement itself), or the state it
// is part of; persons sign for someone else and are left out.
func partiesOf(e *evInfo, kinds map[string]string, partOf map[string][]string) []string {
	var out []string
	for _, x := range []string{e.Source, e.Target} {
		if x == "" || x == e.AgreementID || kinds[x] == extract.KindPerson || kinds[x] == extract.KindAgreement {
			continue
		}
		if tails := partOf[x]; len(tails) > 0 {
			out = append(out, tails...)
			continue
		}
		out = append(out, x)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
