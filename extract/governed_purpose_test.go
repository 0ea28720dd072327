package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestGovernedPurpose: an infinitive of purpose after an act that is only
// asked for, wanted or refused ("wants X to use its weight to pressure Y"),
// or after the addressees of an appeal ("appealed to X and Y to lay down"),
// is not done either; the appeal itself stays. Texts written for the test.
func TestGovernedPurpose(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // event key that must be there ("" for none asked)
		not  string // event (code and pair) that must not be there, of any modality
	}{
		{"Oxfam wants Britain to use its weight to pressure Japan to cut farm tariffs.", "020 org:oxfam>country:GBR requested", "020 org:oxfam>country:JPN"},
		{"Save the Children wants Britain to use its seat to pressure Russia to let aid into Syria.", "020 org:save-the-children>country:GBR requested", "020 org:save-the-children>country:RUS"},
		{"The UN chief appealed to Russia and Ukraine to lay down their weapons.", "020 org:un>country:RUS requested", "0873 org:un>null"},
		{"Jeremy Corbyn failed to persuade his colleagues to stage a noisy protest against Boris Johnson.", "", "140 person:jeremy-corbyn>person:boris-johnson"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if tt.want != "" && !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
			if slices.ContainsFunc(keys, func(k string) bool { return strings.HasPrefix(k, tt.not+" ") }) {
				t.Errorf("events %v, do not want %q", keys, tt.not)
			}
		})
	}
}
