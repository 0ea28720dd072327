package queries

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph/graphtest"
)

// TestStateOrgansReportOneEvent: four outlets tell one expulsion, in our own
// words, naming the state that acted four ways: the country, its capital,
// its government and its foreign ministry. Through the real extractor and
// the real Dgraph, in two load orders, they are one Event with four
// articles and four outlets, found by the actor timeline under the
// country, the government and the ministry alike. A parliament's and a
// government's condemnations of one day stay two events. Without the
// state key the expulsion is three events (country, government, ministry).
func TestStateOrgansReportOneEvent(t *testing.T) {
	if testing.Short() {
		t.Skip("needs a Dgraph")
	}
	docs := extractReports(t, []storyReport{
		{"expel-a", "Danube Wire", "2021-03-09", "Hungary expels Slovak diplomats\n\nHungary expelled two Slovak diplomats on Monday over a spying row."},
		{"expel-b", "Tatra News", "2021-03-09", "Spy row\n\nBudapest on Monday expelled two diplomats from Slovakia, accusing them of spying."},
		{"expel-c", "Central Post", "2021-03-10", "Diplomats told to leave\n\nThe Hungarian government on Monday expelled two Slovak diplomats it accused of espionage."},
		{"expel-d", "Pannon Daily", "2021-03-09", "Expulsions\n\nHungary's foreign ministry said on Monday it had expelled two Slovak diplomats."},
		{"law-a", "Danube Wire", "2021-03-09", "Language law\n\nThe Hungarian parliament condemned Slovakia on Monday over its language law."},
		{"law-b", "Tatra News", "2021-03-09", "Language law row\n\nThe Hungarian government condemned Slovakia on Monday over its language law."},
	})
	var dumps []string
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5}, {5, 3, 2, 4, 1, 0}} {
		st := graphtest.Store(t)
		writeAll(t, st, docs, order)
		raw, err := st.Query(t.Context(), `{ e(func: type(Event)) @filter((eq(cameo_root, "16") OR eq(cameo_root, "11")) AND has(target)) {
			date cameo_root article_count outlet_count source { xid } target { xid } } }`, nil)
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			E []struct {
				Date     string
				Root     string `json:"cameo_root"`
				Articles int    `json:"article_count"`
				Outlets  int    `json:"outlet_count"`
				Source   struct{ XID string }
				Target   struct{ XID string }
			}
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		var rows []string
		for _, e := range res.E {
			rows = append(rows, fmt.Sprintf("%s %s %s->%s articles=%d outlets=%d", e.Date[:10], e.Root, e.Source.XID, e.Target.XID, e.Articles, e.Outlets))
		}
		slices.Sort(rows)
		want := []string{
			"2021-03-08 11 org:hun-government->country:SVK articles=1 outlets=1",
			"2021-03-08 11 org:hun-parliament->country:SVK articles=1 outlets=1",
			"2021-03-08 16 country:HUN->org:svk-government articles=4 outlets=4",
		}
		if !slices.Equal(rows, want) {
			t.Errorf("order %v: events\n%s\nwant\n%s", order, strings.Join(rows, "\n"), strings.Join(want, "\n"))
		}
		// Each name an outlet gave the state finds the expulsion, and the
		// parliament's timeline does not.
		for actor, want := range map[string]bool{
			"country:HUN": true, "org:hun-government": true, "org:hun-foreign-ministry": true,
			"org:hun-parliament": false, "org:svk-government": true, "country:SVK": true,
		} {
			data, err := Run(t.Context(), st, "actor-timeline", map[string]string{"actor": actor})
			if err != nil {
				t.Fatal(err)
			}
			got := slices.ContainsFunc(eventRows(t, data, "events"), func(r string) bool { return strings.HasSuffix(r, " 166") })
			if got != want {
				t.Errorf("order %v: actor-timeline of %s lists the expulsion: %v, want %v", order, actor, got, want)
			}
		}
		// The path from a name the event does not show runs through the
		// event itself: the ministry, the expulsion, the Slovak government.
		data, err := Run(t.Context(), st, "path", map[string]string{"a": "org:hun-foreign-ministry", "b": "org:svk-government"})
		if err != nil {
			t.Fatal(err)
		}
		var path struct{ Path []struct{ Cameo string } }
		if err := json.Unmarshal(data, &path); err != nil {
			t.Fatal(err)
		}
		if len(path.Path) != 3 || path.Path[1].Cameo != "166" {
			t.Errorf("order %v: path from the ministry to the Slovak government = %s, want ministry, expulsion, government", order, data)
		}
		// A reload writes nothing.
		before := graphtest.Dump(t, st)
		writeAll(t, st, docs, order)
		if after := graphtest.Dump(t, st); after != before {
			t.Errorf("order %v: a reload changed the graph:\n%s", order, graphtest.LineDiff(before, after))
		}
		dumps = append(dumps, before)
	}
	if dumps[0] != dumps[1] {
		t.Errorf("the two load orders give different graphs:\n%s", graphtest.LineDiff(dumps[0], dumps[1]))
	}
}
