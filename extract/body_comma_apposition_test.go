package extract

import "testing"

// TestBodyNounCommaApposition checks that a bare name made a person is a
// body when a comma-set apposition names it with a body noun, before it
// ("Norway's largest bank, Kestrun,") or after it ("Kestrun, the country's
// biggest retailer,"), and stays a person when the name opens the next
// clause after the comma or the noun is not the apposition's head ("the
// bank's founder"). Sentences written for the test.
func TestBodyNounCommaApposition(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, want, not string
	}{
		{"Three managers of Norway's largest bank, Kestrun, resigned on Friday. Kestrun criticised the finance ministry.",
			"org:kestrun", "person:kestrun"},
		{"Ministers met Kestrun, the country's biggest retailer, on Monday. Kestrun criticised the finance ministry.",
			"org:kestrun", "person:kestrun"},
		{"Writing in the local newspaper, Kestrun criticised the finance ministry.",
			"person:kestrun", "org:kestrun"},
		{"Kestrun, the bank's founder, met the finance minister on Monday.",
			"person:kestrun", "org:kestrun"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if entityOf(&doc, tt.want) == nil || entityOf(&doc, tt.not) != nil {
			t.Errorf("%q: want %s, not %s\n%s", tt.text, tt.want, tt.not, dumpDoc(doc))
		}
	}
}
