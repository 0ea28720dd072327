package extract

import "testing"

// TestOwnCountryOwner checks that a leader's own country, named as the
// owner of what his pledge is about, is not the pledge's target. Sentences
// written for the test.
func TestOwnCountryOwner(t *testing.T) {
	x := newTestExtractor(t)
	// a country subject: the other state owns what is rejected
	checkActTargets(t, x, []actTargetCase{{"Tanzania rejected Uganda's proposal.", "rejected", "country:UGA"}})
	for _, text := range []string{
		"Kenyan President Mwai Kibaki has pledged to reform Kenya's creaking pension system.",
		"The Kenyan finance minister promised to halve Kenya's trade deficit within three years.",
	} {
		doc := x.extract(Article{ID: "t"}, text)
		for _, e := range doc.Events {
			if e.Target == "country:KEN" {
				t.Errorf("%q: %q aimed at the leader's own country\n%s", text, e.Trigger, dumpDoc(doc))
			}
		}
	}
}
