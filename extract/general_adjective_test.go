package extract

import "testing"

// TestGeneralAdjectiveNotCommander: a lower-case "general" before a noun it
// modifies ("the Irish general election", "Acme Spain general manager") is
// an adjective, not a military commander of the country before it. Texts
// written for the test.
func TestGeneralAdjectiveNotCommander(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"The cabinet will ask foreign monitors to watch the coming Irish general election closely.",
		"Speaking for the firm, its Spanish general manager Pedro Ruiz said sales had doubled.",
	} {
		doc := x.extract(Article{ID: "t"}, text)
		for _, e := range doc.Entities {
			if e.Sector == "MIL" {
				t.Errorf("%q: want no military body, got %s\n%s", text, e.ID, dumpDoc(doc))
			}
		}
	}
}
