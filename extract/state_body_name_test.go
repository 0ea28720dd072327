package extract

import "testing"

// TestUnknownStateBody: an organization no dictionary lists whose name has
// a head of govBodyHeads (ministry, department, administration, ministers)
// is a government's body: the country before it or in it gives the
// state's code, and with none it is coded GOV alone. A body of an
// international organization ("the Bank's ... Department") and a firm
// named for its stores are not. Sentences written for the test.
func TestUnknownStateBody(t *testing.T) {
	checkNamedCodes(t, []namedCode{
		// No country in the text: the government, no state.
		{"The Department for Rural Housing will fund forty new homes in the valley.", "Department for Rural Housing", "GOV"},
		{"The Water Safety Administration warned that the reservoir was unsafe.", "Water Safety Administration", "GOV"},
		{"The Council of Ministers approved the fishing quotas on Tuesday.", "Council of Ministers", "GOV"},
		// A country's adjective before the name.
		{"The Peruvian Fisheries Ministry banned trawling near the coast.", "Fisheries Ministry", "PERGOV"},
		// A department of an international body is that body's.
		{"Anna Berg, head of the World Bank's Asia Department, praised the reforms.", "Asia Department", ""},
		// A firm whose name ends in a plural trade word.
		{"Harbor Department Stores said it would close ten shops.", "Harbor Department Stores", "BUS"},
	})
}
