package graph_test

import (
	"context"
	"encoding/json"
	"errors"
	"maps"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// The fixtures are an invented world, written for these tests: two states,
// Norland and Sudria, a border commission they both sit on, a treaty, and a
// minister. Sentences are our own.
var (
	norland = extract.Entity{ID: "country:NRL", Name: "Norland", Kind: extract.KindCountry,
		Aliases: []string{"Norvik"}, Country: "NRL", Code: "NRL"}
	sudria = extract.Entity{ID: "country:SDR", Name: "Sudria", Kind: extract.KindCountry,
		Aliases: []string{"the Sudrian republic"}, Country: "SDR", Code: "SDR"}
	commission = extract.Entity{ID: "org:border-commission", Name: "Joint Border Commission",
		Kind: extract.KindOrganization, Aliases: []string{"JBC"}, Code: "IGO"}
	treaty   = extract.Entity{ID: "agreement:lake-treaty", Name: "Lake Treaty", Kind: extract.KindAgreement}
	valley   = extract.Entity{ID: "location:amber-valley", Name: "Amber Valley", Kind: extract.KindLocation, Country: "SDR"}
	minister = extract.Entity{ID: "person:ilsa-brandt", Name: "Ilsa Brandt", Kind: extract.KindPerson,
		Country: "NRL", Code: "NRLGOV", Sector: "GOV"}
)

// event builds an asserted event whose sentence starts at offset.
func event(id, cameo, src, tgt, date string, offset int, sentence string) extract.Event {
	prec := map[int]string{4: extract.PrecisionYear, 7: extract.PrecisionMonth, 10: extract.PrecisionDay}[len(date)]
	return extract.Event{ID: id, Cameo: cameo, Root: cameo[:2], Plover: "PLOVER-" + cameo, QuadClass: 3, Goldstein: -4.5,
		Source: src, Target: tgt, Date: date, DatePrecision: prec, DateSource: extract.DateFromSentence,
		Modality: extract.ModalityAsserted, Trigger: strings.Fields(sentence)[1], Sentence: sentence,
		Span: extract.Span{Start: offset, End: offset + len(sentence), Line: 1, Col: offset + 1}, Confidence: 0.8}
}

// withdrawal is an article: Sudria leaves the commission, Norland protests.
func withdrawal() extract.Document {
	s1 := "Sudria pulled its delegates out of the Joint Border Commission in March."
	s2 := "Norland protested the move in a note to the Sudrian republic on Monday."
	return extract.Document{
		Article:  extract.Article{ID: "wire-001", Title: "Sudria quits border body", URL: "https://example.org/wire-001", Source: "Example Wire", Published: "2021-04-07"},
		Entities: []extract.Entity{norland, sudria, commission, treaty, valley},
		Events: []extract.Event{
			func() extract.Event {
				e := event("e1", "161", sudria.ID, commission.ID, "2021-03", 0, s1)
				e.Agreement = treaty.ID
				e.Location = valley.ID
				e.Clause = extract.ClauseMain
				return e
			}(),
			event("e2", "111", norland.ID, sudria.ID, "2021-04-05", len(s1)+1, s2),
		},
		Relations: []extract.Relation{
			{Type: extract.RelMemberOf, Head: norland.ID, Tail: commission.ID, Since: "2009"},
			{Type: extract.RelMemberOf, Head: sudria.ID, Tail: commission.ID, Since: "2009-06", Until: "2021-03"},
			{Type: extract.RelLocated, Head: valley.ID, Tail: sudria.ID, Evidence: "Amber Valley lies in Sudria."},
		},
	}
}

// protest is a second article reporting Norland's protest in other words,
// with another alias for Norland, plus the minister's role.
func protest() extract.Document {
	s := "In a note on Monday, Norvik protested to Sudria over the commission."
	n := norland
	n.Aliases = []string{"the Norlandic government"}
	return extract.Document{
		Article:  extract.Article{ID: "daily-042", Title: "Norland objects", Published: "2021-04-06"},
		Entities: []extract.Entity{n, sudria, minister},
		Events:   []extract.Event{event("p1", "111", norland.ID, sudria.ID, "2021-04-05", 120, s)},
		Relations: []extract.Relation{
			{Type: extract.RelRole, Head: minister.ID, Tail: norland.ID, Label: "Foreign Minister", Evidence: "Ilsa Brandt, Norland's foreign minister, signed the note."},
		},
	}
}

// nodeByXID returns the node with xid x as decoded JSON, with the fields
// the tests look at, failing unless exactly one node has it.
func nodeByXID(t *testing.T, st *graph.Store, x string) map[string]any {
	t.Helper()
	const q = `query q($x: string) {
  n(func: eq(xid, $x)) {
    uid xid dgraph.type name aliases kind actor_code country sector
    title url outlet published
    cameo cameo_root plover quad_class goldstein date date_precision date_source modality
    source { xid } target { xid } location { xid } object { xid } agreement { xid }
    rel_type head { xid } tail { xid } label since since_precision until until_precision evidence started_by { xid } ended_by { xid } article_count outlet_count
    article { xid } sentence trigger start end confidence
    mentions { xid sentence clause start end article { xid } }
  }
}`
	raw, err := st.Query(context.Background(), q, map[string]string{"x": x})
	if err != nil {
		t.Fatalf("query %s: %v", x, err)
	}
	var res struct{ N []map[string]any }
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.N) != 1 {
		t.Fatalf("%d nodes with xid %q, want 1: %s", len(res.N), x, raw)
	}
	return res.N[0]
}

