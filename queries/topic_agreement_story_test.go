package queries

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// The story in testdata/topic-story/articles.jsonl is written for this test
// in our own words about an agreement in no list: five Caspian states sign
// the Caspian Sturgeon Protection Accord on Thursday 2016-04-21, a report
// that names it says they quarrelled over fishing; another outlet, which
// never names it, calls it "Iran's fishing deal" and has Iran's foreign
// minister say Iran stays in it; Russia's withdrawal is told by two outlets
// on consecutive days ("announced on Tuesday that it is withdrawing",
// "withdrew on Tuesday"); the outlet that never names it tells that Iran
// withdrew from "the deal" on Monday 2019-09-09. The named and the
// described agreement share the descriptor "iran fishing agreement"
// (extract.Entity.Descriptors), so the queries answer for both by either
// name, and Iran's withdrawal told under the description ends its party to
// the accord signed under the name (in every order: the writer reads the
// agreements that share a name and recomputes their parties).

func topicStoryAnswers(t *testing.T, st *graph.Store) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, name := range []string{"Caspian Sturgeon Protection Accord", "Iran fishing deal"} {
		for _, date := range []string{"2017-01-01", "2019-06-01", "2019-12-01"} {
			out[name+" parties "+date] = asOfParties(t, st, name, date)
		}
	}
	out["withdrawals 2019"] = withdrawalLines(t, st, "2019-01-01", "2019-12-31")
	return out
}

// TestTopicAgreementStory loads the story in file order, reversed and in
// shuffled orders: by its name or by the description, the accord has the
// five signatories after the signing, Russia gone after its withdrawal,
// which is one event told by two outlets, and Iran gone after its
// withdrawal told under the description; every order gives the same graph.
// Without descriptors, "Iran fishing deal" answers with Iran alone. (Before
// the signing both list Iran too: the described node's party has no start,
// since "remained committed" dates nothing, and validity is per node.)
func TestTopicAgreementStory(t *testing.T) {
	docs := knownStoryDocs(t, "topic-story")
	want := map[string][]string{
		"withdrawals 2019": {
			"2019-03-05 166 Russia -> Caspian Sturgeon Protection Accord articles 2 outlets 2",
			"2019-09-09 166 Iran -> Iran fishing deal articles 1 outlets 1",
		},
	}
	for _, name := range []string{"Caspian Sturgeon Protection Accord", "Iran fishing deal"} {
		want[name+" parties 2017-01-01"] = []string{"Azerbaijan", "Iran", "Kazakhstan", "Russia", "Turkmenistan"}
		want[name+" parties 2019-06-01"] = []string{"Azerbaijan", "Iran", "Kazakhstan", "Turkmenistan"}
		want[name+" parties 2019-12-01"] = []string{"Azerbaijan", "Kazakhstan", "Turkmenistan"}
	}
	checkStoryOrders(t, docs, storyOrders(len(docs), 2016, 2021, 1), topicStoryAnswers, want)
}
