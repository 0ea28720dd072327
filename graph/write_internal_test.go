package graph

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/dgo/v230"

	"github.com/geokg/geokg/extract"
)

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		in       string
		want     string // RFC 3339, empty when an error is expected
		wantPrec string
	}{
		{"2017", "2017-01-01T00:00:00Z", extract.PrecisionYear},
		{"2014-09", "2014-09-01T00:00:00Z", extract.PrecisionMonth},
		{"2017-12-22", "2017-12-22T00:00:00Z", extract.PrecisionDay},
		{"2016-02-29", "2016-02-29T00:00:00Z", extract.PrecisionDay},
		{"0999", "0999-01-01T00:00:00Z", extract.PrecisionYear},
		{"2017-02-29", "", ""}, // not a leap year
		{"2017-13", "", ""},
		{"2017-12-32", "", ""},
		{"17-12-22", "", ""},
		{"2017/12/22", "", ""},
		{"2017-1-2", "", ""},
		{"", "", ""},
		{"December 2017", "", ""},
		{"2017-12-22T10:00:00Z", "", ""},
	} {
		got, prec, err := ParseDate(c.in)
		if c.want == "" {
			if err == nil {
				t.Errorf("ParseDate(%q) = %v, %s; want an error", c.in, got, prec)
			} else if !strings.Contains(err.Error(), `"`+c.in+`"`) {
				t.Errorf("ParseDate(%q) error %q does not quote the input", c.in, err)
			}
			continue
		}
		if err != nil || dgraphTime(got) != c.want || prec != c.wantPrec {
			t.Errorf("ParseDate(%q) = %s, %q, %v; want %s, %q", c.in, dgraphTime(got), prec, err, c.want, c.wantPrec)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2017", "2017-12", "2017-12-22", "2017-13-01", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, prec, err := ParseDate(s)
		if err != nil {
			return
		}
		// A parsed date prints back as its input at its precision.
		layout := map[string]string{extract.PrecisionYear: "2006", extract.PrecisionMonth: "2006-01", extract.PrecisionDay: "2006-01-02"}[prec]
		if layout == "" || got.Format(layout) != s || got.Location() != time.UTC {
			t.Errorf("ParseDate(%q) = %v, %q", s, got, prec)
		}
	})
}

func TestXIDs(t *testing.T) {
	base := extract.Event{ID: "e1", Cameo: "161", Root: "16", Source: "country:RUS", Target: "org:jccc", Date: "2017-12", Modality: extract.ModalityAsserted,
		Sentence: "one wording", Span: extract.Span{Start: 10}, Confidence: 0.5, Trigger: "withdrew"}
	same := base
	same.ID, same.Sentence, same.Span.Start, same.Confidence, same.Trigger, same.Modality = "e9", "another wording", 400, 0.9, "pulled out", ""
	same.Cameo, same.Date = "166", "2017-12-18" // another code of the same root, another date: the date is matched apart
	if EventKey("a1", base, nil) != EventKey("a2", same, nil) {
		t.Errorf("two reports of one event got different keys: %q, %q", EventKey("a1", base, nil), EventKey("a2", same, nil))
	}
	for name, change := range map[string]func(*extract.Event){
		"root":     func(e *extract.Event) { e.Cameo, e.Root = "111", "11" },
		"source":   func(e *extract.Event) { e.Source = "country:UKR" },
		"target":   func(e *extract.Event) { e.Target = "" },
		"modality": func(e *extract.Event) { e.Modality = extract.ModalityThreatened },
	} {
		ev := base
		change(&ev)
		if EventKey("a1", ev, nil) == EventKey("a1", base, nil) {
			t.Errorf("changing the %s leaves the event key %q", name, EventKey("a1", ev, nil))
		}
	}
	if EventXID(EventKey("a1", base, nil), "2017-12") == EventXID(EventKey("a1", base, nil), "2017-12-18") {
		t.Error("event xids must differ by date")
	}
	evX := EventKey("a1", base, nil)
	if MentionXID("a1", evX, 10) == MentionXID("a2", evX, 10) || MentionXID("a1", evX, 10) == MentionXID("a1", evX, 11) {
		t.Error("mention xids must differ by article and offset")
	}
	r := extract.Relation{Type: extract.RelRole, Head: "person:x", Tail: "org:y", Label: "Minister", Evidence: "a"}
	r2 := r
	r2.Evidence, r2.Since = "b", "2010"
	if RelationXID(r) != RelationXID(r2) {
		t.Error("evidence and dates must not change a relation's xid")
	}
	r2.Label = "Deputy Minister"
	if RelationXID(r) == RelationXID(r2) {
		t.Error("a different label must give a different relation")
	}
	if ArticleXID("a1") == "a1" || ArticleXID("a1") == ArticleXID("a2") {
		t.Errorf("ArticleXID(a1) = %q", ArticleXID("a1"))
	}
}

func TestEntityType(t *testing.T) {
	for kind, want := range map[string]string{
		extract.KindPerson: TypeActor, extract.KindCountry: TypeActor, extract.KindOrganization: TypeActor,
		extract.KindGroup: TypeActor, extract.KindAgreement: TypeAgreement, extract.KindLocation: TypeLocation, "": TypeActor,
	} {
		if got := EntityType(kind); got != want {
			t.Errorf("EntityType(%q) = %s, want %s", kind, got, want)
		}
	}
}

