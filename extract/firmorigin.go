package extract

// firmHeads end a description of a firm before its name: "Japanese car
// maker Mitsubishi Motors", "the largest US telephone company Verizon",
// "Japanese rival Nissan Motor", "Japanese mobile network NTT DoCoMo".
var firmHeads = toSet(`company companies firm firms group maker makers carmaker manufacturer producer supplier
operator network carrier airline bank insurer lender broker retailer chain brewer rival rivals giant
conglomerate consultancy provider developer publisher utility corporation subsidiary partner`)

// firmOrigins makes a country named before a description of a firm and the
// firm's name a place, never an actor (bbc18): in "Japanese car maker
// Mitsubishi Motors has struck a deal to supply French car maker Peugeot"
// the firms act and are acted on, not Japan and France. The description is
// one to four lower-case words ending in a word of firmHeads; the name
// after it is a firm of that country or of none known (see firmNamed). A
// firm the sector words already join to its country ("US operator Sprint")
// is one mention and is left as it is. A possessive country is the firm's
// origin too (scope79): "a deal with India's HCL Technologies"; there the
// description may be missing when the name is a known firm (see possFirm).
func firmOrigins(toks []token, ms []mention) {
	for mi := 0; mi+1 < len(ms); mi++ {
		m, f := ms[mi], ms[mi+1]
		if m.ref == nil || m.ref.Kind != KindCountry || m.loc || f.ref == nil {
			continue
		}
		if !firmNamed(f.ref) {
			continue
		}
		if f.ref.Country != "" && f.ref.Country != m.ref.Country {
			continue
		}
		start := m.j
		if m.poss {
			start++ // past "'s"
		}
		// The name starts at the first capital after the country; the
		// mention may have taken the description's head ("company
		// Verizon").
		name := f.i
		for name < f.j && !toks[name].upper {
			name++
		}
		head := name - 1
		n := name - start
		if name == f.j || n > 4 {
			continue
		}
		if n == 0 {
			if m.poss && possFirm(f.ref) { // n == 0: the name is right after "'s"
				ms[mi].loc = true
			}
			continue
		}
		if !firmHeads[toks[head].lower] {
			continue
		}
		desc := true
		for q := start; q <= head; q++ {
			if !toks[q].word || toks[q].upper || listWords[toks[q].lower] {
				desc = false
				break
			}
		}
		if desc {
			ms[mi].loc = true
		}
	}
}

// possFirm reports a name a possessive country may own with no description
// between them and still be only the firm's origin: a known firm ("India's
// HCL Technologies"). An unknown body ("Ukraine's Central Election
// Commission") may be the state's own, so its country stays an actor.
func possFirm(r *entRef) bool {
	return r.Kind == KindOrganization && r.Sector == "BUS" && !politicalActor(r)
}

// originNouns name people or a body by what they are, after the country
// they come from: "the Irish duo", "the British pair", "US tycoon X",
// "Scottish club Rangers". The country there is their origin, not the
// state acting.
var originNouns = toSet(`duo pair trio couple tycoon tycoons billionaire billionaires businessman businessmen
entrepreneur entrepreneurs club clubs`)

// originMods joined to a country say where someone or something is or
// comes from, not what the state does: "a Canada-based company", "the
// Iranian-born actress", "a Texas-bred trainer".
var originMods = toSet(`based born bred`)

// originWords makes a country a place, never an actor, when it only says
// where a firm, a person or a club comes from: "a Canada-based company",
// "the US-based group", "the Iranian-born actress" (a word of originMods
// joined to it), or a noun of originNouns right after it ("the Irish duo
// have cut off talks": the two investors, not Ireland). Deporting an
// "Iranian-born actress" or convicting an "Australian-born militant" is an
// act on the person, never on the state of their birth (born76). A firm
// the sector words join to its country ("a US-based firm") is one mention
// and is left as it is.
func originWords(toks []token, ms []mention) {
	for mi, m := range ms {
		if m.ref == nil || m.ref.Kind != KindCountry || m.poss || m.loc || m.j >= len(toks) {
			continue
		}
		if w := toks[m.j]; w.hyph && originMods[w.lower] || originNouns[w.lower] && !w.upper {
			ms[mi].loc = true
		}
	}
}

// firmNamed reports whether r, the name right after a firm's description,
// may be that firm: a business or media body, or a name the extractor took
// for someone else because it does not know the firm (prec67). "Australian
// building products group James Hardie has agreed to pay" reads the name as
// a person (it opens with a given name), "Irish publishing group
// Independent News & Media is buying" takes its first word for another
// body; the description still says a firm acts, not Australia or Ireland.
func firmNamed(r *entRef) bool {
	switch r.Kind {
	case KindOrganization:
		return true
	case KindPerson:
		return r.roleTitle == ""
	}
	return false
}
