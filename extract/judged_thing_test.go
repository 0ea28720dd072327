package extract

import "testing"

// TestJudgedThing checks that a reported judgement of a thing an actor owns
// judges the owner: "his pledges" (the pronoun's actor) or "the plans" (the
// lead country's government when no owner was named). A fault is 111, a
// merit 051; a speaker judging its own pledges, a conjecture ("would be")
// or a policy with no owner gives nothing. Sentences written for the test.
func TestJudgedThing(t *testing.T) {
	x := newTestExtractor(t)
	const lead = "The French government wants to raise the pension age. "
	tests := []cameoCase{
		{`Michael Howard set out his promise to cut immigration. The Liberal Democrats said his pledges were "worthless".`,
			[]string{"111 org:uk-liberal-democrats person:michael-howard"}},
		{"Michael Howard said his pledges were reckless.", nil},
		{lead + `The French Socialist Party said the plans were "deeply unfair".`,
			[]string{"111 org:fr-socialist-party org:fra-government"}},
		{lead + "The French Socialist Party said the reform scheme was courageous.",
			[]string{"051 org:fr-socialist-party org:fra-government"}},
		{lead + "The French Socialist Party said the plans would be unfair.", nil},
		{"The Liberal Democrats said the scheme was flawed.", nil},
	}
	checkCameoEvents(t, x, tests)
}

// TestTheyAfterPassiveDoer checks that "They" opening a sentence stands for
// the doer after "by" of the sentence before, which had no actor for a
// subject. Sentences written for the test.
func TestTheyAfterPassiveDoer(t *testing.T) {
	x := newTestExtractor(t)
	tests := []cameoCase{
		{"The French government wants to raise the pension age. The new levy will be resisted by the French Socialist Party. " +
			`They have said the scheme is "fundamentally flawed".`,
			[]string{"111 org:fr-socialist-party org:fra-government"}},
	}
	checkCameoEvents(t, x, tests)
}
