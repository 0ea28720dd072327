package extract

import (
	"strings"
	"testing"
)

// TestInvestAtHome: an investment with no partner and no other country or
// place named (money put into the coming years, into roads and schools) is
// no economic cooperation; one that goes to a country named in the
// sentence stays. Texts written for the test.
func TestInvestAtHome(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The Norwegian government continued to invest in infrastructure, science and education.", false},
		{"Norwegian telecoms firm Telenor said it plans to invest £2bn in the next three years to upgrade its network.", false},
		{"Norway and Chile signed a pact under which Norway will invest $2bn in copper mines.", true},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, c.text)
		got := false
		for _, ev := range doc.Events {
			if strings.HasPrefix(ev.Trigger, "invest") {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: investment event %v, want %v (%v)", c.text, got, c.want, eventKeys(doc))
		}
	}
}
