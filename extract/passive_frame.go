package extract

import "strings"

// Frames in the passive. A frame (or a listed pattern of the same shape,
// "file * lawsuit") is read as "verb * noun": the verb, then its object of
// the frame's class. In the passive the object comes first
// and the doer after "by": "a complaint filed against the bank by Judge X",
// "sanctions were imposed on Iran by the UN", "the support given to X by
// the group", "air strikes carried out by Nato". passiveFrames finds these:
// a noun of the class right before a participle of one of the frame's verbs
// (an auxiliary and an adverb may stand between), with an actor after "by"
// in the same clause. Without a named doer nothing is coded: who filed or
// imposed is not said. Nor is an object noun in a prepositional phrase
// ("against the martial law imposed by X", "at a dinner hosted by X"):
// background to the clause's own act. A weapon fired at no one named makes
// no act either. The act's target is the actor the frame's
// preposition introduces (see passiveFrameTarget).

// passiveFrameFillers may stand between the object noun and the
// participle: auxiliaries and a few adverbs.
var passiveFrameFillers = toSet(`was were is are been being be has have had will would could may might should also reportedly allegedly already recently jointly`)

// passiveFrames returns the passive frame triggers of a sentence that no
// other trigger covers. out holds the triggers found so far; a verb reading
// of the object noun itself ("Sanctions were imposed": "sanction" as a verb
// with no object) gives way.
func (b *builder) passiveFrames(toks []token, ms []mention, mAt []int, clOf []int, used []bool, out []trigger) []trigger {
	for k := 1; k < len(toks); k++ {
		w := toks[k].lower
		if used[k] || mAt[k] != 0 || !toks[k].word || toks[k].upper || toks[k].hyph {
			continue
		}
		if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !irregularPast[w] {
			continue
		}
		for _, p := range b.d.verbs[w] {
			if p.Noun || p.Org || p.Actor || p.Held || p.Deal {
				continue
			}
			t, ok := b.passiveFrameAt(toks, ms, mAt, clOf, k, p)
			if !ok {
				continue
			}
			if used[t.i] {
				// Only a one-word verb reading of the noun gives way.
				drop := -1
				for x, u := range out {
					if u.i == t.i && u.j == t.i+1 && !u.p.Noun {
						drop = x
					}
				}
				if drop < 0 {
					continue
				}
				out = append(out[:drop], out[drop+1:]...)
			}
			for x := t.i; x < t.j; x++ {
				used[x] = true
			}
			out = append(out, t)
			break
		}
	}
	return out
}

// passiveFrameAt matches frame p in the passive with its participle at k:
// the participle (and the frame's particle), the class noun before it, and
// an actor after "by" later in the clause.
func (b *builder) passiveFrameAt(toks []token, ms []mention, mAt []int, clOf []int, k int, p *pattern) (trigger, bool) {
	gap := -1
	for n, w := range p.Words {
		if w == "" {
			gap = n
			break
		}
	}
	if gap < 1 || gap+1 >= len(p.Words) || prepositions[p.Words[len(p.Words)-1]] {
		return trigger{}, false
	}
	for _, w := range p.Words[gap+1:] {
		if w == "" {
			return trigger{}, false
		}
	}
	end := k + 1
	for _, prt := range p.Words[1:gap] { // "carried out", "handed over"
		if end >= len(toks) || toks[end].lower != prt {
			return trigger{}, false
		}
		end++
	}
	// Back over auxiliaries and adverbs to the noun's last word.
	q := k - 1
	for q > 0 && passiveFrameFillers[toks[q].lower] && clOf[q] == clOf[k] {
		q--
	}
	noun := p.Words[gap+1:]
	start := q - len(noun) + 1
	if start < 0 || clOf[start] != clOf[k] {
		return trigger{}, false
	}
	pos := start
	for n, w := range noun {
		c := matchWord(toks, pos, w, n == len(noun)-1)
		if c == 0 || mAt[pos] != 0 {
			return trigger{}, false
		}
		pos += c
	}
	if pos != q+1 {
		return trigger{}, false
	}
	if !byActorAfter(toks, ms, clOf, end) {
		return trigger{}, false
	}
	return trigger{p: p, i: start, j: end, gapI: -1, gapJ: -1, cl: clOf[k], org: -1, passiveObj: true}, true
}

// byActorAfter reports "by" and an actor named right after it (a
// determiner and a title may come first) within the clause, at most ten
// words from j.
func byActorAfter(toks []token, ms []mention, clOf []int, j int) bool {
	for k := j; k < len(toks) && k < j+10 && clOf[k] == clOf[j-1]; k++ {
		if w := toks[k].lower; k > j && toks[k].word && !toks[k].upper && !inMention(ms, k) && (strings.HasSuffix(w, "ed") && len(w) > 4 || irregularPast[w]) {
			// "accounts frozen as part of measures introduced by the
			// government": the agent of another participle.
			return false
		}
		if toks[k].lower != "by" {
			continue
		}
		for _, m := range ms {
			if m.i > k && m.i <= k+3 && !m.loc && !m.agr && m.ref != nil {
				return true
			}
		}
		return false
	}
	return false
}

// passiveFrameTarget is the target of a passive frame: the first actor in
// the clause after the participle that follows one of the prepositions that
// aim the act ("imposed on Iran", "given to X", "filed against the bank"), a
// determiner allowed between, and is not the doer. A complaint or a charge
// is aimed only by "against": "made to the watchdog" names who hears it.
func (b *builder) passiveFrameTarget(toks []token, ms []mention, cl *clause, t trigger, sources []*entRef) []*entRef {
	for mi, m := range ms {
		if m.i < t.j || m.i >= cl.end || m.loc || m.agr || m.ref == nil || inRefs(m.ref, sources) {
			continue
		}
		q := m.i - 1
		for q > t.j && determiners[toks[q].lower] {
			q--
		}
		if q < t.j {
			continue
		}
		w := toks[q].lower
		if w == "against" || t.p.Code[:2] != "11" && (w == "on" || w == "to" || w == "with" || w == "for" || w == "from" || w == "into") {
			return b.group(toks, ms, mi, cl.end)
		}
	}
	// "The EU's move was welcomed by Beijing": the owner of the object
	// noun is what the act answers or is aimed at.
	for _, m := range ms {
		if !m.poss || m.j > t.i || m.j < t.i-4 || m.ref == nil || m.loc || m.agr || inRefs(m.ref, sources) {
			continue
		}
		only := true
		for k := m.j; k < t.i; k++ {
			if w := toks[k].lower; w != "'s" && w != "'" && (!toks[k].word || toks[k].upper) {
				only = false
			}
		}
		if only {
			return []*entRef{m.ref}
		}
	}
	return nil
}
