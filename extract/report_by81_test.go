package extract

import "testing"

// TestTextIssuer: the body that issued a report, letter or review is the
// doer of what the text does, whether it sits in the text noun's "by" or
// "from" phrase or was named as the issuer a sentence before a bare "The
// report ...". Texts written for the test.
func TestTextIssuer(t *testing.T) {
	x := newTestExtractor(t)
	checkCodeSources(t, x, []codeSourceCase{
		{"A letter from the European Commission urged Portugal to trim its budget deficit.", "020", "org:european-commission"},
		{"A review by the World Bank criticised Kenya over corruption.", "110", "org:world-bank"},
		// the issuer named before: released, or a possessive
		{"The World Health Organization released a report on Tuesday. The report urged Brazil to expand vaccination.", "020", "org:who"},
		{"Amnesty International's annual report was published on Friday. The report accused Egypt of torturing detainees.", "112", "org:amnesty"},
		// no issuer named: no doer
		{"The report urged Brazil to expand vaccination.", "020", ""},
		// "of" names what the text is about, not who wrote it
		{"A study of Japan's economy criticised China.", "110", ""},
		// a text inside a phrase of its own is no subject
		{"According to a report by the European Commission, Greece rejected the plan.", "127", "country:GRC"},
	})
}
