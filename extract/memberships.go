package extract

import "strings"

// Memberships, offices and successions read from a sentence: who joined or
// left a body, who took or left an office and whom they replaced. These are
// the relations kept beside the events.

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
