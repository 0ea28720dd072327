package extract

import "testing"

// TestPersonNamedBefore checks that "he" or "she" after the one person its
// sentence names, with no subject before it, stands for that person rather
// than the last person subject of the sentences before. Sentences written
// for the test.
func TestPersonNamedBefore(t *testing.T) {
	checkSources(t, []sourceCase{
		// the person named earlier in the sentence, as a possessor
		{"Gerhard Schroeder has called the visit a failure. But it was remembered as a lively day, mainly because it came with Lionel Jospin's own clash - when he assaulted a heckler.", "assaulted", "person:lionel-jospin"},
		// the same after a question the splitter keeps in the sentence
		{"Gerhard Schroeder has called the visit a failure. The hardest part is for Lionel Jospin - can he win? He insists he will not attack Italy.", "attack", "person:lionel-jospin"},
		// "he" and "him" are two people: the one named may be "him"
		{"Gerhard Schroeder has called the visit a failure. The tour was hard for Lionel Jospin, but he also attacked him on television.", "attacked", "person:gerhard-schroeder"},
	})
}
