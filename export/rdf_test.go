package export_test

import (
	"bytes"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/geokg/geokg/export"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// blankLabel is N-Triples' BLANK_NODE_LABEL restricted to ASCII, which is
// all BlankLabel writes: a first character of PN_CHARS_U or a digit, then
// PN_CHARS or dots, not ending in a dot.
var blankLabel = regexp.MustCompile(`^_:[A-Za-z0-9_:]([A-Za-z0-9_:.\-]*[A-Za-z0-9_:\-])?$`)

func TestBlankLabel(t *testing.T) {
	tests := []struct{ xid, want string }{
		{"country:USA", "_:country:USA"},
		{"person:rex-tillerson", "_:person:rex-tillerson"},
		{"event:04|person:a|country:RUS|2017-12-26", "_:event:04_7Cperson:a_7Ccountry:RUS_7C2017-12-26"},
		{"a_b", "_:a_5Fb"},
		{"a_5Fb", "_:a_5F5Fb"}, // the escape character itself is escaped: no two xids meet
		{"-x", "_:_2Dx"},       // a label cannot start with '-'
		{"x.", "_:x_2E"},       // nor end with '.'
		{"zü", "_:z_C3_BC"},
		{"", "_:_"},
	}
	seen := map[string]string{}
	for _, tt := range tests {
		got := export.BlankLabel(tt.xid)
		if got != tt.want {
			t.Errorf("BlankLabel(%q) = %q, want %q", tt.xid, got, tt.want)
		}
		if !blankLabel.MatchString(got) {
			t.Errorf("BlankLabel(%q) = %q is not a valid blank node label", tt.xid, got)
		}
		if other, ok := seen[got]; ok {
			t.Errorf("BlankLabel(%q) = BlankLabel(%q) = %q", tt.xid, other, got)
		}
		seen[got] = tt.xid
	}
}

// unlabel inverts BlankLabel, to check in the fuzz test that no two xids
// share a label.
func unlabel(l string) (string, bool) {
	l = strings.TrimPrefix(l, "_:")
	if l == "_" {
		return "", true
	}
	var b []byte
	for i := 0; i < len(l); i++ {
		if l[i] != '_' {
			b = append(b, l[i])
			continue
		}
		if i+2 >= len(l) {
			return "", false
		}
		n, err := strconv.ParseUint(l[i+1:i+3], 16, 8)
		if err != nil {
			return "", false
		}
		b = append(b, byte(n))
		i += 2
	}
	return string(b), true
}

func FuzzBlankLabel(f *testing.F) {
	for _, s := range []string{"country:USA", "event:04|a|b|2017", "_", "-", ".", "zü", "a b\tc\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, xid string) {
		l := export.BlankLabel(xid)
		if !blankLabel.MatchString(l) {
			t.Fatalf("BlankLabel(%q) = %q is not a valid blank node label", xid, l)
		}
		if back, ok := unlabel(l); !ok || back != xid {
			t.Fatalf("BlankLabel(%q) = %q decodes to %q", xid, l, back)
		}
	})
}

// FuzzLiteral checks that string values come back from an N-Quads line as
// Dgraph's parser reads a literal (strconv.Unquote of the quoted part), and
// that no raw line break ends the line early.
func FuzzLiteral(f *testing.F) {
	for _, s := range []string{"plain", `say "no"`, "a\\b", "tab\there", "line\nbreak\r\n", "\x00\x1f\x7f", "Zürich, Фронт, 東京"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("Dgraph strings are UTF-8")
		}
		line := string(export.AppendLiteralForTest(nil, s))
		if strings.ContainsAny(line, "\n\r") {
			t.Fatalf("literal of %q holds a raw line break: %s", s, line)
		}
		got, err := strconv.Unquote(line)
		if err != nil || got != s {
			t.Fatalf("literal of %q = %s, unquotes to %q (%v)", s, line, got, err)
		}
	})
}

