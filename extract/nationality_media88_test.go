package extract

import "testing"

// TestNationalityOfWork: a nationality or country right before a noun of
// works or broadcasting ("Irish radio", "a Danish thriller", "Dutch
// films") says where the work comes from, so the act aimed at it has no
// state target; a nationality before a noun of people or a state body
// still makes its actor. Texts written for the test.
func TestNationalityOfWork(t *testing.T) {
	x := newTestExtractor(t)
	checkActTargets(t, x, []actTargetCase{
		{"The veteran comedian Sam Ortt condemned Irish radio for being far too timid.", "condemned", ""},
		{"A Canadian church group has condemned the new season of Danish thriller The Lake, saying it mocks believers.", "condemned", ""},
		{"Novelist Ana Ruiz condemned Dutch films for their dull plots.", "condemned", ""},
		// No work noun: the country stays the target.
		{"The opposition leader Sam Ortt condemned the Irish government for its budget.", "condemned", "org:irl-government"},
	})
}
