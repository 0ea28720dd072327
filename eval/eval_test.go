package eval

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
)

func TestReadGold(t *testing.T) {
	in := `{"id":"a","text":"Xland attacked Yland.","events":[{"source":"Xland","source_country":"XLD","target":"Yland","target_country":"YLD","type":"ASSAULT"}]}
not json
{"id":"b","text":""}

{"id":"c","text":"Zland protested.","events":[{"source_country":"ZLD","target_country":null,"type":"PROTEST"}]}
`
	gold, err := ReadGold(strings.NewReader(in), "gold.jsonl")
	if len(gold) != 2 || gold[0].ID != "a" || gold[1].Line != 5 {
		t.Fatalf("got %+v", gold)
	}
	var ge *GoldError
	if !errors.As(err, &ge) || !errors.Is(err, ErrGold) || ge.File != "gold.jsonl" || ge.Line != 2 {
		t.Fatalf("error %v: want a GoldError at gold.jsonl:2", err)
	}
	if !strings.Contains(err.Error(), "gold.jsonl:3") {
		t.Errorf("error %v does not name line 3", err)
	}
}

func TestScore(t *testing.T) {
	s := func(v string) *string { return &v }
	gold := []Gold{
		{ID: "1", Line: 1, Text: "t1", Events: []GoldEvent{
			{SourceCountry: s("RUS"), TargetCountry: s("UKR"), Type: "ASSAULT"},
			{SourceCountry: s("USA"), TargetCountry: s("JAP"), Type: "CONSULT"},
		}},
		{ID: "2", Line: 2, Text: "t2", Events: []GoldEvent{{SourceCountry: s("IGO"), Type: "REQUEST"}}},
		// Two gold events with one country triple, one per pair of actors.
		{ID: "3", Line: 3, Text: "t3", Events: []GoldEvent{
			{SourceCountry: s("RUS"), TargetCountry: s("RUS"), Type: "ASSAULT"},
			{SourceCountry: s("RUS"), TargetCountry: s("RUS"), Type: "ASSAULT"},
		}},
	}
	ents := []extract.Entity{
		{ID: "country:RUS", Country: "RUS"}, {ID: "country:UKR", Country: "UKR"},
		{ID: "org:rus-army", Country: "RUS"}, {ID: "org:rus-rebels", Country: "RUS"},
		{ID: "country:USA", Country: "USA"}, {ID: "country:JPN", Country: "JPN"},
		{ID: "org:un", Code: "IGOUNO"}, {ID: "country:FRA", Country: "FRA"},
	}
	docs := []extract.Document{
		{Article: extract.Article{ID: "1"}, Entities: ents, Events: []extract.Event{
			{Plover: "ASSAULT", Source: "country:RUS", Target: "country:UKR"},
			{Plover: "ASSAULT", Source: "country:RUS", Target: "country:UKR"}, // repeated: counted once
			{Plover: "CONSULT", Source: "country:USA", Target: "country:JPN"},
			{Plover: "AID", Source: "country:FRA", Target: "country:UKR"},                                        // false alarm
			{Plover: "ASSAULT", Source: "country:UKR", Target: "country:RUS", Modality: extract.ModalityNegated}, // not scored
			{Plover: "", Source: "country:USA"},                                                                  // statement: not scored
		}},
		{Article: extract.Article{ID: "2"}, Entities: ents, Events: []extract.Event{
			{Plover: "REQUEST", Source: "org:un", Target: "country:FRA"}, // gold has no target: matches
		}},
		{Article: extract.Article{ID: "3"}, Entities: ents, Events: []extract.Event{
			{Plover: "ASSAULT", Source: "org:rus-army", Target: "org:rus-rebels"},
			{Plover: "ASSAULT", Source: "org:rus-rebels", Target: "org:rus-army"}, // other actors: a second event
		}},
	}
	norm := func(c string) string {
		if c == "JAP" {
			return "JPN"
		}
		return c
	}
	r := Score(gold, docs, norm)
	if r.Overall.TP != 5 || r.Overall.FP != 1 || r.Overall.FN != 0 {
		t.Fatalf("got %+v", r.Overall)
	}
	if len(r.FalseAlarms) != 1 || r.FalseAlarms[0].Type != "AID" || r.FalseAlarms[0].Sentence != "t1" {
		t.Errorf("false alarms %+v", r.FalseAlarms)
	}
	if r.Overall.Precision != 5.0/6 || r.Overall.Recall != 1 {
		t.Errorf("precision %v recall %v", r.Overall.Precision, r.Overall.Recall)
	}
	var sb strings.Builder
	if err := r.WriteText(&sb); err != nil || !strings.Contains(sb.String(), "ALL") {
		t.Errorf("WriteText: %v\n%s", err, sb.String())
	}
}

