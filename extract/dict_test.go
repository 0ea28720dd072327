package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestDictInvariants checks every embedded dictionary entry.
func TestDictInvariants(t *testing.T) {
	d, err := embedded()
	if err != nil {
		t.Fatalf("embedded dictionaries: %v", err)
	}
	if len(d.countries) < 50 || len(d.codes) < 200 {
		t.Fatalf("dictionaries look empty: %d countries, %d codes", len(d.countries), len(d.codes))
	}
	for _, c := range d.countries {
		if c.Name == "" || len(c.ISO3) != 3 || c.Cameo == "" {
			t.Errorf("country %+v lacks a name or code", c)
		}
	}
	for _, o := range d.orgs {
		if o.Country != "" && d.byISO[o.Country] == nil {
			t.Errorf("organization %s: country %s unknown", o.ID, o.Country)
		}
	}
	// Every pattern's code exists, has a root, and the two agree on quad class.
	seen := map[string]string{}
	for _, m := range []map[string][]*pattern{d.verbs, d.nouns} {
		for _, ps := range m {
			for _, p := range ps {
				c, ok := d.codes[p.Code]
				if !ok {
					t.Errorf("pattern %v: code %s not in %s", p.Words, p.Code, fileCodes)
					continue
				}
				root, ok := d.codes[p.Code[:2]]
				if !ok || root.Quad != c.Quad {
					t.Errorf("pattern %v: code %s and its root disagree on quad class", p.Words, p.Code)
				}
				key := strings.Join(p.Words, " ")
				if p.Noun {
					key = "noun:" + key
				}
				if p.Org {
					key += " [org]" // typed: tried before the untyped pattern of the same words
				}
				if p.Deal {
					key += " [deal]" // typed: holds only before "in a deal", listed before the untyped pattern
				}
				if prev, ok := seen[key]; ok && prev != p.Code {
					t.Errorf("pattern %q has two codes: %s and %s", key, prev, p.Code)
				}
				seen[key] = p.Code
			}
		}
	}
	// No phrase of the lexicon is empty, and a name is not claimed by two
	// different countries.
	byName := map[string]string{}
	for first, ps := range d.phrases {
		for _, p := range ps {
			if len(p.toks) == 0 || p.toks[0] != first {
				t.Errorf("phrase %v filed under %q", p.toks, first)
			}
			if p.kind == phCountry && p.country != nil {
				k := strings.Join(p.toks, " ")
				if prev, ok := byName[k]; ok && prev != p.country.ISO3 {
					t.Errorf("country name %q names both %s and %s", k, prev, p.country.ISO3)
				}
				byName[k] = p.country.ISO3
			}
		}
	}
	// Every intent and threat recoding lands on a code that exists.
	for code := range d.codes {
		if len(code) < 3 {
			continue
		}
		for _, weak := range []bool{false, true} {
			if r := intentCode(code, weak); d.codes[r].Code == "" {
				t.Errorf("intentCode(%s) = %s, not a CAMEO code", code, r)
			}
		}
	}
}

func TestUserDictionaries(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(fileOrgs, "id\tname\taliases\tcameo\tkind\tcountry\tsector\nzz-watch\tZephyr Watch\tZW\tNGO\torganization\t\t\n")
	x, err := New(Options{DictDirs: []string{dir}})
	if err != nil {
		t.Fatalf("New with a good user dictionary: %v", err)
	}
	doc := x.Extract(Article{ID: "u"}, "Zephyr Watch criticized Russia on Monday.")
	found := false
	for _, e := range doc.Entities {
		if e.ID == "org:zz-watch" {
			found = true
		}
	}
	if !found {
		t.Errorf("user organization not found in %+v", doc.Entities)
	}

	write(fileVerbs, "code\tpattern\tflags\n999\tfrobnicate\t\n")
	_, err = New(Options{DictDirs: []string{dir}})
	var de *DictError
	if !errors.As(err, &de) || !errors.Is(err, ErrDict) || de.Line != 2 || !strings.HasSuffix(de.File, fileVerbs) {
		t.Errorf("bad code: got %v, want a DictError at %s:2", err, fileVerbs)
	}
	if _, err := New(Options{DictDirs: []string{filepath.Join(dir, "missing")}}); err == nil {
		t.Error("a missing dictionary directory gave no error")
	}
}

