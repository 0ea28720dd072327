package extract

import "testing"

// TestCommitmentReaffirmed checks that a commitment reaffirmed or
// reiterated is support (051) for whom it is made to, and that the body
// the speaker holds office in, owning the commitment, is not its target:
// the UN chief restating "the UN's commitment to" a country supports the
// country. A commitment to a course of action, made to no one, is no
// event. Sentences written for the test.
func TestCommitmentReaffirmed(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, source, country, not string // country: the target's
	}{
		{"Paraguayan President Luis Bareiro reaffirmed his government's commitment to Taiwan on Monday.", "person:luis-bareiro", "TWN", ""},
		{"The Danish foreign minister renewed Denmark's commitment to Ukraine.", "org:dnk-government", "UKR", ""},
		{"United Nations Secretary-General Ingrid Solberg reiterated the UN's commitment to supporting Haiti's recovery.", "person:ingrid-solberg", "HTI", "org:un"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		country := map[string]string{}
		for _, en := range doc.Entities {
			country[en.ID] = en.Country
		}
		found := false
		for _, e := range doc.Events {
			if e.Cameo == "051" && e.Source == tt.source && e.Target != "" && country[e.Target] == tt.country {
				found = true
			}
			if tt.not != "" && e.Target == tt.not {
				t.Errorf("%q: %s has target %s", tt.text, e.Trigger, tt.not)
			}
		}
		if !found {
			t.Errorf("%q: no 051 %s>(%s)\n%s", tt.text, tt.source, tt.country, dumpDoc(doc))
		}
	}
	doc := x.extract(Article{ID: "t"}, "The Kenyan Red Cross reiterated its commitment to work with village committees in the north.")
	for _, e := range doc.Events {
		if e.Cameo == "051" {
			t.Errorf("a commitment to act made an event: %s %s>%s [%s]", e.Cameo, e.Source, e.Target, e.Trigger)
		}
	}
}
