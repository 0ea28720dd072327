package extract

import "testing"

// TestPossessivePronounTarget pins where a possessive pronoun names the
// target. Inside a frame trigger ("blocked its application") the pronoun's
// owner is the nearest actor named before the verb (possessorInGap). After a
// plain verb trigger ("backed her appointment", "criticised her party") the
// target stays empty: target86 tried reading the pronoun there the same way
// and it named the wrong person as often as the right one on the BBC corpus
// (the owner is often the sentence's subject or the doer itself, not the
// nearest other name), with no plv-dev or PLOVER dev sentence changed.
// Texts written for the test.
func TestPossessivePronounTarget(t *testing.T) {
	checkEventTargets(t, newTestExtractor(t), []eventTargetCase{
		{
			name:    "pronoun inside a frame trigger",
			text:    "After Bolivia applied to join the bloc, Chile blocked its application on Monday.",
			source:  "country:CHL",
			trigger: "blocked its application",
			target:  "country:BOL",
		},
		{
			name:    "after a verb, owner is the subject far before",
			text:    "Lena Vogt will have to steer between Chancellor Otto Brandt and interior minister Karl Weiss, who also backed her appointment.",
			source:  "person:karl-weiss",
			trigger: "backed",
		},
		{
			name:    "after a verb, the doer's own party",
			text:    "Kenyan senator Grace Wanjiru spoke after meeting Ugandan envoy Moses Okello, and Wanjiru said she criticised her party for its silence.",
			source:  "person:grace-wanjiru",
			trigger: "criticised",
		},
	})
}
