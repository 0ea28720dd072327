package extract

import "testing"

// TestWorkBeforeRole: an unknown name right before a role noun and a
// person's name is the film, show or band the person works in, not a
// person; and a person with only a nationality who works with another is a
// private collaboration. Texts written for the test.
func TestWorkBeforeRole(t *testing.T) {
	checkCodeSources(t, newTestExtractor(t), []codeSourceCase{
		{"Lucy Grey director Tom Hale has criticised the Labour Party.", "110", "person:tom-hale"},
		{"Peter Pan star Ann Veld has criticised the Labour Party.", "110", "person:ann-veld"},
		{"US rapper Jon Blake topped the charts last year. On the new album Blake collaborated with singer Mae Ross.", "060", ""},
	})
}
