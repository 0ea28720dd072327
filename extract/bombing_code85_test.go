package extract

import "testing"

// TestBombingCodeByDoer checks that a bombing is coded by who does it and
// with what (bombing_code.go): a bomb set off by a rebel or militant group,
// or by attackers no one names, is a non-military bombing (183), and a
// suicide, car or roadside bomb that kills or wounds gives 1831-1833; a
// state's forces or aircraft bombing stay aerial weapons (195). Sentences
// written for the test.
func TestBombingCodeByDoer(t *testing.T) {
	checkCodes(t, []codeCase{
		// a non-state group's bombs: no air raid
		{"The ETA bombs damaged a hotel in Madrid last year.", "bombs", "183", "ASSAULT"},
		{"Hamas bombed a bus in Jerusalem in 2003.", "bombed", "183", "ASSAULT"},
		// the device that kills, in the subject or after "in"
		{"A car bomb outside a market in Peshawar killed nine shoppers on Friday.", "killed", "1832", "ASSAULT"},
		{"A suicide bomber killed eleven police recruits in Kandahar on Monday.", "killed", "1831", "ASSAULT"},
		{"Militants said a Taliban roadside bomb near the town of Musa Qala killed two British soldiers on Tuesday.", "killed", "1833", "ASSAULT"},
		{"Basque separatists injured three Spanish policemen in a bomb attack on Wednesday.", "injured", "183", "ASSAULT"},
		// a plain killing without a bomb stays one
		{"Gunmen killed four Iraqi policemen in Mosul on Sunday.", "killed", "1823", "ASSAULT"},
		// a state's aircraft bombing: aerial weapons
		{"Russian jets bombed rebel positions near Idlib on Saturday.", "bombed", "195", "ASSAULT"},
		{"Israel bombed targets in Gaza overnight.", "bombed", "195", "ASSAULT"},
	})
}
