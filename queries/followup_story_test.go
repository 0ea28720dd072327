package queries

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/geokg/geokg/graph/graphtest"
)

// TestFollowUpReportsOneEvent: three outlets report one condemnation, in our
// own words. The first says "on Tuesday" the day after; a follow-up two days
// later dates it only as "on the same day" as an act it dated "last
// Tuesday"; the third opens with "According to Mr Dahl," before the state
// that acted. Through the real extractor and the real Dgraph, in two load
// orders, they are one Event dated the Tuesday with three articles and
// three outlets, and no event is Mr Dahl's. Without the relative-day rule
// the follow-up is an event of its own dated its publication day; without
// the honorific rule the third report makes Mr Dahl condemn Iceland.
func TestFollowUpReportsOneEvent(t *testing.T) {
	if testing.Short() {
		t.Skip("needs a Dgraph")
	}
	docs := extractReports(t, []storyReport{
		{"quota-a", "Harbour Wire", "2021-04-14", "Norway condemns Iceland quota\n\nNorway condemned Iceland on Tuesday over its new fishing quota. The foreign ministry said the quota broke a regional accord."},
		{"quota-b", "Fjord Daily", "2021-04-16", "Quota row deepens\n\nIceland announced a larger fishing quota for cod last Tuesday. In a statement on the same day, Norway condemned Iceland over the quota."},
		{"quota-c", "Northern Post", "2021-04-14", "Fishing quarrel\n\nAccording to Mr Dahl, Norway condemned Iceland on Tuesday over the fishing quota."},
	})
	var dumps []string
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}} {
		st := graphtest.Store(t)
		writeAll(t, st, docs, order)
		raw, err := st.Query(t.Context(), `{ e(func: type(Event)) @filter(eq(cameo_root, "11")) {
			date article_count outlet_count source { xid } target { xid } } }`, nil)
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			E []struct {
				Date     string
				Articles int `json:"article_count"`
				Outlets  int `json:"outlet_count"`
				Source   struct{ XID string }
				Target   struct{ XID string }
			}
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		var rows []string
		for _, e := range res.E {
			rows = append(rows, fmt.Sprintf("%s %s->%s articles=%d outlets=%d", e.Date[:10], e.Source.XID, e.Target.XID, e.Articles, e.Outlets))
		}
		slices.Sort(rows)
		want := []string{"2021-04-13 country:NOR->country:ISL articles=3 outlets=3"}
		if !slices.Equal(rows, want) {
			t.Errorf("order %v: disapproval events\n%q\nwant\n%q", order, rows, want)
		}
		dumps = append(dumps, graphtest.Dump(t, st))
	}
	if dumps[0] != dumps[1] {
		t.Errorf("the two load orders give different graphs:\n%s", graphtest.LineDiff(dumps[0], dumps[1]))
	}
}