func planDoc() extract.Document {
	return extract.Document{
		Article: extract.Article{ID: "a1", Published: "2020-05-04"},
		Entities: []extract.Entity{
			{ID: "country:AAA", Name: "Aland", Kind: extract.KindCountry, Aliases: []string{"A1"}},
			{ID: "country:BBB", Name: "Beland", Kind: extract.KindCountry},
			{ID: "country:AAA", Name: "Aland", Kind: extract.KindCountry, Aliases: []string{"A2", "A1"}},
		},
		Events: []extract.Event{
			{ID: "e1", Cameo: "042", Source: "country:AAA", Target: "country:BBB", Date: "2020-05", Span: extract.Span{Start: 0}},
			// The same event coded twice from one sentence: one mention.
			{ID: "e2", Cameo: "042", Source: "country:AAA", Target: "country:BBB", Date: "2020-05", Span: extract.Span{Start: 0}},
			// The same event from another sentence: a second mention.
			{ID: "e3", Cameo: "042", Source: "country:AAA", Target: "country:BBB", Date: "2020-05", Span: extract.Span{Start: 50}},
		},
		Relations: []extract.Relation{{Type: extract.RelMemberOf, Head: "country:AAA", Tail: "country:BBB", Since: "2001"}},
	}
}

func TestPlanDocument(t *testing.T) {
	p, err := planDocument(planDoc())
	if err != nil {
		t.Fatal(err)
	}
	// Events are derived once the graph is read; the plan holds reports.
	want := WriteStats{Articles: 1, Entities: 2, Relations: 1, Mentions: 3}
	if p.stats != want {
		t.Errorf("stats = %+v, want %+v", p.stats, want)
	}
	a := p.objs[p.index["country:AAA"]]
	if got := a["aliases"].([]string); strings.Join(got, ",") != "A1,A2" {
		t.Errorf("aliases of a repeated entity = %v, want A1,A2", got)
	}
	if len(p.reports) != 2 || p.reports[0].Key != p.reports[1].Key || p.reports[0].Mention == p.reports[1].Mention {
		t.Errorf("reports = %+v, want two reports of one key from two sentences", p.reports)
	}
	m := p.objs[p.index[p.reports[0].Mention]]
	var r report
	if err := json.Unmarshal([]byte(m["coding"].(string)), &r); err != nil || r.Date != "2020-05" || r.Cameo != "042" || r.Article != ArticleXID("a1") {
		t.Errorf("mention coding = %v (%v)", m["coding"], err)
	}
	for i, o := range p.objs {
		if o["dgraph.type"] == "" || o["xid"] != p.xids[i] || o["uid"] != uidVar(i) {
			t.Errorf("node %d = %v", i, o)
		}
	}
}