func xidOf(v any) string {
	m, _ := v.(map[string]any)
	s, _ := m["xid"].(string)
	return s
}

func strs(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	slices.Sort(out)
	return out
}

func TestWriteDocument(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	doc := withdrawal()
	ws, err := st.Write(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	want := graph.WriteStats{Articles: 1, Entities: 5, Events: 2, Relations: 3, Mentions: 5}
	// One more node: the treaty's name as an AgreementName (known_as).
	want.NewNodes = want.Articles + want.Entities + want.Events + want.Relations + want.Mentions + 1
	if ws != want {
		t.Errorf("WriteStats = %+v, want %+v", ws, want)
	}

	art := nodeByXID(t, st, graph.ArticleXID("wire-001"))
	if art["dgraph.type"].([]any)[0] != graph.TypeArticle || art["title"] != doc.Article.Title ||
		art["url"] != doc.Article.URL || art["outlet"] != "Example Wire" || !strings.HasPrefix(art["published"].(string), "2021-04-07T00:00:00") {
		t.Errorf("article node = %v", art)
	}

	for _, c := range []struct {
		e    extract.Entity
		typ  string
		more map[string]any
	}{
		{sudria, graph.TypeActor, map[string]any{"kind": "country", "actor_code": "SDR", "country": "SDR"}},
		{commission, graph.TypeActor, map[string]any{"kind": "organization", "actor_code": "IGO"}},
		{treaty, graph.TypeAgreement, map[string]any{"kind": "agreement"}},
		{valley, graph.TypeLocation, map[string]any{"kind": "location", "country": "SDR"}},
	} {
		n := nodeByXID(t, st, c.e.ID)
		if got := strs(n["dgraph.type"]); !slices.Equal(got, []string{c.typ}) {
			t.Errorf("%s: types %v, want [%s]", c.e.ID, got, c.typ)
		}
		if n["name"] != c.e.Name {
			t.Errorf("%s: name %v, want %q", c.e.ID, n["name"], c.e.Name)
		}
		for k, v := range c.more {
			if n[k] != v {
				t.Errorf("%s: %s = %v, want %v", c.e.ID, k, n[k], v)
			}
		}
		if len(c.e.Aliases) > 0 && !slices.Equal(strs(n["aliases"]), c.e.Aliases) {
			t.Errorf("%s: aliases %v, want %v", c.e.ID, n["aliases"], c.e.Aliases)
		}
	}

	ev := nodeByXID(t, st, graph.EventXID(graph.EventKey(doc.Article.ID, doc.Events[0], doc.Entities), doc.Events[0].Date))
	for k, v := range map[string]any{
		"cameo": "161", "cameo_root": "16", "plover": "PLOVER-161", "quad_class": 3.0, "goldstein": -4.5,
		"date_precision": "month", "date_source": "sentence", "modality": "asserted",
	} {
		if ev[k] != v {
			t.Errorf("event %s = %v, want %v", k, ev[k], v)
		}
	}
	if !strings.HasPrefix(ev["date"].(string), "2021-03-01T00:00:00") {
		t.Errorf("event date = %v, want the start of March 2021", ev["date"])
	}
	for pred, want := range map[string]string{"source": sudria.ID, "target": commission.ID, "agreement": treaty.ID, "location": valley.ID} {
		if got := xidOf(ev[pred]); got != want {
			t.Errorf("event %s -> %q, want %q", pred, got, want)
		}
	}
	ms := ev["mentions"].([]any)
	if len(ms) != 1 {
		t.Fatalf("event has %d mentions, want 1", len(ms))
	}
	m := ms[0].(map[string]any)
	if xidOf(m["article"]) != art["xid"] || m["sentence"] != doc.Events[0].Sentence || m["start"] != 0.0 || m["end"] != float64(doc.Events[0].Span.End) || m["clause"] != extract.ClauseMain {
		t.Errorf("mention = %v", m)
	}

	rel := nodeByXID(t, st, graph.RelationXID(doc.Relations[1]))
	if rel["rel_type"] != "member_of" || xidOf(rel["head"]) != sudria.ID || xidOf(rel["tail"]) != commission.ID ||
		!strings.HasPrefix(rel["since"].(string), "2009-06-01") || rel["since_precision"] != "month" ||
		!strings.HasPrefix(rel["until"].(string), "2021-03-01") || rel["until_precision"] != "month" {
		t.Errorf("relation node = %v", rel)
	}
	if ms := rel["mentions"].([]any); len(ms) != 1 || xidOf(ms[0].(map[string]any)["article"]) != art["xid"] {
		t.Errorf("relation mentions = %v, want one from the article", rel["mentions"])
	}

	counts, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantCounts := map[string]int{
		graph.TypeArticle: 1, graph.TypeActor: 3, graph.TypeAgreement: 1, graph.TypeLocation: 1,
		graph.TypeEvent: 2, graph.TypeMention: 5, graph.TypeRelation: 3, graph.TypeAgreementName: 1,
		// 2 sources, 2 targets, 1 agreement, 1 location, 5 mentions,
		// 5 mention->article, 3 heads, 3 tails; the withdrawal affects
		// Sudria, the commission and the treaty (3) and ended Sudria's
		// membership (1 ended_by); the two relation reports that state
		// dates are their relations' claims (2); each relation's and
		// each event's one report is its lead (3 + 2); each event counts for its source and
		// its target alone (2 source_for, 2 target_for: no part_of or
		// role here); the treaty is known_as its one name (1)
		"edges": 38,
	}
	for k, v := range wantCounts {
		if counts[k] != v {
			t.Errorf("Counts[%s] = %d, want %d (all: %v)", k, counts[k], v, counts)
		}
	}
}

// TestWriteTwice writes two documents twice over: nothing may change the
// second time.
func TestWriteTwice(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	docs := []extract.Document{withdrawal(), protest()}
	for _, d := range docs {
		if _, err := st.Write(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	before, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before[graph.TypeEvent] == 0 || before["edges"] == 0 {
		t.Fatalf("counts after the first load look empty: %v", before)
	}
	for _, d := range docs {
		ws, err := st.Write(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		if ws.NewNodes != 0 {
			t.Errorf("second write of %s created %d nodes", d.Article.ID, ws.NewNodes)
		}
	}
	after, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(before, after) {
		t.Errorf("counts changed on reload:\nbefore %v\nafter  %v", before, after)
	}
	// Scalar lists must not grow either.
	n := nodeByXID(t, st, norland.ID)
	if got := strs(n["aliases"]); len(got) != 2 {
		t.Errorf("Norland aliases after reload = %v, want 2", got)
	}
}

// TestSameActorAndEventAcrossArticles: Norland appears in both articles with
// different aliases, and both report the same protest.
func TestSameActorAndEventAcrossArticles(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	a, b := withdrawal(), protest()
	for _, d := range []extract.Document{a, b} {
		if _, err := st.Write(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	n := nodeByXID(t, st, norland.ID) // fails unless exactly one node
	want := []string{"Norvik", "the Norlandic government"}
	if got := strs(n["aliases"]); !slices.Equal(got, want) {
		t.Errorf("Norland aliases = %v, want the union %v", got, want)
	}

	if graph.EventKey(a.Article.ID, a.Events[1], a.Entities) != graph.EventKey(b.Article.ID, b.Events[0], b.Entities) {
		t.Fatal("fixture: the two reports of the protest should code the same event")
	}
	ev := nodeByXID(t, st, graph.EventXID(graph.EventKey(b.Article.ID, b.Events[0], b.Entities), b.Events[0].Date))
	var articles, sentences []string
	for _, m := range ev["mentions"].([]any) {
		m := m.(map[string]any)
		articles = append(articles, xidOf(m["article"]))
		sentences = append(sentences, m["sentence"].(string))
	}
	slices.Sort(articles)
	if wantA := []string{graph.ArticleXID("daily-042"), graph.ArticleXID("wire-001")}; !slices.Equal(articles, wantA) {
		t.Errorf("protest mentioned by %v, want %v", articles, wantA)
	}
	if !slices.Contains(sentences, a.Events[1].Sentence) || !slices.Contains(sentences, b.Events[0].Sentence) {
		t.Errorf("mention sentences = %q", sentences)
	}
	counts, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts[graph.TypeEvent] != 2 || counts[graph.TypeArticle] != 2 || counts[graph.TypeActor] != 4 {
		t.Errorf("counts = %v, want 2 events, 2 articles, 4 actors", counts)
	}
}

// TestConcurrentWrites writes articles that share actors from several
// goroutines: conflicting transactions abort and retry, and no actor may be
// created twice.
func TestConcurrentWrites(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 8 {
		wg.Go(func() {
			d := protest()
			d.Article.ID = "daily-" + strconv.Itoa(100+i)
			// Three days apart: reports a day apart would be one event.
			d.Events[0].Date = "2021-05-" + strconv.Itoa(10+3*i)
			_, err := st.Write(ctx, d)
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	counts, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts[graph.TypeActor] != 3 || counts[graph.TypeArticle] != 8 || counts[graph.TypeEvent] != 8 || counts[graph.TypeRelation] != 1 {
		t.Errorf("counts = %v, want 3 actors, 8 articles, 8 events, 1 relation", counts)
	}
}

// TestWriteEscapesValues stores text with quotes, backslashes, newlines and
// DQL-looking content, and finds it again through a variable.
func TestWriteEscapesValues(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	odd := extract.Entity{ID: `org:"quoted" \ id`, Name: "The \"Front\" \\ for\nLiberty\") { uid } #", Kind: extract.KindGroup,
		Aliases: []string{"ünïcödé — ‘alias’", `} delete { * * * } {`}}
	doc := extract.Document{Article: extract.Article{ID: "odd\t\"article\""}, Entities: []extract.Entity{odd}}
	if _, err := st.Write(ctx, doc); err != nil {
		t.Fatal(err)
	}
	raw, err := st.Query(ctx, `query q($name: string) { n(func: eq(name, $name)) { xid name aliases } }`, map[string]string{"$name": odd.Name})
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		N []struct {
			XID     string
			Name    string
			Aliases []string
		}
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.N) != 1 || res.N[0].XID != odd.ID || res.N[0].Name != odd.Name {
		t.Fatalf("query by name = %s, want the node back intact", raw)
	}
	got := slices.Sorted(slices.Values(res.N[0].Aliases))
	want := slices.Sorted(slices.Values(odd.Aliases))
	if !slices.Equal(got, want) {
		t.Errorf("aliases = %q, want %q", got, want)
	}
	nodeByXID(t, st, graph.ArticleXID(doc.Article.ID))
}

// TestWriteRejectsBadDocument: a dangling reference and a bad date reject
// the document whole; nothing is written.
func TestWriteRejectsBadDocument(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	doc := withdrawal()
	doc.Events[1].Target = "country:ATLANTIS"
	doc.Relations[0].Since = "2009-13"
	_, err := st.Write(ctx, doc)
	if !errors.Is(err, graph.ErrInvalidDocument) {
		t.Fatalf("Write = %v, want ErrInvalidDocument", err)
	}
	for _, want := range []string{"wire-001", `"country:ATLANTIS" is not among the document's entities`, `"2009-13"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %s", err, want)
		}
	}
	counts, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range counts {
		if v != 0 {
			t.Errorf("after a rejected write, Counts[%s] = %d", k, v)
		}
	}
}

// TestDialDeadAddress: nothing listens on the port; Dial must say so, with
// the address, in seconds.
func TestDialDeadAddress(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	t0 := time.Now()
	s, err := graph.Dial(context.Background(), addr)
	if err == nil {
		s.Close()
		t.Fatalf("Dial %s succeeded with nothing listening", addr)
	}
	t.Logf("Dial error: %v", err)
	if d := time.Since(t0); d > 6*time.Second {
		t.Errorf("Dial took %s to fail", d)
	}
	if !strings.Contains(err.Error(), addr) || !errors.Is(err, graph.ErrUnreachable) {
		t.Errorf("Dial error = %v, want ErrUnreachable naming %s", err, addr)
	}
}

// TestDialUnroutable: an address that never answers (a TEST-NET address)
// must time out within the dial bound, not hang.
func TestDialUnroutable(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the dial timeout")
	}
	t0 := time.Now()
	s, err := graph.Dial(context.Background(), "192.0.2.1:9080")
	if err == nil {
		s.Close()
		t.Fatal("Dial to TEST-NET succeeded")
	}
	if d := time.Since(t0); d > 8*time.Second {
		t.Errorf("Dial took %s to fail", d)
	}
	if !strings.Contains(err.Error(), "192.0.2.1:9080") {
		t.Errorf("Dial error = %v, want the address in it", err)
	}
}

func TestQueryError(t *testing.T) {
	st := graphtest.Store(t)
	_, err := st.Query(context.Background(), "{ q(func: eq(name, )) { uid }", nil)
	if err == nil {
		t.Fatal("a broken query succeeded")
	}
	t.Logf("Query error: %v", err)
	qe, ok := errors.AsType[*graph.QueryError](err)
	if !ok {
		t.Fatalf("error %T (%v) is not a *graph.QueryError", err, err)
	}
	if qe.Message == "" || strings.Contains(qe.Message, "rpc error") {
		t.Errorf("QueryError.Message = %q, want Dgraph's own message", qe.Message)
	}
	if !strings.Contains(err.Error(), qe.Message) {
		t.Errorf("error %q lacks Dgraph's message %q", err, qe.Message)
	}
}

func TestQueryVariables(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	if _, err := st.Write(ctx, withdrawal()); err != nil {
		t.Fatal(err)
	}
	const q = `query q($code: string) { n(func: eq(cameo, $code)) { cameo } }`
	for _, c := range []struct {
		vars map[string]string
		want int
	}{
		{map[string]string{"code": "161"}, 1},
		{map[string]string{"$code": "111"}, 1},
		{map[string]string{"code": `161") { uid } #`}, 0},
	} {
		raw, err := st.Query(ctx, q, c.vars)
		if err != nil {
			t.Fatalf("vars %v: %v", c.vars, err)
		}
		var res struct{ N []any }
		json.Unmarshal(raw, &res)
		if len(res.N) != c.want {
			t.Errorf("vars %v: %d rows, want %d: %s", c.vars, len(res.N), c.want, raw)
		}
	}
}

// TestWriteLargeDocument: a long article (many entities and events) still
// goes in as one upsert, and again without creating anything.
func TestWriteLargeDocument(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	doc := extract.Document{Article: extract.Article{ID: "long-read", Published: "2022-01-31"}}
	const n = 150
	for i := range n {
		doc.Entities = append(doc.Entities, extract.Entity{ID: "group:g" + strconv.Itoa(i), Name: "Group " + strconv.Itoa(i), Kind: extract.KindGroup})
	}
	for i := range 2 * n {
		src, tgt := doc.Entities[i%n].ID, doc.Entities[(i*7+1)%n].ID
		doc.Events = append(doc.Events, event("e"+strconv.Itoa(i), "190", src, tgt, "2022-01", i*100, "Group fighters clashed with rivals near the river."))
		doc.Relations = append(doc.Relations, extract.Relation{Type: extract.RelMemberOf, Head: src, Tail: tgt, Label: strconv.Itoa(i)})
	}
	t0 := time.Now()
	ws, err := st.Write(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %+v in %s", ws, time.Since(t0))
	if ws.Entities != n || ws.Relations != 2*n || ws.NewNodes == 0 {
		t.Errorf("stats = %+v", ws)
	}
	before, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ws, err = st.Write(ctx, doc)
	if err != nil || ws.NewNodes != 0 {
		t.Fatalf("second write: %+v, %v", ws, err)
	}
	after, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(before, after) {
		t.Errorf("counts changed on reload:\nbefore %v\nafter  %v", before, after)
	}
}
