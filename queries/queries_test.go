package queries

import (
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestParseVars(t *testing.T) {
	tests := []struct {
		name, dql string
		want      []Var
	}{
		{"none", `{ q(func: has(name)) { name } }`, nil},
		{"required and default", `query q($a: string, $from: string = "0001-01-01") { x(func: eq(name, $a)) { name } }`,
			[]Var{{Name: "a", Type: "string", Required: true}, {Name: "from", Type: "string", Default: "0001-01-01"}}},
		{"int default and comment", "# query fake($x: int)\nquery q($n: int = 5) { x(func: has(name), first: $n) { name } }",
			[]Var{{Name: "n", Type: "int", Default: "5"}}},
		{"non-null marker", `query q($a: string!) { x(func: eq(name, $a)) { name } }`,
			[]Var{{Name: "a", Type: "string", Required: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ParseVars(tt.dql); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseVars = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestBind(t *testing.T) {
	const dql = `query q($a: string, $from: string = "0001-01-01") { x(func: eq(name, $a)) { name } }`
	got, err := Bind(dql, map[string]string{"a": `Ukraine "quoted"`, "$from": "2017-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"$a": `Ukraine "quoted"`, "$from": "2017-01-01"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Bind = %v, want %v", got, want)
	}
	if _, err := Bind(dql, map[string]string{"a": "x", "b": "y"}); err == nil || !strings.Contains(err.Error(), `"b" is not declared`) {
		t.Errorf("unknown variable: err = %v", err)
	}
	if _, err := Bind(dql, map[string]string{"from": "2017-01-01"}); err == nil || !strings.Contains(err.Error(), "missing required variable(s): a") {
		t.Errorf("missing variable: err = %v", err)
	}
}

func TestEveryQueryIsDescribed(t *testing.T) {
	names := Names()
	for _, want := range []string{"actor-timeline", "agreement", "dyad", "path", "withdrawals"} {
		if _, err := Get(want); err != nil {
			t.Errorf("canned query %s missing: %v (have %v)", want, err, names)
		}
	}
	for _, q := range List() {
		if q.Description == "" {
			t.Errorf("%s: no header comment describing it", q.Name)
		}
		if !strings.Contains(q.Text, "query ") {
			t.Errorf("%s: no query header declaring its variables", q.Name)
		}
		if templates.Lookup(q.Name+".md.tmpl") == nil {
			t.Errorf("%s: no report template report/%s.md.tmpl", q.Name, q.Name)
		}
	}
	if _, err := Get("no-such-query"); err == nil {
		t.Error("Get(no-such-query) succeeded")
	}
}

// refuseRunner fails the test when a query reaches it.
type refuseRunner struct{ t *testing.T }

func (r refuseRunner) Query(context.Context, string, map[string]string) (json.RawMessage, error) {
	r.t.Helper()
	r.t.Error("a query with a bad date reached Dgraph")
	return json.RawMessage(`{}`), nil
}

// TestDatesAreChecked: a date that is not YYYY-MM-DD is refused before the
// query runs. Dgraph reads "2026-03" as the first of March and answers
// without a word (a window "to 2026-03" left the month out), and gives its
// own parse error for "2026/03/01".
func TestDatesAreChecked(t *testing.T) {
	n := 0
	for _, q := range List() {
		for _, v := range q.Vars {
			if !slices.Contains(dateVars, v.Name) {
				continue
			}
			n++
			for _, bad := range []string{"2026-03", "2026/03/01", "March 2026", "yesterday"} {
				params := map[string]string{}
				for _, w := range q.Vars {
					if w.Required {
						params[w.Name] = "2026-03-01"
					}
				}
				for _, w := range []string{"actor", "a", "b", "agreement"} {
					if _, ok := params[w]; ok {
						params[w] = "Russia"
					}
				}
				params[v.Name] = bad
				_, err := Run(context.Background(), refuseRunner{t}, q.Name, params)
				if err == nil || !strings.Contains(err.Error(), "want a date as YYYY-MM-DD") {
					t.Errorf("%s %s=%q: err = %v, want a date error", q.Name, v.Name, bad, err)
				}
			}
		}
	}
	if n < 10 {
		t.Errorf("only %d date variables checked: the canned queries declare more", n)
	}
}
