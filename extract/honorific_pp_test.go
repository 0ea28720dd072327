package extract

import "testing"

// TestHonorificInPhrase checks that a person named with an honorific after
// a preposition ("according to Ms Varga", "in the trial of Mr Olsen") sits
// in that prepositional phrase and is not the subject of the clause: the
// actor after the comma did what the verb says. Without the honorific the
// phrase was already seen. Sentences written for the test.
func TestHonorificInPhrase(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, source, not string
	}{
		{"According to Ms Varga, Chile accused Peru of breaking the accord.", "country:CHL", "person:varga"},
		{"According to Dr Okafor, Ghana criticised Togo over the border closure.", "country:GHA", "person:okafor"},
		{"Speaking at the trial of Mr Olsen, Norway accused Sweden of hiding evidence.", "country:NOR", "person:olsen"},
		{"According to Lord Hale, Ireland had warned Britain in a letter on 3 May 2004 that the plan was unlawful.", "country:IRL", "person:hale"},
	} {
		doc := x.extract(Article{ID: "t", Published: "2005-02-01"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if e.Source == tt.not {
				t.Errorf("%q: event %s %s with source %s\n%s", tt.text, e.Cameo, e.Trigger, e.Source, dumpDoc(doc))
			}
			if e.Source == tt.source {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no event with source %s\n%s", tt.text, tt.source, dumpDoc(doc))
		}
	}
}
