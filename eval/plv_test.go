package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
)

func TestReadGoldAnySpan(t *testing.T) {
	if !IsSpanGold([]byte(`{"id":"1","text":"t","source":"A","target":"B","root":"AID"}`)) {
		t.Error("span line not recognised")
	}
	if IsSpanGold([]byte(`{"id":"1","text":"t","events":[]}`)) {
		t.Error("PLOVER line taken for span format")
	}
	g, err := ReadSpanGold(strings.NewReader("{\"id\":\"1\",\"text\":\"t\",\"source\":\"A\",\"target\":\"B\",\"root\":\"AID\"}\n{\"id\":\"2\"}\n"), "g.jsonl")
	if len(g) != 1 || err == nil || !strings.Contains(err.Error(), "g.jsonl:2") {
		t.Errorf("got %v, %v", g, err)
	}
}

func TestScoreSpans(t *testing.T) {
	gold := []SpanGold{
		{ID: "s1", Text: "Xland's army shelled Yland.", Source: "Xland's army", Target: "Yland", Root: "ASSAULT"},
		{ID: "s2", Text: "The Zed Union sent aid to Yland.", Source: "The Zed Union", Target: "Yland", Root: "AID"},
		{ID: "s3", Text: "Xland pulled out of Qland.", Source: "Xland", Target: "Qland", Root: "YIELD"},
		{ID: "s4", Text: "Nobody did anything.", Source: "Pat Smith", Target: "Yland", Root: "PROTEST"},
		{ID: "s5", Text: "Xland met Qland.", Source: "Xland", Target: "Yland", Root: "CONSULT"},
	}
	x := extract.Entity{ID: "country:XLD", Name: "Xland", Country: "XLD"}
	xa := extract.Entity{ID: "org:xld-military", Name: "Xland Army", Country: "XLD"}
	y := extract.Entity{ID: "country:YLD", Name: "Yland", Country: "YLD"}
	q := extract.Entity{ID: "country:QLD", Name: "Qland", Country: "QLD"}
	zu := extract.Entity{ID: "org:zu", Name: "Zed Union", Aliases: []string{"ZU"}}
	docs := map[string]extract.Document{
		// found through the span alone resolving to Xland's country
		"s1": {Entities: []extract.Entity{xa, y}, Events: []extract.Event{{Plover: "ASSAULT", Source: xa.ID, Target: y.ID}}},
		// wrong type, and an event of a type the gold does not have
		"s2": {Entities: []extract.Entity{zu, y}, Events: []extract.Event{{Plover: "CONSULT", Source: zu.ID, Target: y.ID}}},
		// YIELD is RETREAT or CONCEDE
		"s3": {Entities: []extract.Entity{x, q}, Events: []extract.Event{{Plover: "RETREAT", Source: x.ID, Target: q.ID}}},
		"s4": {},
		// right type and source, wrong target
		"s5": {Entities: []extract.Entity{x, q, y}, Events: []extract.Event{{Plover: "CONSULT", Source: x.ID, Target: q.ID}}},
	}
	spans := map[string]extract.Document{
		"Xland's army": {Entities: []extract.Entity{xa}},
		"Yland":        {Entities: []extract.Entity{y}},
		"Xland":        {Entities: []extract.Entity{x}},
		"Qland":        {Entities: []extract.Entity{q}},
	}
	r := ScoreSpans(gold, docs, spans)
	if r.Pairs != 5 || r.Sentences != 5 || r.EventsOut != 4 {
		t.Fatalf("counts %+v", r)
	}
	if r.PairRecall != 0.4 || r.TypeRecall != 0.6 || r.TypePrec != 0.75 {
		t.Errorf("pair recall %v type recall %v precision %v", r.PairRecall, r.TypeRecall, r.TypePrec)
	}
	want := map[string]int{CauseType: 1, CauseNoActor: 0, CauseTrigger: 1, CauseTarget: 1}
	for c, n := range want {
		if r.Causes[c] != n {
			t.Errorf("cause %q: %d, want %d (%v)", c, r.Causes[c], n, r.Causes)
		}
	}
	if len(r.FalseAlarms) != 1 || r.FalseAlarms[0].Root != "CONSULT" {
		t.Errorf("false alarms %+v", r.FalseAlarms)
	}
	var sb strings.Builder
	if err := r.WriteText(&sb); err != nil || !strings.Contains(sb.String(), "wrong target") {
		t.Errorf("WriteText: %v\n%s", err, sb.String())
	}
}

// TestPLVDevFile runs the extractor over the shared plv-dev file (real
// news sentences, the main dev measure) when present and guards the figures
// reached: pair recall 0.682 with type precision 0.864 when set (session 14;
// the target is 0.65 with 0.80). A change that costs more than a
// point here must say why.
func TestPLVDevFile(t *testing.T) {
	f, err := os.Open("../../shared/eval/plv-dev.jsonl")
	if err != nil {
		t.Skip("plv-dev file not present")
	}
	defer f.Close()
	gold, err := ReadSpanGold(f, f.Name())
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := RunSpans(x, gold)
	if r.PairRecall < 0.70 || r.TypePrec < 0.86 {
		t.Errorf("plv-dev pair recall %.3f type precision %.3f fell below the 0.70/0.86 guard", r.PairRecall, r.TypePrec)
	}
}
