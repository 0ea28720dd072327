package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Columns are the header of the CSV and TSV exports, one row per event.
// The names are those of GDELT's event table where the meaning is the same,
// so scripts written for GDELT find their columns:
//
//	GLOBALEVENTID          the event's xid (stable across reloads; GDELT's is a number)
//	SQLDATE                YYYYMMDD of the event's date (the start of its period)
//	MonthYear, Year        YYYYMM and YYYY of it
//	DatePrecision          day, month or year: how much of SQLDATE is known
//	Actor1Code ...         the source: CAMEO actor code, name, country (ISO 3166
//	                       alpha-3, which CAMEO's country codes follow), and
//	                       Type1Code, the sector (GOV, MIL, ...)
//	Actor2Code ...         the same of the target
//	EventCode              the CAMEO code; EventBaseCode its first three digits;
//	                       EventRootCode its first two
//	QuadClass              1 verbal and 2 material cooperation, 3 verbal and 4
//	                       material conflict
//	GoldsteinScale         the CAMEO code's Goldstein score
//	NumMentions            reports of the event (Mention nodes)
//	NumSources             distinct outlets reporting it
//	NumArticles            distinct articles reporting it
//	ActionGeo_FullName     where it happened, and ActionGeo_CountryCode that
//	                       place's country
//	Plover, Modality       geokg's own: the PLOVER type and asserted, planned...
//	SOURCEURL              the URL of the earliest published report that has one
//
// Values are never cut or cleaned: a name with a comma, quote, tab or line
// break is quoted as RFC 4180 says, which pandas, R and spreadsheets read.
var Columns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "DatePrecision",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
	"EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles",
	"ActionGeo_FullName", "ActionGeo_CountryCode",
	"Plover", "Modality", "SOURCEURL",
}

const tableFields = `uid xid date date_precision cameo cameo_root plover modality quad_class goldstein
    article_count outlet_count num_mentions: count(mentions)
    source { name actor_code country sector }
    target { name actor_code country sector }
    location { name country }
    mentions { article { url published } }`

// tableEvent is one event as the table query returns it.
type tableEvent struct {
	UID, XID, Date, Cameo, Plover, Modality string
	DatePrecision                           string       `json:"date_precision"`
	CameoRoot                               string       `json:"cameo_root"`
	QuadClass                               *int         `json:"quad_class"`
	Goldstein                               *json.Number `json:"goldstein"`
	ArticleCount                            *int         `json:"article_count"`
	OutletCount                             *int         `json:"outlet_count"`
	NumMentions                             int          `json:"num_mentions"`
	Source, Target                          *tableActor
	Location                                *struct{ Name, Country string }
	Mentions                                []struct {
		Article *struct{ URL, Published string }
	}
}

type tableActor struct {
	Name, Country, Sector string
	Code                  string `json:"actor_code"`
}

// WriteTable writes one row per event, with a header row of Columns,
// separated by comma (CSV) or tab (TSV, as GDELT's files are), in the
// order of the events' uids. With a date window only events dated in it
// are written; without one, events without a date too, with empty date
// columns.
func WriteTable(ctx context.Context, q Querier, w io.Writer, opts Options, comma rune) (Stats, error) {
	opts.applyDefaults()
	cw := csv.NewWriter(w)
	cw.Comma = comma
	if err := cw.Write(Columns); err != nil {
		return Stats{}, fmt.Errorf("export table: %w", err)
	}
	var vars map[string]string
	build := func(after string, first int) string {
		return fmt.Sprintf("{ ev(func: type(Event), first: %d, after: %s) { %s } }", first, after, tableFields)
	}
	if opts.windowed() {
		vars = opts.vars()
		build = func(after string, first int) string {
			return fmt.Sprintf("query table($from: string, $to: string) { ev(func: between(date, $from, $to), first: %d, after: %s) @filter(type(Event)) { %s } }",
				first, after, tableFields)
		}
	}
	var st Stats
	row := make([]string, len(Columns))
	err := paginate(ctx, q, vars, opts.PageSize, "ev", build, func(nodes []json.RawMessage) error {
		for _, raw := range nodes {
			var e tableEvent
			if err := json.Unmarshal(raw, &e); err != nil {
				return fmt.Errorf("decode event: %w", err)
			}
			e.fill(row)
			if err := cw.Write(row); err != nil {
				return err
			}
			st.Rows++
		}
		cw.Flush()
		return cw.Error()
	})
	if err != nil {
		return st, fmt.Errorf("export table: %w", err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return st, fmt.Errorf("export table: %w", err)
	}
	return st, nil
}

// fill writes the event's columns into row, in the order of Columns.
func (e *tableEvent) fill(row []string) {
	clear(row)
	row[0] = e.XID
	if len(e.Date) >= 10 {
		d := strings.ReplaceAll(e.Date[:10], "-", "")
		row[1], row[2], row[3] = d, d[:6], d[:4]
	}
	row[4] = e.DatePrecision
	for i, a := range []*tableActor{e.Source, e.Target} {
		if a != nil {
			row[5+4*i], row[6+4*i], row[7+4*i], row[8+4*i] = a.Code, a.Name, a.Country, a.Sector
		}
	}
	row[13] = e.Cameo
	row[14] = e.Cameo[:min(3, len(e.Cameo))]
	row[15] = e.CameoRoot
	if e.QuadClass != nil {
		row[16] = strconv.Itoa(*e.QuadClass)
	}
	if e.Goldstein != nil {
		row[17] = e.Goldstein.String()
	}
	row[18] = strconv.Itoa(e.NumMentions)
	if e.OutletCount != nil {
		row[19] = strconv.Itoa(*e.OutletCount)
	}
	if e.ArticleCount != nil {
		row[20] = strconv.Itoa(*e.ArticleCount)
	}
	if e.Location != nil {
		row[21], row[22] = e.Location.Name, e.Location.Country
	}
	row[23], row[24] = e.Plover, e.Modality
	row[25] = e.sourceURL()
}

// sourceURL is the URL of the earliest published article reporting the
// event that has one (the first by URL among equals), as GDELT gives the
// first report's URL. Undated articles come after dated ones.
func (e *tableEvent) sourceURL() string {
	best, bestDate := "", ""
	for _, m := range e.Mentions {
		a := m.Article
		if a == nil || a.URL == "" {
			continue
		}
		date := a.Published
		if date == "" {
			date = "~" // after any digit
		}
		if best == "" || date < bestDate || (date == bestDate && a.URL < best) {
			best, bestDate = a.URL, date
		}
	}
	return best
}