func TestVerbForms(t *testing.T) {
	for _, c := range []struct{ lemma, form string }{
		{"ask", "asked"}, {"agree", "agreeing"}, {"urge", "urging"}, {"deny", "denied"},
		{"ban", "banned"}, {"sell", "sold"}, {"withdraw", "withdrew"}, {"accuse", "accuses"},
	} {
		if !contains(verbForms(c.lemma), c.form) {
			t.Errorf("verbForms(%q) = %v, lacks %q", c.lemma, verbForms(c.lemma), c.form)
		}
	}
}

// TestPatternClasses checks a verbs.tsv or nouns.tsv line that names a class
// of synonyms ("a|b"): every member is a pattern with the line's code, flags
// and source, and an empty member is an error.
func TestPatternClasses(t *testing.T) {
	d, err := loadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	d = d.clone()
	if errs := d.parseFile("own/verbs.tsv", fileVerbs, "code\tpattern\tflags\n110\tscoff at|sneer at\tactor\n"); len(errs) > 0 {
		t.Fatal(errs)
	}
	if errs := d.parseFile("own/nouns.tsv", fileNouns, "code\tnoun\tflags\n0871\tlull in fighting|pause in fighting\trecip\n"); len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, c := range []struct {
		m     map[string][]*pattern
		form  string
		words string
		src   string
	}{
		{d.verbs, "scoffed", "scoff at", "own/verbs.tsv:2"},
		{d.verbs, "sneering", "sneer at", "own/verbs.tsv:2"},
		{d.nouns, "lulls", "lull in fighting", "own/nouns.tsv:2"},
		{d.nouns, "pause", "pause in fighting", "own/nouns.tsv:2"},
	} {
		found := false
		for _, p := range c.m[c.form] {
			if p.Source != c.src {
				continue
			}
			found = true
			if got := strings.Join(p.Words, " "); got != c.words {
				t.Errorf("%s: words %q, want %q", c.form, got, c.words)
			}
			if p.Noun {
				if p.Code != "0871" || !p.Recip {
					t.Errorf("%s: code %s recip %v, want 0871 recip", c.form, p.Code, p.Recip)
				}
			} else if p.Code != "110" || !p.Actor {
				t.Errorf("%s: code %s actor %v, want 110 actor", c.form, p.Code, p.Actor)
			}
		}
		if !found {
			t.Errorf("%s: no pattern from %s", c.form, c.src)
		}
	}
	for _, bad := range []string{"110\tscoff at||sneer at\t\n", "110\t|\t\n", "110\tscoff at|*\t\n"} {
		if errs := d.parseFile("own/verbs.tsv", fileVerbs, "code\tpattern\tflags\n"+bad); len(errs) != 1 {
			t.Errorf("%q: %d errors, want 1", bad, len(errs))
		}
	}
}

// TestClassFiresAsOneLine checks that two members of one embedded class
// line, each in a sentence of its own, are reported as the same line.
func TestClassFiresAsOneLine(t *testing.T) {
	var mu sync.Mutex
	fired := map[string]string{} // sentence -> dictionary line
	x, err := New(Options{Fired: func(f Fire) {
		mu.Lock()
		fired[f.Sentence] = f.Pattern
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	a, b := "Germany ridiculed the Russian proposal.", "Poland mocked the Russian proposal."
	x.Extract(Article{ID: "class"}, a+" "+b)
	if fired[a] == "" || fired[a] != fired[b] {
		t.Errorf("fires %q and %q, want one line of verbs.tsv for both", fired[a], fired[b])
	}
}
