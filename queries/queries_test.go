package queries

import (
	"reflect"
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
