package extract

import "testing"

// TestInTalksWith: a subject that "is in talks with" or "remains in
// negotiations with" someone is a side of the talks; talks "about" a thing
// with no partner named give no event. Sentences written for the test.
func TestInTalksWith(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Norway is in talks with Sweden over a shared pipeline.", "talks", "country:NOR"},
		{"Kenya said it was still in direct negotiations with Uganda on the border.", "negotiations", "country:KEN"},
		{"Chile remains in talks with Peru about fishing rights.", "talks", "country:CHL"},
		{"The Danish government is in talks about whether to let Norwegian ships dock.", "talks", ""},
	})
}
