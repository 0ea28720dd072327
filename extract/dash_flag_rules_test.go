package extract

import (
	"slices"
	"testing"
)

// Rules that look for a dash read the tokenizer's dash flag: a dash is no
// token of its own. Texts written for the tests.

// eventCodes lists the CAMEO codes of the events the extractor makes on text.
func eventCodes(t *testing.T, x *Extractor, text string) map[string]bool {
	t.Helper()
	doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
	out := map[string]bool{}
	for _, ev := range doc.Events {
		out[ev.Cameo] = true
	}
	return out
}

// TestResignationBetweenDashes: a resignation told in a relative clause set
// off by dashes is recalled about the person, as between commas; a
// resignation in the main clause after the closing dash is reported.
func TestResignationBetweenDashes(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		code string
		want bool
	}{
		{"Helen Carter - who resigned as transport minister in 2019 - opened a bakery in Leeds.", "0874", false},
		{"Tomas Ruiz - who quit as finance minister last spring - now writes novels.", "0874", false},
		{"Helen Carter - who led the central bank for nine years - will step down in March.", "0356", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			if got := eventCodes(t, x, tt.text); got[tt.code] != tt.want {
				t.Errorf("event %s: %v, want %v (events %v)", tt.code, got[tt.code], tt.want, got)
			}
		})
	}
}

// TestTitleAsideAfterDash: a bare title set off by dashes after a name
// ("Y - the finance minister -") is an aside about the person just named,
// as between commas, so it is one more mention of that person.
func TestTitleAsideAfterDash(t *testing.T) {
	x := newTestExtractor(t)
	const first = "Finance Minister Lena Holm of Sweden met bankers on Tuesday. "
	for _, tail := range []string{
		"The party kept Holm, the finance minister, in charge of the budget.",
		"The party kept Holm - the finance minister - in charge of the budget.",
		"The party kept Holm \u2014 the finance minister \u2014 in charge of the budget.",
	} {
		t.Run(tail, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, first+tail)
			n := -1
			for _, e := range doc.Entities {
				if e.ID == "person:lena-holm" {
					n = len(e.Mentions)
				}
			}
			if n != 3 {
				t.Errorf("person:lena-holm has %d mentions, want 3 (name, surname, title)", n)
			}
		})
	}
}

// TestDashEndsDeniedContent: what a denial says did not happen ends at a
// dash, as at a comma or semicolon; an act told after the dash is asserted.
func TestDashEndsDeniedContent(t *testing.T) {
	checkCodeModality(t, newTestExtractor(t), []codeModalityCase{
		{"Peru denied it lied - the navy has attacked smugglers in Chile.", "180", ModalityAsserted},
		{"Peru denied claims they lied \u2013 the navy has attacked smugglers in Chile.", "180", ModalityAsserted},
		{"Peru denied that the navy has attacked smugglers in Chile.", "180", ModalityNegated},
	})
}

// codeModalityCase is a text, a CAMEO code one of its events must have, and
// the modality every event of that code must have.
type codeModalityCase struct{ text, code, modality string }

// checkCodeModality extracts each case and checks that an event of its code
// exists and that every event of that code has its modality.
func checkCodeModality(t *testing.T, x *Extractor, cases []codeModalityCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			found := false
			for _, ev := range doc.Events {
				if ev.Cameo == tt.code {
					found = true
					if ev.Modality != tt.modality {
						t.Errorf("event %s is %s, want %s", tt.code, ev.Modality, tt.modality)
					}
				}
			}
			if !found {
				t.Errorf("no %s event; events %v", tt.code, eventKeys(doc))
			}
		})
	}
}

// TestInstrumentContentStopsAtDash: what a resolution "would" do is its
// content only when nothing breaks the clause between the relative pronoun
// and the act; a dash breaks it, as a comma or a bracket does.
func TestInstrumentContentStopsAtDash(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"a treaty that would impose curbs on exports", true},
		{"a treaty that would, its authors hope, impose curbs on exports", false},
		{"a treaty that would - its authors hope - impose curbs on exports", false},
		{"a treaty that would \u2014 its authors hope \u2014 impose curbs on exports", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			toks := tokenize(tt.text, nil)
			i := slices.IndexFunc(toks, func(tk token) bool { return tk.lower == "impose" })
			if got := instrumentContent(toks, nil, trigger{i: i, j: i + 2}); got != tt.want {
				t.Errorf("instrumentContent = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSenseChecksStopAtDash: the sense checks that read the words after a
// verb stop at a dash, as at a comma: what comes after it is no object of
// the verb.
func TestSenseChecksStopAtDash(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want bool // a 171 (seize) event
	}{
		{"Greek police seized the pistols - a chance find, officers said.", true},
		{"Greek police seized the pistols \u2013 a chance discovery, officers said.", true},
		{"Greek police seized the chance to arrest him.", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			if got := eventCodes(t, x, tt.text); got["171"] != tt.want {
				t.Errorf("event 171: %v, want %v (events %v)", got["171"], tt.want, got)
			}
		})
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"the army handed over two stakes of wood", true},
		{"the army handed over the prisoners - a stake in the peace deal", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			toks := tokenize(tt.text, nil)
			j := slices.IndexFunc(toks, func(tk token) bool { return tk.lower == "over" }) + 1
			if got := handedHolding(toks, trigger{i: j - 2, j: j}); got != tt.want {
				t.Errorf("handedHolding = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestStatesGroupKeepsHyphenatedWord: a group of states keeps a lower-case
// word joined by a hyphen to the capitalized word before it ("Buddhist-majority
// states"), as it keeps the capitalized words of its phrase.
func TestStatesGroupKeepsHyphenatedWord(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, id string }{
		{"Buddhist-majority nations criticised the raid on Dhaka.", "group:buddhist-majority-nations"},
		{"Several Southeast Asian nations criticised the raid on Dhaka.", "group:southeast-asian-nations"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var ids []string
			for _, e := range doc.Entities {
				ids = append(ids, e.ID)
			}
			if !slices.Contains(ids, tt.id) {
				t.Errorf("no entity %s; entities %v", tt.id, ids)
			}
		})
	}
}
