package extract

import "testing"

// TestReportedWrongTo: "X said Y was (had been) wrong to do Z" is X faulting
// Y (111); "it was wrong to" faults no one, and nobody faults himself.
// Sentences written for the test.
func TestReportedWrongTo(t *testing.T) {
	checkSources(t, []sourceCase{
		{"The Kenyan foreign minister said Uganda had been wrong to close the border.", "wrong to", "org:ken-government"},
		{"Ms Lowe said Norway was wrong to cut its aid budget.", "wrong to", "person:lowe"},
		{"Ms Lowe said it was wrong to cut the aid budget.", "wrong to", ""},
	})
}
