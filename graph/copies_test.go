package graph_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestCopiedBackgroundOneEvent: three outlets carry one background
// sentence, word for word but for an auxiliary, in articles published
// days and weeks apart, with no date in it; each report is dated by its
// article. It is one act told three times: one Event with three articles,
// in any order of writing. A report of the same key in another sentence
// stays an event of its own day.
func TestCopiedBackgroundOneEvent(t *testing.T) {
	if testing.Short() {
		t.Skip("needs a Dgraph")
	}
	ents := []extract.Entity{
		{ID: "country:FIN", Name: "Finland", Kind: extract.KindCountry, Country: "FIN"},
		{ID: "country:EST", Name: "Estonia", Kind: extract.KindCountry, Country: "EST"},
	}
	background := []string{
		"Finland, which shares the ferry route with Estonia, had refused to extend the joint fishing quota last spring.",
		"Finland, which shares the ferry route with Estonia, refused to extend the joint fishing quota last spring.",
		"Finland, which shares the ferry route with Estonia, had refused to extend the joint fishing quota last spring.",
	}
	fresh := "Finland turned down an Estonian request to reopen the talks on the quota."
	doc := func(id, outlet, published string, sentences ...string) extract.Document {
		d := extract.Document{Article: extract.Article{ID: id, Source: outlet, Published: published}, Entities: ents}
		off := 0
		for i, s := range sentences {
			ev := event(fmt.Sprint("e", i+1), "120", "country:FIN", "country:EST", published, off, s)
			ev.DateSource = extract.DateFromPublished
			d.Events = append(d.Events, ev)
			off += len(s) + 1
		}
		return d
	}
	docs := []extract.Document{
		doc("baltic-1", "Baltic Wire", "2019-03-04", background[0]),
		doc("tallinn-7", "Tallinn Post", "2019-03-12", fresh, background[1]),
		doc("helsinki-3", "Helsinki Herald", "2019-04-02", background[2]),
	}
	var dumps []string
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}} {
		st := graphtest.Store(t)
		for _, i := range order {
			if _, err := st.Write(t.Context(), docs[i]); err != nil {
				t.Fatal(err)
			}
		}
		raw, err := st.Query(t.Context(), `{ e(func: type(Event)) { date article_count outlet_count } }`, nil)
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			E []struct {
				Date     string `json:"date"`
				Articles int    `json:"article_count"`
				Outlets  int    `json:"outlet_count"`
			}
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range res.E {
			got = append(got, fmt.Sprintf("%.10s %d articles %d outlets", e.Date, e.Articles, e.Outlets))
		}
		slices.Sort(got)
		want := []string{"2019-03-04 3 articles 3 outlets", "2019-03-12 1 articles 1 outlets"}
		if !slices.Equal(got, want) {
			t.Errorf("order %v: events %q, want %q", order, got, want)
		}
		dumps = append(dumps, graphtest.Dump(t, st))
	}
	for i := 1; i < len(dumps); i++ {
		if dumps[i] != dumps[0] {
			t.Errorf("order %d gives another graph:\n%s", i, graphtest.LineDiff(dumps[0], dumps[i]))
		}
	}
}
