package extract

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestModalityStrengths: a user modality.tsv line's strength is firm, weak
// or attempt, and only a planned marker can be an attempt; anything else is
// a DictError on its line.
func TestModalityStrengths(t *testing.T) {
	for _, tt := range []struct {
		line string
		ok   bool
	}{
		{"set out to\tplanned\tattempt", true},
		{"set out to\tplanned\tweak", true},
		{"set out to\tplanned\tsometimes", false},
		{"gave up on\tnegated\tattempt", false},
	} {
		t.Run(tt.line, func(t *testing.T) {
			dir := t.TempDir()
			body := "phrase\tmodality\tstrength\n" + tt.line + "\n"
			if err := os.WriteFile(filepath.Join(dir, fileModality), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := New(Options{DictDirs: []string{dir}})
			var de *DictError
			switch {
			case tt.ok && err != nil:
				t.Errorf("error %v, want none", err)
			case !tt.ok && (!errors.As(err, &de) || de.Line != 2):
				t.Errorf("error %v, want a DictError on line 2", err)
			}
		})
	}
}
