package extract

import (
	"strings"
	"testing"
)

// TestTitleComplementApposition checks that a title with a short
// complement of its office, set off from the name after it by a comma,
// gives the person its role and country, and that the person, not the
// place of the office, is the one acted on. Sentences written for the
// test.
func TestTitleComplementApposition(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, person, country string
		target                bool // the person is an event's target
	}{
		{"Spain's director general for Europe, Jose Arce, said talks would resume.", "person:jose-arce", "ESP", false},
		{"The Malaysian prime minister received the Chilean envoy to Peru, Rosa Diaz, on Monday.", "person:rosa-diaz", "CHL", true},
		{"Norway's ambassador to the UN, Ola Brekke, said the vote was close.", "person:ola-brekke", "NOR", false},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Entities {
			if e.ID == tt.person {
				found = true
				if e.Country != tt.country {
					t.Errorf("%q: %s has country %q, want %q\n%s", tt.text, e.ID, e.Country, tt.country, dumpDoc(doc))
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s\n%s", tt.text, tt.person, dumpDoc(doc))
		}
		if tt.target {
			hit := false
			for _, e := range doc.Events {
				hit = hit || e.Target == tt.person
			}
			if !hit {
				t.Errorf("%q: no event aimed at %s\n%s", tt.text, tt.person, dumpDoc(doc))
			}
		}
	}
}

// TestBodyByHead checks that a body's head noun alone, capitalized after
// "the", names the body met before whose name ends in it, and a body of
// its own when none does. Sentences written for the test.
func TestBodyByHead(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, id, not string }{
		{"The European Commission fined Norvik Foods on Monday. The Commission said the firm had fixed prices.", "org:european-commission", "org:commission"},
		{"European commission president Ilse Brandt spoke. Later the Commission warned Poland over its budget.", "org:european-commission", "org:commission"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		at := strings.LastIndex(tt.text, "Commission")
		got := ""
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if m.Start <= at && at < m.End {
					got = e.ID
				}
			}
			if e.ID == tt.not {
				t.Errorf("%q: made %s\n%s", tt.text, e.ID, dumpDoc(doc))
			}
		}
		if got != tt.id {
			t.Errorf("%q: the last Commission is %q, want %q\n%s", tt.text, got, tt.id, dumpDoc(doc))
		}
	}
}

// TestLeftOfficeAs checks that "resigned as" or "stepped down as" an
// office gives the person that office, ended, with the country the office
// is of. Sentences written for the test.
func TestLeftOfficeAs(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, person, country, label string }{
		{"Ms Harlow resigned as home secretary over the visa affair.", "person:harlow", "GBR", "Interior Minister"},
		{"Raul Vega stepped down as Chile's foreign minister in March.", "person:raul-vega", "CHL", "Foreign Minister"},
	} {
		doc := x.extract(Article{ID: "t", Published: "2009-06-02"}, tt.text)
		role := false
		for _, r := range doc.Relations {
			if r.Type == RelRole && r.Head == tt.person && r.Label == tt.label {
				role = true
				if r.Since != "" || r.Until == "" && !r.Past {
					t.Errorf("%q: role %+v not ended", tt.text, r)
				}
			}
		}
		if !role {
			t.Errorf("%q: no %s role for %s\n%s", tt.text, tt.label, tt.person, dumpDoc(doc))
		}
		for _, e := range doc.Entities {
			if e.ID == tt.person && e.Country != tt.country {
				t.Errorf("%q: %s country %q, want %q", tt.text, e.ID, e.Country, tt.country)
			}
		}
	}
}

// TestOneStateMinistries checks that a ministry whose name belongs to one
// state gives that state, and that a name several states use does not.
// Sentences written for the test.
func TestOneStateMinistries(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, id, country string }{
		{"A Home Office spokesman denied the visa rules had changed.", "org:gbr-interior-ministry", "GBR"},
		{"The Department for International Development sent tents to Malawi.", "org:gbr-development-ministry", "GBR"},
		{"The German foreign office said the talks had failed.", "org:deu-foreign-ministry", "DEU"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Entities {
			if e.ID == tt.id {
				found = e.Country == tt.country
			}
		}
		if !found {
			t.Errorf("%q: no %s of %s\n%s", tt.text, tt.id, tt.country, dumpDoc(doc))
		}
	}
}

// TestPairTakesActDate checks that "the two men" going on with the act
// of the sentence before takes that act's day when it states none, and
// nothing when that act's day came from the publication only. Sentences
// written for the test.
func TestPairTakesActDate(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, want string }{
		{"Foreign Minister Lena Holt of Norway met Foreign Minister Ivo Brandt of Austria in Geneva on Tuesday. The two men discussed fishing rights.", "2020-06-02"},
		{"Foreign Minister Lena Holt of Norway met Foreign Minister Ivo Brandt of Austria in Geneva. The two men discussed fishing rights.", "2020-06-05"},
	} {
		doc := x.extract(Article{ID: "t", Published: "2020-06-05"}, tt.text)
		n := 0
		for _, e := range doc.Events {
			if e.Trigger == "discussed" {
				n++
				if e.Date != tt.want {
					t.Errorf("%q: %s>%s dated %q, want %q", tt.text, e.Source, e.Target, e.Date, tt.want)
				}
			}
		}
		if n == 0 {
			t.Errorf("%q: no event for 'discussed'\n%s", tt.text, dumpDoc(doc))
		}
	}
}