// TestRDFRoundTrip exports the fixtures as N-Quads, loads them with the
// real dgraph live into a second, empty Dgraph, and compares the two graphs
// node by node; then does the same for a date window.
func TestRDFRoundTrip(t *testing.T) {
	st := loadFixtures(t)
	ctx := t.Context()
	other := graphtest.Another(t)
	dst, err := graph.Dial(ctx, other.AlphaGRPC)
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	dir := t.TempDir()
	schema := filepath.Join(dir, "geokg.schema")
	if err := os.WriteFile(schema, []byte(graph.Schema()), 0o644); err != nil {
		t.Fatal(err)
	}

	// reload exports src with opts into dst, emptied first, with dgraph live.
	reload := func(t *testing.T, opts export.Options) export.Stats {
		t.Helper()
		if err := dst.DropAll(ctx); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		stats, err := export.Write(ctx, st, &buf, opts)
		if err != nil {
			t.Fatalf("export: %v", err)
		}
		rdf := filepath.Join(dir, "graph.rdf")
		if err := os.WriteFile(rdf, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		live := exec.CommandContext(ctx, graphtest.Binary(t), "live", "--alpha", other.AlphaGRPC, "--zero", other.ZeroGRPC,
			"-f", rdf, "-s", schema, "--upsertPredicate", "xid")
		live.Dir = t.TempDir() // live leaves its buffers in the working directory
		if out, err := live.CombinedOutput(); err != nil {
			t.Fatalf("dgraph live: %v\n%s", err, out)
		}
		return stats
	}

	t.Run("all", func(t *testing.T) {
		stats := reload(t, export.Options{Format: export.FormatRDF, PageSize: 7}) // small pages: several of them
		want, err := st.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got, err := dst.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range slices.Sorted(maps.Keys(want)) {
			if got[k] != want[k] {
				t.Errorf("count %s: reloaded %d, original %d", k, got[k], want[k])
			}
		}
		nodes := 0
		for _, typ := range []string{"Article", "Actor", "Agreement", "AgreementName", "Location", "Event", "Mention", "Relation"} {
			nodes += want[typ]
		}
		if stats.Nodes != nodes || stats.Edges != want["edges"] {
			t.Errorf("export stats: %d nodes, %d edges; the graph has %d and %d", stats.Nodes, stats.Edges, nodes, want["edges"])
		}
		wantDump, gotDump := graphtest.Dump(t, st), graphtest.Dump(t, dst)
		if gotDump != wantDump {
			t.Errorf("reloaded graph differs:\n%s", graphtest.LineDiff(wantDump, gotDump))
		}
		// The tricky values, checked by name so that a dump that dropped
		// them on both sides would not pass.
		for _, want := range []string{frontName, `State Department, "Foggy Bottom"`, "Zürich", "Фронт"} {
			if !strings.Contains(gotDump, strconv.Quote(want)[1:len(strconv.Quote(want))-1]) && !strings.Contains(gotDump, want) {
				t.Errorf("reloaded graph lacks %q", want)
			}
		}
		// Reverse edges are rebuilt from the schema's @reverse.
		var rev struct {
			A []struct {
				Src []struct{ Cameo string } `json:"~source"`
			}
		}
		query(t, dst, `query q($x: string) { a(func: eq(xid, $x)) { ~source { cameo } } }`, map[string]string{"x": frontID}, &rev)
		if len(rev.A) != 1 || len(rev.A[0].Src) != 1 || rev.A[0].Src[0].Cameo != "190" {
			t.Errorf("~source of the front in the reloaded graph: %+v, want its raid (190)", rev)
		}
	})

	t.Run("window", func(t *testing.T) {
		win := map[string]string{"from": "2017-12-01", "to": "2017-12-31"}
		reload(t, export.Options{Format: export.FormatRDF, From: win["from"], To: win["to"], PageSize: 5})
		xids := func(s *graph.Store, q string, vars map[string]string) []string {
			var res struct{ N []struct{ XID string } }
			query(t, s, q, vars, &res)
			var out []string
			for _, n := range res.N {
				out = append(out, n.XID)
			}
			slices.Sort(out)
			return out
		}
		const inWindow = `query q($from: string, $to: string) { n(func: between(date, $from, $to)) @filter(type(Event)) { xid } }`
		wantEvents := xids(st, inWindow, win)
		if len(wantEvents) != 4 {
			t.Fatalf("fixtures: %d events in December 2017, want 4 (sale, raid, denunciation, recall)", len(wantEvents))
		}
		if got := xids(dst, `{ n(func: type(Event)) { xid } }`, nil); !slices.Equal(got, wantEvents) {
			t.Errorf("events in the windowed export: %q, want %q", got, wantEvents)
		}
		wantMentions := xids(st, `query q($from: string, $to: string) { var(func: between(date, $from, $to)) @filter(type(Event)) { M as mentions } n(func: uid(M)) { xid } }`, win)
		if got := xids(dst, `{ n(func: type(Mention)) { xid } }`, nil); !slices.Equal(got, wantMentions) {
			t.Errorf("mentions in the windowed export: %q, want %q", got, wantMentions)
		}
		// Every node in the reloaded graph is a node of the export, not an
		// empty one made up by an edge to something left out.
		if got := xids(dst, `{ n(func: has(xid)) @filter(NOT has(dgraph.type)) { xid } }`, nil); len(got) > 0 {
			t.Errorf("nodes without a type (dangling edges) in the windowed export: %q", got)
		}
		actors := xids(dst, `{ n(func: type(Actor)) { xid } }`, nil)
		if !slices.Contains(actors, frontID) || slices.Contains(actors, "person:rex-tillerson") {
			t.Errorf("actors of the windowed export: %q; want the front (raid on 2017-12-21), not Tillerson (only a call in 2018)", actors)
		}
		// Relations between entities of the window are kept; those reaching
		// outside it (the role of a man seen only in 2018, the ties of an
		// agreement no event of the window names) are not.
		var rels struct {
			N []struct {
				RelType    string `json:"rel_type"`
				Head, Tail struct{ XID string }
			}
		}
		query(t, dst, `{ n(func: type(Relation)) { rel_type head { xid } tail { xid } } }`, nil, &rels)
		var got []string
		for _, r := range rels.N {
			got = append(got, r.RelType+" "+r.Head.XID+" "+r.Tail.XID)
		}
		slices.Sort(got)
		want := []string{"member_of country:RUS org:jccc", "member_of country:UKR org:jccc", "part_of org:usa-state-department country:USA"}
		if !slices.Equal(got, want) {
			t.Errorf("relations of the windowed export:\n%q\nwant\n%q", got, want)
		}
	})
}
