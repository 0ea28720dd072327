package queries

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Dgraph returns at most 1,000 rows of an ordered list unless the query says
// `first` (https://dgraph.io/docs/query-language/sorting: "Sorted queries
// retrieve up to 1000 results by default"), and says nothing when it cuts.
// So every ordered list of a canned query is paged explicitly with $first and
// $offset, and counted in full beside it: a root block B has a sibling block
// B_total { total: count(uid) }, a nested list L a sibling count L_total.
// Pages compares the two, so a cut is always reported, never silent.

// totalSuffix names the count that goes with a paged list.
const totalSuffix = "_total"

// Page is what one paged list of a result holds.
type Page struct {
	Block  string `json:"block"`                 // "events", or "agreement.parties" for a nested list
	Offset int    `json:"offset"`                // rows skipped
	Shown  int    `json:"shown"`                 // rows returned
	Total  int    `json:"total"`                 // rows there are
	Next   int    `json:"next_offset,omitempty"` // offset of the next page, when there is one
}

// More says whether rows exist past this page.
func (p Page) More() bool { return p.Offset+p.Shown < p.Total }

// Notice says which rows are shown, and how to get the next page when there
// is one: "events: showing rows 1-100 of 14,400; --var offset=100 for the
// next page".
func (p Page) Notice() string { return p.NoticeWith("--var offset=%d") }

// NoticeWith is Notice with hint, a format taking the next offset, as the
// way to ask for the next page (a report says "--offset %d").
func (p Page) NoticeWith(hint string) string {
	if p.Shown == 0 {
		return fmt.Sprintf("%s: no rows from offset %d of %s", p.Block, p.Offset, thousands(p.Total))
	}
	s := fmt.Sprintf("%s: showing rows %s-%s of %s", p.Block, thousands(p.Offset+1), thousands(p.Offset+p.Shown), thousands(p.Total))
	if p.More() {
		s += "; " + fmt.Sprintf(hint, p.Offset+p.Shown) + " for the next page"
	}
	return s
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// pageOffset reads $offset from the bound variables, or the query's default.
func pageOffset(q Query, bound map[string]string) int {
	val, ok := bound["$offset"]
	if !ok {
		for _, v := range q.Vars {
			if v.Name == "offset" {
				val = v.Default
			}
		}
	}
	n, _ := strconv.Atoi(val)
	return n
}

// Pages finds the paged lists of a canned query's answer (those with a
// _total count beside them) and says what each holds, in block order.
func Pages(data json.RawMessage, offset int) ([]Page, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("paging: %w", err)
	}
	var pages []Page
	for name, raw := range top {
		if base, ok := strings.CutSuffix(name, totalSuffix); ok {
			var tot []struct{ Total int }
			if err := json.Unmarshal(raw, &tot); err != nil {
				return nil, fmt.Errorf("paging: block %s: %w", name, err)
			}
			var rows []json.RawMessage
			if b, ok := top[base]; ok {
				if err := json.Unmarshal(b, &rows); err != nil {
					return nil, fmt.Errorf("paging: block %s: %w", base, err)
				}
			}
			total := 0
			if len(tot) > 0 {
				total = tot[0].Total
			}
			pages = append(pages, newPage(base, offset, len(rows), total))
			continue
		}
		// Nested lists: a count L_total beside a list L in the nodes of a block.
		var nodes []map[string]json.RawMessage
		if json.Unmarshal(raw, &nodes) != nil {
			continue
		}
		for _, node := range nodes {
			for k, v := range node {
				base, ok := strings.CutSuffix(k, totalSuffix)
				if !ok {
					continue
				}
				var total int
				if err := json.Unmarshal(v, &total); err != nil {
					return nil, fmt.Errorf("paging: %s.%s: %w", name, k, err)
				}
				var rows []json.RawMessage
				if b, ok := node[base]; ok {
					if err := json.Unmarshal(b, &rows); err != nil {
						return nil, fmt.Errorf("paging: %s.%s: %w", name, base, err)
					}
				}
				pages = append(pages, newPage(name+"."+base, offset, len(rows), total))
			}
		}
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].Block < pages[j].Block })
	return pages, nil
}

func newPage(block string, offset, shown, total int) Page {
	p := Page{Block: block, Offset: offset, Shown: shown, Total: total}
	if p.More() {
		p.Next = offset + shown
	}
	return p
}

// withPaging adds the pages to a result object as "paging", so that JSON
// readers see the cut too.
func withPaging(data json.RawMessage, pages []Page) (json.RawMessage, error) {
	if len(pages) == 0 {
		return data, nil
	}
	return withKey(data, "paging", pages)
}

// withKey adds key: v to the JSON object data.
func withKey(data json.RawMessage, key string, v any) (json.RawMessage, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	d := bytes.TrimRight(data, " \n\t")
	if len(d) < 2 || d[len(d)-1] != '}' {
		return nil, fmt.Errorf("%s: result is not a JSON object", key)
	}
	out := make([]byte, 0, len(d)+len(b)+12)
	out = append(out, d[:len(d)-1]...)
	if len(bytes.TrimSpace(d[1:len(d)-1])) > 0 {
		out = append(out, ',')
	}
	out = append(out, '"')
	out = append(out, key...)
	out = append(out, '"', ':')
	out = append(out, b...)
	out = append(out, '}')
	return out, nil
}

// PagingOf reads back the pages Run put in a result ("paging"); none when
// the query is not paged.
func PagingOf(data json.RawMessage) []Page {
	var d struct {
		Paging []Page `json:"paging"`
	}
	_ = json.Unmarshal(data, &d) // a result without paging has none
	return d.Paging
}

// Notices are the notices of the pages that do not hold their whole list:
// one line each for stderr or a report's header.
func Notices(pages []Page, hint string) []string {
	var out []string
	for _, p := range pages {
		if p.More() || p.Offset > 0 {
			out = append(out, p.NoticeWith(hint))
		}
	}
	return out
}

// Finish turns Dgraph's answer to the canned query name, run with the bound
// variables ("$name" keys), into what geokg returns: Shape's result with
// "paging" added when the query pages its lists.
func Finish(name string, bound map[string]string, data json.RawMessage) (json.RawMessage, error) {
	q, err := Get(name)
	if err != nil {
		return nil, err
	}
	data, err = Shape(name, data)
	if err != nil {
		return nil, err
	}
	pages, err := Pages(data, pageOffset(q, bound))
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", name, err)
	}
	return withPaging(data, pages)
}
