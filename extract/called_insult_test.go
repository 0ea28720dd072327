package extract

import (
	"slices"
	"testing"
)

// TestCalledAnInsult checks the frame "call|brand|label|dub X a <insult>"
// as criticism (111) of X, and that other namings stay uncoded. Sentences
// written for the test.
func TestCalledAnInsult(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text string
		want []string // "cameo source target"
	}{
		{"President Nicolas Maduro called Ivan Duque a liar on Sunday.", []string{"111 person:nicolas-maduro person:ivan-duque"}},
		{"Chancellor Merkel branded Recep Tayyip Erdogan a dictator.", []string{"111 person:angela-merkel person:recep-tayyip-erdogan"}},
		// A naming that is no insult is no criticism.
		{"Chancellor Merkel called Recep Tayyip Erdogan a partner.", nil},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got []string
		for _, e := range doc.Events {
			got = append(got, e.Cameo+" "+e.Source+" "+e.Target)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: want %q, got %q\n%s", tt.text, tt.want, got, dumpDoc(doc))
		}
	}
}
