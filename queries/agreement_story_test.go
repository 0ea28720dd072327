package queries

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
)

// The story in testdata/agreement-story/articles.jsonl is written for this
// test in our own words, in the shape of a multilateral agreement's life as
// several outlets report it: seven Arctic states reach a fisheries agreement
// (2016-04-11), it is signed in the passive by all seven on Friday
// 2016-04-22 under its full name and acronym, Canada's withdrawal is
// announced on Tuesday 2019-03-05 ("announced on Tuesday that it is
// withdrawing ..., and ... will ... next month") in a report of that day and
// told again the next day by another outlet under the acronym alone, Norway
// stays committed and Russia only threatens to leave. One report (2018)
// never capitalizes the name ("the joint framework on Arctic fisheries")
// and has Canada and Denmark confirm they stay in it; the last one calls it
// "the JFAF, the Arctic fisheries framework".
func agreementStoryDocs(t *testing.T) []extract.Document {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "agreement-story", "articles.jsonl"))
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
			t.Fatalf("articles.jsonl:%d: %v", line, err)
		}
		docs = append(docs, x.Extract(extract.Article{ID: a.ID, Title: a.Title, Source: a.Source, Published: a.Published}, a.Text))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// agreementStoryAnswers asks the graph what the story says of the
// agreement, as lines of text.
func agreementStoryAnswers(t *testing.T, st *graph.Store) map[string][]string {
	t.Helper()
	ctx := t.Context()
	run := queryRunner(t, st)
	out := map[string][]string{}
	// One Agreement node in the whole graph.
	raw, err := st.Query(ctx, `{ a(func: type(Agreement)) { xid name } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var all struct{ A []struct{ XID, Name string } }
	if err := json.Unmarshal(raw, &all); err != nil {
		t.Fatal(err)
	}
	for _, a := range all.A {
		out["agreements"] = append(out["agreements"], a.XID+" "+a.Name)
	}
	slices.Sort(out["agreements"])
	// One node whatever the name it is asked by.
	for _, name := range []string{"Joint Framework on Arctic Fisheries", "JFAF"} {
		var ag struct {
			Agreement []struct {
				XID     string `json:"xid"`
				Signed  string
				Parties []struct {
					Since, Until string
					Party        struct{ Name string }
				}
			}
		}
		run("agreement", map[string]string{"agreement": name}, &ag)
		for _, a := range ag.Agreement {
			out["agreement "+name] = append(out["agreement "+name], a.XID+" signed "+day(a.Signed))
			if name != "JFAF" {
				continue
			}
			// Each party's periods: a confirmation ("remained committed
			// to") opens none, before or after a withdrawal.
			for _, p := range a.Parties {
				out["party periods"] = append(out["party periods"], p.Party.Name+" "+day(p.Since)+".."+day(p.Until))
			}
			slices.Sort(out["party periods"])
		}
	}
	for _, date := range []string{"2016-04-21", "2017-01-01", "2019-03-04", "2019-06-01"} {
		var res struct {
			Relations []struct {
				RelType string `json:"rel_type"`
				Head    struct{ Name string }
			}
		}
		run("as-of", map[string]string{"actor": "JFAF", "date": date}, &res)
		var rows []string
		for _, r := range res.Relations {
			if r.RelType == "party_to" {
				rows = append(rows, r.Head.Name)
			}
		}
		slices.Sort(rows)
		out["parties "+date] = rows
	}
	out["withdrawals 2019"] = withdrawalLines(t, st, "2019-01-01", "2019-12-31")
	return out
}

func day(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

// agreementStoryWant is what the story says. The parties on 2016-04-21 are
// those that reached the agreement the day before the signing (Norway,
// the only state the first report names); from the signing all seven; after
// Canada's withdrawal on 2019-03-05 six, Russia's threat changing nothing.
var agreementStoryWant = map[string][]string{
	"agreements": {"agreement:jfaf Joint Framework on Arctic Fisheries"},
	"agreement Joint Framework on Arctic Fisheries": {"agreement:jfaf signed 2016-04-22"},
	"party periods": {"Canada 2016-04-22..2019-03-05", "Denmark 2016-04-22..", "Finland 2016-04-22..", "Iceland 2016-04-22..",
		"Norway 2016-04-22..", "Russia 2016-04-22..", "United States 2016-04-22.."},
	"agreement JFAF":     {"agreement:jfaf signed 2016-04-22"},
	"parties 2016-04-21": nil,
	"parties 2017-01-01": {"Canada", "Denmark", "Finland", "Iceland", "Norway", "Russia", "United States"},
	"parties 2019-03-04": {"Canada", "Denmark", "Finland", "Iceland", "Norway", "Russia", "United States"},
	"parties 2019-06-01": {"Denmark", "Finland", "Iceland", "Norway", "Russia", "United States"},
	"withdrawals 2019":   {"2019-03-05 166 Canada -> Joint Framework on Arctic Fisheries articles 2 outlets 2"},
}

// TestAgreementStory loads the agreement story in file order, reversed and
// in shuffled orders, each into an emptied database: the agreement is one
// node, by its name, its acronym and its name in lower case, its parties as of dates before and
// after the withdrawal are right, and the withdrawal told by two outlets on
// consecutive days is one event with two articles.
func TestAgreementStory(t *testing.T) {
	docs := agreementStoryDocs(t)
	n := len(docs)
	if n < 4 {
		t.Fatalf("the story has %d articles, want 4 or more", n)
	}
	checkStoryOrders(t, docs, storyOrders(n, 13, 2019, 2), agreementStoryAnswers, agreementStoryWant)
}
