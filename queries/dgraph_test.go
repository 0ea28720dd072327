package queries

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata")

func TestMain(m *testing.M) { graphtest.Main(m) }

// story is a small graph written for these tests in our own words: a state
// department selling arms to a country, a third country denouncing it and
// leaving a ceasefire body, and a minister's phone call.
func story() []extract.Document {
	usa := extract.Entity{ID: "country:USA", Name: "United States", Kind: extract.KindCountry, Aliases: []string{"US", "Washington"}, Country: "USA", Code: "USA"}
	ukr := extract.Entity{ID: "country:UKR", Name: "Ukraine", Kind: extract.KindCountry, Aliases: []string{"Kiev"}, Country: "UKR", Code: "UKR"}
	rus := extract.Entity{ID: "country:RUS", Name: "Russia", Kind: extract.KindCountry, Aliases: []string{"Moscow"}, Country: "RUS", Code: "RUS"}
	dos := extract.Entity{ID: "org:usa-state-department", Name: "US State Department", Kind: extract.KindOrganization, Country: "USA", Code: "USAGOV", Sector: "GOV"}
	sec := extract.Entity{ID: "person:rex-tillerson", Name: "Rex Tillerson", Kind: extract.KindPerson, Country: "USA", Code: "USAGOV"}
	jccc := extract.Entity{ID: "org:jccc", Name: "JCCC", Kind: extract.KindOrganization, Aliases: []string{"Joint Center for Control and Coordination"}, Code: "IGO"}
	minsk := extract.Entity{ID: "agreement:minsk-agreement", Name: "Minsk agreements", Kind: extract.KindAgreement}
	ev := func(code, plover string, quad int, gold float64, src, tgt, date, prec, sentence string) extract.Event {
		return extract.Event{ID: code + src + tgt, Cameo: code, Root: code[:2], Plover: plover, QuadClass: quad, Goldstein: gold,
			Source: src, Target: tgt, Date: date, DatePrecision: prec, DateSource: extract.DateFromSentence,
			Modality: extract.ModalityAsserted, Trigger: strings.Fields(sentence)[1], Sentence: sentence, Confidence: 0.9,
			Span: extract.Span{Start: 0, End: len(sentence), Line: 1, Col: 1}}
	}
	return []extract.Document{
		{
			Article:  extract.Article{ID: "fixture-arms", Title: "Arms for Ukraine", Published: "2017-12-23", Source: "Fixture Wire"},
			Entities: []extract.Entity{usa, ukr, rus, dos},
			Events: []extract.Event{
				ev("062", "COOPERATE", 2, 7.4, dos.ID, ukr.ID, "2017-12-22", "day", "Officials agreed to sell missiles to Ukraine."),
				ev("111", "DISAPPROVE", 3, -2, rus.ID, usa.ID, "2017-12-23", "day", "Moscow denounced the sale by Washington."),
			},
			Relations: []extract.Relation{{Type: extract.RelPartOf, Head: dos.ID, Tail: usa.ID}},
		},
		{
			Article:  extract.Article{ID: "fixture-jccc", Title: "Moscow leaves the centre", Published: "2017-12-20", Source: "Fixture Daily"},
			Entities: []extract.Entity{rus, ukr, jccc, minsk},
			Events: []extract.Event{
				ev("161", "REDUCE", 4, -4, rus.ID, jccc.ID, "2017-12", "month", "Russia recalled its officers from the JCCC this month."),
			},
			Relations: []extract.Relation{
				{Type: extract.RelMemberOf, Head: rus.ID, Tail: jccc.ID, Since: "2014-09", Until: "2017-12"},
				{Type: extract.RelMemberOf, Head: ukr.ID, Tail: jccc.ID, Since: "2014-09"},
				{Type: extract.RelRelated, Head: jccc.ID, Tail: minsk.ID},
				{Type: extract.RelPartyTo, Head: rus.ID, Tail: minsk.ID, Since: "2014-09-05"},
				{Type: extract.RelPartyTo, Head: ukr.ID, Tail: minsk.ID, Since: "2014-09-05"},
			},
		},
		{
			Article:  extract.Article{ID: "fixture-call", Title: "A call between ministers", Published: "2017-12-28"},
			Entities: []extract.Entity{usa, rus, dos, sec},
			Events: []extract.Event{
				ev("041", "CONSULT", 1, 1, sec.ID, rus.ID, "2017-12-26", "day", "Tillerson phoned his Russian counterpart on Tuesday."),
			},
			Relations: []extract.Relation{{Type: extract.RelRole, Head: sec.ID, Tail: dos.ID, Label: "Secretary of State"}},
		},
	}
}

