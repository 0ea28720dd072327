package queries

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// The story in testdata/story/articles.jsonl is written for these tests in
// our own words: a truce protocol signed by Russia and Ukraine (September
// 2014), a monitoring centre set up with both as members, a ministers'
// meeting, Russia's withdrawal from the centre reported by three outlets on
// adjacent days (one of them calling the capital "Moscow"), a protest and
// a violation of the protocol, and Russia rejoining the centre in 2019.
// Every article goes through the real extractor.
func storyDocs(t *testing.T) []extract.Document {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "story", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []extract.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		var a struct{ ID, Source, Published, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("articles.jsonl:%d: %v", line, err)
		}
		docs = append(docs, x.Extract(extract.Article{ID: a.ID, Title: a.Title, Source: a.Source, Published: a.Published}, a.Text))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// storyReport is one outlet's report in a story test, written in our own
// words.
type storyReport struct{ id, source, published, text string }

// extractReports runs the real extractor over a story's reports, in order.
func extractReports(t *testing.T, reports []storyReport) []extract.Document {
	t.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []extract.Document
	for _, a := range reports {
		docs = append(docs, x.Extract(extract.Article{ID: a.id, Source: a.source, Published: a.published}, a.text))
	}
	return docs
}

// writeAll writes docs into st in the given order.
func writeAll(t *testing.T, st *graph.Store, docs []extract.Document, order []int) {
	t.Helper()
	for _, i := range order {
		if _, err := st.Write(context.Background(), docs[i]); err != nil {
			t.Fatalf("write %s: %v", docs[i].Article.ID, err)
		}
	}
}

// storyAnswers runs the canned queries over time and returns their answers
// as lines of text, the same whatever order the articles were loaded in.
func storyAnswers(t *testing.T, st *graph.Store) map[string][]string {
	t.Helper()
	run := queryRunner(t, st)
	day := func(s string) string {
		if len(s) >= 10 {
			return s[:10]
		}
		return s
	}
	out := map[string][]string{}

	type rel struct {
		RelType    string `json:"rel_type"`
		Since      string
		Until      string
		Head, Tail struct{ Name string }
	}
	for _, q := range []struct{ actor, date string }{
		{"JCCC", "2016-01-01"}, {"JCCC", "2017-12-17"}, {"JCCC", "2017-12-18"}, {"JCCC", "2018-06-01"}, {"JCCC", "2019-06-01"},
		{"Minsk Protocol", "2014-09-04"}, {"Minsk Protocol", "2014-09-05"}, {"Russia", "2018-06-01"},
	} {
		var res struct{ Relations []rel }
		run("as-of", map[string]string{"actor": q.actor, "date": q.date}, &res)
		var rows []string
		for _, r := range res.Relations {
			if r.RelType == "member_of" || r.RelType == "party_to" {
				rows = append(rows, r.RelType+" "+r.Head.Name+"->"+r.Tail.Name)
			}
		}
		slices.Sort(rows)
		out["as-of "+q.actor+" "+q.date] = rows
	}

	var series struct {
		Series []struct {
			Groupby []struct {
				Month     string
				QuadClass int `json:"quad_class"`
				Events    int
				Goldstein float64
			} `json:"@groupby"`
		}
	}
	run("dyad-series", map[string]string{"a": "Russia", "b": "United States"}, &series)
	var rows []string
	for _, s := range series.Series {
		for _, g := range s.Groupby {
			rows = append(rows, fmt.Sprintf("%s Q%d %d %.1f", g.Month, g.QuadClass, g.Events, g.Goldstein))
		}
	}
	slices.Sort(rows)
	out["dyad-series Russia United States"] = rows

	type event struct {
		Date          string
		DatePrecision string `json:"date_precision"`
		Cameo         string
		Source        struct{ Name string }
		Target        struct{ Name string }
		Mentions      int `json:"mention_count"`
		Articles      int `json:"article_count"`
		Outlets       int `json:"outlet_count"`
	}
	evRow := func(e event) string {
		return fmt.Sprintf("%s %s %s->%s %s reports=%d articles=%d outlets=%d",
			day(e.Date), e.DatePrecision, e.Source.Name, e.Target.Name, e.Cameo, e.Mentions, e.Articles, e.Outlets)
	}
	var changes struct {
		Started, Ended []struct {
			rel
			StartedBy *event `json:"started_by"`
			EndedBy   *event `json:"ended_by"`
		}
		Events []event
	}
	run("changes", map[string]string{"actor": "Russia", "from": "2017-12-01", "to": "2017-12-31"}, &changes)
	for _, r := range changes.Started {
		out["changes started"] = append(out["changes started"], r.RelType+" "+r.Head.Name+"->"+r.Tail.Name+" "+day(r.Since))
	}
	for _, r := range changes.Ended {
		by := "stated"
		if r.EndedBy != nil {
			by = "by " + day(r.EndedBy.Date) + " " + r.EndedBy.Cameo
		}
		out["changes ended"] = append(out["changes ended"], r.RelType+" "+r.Head.Name+"->"+r.Tail.Name+" "+day(r.Until)+" "+by)
	}
	for _, e := range changes.Events {
		out["changes events"] = append(out["changes events"], evRow(e))
	}

	var tl struct{ Events []event }
	run("actor-timeline", map[string]string{"actor": "JCCC"}, &tl)
	for _, e := range tl.Events {
		out["actor-timeline JCCC"] = append(out["actor-timeline JCCC"], evRow(e))
	}
	var wd struct{ Events []event }
	run("withdrawals", map[string]string{"from": "2017-01-01", "to": "2017-12-31"}, &wd)
	for _, e := range wd.Events {
		out["withdrawals 2017"] = append(out["withdrawals 2017"], evRow(e))
	}

	var ag struct {
		Agreement []struct {
			Signed, Status, StatusSince string
			StatusSince2                string `json:"status_since"`
			History                     []struct {
				Date            string
				AgreementStatus string `json:"agreement_status"`
				Source          struct{ Name string }
			}
			Parties []struct {
				Since, Until string
				Party        struct{ Name string }
			}
		}
	}
	run("agreement", map[string]string{"agreement": "Minsk Protocol"}, &ag)
	for _, a := range ag.Agreement {
		out["agreement"] = append(out["agreement"], "signed "+day(a.Signed), "status "+a.Status+" since "+day(a.StatusSince2))
		var hist, parties []string
		for _, h := range a.History {
			hist = append(hist, day(h.Date)+" "+h.AgreementStatus+" by "+h.Source.Name)
		}
		for _, p := range a.Parties {
			parties = append(parties, p.Party.Name+" "+day(p.Since)+".."+day(p.Until))
		}
		slices.Sort(hist)
		slices.Sort(parties)
		out["agreement history"] = hist
		out["agreement parties"] = parties
	}
	return out
}

// storyWant is what the story says, query by query. Dates are those the
// articles give: the protocol signed on Friday 2014-09-05, Russia's
// withdrawal on Monday 2017-12-18 (one outlet says Tuesday: a day apart, so
// the same event), its condemnation of the United States on 2017-12-26,
// its return to the centre in March 2019.
var storyWant = map[string][]string{
	"as-of JCCC 2016-01-01": {"member_of Russia->Joint Center for Control and Coordination", "member_of Ukraine->Joint Center for Control and Coordination"},
	"as-of JCCC 2017-12-17": {"member_of Russia->Joint Center for Control and Coordination", "member_of Ukraine->Joint Center for Control and Coordination"},
	"as-of JCCC 2017-12-18": {"member_of Ukraine->Joint Center for Control and Coordination"},
	"as-of JCCC 2018-06-01": {"member_of Ukraine->Joint Center for Control and Coordination"},
	// Russia rejoined in March 2019: a second period of its membership.
	"as-of JCCC 2019-06-01":           {"member_of Russia->Joint Center for Control and Coordination", "member_of Ukraine->Joint Center for Control and Coordination"},
	"as-of Minsk Protocol 2014-09-04": nil,
	"as-of Minsk Protocol 2014-09-05": {"party_to Russia->Minsk Protocol", "party_to Ukraine->Minsk Protocol"},
	"as-of Russia 2018-06-01":         {"party_to Russia->Minsk Protocol"},
	"dyad-series Russia United States": {
		"2017-11 Q1 2 2.0",  // Tillerson met Lavrov (040); "the two men discussed" the same day: Lavrov with Tillerson too
		"2017-12 Q3 1 -2.0", // Russia condemned the United States (111)
	},
	"changes ended": {"member_of Russia->Joint Center for Control and Coordination 2017-12-18 by 2017-12-18 166"},
	"changes events": {
		"2017-12-18 day Russia->Ukrainian government 112 reports=1 articles=1 outlets=1", // "withdrew ..., accusing Ukrainian officials of obstructing"
		"2017-12-18 day Russia->Joint Center for Control and Coordination 166 reports=3 articles=3 outlets=3",
		"2017-12-26 day Russia->United States 111 reports=1 articles=1 outlets=1",
	},
	"actor-timeline JCCC": {
		"2017-12-18 day Russia->Joint Center for Control and Coordination 166 reports=3 articles=3 outlets=3",
		"2019-03-01 month Russia->Joint Center for Control and Coordination 050 reports=1 articles=1 outlets=1",
	},
	"withdrawals 2017": {"2017-12-18 day Russia->Joint Center for Control and Coordination 166 reports=3 articles=3 outlets=3"},
	"agreement":        {"signed 2014-09-05", "status violated since 2018-01-15"},
	"agreement history": {
		"2014-09-05 signed by Russia",
		"2014-09-05 signed by Ukraine",
		"2018-01-15 violated by Russia",
	},
	"agreement parties": {"Russia 2014-09-05..", "Ukraine 2014-09-05.."},
}

// TestStoryOverTime loads the story in file order, reversed and in
// shuffled orders, each into an emptied database, and again on top: the
// queries over time must give the story's answers, and the whole graph
// must be the same node for node whatever the order.
func TestStoryOverTime(t *testing.T) {
	docs := storyDocs(t)
	n := len(docs)
	if n < 6 {
		t.Fatalf("the story has %d articles, want 6 or more", n)
	}
	inOrder := reversed(n)
	slices.Reverse(inOrder)
	orders := [][]int{inOrder, reversed(n)}
	rng := rand.New(rand.NewPCG(5, 2017)) // fixed seeds: a failure must reproduce
	for range 3 {
		orders = append(orders, rng.Perm(n))
	}

	var firstDump string
	for i, order := range orders {
		st := graphtest.Store(t)
		writeAll(t, st, docs, order)
		got := storyAnswers(t, st)
		for _, k := range slices.Sorted(maps.Keys(storyWant)) {
			if g, w := strings.Join(got[k], "\n"), strings.Join(storyWant[k], "\n"); g != w {
				t.Errorf("order %v: %s:\n%s\nwant:\n%s", order, k, g, w)
			}
		}
		dump := graphtest.Dump(t, st)
		if i == 0 {
			firstDump = dump
			// Loading everything again changes nothing.
			before, err := st.Counts(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			writeAll(t, st, docs, rng.Perm(n))
			after, err := st.Counts(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if !maps.Equal(before, after) {
				t.Errorf("counts changed on reload:\nbefore %v\nafter  %v", before, after)
			}
			if again := graphtest.Dump(t, st); again != dump {
				t.Errorf("graph changed on reload:\n%s", graphtest.LineDiff(dump, again))
			}
			if t.Failed() {
				t.Logf("graph in file order:\n%s", dump)
			}
			storyReports(t, st)
			continue
		}
		if dump != firstDump {
			t.Errorf("order %v gives another graph than file order:\n%s", order, graphtest.LineDiff(firstDump, dump))
		}
		// The reports too: the sentence shown for an event with several
		// reports is chosen by its mention's xid, not by load order.
		storyReports(t, st)
	}
}

// reversed returns the indexes 0..n-1 from last to first.
func reversed(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = n - 1 - i
	}
	return out
}

// storyReports renders the reports over time of the story and compares
// them with testdata/story/*.golden.md (go test -update rewrites them).
func storyReports(t *testing.T, st *graph.Store) {
	t.Helper()
	for _, tt := range []struct {
		file, name string
		p          ReportParams
	}{
		{"as-of-jccc-2016", "as-of", ReportParams{Actor: "JCCC", At: "2016-01-01"}},
		{"as-of-jccc-2018", "as-of", ReportParams{Actor: "JCCC", At: "2018-06-01"}},
		{"dyad-series", "dyad-series", ReportParams{Actor: "Russia", With: "United States"}},
		{"changes", "changes", ReportParams{Actor: "Russia", From: "2017-12-01", To: "2018-01-31"}},
		{"agreement", "agreement", ReportParams{Actor: "Minsk Protocol"}},
		{"actor-timeline", "actor-timeline", ReportParams{Actor: "JCCC"}},
	} {
		var buf bytes.Buffer
		if err := Report(t.Context(), st, tt.name, tt.p, "md", &buf); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, filepath.Join("testdata", "story", tt.file+".golden.md"), buf.Bytes())
	}
}
