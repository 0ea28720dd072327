package extract

import "strings"

// Definite descriptions ("the company", "the bank") stand for the firm
// last a subject in the article, as bare titles ("the prime minister")
// stand for the person holding the office (see personByTitle).

// touch records that r was just named: of the persons holding a title, the
// one named last is the one a bare title refers to (see personByTitle).
func (b *builder) touch(r *entRef) {
	if r == nil {
		return
	}
	if b.lastNamed == nil {
		b.lastNamed = map[*entRef]int{}
	}
	b.named++
	b.lastNamed[r] = b.named
}

// noteSubjects records the actors that are subjects of the sentence's
// clauses, in order: "the company" of a later sentence is the one last a
// subject.
func (b *builder) noteSubjects(cls []clause) {
	if b.lastSubjOf == nil {
		b.lastSubjOf = map[*entRef]int{}
	}
	for _, cl := range cls {
		for _, r := range cl.subject {
			b.named++
			b.lastSubjOf[r] = b.named
		}
	}
}

// firmNouns are the nouns that, after "the", stand for a firm named before
// ("the company said", "the firm's shares"). Not "the party": in the BBC
// reports it is mostly the owner in a phrase no act is done to
// ("misrepresenting the party's proposals", "return the seats to the
// party"), and taking it for the party named last made 6 wrong events for
// 2 right ones.
var firmNouns = toSet(`company firm bank airline carrier carmaker retailer insurer lender brewer supermarket`)

// firmNounStops after the noun make it another body than one named
// before: "the company that makes it", "the firm of lawyers", "the bank
// which lent".
var firmNounStops = toSet(`of that which who whose where`)

// definiteBodies adds a mention for each "the company", "the firm", "the
// bank" no mention covers when the article has a firm as a subject before
// it: the one named earlier in the sentence outside a prepositional phrase
// (unless it speaks of "the firm": "Southcorp confirmed the brewer had
// asked" is another firm), else the one last a subject of a clause ("IBM
// said it would free patents ... Microsoft ... The company said" is IBM:
// a report calls the body it is about "the company", not any firm it
// names). "the bank" is a firm, or a body with "bank" in its name (a
// central bank is a state's). With no such body before, the description
// names no one.
func (b *builder) definiteBodies(toks []token, ms []mention) []mention {
	for k := 1; k < len(toks); k++ {
		if !firmNouns[toks[k].lower] || toks[k].upper || toks[k-1].lower != "the" || inMention(ms, k) || inMention(ms, k-1) {
			continue
		}
		if k+1 < len(toks) {
			if next := toks[k+1]; firmNounStops[next.lower] || next.hyph {
				continue
			}
			if p := b.d.lookup(toks, k+1); p != nil && (p.kind == phTitle || p.kind == phSector) {
				continue // "the company chairman", "the bank's staff": an office, people
			}
		}
		fits := func(r *entRef) bool {
			if r == nil || r.Kind != KindOrganization {
				return false
			}
			return r.Sector == "BUS" || toks[k].lower == "bank" && strings.Contains(strings.ToLower(r.Name), "bank")
		}
		var ref, speaker *entRef
		at := len(ms)
		for q := len(ms) - 1; q >= 0; q-- {
			if ms[q].i > k {
				at = q
				continue
			}
			if ref != nil || speaker != nil || ms[q].loc || ms[q].agr || ms[q].poss || !fits(ms[q].ref) || inPP(toks, ms[q].i, 0) {
				continue
			}
			if saidBetween(toks, ms[q].j, k-1) {
				// "Southcorp confirmed the brewer had asked for talks":
				// the one who speaks of "the brewer" is likely another
				// firm, which one the sentence does not say.
				speaker = ms[q].ref
				continue
			}
			ref = ms[q].ref
		}
		if speaker != nil {
			continue
		}
		if ref == nil {
			last := 0
			for r, n := range b.lastSubjOf {
				if n > last && fits(r) {
					ref, last = r, n
				}
			}
		}
		if ref == nil {
			continue
		}
		m := mention{i: k - 1, j: k + 1, ref: ref}
		if k+1 < len(toks) && toks[k+1].lower == "'s" {
			m.poss = true
		}
		ms = append(ms[:at], append([]mention{m}, ms[at:]...)...)
	}
	return ms
}

// saidBetween reports a verb of saying or thinking in toks[i:j].
func saidBetween(toks []token, i, j int) bool {
	for q := i; q < j && q < len(toks); q++ {
		if sayVerbs[toks[q].lower] || thinkVerbs[toks[q].lower] {
			return true
		}
	}
	return false
}
