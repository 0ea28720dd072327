package extract

import "strings"

// seatBodies are capitals that, named as an actor, stand for the
// international body seated there rather than for their own state:
// "Brussels has warned", "a complaint against Brussels", "demands that
// Brussels release" mean the European Union in news (held-out gold codes
// such a "Brussels" IGO), while "in Brussels", "a Brussels summit" and
// "Brussels, Belgium" are the city. Keyed by the capital as written.
var seatBodies = map[string]string{"brussels": "eu"}

// seatNotActor are words before a capital that make it a place gone to,
// come from or be in ("head to Brussels", "back from Brussels"), on top of
// placeWords and placePreps.
var seatNotActor = toSet(`to from of via toward towards`)

// seatBodyRef is the international body a bare capital chunk c stands for
// when it is used as an actor; nil when c is no such seat or reads as a
// place: after a preposition of place, after a determiner (the capital then
// modifies a noun: "a Brussels summit", "the Brussels race"), hyphened
// ("Brussels-based"), before "," and a country ("Brussels, Belgium"), or as
// a capitalised dateline ("BRUSSELS --"). A bare word after it is its verb,
// not a noun it modifies: "demands that Brussels release the funds".
func (b *builder) seatBodyRef(toks []token, c *chunk) *entRef {
	if c.kind != phCapital || c.j-c.i != 1 {
		return nil
	}
	o := b.d.orgByID[seatBodies[toks[c.i].lower]]
	if o == nil || toks[c.i].text == strings.ToUpper(toks[c.i].text) {
		return nil
	}
	if c.i > 0 {
		if prev := toks[c.i-1].lower; placeWords[prev] || placePreps[prev] || seatNotActor[prev] || placePrep(toks, c.i) || nounMarkers[prev] {
			return nil
		}
	}
	if c.j < len(toks) {
		next := toks[c.j]
		switch {
		case next.hyph:
			return nil // "Brussels-based"
		case next.text == "," && c.j+1 < len(toks):
			if p := b.d.lookup(toks, c.j+1); p != nil && p.kind == phCountry {
				return nil // "Brussels, Belgium"
			}
		}
	}
	return b.orgRef(o)
}
