package extract

import "testing"

// TestRefusalAimedAtAsker checks that a refusal ending on "to" ("refused to
// grant", "declined to answer") is aimed through the verb after it at
// whoever asked, when that verb acts on a thing asked of someone ("a plea
// from", "a request from"), whether the tree hangs the "from" phrase on the
// thing or on the verb; and that what the verb after "to" acts on is no
// target of the refusal when nothing is asked ("refused to send troops").
func TestRefusalAimedAtAsker(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text, cameo, target string // target: entity name, "" for none
	}{
		{"The Peruvian parliament refused to grant a plea from defence ministers on Monday.", "120", "defence ministers"},
		{"Senator Ana Ruiz refused to reply to a request from 40 MPs to publish the figures.", "120", "MPs"},
		{"The Chilean cabinet refused to send troops to the border.", "120", ""},
	}
	for _, tt := range tests {
		var got []string
		ok := false
		for _, ev := range namedEvents(x.extract(Article{ID: "t"}, tt.text)) {
			got = append(got, ev.cameo+">"+ev.target)
			ok = ok || ev.cameo == tt.cameo && ev.target == tt.target
		}
		if !ok {
			t.Errorf("%q: want %s >%q, got %q", tt.text, tt.cameo, tt.target, got)
		}
	}
}
