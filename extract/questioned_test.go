package extract

import (
	"testing"
)

// TestQuestionedIsDisapproval checks that doubting aloud what another said
// or did ("questioned whether", "questioned the timing of", "called into
// question") is disapproval (110) by its doer, while questioning people (an
// interview) and the noun "question" make no event. Sentences written for
// the test.
func TestQuestionedIsDisapproval(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger, source string // source "" for no 110 event, "*" for any doer
	}{
		{"Greenpeace questioned whether the new reactors were safe.", "questioned whether", "org:greenpeace"},
		{"The Scottish Greens questioned how the Treasury would pay for the bridge.", "questioned how", "*"},
		{"Kofi Annan questioned the legality of the blockade.", "questioned the legality", "person:kofi-annan"},
		{"The Swiss banking ombudsman called into question the independence of the auditors.", "called into question the independence", "*"},
		{"Detectives questioned the two men for six hours.", "", ""},
		{"Reporters asked Annan questions about the timing of the vote.", "", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got *Event
		for i := range doc.Events {
			if doc.Events[i].Cameo == "110" {
				got = &doc.Events[i]
			}
		}
		switch {
		case tt.source == "" && got != nil:
			t.Errorf("%q: unexpected 110 %q\n%s", tt.text, got.Trigger, dumpDoc(doc))
		case tt.source != "" && got == nil:
			t.Errorf("%q: no 110 event\n%s", tt.text, dumpDoc(doc))
		case got != nil && got.Trigger != tt.trigger:
			t.Errorf("%q: trigger %q, want %q", tt.text, got.Trigger, tt.trigger)
		case got != nil && tt.source != "*" && got.Source != tt.source:
			t.Errorf("%q: source %q, want %q\n%s", tt.text, got.Source, tt.source, dumpDoc(doc))
		}
	}
}

// TestButVerbAfterPronoun checks that a verb opening a clause after "but"
// with no subject of its own is done by the pronoun subject the sentence
// resolved before it, as it is by a named one. Sentences written for the
// test.
func TestButVerbAfterPronoun(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, trigger, source string }{
		{"Senator Ruth Ortega spoke on Monday. She said she accepted the verdict but criticised the Mexican government.", "criticised", "person:ruth-ortega"},
		{"Senator Ruth Ortega spoke on Monday. She backed the treaty but also urged Canada to cut its tariffs.", "urged Canada to", "person:ruth-ortega"},
		{"Senator Ruth Ortega criticised the Mexican government but praised Canada.", "praised", "person:ruth-ortega"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := lastOnTrigger(doc, tt.trigger)
		if e == nil || e.Source != tt.source {
			t.Errorf("%q: %q not done by %s\n%s", tt.text, tt.trigger, tt.source, dumpDoc(doc))
		}
	}
}
