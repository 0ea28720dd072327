package extract

import (
	"slices"
	"testing"
)

// TestBarePair: "the pair", a bare "the two" and "the firms" stand for the
// two actors of one kind named just before (see barePair), as subject or as
// the object right after the verb; with three firms named, "the firms"
// names no pair. Texts written for the test.
func TestBarePair(t *testing.T) {
	x := newTestExtractor(t)
	type arc struct{ source, target string }
	for _, tt := range []struct {
		name, text string
		want       []arc
		never      []arc
	}{
		{
			name: "the pair as subject: the two persons joined by and, honorifics between",
			text: "A solicitor acting for Mr Halvorsen and Mr Brekke said outside the tribunal the pair firmly denied the charges.",
			want: []arc{{"person:halvorsen", ""}, {"person:brekke", ""}},
		},
		{
			name: "bare the two as object before a verb",
			text: "Poland and Lithuania pledged to cut their budget deficits this year. But the European Commission warned the two were being watched closely.",
			want: []arc{{"org:european-commission", "country:POL"}, {"org:european-commission", "country:LTU"}},
		},
		{
			name: "the pair in a gapped pattern, the court dropped",
			text: "Spain and Portugal signed a deal on water. The European Commission later took the pair to the European Court of Justice.",
			want: []arc{{"org:european-commission", "country:ESP"}, {"org:european-commission", "country:PRT"}},
		},
		{
			name:  "the firms after two firms named: not the market's country",
			text:  "The European Commission has written to the phone operators Vodafone and Telefonica about their charges. The Commission accused the firms of overcharging customers in the Spanish market.",
			want:  []arc{{"org:european-commission", "org:vodafone"}, {"org:european-commission", "org:telefonica"}},
			never: []arc{{"org:european-commission", "country:ESP"}},
		},
		{
			name:  "the firms after three firms named: no pair",
			text:  "The European Commission has written to Vodafone, Telefonica and Deutsche Telekom about their charges. The Commission accused the firms of overcharging customers in the Spanish market.",
			never: []arc{{"org:european-commission", "org:vodafone"}, {"org:european-commission", "org:telefonica"}},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			has := func(a arc) bool {
				return slices.ContainsFunc(doc.Events, func(e Event) bool { return e.Source == a.source && e.Target == a.target })
			}
			for _, a := range tt.want {
				if !has(a) {
					t.Errorf("no event %s -> %q in %v", a.source, a.target, eventKeys(doc))
				}
			}
			for _, a := range tt.never {
				if has(a) {
					t.Errorf("event %s -> %s in %v", a.source, a.target, eventKeys(doc))
				}
			}
		})
	}
}

// TestBarePairOrder: the two events "the firms" makes come out in the order
// the firms were named, every time (the bodies were once read from a map).
func TestBarePairOrder(t *testing.T) {
	x := newTestExtractor(t)
	text := "The European Commission has written to the phone operators Vodafone and Telefonica about their charges. The Commission accused the firms of overcharging customers."
	for run := 0; run < 20; run++ {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
		var targets []string
		for _, e := range doc.Events {
			if e.Source == "org:european-commission" && (e.Target == "org:vodafone" || e.Target == "org:telefonica") {
				targets = append(targets, e.Target)
			}
		}
		if !slices.Equal(targets, []string{"org:vodafone", "org:telefonica"}) {
			t.Fatalf("run %d: targets in order %v, want Vodafone then Telefonica", run, targets)
		}
	}
}
