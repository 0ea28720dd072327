package extract

import "strings"

// Matching a pattern's words against the tokens after its verb: word forms,
// gaps, adjuncts and the objects a gap may hold.

// matchBack reports whether words match the tokens ending at k, not before
// lo. Before a final "to" a short adjunct may intervene: "decided on Friday
// to", "agreed in principle to", "plans eventually to".
func matchBack(toks []token, k int, words []string, lo int) bool {
	n := len(words)
	for x := n - 1; x >= 0; x-- {
		if k < lo || toks[k].lower != words[x] {
			return false
		}
		k--
		if x == n-1 && words[x] == "to" && x > 0 {
			k = skipAdjunct(toks, k, lo)
		}
	}
	return true
}

// adjunctWords make up the short adverbials that may sit between a verb and
// its infinitive: dates, "in principle", adverbs.
var adjunctWords = toSet(`on in at last this earlier late early next week month year night morning
afternoon evening weekend today yesterday tonight principle also again now finally formally eventually
quickly recently unanimously then the of`)

// adjunctToken reports whether t may stand in a short adjunct: an
// adjunctWords word, a weekday, a month, a number, an -ly adverb or a comma.
// skipAdjunct walks back over such tokens, adjunctBeforeTo forward.
func adjunctToken(t token) bool {
	w := t.lower
	return adjunctWords[w] || isWeekday(w) || months[w] != 0 && t.upper || isDigit(w[0]) || strings.HasSuffix(w, "ly") && len(w) > 4 || w == ","
}

// skipAdjunct returns the index of the last token at or before k that is not
// part of a short adjunct (up to five tokens: "on Friday", "last week", "in
// principle", "unanimously"), or k when there is none.
func skipAdjunct(toks []token, k, lo int) int {
	q := k
	for n := 0; q >= lo && n < 5; n++ {
		if adjunctToken(toks[q]) {
			q--
			continue
		}
		break
	}
	if q < lo {
		return k
	}
	return q
}

func isAux(w string) bool {
	return beForms[w] || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" || w == "not" || w == "also" || w == "to"
}

// auxAt reports whether token k (which may be past the end) is an
// auxiliary or a modal: after a noun it makes the noun a clause's subject
// ("that Bonn would", "denied the decision would").
func auxAt(toks []token, k int) bool {
	return k < len(toks) && (isAux(toks[k].lower) || modalWords[toks[k].lower])
}

func nounPlural(w string) string {
	fs := nounForms(w)
	return fs[len(fs)-1]
}

// isPluralOf reports whether l is nounPlural(w), without building the
// plural: matchWord asks it of every word a pattern's gap passes over.
func isPluralOf(l, w string) bool {
	stem, suffix, ok := pluralParts(w)
	if !ok {
		return l == w
	}
	return len(l) == len(stem)+len(suffix) && strings.HasPrefix(l, stem) && strings.HasSuffix(l, suffix)
}

// matchWord reports how many tokens from pos spell the pattern word w (a
// plural too when last): one for the word itself, more for words joined by
// hyphens, which match w with or without its hyphens ("cease-fire" is
// "ceasefire", "pull-out" "pullout"). Zero when they do not.
func matchWord(toks []token, pos int, w string, last bool) int {
	if pos >= len(toks) {
		return 0
	}
	if l := toks[pos].lower; l == w || last && isPluralOf(l, w) {
		return 1
	}
	if pos+1 >= len(toks) || !toks[pos+1].hyph {
		return 0
	}
	bare := strings.ReplaceAll(w, "-", "")
	joined := toks[pos].lower
	for q := pos + 1; q < len(toks) && q < pos+4 && toks[q].hyph; q++ {
		joined += toks[q].lower
		if joined == bare || last && joined == strings.ReplaceAll(nounPlural(w), "-", "") {
			return q - pos + 1
		}
	}
	return 0
}

