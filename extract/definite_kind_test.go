package extract

import "testing"

// TestDefiniteAccusedOf checks that "accused the party of doing" takes the
// party named before: the "of" opens what it is charged with, not a body of
// its own ("the firm of lawyers"). Sentences written for the test.
func TestDefiniteAccusedOf(t *testing.T) {
	checkActTargets(t, newTestExtractor(t), []actTargetCase{
		{"Labour set out its spending plans on Monday. Nadia Okafor accused the party of hiding the true cost.", "accused", "org:uk-labour-party"},
		{"The Norwegian government said Statoil had underpaid royalties for a decade. It accused the company of shifting profits abroad.", "accused", "org:equinor"},
		// an adverb before the gerund
		{"Much of the money came from Labour donors. Critics accused the party of quietly buying support.", "accused", "org:uk-labour-party"},
		// two parties in the sentence before: which one is not said
		{"Labour and the Conservatives set out spending plans. Nadia Okafor accused the party of hiding the true cost.", "accused", ""},
	})
}

// TestDefiniteFirmNamedInPhrase checks that "the company" opening a clause
// takes the firm named last when no firm has been a subject, only when that
// sentence names no other firm. Sentences written for the test.
func TestDefiniteFirmNamedInPhrase(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Regulators in Oslo fined Statoil on Monday. The company then sued the Norwegian government.", "sued", "org:equinor"},
		{"Regulators in Oslo fined Statoil and Royal Dutch Shell on Monday. The company then sued the Norwegian government.", "sued", ""},
	})
}
