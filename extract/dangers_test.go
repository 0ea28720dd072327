package extract

import (
	"slices"
	"testing"
)

// TestDangersAndThings: a threat posed or "the Soviet threat" is a danger,
// not a threat made; a telephone company is no call; game or hoops shot
// are no force; targets met are no meeting. Threats made, and
// calls made, stay events. Texts written for the test.
func TestDangersAndThings(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // eventKeys
	}{
		{"Analysts said the new Samsung handset posed a real threat to Nokia.", nil},
		{"The Soviet threat shaped Finnish policy for decades.", nil},
		{"The Venezuelan president's threat to cut oil exports to the US alarmed markets.", []string{"130 org:ven-government>country:USA"}},
		{"Venezuela issued a threat to cut oil exports to the US.", []string{"130 country:VEN>country:USA"}},
		{"The largest Mexican telephone company Telmex has signed up more customers.", nil},
		{"Under the new law, Welsh farmers may still shoot their quarry with a rifle.", nil},
		{"The Chilean prime minister shot basketball hoops with pupils in Santiago.", nil},
		{"Colombian troops shot two rebels near the border with Ecuador.", []string{"190 org:col-military>group:rebels"}},
		{"The Peruvian finance minister will meet his fiscal targets this year.", nil},
		{"The Peruvian finance minister will meet his Chilean counterpart this year.", []string{"036 org:per-government>org:chl-government planned"}},
		{"The Mexican president telephoned the Chilean president on Monday.", []string{"041 org:chl-government>org:mex-government", "041 org:mex-government>org:chl-government"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
