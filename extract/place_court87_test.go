package extract

import "testing"

// TestPlaceCourtArgument checks that a court named by a place or a
// nationality ("a Moscow court", "a Finnish court", "a US bankruptcy
// court", "the Texas court") stands as an event's side when it is the
// subject, the object, or the one a request is made of: the country's
// judiciary for a nationality, a country or a capital, a body of its own
// for a state or province. court87 counted these in plv-dev (28 sentences),
// PLOVER dev (none) and the BBC corpus (49): all but a few were already
// found, and this pins them. Texts written for the test.
func TestPlaceCourtArgument(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // findEvent fields: cameo prefix, "source>target"
	}{
		// A capital's court as subject: the country's judiciary.
		{"A Moscow court fined Gazprom on Tuesday.", []string{"172", "org:rus-judiciary>org:gazprom"}},
		// A nationality's court as the one asked: the request's target.
		{"Nokia asked a Finnish court to block the merger.", []string{"020", "org:nokia>org:fin-judiciary"}},
		// "bankruptcy" between the country and "court" keeps the judiciary.
		{"Gazprom appealed to a US bankruptcy court to stop the sale of its assets.", []string{"020", "org:gazprom>org:usa-judiciary"}},
		// A nationality's court as object.
		{"Amnesty International criticised a Saudi court for the verdict.", []string{"110", "org:amnesty>org:sau-judiciary"}},
		// A state's or province's court, asked or acting: a body of its own.
		{"Shell asked the Texas court to halt the auction.", []string{"020", "org:shell>org:texas-court"}},
		{"The Ontario court ordered the release of Omar Khadr.", []string{"0841", "org:ontario-court>person:omar-khadr"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !findEvent(doc, tt.want) {
				t.Errorf("no %v\n%s", tt.want, dumpDoc(doc))
			}
		})
	}
}