func TestPlanDocumentProblems(t *testing.T) {
	doc := planDoc()
	doc.Article.Published = "yesterday"
	doc.Entities = append(doc.Entities, extract.Entity{Name: "Nobody"})
	doc.Events[0].Source = "country:ZZZ"
	doc.Events[1].Location = "location:nowhere"
	doc.Events[2].Cameo = ""
	doc.Events = append(doc.Events, extract.Event{ID: "e4", Cameo: "010", Source: "country:AAA", Date: "2020-00"})
	doc.Relations = append(doc.Relations, extract.Relation{Head: "country:AAA", Tail: "country:CCC", Until: "1999-1"})
	_, err := planDocument(doc)
	var de *DocumentError
	if !errors.As(err, &de) || !errors.Is(err, ErrInvalidDocument) {
		t.Fatalf("planDocument = %v, want a *DocumentError", err)
	}
	for _, want := range []string{
		`article published: date "yesterday"`,
		`entity 3 ("Nobody") has no id`,
		`event e1 source "country:ZZZ" is not among`,
		`event e2 location "location:nowhere" is not among`,
		`event e3 has no CAMEO code`,
		`event e4: date "2020-00"`,
		`relation 1 () has no type`,
		`relation 1 () tail "country:CCC" is not among`,
		`relation 1 () until: date "1999-1"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if len(de.Problems) != 9 {
		t.Errorf("%d problems, want 9: %q", len(de.Problems), de.Problems)
	}
}

// TestRequestKeepsValuesOutOfQuery: xids reach Dgraph as variables and
// values inside JSON, so nothing a document says can change the query.
func TestRequestKeepsValuesOutOfQuery(t *testing.T) {
	doc := planDoc()
	evil := `x") { uid } delete { * * * } #`
	doc.Entities[1].ID = evil
	doc.Entities[1].Name = "quote \" backslash \\ newline \n"
	doc.Events[0].Target, doc.Events[1].Target, doc.Events[2].Target = evil, evil, evil
	doc.Relations[0].Tail = evil
	p, err := planDocument(doc)
	if err != nil {
		t.Fatal(err)
	}
	query, vars := p.lookup()
	if strings.Contains(query, "delete") || strings.Contains(query, "country:") {
		t.Errorf("a value leaked into the query text:\n%s", query)
	}
	if len(vars) != len(p.xids) || vars["$x0"] != p.xids[0] {
		t.Errorf("vars = %v", vars)
	}
	// The first node exists, the others are new.
	req, err := p.request(map[string]string{p.xids[0]: "0x2a"})
	if err != nil {
		t.Fatal(err)
	}
	var objs []map[string]any
	if err := json.Unmarshal(req.Mutations[0].SetJson, &objs); err != nil {
		t.Fatal(err)
	}
	if objs[p.index[evil]]["name"] != doc.Entities[1].Name {
		t.Errorf("name did not survive encoding: %q", objs[p.index[evil]]["name"])
	}
	if objs[0]["uid"] != "0x2a" || objs[1]["uid"] != "_:n1" {
		t.Errorf("uids = %v, %v, want 0x2a (found) and _:n1 (new)", objs[0]["uid"], objs[1]["uid"])
	}
	if !req.CommitNow {
		t.Error("the upsert must commit in the same request")
	}
}

func TestRetryAborted(t *testing.T) {
	ctx := context.Background()
	calls := 0
	err := retryAborted(ctx, 5, func() error {
		calls++
		if calls < 3 {
			return dgo.ErrAborted
		}
		return nil
	})
	if err != nil || calls != 3 {
		t.Errorf("retry over two aborts: err %v after %d calls, want success after 3", err, calls)
	}

	calls = 0
	err = retryAborted(ctx, 4, func() error { calls++; return dgo.ErrAborted })
	if !errors.Is(err, dgo.ErrAborted) || calls != 4 {
		t.Errorf("always aborted: err %v after %d calls, want ErrAborted after 4", err, calls)
	}

	calls = 0
	other := errors.New("schema mismatch")
	err = retryAborted(ctx, 4, func() error { calls++; return other })
	if err != other || calls != 1 {
		t.Errorf("other error: err %v after %d calls, want it at once", err, calls)
	}

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	err = retryAborted(cctx, 4, func() error { return dgo.ErrAborted })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v, want context.Canceled", err)
	}
}

func TestDollarVars(t *testing.T) {
	got := dollarVars(map[string]string{"a": "1", "$b": "2"})
	if len(got) != 2 || got["$a"] != "1" || got["$b"] != "2" {
		t.Errorf("dollarVars = %v", got)
	}
	if dollarVars(nil) != nil {
		t.Error("dollarVars(nil) != nil")
	}
}

// TestTransientRefusals: the refusals a moment of Dgraph's own (a tablet
// moving, an alpha not yet connected to its zero after a restart) are sent
// again; any other refusal is not.
func TestTransientRefusals(t *testing.T) {
	for msg, want := range map[string]bool{
		"rpc error: code = Unknown desc = Tablet isn't being served by this instance":        true,
		"rpc error: code = Unknown desc = StartTs: 5 is from before MoveTs: 9":               true,
		"rpc error: code = Unknown desc = No connection exists":                              true,
		"rpc error: code = Unknown desc = Transaction has been aborted. Please retry":        false,
		"rpc error: code = Unknown desc = while lexing {: Unrecognized character in lexText": false,
	} {
		if got := tabletMoving(errors.New(msg)); got != want {
			t.Errorf("tabletMoving(%q) = %v, want %v", msg, got, want)
		}
	}
}

// TestGenericGroupKeys: a generic group of no country ("police") is a kind
// of people, so its events meet across articles only in one place.
func TestGenericGroupKeys(t *testing.T) {
	police := extract.Event{Cameo: "173", Root: "17", Source: "group:police", Target: "group:protesters", Date: "2020-05-02"}
	for _, c := range []struct {
		name       string
		a, b       extract.Event
		artA, artB string
		same       bool
	}{
		{"no place, two articles", police, police, "a1", "a2", false},
		{"no place, one article", police, police, "a1", "a1", true},
		{"one place, two articles", with(police, "location:lyon"), with(police, "location:lyon"), "a1", "a2", true},
		{"two places", with(police, "location:lyon"), with(police, "location:lagos"), "a1", "a1", false},
		{"generic target only", target(police, "country:FRA"), target(police, "country:FRA"), "a1", "a2", false},
	} {
		if got := EventKey(c.artA, c.a, nil) == EventKey(c.artB, c.b, nil); got != c.same {
			t.Errorf("%s: same key %v, want %v (%q, %q)", c.name, got, c.same, EventKey(c.artA, c.a, nil), EventKey(c.artB, c.b, nil))
		}
	}
	// A named body of a country is one body: its events meet across articles.
	named := extract.Event{Cameo: "173", Root: "17", Source: "org:fra-police", Target: "country:FRA"}
	if EventKey("a1", named, nil) != EventKey("a2", named, nil) {
		t.Error("a country's police got a key per article")
	}
}

func with(ev extract.Event, loc string) extract.Event { ev.Location = loc; return ev }

func target(ev extract.Event, src string) extract.Event {
	ev.Source, ev.Target = src, "group:protesters"
	return ev
}
