package report

import (
	"encoding/json"
	"fmt"
	"time"
)

// The shapes below follow the canned queries' result blocks. Fields a
// query does not ask for stay empty, so one event type serves all reports.

type named struct {
	UID  string `json:"uid"`
	Name string `json:"name"`
	Code string `json:"actor_code"`
	Kind string `json:"kind"`
	XID  string `json:"xid"`
}

type article struct {
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
}

type mention struct {
	Sentence string   `json:"sentence"`
	Trigger  string   `json:"trigger"`
	Article  *article `json:"article"`
}

type event struct {
	UID           string    `json:"uid"`
	Date          string    `json:"date"`
	DatePrecision string    `json:"date_precision"`
	Month         string    `json:"month"`
	Cameo         string    `json:"cameo"`
	Plover        string    `json:"plover"`
	Quad          int       `json:"quad_class"`
	Goldstein     float64   `json:"goldstein"`
	Modality      string    `json:"modality"`
	Status        string    `json:"agreement_status"`
	Source        *named    `json:"source"`
	Target        *named    `json:"target"`
	Location      *named    `json:"location"`
	Object        *named    `json:"object"`
	Agreement     *named    `json:"agreement"`
	MentionCount  int       `json:"mention_count"`
	ArticleCount  int       `json:"article_count"`
	OutletCount   int       `json:"outlet_count"`
	Mentions      []mention `json:"mentions"`
}

type relation struct {
	UID            string    `json:"uid"`
	RelType        string    `json:"rel_type"`
	Label          string    `json:"label"`
	Since          string    `json:"since"`
	SincePrecision string    `json:"since_precision"`
	Until          string    `json:"until"`
	UntilPrecision string    `json:"until_precision"`
	Head           *named    `json:"head"`
	Tail           *named    `json:"tail"`
	Party          *named    `json:"party"`  // agreement parties
	Member         *named    `json:"member"` // bodies linked to an agreement
	StartedBy      *event    `json:"started_by"`
	EndedBy        *event    `json:"ended_by"`
	Mentions       []mention `json:"mentions"`
}

type agreementNode struct {
	named
	Aliases         []string   `json:"aliases"`
	Signed          string     `json:"signed"`
	SignedPrecision string     `json:"signed_precision"`
	Status          string     `json:"status"`
	StatusSince     string     `json:"status_since"`
	StatusPrecision string     `json:"status_precision"`
	History         []event    `json:"history"`
	Parties         []relation `json:"parties"`
	Linked          []relation `json:"linked"`
	Events          []event    `json:"events"`
	About           []event    `json:"about"`
}

type pathNode struct {
	UID      string    `json:"uid"`
	Types    []string  `json:"dgraph.type"`
	Name     string    `json:"name"`
	Kind     string    `json:"kind"`
	Cameo    string    `json:"cameo"`
	Plover   string    `json:"plover"`
	Date     string    `json:"date"`
	RelType  string    `json:"rel_type"`
	Label    string    `json:"label"`
	Mentions []mention `json:"mentions"`
}

type seriesGroup struct {
	Groups []struct {
		Month     string  `json:"month"`
		Quad      int     `json:"quad_class"`
		Events    int     `json:"events"`
		Goldstein float64 `json:"goldstein"`
	} `json:"@groupby"`
}

// result holds every block any canned query returns.
type result struct {
	Actor     []named         `json:"actor"`
	Node      []named         `json:"node"`
	Events    []event         `json:"events"`
	Started   []relation      `json:"started"`
	Ended     []relation      `json:"ended"`
	Relations []relation      `json:"relations"`
	Agreement []agreementNode `json:"agreement"`
	Path      []pathNode      `json:"path"`
	Series    []seriesGroup   `json:"series"`
}

func decode(name string, data json.RawMessage) (result, error) {
	var r result
	if err := json.Unmarshal(data, &r); err != nil {
		return r, fmt.Errorf("report %s: decode result: %w", name, err)
	}
	return r, nil
}

// when parses a stored datetime; ok is false for an empty or odd value.
func when(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// showDate shows a stored datetime at the precision it was known with.
func showDate(s, precision string) string {
	t, ok := when(s)
	if !ok {
		if s == "" {
			return "—"
		}
		return s
	}
	switch precision {
	case "year":
		return t.Format("2006")
	case "month":
		return t.Format("2006-01")
	}
	return t.Format("2006-01-02")
}

func nameOf(n *named) string {
	if n == nil || n.Name == "" {
		return "—"
	}
	return n.Name
}

// quadNames are the four QuadClasses in the order of their codes.
var quadNames = [5]string{"", "Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"}

func quadName(q int) string {
	if q >= 1 && q <= 4 {
		return quadNames[q]
	}
	return "—"
}
