package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New(Options{})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return x
}

// unmark strips «» markers from s and returns the text and the byte spans
// the markers enclosed.
func unmark(s string) (string, [][2]int) {
	var sb strings.Builder
	var spans [][2]int
	start := -1
	for _, r := range s {
		switch r {
		case '«':
			start = sb.Len()
		case '»':
			spans = append(spans, [2]int{start, sb.Len()})
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String(), spans
}

// eventsOnTrigger returns the events whose trigger starts with prefix
// ("urged" finds "urged students").
func eventsOnTrigger(doc Document, prefix string) []Event {
	var out []Event
	for _, e := range doc.Events {
		if strings.HasPrefix(e.Trigger, prefix) {
			out = append(out, e)
		}
	}
	return out
}

// lastOnTrigger returns the last event whose trigger is exactly trigger, or
// nil.
func lastOnTrigger(doc Document, trigger string) *Event {
	var last *Event
	for i := range doc.Events {
		if doc.Events[i].Trigger == trigger {
			last = &doc.Events[i]
		}
	}
	return last
}

func eventKeys(doc Document) []string {
	var out []string
	for _, e := range doc.Events {
		k := e.Cameo + " " + e.Source + ">" + e.Target
		if e.Modality != ModalityAsserted {
			k += " " + e.Modality
		}
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestExtractTable checks marked mentions and the coded events of short
// texts written for the test.
func TestExtractTable(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text string
		mentions   []string // entity ID of each «marked» span, in order
		events     []string // "CAMEO source>target [modality]", any order; nil: not checked
		published  string
	}{
		{
			name:     "title name and appositions",
			text:     "«French Foreign Minister Jean Valmont» met «Chinese Premier Li Wen» in «Beijing» on Monday.",
			mentions: []string{"person:jean-valmont", "person:li-wen", "country:CHN"},
			events:   []string{"040 person:jean-valmont>person:li-wen"},
		},
		{
			name:     "passive voice",
			text:     "A «Syrian» village was attacked by «Turkish troops» on Sunday.",
			mentions: []string{"country:SYR", "org:tur-military"},
			events:   []string{"180 org:tur-military>country:SYR"},
		},
		{
			name:     "conjunction of sources",
			text:     "«Russia» and «China» vetoed the draft at the «United Nations».",
			mentions: []string{"country:RUS", "country:CHN", "org:un"},
			events:   []string{"129 country:CHN>org:un", "129 country:RUS>org:un"},
		},
		{
			name:     "negation",
			text:     "«Pakistan» did not attack «India», officials said.",
			mentions: []string{"country:PAK", "country:IND"},
			events:   []string{"180 country:PAK>country:IND negated"},
		},
		{
			name:     "threat absorbs the act",
			text:     "«Iran» threatened to invade «Armenia».",
			mentions: []string{"country:IRN", "country:ARM"},
			events:   []string{"1384 country:IRN>country:ARM threatened"},
		},
		{
			name:     "reported speech: the speaker is not the actor",
			text:     "«Germany» said «Serbia» had expelled two «Croatian diplomats».",
			mentions: []string{"country:DEU", "country:SRB", "org:hrv-government"},
			events:   []string{"166 country:SRB>org:hrv-government"},
		},
		{
			name:     "appeal with modality",
			text:     "The «Indonesian president» asked «Australia» to release the prisoners.",
			mentions: []string{"org:idn-government", "country:AUS"},
			events:   []string{"020 org:idn-government>country:AUS requested"},
		},
		{
			name:     "planned cooperation is an intent",
			text:     "«Japan» will provide emergency aid to «Nepal», «Tokyo» said.",
			mentions: []string{"country:JPN", "country:NPL", "country:JPN"},
			events:   []string{"033 country:JPN>country:NPL planned"},
		},
		{
			name:     "reported obligation is a demand",
			text:     "«Brazil» said «Venezuela» must hold new elections.",
			mentions: []string{"country:BRA", "country:VEN"},
			events:   []string{"100 country:BRA>country:VEN"},
		},
		{
			name:     "a past obligation is a reproach, not a demand",
			text:     "«Brazil» said «Venezuela» should have held new elections.",
			mentions: []string{"country:BRA", "country:VEN"},
			events:   []string{"111 country:BRA>country:VEN"},
		},
		{
			name:     "whom a speaker tells is not whom the obligation is on",
			text:     "«Brazil» told «Reuters»: \"Elections should be held soon.\"",
			mentions: []string{"country:BRA", "org:reuters"},
			events:   []string{},
		},
		{
			name:     "organization with acronym, later by acronym",
			text:     "The «Northern Water Compact Commission» («NWCC») met on Friday. Later «the NWCC» urged «Egypt» to share data.",
			mentions: []string{"org:northern-water-compact-commission", "org:northern-water-compact-commission", "org:northern-water-compact-commission", "country:EGY"},
			events:   []string{"020 org:northern-water-compact-commission>country:EGY requested"},
		},
		{
			// Another article names the body without its acronym: the id
			// comes from the full name, so it is the same actor.
			name:     "organization by its full name alone",
			text:     "The «Northern Water Compact Commission» urged «Egypt» to share data.",
			mentions: []string{"org:northern-water-compact-commission", "country:EGY"},
			events:   []string{"020 org:northern-water-compact-commission>country:EGY requested"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, spans := unmark(c.text)
			doc := x.Extract(Article{ID: c.name, Published: c.published}, text)
			at := map[[2]int]string{}
			for _, e := range doc.Entities {
				for _, m := range e.Mentions {
					at[[2]int{m.Start, m.End}] = e.ID
				}
			}
			if len(spans) != len(c.mentions) {
				t.Fatalf("test has %d marks but %d mentions", len(spans), len(c.mentions))
			}
			for i, sp := range spans {
				got := at[sp]
				if got == "" {
					// "the NWCC": the mention may start after the determiner.
					for k, id := range at {
						if k[1] == sp[1] && k[0] >= sp[0] {
							got = id
						}
					}
				}
				if got != c.mentions[i] {
					t.Errorf("mention %q: got %q, want %q", text[sp[0]:sp[1]], got, c.mentions[i])
				}
			}
			if c.events != nil {
				want := append([]string(nil), c.events...)
				sort.Strings(want)
				if got := eventKeys(doc); strings.Join(got, "; ") != strings.Join(want, "; ") {
					t.Errorf("events:\n got  %v\n want %v", got, want)
				}
			}
		})
	}
}

// TestGolden compares whole documents with testdata/<case>.golden.json.
func TestGolden(t *testing.T) {
	x := newTestExtractor(t)
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			// The first line may carry "published: YYYY-MM-DD".
			text, pub := string(data), ""
			if rest, ok := strings.CutPrefix(text, "published: "); ok {
				pub, text, _ = strings.Cut(rest, "\n")
			}
			doc := x.Extract(Article{ID: name, Published: pub}, text)
			got, _ := json.MarshalIndent(doc, "", "  ")
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				var w Document
				_ = json.Unmarshal(want, &w)
				reportDiff(t, w, doc)
			}
		})
	}
}

