package extract

import (
	"errors"
	"fmt"
	"strings"
)

// Triggers as frames. A frame is a verb lemma, the class of noun its object
// must be, and the CAMEO code the pair makes: "give" with an object of the
// aid class is providing aid (070), with an object of the weapons class
// military aid (072); "reach" with an object of the agreement class is
// concluding an agreement (057). frames.tsv lists frames as sets of verbs
// and a class; noun-classes.tsv lists the classes. A frame holds for every
// verb of its set with every noun of its class, so that one line covers
// what would otherwise be dozens of listed phrasings, and a phrasing no one
// listed ("flew tons of medicine into") is still read.
//
// Frames are matched as verb patterns "verb * noun": the noun within a few
// words after the verb, in the same clause. Where the sentence has a
// dependency tree, event coding then reads the object and the other
// arguments from it.
const (
	fileClasses = "noun-classes.tsv"
	// fileJudgements holds the censure class (judgement adjectives), made by
	// scripts/grow-judgements.sh from WordNet and read as fileClasses is.
	fileJudgements = "judgement-classes.tsv"
	fileFrames     = "frames.tsv"
	fileVerbForms  = "verb-forms.tsv"
)

// parseClass reads a line of noun-classes.tsv: class name, nouns (|-separated,
// singular; plurals are matched too).
func (d *dicts) parseClass(c []string) error {
	name := strings.ToLower(c[0])
	if name == "" {
		return errors.New("class without a name")
	}
	var nouns []string
	for _, n := range splitList(c[1]) {
		if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
			nouns = append(nouns, n)
		}
	}
	if len(nouns) == 0 {
		return fmt.Errorf("class %q has no nouns", name)
	}
	d.classes[name] = append(d.classes[name], nouns...)
	return nil
}

// parseFrame reads a line of frames.tsv: CAMEO code, verbs (|-separated
// lemmas, a verb may have a particle: "hand over"), noun class, flags (as in
// verbs.tsv). With the flag "noun" the first column holds nouns instead,
// whose "of" phrase must hold a noun of the class: "suspension" with the
// aid class reads "the suspension of military aid to X". Each verb and noun of the class becomes a pattern "verb *
// noun" unless verbs.tsv or an earlier frame already has that pattern (the
// listed one, then the earlier line, wins).
func (d *dicts) parseFrame(src string, c []string) error {
	if _, ok := d.codes[c[0]]; !ok {
		return fmt.Errorf("CAMEO code %q is not in %s", c[0], fileCodes)
	}
	nouns, ok := d.classes[strings.ToLower(c[2])]
	if !ok {
		return fmt.Errorf("noun class %q is not in %s", c[2], fileClasses)
	}
	verbs := splitList(c[1])
	if len(verbs) == 0 {
		return errors.New("frame without verbs")
	}
	noun := strings.Contains(c[3], "noun")
	for _, v := range verbs {
		vw := strings.Fields(strings.ToLower(v))
		if len(vw) == 0 {
			continue
		}
		if noun {
			// A noun frame: the act named by a noun whose "of" phrase is of
			// the class ("the suspension of military aid").
			for _, n := range nouns {
				words := append(append(append([]string(nil), vw...), "of", ""), strings.Fields(n)...)
				p := &pattern{Code: c[0], Words: words, Noun: true, Recip: strings.Contains(c[3], "recip"),
					Frame: true, Source: src}
				for _, f := range nounForms(vw[0]) {
					d.nouns[f] = append(d.nouns[f], p)
				}
			}
			continue
		}
		for _, n := range nouns {
			words := append(append(append([]string(nil), vw...), ""), strings.Fields(n)...)
			if nw := strings.Fields(n); d.hasVerbPattern(words) || len(nw) > 1 && d.listsVerbPattern(words[:len(words)-1]) {
				// verbs.tsv lists these words, or the verb with the noun's
				// modifier ("provide * financial" reads "provide financial
				// support"): the listed line wins.
				continue
			}
			p := &pattern{Code: c[0], Words: words, Recip: strings.Contains(c[3], "recip"), Org: strings.Contains(c[3], "org"),
				Actor: strings.Contains(c[3], "actor"), Giver: strings.Contains(c[3], "giver"), Frame: true, Source: src}
			for _, f := range d.verbForms(vw[0]) {
				d.verbs[f] = append(d.verbs[f], p)
			}
		}
	}
	return nil
}

// hasVerbPattern reports a verb pattern of exactly these words, listed in
// verbs.tsv or made by an earlier frame line.
func (d *dicts) hasVerbPattern(words []string) bool {
	return d.verbPattern(words, true)
}

// listsVerbPattern is hasVerbPattern for the lines of verbs.tsv alone.
func (d *dicts) listsVerbPattern(words []string) bool {
	return d.verbPattern(words, false)
}

// verbPattern reports a verb pattern of exactly these words, from a frame
// too when frames is set.
func (d *dicts) verbPattern(words []string, frames bool) bool {
	for _, p := range d.verbs[words[0]] {
		if len(p.Words) == len(words) && (frames || !p.Frame) {
			same := true
			for i := range words {
				if p.Words[i] != words[i] {
					same = false
					break
				}
			}
			if same {
				return true
			}
		}
	}
	return false
}
