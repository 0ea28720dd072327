package extract

import (
	"slices"
	"testing"
)

// TestDesireAndPollModality: an act after a verb or adjective of desire is
// planned; what a poll's respondents answer and what a ruling says someone
// may not do are no act. Texts written for the test.
func TestDesireAndPollModality(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text     string
		trigger  string // first word of the event's trigger
		modality string // "" when no event should be made
	}{
		{"Chile's state miner Codelco is seeking to buy 20% of the Peruvian smelter Southern Andes.", "buy", ModalityPlanned},
		{"Officials said Bolivia was looking to buy 10% of the Argentine pipeline firm Gasandes.", "buy", ModalityPlanned},
		{"A Le Monde survey found that 58% supported the pension reform.", "supported", ""},
		{"Danish voters would reject the euro by a wide margin, according to a poll published on Sunday.", "reject", ""},
		{"The supreme court ruled on Monday that the Italian government could not sue the shipping firms.", "sue", ""},
		{"The Italian government sued the shipping firms on Monday.", "sued", ModalityAsserted},
	} {
		checkTriggerModality(t, x, tt.text, tt.trigger, tt.modality)
	}
}

// TestPollFinding: the respondents' answer in a poll's finding, named
// after the finding verb or before it with "they" after it; not an act a
// poll reports of someone named. Texts written for the test.
func TestPollFinding(t *testing.T) {
	for _, tt := range []struct {
		text, word string
		want       bool
	}{
		{"In the Ipsos survey, 41% said they opposed the pension reform.", "opposed", true},
		{"A survey of 2,000 adults found most backed the new curfew.", "backed", true},
		{"A survey of 2,000 adults found the Senate backed the new curfew.", "backed", false},
		{"When Chile went to the polls, the army withdrew from the capital.", "withdrew", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			toks := tokenize(tt.text, nil)
			k := slices.IndexFunc(toks, func(tk token) bool { return tk.lower == tt.word })
			if got := pollFinding(toks, trigger{i: k, j: k + 1}); got != tt.want {
				t.Errorf("pollFinding(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
