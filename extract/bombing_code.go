package extract

// CAMEO keeps two kinds of bombing apart: 183 (suicide, car or other
// non-military bombing, with 1831-1833 for the suicide, car and roadside
// kinds) and 195 (aerial weapons). The bare word "bomb" is coded 195 in
// verbs.tsv, which is right for an air force and wrong for "IRA bombs"; and a
// killing done with a bomb ("a car bomb killed", "wounded in a bomb attack")
// is coded as a plain killing. Who bombs, and with what, settles the code.

// bombWords name a bomb or a bombing: the device, the act, the one who sets
// it off.
var bombWords = toSet(`bomb bombs bombed bombing bombings bomber bombers blast blasts explosion explosions`)

// aerialWords in the clause make a bombing an air raid (195) whoever the doer.
var aerialWords = toSet(`jet jets warplane warplanes aircraft plane planes airstrike airstrikes helicopter helicopters drone drones air aerial pilot pilots`)

// bombingCode is the code of a bombing by doer: "" when the code stays.
// A 195 "bomb" by a non-state doer, and a killing, wounding or attack whose
// instrument is a bomb by a non-state doer, become 183 or its sub-code.
func bombingCode(toks []token, cl *clause, t trigger, doer *entRef) string {
	if doer == nil || stateRef(doer) || doer.Sector == "MIL" {
		return ""
	}
	k := -1 // the bomb's token
	switch t.p.Code {
	case "195":
		if bombTrigger(toks, t) {
			k = t.i
		}
	case "180", "182", "1823", "190":
		k = bombInstrument(toks, cl, t)
	}
	// The clause is scanned for aircraft only once a bomb is found: this
	// runs for every act with a non-state doer.
	if k < 0 || aerialClause(toks, cl) {
		return ""
	}
	return bombKind(toks, cl.start, k+1)
}

// bombTrigger: the trigger's words are of the bomb family ("bomb", "IRA
// bombs"), not "drop bombs" or a bombing raid, which the dictionary codes as
// it means.
func bombTrigger(toks []token, t trigger) bool {
	return t.j-t.i == 1 && bombWords[toks[t.i].lower]
}

// bombInstrument is the token of the bomb that does the act: in the subject
// before the trigger ("a car bomb killed", "suicide bombers killed", "IRA bomb
// attacks") or after "in", "by" or "with" shortly after it ("wounded two
// soldiers in a bomb attack"); -1 when none.
func bombInstrument(toks []token, cl *clause, t trigger) int {
	for k := t.i - 1; k >= cl.start && k >= t.i-8; k-- {
		if bombWords[toks[k].lower] {
			return k
		}
		if !toks[k].word {
			break // a comma or a dash ends the subject phrase
		}
	}
	prep := false
	for k := t.j; k < cl.end && k < t.j+8; k++ {
		switch w := toks[k].lower; {
		case w == "in" || w == "by" || w == "with":
			prep = true
		case prep && bombWords[w]:
			return k
		case !toks[k].word:
			return -1
		}
	}
	return -1
}

// bombKind is the sub-code the words before the bomb give: suicide (1831),
// car or truck (1832), roadside (1833), else 183.
func bombKind(toks []token, from, to int) string {
	for k := to - 1; k >= from && k >= to-4; k-- {
		switch toks[k].lower {
		case "suicide":
			return "1831"
		case "car", "truck", "lorry":
			return "1832"
		case "roadside":
			return "1833"
		}
	}
	return "183"
}

// aerialClause: the clause names aircraft or the air ("jets bombed", "the air
// force bombed"), so a bombing in it is from the air.
func aerialClause(toks []token, cl *clause) bool {
	for k := cl.start; k < cl.end; k++ {
		if aerialWords[toks[k].lower] {
			return true
		}
	}
	return false
}
