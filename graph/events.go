package graph

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/geokg/geokg/extract"
)

// EventKey is what two reports must share to be reports of one event: the
// CAMEO root (so 161 "reduce relations" and 166 "withdraw" coded by two
// outlets for one walk-out meet), the source, the target, and the modality
// when the act was not asserted as done ("A threatened to sanction B" and
// "A sanctioned B" are different claims and never merge). articleID is the
// id of the article that reports ev, ents the entities of its document
// (what the key knows of the source and target: see keyActor).
//
// A state and the organs that act for it are one actor in the key: "Russia
// expelled ...", "Moscow expelled ...", "the Kremlin expelled ...", "the
// Russian government expelled ..." and "Russia's foreign ministry expelled
// ..." are outlets' ways of telling one act, so each side is keyed by its
// state (country:RUS) when it is the country or one of its government
// bodies (stateOf). Bodies that act on their own keep their own id: the
// military, police, parliament, judiciary, opposition, a central bank, an
// intelligence agency, and persons. When both sides are organs of one
// state ("the Home Office criticised the Treasury") the ids stay as they
// are: keyed by the state both would be one actor acting on itself. Nor
// are the sides of an act with no target: "Britain denied ..." alone is
// already a broad key (every denial by Britain that day), and folding "the
// government" into it would join the day's domestic statements to it (on
// the BBC corpus loaded as of one day, 12 of the 17 events the fold
// joined had no target, none of them one real event).
//
// An event with a generic group of no country on either side ("police",
// "protesters", "men": extract's group: ids) is also keyed by its place,
// else by its article: the group is a kind of people, not one body, so
// "police detained protesters" in two articles of one day is two events
// unless both put it in one place. Without this every such report of a
// day, worldwide, would be read as one event.
func EventKey(articleID string, ev extract.Event, ents []extract.Entity) string {
	return eventKey(articleID, ev, func(id string) string {
		for _, e := range ents {
			if e.ID == id {
				return stateOf(e)
			}
		}
		return ""
	})
}

// eventKey is EventKey with the state of each entity id given by state
// ("" for an actor that is no state organ).
func eventKey(articleID string, ev extract.Event, state func(id string) string) string {
	root := ev.Root
	if root == "" && len(ev.Cameo) >= 2 {
		root = ev.Cameo[:2]
	}
	src, tgt := ev.Source, ev.Target
	if tgt != "" {
		ss, ts := state(src), state(tgt)
		if ss == "" || ss != ts {
			src, tgt = keyActor(src, ss), keyActor(tgt, ts)
		}
	}
	k := root + "|" + src + "|" + tgt
	if ev.Modality != "" && ev.Modality != extract.ModalityAsserted {
		k += "|" + ev.Modality
	}
	if genericGroup(ev.Source) || genericGroup(ev.Target) {
		if ev.Location != "" {
			k += "|at:" + ev.Location
		} else {
			k += "|in:" + articleKey(articleID)
		}
	}
	return k
}

// keyActor is how the key names an actor whose state is iso ("" for none):
// the state's country id for the state and its organs, else the id.
func keyActor(id, iso string) string {
	if iso == "" {
		return id
	}
	return "country:" + iso
}

// stateOf is the ISO code of the state e is or acts for as a whole, or "":
// a country, and a government body extract makes of a country and a sector
// word (org:<iso3>-<body>, sector GOV: its government, cabinet, presidency,
// embassy, officials, Kremlin, White House or Downing Street, and its
// foreign, interior, defence, finance and other ministries). A GOV body
// with a name of its own (org:bank-of-england, org:cia, org:mi6) acts on
// its own, as do bodies of any other sector (military, police, parliament,
// judiciary, parties, opposition) and persons.
func stateOf(e extract.Entity) string {
	switch {
	case e.Country == "":
		return ""
	case e.Kind == extract.KindCountry && e.ID == "country:"+e.Country:
		return e.Country
	case e.Kind == extract.KindOrganization && e.Sector == "GOV" &&
		strings.HasPrefix(e.ID, "org:"+strings.ToLower(e.Country)+"-"):
		return e.Country
	}
	return ""
}

