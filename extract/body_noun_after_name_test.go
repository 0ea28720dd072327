package extract

import "testing"

// TestMovementCoalitionAfterName checks that an unknown capitalized name
// followed by "movement", "coalition" or "alliance" is an organization of
// that whole name, which can act, while a faith or a people before the noun
// ("a Sikh movement", "the Kurdish alliance") names no body. Sentences
// written for the test.
func TestMovementCoalitionAfterName(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, org string
		source    bool
	}{
		{"The Tamarind movement boycotted the local elections.", "org:tamarind-movement", true},
		{"The Clean Rivers coalition criticised the water company.", "org:clean-rivers-coalition", true},
		{"The Blue Harbour alliance welcomed the ruling.", "org:blue-harbour-alliance", true},
		{"A Sikh movement boycotted the local elections.", "", false},
		{"The Kurdish alliance boycotted the local elections.", "", false},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var orgs []string
		for _, e := range doc.Entities {
			if e.Kind == KindOrganization {
				orgs = append(orgs, e.ID)
			}
		}
		if tt.org == "" {
			if len(orgs) > 0 {
				t.Errorf("%q: organizations %v, want none\n%s", tt.text, orgs, dumpDoc(doc))
			}
			continue
		}
		if entityOf(&doc, tt.org) == nil {
			t.Errorf("%q: no %s (organizations %v)\n%s", tt.text, tt.org, orgs, dumpDoc(doc))
			continue
		}
		if tt.source {
			found := false
			for _, ev := range doc.Events {
				found = found || ev.Source == tt.org
			}
			if !found {
				t.Errorf("%q: no event with source %s\n%s", tt.text, tt.org, dumpDoc(doc))
			}
		}
	}
}
