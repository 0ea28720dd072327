package extract

import "testing"

// TestAttemptedAct: a try ("tried to", "attempted to", "trying to") before
// an act of force reports an attack that was made: an attempt on a life is
// CAMEO 185, any other attack keeps its code. A try at anything else is an
// intention (planned), and a modal before the try ("will try to") keeps the
// act a threat. Texts written for the test.
func TestAttemptedAct(t *testing.T) {
	checkCameoModalities(t, newTestExtractor(t), []modalityCase{
		{"Gunmen attempted to assassinate the governor of Herat on Sunday.", "185/asserted"},
		{"Insurgents tried to kill two Afghan police officers near Herat.", "185/asserted"},
		{"Rebels attempting to storm the presidential palace in Kinshasa were driven back.", "190/asserted"},
		{"Rebels tried to storm the presidential palace in Kinshasa.", "190/asserted"},
		{"Gunmen killed the governor of Herat on Sunday.", "1823/asserted"},
		{"Rebels will try to kill the governor of Herat.", "1384/planned"},
		{"The opposition is trying to negotiate a settlement with the government.", "036/planned"},
	})
}
