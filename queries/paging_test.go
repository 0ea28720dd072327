package queries

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph/graphtest"
)

// manyEvents is a synthetic corpus, written for this test, with more events
// of one actor than Dgraph's 1,000-row default for sorted lists: Northland
// expels envoys of Westland and of Eastland on the same day, every third day,
// so that half the rows tie on date with another (the order must still be
// one and the same on every page).
func manyEvents(n, perDoc int) []extract.Document {
	north := extract.Entity{ID: "country:NTL", Name: "Northland", Kind: extract.KindCountry, Country: "NTL", Code: "NTL"}
	west := extract.Entity{ID: "country:WTL", Name: "Westland", Kind: extract.KindCountry, Country: "WTL", Code: "WTL"}
	east := extract.Entity{ID: "country:ETL", Name: "Eastland", Kind: extract.KindCountry, Country: "ETL", Code: "ETL"}
	day0 := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	var docs []extract.Document
	for i := 0; i < n; i += perDoc {
		doc := extract.Document{
			Article:  extract.Article{ID: fmt.Sprintf("many-%04d", i/perDoc), Title: "Envoys sent home", Published: "2015-01-01", Source: "Test Wire"},
			Entities: []extract.Entity{north, west, east},
		}
		for k := i; k < min(i+perDoc, n); k++ {
			tgt := []extract.Entity{west, east}[k%2]
			// Three days apart: reports of one dyad a day apart are one event.
			date := day0.AddDate(0, 0, 3*(k/2)).Format("2006-01-02")
			s := fmt.Sprintf("Northland expelled the envoy of %s on day %d.", tgt.Name, k/2)
			doc.Events = append(doc.Events, extract.Event{
				ID: fmt.Sprintf("e%d", k), Cameo: "1663", Root: "16", Plover: "REDUCE", QuadClass: 4, Goldstein: -7,
				Source: north.ID, Target: tgt.ID, Date: date, DatePrecision: "day", DateSource: extract.DateFromSentence,
				Modality: extract.ModalityAsserted, Trigger: "expelled", Sentence: s, Confidence: 0.9,
				Span: extract.Span{Start: 100 * (k - i), End: 100*(k-i) + len(s), Line: k - i + 1, Col: 1},
			})
		}
		docs = append(docs, doc)
	}
	return docs
}

type pagedEvents struct {
	Events []struct {
		XID  string `json:"xid"`
		Date string `json:"date"`
	}
	Paging []Page
}

func runPaged(t *testing.T, r Runner, name string, params map[string]string) pagedEvents {
	t.Helper()
	data, err := Run(context.Background(), r, name, params)
	if err != nil {
		t.Fatal(err)
	}
	var res pagedEvents
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("decode: %v", err)
	}
	return res
}

// TestNoSilentCut loads more events than Dgraph's default cut of sorted
// lists (1,000) and checks that every events query counts all of them,
// that the pages together hold each exactly once in one (date, xid) order,
// and that a page that holds less than all says so.
// defaultPage is the $first the list queries default to (queries/dql): 25
// rows, where 100 took 50 ms of alpha CPU and more on a 100k-article graph
// (docs/query-speed.md).
const defaultPage = 25