// genericGroup reports whether id is one of extract's groups of no country
// named by a common noun ("group:police"): many unrelated bodies share it.
func genericGroup(id string) bool { return strings.HasPrefix(id, "group:") }

// EventXID is the xid of the event with the given key (EventKey) dated date
// (YYYY-MM-DD, YYYY-MM or YYYY: the date the event's reports settle on, see
// clusterReports). An event with no date at all is keyed by its one report.
func EventXID(key, date string) string { return "event:" + key + "|" + date }

// report is one report of an event: what one sentence of one article
// coded. It is stored as JSON on the Mention node (predicate coding), which
// lets every write recompute the events of a key from all their reports,
// whatever order the articles came in.
type report struct {
	Mention    string  `json:"mention"` // the Mention's xid
	Article    string  `json:"article"` // the Article's xid
	Outlet     string  `json:"outlet,omitempty"`
	Published  string  `json:"published,omitempty"`
	Key        string  `json:"key"`
	Cameo      string  `json:"cameo"`
	Plover     string  `json:"plover,omitempty"`
	QuadClass  int     `json:"quad_class"`
	Goldstein  float64 `json:"goldstein"`
	Source     string  `json:"source"`
	Target     string  `json:"target,omitempty"`
	Location   string  `json:"location,omitempty"`
	Object     string  `json:"object,omitempty"`
	Agreement  string  `json:"agreement,omitempty"`
	Date       string  `json:"date,omitempty"`
	DateSource string  `json:"date_source,omitempty"`
	Modality   string  `json:"modality,omitempty"`
	Trigger    string  `json:"trigger,omitempty"`
	// Copy is the fingerprint of the report's sentence (copyPrint) when
	// the report is dated only by its article's publication: reports of
	// one key whose sentences are one copied text are one event however
	// far apart their articles appeared (copyDays).
	Copy string `json:"copy,omitempty"`
	// Clause is where in its sentence the report told the event (main or
	// background, extract.ClauseMain): the lead prefers a main clause.
	Clause string `json:"clause,omitempty"`
	// Kinds of the entities involved, as the reporting article knew them:
	// whether an event changes a relation depends on them (a person
	// resigning, a withdrawal from an agreement).
	Kinds map[string]string `json:"kinds,omitempty"`
}

// leadRank orders the reports of an event for its lead, the one report
// whose sentence the canned queries show: a report told in its sentence's
// main clause before one a background clause recalls ("..., who signed the
// accord in 2015"), then the earliest published (the first report of the
// event; undated articles last), then the smallest mention xid. It is a
// function of the report alone, so the lead, the least rank among all the
// event's reports, does not depend on the order articles are written in.
func (r report) leadRank() string {
	clause := "0"
	if r.Clause == extract.ClauseBackground {
		clause = "1"
	}
	published := r.Published
	if published == "" {
		published = "~"
	}
	return clause + "|" + published + "|" + r.Mention
}

// mentionRank is the lead rank of a stored mention from its coding; one an
// older geokg wrote without a coding ranks after every coded one, by xid.
func mentionRank(xid, coding string) string {
	var r report
	if json.Unmarshal([]byte(coding), &r) != nil {
		return "2|~|" + xid
	}
	r.Mention = xid
	return r.leadRank()
}

// cluster is one event: the reports of one key that are taken to tell of
// the same happening, and the date they settle on.
type cluster struct {
	Key       string
	Agreement string // set when the key's reports were split by agreement
	Date      string // contract form at Prec; empty for an undated report
	Prec      string
	Reports   []report // sorted by mention xid
}

func (c *cluster) xid() string {
	if c.Date == "" {
		return EventXID(c.Key, "undated:"+c.Reports[0].Mention)
	}
	if c.Agreement != "" {
		return EventXID(c.Key, c.Date) + "|" + c.Agreement
	}
	return EventXID(c.Key, c.Date)
}

