package extract

import "testing"

// TestOwnedModifierNoTarget checks that a country named between a
// possessive pronoun and a noun ("its Japanese launch") is no target of
// the act, while a word for another state after it ("its Iraqi
// counterpart") keeps the state. Texts written for the test.
func TestOwnedModifierNoTarget(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, target string
		want         bool
	}{
		{"Nintendo has promised to have two million consoles ready for its Japanese launch.", "country:JPN", false},
		{"Turkey's foreign minister met his Iraqi counterpart in Ankara.", "org:irq-government", true},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Target == tt.target {
				found = true
			}
		}
		if found != tt.want {
			t.Errorf("%q: event aimed at %s found %v, want %v\n%s", tt.text, tt.target, found, tt.want, dumpDoc(doc))
		}
	}
}
