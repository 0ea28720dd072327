package extract

import "testing"

// TestCauseClauseDoer checks that a passive killing followed by a "when",
// "after" or "as" clause telling an attack takes that attack's doer, not
// unidentified attackers of the country it happened in. Sentences written
// for the test.
func TestCauseClauseDoer(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Five villagers were killed when Malian troops shelled a market near Gao.", "killed", "org:mli-military"},
		{"Nine farmers were wounded in Mali on Tuesday as al-Shabab fighters raided the village.", "wounded", "org:al-shabab"},
		// no attack in the clause after: the attackers stay unidentified
		{"Five villagers were killed in Mali when the rains came.", "killed", "org:mli-unidentified-attackers"},
		// the clause after names the victims or no doer: still unidentified
		{"Five Malian soldiers were killed in Mali when they came under attack near Gao.", "killed", "org:mli-unidentified-attackers"},
		{"Five Malian soldiers were killed in Mali when their convoy was ambushed near Gao.", "killed", "org:mli-unidentified-attackers"},
	})
}
