package queries

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
)

// The story in testdata/kyoto-story/articles.jsonl is written for this test
// in our own words about a well-known agreement that outlets name in
// different words: five states sign the Kyoto Protocol in the passive
// (Wednesday 1998-04-29); two more sign it in the passive four years later,
// after a run of place and time phrases ("signed at the United Nations in
// New York on Wednesday 29 May by Iceland and Ireland", 2002-05-29), each
// signing the protocol, not acting toward the other; an outlet tells of
// its entry into force calling it
// only "the Kyoto climate pact" and has Norway stay committed; Canada's
// withdrawal is announced on Monday 2011-12-12 under the formal name and
// told again the next day by another outlet that only says "the Kyoto
// treaty". The descriptions join the formal name through the known
// agreements of extract/dict/agreements.tsv.
func knownStoryDocs(t *testing.T, dir string) []extract.Document {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", dir, "articles.jsonl"))
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
	for line := 1; sc.Scan(); line++ {
		var a struct{ ID, Source, Published, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s/articles.jsonl:%d: %v", dir, line, err)
		}
		docs = append(docs, x.Extract(extract.Article{ID: a.ID, Title: a.Title, Source: a.Source, Published: a.Published}, a.Text))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// knownStoryAnswers asks the graph what the Kyoto story says, as lines.
func knownStoryAnswers(t *testing.T, st *graph.Store) map[string][]string {
	t.Helper()
	ctx := t.Context()
	run := queryRunner(t, st)
	out := map[string][]string{}
	raw, err := st.Query(ctx, `{ a(func: type(Agreement)) { xid name aliases } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var all struct {
		A []struct {
			XID, Name string
			Aliases   []string
		}
	}
	if err := json.Unmarshal(raw, &all); err != nil {
		t.Fatal(err)
	}
	for _, a := range all.A {
		slices.Sort(a.Aliases)
		out["agreements"] = append(out["agreements"], a.XID+" "+a.Name+" ("+strings.Join(a.Aliases, ", ")+")")
	}
	slices.Sort(out["agreements"])
	for _, date := range []string{"1998-04-28", "2002-05-28", "2005-01-01", "2011-12-11", "2012-06-01"} {
		var res struct {
			Relations []struct {
				RelType string `json:"rel_type"`
				Head    struct{ Name string }
			}
		}
		run("as-of", map[string]string{"actor": "Kyoto Protocol", "date": date}, &res)
		var rows []string
		for _, r := range res.Relations {
			if r.RelType == "party_to" {
				rows = append(rows, r.Head.Name)
			}
		}
		slices.Sort(rows)
		out["parties "+date] = rows
	}
	var agr struct {
		Agreement []struct {
			Events []struct {
				Date   string
				Cameo  string
				Source struct{ Name string }
				Target struct{ Name string }
			}
		}
	}
	run("agreement", map[string]string{"agreement": "Kyoto Protocol"}, &agr)
	for _, a := range agr.Agreement {
		for _, e := range a.Events {
			if e.Cameo == "057" {
				out["signings"] = append(out["signings"], day(e.Date)+" "+e.Source.Name+" -> "+e.Target.Name)
			}
		}
	}
	slices.Sort(out["signings"])
	out["withdrawals 2011"] = withdrawalLines(t, st, "2011-01-01", "2011-12-31")
	return out
}

// knownStoryWant: one agreement with the descriptions as aliases; no party
// before the signing, the five signatories after it, seven from the later
// signing by two (Norway's confirmation adds no period), six after Canada's
// withdrawal, which is one event told by two outlets. Each signatory signs
// the protocol with no other state as target.
var knownStoryWant = map[string][]string{
	"agreements":         {"agreement:kyoto-protocol Kyoto Protocol (Kyoto climate pact, Kyoto treaty)"},
	"parties 1998-04-28": nil,
	"parties 2002-05-28": {"Canada", "Japan", "New Zealand", "Norway", "Switzerland"},
	"parties 2005-01-01": {"Canada", "Iceland", "Ireland", "Japan", "New Zealand", "Norway", "Switzerland"},
	"parties 2011-12-11": {"Canada", "Iceland", "Ireland", "Japan", "New Zealand", "Norway", "Switzerland"},
	"parties 2012-06-01": {"Iceland", "Ireland", "Japan", "New Zealand", "Norway", "Switzerland"},
	"signings": {
		"1998-04-29 Canada -> ", "1998-04-29 Japan -> ", "1998-04-29 New Zealand -> ", "1998-04-29 Norway -> ",
		"1998-04-29 Switzerland -> ", "2002-05-29 Iceland -> ", "2002-05-29 Ireland -> ",
	},
	"withdrawals 2011": {"2011-12-12 166 Canada -> Kyoto Protocol articles 2 outlets 2"},
}

// TestKnownAgreementStory loads the Kyoto story in file order, reversed
// and in shuffled orders, each into an emptied database: the agreement
// named three ways is one node, its parties as of dates before and after
// the withdrawal are right, the withdrawal is one event, and every order
// gives the same graph.
func TestKnownAgreementStory(t *testing.T) {
	docs := knownStoryDocs(t, "kyoto-story")
	checkStoryOrders(t, docs, storyOrders(len(docs), 1997, 2011, 2), knownStoryAnswers, knownStoryWant)
}
