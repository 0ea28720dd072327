package extract

import "testing"

// TestClauseTargets: an actor told inside the clause a statement, pledge or
// rejection reports ("insists the club will never sell X", "warned that the
// unions were planning", "rejected the idea that X ...") is no target of it;
// the verb's own object ("warned X that", "rejected X's offer") is, and so
// are an accused subject of an allegation and whom a promised help is for.
// "insist" takes no addressee at all ("insists the Swedish government
// misread ..."). Texts written for the test.
func TestClauseTargets(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, code, target string // target "" wants no target
	}{
		{"The Danish prime minister insists the government will never sell Maersk.", "010", ""},
		{"The Danish foreign minister warned that the Swedish government was planning deep cuts.", "010", ""},
		{"The Danish foreign minister denied there was an attempt to sideline the Swedish government.", "016", ""},
		{"The Danish prime minister rejected the idea that the Swedish government had broken the treaty.", "120", ""},
		{"The Danish central bank warned that Sweden's plans to cut taxes posed serious risks.", "010", ""},
		{"The Danish prime minister rejected the Swedish government's offer on Monday.", "125", "org:swe-government"},
		{"The Danish prime minister promised on Monday that Copenhagen would continue to back Sweden's bid to join the alliance.", "030", "country:SWE"},
		{"The Danish foreign minister warned the Swedish government that the talks would fail.", "130", "org:swe-government"},
		// "insist" takes what is said, never whom it is said to: an actor
		// right after it is the subject of its content.
		{"The Dutch Greens insist farmers will pay more under the coalition.", "010", ""},
		{"The Danish prime minister insists the Swedish government misread the treaty.", "010", ""},
		// A clause whose verb is "be" has a noun or adjective for its head.
		{"The Danish prime minister pledged the new tax would be the centrepiece of Sweden's budget.", "030", ""},
		{"The Danish foreign minister warned the new levy was a serious blow to the Swedish government.", "010", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			checkCodeTarget(t, doc, tt.code, tt.target)
		})
	}
}

// checkCodeTarget fails unless doc has an event coded code and every such
// event is aimed at target ("" for none).
func checkCodeTarget(t *testing.T, doc Document, code, target string) {
	t.Helper()
	found := false
	for _, ev := range doc.Events {
		if ev.Cameo != code {
			continue
		}
		found = true
		if ev.Target != target {
			t.Errorf("target %q, want %q; events %v", ev.Target, target, eventKeys(doc))
		}
	}
	if !found {
		t.Errorf("no %s event; events %v", code, eventKeys(doc))
	}
}
