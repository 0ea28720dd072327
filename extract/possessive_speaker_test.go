package extract

import "testing"

// TestBareApostropheOwnerActsNot: a glued apostrophe after a name ending in
// "s" is a possessive like "'s" ("Morris' solicitor Ann Lee criticised"):
// the person possessed acts, not the owner named before. Texts written for
// the test.
func TestBareApostropheOwnerActsNot(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct{ text, want, not string }{
		{"A jury said that the trader, Paul Morris, should pay a fine. Later Morris' solicitor Ann Lee criticised the fine.", "person:ann-lee", "person:paul-morris"},
		{"Officials say that the singer, Kate Rhodes, must stay in custody. But Rhodes' attorney Tim Vance condemned the ruling.", "person:tim-vance", "person:kate-rhodes"},
	} {
		doc := x.extract(Article{ID: "t"}, tc.text)
		got := false
		for _, e := range doc.Events {
			if e.Source == tc.not {
				t.Errorf("%q: owner %s made the source\n%s", tc.text, tc.not, dumpDoc(doc))
			}
			got = got || e.Source == tc.want
		}
		if !got {
			t.Errorf("%q: want an event by %s\n%s", tc.text, tc.want, dumpDoc(doc))
		}
	}
}