func reportDiff(t *testing.T, want, got Document) {
	t.Helper()
	set := func(d Document) map[string]bool {
		m := map[string]bool{}
		for _, e := range d.Entities {
			m["entity "+e.ID+" "+e.Kind+" "+e.Country+" "+e.Code] = true
		}
		for _, e := range d.Events {
			m["event "+e.Cameo+" "+e.Source+">"+e.Target+" "+e.Date+" "+e.Modality] = true
		}
		for _, r := range d.Relations {
			m["relation "+r.Type+" "+r.Head+">"+r.Tail+" "+r.Label+" "+r.Until] = true
		}
		return m
	}
	w, g := set(want), set(got)
	for k := range w {
		if !g[k] {
			t.Errorf("missing: %s", k)
		}
	}
	for k := range g {
		if !w[k] {
			t.Errorf("extra:   %s", k)
		}
	}
	t.Errorf("document differs from golden file (run go test -update if the change is intended)")
}

// TestSeedArticle checks the issue-3 list on the shared seed article when it
// is present beside the repository.
func TestSeedArticle(t *testing.T) {
	data, err := os.ReadFile("../../shared/articles/seed-ukraine-jccc.txt")
	if err != nil {
		t.Skip("seed article not present")
	}
	doc := newTestExtractor(t).Extract(Article{ID: "seed", Published: "2017-12-28"}, string(data))
	ents := map[string]Entity{}
	for _, e := range doc.Entities {
		ents[e.ID] = e
	}
	for _, id := range []string{"person:rex-tillerson", "person:sergei-lavrov", "person:heather-nauert",
		"country:USA", "country:RUS", "country:UKR", "country:PRK", "org:usa-state-department",
		"org:rus-foreign-ministry", "org:rus-military", "org:jccc", "agreement:minsk-agreement",
		"location:donbas", "location:korean-peninsula"} {
		if _, ok := ents[id]; !ok {
			t.Errorf("entity %s missing", id)
		}
	}
	for id, alias := range map[string]string{"country:USA": "Washington", "country:UKR": "Kiev", "country:PRK": "Pyongyang"} {
		if !contains(ents[id].Aliases, alias) {
			t.Errorf("%s lacks alias %s: %v", id, alias, ents[id].Aliases)
		}
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if bytes.Contains(data[:m.Start], []byte("--IANS")) {
				t.Errorf("entity %s found in the subscription box", e.ID)
			}
		}
	}
	type ev struct{ root, src, tgt, date, prec string }
	want := []ev{
		{"04", "person:rex-tillerson", "person:sergei-lavrov", "2017-12-26", "day"},
		{"02", "person:rex-tillerson", "country:RUS", "", ""},
		{"03", "country:USA", "country:UKR", "2017-12-22", "day"},
		{"11", "country:RUS", "country:USA", "", ""},
		{"16", "org:rus-military", "org:jccc", "2017-12", "month"},
		{"05", "country:RUS", "country:UKR", "2014-09", "month"},
		{"19", "country:UKR", "", "2014-04", "month"},
		{"03", "person:rex-tillerson", "person:sergei-lavrov", "2017-12-26", "day"},
		{"15", "country:PRK", "", "2017", "year"},
	}
	for _, w := range want {
		found := false
		for _, e := range doc.Events {
			if e.Root == w.root && e.Source == w.src && e.Target == w.tgt && (w.date == "" || e.Date == w.date && e.DatePrecision == w.prec) {
				found = true
			}
		}
		if !found {
			t.Errorf("event %+v missing", w)
		}
	}
	appeals := 0
	for _, e := range doc.Events {
		if e.Root == "02" && e.Source == "person:rex-tillerson" && e.Target == "country:RUS" {
			appeals++
		}
	}
	if appeals != 2 {
		t.Errorf("got %d appeals of Tillerson to Russia, want 2 (ease violence; return to the JCCC)", appeals)
	}
	rels := map[string]Relation{}
	for _, r := range doc.Relations {
		rels[r.Type+" "+r.Head+" "+r.Tail] = r
	}
	for _, k := range []string{
		"role person:rex-tillerson country:USA", "role person:sergei-lavrov country:RUS",
		"role person:heather-nauert org:usa-state-department",
		"part_of org:usa-state-department country:USA", "part_of org:rus-foreign-ministry country:RUS",
		"part_of org:rus-military country:RUS", "member_of country:RUS org:jccc", "member_of country:UKR org:jccc",
		"related_to org:jccc agreement:minsk-agreement", "located_in location:donbas country:UKR",
	} {
		if _, ok := rels[k]; !ok {
			t.Errorf("relation %s missing", k)
		}
	}
	if r := rels["member_of country:RUS org:jccc"]; r.Until != "2017-12" {
		t.Errorf("Russia's JCCC membership until %q, want 2017-12", r.Until)
	}
}

