package export_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/geokg/geokg/export"
)

// TestTable reads the CSV and TSV exports back with encoding/csv and checks
// every row against the event as DQL returns it.
func TestTable(t *testing.T) {
	st := loadFixtures(t)
	// The events as DQL gives them, by xid.
	var res struct{ E []tableEvent }
	query(t, st, `{ e(func: type(Event)) { xid date date_precision cameo cameo_root plover modality quad_class goldstein
		article_count outlet_count n: count(mentions) source { name actor_code country } target { name actor_code country } location { name } } }`, nil, &res)
	byXID := map[string]tableEvent{}
	for _, e := range res.E {
		byXID[e.XID] = e
	}
	if len(byXID) != 6 {
		t.Fatalf("fixtures: %d events, want 6", len(byXID))
	}

	for _, tt := range []struct {
		name, format string
		comma        rune
		from, to     string
		want         int // rows
	}{
		{"csv", export.FormatCSV, ',', "", "", 6},
		{"tsv", export.FormatEventsTSV, '\t', "", "", 6},
		{"tsv-window", export.FormatEventsTSV, '\t', "2017-12-01", "2017-12-31", 4},
		{"csv-2018", export.FormatCSV, ',', "2018-01-01", "", 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			stats, err := export.Write(t.Context(), st, &buf, export.Options{Format: tt.format, From: tt.from, To: tt.to, PageSize: 2})
			if err != nil {
				t.Fatal(err)
			}
			r := csv.NewReader(&buf)
			r.Comma = tt.comma
			r.FieldsPerRecord = len(export.Columns)
			recs, err := r.ReadAll()
			if err != nil {
				t.Fatalf("read back: %v", err)
			}
			if !slices.Equal(recs[0], export.Columns) {
				t.Errorf("header %q, want %q", recs[0], export.Columns)
			}
			rows := recs[1:]
			if len(rows) != tt.want || stats.Rows != tt.want {
				t.Fatalf("%d rows (stats %d), want %d", len(rows), stats.Rows, tt.want)
			}
			col := map[string]int{}
			for i, c := range export.Columns {
				col[c] = i
			}
			seen := map[string]bool{}
			for _, row := range rows {
				get := func(c string) string { return row[col[c]] }
				e, ok := byXID[get("GLOBALEVENTID")]
				if !ok || seen[e.XID] {
					t.Errorf("row for %q: unknown or repeated event", get("GLOBALEVENTID"))
					continue
				}
				seen[e.XID] = true
				date := ""
				if e.Date != "" {
					date = strings.ReplaceAll(e.Date[:10], "-", "")
					if tt.from != "" && (e.Date[:10] < tt.from || (tt.to != "" && e.Date[:10] > tt.to)) {
						t.Errorf("%s dated %s is outside the window", e.XID, e.Date)
					}
				} else if tt.from != "" {
					t.Errorf("undated %s in a windowed export", e.XID)
				}
				loc := ""
				if e.Location != nil {
					loc = e.Location.Name
				}
				checks := [][3]string{
					{"SQLDATE", get("SQLDATE"), date},
					{"DatePrecision", get("DatePrecision"), e.Precision},
					{"Actor1", strings.Join([]string{get("Actor1Code"), get("Actor1Name"), get("Actor1CountryCode")}, "|"), e.Source.columns()},
					{"Actor2", strings.Join([]string{get("Actor2Code"), get("Actor2Name"), get("Actor2CountryCode")}, "|"), e.Target.columns()},
					{"EventCode", get("EventCode"), e.Cameo},
					{"EventRootCode", get("EventRootCode"), e.Root},
					{"QuadClass", get("QuadClass"), strconv.Itoa(e.Quad)},
					{"NumMentions", get("NumMentions"), strconv.Itoa(e.Mentions)},
					{"NumSources", get("NumSources"), strconv.Itoa(e.Outlets)},
					{"NumArticles", get("NumArticles"), strconv.Itoa(e.Articles)},
					{"ActionGeo_FullName", get("ActionGeo_FullName"), loc},
					{"Plover", get("Plover"), e.Plover},
				}
				if g, err := strconv.ParseFloat(get("GoldsteinScale"), 64); err != nil || g != e.Goldstein {
					t.Errorf("%s: GoldsteinScale %q, want %v", e.XID, get("GoldsteinScale"), e.Goldstein)
				}
				for _, c := range checks {
					if c[1] != c[2] {
						t.Errorf("%s: %s %q, want %q", e.XID, c[0], c[1], c[2])
					}
				}
				// The sale was reported first by the article whose URL
				// holds a comma; the front's raid is by the name with a
				// tab, quotes, a comma and a line break.
				if e.Cameo == "062" && get("SOURCEURL") != "https://example.org/a?x=1,2" {
					t.Errorf("%s: SOURCEURL %q, want the earliest report's", e.XID, get("SOURCEURL"))
				}
				if e.Cameo == "190" && get("Actor1Name") != frontName {
					t.Errorf("%s: Actor1Name %q, want %q", e.XID, get("Actor1Name"), frontName)
				}
			}
		})
	}
}

type tableEvent struct {
	XID, Date, Cameo, Plover, Modality string
	Precision                          string  `json:"date_precision"`
	Root                               string  `json:"cameo_root"`
	Quad                               int     `json:"quad_class"`
	Goldstein                          float64 `json:"goldstein"`
	Articles                           int     `json:"article_count"`
	Outlets                            int     `json:"outlet_count"`
	Mentions                           int     `json:"n"`
	Source, Target                     *tableActor
	Location                           *struct{ Name string }
}

type tableActor struct {
	Name, Country string
	Code          string `json:"actor_code"`
}

// columns is the actor as its three columns Code, Name, CountryCode
// joined by "|".
func (a *tableActor) columns() string {
	if a == nil {
		return "||"
	}
	return a.Code + "|" + a.Name + "|" + a.Country
}
