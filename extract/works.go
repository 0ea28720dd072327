package extract

import "strings"

// A film, a show, a game or a robot is often named like a person ("Vera
// Drake", "Billy Elliot", "Asimo") and, acting as a subject ("Vera Drake
// has scooped seven nominations"), would be made one, and a later "he"
// could be given to it. The article usually says once what the name is: a
// noun of works stands right before it ("British film Vera Drake", "the
// musical Billy Elliot", "the robot Asimo"). namedWorks collects such
// names before the sentences are read; nameRef and the bare-name subject
// (see generic.go) then make no actor of them, as they do for a storm's.

// workNouns name a work or a made thing: the fiction works of senses.go
// and the shows, records, games and machines named like people.
var workNouns = func() map[string]bool {
	s := toSet(`show series programme album single song track book soap game robot documentary`)
	for w := range fictionWorks {
		s[w] = true
	}
	return s
}()

// namedWorks returns the names (lower case) that stand right after a noun of
// works in the article. Not in sports reports, where "the game" is a match
// and a clause may follow it with no comma ("at the end of the game X
// scored").
func namedWorks(sents []sentence, sports bool) map[string]bool {
	if sports {
		return nil
	}
	var works map[string]bool
	for _, s := range sents {
		toks := s.toks
		for k := 1; k+1 < len(toks); k++ {
			if !workNouns[toks[k].lower] || toks[k].upper || !worksNounOpener(toks[k-1], k-1 == 0) {
				continue
			}
			j := k + 1
			for j < len(toks) && toks[j].word && (toks[j].upper || toks[j].hyph && j > k+1) {
				j++
			}
			if j == k+1 || honorifics[strings.TrimSuffix(toks[k+1].lower, ".")] {
				continue // "On the Today programme Mr Reid said": a clause, not a title
			}
			if works == nil {
				works = map[string]bool{}
			}
			works[strings.ToLower(spanText(toks, k+1, j))] = true
		}
	}
	return works
}

// worksNounOpener reports whether the word before a noun of works makes it
// that noun and not a verb ("polls show Smith ahead", "will show Smith"):
// a determiner, a possessive, a capitalised word ("TV show", "British
// film") or a lower-case modifier that is no plural, auxiliary or
// preposition ("hit show", "abortion drama"). A word that opens its
// sentence is read as lower case ("Polls show Smith ahead") unless it is
// an acronym ("US musical").
func worksNounOpener(p token, opens bool) bool {
	switch {
	case determiners[p.lower] || p.lower == "'s":
		return true
	case !p.word:
		return false
	case p.upper && (!opens || len(p.text) > 1 && strings.ToUpper(p.text) == p.text):
		return true // "TV show", "British film"
	}
	// auxiliaries hold the modals ("will show"); modalWords add only "'ll",
	// no word.
	return !strings.HasSuffix(p.lower, "s") && !auxiliaries[p.lower] && !prepositions[p.lower] && p.lower != "and" && p.lower != "or"
}

// isWork reports whether low, a name lower-cased (its callers have lowered
// it already; personByName lowers what it is given), is a work's the
// article named (namedWorks), or the last words of one ("drake" after "the
// film Vera Drake"), and no person met so far bears it.
func (b *builder) isWork(low string) bool {
	if len(b.works) == 0 {
		return false // most articles name no work
	}
	work := b.works[low]
	if !work {
		tail := " " + low
		for w := range b.works {
			if strings.HasSuffix(w, tail) {
				work = true
				break
			}
		}
	}
	return work && b.personByName(low) == nil
}

// nationalityOfWork reports whether run is a lone nationality or country
// name right before a noun of works or of broadcasting ("US drama 24",
// "British TV", "a French comedy", "Japanese games"). The nationality
// says where a work was made or a medium runs, not that a state acts:
// "criticised British TV for being too safe" is a complaint about
// programmes, not about the United Kingdom.
func nationalityOfWork(toks []token, run []chunk) bool {
	if len(run) == 0 || len(run) > 2 || run[0].kind != phAdjective && run[0].kind != phCountry || run[0].poss {
		return false
	}
	q := run[0].j
	if len(run) == 2 && (run[1].kind != chName || run[1].i != q || run[1].j != q+1) {
		return false // only a capitalised medium ("British TV") may stand as a chunk of its own
	}
	if q >= len(toks) || !toks[q].word || toks[q].hyph {
		return false
	}
	w := toks[q].lower
	return workNouns[w] || workNouns[strings.TrimSuffix(w, "s")] || mediaWords[w]
}
