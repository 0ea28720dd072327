package extract

import "testing"

// TestPeacekeepingSender checks that a state which sends or deploys troops
// "on a peacekeeping mission" is the doer of the peacekeeping (074, AID)
// where the troops go; a state that names peacekeeping without sending
// anyone gets no such act. Sentences written for the test.
func TestPeacekeepingSender(t *testing.T) {
	x := newTestExtractor(t)
	checkTriples(t, x, []tripleCase{
		{name: "deployment noun", text: "Ghana on Monday confirmed the deployment of 400 soldiers to Mali on a peacekeeping mission.",
			want: []string{"country:GHA AID country:MLI"}},
		{name: "sent", text: "Senegal has sent a battalion to Gambia on a peacekeeping mission.",
			want: []string{"country:SEN AID country:GMB"}},
		{name: "no sending", text: "Ghana praised the peacekeeping mission in Mali.",
			notWant: []string{"country:GHA AID country:MLI"}},
	})
}
