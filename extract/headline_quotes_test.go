package extract

import "testing"

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
