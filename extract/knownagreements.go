package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Well-known agreements are often named by a description that shares no
// key with their formal name ("the Kyoto treaty" for the Kyoto Protocol,
// "the stability pact" for the Stability and Growth Pact). The shape rules
// (agreements.go) key an agreement on one article alone, so such a
// description would be a node of its own. dict/agreements.tsv lists the
// agreements for which the shared texts use such descriptions: each line is
// the formal name, the descriptions that name it (lower case, "|"
// between), and the places whose name with an agreement noun names it
// ("Kyoto" + treaty, deal, accord, climate pact...). Every form is mapped to
// the ID the formal name gets by the shape rules (its acronym, else its
// name: agreement:kyoto-protocol, agreement:sgp), so articles that use the
// formal name are keyed as before. A form may end in a word that is no
// agreement noun ("EU constitution"): knownNounlessAt finds those, and the
// entry's head word ("the constitution") refers back to it. An entry earns
// its place by firing on two sentences or more of texts we did not write
// (docs/extraction.md).

//go:embed dict/agreements.tsv
var knownAgreementsTSV string

const fileAgreements = "extract/dict/agreements.tsv"

// knownAgreement is one line of agreements.tsv.
type knownAgreement struct {
	name string
	// head is the last word of its shortest form when that is no
	// agreement noun ("constitution" of "EU constitution"): "the
	// constitution" refers back to it in an article that named it.
	head string
}

// knownAgreements indexes agreements.tsv.
type knownAgreements struct {
	byForm   map[string]*knownAgreement // normalized description -> entry
	byPlace  map[string]*knownAgreement // lower-case place word -> entry
	maxWords int
	// nounless holds the last words of forms that end in no agreement
	// noun ("EU constitution", "... for the European Union"): no shape
	// rule reaches them, so knownNounlessAt looks for them.
	nounless map[string]bool
	// heads holds the entries' head words: knownHeadRef, asked at every
	// lower-case word after "the", looks further only for one of them.
	heads map[string]bool
}

// knownAgreementsDict is agreements.tsv, parsed once.
var knownAgreementsDict = sync.OnceValues(func() (*knownAgreements, error) {
	return parseKnownAgreements(fileAgreements, knownAgreementsTSV)
})

// parseKnownAgreements reads agreements.tsv; errors name the line.
func parseKnownAgreements(path, data string) (*knownAgreements, error) {
	ka := &knownAgreements{byForm: map[string]*knownAgreement{}, byPlace: map[string]*knownAgreement{}, nounless: map[string]bool{}, heads: map[string]bool{}}
	for n, line := range strings.Split(data, "\n") {
		if n == 0 || strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue // the header
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || strings.TrimSpace(f[0]) == "" {
			return nil, &DictError{File: path, Line: n + 1, Err: fmt.Errorf("%w: want 3 tab-separated fields (name, aliases, places) and a name, got %q", ErrDict, line)}
		}
		e := &knownAgreement{name: strings.TrimSpace(f[0])}
		for _, a := range append(strings.Split(f[1], "|"), e.name) {
			k := agreementForm(strings.Fields(a))
			if k == "" {
				continue
			}
			if o := ka.byForm[k]; o != nil && o != e {
				return nil, &DictError{File: path, Line: n + 1, Err: fmt.Errorf("%w: %q already names %s", ErrDict, a, o.name)}
			}
			ka.byForm[k] = e
			words := strings.Fields(k)
			ka.maxWords = max(ka.maxWords, len(words))
			if last := words[len(words)-1]; !agreementNounsLower[last] {
				ka.nounless[last] = true
			}
		}
		if e.head = shortestFormHead(f[1], e.name); e.head != "" {
			ka.heads[e.head] = true
		}
		for _, p := range strings.Split(f[2], "|") {
			if p = strings.ToLower(strings.TrimSpace(p)); p != "" {
				ka.byPlace[p] = e
			}
		}
	}
	return ka, nil
}

// agreementForm is the key of a description: lower case, without a
// leading determiner, the agreement noun folded (deal, accord, pact are
// agreement), so "the stability pact" and "stability deal" meet.
func agreementForm(words []string) string {
	if len(words) > 0 && agreementDets[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) == 0 {
		return ""
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToLower(w)
	}
	out[len(out)-1] = foldedNoun(out[len(out)-1])
	return strings.Join(out, " ")
}

// lookup is the known agreement a name or description names: one of its
// forms, or a place of the entry, then topic or modifier words, then an
// agreement noun ("Kyoto climate deal").
func (ka *knownAgreements) lookup(name string) *knownAgreement {
	words := strings.Fields(name)
	if e := ka.byForm[agreementForm(words)]; e != nil {
		return e
	}
	if len(words) > 0 && agreementDets[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) < 2 || !agreementNounsLower[strings.ToLower(words[len(words)-1])] {
		return nil
	}
	e := ka.byPlace[strings.ToLower(words[0])]
	if e == nil {
		return nil
	}
	for _, w := range words[1 : len(words)-1] {
		if lw := strings.ToLower(w); !agreementTopics[lw] && !agreementMods[lw] {
			return nil // "Kyoto car deal"
		}
	}
	return e
}

