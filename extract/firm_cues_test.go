package extract

import "testing"

// TestFirmCues checks that a body or a bare name the article shows to be a
// firm (its shares, shareholders, profits; shares in it, a takeover of it;
// one weak cue is not enough) gets the business sector, and that a person
// named with a given name keeps being a person on one cue. Sentences
// written for the test.
func TestFirmCues(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, id, kind, sector string
	}{
		// shares in an acronym body, and its shareholders
		{"Investors bought shares in QVX on Tuesday after the report. QVX said its plants would stay open. QVX's shareholders will vote in May.",
			"org:qvx", KindOrganization, "BUS"},
		// a bare name acting, then its shares moving
		{"Dorrowby warned on Monday that it would cut 300 jobs. Dorrowby shares fell 12% in London. Dorrowby said it had too little cash.",
			"org:dorrowby", KindOrganization, "BUS"},
		// a bare name read as a person's, whose chief executive speaks
		{"Corvanti warned on Monday that demand would fall. Corvanti's chief executive Ann Pell blamed the weather.",
			"org:corvanti", KindOrganization, "BUS"},
		// a person with a given name: one cue does not make a firm
		{"Helen Marbury said she would sell the house. Helen Marbury's shares were sold last year. Marbury said she was sorry.",
			"person:helen-marbury", KindPerson, ""},
		// an apposition of up to five words calling the body a firm
		{"A man is suing Brellix Paints (BP) over its labels. BP, the country's biggest paint maker, declined to comment.",
			"org:brellix-paints", KindOrganization, "BUS"},
		// no firm when a preposition comes before the firm's word
		{"A man is suing Brellix Paints (BP) over its labels. BP, a forum for paint companies, declined to comment.",
			"org:brellix-paints", KindOrganization, ""},
		// an analyst at a firm whose name ends in a firm's word
		{"Interest rates will rise, said Tom Fellows, an analyst at Quarrell Securities.",
			"org:quarrell-securities", KindOrganization, "BUS"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := entityOf(&doc, tt.id)
		if e == nil || e.Kind != tt.kind || e.Sector != tt.sector {
			t.Errorf("%q: want %s %s sector %q\n%s", tt.text, tt.id, tt.kind, tt.sector, dumpDoc(doc))
		}
	}
}
