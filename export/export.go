package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Querier runs a read-only DQL query with GraphQL-style variables and
// returns the JSON of Dgraph's data. graph.Store implements it.
type Querier interface {
	Query(ctx context.Context, q string, vars map[string]string) (json.RawMessage, error)
}

// The formats Write knows.
const (
	FormatRDF       = "rdf"
	FormatGraphML   = "graphml"
	FormatCSV       = "csv"
	FormatEventsTSV = "events-tsv"
)

// Formats lists the formats in the order the CLI shows them.
func Formats() []string {
	return []string{FormatRDF, FormatGraphML, FormatCSV, FormatEventsTSV}
}

// ErrUnknownFormat is wrapped by Write for a format it does not know.
var ErrUnknownFormat = errors.New("unknown export format")

// Options says what to export.
type Options struct {
	// Format is one of Formats().
	Format string

	// From and To bound the events exported by their date (YYYY-MM-DD, both
	// inclusive, as in the canned reports). Empty: unbounded on that side.
	// With either set, events without a date are left out. What else a
	// window keeps depends on the format: see WriteRDF and WriteGraphML.
	From, To string

	// PageSize is how many nodes (or events) one query reads. Default 1000:
	// large enough that the round trips cost little next to Dgraph's work,
	// small enough that a page (a node with its values, an event with its
	// actors and mentions) stays a few megabytes even for long texts.
	PageSize int
}

func (o *Options) applyDefaults() {
	if o.PageSize <= 0 {
		o.PageSize = 1000
	}
}

// windowed reports whether a date window was given.
func (o Options) windowed() bool { return o.From != "" || o.To != "" }

// vars returns the window as query variables, with open sides filled by
// dates before and after anything geokg stores.
func (o Options) vars() map[string]string {
	from, to := o.From, o.To
	if from == "" {
		from = "0001-01-01"
	}
	if to == "" {
		to = "9999-12-31"
	}
	return map[string]string{"from": from, "to": to}
}

func (o Options) check() error {
	for _, d := range []struct{ flag, v string }{{"from", o.From}, {"to", o.To}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return fmt.Errorf("export: %s date %q: want YYYY-MM-DD", d.flag, d.v)
		}
	}
	if o.From != "" && o.To != "" && o.From > o.To {
		return fmt.Errorf("export: window from %s to %s is empty: from is after to", o.From, o.To)
	}
	return nil
}

// Stats counts what an export wrote.
type Stats struct {
	Nodes int // RDF and GraphML: nodes written
	Edges int // GraphML: dyads written; RDF: edges (uid-valued N-Quads)
	Quads int // RDF: N-Quads written
	Rows  int // CSV and TSV: events written (the header not counted)
}

// Write exports the graph q reads in opts.Format to w. An export makes many
// queries, a page each; give it a graph.Snapshot for q so that they all
// read the graph at one timestamp, whatever is written meanwhile.
func Write(ctx context.Context, q Querier, w io.Writer, opts Options) (Stats, error) {
	opts.applyDefaults()
	if err := opts.check(); err != nil {
		return Stats{}, err
	}
	switch opts.Format {
	case FormatRDF:
		return WriteRDF(ctx, q, w, opts)
	case FormatGraphML:
		return WriteGraphML(ctx, q, w, opts)
	case FormatCSV:
		return WriteTable(ctx, q, w, opts, ',')
	case FormatEventsTSV:
		return WriteTable(ctx, q, w, opts, '\t')
	}
	return Stats{}, fmt.Errorf("%w %q: want one of %s", ErrUnknownFormat, opts.Format, strings.Join(Formats(), ", "))
}

// pageQuery builds the text of one page's query. after is the uid the page
// starts after ("0x0" for the first); it is always a uid this package
// formatted from Dgraph's answer, never user input.
type pageQuery func(after string, first int) string

// paginate runs the query built by build page after page, ordered by uid,
// and calls fn with the nodes of block (each a JSON object with its "uid")
// until a page comes back short. Only one page is held at a time.
func paginate(ctx context.Context, q Querier, vars map[string]string, pageSize int, block string,
	build pageQuery, fn func(nodes []json.RawMessage) error) error {
	after := "0x0"
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := q.Query(ctx, build(after, pageSize), vars)
		if err != nil {
			return err
		}
		var res map[string][]json.RawMessage
		if err := json.Unmarshal(raw, &res); err != nil {
			return fmt.Errorf("decode page after %s: %w", after, err)
		}
		nodes := res[block]
		if len(nodes) == 0 {
			return nil
		}
		var last struct {
			UID string `json:"uid"`
		}
		if err := json.Unmarshal(nodes[len(nodes)-1], &last); err != nil {
			return fmt.Errorf("decode page after %s: %w", after, err)
		}
		next, err := strconv.ParseUint(strings.TrimPrefix(last.UID, "0x"), 16, 64)
		if err != nil {
			return fmt.Errorf("page after %s: node without a uid (%q): the query must ask for uid", after, last.UID)
		}
		if err := fn(nodes); err != nil {
			return err
		}
		if len(nodes) < pageSize {
			return nil
		}
		after = "0x" + strconv.FormatUint(next, 16)
	}
}

// decodeNode decodes one node of a page keeping numbers as their text, so
// that a float or an int is written exactly as Dgraph gave it.
func decodeNode(raw json.RawMessage) (map[string]any, error) {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var m map[string]any
	if err := d.Decode(&m); err != nil {
		return nil, err
	}
	return m, nil
}
