package extract

import "strings"

// News copy misspells country names and peoples ("Afganistan", "Quatar",
// "Phillippines", "Chenchen"); a name the lexicon does not know is then
// taken for a person or lost. A capitalized word one letter short of, or
// one letter over, exactly one single-word country name or people of six
// letters or more is read as that name, when it stands alone: no
// capitalized word beside it ("Inland Revenue", "Robert Germain"), and a
// people only before a lower-case word ("Chenchen refugees", not "in
// Brixton"). A changed or swapped letter is not taken: on the BBC corpus
// it turned names into countries ("Allawi", "Greene", "Columbia").
// Shorter names are left alone: "Mali", "Oman" or "Iran" are one letter
// from too many other words, and a name's first letter must stand.

const minMisspeltLen = 6

// buildMisspellings fills d.misspelt: each deletion variant of a country
// name or people maps to that name; "" marks a variant names of two
// countries share. A name is its own variant first ("chechen" is not
// "chechens" less a letter).
func (d *dicts) buildMisspellings() {
	d.misspelt = map[string]string{}
	add := func(k, v string) {
		old, ok := d.misspelt[k]
		switch {
		case !ok || k == v:
			d.misspelt[k] = v
		case old == k || old == v:
		case old == "" || !d.sameCountry(old, v):
			d.misspelt[k] = ""
		case v < old:
			// Two names of one country: either will do; the same one on
			// every run.
			d.misspelt[k] = v
		}
	}
	for w, ps := range d.phrases {
		if len(w) < minMisspeltLen-1 {
			continue
		}
		for _, p := range ps {
			if len(p.toks) != 1 || p.kind != phCountry && p.kind != phAdjective || !p.capital {
				continue
			}
			// "Quatar" is Qatar with a letter too many; a word with one
			// letter fewer than a name must still be six long.
			add(w, w)
			if len(w) > minMisspeltLen {
				for _, del := range deletions(w)[1:] {
					add(del, w)
				}
			}
		}
	}
}

// nameOf is what the one-word name w names: phCountry and the country
// for a country's name, else phAdjective and the country for a people,
// else 0 and nil.
func (d *dicts) nameOf(w string) (int, *country) {
	kind, c := 0, (*country)(nil)
	for _, p := range d.phrases[w] {
		if len(p.toks) == 1 && p.kind == phCountry {
			return phCountry, p.country
		}
		if len(p.toks) == 1 && p.kind == phAdjective && kind == 0 {
			kind, c = phAdjective, p.country
		}
	}
	return kind, c
}

// sameCountry reports whether one-word names a and b name one country.
func (d *dicts) sameCountry(a, b string) bool {
	_, ca := d.nameOf(a)
	_, cb := d.nameOf(b)
	return ca == cb
}

// deletions lists w with one letter left out, each once, the first
// letter first: callers skip it, as a slip rarely touches a name's first
// letter ("Iberia" is no Liberia).
func deletions(w string) []string {
	out := make([]string, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			continue // the same word as leaving out w[i-1]
		}
		out = append(out, w[:i]+w[i+1:])
	}
	return out
}

// correctSpelling reads the one name a capitalized word unknown to the
// lexicon misspells, if any, into its lower-case form: "Quatar's emir" is
// then Qatar's. The text is left as written.
func (d *dicts) correctSpelling(toks []token) {
	for i := range toks {
		t := &toks[i]
		if !t.upper || len(t.lower) < minMisspeltLen || d.phrases[t.lower] != nil || d.given[t.lower] || !asciiLetters(t.lower) {
			continue
		}
		if i > 0 && toks[i-1].word && toks[i-1].upper && !toks[i].nl && !determiners[toks[i-1].lower] || i+1 < len(toks) && toks[i+1].word && toks[i+1].upper && !toks[i+1].nl {
			continue
		}
		fix := d.misspelling(t.lower)
		if fix == "" || strings.HasSuffix(t.lower, "s") && strings.HasSuffix(fix, "s") && len(fix) > len(t.lower) {
			// "the Americas", "the two Israels": another plural, not a
			// people's name misspelt.
			continue
		}
		if kind, _ := d.nameOf(fix); kind == phAdjective && (len(fix) <= minMisspeltLen || !(i+1 < len(toks) && toks[i+1].word && !toks[i+1].upper)) {
			// A people of six letters is too near place names ("Brixton
			// prison" is not a Briton's).
			continue
		}
		t.lower = fix
	}
}

// misspelling is the name w is one letter short of or over, or "" when
// none or more than one.
func (d *dicts) misspelling(w string) string {
	found := ""
	take := func(v string) bool {
		if v == "" || found != "" && found != v {
			return false
		}
		found = v
		return true
	}
	// A letter missing from w: w is a deletion of the name.
	if v, ok := d.misspelt[w]; ok && !take(v) {
		return ""
	}
	// A letter too many, inside the word: a deletion of w is the name
	// itself. One letter after a name makes another word ("Bening"), and
	// the first letter stands (see deletions). Read on the stack: every
	// capitalized word the lexicon does not know comes here.
	var buf [64]byte
	for i := 1; i < len(w)-1; i++ {
		if w[i] == w[i-1] || i == len(w)-2 && w[i] == w[i+1] {
			continue // the same word as leaving out the letter beside it
		}
		del := append(append(buf[:0], w[:i]...), w[i+1:]...)
		if v, ok := d.misspelt[string(del)]; ok && v == string(del) && !take(v) {
			return ""
		}
	}
	return found
}

func asciiLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
