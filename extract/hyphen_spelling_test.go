package extract

import (
	"strings"
	"testing"
)

// TestCoOperateSpelling: the British spelling with a hyphen ("co-operate",
// "co-operating") is the verb the dictionaries list as "cooperate", so it
// triggers the same events; "operate" alone stays no act. Texts written
// for the test.
func TestCoOperateSpelling(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // a PLOVER type an event of the sentence must have, "" for none
	}{
		{"The Dutch bank said it would co-operate fully with the Belgian regulator.", "AGREE"},
		{"The Dutch bank said it would cooperate fully with the Belgian regulator.", "AGREE"},
		{"Norway and Sweden are co-operating on a new border crossing.", "COOPERATE"},
		{"The Dutch bank said it would operate two branches in Belgium.", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			var got []string
			for _, ev := range doc.Events {
				got = append(got, ev.Plover)
			}
			if tt.want == "" && len(got) > 0 || tt.want != "" && !strings.Contains(strings.Join(got, " "), tt.want) {
				t.Errorf("got types %v, want %q; events %v", got, tt.want, eventKeys(doc))
			}
		})
	}
}

// TestCoTokenJoined: "co-operate" is one token spelt without the hyphen,
// and its offsets still cover the whole written word; other hyphenated
// words keep their two tokens.
func TestCoTokenJoined(t *testing.T) {
	text := "They co-operated with co-workers."
	toks := tokenize(text, nil)
	var lows []string
	for _, tk := range toks {
		lows = append(lows, tk.lower)
	}
	if got := strings.Join(lows, " "); got != "they cooperated with co workers ." {
		t.Fatalf("tokens %q", got)
	}
	if tk := toks[1]; text[tk.start:tk.end] != "co-operated" {
		t.Errorf("span %q, want the written word", text[tk.start:tk.end])
	}
}