func FuzzExtract(f *testing.F) {
	x := newTestExtractor(f)
	for _, s := range []string{
		"US Secretary of State Rex Tillerson asked Russia to ease violence, the State Department said.",
		"The JCCC, consisting of Russian and Ukrainian officers, was set up in September 2014.",
		"«»\x00\xff 'S 's U.S. -- ( ) , . ! ?", "Lt. Gen. F.W. de Klerk's ... Mr. X-Y–Z said on 2014-13-45.",
		"", "\n\n\n", "Russia's", "9/99/2014 1/1/1 May may",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := x.extract(Article{ID: "f", Published: "2017-12-28"}, text)
		b := x.extract(Article{ID: "f", Published: "2017-12-28"}, text)
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if !bytes.Equal(ja, jb) {
			t.Fatalf("not deterministic")
		}
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End || m.Line < 1 || m.Col < 1 {
					t.Fatalf("mention %+v outside the text (len %d)", m, len(text))
				}
			}
		}
		for _, e := range a.Events {
			if e.Span.Start < 0 || e.Span.End > len(text) || e.Source == "" {
				t.Fatalf("event %+v: bad span or no source", e)
			}
		}
	})
}

// TestOneLineText checks that a short line without a stop is skipped as a
// headline when a story follows it, and read when it is the whole text.
func TestOneLineText(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text string
		want int // events with CAMEO root 18 (the attack)
	}{
		{"Chile says Peru attacked navy ship", 1},
		{"Chile says Peru attacked navy ship\nChile accused Peru on Monday of harassing its fishermen.", 0},
	} {
		doc := x.extract(Article{ID: "t", Published: "2020-01-08"}, c.text)
		n := 0
		for _, e := range doc.Events {
			if strings.HasPrefix(e.Cameo, "18") {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d events of root 18, want %d\n%s", c.text, n, c.want, dumpDoc(doc))
		}
	}
}
