package extract

import "testing"

// TestDeniedPlanNoEvent: a plan or intention told inside what a denial or
// dismissal answers ("rejected claims she had promised she would quit",
// "denied a story that he was planning to make an appeal", "denied that he
// would withdraw") is no event: the denial says there was no plan, not that
// the act was left undone, which a negated event would say. The denial
// keeps its own event, and a done act that a denial says did not happen
// stays negated. Texts written for the test.
func TestDeniedPlanNoEvent(t *testing.T) {
	checkCameoModalities(t, newTestExtractor(t), []modalityCase{
		{"The Dutch premier rejected claims she had promised colleagues she would quit after the budget vote.", "120/asserted"},
		{"Raila Odinga denied a newspaper story that he was planning to make a public appeal to the militia leaders.", "016/asserted"},
		{"Raila Odinga denied that he would withdraw from the talks with the government.", "016/asserted"},
		{"The Kenyan army denied reports that its soldiers had fired on protesters in Kisumu.", "016/asserted 193/negated"},
	})
}