// splitByAgreement splits a cluster whose reports name different
// agreements (Russia and Ukraine signing two accords in one month) into
// one event per agreement; reports naming none join the agreement most
// reports name (the smallest id on a tie). Each part is dated by its own
// reports, and its xid ends with the agreement.
func (c *cluster) splitByAgreement() []*cluster {
	by := map[string][]report{}
	var none []report
	for _, r := range c.Reports {
		if r.Agreement == "" {
			none = append(none, r)
		} else {
			by[r.Agreement] = append(by[r.Agreement], r)
		}
	}
	if len(by) < 2 {
		return []*cluster{c}
	}
	home := mode(c.Reports, func(r report) string { return r.Agreement })
	by[home] = append(by[home], none...)
	var out []*cluster
	for _, a := range slices.Sorted(maps.Keys(by)) {
		part := &cluster{Key: c.Key, Agreement: a, Reports: by[a]}
		part.Date, part.Prec = settleDate(part.Reports)
		out = append(out, part)
	}
	return out
}

// settleDate dates a set of reports: the day most of them give (the
// earlier on a tie), else likewise the month, else the year.
func settleDate(reps []report) (string, string) {
	for _, prec := range []string{extract.PrecisionDay, extract.PrecisionMonth, extract.PrecisionYear} {
		n := map[string]int{}
		for _, r := range reps {
			if _, p, err := ParseDate(r.Date); err == nil && p == prec {
				n[r.Date]++
			}
		}
		best := ""
		for d, k := range n {
			if best == "" || k > n[best] || k == n[best] && d < best {
				best = d
			}
		}
		if best != "" {
			return best, prec
		}
	}
	return "", ""
}

// clusterReports splits the reports of one key into events. It depends only
// on the set of reports, never on their order, which is what makes loading
// articles in any order give the same graph. The rule:
//
//   - Day-precise reports are sorted by date and cut greedily: an event
//     starts at the earliest report not yet taken and takes every report
//     dated that day or the next (outlets in other time zones, or writing
//     "on Monday" for what happened late on Sunday, disagree by a day).
//     Its date is the day most reports give, the earlier on a tie.
//
//   - A month-precise report ("earlier this month") joins the earliest
//     day-precise event in that month; when there is none, all month-precise
//     reports of that month are one event dated to the month.
//
//   - A year-precise report joins the earliest event of that year, or else
//     is one event per year with the other year-precise reports.
//
//   - A report without a date is an event of its own.
//
//   - Reports that copy one sentence (the same Copy fingerprint), each
//     dated only by its article's publication, in one year, are cut as
//     if dated by the earliest of those days (copyDays): a background
//     sentence an outlet or a wire service reuses in later articles
//     ("..., which occupies northern Cyprus, had previously insisted
//     ...") retells one act, whatever day the article carrying it
//     appeared. A report's own date is kept.
//
// Limits: two distinct same-key events two days apart stay apart but two a
// day apart merge; a vague report joins the earliest candidate even when
// it meant a later one; adding an earlier report can shift where the day
// windows fall (the result is still a function of the set of reports).
func clusterReports(key string, reps []report) []*cluster {
	type dated struct {
		r    report
		t    time.Time
		prec string
	}
	var days, months, years []dated
	var out []*cluster
	copied := copyDays(reps)
	for _, r := range reps {
		date := r.Date
		if d, ok := copied[r.Mention]; ok {
			date = d
		}
		t, prec, err := ParseDate(date)
		switch {
		case r.Date == "" || err != nil:
			out = append(out, &cluster{Key: key, Reports: []report{r}})
		case prec == extract.PrecisionDay:
			days = append(days, dated{r, t, prec})
		case prec == extract.PrecisionMonth:
			months = append(months, dated{r, t, prec})
		default:
			years = append(years, dated{r, t, prec})
		}
	}
	byTime := func(a, b dated) int {
		return cmp.Or(a.t.Compare(b.t), strings.Compare(a.r.Mention, b.r.Mention))
	}
	slices.SortFunc(days, byTime)
	slices.SortFunc(months, byTime)
	slices.SortFunc(years, byTime)

	type dc struct {
		c     *cluster
		start time.Time
		days  map[string]int
	}
	var dcs []*dc
	for i := 0; i < len(days); {
		d := &dc{c: &cluster{Key: key, Prec: extract.PrecisionDay}, start: days[i].t, days: map[string]int{}}
		for ; i < len(days) && !days[i].t.After(d.start.Add(24*time.Hour)); i++ {
			d.c.Reports = append(d.c.Reports, days[i].r)
			d.days[days[i].t.Format(time.DateOnly)]++
		}
		best := ""
		for day, n := range d.days {
			if best == "" || n > d.days[best] || (n == d.days[best] && day < best) {
				best = day
			}
		}
		d.c.Date = best
		dcs = append(dcs, d)
	}
	var all []*cluster
	for _, d := range dcs {
		all = append(all, d.c)
	}
	monthOf := map[string]*cluster{}
	for _, m := range months {
		month := m.r.Date[:7]
		var home *cluster
		for _, d := range dcs { // earliest first
			if d.c.Date[:7] == month {
				home = d.c
				break
			}
		}
		if home == nil {
			if home = monthOf[month]; home == nil {
				home = &cluster{Key: key, Date: month, Prec: extract.PrecisionMonth}
				monthOf[month] = home
				all = append(all, home)
			}
		}
		home.Reports = append(home.Reports, m.r)
	}
	slices.SortFunc(all, func(a, b *cluster) int { return strings.Compare(a.Date, b.Date) })
	yearOf := map[string]*cluster{}
	for _, y := range years {
		var home *cluster
		for _, c := range all { // sorted by date: the earliest of the year
			if c.Date[:4] == y.r.Date {
				home = c
				break
			}
		}
		if home == nil {
			if home = yearOf[y.r.Date]; home == nil {
				home = &cluster{Key: key, Date: y.r.Date, Prec: extract.PrecisionYear}
				yearOf[y.r.Date] = home
			}
		}
		home.Reports = append(home.Reports, y.r)
	}
	for _, c := range yearOf {
		all = append(all, c)
	}
	for _, c := range all {
		out = append(out, c.splitByAgreement()...)
	}
	for _, c := range out {
		slices.SortFunc(c.Reports, func(a, b report) int { return strings.Compare(a.Mention, b.Mention) })
	}
	slices.SortFunc(out, func(a, b *cluster) int { return strings.Compare(a.xid(), b.xid()) })
	return out
}

