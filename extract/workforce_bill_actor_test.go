package extract

import (
	"strings"
	"testing"
)

// TestWorkforceBillActors: the people of a named employer act as a group of
// their own ("Kestrel workers"), even when the name opens the sentence; a
// measure numbered after its chamber ("Assembly Bill 12") is no actor, so
// the chamber that votes on it keeps the act; "the PA" is the Palestinian
// Authority. Texts written for the test.
func TestWorkforceBillActors(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // a substring of one event key; "" = no event expected
	}{
		// A firm's name before workers at the start of the sentence.
		{"Kestrelwerk union workers said they would not call off the strike until wages rose.", "group:kestrelwerk-union-workers>"},
		{"Dunmore employees said they will not end the strike before the talks resume.", "group:dunmore-employees>"},
		// A capital any first word has is not a firm's name.
		{"Senior officials said they will not end the strike.", ""},
		// A numbered measure named after its chamber is not the chamber.
		{"The Idaho Senate rejected Senate Bill 1182 by a wide margin.", "120 org:usa-parliament>"},
		{"The Oregon Senate rejected Senate Joint Resolution 7 on Monday.", "120 org:usa-parliament>"},
		// The acronym of the Palestinian Authority.
		{"After talks with Egypt, the PA lifted its ban on imports of Israeli fruit.", "org:palestinian-authority>"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if tt.want == "" {
				if len(keys) > 0 {
					t.Errorf("events %v, want none", keys)
				}
				return
			}
			for _, k := range keys {
				if strings.Contains(k, tt.want) {
					return
				}
			}
			t.Errorf("events %v, want one with %q", keys, tt.want)
		})
	}
}
