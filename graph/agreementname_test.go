package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// sharedNames lists, for the Agreement node x, the other Agreement nodes
// that share one of its AgreementName nodes.
func sharedNames(t *testing.T, st *graph.Store, x string) []string {
	t.Helper()
	raw, err := st.Query(context.Background(), `query q($x: string) {
  a(func: eq(xid, $x)) { known_as { ~known_as @filter(type(Agreement)) { xid } } }
}`, map[string]string{"$x": x})
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		A []struct {
			KnownAs []struct {
				Agreements []struct{ XID string } `json:"~known_as"`
			} `json:"known_as"`
		}
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range res.A {
		for _, k := range a.KnownAs {
			for _, o := range k.Agreements {
				if o.XID != x && !slices.Contains(out, o.XID) {
					out = append(out, o.XID)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// xidsOf lists, sorted, the xids of the nodes the DQL function fn finds
// ("type(Agreement)").
func xidsOf(t *testing.T, st *graph.Store, fn string) []string {
	t.Helper()
	raw, err := st.Query(context.Background(), `{ a(func: `+fn+`) { xid } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var res struct{ A []struct{ XID string } }
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range res.A {
		out = append(out, a.XID)
	}
	slices.Sort(out)
	return out
}

// knownAsNames lists the AgreementName xids of the Agreement node x.
func knownAsNames(t *testing.T, st *graph.Store, x string) []string {
	t.Helper()
	raw, err := st.Query(context.Background(), `query q($x: string) { a(func: eq(xid, $x)) { known_as { xid } } }`, map[string]string{"$x": x})
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		A []struct {
			KnownAs []struct{ XID string } `json:"known_as"`
		}
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range res.A {
		for _, k := range a.KnownAs {
			out = append(out, k.XID)
		}
	}
	slices.Sort(out)
	return out
}

// TestAgreementNames: an article that gives an agreement's acronym and a
// description of it ("the JFAF, the Arctic fisheries framework"), one that
// gives the description alone and one that names another agreement, in
// every order: the first two are one node, keyed by the acronym and known
// by both names, the third is another; and a graph written before
// known_as gets the links when its schema is brought up to date.
func TestAgreementNames(t *testing.T) {
	ctx := context.Background()
	agr := func(id, name string, aliases ...string) extract.Entity {
		return extract.Entity{ID: id, Kind: extract.KindAgreement, Name: name, Aliases: aliases}
	}
	described := agr("agreement:arctic-fisheries-framework", "the Arctic fisheries  framework")
	described.Described = true
	docs := []extract.Document{
		{Article: extract.Article{ID: "both"}, Entities: []extract.Entity{agr("agreement:jfaf", "JFAF", "Arctic Fisheries Framework")}},
		{Article: extract.Article{ID: "described"}, Entities: []extract.Entity{described}},
		{Article: extract.Article{ID: "other"}, Entities: []extract.Entity{agr("agreement:baltic-salmon-charter", "Baltic salmon charter")}},
	}
	check := func(st *graph.Store, when string) {
		t.Helper()
		if got, want := xidsOf(t, st, "type(Agreement)"), []string{"agreement:baltic-salmon-charter", "agreement:jfaf"}; !slices.Equal(got, want) {
			t.Errorf("%s: agreements %v, want %v", when, got, want)
		}
		if got := knownAsNames(t, st, "agreement:jfaf"); !slices.Contains(got, "agreement-name:arctic fisheries framework") || !slices.Contains(got, "agreement-name:jfaf") {
			t.Errorf("%s: agreement:jfaf is known as %v, want its acronym and the description", when, got)
		}
		if got := sharedNames(t, st, "agreement:baltic-salmon-charter"); len(got) != 0 {
			t.Errorf("%s: agreement:baltic-salmon-charter shares a name with %v, want none", when, got)
		}
	}
	var st *graph.Store
	for _, order := range [][]int{{0, 1, 2}, {1, 2, 0}, {2, 1, 0}} {
		st = graphtest.Store(t)
		for _, i := range order {
			if _, err := st.Write(ctx, docs[i]); err != nil {
				t.Fatal(err)
			}
		}
		check(st, "written in order "+string(rune('0'+order[0]))+string(rune('0'+order[1]))+string(rune('0'+order[2])))
	}
	// One batch holding both sides.
	st = graphtest.Store(t)
	if _, _, err := st.WriteBatch(ctx, docs); err != nil {
		t.Fatal(err)
	}
	check(st, "written in one batch")
	dropAttr(t, st.Addr(), "known_as")
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	check(st, "after migrating")
}

// TestRenamedKeyKeepsItsAcronym: "Treaty on Polar Fisheries" (key tpf, alias
// "Polar Fisheries Treaty") and "Polar Fisheries Treaty" (key pft) are one
// node. Whichever comes first, the node is known by both keys' acronyms:
// the one stored first and relabelled keeps its links, and the one renamed
// in its batch gets them, so the graph is the same in either order.
func TestRenamedKeyKeepsItsAcronym(t *testing.T) {
	ctx := context.Background()
	docs := []extract.Document{
		{Article: extract.Article{ID: "long"}, Entities: []extract.Entity{{ID: "agreement:tpf", Kind: extract.KindAgreement,
			Name: "Treaty on Polar Fisheries", Aliases: []string{"Polar Fisheries Treaty"}}}},
		{Article: extract.Article{ID: "short"}, Entities: []extract.Entity{{ID: "agreement:pft", Kind: extract.KindAgreement,
			Name: "Polar Fisheries Treaty"}}},
	}
	var names [][]string
	for _, order := range [][]int{{0, 1}, {1, 0}} {
		st := graphtest.Store(t)
		for _, i := range order {
			if _, err := st.Write(ctx, docs[i]); err != nil {
				t.Fatal(err)
			}
		}
		if got, want := xidsOf(t, st, "type(Agreement)"), []string{"agreement:pft"}; !slices.Equal(got, want) {
			t.Errorf("order %v: agreements %v, want %v", order, got, want)
		}
		got := knownAsNames(t, st, "agreement:pft")
		for _, want := range []string{"agreement-name:pft", "agreement-name:tpf"} {
			if !slices.Contains(got, want) {
				t.Errorf("order %v: agreement:pft is known as %v, want %s among them", order, got, want)
			}
		}
		names = append(names, xidsOf(t, st, "type(AgreementName)"))
	}
	if !slices.Equal(names[0], names[1]) {
		t.Errorf("AgreementName nodes differ by order:\n%v\n%v", names[0], names[1])
	}
}

// TestMergedNamesAnyOrder: an agreement stored under its acronym ("PFC"),
// another stored under its name ("Pacific-Fisheries Compact"), and an
// article that gives both, in every order: one node whose name is the
// longer one and whose aliases hold the other but never the name itself.
func TestMergedNamesAnyOrder(t *testing.T) {
	ctx := context.Background()
	agr := func(id, name string, aliases ...string) extract.Document {
		return extract.Document{Article: extract.Article{ID: id + name}, Entities: []extract.Entity{{ID: id, Kind: extract.KindAgreement, Name: name, Aliases: aliases}}}
	}
	docs := []extract.Document{
		agr("agreement:pfc", "PFC"),
		agr("agreement:pacific-fisheries-compact", "Pacific-Fisheries Compact"),
		agr("agreement:pacific-fisheries-compact", "Pacific-Fisheries Compact", "PFC"),
	}
	type node struct {
		XID     string   `json:"xid"`
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
	}
	var first []node
	for _, order := range [][]int{{0, 1, 2}, {1, 0, 2}, {2, 0, 1}, {0, 2, 1}} {
		st := graphtest.Store(t)
		for _, i := range order {
			if _, err := st.Write(ctx, docs[i]); err != nil {
				t.Fatal(err)
			}
		}
		raw, err := st.Query(ctx, `{ a(func: type(Agreement)) { xid name aliases } }`, nil)
		if err != nil {
			t.Fatal(err)
		}
		var res struct{ A []node }
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		for k := range res.A {
			slices.Sort(res.A[k].Aliases)
		}
		if len(res.A) != 1 || res.A[0].Name != "Pacific-Fisheries Compact" || slices.Contains(res.A[0].Aliases, res.A[0].Name) || !slices.Contains(res.A[0].Aliases, "PFC") {
			t.Errorf("order %v: agreements %+v, want one named Pacific-Fisheries Compact, PFC an alias, the name not", order, res.A)
		}
		if first == nil {
			first = res.A
		} else if fmt.Sprint(first) != fmt.Sprint(res.A) {
			t.Errorf("order %v: %+v, first order gave %+v", order, res.A, first)
		}
	}
}
