package extract

// An office named by its place instead of a holder's name: "the premier of
// Quebec", "the governor of Kerala state", "the industry minister of
// India's Andhra Pradesh state". The office is the place country's body
// of the title's sector (a premier or mayor its government, a chief justice
// its judiciary), as "Canada's premier" already is; without this the title
// was a role of no country ("premier") or the place alone stood for the
// actor.

// officePlaceNouns follow a place's name and belong to it ("Alberta province").
var officePlaceNouns = toSet(`province state region county district city prefecture territory municipality governorate`)

// officeSectors are the sectors of titles whose office a place owns.
var officeSectors = toSet(`GOV LEG MIL JUD`)

// titleOfPlace reads run (one title chunk, chunks[n] the next chunk) as
// "<title> of [the] [<country>'s] <place> [<place noun>]" and returns the
// mention of the place country's body and the index of the chunk after the
// place. ok is false when the title names someone else's office, is too
// vague alone ("the leader of"), or a name follows that holds it ("the
// governor of X province, Y Z": the name rules' person).
func (b *builder) titleOfPlace(toks []token, chunks []chunk, run []chunk, n int) (m mention, next int, ok bool) {
	if len(run) != 1 || run[0].kind != phTitle || run[0].ph.title == nil || n >= len(chunks) {
		return m, n, false
	}
	t := run[0]
	ttl := t.ph.title
	if !officeSectors[ttl.Sector] || ttl.Canonical == "Head of State" || ttl.Canonical == "Official" || t.poss || t.j-t.i == 1 && vagueTitles[toks[t.i].lower] {
		return m, n, false
	}
	if t.i > 0 && (toks[t.i-1].upper && toks[t.i-1].word && !determiners[toks[t.i-1].lower] || toks[t.i-1].lower == "'s" || ownerPronouns[toks[t.i-1].lower]) {
		return m, n, false // "Sony president of ...", "his envoy of ..."
	}
	d := t.i - 1
	for d >= 0 && titleModifiers[toks[d].lower] {
		d--
	}
	if d < 0 || toks[d].lower != "the" && toks[d].lower != "a" && toks[d].lower != "an" {
		// "was appointed foreign minister of Poland": an office taken,
		// not an actor (memberships.go reads it).
		return m, n, false
	}
	q := t.j
	if q >= len(toks) || toks[q].lower != "of" {
		return m, n, false
	}
	q++
	if q < len(toks) && toks[q].lower == "the" {
		q++
	}
	c := chunks[n]
	if c.i != q {
		return m, n, false
	}
	var iso string
	switch {
	case c.poss && c.kind == phCountry && n+1 < len(chunks) && chunks[n+1].i == c.j+1 && chunks[n+1].kind == phLocation:
		// "of Canada's Alberta province": the place of the country.
		iso = c.ph.country.ISO3
		n++
		c = chunks[n]
		if c.ph.loc != nil && c.ph.loc.Country != "" {
			iso = c.ph.loc.Country
		}
	case c.poss:
		return m, n, false // "the mayor of London's office"
	case (c.kind == phCountry || c.kind == phCapital) && ttl.Canonical == "Governor":
		// "the mayor of Guatemala": the city or province is not named,
		// and the office is not the state's.
		return m, n, false
	case c.kind == phCountry || c.kind == phCapital:
		iso = c.ph.country.ISO3
	case c.kind == phLocation && c.ph.loc != nil:
		iso = c.ph.loc.Country
	}
	if iso == "" || b.d.byISO[iso] == nil {
		return m, n, false
	}
	end := c.j
	if !c.poss && end < len(toks) && officePlaceNouns[toks[end].lower] {
		end++
	}
	if end < len(toks) {
		w := toks[end]
		if w.upper && w.word || w.lower == "'s" || toks[end-1].hyph || w.lower == "," && end+1 < len(toks) && toks[end+1].upper && toks[end+1].word {
			return m, n, false
		}
	}
	ref := b.officeBody(iso, ttl)
	if ref == nil {
		return m, n, false
	}
	if debugTrig {
		println("TITLEPLACE", spanText(toks, t.i, end), ref.ID)
	}
	return mention{i: t.i, j: end, ref: ref}, n + 1, true
}

// ownerPronouns own the noun after them.
var ownerPronouns = toSet(`his her its their our my your`)