// TestDevFile runs the extractor over the shared dev file when present and
// guards the figures reached (see the package report).
func TestDevFile(t *testing.T) {
	gold, err := ReadGoldFile("../../shared/eval/plover-dev.jsonl")
	if err != nil {
		t.Skip("dev file not present")
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := Run(x, gold)
	if os.Getenv("GEOKG_EVAL_REPORT") != "" {
		// GEOKG_EVAL_REPORT=1 go test ./eval -run DevFile -v: the full report,
		// for work on the extractor without building the CLI.
		var sb strings.Builder
		_ = r.WriteText(&sb)
		t.Log("\n" + sb.String())
	}
	// The target is 0.70/0.70; the precision guard keeps a margin above it
	// (measured P 0.759 R 0.724 when set). Recall is guarded at 0.62: the
	// dictionary lines that each fired on one shared sentence only were
	// removed (session 12: frames18's, then the last 50), 26 of them each the
	// only line for one PLOVER dev sentence, and recall fell from 0.765 to
	// 0.633 (P 0.805). Session 13's general rules (frames, protest
	// frames, nominal arguments, misspelt country names) brought it to P
	// 0.825 R 0.699; session 14's (conditional threats, relational
	// possessives, protest demands, bracketed acronyms) P 0.842 R 0.735;
	// session 17's (wanted purposes not done, demanded that-clauses, WordNet
	// classes seize|confiscate and agree|reach consensus, monitor and
	// restriction frames) P 0.857 R 0.765; session 19's (hearing frame,
	// bare infinitive after "help", trailing report verbs) P 0.870 R 0.786:
	// guarded at 0.85/0.77. Session 29 counts predictions once per actor
	// pair, as the gold lists them (P 0.863 R 0.801): guarded at 0.85/0.79.
	if r.Overall.Precision < 0.85 || r.Overall.Recall < 0.79 {
		t.Errorf("dev precision %.3f recall %.3f fell below the 0.85/0.79 guard", r.Overall.Precision, r.Overall.Recall)
	}
}

// TestHeldOut scores the held-out gold written for geokg in our own words
// (eval/testdata): sentences its rules were not written from. The floors
// are regression guards a few points below the figures measured when they
// were set; see docs/extraction.md for the figures.
func TestHeldOut(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file         string
		minP, minR   float64
		measuredNote string
	}{
		{"testdata/heldout-own.jsonl", 0.78, 0.70, "P 0.814 R 0.743 on 2026-11-25"},
		// Kept unread while the extractor was worked on; scored blind at
		// P 0.740 R 0.614, then P 0.764 R 0.677 at the end of that session.
		{"testdata/heldout-b.jsonl", 0.72, 0.63, "P 0.764 R 0.677 on 2026-11-25"},
	} {
		gold, err := ReadGoldFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		r := Run(x, gold)
		t.Logf("%s: P %.3f R %.3f F1 %.3f (measured %s)", c.file, r.Overall.Precision, r.Overall.Recall, r.Overall.F1, c.measuredNote)
		if r.Overall.Precision < c.minP || r.Overall.Recall < c.minR {
			t.Errorf("%s: precision %.3f recall %.3f fell below the %.2f/%.2f guard", c.file, r.Overall.Precision, r.Overall.Recall, c.minP, c.minR)
		}
	}
}
