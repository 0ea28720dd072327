package extract

import (
	"errors"
	"slices"
	"testing"
)

func TestFrames(t *testing.T) {
	d := newDicts()
	if errs := d.parseFile("codes", fileCodes, "code\tdescription\tgoldstein\tquad_class\tplover\n070\tProvide aid\t7\t2\tAID\n071\tProvide economic aid\t7\t2\tAID\n"); len(errs) > 0 {
		t.Fatal(errs)
	}
	if errs := d.parseFile("verbs", fileVerbs, "code\tpattern\n071\tgive * grant\n"); len(errs) > 0 {
		t.Fatal(errs)
	}
	if errs := d.parseFile("classes", fileClasses, "class\tnouns\naid\tgrant|food aid\n"); len(errs) > 0 {
		t.Fatal(errs)
	}
	if errs := d.parseFile("frames", fileFrames, "code\tverbs\tclass\tflags\n070\tgive|hand over\taid\t\n"); len(errs) > 0 {
		t.Fatal(errs)
	}
	got := map[string]string{}
	for _, form := range []string{"gave", "handed"} {
		for _, p := range d.verbs[form] {
			key := ""
			for _, w := range p.Words {
				if w == "" {
					w = "*"
				}
				key += w + " "
			}
			got[key] = p.Code
		}
	}
	want := map[string]string{"give * grant ": "071", "give * food aid ": "070", "hand over * grant ": "070", "hand over * food aid ": "070"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("pattern %q: code %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	// A frame naming an unknown class or code is an error with its line.
	errs := d.parseFile("frames", fileFrames, "code\tverbs\tclass\tflags\n070\tgive\tweapons\t\n999\tgive\taid\t\n")
	if len(errs) != 2 || !errors.Is(errs[0], ErrDict) {
		t.Errorf("errors %v, want two dictionary errors", errs)
	}
}

// TestVerbFormsFromWordNet checks that the embedded irregular forms reach
// the patterns: "find * guilty" matches "found".
func TestVerbFormsFromWordNet(t *testing.T) {
	d, err := embedded()
	if err != nil {
		t.Fatal(err)
	}
	for lemma, form := range map[string]string{"find": "found", "flee": "fled", "overthrow": "overthrew"} {
		if !slices.Contains(d.verbForms(lemma), form) {
			t.Errorf("verbForms(%q) = %v, lacks %q", lemma, d.verbForms(lemma), form)
		}
	}
	found := false
	for _, p := range d.verbs["found"] {
		if p.Words[0] == "find" && p.Code == "116" {
			found = true
		}
	}
	if !found {
		t.Error(`"found" does not reach the pattern "find * guilty"`)
	}
}
