package extract

import "testing"

// TestSingleQuotedAttack: headlines quote in single quotes ("attacks the
// council's 'waste'"); a quoted word opening the object of "attack" makes
// it criticism (ACCUSE), as double quotes do (TestFightOfWords). A plural
// possessive's apostrophe ("the soldiers' camp") opens no quote, so an
// attack on it stays force. Texts written for the test.
func TestSingleQuotedAttack(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger, want string // want: the PLOVER type of the event on trigger
	}{
		{"Norwegian minister attacks Swedish 'bluster'", "attacks", "ACCUSE"},
		{"Brazilian senator attacks Chilean 'arrogance'", "attacks", "ACCUSE"},
		{"Rebels attacked the soldiers' camp near Gao in Mali.", "attacked", "ASSAULT"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			found := false
			for _, e := range doc.Events {
				if e.Trigger != tt.trigger {
					continue
				}
				found = true
				if e.Plover != tt.want {
					t.Errorf("%s %s: got %s (%s), want %s", tt.trigger, e.Source, e.Plover, e.Cameo, tt.want)
				}
			}
			if !found {
				t.Errorf("no event on %q: %v", tt.trigger, eventKeys(doc))
			}
		})
	}
}

// TestSingleQuoteMarks: which lone apostrophes open or close a quote.
func TestSingleQuoteMarks(t *testing.T) {
	toks := tokenize("the 'bluster' of the ministers' plans", nil)
	// the ' bluster ' of the ministers ' plans
	for _, tt := range []struct {
		q             int
		opens, closes bool
	}{
		{1, true, false},
		{3, false, true},
		{7, false, true}, // a plural possessive is glued before, like a closing quote
	} {
		if toks[tt.q].text != "'" {
			t.Fatalf("token %d is %q, want an apostrophe: %v", tt.q, toks[tt.q].text, toks)
		}
		if got := singleQuoteOpens(toks, tt.q); got != tt.opens {
			t.Errorf("singleQuoteOpens(%d) = %v, want %v", tt.q, got, tt.opens)
		}
		if got := singleQuoteCloses(toks, tt.q); got != tt.closes {
			t.Errorf("singleQuoteCloses(%d) = %v, want %v", tt.q, got, tt.closes)
		}
	}
}
