package extract

import (
	"strings"
	"testing"
)

// TestPlaceTimeRun checks which words after a verb a run of place and time
// phrases covers, on phrases written for the test ("" when none).
func TestPlaceTimeRun(t *testing.T) {
	for _, tt := range []struct{ text, run string }{
		{"signed at the United Nations in New York on Wednesday 27 February by Austria", "at the United Nations in New York on Wednesday 27 February"},
		{"signed in Rome last October by France", "in Rome last October"},
		{"signed at the UN headquarters in Geneva in May 2018 by Estonia", "at the UN headquarters in Geneva in May 2018"},
		{"signed at a summit in Vienna by Austria", "at a summit in Vienna"},
		{"signed in principle by Austria", ""},               // "principle" is no name
		{"signed by Austria", ""},                            // nothing to skip
		{"signed in Paris in the hope of peace", "in Paris"}, // a phrase of no place ends the run
		{"signed on Friday, by Austria", "on Friday"},        // so does a comma
	} {
		toks := tokenize(tt.text, nil)
		k := placeTimeRun(toks, 1, len(toks))
		var words []string
		for _, tk := range toks[1:k] {
			words = append(words, tk.text)
		}
		if got := strings.Join(words, " "); got != tt.run {
			t.Errorf("%q: run %q, want %q", tt.text, got, tt.run)
		}
	}
}