// eventFacts are an event's fields as its reports settle them.
type eventFacts struct {
	Cameo, Plover                 string
	QuadClass                     int
	Goldstein                     float64
	Source, Target                string
	Sources, Targets              []string // every source (target) its reports give, sorted
	Location, Object, Agreement   string
	DateSource, Modality, Trigger string
	Articles, Outlets             int
	AgreementStatus               string // see agreementStatus
	AgreementID                   string // the agreement whose status it changes
}

// facts settles the fields of an event from its reports: the CAMEO code
// most reports give (the lowest code on a tie) with its PLOVER type,
// QuadClass and Goldstein score; the location, object and agreement most
// reports name (the smallest id on a tie); the date source of a report
// that gave the event's date. Like clusterReports, it depends only on the
// set of reports.
func (c *cluster) facts() eventFacts {
	r0 := c.Reports[0]
	f := eventFacts{Modality: r0.Modality}
	// The reports of a key may name a state and its organs on a side
	// (EventKey): the event shows the one most reports name, the smallest
	// id on a tie (the country before its government); every one of them
	// is among its reported sources (targets), so the event counts for
	// each (source_for, target_for).
	f.Source = mode(c.Reports, func(r report) string { return r.Source })
	f.Target = mode(c.Reports, func(r report) string { return r.Target })
	f.Sources = distinct(c.Reports, func(r report) string { return r.Source })
	f.Targets = distinct(c.Reports, func(r report) string { return r.Target })
	f.Cameo = mode(c.Reports, func(r report) string { return r.Cameo })
	for _, r := range c.Reports {
		if r.Cameo == f.Cameo {
			f.Plover, f.QuadClass, f.Goldstein, f.Trigger = r.Plover, r.QuadClass, r.Goldstein, r.Trigger
			break
		}
	}
	f.Location = mode(c.Reports, func(r report) string { return r.Location })
	f.Object = mode(c.Reports, func(r report) string { return r.Object })
	f.Agreement = mode(c.Reports, func(r report) string { return r.Agreement })
	for _, r := range c.Reports {
		if r.Date == c.Date && r.DateSource != "" && (f.DateSource == "" || r.DateSource == extract.DateFromSentence) {
			f.DateSource = r.DateSource
		}
	}
	articles, outlets := map[string]bool{}, map[string]bool{}
	for _, r := range c.Reports {
		articles[r.Article] = true
		if r.Outlet != "" {
			outlets[r.Outlet] = true
		}
	}
	f.Articles, f.Outlets = len(articles), len(outlets)
	f.AgreementID, f.AgreementStatus = agreementStatus(c, f)
	return f
}

