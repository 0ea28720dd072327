package extract

import "testing"

// TestNounDoerElsewhere: an act noun with no doer of its own does not take
// one from another clause of the sentence. The subject of an "as" or "when"
// clause after "the attack took place" only arrived; "there have been
// accusations" names no accuser, and the subject of the clause before "and"
// is not one ("have" there is the auxiliary of "be", no light verb); nor is
// the agent of a participle past a comma ("accusations of X, claims denied
// by Y": Y denies, it does not accuse). A light
// verb's subject still does its noun. Sentences written for the test.
func TestNounDoerElsewhere(t *testing.T) {
	x := newTestExtractor(t)
	checkCameoEvents(t, x, []cameoCase{
		{"The paint attack took place on Monday as Mr Jonathan Fairweather and Ms Priya Anand, the Labour MP for Leeds North, arrived at a school in Sheffield.",
			[]string{"180 org:gbr-unidentified-attackers country:GBR"}},
		{"Serbia clashed with Kosovo over the border and there has been criticism of the deal in Belgrade.",
			[]string{"190 country:SRB country:XKX"}},
		// the "by" phrase past a comma is the participle's of another noun
		{"The posters prompted accusations of racism, claims rejected by the Dutch government.",
			[]string{"120 org:nld-government "}},
		// the one who survived or fled an act did not do it
		{"Mr Haddad, whose brother survived the attack, says the Lebanese army must act.",
			nil},
		// guards: a light verb's subject, and a meeting of its own
		{"Turkey launched an attack on the Kurdish militants as the Iraqi president arrived in Ankara.",
			[]string{"190 country:TUR group:kurdish-militants", "042 org:irq-government "}},
		{"The rocket attack took place at dawn while Egyptian officials were meeting Hamas leaders in Cairo.",
			[]string{"194 org:egy-unidentified-attackers country:EGY", "040 org:egy-government org:hamas"}},
	})
}
