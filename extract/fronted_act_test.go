package extract

import "testing"

// TestFrontedActNoun: an act noun in a phrase that opens the clause ("After
// the attacks, X said ...") is the subject's act only when the subject
// takes part in it (a meeting, talks, a visit) or a possessive pronoun that
// agrees with the subject owns it; otherwise the subject reacts to someone
// else's act and the noun gives no event of the subject's. Sentences written
// for the test.
func TestFrontedActNoun(t *testing.T) {
	x := newTestExtractor(t)
	checkCameoEvents(t, x, []cameoCase{
		// someone else's act, which the subject answers
		{"In response to the air strikes, Hezbollah fired rockets into northern Israel.",
			[]string{"194 org:hezbollah country:ISR"}},
		{"Shortly after the invasion of the island, the Argentine government protested to the United Nations.",
			[]string{"110 org:arg-government org:un"}},
		{`The spokeswoman said: "Following the attacks on the pipeline, the Nigerian government has sent troops to the delta."`,
			[]string{"154 org:nga-government country:NGA"}},
		{"Following the arrests of three journalists, the French government summoned the Turkish ambassador.",
			[]string{"110 org:fra-government org:tur-government"}},
		// a possessive of the roots where it names the one acted on
		{"Soon after his arrest in Caracas, Venezuela expelled the Colombian diplomat.",
			[]string{"166 country:VEN org:col-government"}},
		// the subject takes part: a visit, a meeting
		{"During a visit to Vietnam, the Japanese prime minister pledged new loans for railways.",
			[]string{"042 org:jpn-government country:VNM", "0331 org:jpn-government "}},
		// a possessive pronoun that agrees with the subject
		{"Following its annexation of the region in 2014, Russia faced sanctions from the European Union.",
			[]string{"192 country:RUS "}},
	})
}
