package extract

import (
	"slices"
	"testing"
)

// TestHolderOfTheDay checks whom a bare "the prime minister" names when two
// people the dictionary calls prime minister are named and the text gives
// neither that office: the one who held it while the other held another
// office the dictionary gives (John Major was chancellor in Margaret
// Thatcher's last year), and no one when the dictionary shows no such time
// (Thatcher and Blair). No publication date, as in the BBC corpus. Texts
// written for the test.
func TestHolderOfTheDay(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text, code, source, target string
		want                             bool
	}{
		{"one held it while the other held another office",
			`Margaret Thatcher spoke to John Major about the budget at a private lunch. Later the prime minister accused France of dumping cheap steel.`,
			"112", "Margaret Thatcher", "France", true},
		{"no time both were in office",
			`Margaret Thatcher spoke to Tony Blair about the budget at a private lunch. Later the prime minister accused France of dumping cheap steel.`,
			"112", "Margaret Thatcher", "France", false},
		{"nor the later one",
			`Margaret Thatcher spoke to Tony Blair about the budget at a private lunch. Later the prime minister accused France of dumping cheap steel.`,
			"112", "Tony Blair", "France", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			if got := slices.Contains(namedEvents(doc), namedEvent{tt.code, tt.source, tt.target}); got != tt.want {
				t.Errorf("%s %s -> %s present %v, want %v; events %v", tt.code, tt.source, tt.target, got, tt.want, eventKeys(doc))
			}
		})
	}
}
