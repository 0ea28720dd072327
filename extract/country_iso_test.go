package extract

import "testing"

// TestCountryISO: gold files written with ISO codes, the CAMEO codes
// geokg writes, or the older CAMEO spellings all name one country.
func TestCountryISO(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct{ code, want string }{
		{"VNM", "VNM"},
		{"VTN", "VNM"}, // older CAMEO spelling the PLOVER gold also uses
		{"JAP", "JPN"},
		{"JPN", "JPN"},
		{"KSV", "XKX"}, // geokg's CAMEO code for Kosovo
		{"ROM", "ROU"},
		{"MTN", "MNE"},
		{"TMP", "TLS"},
		{"IGO", "IGO"}, // not a country: unchanged
		{"NGO", "NGO"},
	} {
		if got := x.CountryISO(c.code); got != c.want {
			t.Errorf("CountryISO(%q) = %q, want %q", c.code, got, c.want)
		}
	}
}