// hyphJoined is the run of words joined by hyphens from k on, without the
// hyphens: "cease-fire" gives "ceasefire".
func hyphJoined(toks []token, k int) string {
	s := toks[k].lower
	for q := k + 1; q < len(toks) && q < k+4 && toks[q].hyph; q++ {
		s += toks[q].lower
	}
	return s
}

// gapParticles right after a verb make a phrasal verb of it ("pulled away
// from", "drew level with"): a gap pattern of the bare verb does not hold.
var gapParticles = toSet(`away ahead apart clear level even together`)

// matchPattern matches p's words after its verb at toks[k].
func matchPattern(toks []token, k int, p *pattern, clOf []int, mAt []int) (trigger, bool) {
	return matchFrom(toks, k, k+1, p, clOf, mAt)
}

// matchFrom matches p's words after its first, which spans toks[k:pos].
// mAt (mention index+1 of each token; nil when unknown) lets a gap hold a
// long name: an actor's words count as one.
func matchFrom(toks []token, k, pos int, p *pattern, clOf []int, mAt []int) (trigger, bool) {
	t := trigger{p: p, i: k, gapI: -1, gapJ: -1, cl: clOf[k], org: -1}
	for n := 1; n < len(p.Words); n++ {
		w := p.Words[n]
		if w == "" {
			// A gap: the next word must come within gapMax tokens.
			if n+1 >= len(p.Words) {
				break
			}
			next := p.Words[n+1]
			if n == 1 && p.Words[0] == "have" && pos < len(toks) && (toks[pos].lower == "been" || strings.HasSuffix(toks[pos].lower, "ed") || irregularPast[toks[pos].lower]) {
				// "had been struck at dinners": an auxiliary, not "had dinner".
				return t, false
			}
			if n == 1 && p.Frame && pos+1 < len(toks) && prepositions[toks[pos].lower] && !quantityWord(toks[pos+1]) && matchWord(toks, pos, next, n+1 == len(p.Words)-1) == 0 {
				// A frame's noun is the verb's object: "was challenged on
				// the remark", "struck at dinners" name none ("flew over 13
				// tons of medicine" is an amount).
				return t, false
			}
			if n >= 2 && p.Words[n-1] == "to" && p.Frame && pos < len(toks) && !nounDets[toks[pos].lower] && toks[pos].word && !toks[pos].upper {
				// "agreed to draw up a plan": a verb after "to" is the act
				// agreed to, not a plan agreed to ("agreed to the plan").
				if matchWord(toks, pos, next, n+1 == len(p.Words)-1) == 0 {
					return t, false
				}
			}
			if n == 1 && pos < len(toks) && gapParticles[toks[pos].lower] {
				// "pulled away from its rival": the particle makes another
				// verb (pull away, pull ahead), whose object this is not.
				return t, false
			}
			found, size, objEnd := -1, 0, -1
			// A word joined by a hyphen to the one before it does not count
			// against the gap: "a three-month-old state of emergency" has
			// three words before "state", not five.
			// "handed over more than $4 million worth of medical equipment",
			// "signed a $40bn (£21bn) deal": an amount opening the object is
			// one modifier, however many words it is written in.
			limit := pos + gapMax + amountAt(toks, pos)
			addressee := mAt != nil && (prepositions[next] || next == "that")
			for q := pos; q < len(toks) && q <= limit; q++ {
				if clOf[q] != t.cl || toks[q].text == "." || toks[q].text == ";" {
					break
				}
				if addressee && clauseOpeners[toks[q].lower] {
					// "asked why ministers attacked ... for": a clause, no addressee.
					break
				}
				if next == "to" && q > pos {
					// "ask the Queen on 4 or 5 April to dissolve": a time
					// between the addressee and its "to" is no part of the
					// gap, as it is none before a bare "to" ("vowed last
					// week to").
					if e := timeBeforeTo(toks, q); e > q {
						found, size, objEnd = e, 1, q
						break
					}
				}
				if size = matchWord(toks, q, next, n+1 == len(p.Words)-1); size > 0 && q > pos && toks[q-1].lower == "to" && p.Frame {
					// "challenged the right of Yukos to claim": after "to"
					// a frame's noun is a verb.
					size = 0
				} else if size > 0 && p.Frame && forAfterObject(toks, pos, q) {
					// "will give value for money", "could give him a run for
					// his money": the noun after "for" is what the object is
					// worth or traded for, not what is given.
					size = 0
				} else if size > 0 {
					found = q
					break
				}
				// "ordered Abhisit and former deputy prime minister Suthep
				// Thaungsuban to": before a governed "to" or a preposition
				// the gap is the addressee, and the words of one actor's
				// name count once. Before an object noun it is the noun's
				// modifiers, which a name does not stretch.
				// An owner's name before the object noun is one determiner
				// however long: "refuted US President X's comments".
				// So is the first object of a verb of giving: "granted the
				// Department of State Services (DSS) permission", with the
				// acronym in brackets and a comma after the name.
				if q+1 < len(toks) && (toks[q+1].hyph || mAt != nil && mAt[q] != 0 && mAt[q+1] == mAt[q] && (addressee || possessorAt(toks, mAt, q) || n == 1 && firstObject(toks, mAt, pos, q))) && limit < pos+3*gapMax {
					limit++
				}
				if n == 1 && mAt != nil && q > pos && mAt[q-1] != 0 && firstObject(toks, mAt, pos, q-1) && mAt[q] != mAt[q-1] {
					// After the first object's name: "(DSS)" and a comma.
					if e := bracketAfter(toks, q); e > q {
						limit += e - q
					}
				}
			}
			if found < 0 {
				return t, false
			}
			if objEnd < 0 {
				objEnd = found
			}
			if t.gapI < 0 {
				t.gapI, t.gapJ = pos, objEnd
			}
			pos = found + size
			n++
			continue
		}
		if w == "to" && p.Words[n-1] != "" && pos < len(toks) && toks[pos].lower != "to" {
			// "vowed last week to", "agreed on 12 March to", "offered once
			// more to": a short time adjunct may sit before a governed "to".
			if q := adjunctBeforeTo(toks, pos); q > pos {
				pos = q
			}
		}
		c := matchWord(toks, pos, w, n == len(p.Words)-1)
		if c == 0 {
			return t, false
		}
		pos += c
	}
	if last := p.Words[len(p.Words)-1]; len(p.Words) > 1 && (last == "on" || last == "in" || last == "at") && timeAt(toks, pos) {
		// "agreed on 18 September to lift": the preposition opens a date,
		// not what was agreed on.
		return t, false
	}
	t.j = pos
	return t, true
}