// kind is the entity kind of id as the event's reports knew it.
func (c *cluster) kind(id string) string {
	for _, r := range c.Reports {
		if k := r.Kinds[id]; k != "" {
			return k
		}
	}
	return ""
}

// distinct returns the non-empty values of f over reps, sorted, once each.
func distinct(reps []report, f func(report) string) []string {
	var out []string
	for _, r := range reps {
		if v := f(r); v != "" {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// mode returns the most frequent non-empty value of f over reps, the
// smallest on a tie, or "".
func mode(reps []report, f func(report) string) string {
	n := map[string]int{}
	best := ""
	for _, r := range reps {
		v := f(r)
		if v == "" {
			continue
		}
		n[v]++
	}
	for v, c := range n {
		if best == "" || c > n[best] || (c == n[best] && v < best) {
			best = v
		}
	}
	return best
}

// copyWords is the least number of words a sentence needs for its copies
// to be taken for one act: a short sentence ("He denied it.") says too
// little to be one text rather than two acts told alike.
const copyWords = 10

// openers are the words that open a sentence to tie it to the one before
// ("But", "Earlier,"): a later article that copies the sentence drops or
// changes them, and they are no part of the act told.
var openers = map[string]bool{"but": true, "and": true, "however": true, "meanwhile": true, "earlier": true, "also": true}

// copyPrint is the fingerprint of a sentence for copyDays: its words
// lower-cased, punctuation and quotes left out, without the openers it
// starts with ("Earlier, X dismissed ..." is retold "X has dismissed
// ...") and without the auxiliaries has, have and had (a later article
// turns "Yukos has claimed ..." into "Yukos claimed ..."), hashed; "" for
// a sentence of fewer than copyWords words.
func copyPrint(sentence string) string {
	words := strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for len(words) > 0 && openers[words[0]] {
		words = words[1:]
	}
	words = slices.DeleteFunc(words, func(w string) bool { return w == "has" || w == "have" || w == "had" })
	if len(words) < copyWords {
		return ""
	}
	h := sha256.Sum256([]byte(strings.Join(words, " ")))
	return hex.EncodeToString(h[:8])
}

// copyDays gives each report that copies another's sentence (the same
// Copy fingerprint), both dated only by their articles' publication in
// one year, the earliest publication day of its copies, by mention xid:
// the act they retell happened by then. It depends only on the set of
// reports. The year bound keeps the join within what the writer reads of
// a key (its events of the years of its reports).
func copyDays(reps []report) map[string]string {
	groups := map[string][]report{}
	for _, r := range reps {
		if r.Copy != "" && r.DateSource == extract.DateFromPublished && len(r.Date) == len("2006-01-02") {
			fp := r.Date[:4] + "|" + r.Copy
			groups[fp] = append(groups[fp], r)
		}
	}
	var out map[string]string
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		day := slices.MinFunc(g, func(a, b report) int { return strings.Compare(a.Date, b.Date) }).Date
		for _, r := range g {
			if out == nil {
				out = map[string]string{}
			}
			out[r.Mention] = day
		}
	}
	return out
}
