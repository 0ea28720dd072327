package extract

import "testing"

// TestReportedJudgement checks that a speaker saying another actor, or that
// actor's plan, was wrong or right is criticism (111) or praise (051) of
// that actor, and that judgements of things no actor did stay uncoded.
// Sentences written for the test.
func TestReportedJudgement(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{ // "cameo source target"
		{"France said Germany was wrong.", []string{"111 country:FRA country:DEU"}},
		{"France said the German plan was a grave mistake.", []string{"111 country:FRA country:DEU"}},
		{"France said Germany had been right to wait.", []string{"051 country:FRA country:DEU"}},
		{"Chancellor Merkel said France was correct.", []string{"051 person:angela-merkel country:FRA"}},
		{"France said Germany's decision to leave was a betrayal.", []string{"111 country:FRA country:DEU"}},
		{"\"Germany's offer is highly opportunistic,\" France said.", []string{"111 country:FRA country:DEU"}},
		{"France said Germany's proposals were \"deeply flawed\".", []string{"111 country:FRA country:DEU"}},
		// Judged is a war in a country, not an act of that country.
		{"France said the war in Mali was a mistake.", nil},
		{"France said Germany's war in Mali was a mistake.", nil},
		// A word that judges no doing.
		{"France said Germany's economy was weak.", nil},
		// What might be is no judgement of what was done.
		{"France said Germany would be wrong.", nil},
		// Nobody is judged by an expletive "it".
		{"France said it was a mistake.", nil},
		// Speakers judging themselves criticise nobody else.
		{"France said France was wrong.", nil},
	}
	checkCameoEvents(t, x, tests)
}

// TestCalledDisgraceful checks the frame "call|brand|describe X (as)
// <censure>" (disgraceful, irresponsible, unacceptable ...) as criticism
// of X, and that a naming with no censure stays uncoded.
func TestCalledDisgraceful(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{
		{"Chancellor Merkel called the Turkish decision disgraceful.", []string{"111 person:angela-merkel country:TUR"}},
		{"Chancellor Merkel described Recep Tayyip Erdogan's remarks as deeply irresponsible.", []string{"111 person:angela-merkel person:recep-tayyip-erdogan"}},
		{"Chancellor Merkel called the Turkish decision important.", nil},
	}
	checkCameoEvents(t, x, tests)
}
