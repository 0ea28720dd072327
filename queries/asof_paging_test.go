package queries

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph/graphtest"
)

// manyRelations is a synthetic corpus, written for this test: Southland with
// relations of four types in counts that put page edges inside a type, on a
// type boundary and past the end, entities listed so that uid order is not
// the (type, xid) order.
func manyRelations() []extract.Document {
	south := extract.Entity{ID: "country:STL", Name: "Southland", Kind: extract.KindCountry, Country: "STL", Code: "STL"}
	ents := []extract.Entity{south}
	var rels []extract.Relation
	add := func(e extract.Entity, r extract.Relation) {
		ents = append(ents, e)
		rels = append(rels, r)
	}
	// Descending names, so that the writer meets the largest xid first.
	for i := 6; i >= 0; i-- {
		p := extract.Entity{ID: fmt.Sprintf("person:southland-official-%d", i), Name: fmt.Sprintf("Official %d", i), Kind: extract.KindPerson, Country: "STL"}
		add(p, extract.Relation{Type: extract.RelRole, Head: p.ID, Tail: south.ID, Label: fmt.Sprintf("Deputy minister %d", i)})
	}
	for i := 4; i >= 0; i-- {
		o := extract.Entity{ID: fmt.Sprintf("org:southland-ministry-%d", i), Name: fmt.Sprintf("Southland Ministry %d", i), Kind: extract.KindOrganization, Country: "STL"}
		add(o, extract.Relation{Type: extract.RelPartOf, Head: o.ID, Tail: south.ID})
	}
	for i := 5; i >= 0; i-- {
		l := extract.Entity{ID: fmt.Sprintf("location:southland-town-%d", i), Name: fmt.Sprintf("Town %d", i), Kind: extract.KindLocation, Country: "STL"}
		add(l, extract.Relation{Type: extract.RelLocated, Head: l.ID, Tail: south.ID})
	}
	for i := 2; i >= 0; i-- {
		o := extract.Entity{ID: fmt.Sprintf("org:southern-league-%d", i), Name: fmt.Sprintf("Southern League %d", i), Kind: extract.KindOrganization, Code: "IGO"}
		add(o, extract.Relation{Type: extract.RelMemberOf, Head: south.ID, Tail: o.ID, Since: "2001"})
	}
	return []extract.Document{{
		Article:   extract.Article{ID: "southland-relations", Title: "Who is who in Southland", Published: "2015-01-01", Source: "Test Wire"},
		Entities:  ents,
		Relations: rels,
	}}
}

// TestAsOfPages checks as-of's pages (which sort only the relations up to
// the page's last type: queries/dql/as-of.dql): for every page size and
// offset, the page is the slice of the whole list, the whole list is in
// (type, xid) order, and a page past the end is empty, not an error.
func TestAsOfPages(t *testing.T) {
	if testing.Short() {
		t.Skip("needs Dgraph")
	}
	st := graphtest.Store(t)
	docs := manyRelations()
	writeBatch(t, st, docs, []int{0})
	const n = 21 // 7 roles, 5 parts, 6 towns, 3 memberships

	type row struct {
		UID     string `json:"uid"`
		RelType string `json:"rel_type"`
	}
	run := func(first, offset int) ([]row, int) {
		t.Helper()
		data, err := Run(context.Background(), st, "as-of", map[string]string{
			"actor": "Southland", "date": "2010-01-01", "first": strconv.Itoa(first), "offset": strconv.Itoa(offset)})
		if err != nil {
			t.Fatalf("first=%d offset=%d: %v", first, offset, err)
		}
		var res struct {
			Relations []row
			Total     []struct {
				Total int `json:"total"`
			} `json:"relations_total"`
		}
		if err := json.Unmarshal(data, &res); err != nil {
			t.Fatalf("decode: %v", err)
		}
		if len(res.Total) != 1 {
			t.Fatalf("first=%d offset=%d: relations_total %v", first, offset, res.Total)
		}
		return res.Relations, res.Total[0].Total
	}

	whole, total := run(500, 0)
	if total != n || len(whole) != n {
		t.Fatalf("whole list: %d rows, total %d, want %d", len(whole), total, n)
	}
	uids := make([]string, len(whole))
	for i, r := range whole {
		uids[i] = r.UID
	}
	raw, err := st.Query(context.Background(), fmt.Sprintf("{ q(func: uid(%s)) { uid xid rel_type } }", strings.Join(uids, ",")), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Q []struct{ UID, XID, RelType string } `json:"q"`
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	xid := map[string]string{}
	for _, r := range got.Q {
		xid[r.UID] = r.XID
	}
	if !slices.IsSortedFunc(whole, func(a, b row) int {
		if c := strings.Compare(a.RelType, b.RelType); c != 0 {
			return c
		}
		return strings.Compare(xid[a.UID], xid[b.UID])
	}) {
		t.Errorf("whole list not in (type, xid) order: %v", whole)
	}

	for _, first := range []int{1, 2, 4, 5, 7, 25} {
		for offset := 0; offset <= n+3; offset++ {
			page, total := run(first, offset)
			want := whole[min(offset, n):min(offset+first, n)]
			if total != n || !slices.Equal(page, want) {
				t.Errorf("first=%d offset=%d: %v (total %d), want %v (total %d)", first, offset, page, total, want, n)
			}
		}
	}
}
