package extract

import "testing"

// TestDisplacedOfficeHolder: a person whose office comes only from the
// dictionary, once the article has given that office's bare title to
// someone else, is the holder of another bare office of their country,
// and a later "he" is that person. Texts written for the test.
func TestDisplacedOfficeHolder(t *testing.T) {
	checkCodeSources(t, newTestExtractor(t), []codeSourceCase{
		{"Tony Blair takes his first prime minister's questions of the autumn amid gossip about his partnership with Gordon Brown. Meanwhile, the chancellor is flying to Ghana this week. But first he criticised the Conservatives over their tax plans.", "110", "person:gordon-brown"},
	})
}
