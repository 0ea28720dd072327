package extract

import "testing"

// TestEmbeddedActorSubject checks the doer of a verb whose own subject,
// found by the tree far after the clause's subject and cut off from it by
// another verb, is a different actor: that actor acts, not the clause's
// subject. Sentences written for the test.
func TestEmbeddedActorSubject(t *testing.T) {
	checkSources(t, []sourceCase{
		// a complement clause with an actor subject of its own
		{"The Kenyan opposition also claims that of the $40m the Kenyan president pledged in 2019 to build rural clinics, only $3m has been paid.", "pledged", "org:ken-government"},
		// the main subject acts when the verb has no subject of its own
		{"The Kenyan government said last week it pledged the funds to schools.", "pledged", "org:ken-government"},
	})
}
