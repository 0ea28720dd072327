package extract

import "testing"

// TestReportPossessive: the owner of a possessive that opens what a later
// verb of saying reports is spoken of, so a "he" of the next sentences
// still goes back to the one the paragraph follows; in a plain statement
// the owner stays the topic. Texts written for the test.
func TestReportPossessive(t *testing.T) {
	x := newTestExtractor(t)
	checkSourceNever(t, x, []sourceNeverCase{
		{
			name:   "the owner spoken of before a bare-title speaker",
			text:   "Green leader Adam Bandt attacked the budget of Jim Hunt on Wednesday. Mr Hunt's budget was all about winning seats, the Green leader said. He also accused the government and the treasurer of wasting public money.",
			source: "person:adam-bandt",
			never:  "person:jim-hunt",
		},
		{
			name:   "a plain statement keeps the owner as the topic",
			text:   "Foreign Minister Tom Lund flew to Norway on Monday. Opposition spokesman Ben Carter argued: \"The visit sends the wrong message.\" Mr Lund's trip is part of regular talks with Norwegian ministers. He will meet Norwegian Prime Minister Erna Solberg to discuss fishing quotas.",
			source: "person:tom-lund",
			never:  "person:ben-carter",
		},
	})
}
