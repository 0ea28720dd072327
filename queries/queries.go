package queries

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed dql/*.dql
var dqlFS embed.FS

// Runner runs a read-only DQL query with variables and returns Dgraph's JSON
// data. graph.Store implements it.
type Runner interface {
	Query(ctx context.Context, q string, vars map[string]string) (json.RawMessage, error)
}

// ErrUnknownQuery is returned for a canned query name that does not exist.
var ErrUnknownQuery = errors.New("unknown query")

// Query is one canned query.
type Query struct {
	Name        string // file name without .dql
	Description string // the header comment, without "# "
	Text        string // the DQL
	Vars        []Var  // declared variables, in order
}

// Var is a declared GraphQL-style variable of a query.
type Var struct {
	Name     string // without the $
	Type     string // string, int, float, bool
	Default  string // empty when none
	Required bool   // no default value
}

// varDecl matches one "$name: type" or "$name: type = "default"" declaration.
var varDecl = regexp.MustCompile(`\$(\w+)\s*:\s*(\w+!?)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^,)\s]+))?`)

// ParseVars reads the variable declarations of a DQL query's header, e.g.
// `query q($a: string, $from: string = "0001-01-01")`. A query with no
// header has no variables.
func ParseVars(dql string) []Var {
	body := stripComments(dql)
	i := strings.Index(body, "{")
	if i < 0 {
		return nil
	}
	head := body[:i]
	open, close := strings.Index(head, "("), strings.LastIndex(head, ")")
	if open < 0 || close < open {
		return nil
	}
	var vars []Var
	for _, m := range varDecl.FindAllStringSubmatch(head[open+1:close], -1) {
		v := Var{Name: m[1], Type: strings.TrimSuffix(m[2], "!"), Default: strings.Trim(m[3], `"`)}
		v.Required = m[3] == ""
		vars = append(vars, v)
	}
	return vars
}

func stripComments(dql string) string {
	var b strings.Builder
	for _, line := range strings.Split(dql, "\n") {
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "#") {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

var loadAll = sync.OnceValues(func() (map[string]Query, error) {
	files, err := fs.Glob(dqlFS, "dql/*.dql")
	if err != nil {
		return nil, err
	}
	all := make(map[string]Query, len(files))
	for _, f := range files {
		b, err := dqlFS.ReadFile(f)
		if err != nil {
			return nil, err
		}
		text := string(b)
		var desc []string
		for _, line := range strings.Split(text, "\n") {
			if !strings.HasPrefix(line, "#") {
				break
			}
			desc = append(desc, strings.TrimSpace(strings.TrimPrefix(line, "#")))
		}
		name := strings.TrimSuffix(path.Base(f), ".dql")
		all[name] = Query{Name: name, Description: strings.Join(desc, "\n"), Text: text, Vars: ParseVars(text)}
	}
	return all, nil
})

// List returns the canned queries sorted by name.
func List() []Query {
	all, err := loadAll()
	if err != nil {
		panic(fmt.Sprintf("queries: embedded files unreadable: %v", err)) // a build defect, not input
	}
	out := make([]Query, 0, len(all))
	for _, q := range all {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Get returns the canned query called name.
func Get(name string) (Query, error) {
	for _, q := range List() {
		if q.Name == name {
			return q, nil
		}
	}
	return Query{}, fmt.Errorf("%w %q (known: %s)", ErrUnknownQuery, name, strings.Join(Names(), ", "))
}

// Names lists the canned query names.
func Names() []string {
	var names []string
	for _, q := range List() {
		names = append(names, q.Name)
	}
	return names
}

// Bind checks params against the declared variables of dql and returns them
// in the form Dgraph expects ("$name" keys). Unknown names and missing
// required variables are errors, since Dgraph rejects the first and silently
// matches nothing for the second.
func Bind(dql string, params map[string]string) (map[string]string, error) {
	vars := ParseVars(dql)
	declared := make(map[string]Var, len(vars))
	for _, v := range vars {
		declared[v.Name] = v
	}
	out := make(map[string]string, len(params))
	for k, val := range params {
		name := strings.TrimPrefix(k, "$")
		if _, ok := declared[name]; !ok {
			return nil, fmt.Errorf("variable %q is not declared by the query (declared: %s)", name, varList(vars))
		}
		if min, paged := pageVarMin[name]; paged && !isCount(val, min) {
			return nil, fmt.Errorf("variable %s=%q: want a whole number of rows, %d or more", name, val, min)
		}
		out["$"+name] = val
	}
	var missing []string
	for _, v := range vars {
		if _, ok := out["$"+v.Name]; !ok && v.Required {
			missing = append(missing, v.Name)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("missing required variable(s): %s (pass --var %s=VALUE)", strings.Join(missing, ", "), missing[0])
	}
	return out, nil
}

// dateVars are the variables of the canned queries that hold a date,
// compared with Dgraph datetimes: Dgraph reads "2017-12" as 2017-12-01 and
// answers without a word, so a window "to 2017-12" silently left out the
// month, and "2017/12/01" came back as Dgraph's own parse error.
var dateVars = []string{"from", "to", "date"}

// CheckDates checks that the date variables of a canned query (bound, "$name"
// keys) are dates as YYYY-MM-DD, as the queries declare them.
func CheckDates(vars map[string]string) error {
	for _, name := range dateVars {
		v, ok := vars["$"+name]
		if !ok {
			continue
		}
		if _, err := time.Parse(time.DateOnly, v); err != nil {
			return fmt.Errorf("variable %s=%q: want a date as YYYY-MM-DD", name, v)
		}
	}
	return nil
}

// pageVarMin is the least value of the paging variables.
var pageVarMin = map[string]int{"first": 1, "offset": 0}

// isCount says whether s is a whole number of at least min: a page size
// (at least 1: Dgraph reads first: 0 as no first, i.e. its silent cut at
// 1,000) or an offset (a negative first would count from the end, which an
// ordered list refuses).
func isCount(s string, min int) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= min
}

func varList(vars []Var) string {
	if len(vars) == 0 {
		return "none"
	}
	var names []string
	for _, v := range vars {
		names = append(names, v.Name)
	}
	return strings.Join(names, ", ")
}

// Run runs the canned query name with params and returns Dgraph's JSON data.
// Errors name the query, so a DQL error in a canned file says which one.
func Run(ctx context.Context, r Runner, name string, params map[string]string) (json.RawMessage, error) {
	q, err := Get(name)
	if err != nil {
		return nil, err
	}
	vars, err := Bind(q.Text, params)
	if err == nil {
		err = CheckDates(vars)
	}
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", name, err)
	}
	vars, none, err := Resolve(ctx, r, vars)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", name, err)
	}
	data, err := r.Query(ctx, q.Text, vars)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", name, err)
	}
	if data, err = Finish(name, vars, data); err != nil {
		return nil, err
	}
	return WithUnmatched(data, none)
}

// Shape turns Dgraph's answer to the canned query name into what the query
// returns: the data itself, except for path, whose nodes are put in the
// order of the chain its blocks describe (orderPath).
func Shape(name string, data json.RawMessage) (json.RawMessage, error) {
	if name == "path" {
		return orderPath(data)
	}
	return data, nil
}