func loadStory(t *testing.T) *graph.Store {
	t.Helper()
	st := graphtest.Store(t)
	ctx := context.Background()
	for _, doc := range story() {
		if _, err := st.Write(ctx, doc); err != nil {
			t.Fatalf("write %s: %v", doc.Article.ID, err)
		}
	}
	return st
}

// eventRows runs a canned query and returns, for each row of its "events"
// block, "date source->target cameo".
func eventRows(t *testing.T, data json.RawMessage, block string) []string {
	t.Helper()
	var res map[string][]struct {
		Date   string `json:"date"`
		Cameo  string `json:"cameo"`
		Source struct{ Name string }
		Target struct{ Name string }
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("decode: %v\n%s", err, data)
	}
	var rows []string
	for _, e := range res[block] {
		rows = append(rows, e.Date[:10]+" "+e.Source.Name+"->"+e.Target.Name+" "+e.Cameo)
	}
	return rows
}

func TestCannedQueries(t *testing.T) {
	st := loadStory(t)
	ctx := context.Background()
	tests := []struct {
		query  string
		params map[string]string
		want   []string
	}{
		{"actor-timeline", map[string]string{"actor": "Russia"}, []string{
			"2017-12-01 Russia->JCCC 161", "2017-12-23 Russia->United States 111", "2017-12-26 Rex Tillerson->Russia 041"}},
		{"actor-timeline", map[string]string{"actor": "RUS", "from": "2017-12-20", "to": "2017-12-24"}, []string{
			"2017-12-23 Russia->United States 111"}},
		{"actor-timeline", map[string]string{"actor": "Washington"}, []string{ // by alias; parts and officials count
			"2017-12-22 US State Department->Ukraine 062", "2017-12-23 Russia->United States 111", "2017-12-26 Rex Tillerson->Russia 041"}},
		{"dyad", map[string]string{"a": "US", "b": "Ukraine"}, []string{"2017-12-22 US State Department->Ukraine 062"}},
		{"dyad", map[string]string{"a": "Ukraine", "b": "United States"}, []string{"2017-12-22 US State Department->Ukraine 062"}},
		{"dyad", map[string]string{"a": "Russia", "b": "USA"}, []string{"2017-12-23 Russia->United States 111", "2017-12-26 Rex Tillerson->Russia 041"}},
		{"dyad", map[string]string{"a": "Russia", "b": "USA", "to": "2017-12-24"}, []string{"2017-12-23 Russia->United States 111"}},
		{"withdrawals", map[string]string{"from": "2017-01-01", "to": "2017-12-31"}, []string{"2017-12-01 Russia->JCCC 161"}},
		{"withdrawals", map[string]string{"from": "2018-01-01"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query+"/"+strings.Join(values(tt.params), ","), func(t *testing.T) {
			data, err := Run(ctx, st, tt.query, tt.params)
			if err != nil {
				t.Fatal(err)
			}
			if got := eventRows(t, data, "events"); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}

	t.Run("agreement", func(t *testing.T) {
		data, err := Run(ctx, st, "agreement", map[string]string{"agreement": "Minsk agreements"})
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			Agreement []struct {
				Parties []struct {
					Since string
					Party struct{ Name string }
				}
				Linked []struct {
					RelType string `json:"rel_type"`
					Member  struct{ Name string }
				}
			}
		}
		if err := json.Unmarshal(data, &res); err != nil {
			t.Fatal(err)
		}
		if len(res.Agreement) != 1 {
			t.Fatalf("agreements = %d, want 1\n%s", len(res.Agreement), data)
		}
		var parties, linked []string
		for _, p := range res.Agreement[0].Parties {
			parties = append(parties, p.Party.Name+" "+p.Since[:10])
		}
		for _, l := range res.Agreement[0].Linked {
			linked = append(linked, l.Member.Name+" "+l.RelType)
		}
		if got := strings.Join(slices.Sorted(slices.Values(parties)), "; "); got != "Russia 2014-09-05; Ukraine 2014-09-05" {
			t.Errorf("parties = %s", got)
		}
		if got := strings.Join(linked, "; "); got != "JCCC related_to" {
			t.Errorf("linked = %s", got)
		}
	})

	t.Run("as-of", func(t *testing.T) {
		for _, tt := range []struct{ actor, date, want string }{
			{"JCCC", "2016-01-01", "member_of Russia->JCCC; member_of Ukraine->JCCC; related_to JCCC->Minsk agreements"},
			{"JCCC", "2018-06-01", "member_of Ukraine->JCCC; related_to JCCC->Minsk agreements"},
			{"JCCC", "2014-01-01", "related_to JCCC->Minsk agreements"},
			{"Russia", "2016-01-01", "member_of Russia->JCCC; party_to Russia->Minsk agreements"},
		} {
			data, err := Run(ctx, st, "as-of", map[string]string{"actor": tt.actor, "date": tt.date})
			if err != nil {
				t.Fatal(err)
			}
			var res struct {
				Relations []struct {
					RelType    string `json:"rel_type"`
					Head, Tail struct{ Name string }
				}
			}
			if err := json.Unmarshal(data, &res); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range res.Relations {
				got = append(got, r.RelType+" "+r.Head.Name+"->"+r.Tail.Name)
			}
			if g := strings.Join(slices.Sorted(slices.Values(got)), "; "); g != tt.want {
				t.Errorf("as-of %s %s = %s, want %s", tt.actor, tt.date, g, tt.want)
			}
		}
	})

	t.Run("changes", func(t *testing.T) {
		data, err := Run(ctx, st, "changes", map[string]string{"actor": "Russia", "from": "2017-12-01", "to": "2017-12-31"})
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			Started, Ended []struct {
				RelType string `json:"rel_type"`
				Tail    struct{ Name string }
			}
		}
		if err := json.Unmarshal(data, &res); err != nil {
			t.Fatal(err)
		}
		if len(res.Started) != 0 || len(res.Ended) != 1 || res.Ended[0].Tail.Name != "JCCC" {
			t.Errorf("started %+v, ended %+v; want nothing started and the JCCC membership ended", res.Started, res.Ended)
		}
		if got := eventRows(t, data, "events"); len(got) != 3 {
			t.Errorf("events = %v, want 3", got)
		}
	})

	t.Run("path", func(t *testing.T) {
		data, err := Run(ctx, st, "path", map[string]string{"a": "Rex Tillerson", "b": "Ukraine"})
		if err != nil {
			t.Fatal(err)
		}
		var res struct{ Path []struct{ Name string } }
		if err := json.Unmarshal(data, &res); err != nil {
			t.Fatal(err)
		}
		if len(res.Path) < 3 || res.Path[0].Name != "Rex Tillerson" || res.Path[len(res.Path)-1].Name != "Ukraine" {
			t.Errorf("path = %+v, want Rex Tillerson ... Ukraine\n%s", res.Path, data)
		}
	})
}

func TestReports(t *testing.T) {
	st := loadStory(t)
	ctx := context.Background()
	for _, tt := range []struct {
		file string
		name string
		p    ReportParams
	}{
		{"actor-timeline", "actor-timeline", ReportParams{Actor: "Russia", From: "2017-01-01", To: "2017-12-31"}},
		{"dyad", "dyad", ReportParams{Actor: "US", With: "Ukraine"}},
		{"agreement", "agreement", ReportParams{Actor: "Minsk agreements"}},
		{"agreement-unknown", "agreement", ReportParams{Actor: "Treaty of Nowhere"}},
		{"withdrawals", "withdrawals", ReportParams{From: "2017-01-01"}},
		{"path", "path", ReportParams{Actor: "Rex Tillerson", With: "Ukraine"}},
		{"as-of", "as-of", ReportParams{Actor: "JCCC", At: "2018-06-01"}},
		{"changes", "changes", ReportParams{Actor: "Russia", From: "2017-12-01", To: "2017-12-31"}},
		{"dyad-series", "dyad-series", ReportParams{Actor: "Russia", With: "United States"}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Report(ctx, st, tt.name, tt.p, "md", &buf); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", tt.file+".golden.md"), buf.Bytes())
		})
	}
	t.Run("json", func(t *testing.T) {
		var buf bytes.Buffer
		if err := Report(ctx, st, "dyad", ReportParams{Actor: "US", With: "Ukraine"}, "json", &buf); err != nil {
			t.Fatal(err)
		}
		var out struct {
			Report string
			Params map[string]string
			Data   map[string][]map[string]any
		}
		if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		if out.Report != "dyad" || out.Params["a"] != "US" || len(out.Data["events"]) != 1 {
			t.Errorf("json report = %+v", out)
		}
	})
	t.Run("missing actor", func(t *testing.T) {
		err := Report(ctx, st, "dyad", ReportParams{Actor: "US"}, "md", &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), "--with") {
			t.Errorf("err = %v, want one naming --with", err)
		}
	})
}

func TestQueryErrorNamesQuery(t *testing.T) {
	st := graphtest.Store(t)
	_, err := st.Query(context.Background(), `{ broken(func: eq(name, "x") { name }`, nil)
	if err == nil {
		t.Fatal("malformed DQL succeeded")
	}
	if !strings.Contains(strings.ToLower(err.Error()), "dgraph") {
		t.Errorf("error %q does not carry Dgraph's message", err)
	}
}

func values(m map[string]string) []string {
	var out []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, k+"="+m[k])
	}
	return out
}

// checkGolden compares got with the golden file, rewriting it under -update.
func checkGolden(t *testing.T, golden string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("report differs from %s (go test -update rewrites it):\n%s", golden, got)
	}
}
