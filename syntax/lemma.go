package syntax

import (
	"sort"
	"strings"
)

// The lemmatizer learns from the treebank's (form, Penn tag, lemma) triples:
// suffix rules by tag ("-ies" NNS → "-y", "-ped" VBD → "-p"), each the most
// frequent rewrite among the word types ending so, and a table of the words
// the rules get wrong ("went" → "go", "better" → "good"). Proper nouns keep
// their case; other lemmas are lower case, as in the treebank.

// maxLemmaSuffix is the longest suffix a rule looks at.
const maxLemmaSuffix = 5

// lemmaRule rewrites a word: cut bytes off its end, then add.
type lemmaRule struct {
	cut int
	add string
}

type lemmatizer struct {
	rules      map[string]lemmaRule // xpos + "\t" + suffix → rule
	exceptions map[string]string    // lower form + "\t" + xpos → lemma
}

// lemma returns the lemma of form tagged xpos (and upos).
func (l *lemmatizer) lemma(form, upos, xpos string) string {
	lower := strings.ToLower(form)
	if lem, ok := l.exceptions[lower+"\t"+xpos]; ok {
		return l.recase(form, lower, lem, upos)
	}
	return l.recase(form, lower, l.byRule(lower, xpos), upos)
}

// recase gives proper nouns' lemmas the case of their form ("Americans" →
// "American").
func (l *lemmatizer) recase(form, lower, lem, upos string) string {
	if upos == "PROPN" && len(form) == len(lower) && strings.HasPrefix(lower, strings.ToLower(lem)) {
		return form[:len(lem)]
	}
	return lem
}

func (l *lemmatizer) byRule(lower, xpos string) string {
	for n := min(maxLemmaSuffix, len(lower)); n >= 1; n-- {
		if r, ok := l.rules[xpos+"\t"+lower[len(lower)-n:]]; ok && r.cut <= len(lower) {
			if lem := lower[:len(lower)-r.cut] + r.add; lem != "" {
				return lem
			}
			break
		}
	}
	return lower
}

// ruleOf is the rewrite from lower to lem.
func ruleOf(lower, lem string) lemmaRule {
	cp := 0
	for cp < len(lower) && cp < len(lem) && lower[cp] == lem[cp] {
		cp++
	}
	return lemmaRule{cut: len(lower) - cp, add: lem[cp:]}
}

// buildLemmatizer learns rules and exceptions from gold sentences.
func buildLemmatizer(sents []Sentence) *lemmatizer {
	type entry struct{ lower, xpos, lemma string }
	// The most frequent lemma of each (lower form, tag).
	lemmaCounts := map[[2]string]map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Lemma == "" || t.XPOS == "" {
				continue
			}
			k := [2]string{strings.ToLower(t.Form), t.XPOS}
			m := lemmaCounts[k]
			if m == nil {
				m = map[string]int{}
				lemmaCounts[k] = m
			}
			m[t.Lemma]++
		}
	}
	var types []entry
	for k, m := range lemmaCounts {
		types = append(types, entry{k[0], k[1], mostFrequent(m)})
	}
	sort.Slice(types, func(i, j int) bool {
		if types[i].lower != types[j].lower {
			return types[i].lower < types[j].lower
		}
		return types[i].xpos < types[j].xpos
	})
	// Rules: for each (tag, suffix) the rewrite most word types take.
	ruleCounts := map[string]map[lemmaRule]int{}
	for _, e := range types {
		r := ruleOf(e.lower, strings.ToLower(e.lemma))
		for n := max(r.cut, 1); n <= maxLemmaSuffix && n <= len(e.lower); n++ {
			k := e.xpos + "\t" + e.lower[len(e.lower)-n:]
			m := ruleCounts[k]
			if m == nil {
				m = map[lemmaRule]int{}
				ruleCounts[k] = m
			}
			m[r]++
		}
	}
	l := &lemmatizer{rules: map[string]lemmaRule{}, exceptions: map[string]string{}}
	for k, m := range ruleCounts {
		best, bn := lemmaRule{}, -1
		for r, n := range m {
			if n > bn || n == bn && (r.cut < best.cut || r.cut == best.cut && r.add < best.add) {
				best, bn = r, n
			}
		}
		l.rules[k] = best
	}
	l.pruneRules()
	for _, e := range types {
		got := l.byRule(e.lower, e.xpos)
		if got != e.lemma && !(isProperTag(e.xpos) && strings.EqualFold(got, e.lemma)) {
			l.exceptions[e.lower+"\t"+e.xpos] = e.lemma
		}
	}
	return l
}

// pruneRules drops rules that say the same as the rule of their one shorter
// suffix would (or, for one letter, as no rule), to keep the model small.
func (l *lemmatizer) pruneRules() {
	keys := make([]string, 0, len(l.rules))
	for k := range l.rules {
		keys = append(keys, k)
	}
	// Longest suffixes first, so a pruned shorter rule is never relied on.
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		r := l.rules[k]
		tab := strings.IndexByte(k, '\t')
		suf := k[tab+1:]
		if len(suf) == 1 {
			if r == (lemmaRule{}) {
				delete(l.rules, k)
			}
			continue
		}
		shorter := k[:tab+1] + suf[1:]
		if sr, ok := l.rules[shorter]; ok && sr == r {
			delete(l.rules, k)
		}
	}
}

func mostFrequent(m map[string]int) string {
	best, bn := "", -1
	for s, n := range m {
		if n > bn || n == bn && s < best {
			best, bn = s, n
		}
	}
	return best
}

func isProperTag(xpos string) bool { return xpos == "NNP" || xpos == "NNPS" }
