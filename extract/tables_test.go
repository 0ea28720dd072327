package extract

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTables runs the cases of testdata/tables/*.txt: sentences written for
// the tests, each followed by what must (and must not) be extracted from it.
// A case is a block of lines ended by a blank line:
//
//	# what the case shows
//	text: Russia withdrew its officers from the JCCC on Tuesday.
//	published: 2017-12-28          (optional; default 2017-12-28)
//	event: 166 country:RUS>org:jccc @2017-12-26/day/sentence
//	noevent: 19                    (no event whose CAMEO code starts so)
//	entity: person:jan-novak person CZE
//	relation: role person:jan-novak>country:CZE since=2014 until=2016
//
// An event line gives the code (a prefix: "16" matches 166), source>target
// (target may be empty; "*" matches any), optionally a modality, clause=main|background and @date/precision/source;
// the case holds when some event has all of them. An entity line gives the
// ID and optionally the kind and the country; a relation line the type,
// head>tail, optionally the label in quotes ("label=Foreign Minister"),
// since=, until= and past (ended, date unknown). "noentity:" and "norelation:" lines say what must not
// be there.
func TestTables(t *testing.T) {
	x := newTestExtractor(t)
	files, _ := filepath.Glob("testdata/tables/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/tables/*.txt")
	}
	for _, f := range files {
		cases := readTableCases(t, f)
		for _, c := range cases {
			t.Run(filepath.Base(f)+":"+c.name, func(t *testing.T) {
				doc := x.extract(Article{ID: "t", Published: c.pub}, c.text)
				for _, l := range c.checks {
					if !tableCheck(doc, l) {
						t.Errorf("%s:%d: %s\n  text: %s\n%s", f, l.line, l.text, c.text, dumpDoc(doc))
					}
				}
			})
		}
	}
}

type tableLine struct {
	line int
	text string
}

type tableCase struct {
	name, text, pub string
	checks          []tableLine
}

func readTableCases(t *testing.T, path string) []tableCase {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []tableCase
	cur := tableCase{pub: "2017-12-28"}
	flush := func() {
		if cur.text != "" {
			out = append(out, cur)
		} else if len(cur.checks) > 0 {
			t.Fatalf("%s:%d: a case without text:", path, cur.checks[0].line)
		}
		cur = tableCase{pub: "2017-12-28"}
	}
	sc := bufio.NewScanner(fh)
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "":
			flush()
		case strings.HasPrefix(l, "#"):
			if cur.name == "" {
				cur.name = strings.TrimSpace(strings.TrimPrefix(l, "#"))
			}
		case strings.HasPrefix(l, "text:"):
			cur.text = strings.TrimSpace(strings.TrimPrefix(l, "text:"))
		case strings.HasPrefix(l, "published:"):
			cur.pub = strings.TrimSpace(strings.TrimPrefix(l, "published:"))
		case strings.HasPrefix(l, "event:"), strings.HasPrefix(l, "noevent:"), strings.HasPrefix(l, "entity:"),
			strings.HasPrefix(l, "noentity:"), strings.HasPrefix(l, "relation:"), strings.HasPrefix(l, "norelation:"):
			cur.checks = append(cur.checks, tableLine{n, l})
		default:
			t.Fatalf("%s:%d: unknown line %q", path, n, l)
		}
	}
	flush()
	return out
}

// tableCheck reports whether doc satisfies one check line.
func tableCheck(doc Document, l tableLine) bool {
	kind, rest, _ := strings.Cut(l.text, ":")
	f := strings.Fields(rest)
	switch kind {
	case "event":
		return findEvent(doc, f)
	case "noevent":
		// Negated acts are recorded as such; they are not the act.
		done := doc
		done.Events = nil
		for _, e := range doc.Events {
			if e.Modality != ModalityNegated {
				done.Events = append(done.Events, e)
			}
		}
		return !findEvent(done, f)
	case "entity", "noentity":
		found := false
		for _, e := range doc.Entities {
			if e.ID == f[0] && (len(f) < 2 || e.Kind == f[1]) && (len(f) < 3 || e.Country == f[2]) {
				found = true
			}
		}
		return found == (kind == "entity")
	case "relation", "norelation":
		found := false
		for _, r := range doc.Relations {
			if r.Type != f[0] || r.Head+">"+r.Tail != f[1] {
				continue
			}
			ok := true
			for _, a := range f[2:] {
				k, v, _ := strings.Cut(a, "=")
				v = strings.ReplaceAll(v, "_", " ")
				switch k {
				case "since":
					ok = ok && r.Since == v
				case "until":
					ok = ok && r.Until == v
				case "label":
					ok = ok && r.Label == v
				case "past":
					ok = ok && r.Past
				}
			}
			found = found || ok
		}
		return found == (kind == "relation")
	}
	return false
}

// eventEnds matches "source>target"; "source>*" matches any target.
func eventEnds(e Event, ends string) bool {
	if src, ok := strings.CutSuffix(ends, ">*"); ok {
		return e.Source == src
	}
	return e.Source+">"+e.Target == ends
}

func findEvent(doc Document, f []string) bool {
	for _, e := range doc.Events {
		if !strings.HasPrefix(e.Cameo, f[0]) || len(f) > 1 && !eventEnds(e, f[1]) {
			continue
		}
		ok := true
		for _, a := range f[min(2, len(f)):] {
			if d, found := strings.CutPrefix(a, "@"); found {
				parts := strings.Split(d, "/")
				ok = ok && e.Date == parts[0]
				if len(parts) > 1 {
					ok = ok && e.DatePrecision == parts[1]
				}
				if len(parts) > 2 {
					ok = ok && e.DateSource == parts[2]
				}
			} else if c, found := strings.CutPrefix(a, "clause="); found {
				ok = ok && e.Clause == c
			} else {
				ok = ok && e.Modality == a
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// namedEvent is an event of a test document with its ends' names ("" for
// none) in place of their ids.
type namedEvent struct{ cameo, source, target string }

// namedEvents lists doc's events with the names of their source and target.
func namedEvents(doc Document) []namedEvent {
	name := map[string]string{}
	for _, e := range doc.Entities {
		name[e.ID] = e.Name
	}
	var out []namedEvent
	for _, ev := range doc.Events {
		out = append(out, namedEvent{ev.Cameo, name[ev.Source], name[ev.Target]})
	}
	return out
}

func dumpDoc(doc Document) string {
	var sb strings.Builder
	for _, e := range doc.Entities {
		sb.WriteString("  entity " + e.ID + " " + e.Kind + " " + e.Country + "\n")
	}
	for _, e := range doc.Events {
		sb.WriteString("  event " + e.Cameo + " " + e.Source + ">" + e.Target + " " + e.Modality + " " + e.Clause + " @" + e.Date + "/" + e.DatePrecision + "/" + e.DateSource + " [" + e.Trigger + "]\n")
	}
	for _, r := range doc.Relations {
		sb.WriteString("  relation " + r.Type + " " + r.Head + ">" + r.Tail + " label=" + r.Label + " since=" + r.Since + " until=" + r.Until + "\n")
	}
	return sb.String()
}
