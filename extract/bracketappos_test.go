package extract

import "testing"

// TestBracketAppositions: an acronym or a gloss in brackets after a body's
// name belongs to the name: a verb after the brackets has the body for its
// subject, a list goes on after them, and "WHO" in brackets opens no
// relative clause. Texts written for the test.
func TestBracketAppositions(t *testing.T) {
	checkSources(t, []sourceCase{
		{"The Arab Maghreb Union (AMU) condemns the raid on the port.", "condemns", "org:arab-maghreb-union"},
		{"The World Health Organization (WHO) urges Chad to vaccinate more children.", "urges Chad to", "org:who"},
		{"Alliance for Civic Renewal (ACR) opposition leader Tomas Brenner condemned the raid.", "condemned", "person:tomas-brenner"},
	})
	x := newTestExtractor(t)
	doc := x.extract(Article{ID: "t"}, "The Arab Maghreb Union (AMU), the African Union and Egypt criticized the raid.")
	if got := triggerSources(doc, "criticized"); len(got) != 3 {
		t.Errorf("want three critics past the brackets, got %q\n%s", got, dumpDoc(doc))
	}
}