// adjunctBeforeTo returns the index of the "to" after a short time adjunct
// that opens at pos ("last week", "on Friday", "in principle", "once more"),
// or pos when there is none.
func adjunctBeforeTo(toks []token, pos int) int {
	for q := pos; q < len(toks) && q <= pos+5; q++ {
		w := toks[q].lower
		if w == "to" {
			if q > pos {
				return q
			}
			return pos
		}
		// "on 4 or 5 April": two day numbers joined are one date.
		days := (w == "or" || w == "and") && q > pos && isDigit(toks[q-1].lower[0]) && q+1 < len(toks) && toks[q+1].lower != "" && isDigit(toks[q+1].lower[0])
		if w == "" || w == "of" || !(adjunctToken(toks[q]) || days || w == "once" || w == "more" && q > pos && toks[q-1].lower == "once") {
			return pos
		}
	}
	return pos
}

// timeBeforeTo returns the index of the "to" after a time adjunct that
// opens at pos ("on Monday", "last week", "on 4 or 5 April"), or pos when
// none does: an adjunctBeforeTo run holding a weekday, a month, a year or
// a word of time, so that "the Queen in London to" keeps its place words
// and "asked the 12 to" its number.
func timeBeforeTo(toks []token, pos int) int {
	e := adjunctBeforeTo(toks, pos)
	for q := pos; q < e; q++ {
		w := toks[q].lower
		if isWeekday(w) || months[w] != 0 && toks[q].upper || len(w) == 4 && isDigit(w[0]) || timeNouns[w] || w == "today" || w == "yesterday" || w == "tonight" {
			return e
		}
	}
	return pos
}

