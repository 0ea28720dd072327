package extract

// Deaths in someone's hands: "a prisoner died as a result of torture while
// in Israeli police custody", "an inmate died after torture in a jail in
// X". The noun of what the dead died of (a death pattern, afterDeath) names
// the act; whoever held the dead did it, and the one who died is its
// target: the subject of "die", a person word of no name ("a Palestinian
// prisoner") as much as a name.

// custodian is the actor a custody phrase of the sentence names: "in
// Israeli police custody", "in US custody", "in the custody of the
// army". nil when there is none.
func (b *builder) custodian(toks []token, ms []mention) *entRef {
	for k, tk := range toks {
		if tk.lower != "custody" {
			continue
		}
		if k+2 < len(toks) && toks[k+1].lower == "of" {
			if m, ok := actorAt(ms, toks, k+2); ok {
				return m.ref // "in the custody of the army"
			}
		}
		// "in Israeli police custody": the actor between "in" and the noun.
		in := -1
		for q := k - 1; q >= 0 && q >= k-4 && toks[q].word; q-- {
			if toks[q].lower == "in" {
				in = q
				break
			}
		}
		for _, m := range ms {
			if in >= 0 && actorMention(m) && m.i > in && m.j == k {
				return m.ref
			}
		}
	}
	return nil
}

// deathVictims are the ones who died of death pattern t: the subject of
// its "die", an actor of the clause's own subject or, where the words name
// none, the people word the tree gives ("Political prisoner died ...", "A
// Palestinian prisoner died ..."). nil when neither.
func (b *builder) deathVictims(toks []token, ms []mention, cl *clause, t trigger) []*entRef {
	if len(cl.subject) > 0 && cl.subject[0].Kind == KindPerson {
		return cl.subject
	}
	if d := deathVerb(toks, t.i); d >= 0 && parseMode != "off" {
		if p := b.tree(); p != nil && d < len(p.words) {
			if s, pass, ok := p.subjectOf(d); ok && !pass && s < len(b.pzMAt) && b.pzMAt[s] == 0 {
				sw, h := b.peopleWord(p, toks, s)
				if sw == nil && h == s && personWords[toks[s].lower] {
					// "Political prisoner died": a person word the
					// sentence's first capital qualifies is still no
					// name.
					sw = personSector
				}
				if sw != nil && b.pzMAt[h] == 0 {
					if r := b.genericRef(p, toks, ms, h, sw, false); r != nil {
						return []*entRef{r}
					}
				}
			}
		}
	}
	return cl.subject
}
