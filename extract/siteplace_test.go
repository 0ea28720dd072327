package extract

import "testing"

// TestUnknownSitePlace checks that a name no rule knows, right after "in",
// is the place a state of siege, a curfew or an alert is declared in, and
// so the target of such an act with no actor acted on, or of any when the
// place follows the act right away; force used in such a place keeps the
// country its doer's own. Sentences written for the
// test.
func TestUnknownSitePlace(t *testing.T) {
	x := newTestExtractor(t)
	tests := []triggerCase{
		{"Peruvian President Ana Quispe declared a state of emergency in Huancavelica on Monday.", "declared a state of emergency",
			[]string{"1724 person:ana-quispe>location:huancavelica"}},
		{"Chilean marines remained on alert in Alto Tarapaca for a week after the clashes.", "remained on alert",
			[]string{"150 org:chl-military>location:alto-tarapaca"}},
		// right after the act, the place wins over whoever else the
		// clause names
		{"The Malian government imposed a curfew in Niono after a hunt for gang leader Amadou Traore.", "imposed a curfew",
			[]string{"1723 org:mli-government>location:niono"}},
		{"Sudanese soldiers attacked a village in Umm Dafok on Friday.", "attacked",
			[]string{"180 org:sdn-military>country:SDN"}},
	}
	checkTriggerEvents(t, x, tests)
}
