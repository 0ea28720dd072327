package extract

import (
	"slices"
	"testing"
)

// TestReportedResponsible checks that a speaker saying another actor was
// responsible (for an act) accuses that actor (112), and that
// "responsible for" with a gerund, a duty, accuses no one. Sentences
// written for the test.
func TestReportedResponsible(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{ // "cameo source target"
		{"Ecuador said Peru was responsible.", []string{"112 country:ECU country:PER"}},
		{"Ecuador said Peru had been responsible for the flooding of the valley.", []string{"112 country:ECU country:PER"}},
		{"Within hours of the flood, Ecuador said Peru was responsible.", []string{"112 country:ECU country:PER"}},
		// A duty, not a blame.
		{"Ecuador said Peru was responsible for guarding the river.", nil},
		// What might be is no accusation.
		{"Ecuador said Peru would be responsible.", nil},
	}
	checkCameoEvents(t, x, tests)
}

// TestShortReportAfterAdjunct checks that a fronted adjunct before "X said
// Y was ..." is no report told before its speaker: the short clause of an
// actor and an auxiliary after the verb is what is reported. A trailing
// speaker with a date or a pronoun clause after it stays one. Sentences
// written for the test.
func TestShortReportAfterAdjunct(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Within hours of the flood, Ecuador said Peru was responsible.",
			[]string{"Within hours of the flood , Ecuador said", "Peru was responsible ."}},
		{"Peru had closed the dam, Ecuador said on Monday.",
			[]string{"Peru had closed the dam", ", Ecuador said on Monday ."}},
	}
	for _, tt := range tests {
		if got := clauseTexts(t, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q: clauses %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestApposedSpeakerPossessiveJudgement checks "X, <apposition>, said Y's
// remark was <judgement>": the clause after "said" is the report, though
// the speaker's apposition ends at a comma right before the verb, and a
// hyphenated judgement ("ill-judged") is the censure class's word.
// Sentences written for the test.
func TestApposedSpeakerPossessiveJudgement(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{
		{"Ecuador said Peru's offer was ill-judged.", []string{"111 country:ECU country:PER"}},
		{"Chancellor Merkel, the leader of the coalition, said Peru's offer was ill-judged.", []string{"111 person:angela-merkel country:PER"}},
		{"Chancellor Merkel, the leader of the coalition, said Peru's offer was wrong.", []string{"111 person:angela-merkel country:PER"}},
	}
	checkCameoEvents(t, x, tests)
}
