package extract

import "testing"

// TestGrownCensure checks the censure class grown from WordNet
// (judgement-classes.tsv, scripts/grow-judgements.sh): a grown word after
// "be" in a reported clause is criticism (111) of the actor whose act it
// judges, and the "call/describe X <censure>" frame takes the grown words
// too. Not when denied, supposed, or said of a thing that is no actor's.
// Sentences written for the test.
func TestGrownCensure(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{ // "cameo source target"
		{"Chile said Bolivia's claim was preposterous.", []string{"111 country:CHL country:BOL"}},
		{"Chile said Bolivia was \"utterly hypocritical\".", []string{"111 country:CHL country:BOL"}},
		{"Chile described Bolivia's offer as ludicrous.", []string{"111 country:CHL country:BOL"}},
		// Denied, supposed, or of no one's act.
		{"Chile said Bolivia's claim was not preposterous.", nil},
		{"Chile said Bolivia's claim would be preposterous.", nil},
		{"Chile said the harvest was disastrous.", nil},
	}
	checkCameoEvents(t, x, tests)
}
