package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// hostileValues are values an article may carry that look like something
// to Dgraph: JSON-mutation variables, blank nodes, uids, RDF, quotes and
// control characters, and very long text. (A title with one word of 64 KB
// or more is refused by the term index; the load test skips such an article
// with Dgraph's reason.)
var hostileValues = []struct{ name, v string }{
	{"uid variable", "uid(n0)"},
	{"val variable", "val(x)"},
	{"spaced variable", "  uid ( n1 )"},
	{"upper variable", "VAL(y)"},
	{"blank node", "_:x"},
	{"uid literal", "<0x1>"},
	{"quotes", `He said "no" \ 'yes'`},
	{"newlines", "line one\nline two\r\n\ttabbed"},
	{"control", "bell\a nul\x00 esc\x1b del\x7f"},
	{"rdf", `<0x1> <name> "x" .` + "\n" + `_:a <xid> "b" .`},
	{"dql", `} delete { * * * } {`},
	{"unicode", "Kyïv — ‘quoted’ 北京 🚀"},
	{"long variable", "uid(" + strings.Repeat("a b ", 25<<10) + ")"},
	{"long", strings.Repeat("word ", 20<<10)},
}

// TestWriteHostileValues loads one article per hostile value, the value
// in every text field an article gives (title, url, outlet, sentence,
// trigger, evidence, names and aliases where an index allows), beside a
// good article, and reads each back verbatim.
func TestWriteHostileValues(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	if _, err := st.Write(ctx, withdrawal()); err != nil {
		t.Fatal(err)
	}
	for i, hv := range hostileValues {
		t.Run(hv.name, func(t *testing.T) {
			// Names and aliases have exact indexes, whose keys Dgraph caps
			// at about 64 KB: long values go into the other fields.
			short := len(hv.v) < 1000
			name := fmt.Sprintf("hostile %d", i)
			alias := fmt.Sprintf("hostile alias %d", i)
			if short {
				name, alias = hv.v, hv.v+" "
			}
			ent := extract.Entity{ID: fmt.Sprintf("group:hostile-%d", i), Name: name, Aliases: []string{alias, "plain alias"},
				Kind: extract.KindGroup}
			ev := event("h1", "111", ent.ID, norland.ID, "2021-05-01", 0, "x "+hv.v)
			ev.Sentence = hv.v
			ev.Trigger = hv.v
			doc := extract.Document{
				Article:  extract.Article{ID: fmt.Sprintf("hostile-%d", i), Title: hv.v, URL: hv.v, Source: hv.v, Published: "2021-05-02"},
				Entities: []extract.Entity{ent, norland},
				Events:   []extract.Event{ev},
				Relations: []extract.Relation{{Type: extract.RelMemberOf, Head: ent.ID, Tail: norland.ID,
					Evidence: hv.v}},
			}
			if _, err := st.Write(ctx, doc); err != nil {
				t.Fatalf("write: %v", err)
			}
			art := nodeByXID(t, st, graph.ArticleXID(doc.Article.ID))
			for _, pred := range []string{"title", "url", "outlet"} {
				checkVerbatim(t, pred, art[pred], hv.v)
			}
			e := nodeByXID(t, st, ent.ID)
			checkVerbatim(t, "name", e["name"], name)
			if got, want := strs(e["aliases"]), slices.Sorted(slices.Values([]string{alias, "plain alias"})); !slices.Equal(got, want) {
				t.Errorf("aliases = %.80q, want %.80q", got, want)
			}
			m := nodeByXID(t, st, graph.MentionXID(doc.Article.ID, graph.EventKey(doc.Article.ID, ev, doc.Entities), 0))
			checkVerbatim(t, "sentence", m["sentence"], hv.v)
			checkVerbatim(t, "trigger", m["trigger"], hv.v)
			if got := xidOf(m["article"]); got != graph.ArticleXID(doc.Article.ID) {
				t.Errorf("mention's article = %q", got)
			}
			rel := nodeByXID(t, st, graph.RelationXID(doc.Relations[0]))
			checkVerbatim(t, "evidence", rel["evidence"], hv.v)
		})
	}
	// The good article is whole.
	a := nodeByXID(t, st, graph.ArticleXID("wire-001"))
	checkVerbatim(t, "title", a["title"], "Sudria quits border body")
}

func checkVerbatim(t *testing.T, pred string, got any, want string) {
	t.Helper()
	s, ok := got.(string)
	if !ok || s != want {
		t.Errorf("%s = %.80q (%d bytes), want %.80q (%d bytes)", pred, s, len(s), want, len(want))
	}
}

// TestWriteLongID: an article id and url of 100 KB load; the xid holds a
// hash of the id, the id itself is on the node, and a second write of the
// article adds nothing.
func TestWriteLongID(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	doc := withdrawal()
	doc.Article.ID = "https://example.org/" + strings.Repeat("x", 100<<10)
	doc.Article.URL = doc.Article.ID + "?a=1"
	if _, err := st.Write(ctx, doc); err != nil {
		t.Fatalf("write: %.300v", err)
	}
	x := graph.ArticleXID(doc.Article.ID)
	if len(x) > 200 {
		t.Errorf("article xid is %d bytes long, want a hash", len(x))
	}
	raw, err := st.Query(ctx, `query q($x: string) { n(func: eq(xid, $x)) { source_id url } }`, map[string]string{"x": x})
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		N []struct{ Source_id, URL string }
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.N) != 1 || res.N[0].Source_id != doc.Article.ID || res.N[0].URL != doc.Article.URL {
		t.Fatalf("article node: %d nodes, want one with the id and url verbatim", len(res.N))
	}
	ws, err := st.Write(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	if ws.NewNodes != 0 {
		t.Errorf("second write created %d nodes", ws.NewNodes)
	}
	// An error about such an article quotes a readable part of its id.
	bad := doc
	bad.Events = append([]extract.Event(nil), doc.Events...)
	bad.Events[0].Target = "country:" + strings.Repeat("y", 100<<10)
	_, err = st.Write(ctx, bad)
	if err == nil {
		t.Fatal("dangling reference accepted")
	}
	if n := len(err.Error()); n > 1000 {
		t.Errorf("error message is %d bytes long", n)
	}
}