// timeAt reports whether a date opens at pos: a weekday, a month name, or a
// day number before one ("Friday", "March", "12 March").
func timeAt(toks []token, pos int) bool {
	if pos >= len(toks) || toks[pos].lower == "" {
		return false
	}
	w := toks[pos].lower
	if isWeekday(w) || months[w] != 0 && toks[pos].upper {
		return true
	}
	return isDigit(w[0]) && pos+1 < len(toks) && months[toks[pos+1].lower] != 0 && toks[pos+1].upper
}

// amountAt is the number of words, less one, of an amount that opens the
// phrase at pos after at most two other words ("an additional $2 million",
// "more than USD $4 million worth"), brackets included; 0 if none.
func amountAt(toks []token, pos int) int {
	q := pos
	for q < len(toks) && q < pos+2 && !quantityWord(toks[q]) && toks[q].word && !prepositions[toks[q].lower] {
		q++
	}
	n := 0
	for ; q < len(toks) && n < 2*gapMax; q++ {
		if !quantityWord(toks[q]) && toks[q].text != "(" && toks[q].text != ")" {
			break
		}
		n++
	}
	if n > 0 {
		n--
	}
	return n
}

// quantityWord reports a word of an amount: a number, a currency sign or
// code, a unit ("tons of", "million").
func quantityWord(t token) bool {
	if t.lower != "" && (t.lower[0] >= '0' && t.lower[0] <= '9') {
		return true
	}
	return quantityWords[t.lower]
}

// Numbers spelled out are amounts as digits are: "shortened by one hour the
// curfew" measures the change as "by 1 hour" would.
var quantityWords = toSet(`$ € £ usd eur million billion trillion thousand hundred worth tons tonnes tons metric more than about nearly some around over
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety
dozen dozens hundreds thousands half`)

// paperAfter reports whether the object starting at j (within three words)
// is a paper one signs alone: a decree, a law, a petition, a letter.
func paperAfter(toks []token, j int, papers map[string]bool) bool {
	for q := j; q < len(toks) && q < j+4; q++ {
		w := toks[q].lower
		if papers[w] {
			return true
		}
		if !toks[q].word {
			return false
		}
	}
	return false
}

// sentMessages are things sent that are words, not goods.
var sentMessages = toSet(`letter letters message messages note notes email emails e-mail invitation invitations signal signals text texts tweet tweets`)

// goodsAfter reports whether the object that starts at token j names goods
// (releasedThings, see releasesThing):
// a word of goods within four words, before any preposition, conjunction or
// punctuation ("released a new desktop tool", not "quit after reports").
func goodsAfter(toks []token, j int) bool {
	for q := j; q < len(toks) && q < j+4; q++ {
		w := toks[q].lower
		if releasedThings[w] && !toks[q].upper {
			return true
		}
		if !toks[q].word || prepositions[w] || subordinators[w] || w == "and" || w == "or" || w == "but" || w == "to" {
			return false
		}
	}
	return false
}

var signedPapers = toSet(`decree decrees law laws bill bills order orders legislation petition petitions letter letters autograph autographs book books copies`)

// forAfterObject reports whether the frame noun at q stands in a "for"
// phrase ("for money", "for his money") after other words of the gap
// toks[pos:q] that hold no amount: that noun is then no object of the verb
// ("give value for money"). An amount before it makes it the purpose of the
// sum given ("approved $10m for aid"), and so the act.
func forAfterObject(toks []token, pos, q int) bool {
	r := q - 1
	if r > pos && nounDets[toks[r].lower] {
		r--
	}
	if r <= pos || toks[r].lower != "for" {
		return false
	}
	for k := pos; k < r; k++ {
		if quantityWord(toks[k]) {
			return false
		}
	}
	return true
}
