package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph/graphtest"
)

// hornStory is one news story told by four outlets in four formats
// (testdata/horn-story, written for this test): an HTML page with site
// chrome, an RSS feed of two items, a JSON Lines dump and a text file with
// no date of its own. Ethiopia and Somalia sign a border security agreement
// "on Tuesday" (17 November 2026); the page says so that Tuesday, the feed
// on Wednesday ("an agreement on border security"), the dump that Tuesday.
const hornStory = "testdata/horn-story"

// TestMultiOutletStory loads the story as a user would and checks what a
// reader of the graph relies on: the signing is one event in each direction
// reported by three outlets and dated that Tuesday; the regional bloc, the
// traders' association (written with and without its apostrophe) and the
// host president are one node each, the president Kenya's (the text says
// "of Kenya"); no agreement is "withdrawn from" (an ambassador recalled in
// protest at the pact leaves it as it was); nothing from the page's ticker, related stories or footer;
// a reload changes nothing and loading the files one at a time in reverse
// order gives the same graph.
func TestMultiOutletStory(t *testing.T) {
	st := graphtest.Store(t)
	e := newEnv(t, graphtest.Addr(t))
	load := func(paths ...string) {
		t.Helper()
		if code := e.run(append([]string{"load", "--published", "2026-11-19"}, paths...)...); code != 0 {
			t.Fatalf("load %v: exit %d: %s", paths, code, e.stderr)
		}
	}
	load(hornStory)
	first := graphtest.Dump(t, st)

	const q = `{
	  sign(func: eq(cameo, "057")) @filter(has(agreement)) {
	    date article_count outlet_count source { name } target { name } agreement { name }
	  }
	  actors(func: type(Actor)) { name country }
	  withdrawn(func: eq(status, "withdrawn from")) @filter(type(Agreement)) { name }
	}`
	if code := e.run("query", q); code != 0 {
		t.Fatalf("query: exit %d: %s", code, e.stderr)
	}
	var res struct {
		Sign []struct {
			Date                      string
			ArticleCount              int `json:"article_count"`
			OutletCount               int `json:"outlet_count"`
			Source, Target, Agreement struct{ Name string }
		}
		Actors    []struct{ Name, Country string }
		Withdrawn []struct{ Name string }
	}
	if err := json.Unmarshal(e.stdout.Bytes(), &res); err != nil {
		t.Fatalf("%v\n%s", err, e.stdout)
	}
	dirs := map[string]int{}
	for _, s := range res.Sign {
		if s.Source.Name != "Ethiopia" && s.Source.Name != "Somalia" {
			continue
		}
		dirs[s.Source.Name+">"+s.Target.Name]++
		if !strings.HasPrefix(s.Date, "2026-11-17") || s.ArticleCount != 3 || s.OutletCount != 3 {
			t.Errorf("signing %s>%s of %q: date %s, %d articles, %d outlets; want 2026-11-17, 3, 3",
				s.Source.Name, s.Target.Name, s.Agreement.Name, s.Date, s.ArticleCount, s.OutletCount)
		}
	}
	if dirs["Ethiopia>Somalia"] != 1 || dirs["Somalia>Ethiopia"] != 1 {
		t.Errorf("signings by direction %v; want one event each way", dirs)
	}
	for _, a := range res.Withdrawn {
		// Egypt recalled its ambassador in protest at the pact: ties cut
		// with a state, no agreement left.
		t.Errorf("agreement %q withdrawn from; nobody withdrew from any", a.Name)
	}
	names := map[string][]string{}
	for _, a := range res.Actors {
		names[a.Name] = append(names[a.Name], a.Country)
	}
	for _, n := range []string{"Intergovernmental Authority on Development", "Horn of Africa Traders' Association", "William Ruto"} {
		if len(names[n]) != 1 {
			t.Errorf("%d nodes named %q; want one", len(names[n]), n)
		}
	}
	if c := names["William Ruto"]; len(c) == 1 && c[0] != "KEN" {
		t.Errorf("William Ruto's country %q; the text says Kenya", c[0])
	}
	for n := range names {
		if strings.Contains(n, "Traders") && n != "Horn of Africa Traders' Association" || n == "Association" {
			t.Errorf("the traders' association has another node %q", n)
		}
	}
	for _, chrome := range []string{"Russia", "Sudan", "Iran", "China", "United States", "Hamza Dualeh"} {
		if _, ok := names[chrome]; ok {
			t.Errorf("actor %q comes from the page's chrome", chrome)
		}
	}

	load(hornStory)
	if got := graphtest.Dump(t, st); got != first {
		t.Errorf("a reload changed the graph:\n%s", firstDiff(first, got))
	}
	if err := st.DropAll(t.Context()); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(hornStory, "*"))
	slices.Reverse(files)
	for _, f := range files {
		load(f)
	}
	if got := graphtest.Dump(t, st); got != first {
		t.Errorf("loaded one file at a time in reverse order, the graph differs:\n%s", firstDiff(first, got))
	}
}