func TestNoSilentCut(t *testing.T) {
	if testing.Short() {
		t.Skip("needs Dgraph")
	}
	const n = 1234
	st := graphtest.Store(t)
	docs := manyEvents(n, 100)
	writeBatch(t, st, docs, reversed(len(docs)))

	for _, c := range []struct {
		query  string
		params map[string]string
		want   int
	}{
		{"actor-timeline", map[string]string{"actor": "Northland"}, n},
		{"withdrawals", map[string]string{}, n},
		{"dyad", map[string]string{"a": "Westland", "b": "NTL"}, n / 2},
		{"changes", map[string]string{"actor": "Northland", "from": "2000-01-01", "to": "2030-01-01"}, n},
	} {
		t.Run(c.query, func(t *testing.T) {
			// One page big enough for all: every row, none cut.
			all := map[string]string{"first": "5000"}
			for k, v := range c.params {
				all[k] = v
			}
			whole := runPaged(t, st, c.query, all)
			if len(whole.Events) != c.want {
				t.Errorf("first=5000: %d rows, want all %d", len(whole.Events), c.want)
			}
			// The default page: defaultPage rows, the total, and where the next starts.
			def := runPaged(t, st, c.query, c.params)
			p := pageOf(t, def.Paging, "events")
			if len(def.Events) != defaultPage || p.Shown != defaultPage || p.Total != c.want || !p.More() || p.Next != defaultPage {
				t.Errorf("default page: %d rows, paging %+v; want %d of %d, next %d", len(def.Events), p, defaultPage, c.want, defaultPage)
			}
			// Paging through with a page size that does not divide the
			// total gives every row once, in the order of the whole list.
			var got []string
			for off := 0; ; {
				params := map[string]string{"first": "300", "offset": fmt.Sprint(off)}
				for k, v := range c.params {
					params[k] = v
				}
				res := runPaged(t, st, c.query, params)
				p := pageOf(t, res.Paging, "events")
				if p.Total != c.want || p.Offset != off || p.Shown != len(res.Events) {
					t.Fatalf("offset %d: paging %+v with %d rows, want total %d", off, p, len(res.Events), c.want)
				}
				for _, e := range res.Events {
					got = append(got, e.Date+" "+e.XID)
				}
				if !p.More() {
					break
				}
				off = p.Next
			}
			var want []string
			for _, e := range whole.Events {
				want = append(want, e.Date+" "+e.XID)
			}
			if !slices.Equal(got, want) {
				t.Errorf("pages of 300 give %d rows, not the %d of the whole list in its order", len(got), len(want))
			}
			if !slices.IsSorted(want) {
				t.Errorf("rows not in (date, xid) order")
			}
			if len(slices.Compact(slices.Clone(want))) != len(want) {
				t.Errorf("a row comes twice")
			}
		})
	}

	t.Run("notice", func(t *testing.T) {
		// The last page (24 rows, less than the default page): no next offset.
		data, err := Run(context.Background(), st, "actor-timeline", map[string]string{"actor": "Northland", "offset": "1210"})
		if err != nil {
			t.Fatal(err)
		}
		got := Notices(PagingOf(data), "--var offset=%d")
		if want := []string{"events: showing rows 1,211-1,234 of 1,234"}; !slices.Equal(got, want) {
			t.Errorf("notices %q, want %q", got, want)
		}
		var md bytes.Buffer
		if err := Report(context.Background(), st, "actor-timeline", ReportParams{Actor: "Northland"}, "md", &md); err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("> events: showing rows 1-%d of 1,234; --offset %d for the next page\n", defaultPage, defaultPage); !strings.HasPrefix(md.String(), want) {
			t.Errorf("markdown report starts %q, want the notice %q", firstLine(md.String()), want)
		}
	})
}

func pageOf(t *testing.T, pages []Page, block string) Page {
	t.Helper()
	for _, p := range pages {
		if p.Block == block {
			return p
		}
	}
	t.Fatalf("no paging for %s in %+v", block, pages)
	return Page{}
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

func TestPages(t *testing.T) {
	for _, c := range []struct {
		name, data string
		offset     int
		want       []Page
		notices    []string
	}{
		{"all shown", `{"events_total":[{"total":2}],"events":[{},{}]}`, 0,
			[]Page{{Block: "events", Shown: 2, Total: 2}}, nil},
		{"more", `{"events_total":[{"total":14400}],"events":[{},{},{}]}`, 0,
			[]Page{{Block: "events", Shown: 3, Total: 14400, Next: 3}},
			[]string{"events: showing rows 1-3 of 14,400; --var offset=3 for the next page"}},
		{"last page", `{"events_total":[{"total":5}],"events":[{}]}`, 4,
			[]Page{{Block: "events", Offset: 4, Shown: 1, Total: 5}},
			[]string{"events: showing rows 5-5 of 5"}},
		{"past the end", `{"events_total":[{"total":5}]}`, 10,
			[]Page{{Block: "events", Offset: 10, Total: 5}},
			[]string{"events: no rows from offset 10 of 5"}},
		{"nested", `{"agreement":[{"name":"x","parties_total":1200,"parties":[{},{}]}]}`, 0,
			[]Page{{Block: "agreement.parties", Shown: 2, Total: 1200, Next: 2}},
			[]string{"agreement.parties: showing rows 1-2 of 1,200; --var offset=2 for the next page"}},
		{"not paged", `{"a":[{"uid":"0x1"}]}`, 0, nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := Pages(json.RawMessage(c.data), c.offset)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("pages %+v, want %+v", got, c.want)
			}
			if n := Notices(got, "--var offset=%d"); !slices.Equal(n, c.notices) {
				t.Errorf("notices %q, want %q", n, c.notices)
			}
			withP, err := withPaging(json.RawMessage(c.data), got)
			if err != nil {
				t.Fatal(err)
			}
			if back := PagingOf(withP); !slices.Equal(back, c.want) {
				t.Errorf("paging read back %+v from %s", back, withP)
			}
		})
	}
}

func TestBindPageVars(t *testing.T) {
	q, err := Get("withdrawals")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		k, v string
		ok   bool
	}{{"first", "1", true}, {"first", "0", false}, {"first", "-5", false}, {"first", "ten", false},
		{"offset", "0", true}, {"offset", "1000", true}, {"offset", "-1", false}} {
		_, err := Bind(q.Text, map[string]string{c.k: c.v})
		if (err == nil) != c.ok {
			t.Errorf("%s=%s: err %v, want ok=%v", c.k, c.v, err, c.ok)
		}
	}
}
