package queries

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// The story in testdata/described-story/articles.jsonl is written for this
// test in our own words about an agreement in no list: four states sign
// the Joint Charter on Baltic Salmon (JCBS) on Friday 2016-05-13; an
// outlet that never names it tells that Latvia joined "the Baltic
// fisheries charter" on Monday 2017-09-04 (a node of its own: no rule on
// one article can key that description by the acronym); a third says
// Finland stays in "the JCBS, the Baltic fisheries charter", the one
// article that ties the two; Estonia withdraws on Wednesday 2019-02-06
// under the full name. The two Agreement nodes share an AgreementName
// (known_as), so the agreement and as-of queries answer alike by any of
// its names.

// describedStoryAnswers asks the graph, by each name of the charter, its
// parties as of dates and the signings, joinings and withdrawals that
// involve it.
func describedStoryAnswers(t *testing.T, st *graph.Store) map[string][]string {
	t.Helper()
	run := queryRunner(t, st)
	out := map[string][]string{}
	for _, name := range []string{"Joint Charter on Baltic Salmon", "JCBS", "Baltic fisheries charter"} {
		for _, date := range []string{"2016-05-12", "2017-01-01", "2018-01-01", "2019-06-01"} {
			var res struct {
				Relations []struct {
					RelType string `json:"rel_type"`
					Head    struct{ Name string }
				}
			}
			run("as-of", map[string]string{"actor": name, "date": date}, &res)
			var rows []string
			for _, r := range res.Relations {
				if r.RelType == "party_to" {
					rows = append(rows, r.Head.Name)
				}
			}
			slices.Sort(rows)
			out[name+" parties "+date] = rows
		}
		var ag struct {
			Agreement []struct {
				Events []struct {
					Date   string
					Cameo  string
					Source struct{ Name string }
				}
			}
		}
		run("agreement", map[string]string{"agreement": name}, &ag)
		var evs []string
		for _, a := range ag.Agreement {
			for _, e := range a.Events {
				evs = append(evs, day(e.Date)+" "+e.Cameo+" "+e.Source.Name)
			}
		}
		slices.Sort(evs)
		out[name+" events"] = evs
	}
	return out
}

// describedStoryWant, the same by every name: no party before the signing,
// the four signatories after it, Latvia from its joining told only under
// the description, Estonia gone after its withdrawal.
func describedStoryWant() map[string][]string {
	want := map[string][]string{}
	for _, name := range []string{"Joint Charter on Baltic Salmon", "JCBS", "Baltic fisheries charter"} {
		want[name+" parties 2016-05-12"] = nil
		want[name+" parties 2017-01-01"] = []string{"Estonia", "Finland", "Poland", "Sweden"}
		want[name+" parties 2018-01-01"] = []string{"Estonia", "Finland", "Latvia", "Poland", "Sweden"}
		want[name+" parties 2019-06-01"] = []string{"Finland", "Latvia", "Poland", "Sweden"}
		want[name+" events"] = []string{
			"2016-05-13 057 Estonia", "2016-05-13 057 Finland", "2016-05-13 057 Poland", "2016-05-13 057 Sweden",
			"2017-09-04 057 Latvia", "2019-02-06 166 Estonia",
		}
	}
	return want
}

// TestDescribedAgreementStory loads the story in file order, reversed and
// in shuffled orders, each into an emptied database: by its full name, its
// acronym or the description, the charter has the same parties as of each
// date and the same events, and every order gives the same graph.
func TestDescribedAgreementStory(t *testing.T) {
	docs := knownStoryDocs(t, "described-story")
	checkStoryOrders(t, docs, storyOrders(len(docs), 2016, 2019, 2), describedStoryAnswers, describedStoryWant())
}