// knownAt is the known agreement whose description ends with the
// agreement noun at k, and the description's first token; nil when none.
// Tokens inside another mention (mAt >= 0) are not read.
func (ka *knownAgreements) knownAt(toks []token, k int, mAt func(int) int) (*knownAgreement, int) {
	for n := min(ka.maxWords, k+1); n >= 2; n-- {
		i := k - n + 1
		words := make([]string, 0, n)
		ok := true
		for q := i; q <= k; q++ {
			if !toks[q].word || mAt(q) >= 0 {
				ok = false
				break
			}
			words = append(words, toks[q].lower)
		}
		if !ok {
			continue
		}
		if e := ka.byForm[agreementForm(words)]; e != nil {
			return e, i
		}
	}
	return nil, -1
}

// shortestFormHead is the last word of the shortest of an entry's forms
// ("|" between in aliases, then the name), when it is no agreement noun.
func shortestFormHead(aliases, name string) string {
	var best []string
	for _, a := range append(strings.Split(aliases, "|"), name) {
		if f := strings.Fields(strings.ToLower(a)); len(f) > 0 && (best == nil || len(f) < len(best)) {
			best = f
		}
	}
	if len(best) < 2 || agreementNounsLower[best[len(best)-1]] {
		return ""
	}
	return best[len(best)-1]
}

// knownNounlessAt is the known agreement whose form ends at k in a word
// that is no agreement noun ("sign the EU constitution", "a constitution
// for the European Union"), the form's first token, and the mentions
// inside it ("EU", "European Union": words of the name, not actors). A
// mention reaching outside the form, a person or an agreement stops it.
func (ka *knownAgreements) knownNounlessAt(toks []token, ms []mention, k int) (*knownAgreement, int, []int) {
	if !ka.nounless[toks[k].lower] {
		return nil, -1, nil
	}
	for n := min(ka.maxWords, k+1); n >= 2; n-- {
		i := k - n + 1
		words := make([]string, 0, n)
		var inner []int
		ok := true
		for q := i; q <= k && ok; q++ {
			ok = toks[q].word
			words = append(words, toks[q].lower)
		}
		for x, m := range ms {
			if !ok || m.j <= i || m.i > k {
				continue
			}
			ok = m.i >= i && m.j <= k+1 && !m.person && !m.agr
			inner = append(inner, x)
		}
		if !ok {
			continue
		}
		if e := ka.byForm[agreementForm(words)]; e != nil {
			if agreementDets[toks[i].lower] {
				i++ // the mention is the name ("EU constitution"), an alias
			}
			return e, i, inner
		}
	}
	return nil, -1, nil
}

// knownHeadRef is the known agreement the article named whose head is
// the word w ("the constitution" after "the EU constitution"); nil when
// it named none.
func (b *builder) knownHeadRef(ka *knownAgreements, w string) *entRef {
	if !ka.heads[w] {
		return nil // no entry's head: no named agreement to look up
	}
	for x := len(b.namedAgreements) - 1; x >= 0; x-- {
		r := b.namedAgreements[x]
		if e := ka.lookup(r.Name); e != nil && e.head == w {
			return r
		}
	}
	return nil
}

// knownByOtherNoun reports whether the agreement id is a known one whose
// name ends in no agreement noun (the EU constitution): "a deal" or "the
// accord" in its article is some other agreement, not a description of it.
func (b *builder) knownByOtherNoun(id string) bool {
	ka, err := knownAgreementsDict()
	e := b.ents[id]
	if err != nil || e == nil {
		return false
	}
	k := ka.lookup(e.Name)
	return k != nil && k.head != ""
}

// knownRef is the agreement of a known entry, keyed as its formal name.
func (b *builder) knownRef(e *knownAgreement) *entRef {
	return b.agreementRefNamed(e.name, "")
}

// knownAgreementIDs maps each agreement of the article that a known entry
// names by another ID (a description: "Kyoto treaty") to the ID of that
// entry, making the entry's entity when the article has none.
func (b *builder) knownAgreementIDs() map[string]string {
	ka, err := knownAgreementsDict()
	if err != nil || len(ka.byForm) == 0 {
		return nil
	}
	ren := map[string]string{}
	for _, id := range b.order {
		e := b.ents[id]
		if e == nil || e.Kind != KindAgreement {
			continue
		}
		var k *knownAgreement
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k = ka.lookup(n); k != nil {
				break
			}
		}
		if k == nil {
			continue
		}
		r := b.knownRef(k)
		if r.ID == id {
			if e.Name != k.name {
				// "Kyoto protocol" in one article, "Kyoto Protocol" in
				// another: the node's name is the formal one in both.
				if !contains(e.Aliases, e.Name) && !strings.EqualFold(e.Name, k.name) {
					e.Aliases = append(e.Aliases, e.Name)
				}
				e.Name, r.Name = k.name, k.name
				e.Aliases = slices.DeleteFunc(e.Aliases, func(a string) bool { return a == k.name })
			}
			continue
		}
		if b.ents[r.ID] == nil {
			b.ents[r.ID] = &Entity{ID: r.ID, Name: r.Name, Kind: KindAgreement}
			b.order = append(b.order, r.ID)
		}
		ren[id] = r.ID
	}
	return ren
}
