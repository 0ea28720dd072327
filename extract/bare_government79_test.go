package extract

import (
	"slices"
	"testing"
)

// TestBareBodyArgument: a bare "the government" right after a verb trigger
// ("accused the government of ...", "took legal action against the
// government") is the government of the country the article is about (named
// most, at least twice as often as any other), even when another was named;
// with two named as often, no target. A bare "the authorities", "police" or
// "regulators" (after a verb trigger and "with", or as a subject) is the body
// of that sector (sectors.tsv) of the one state whose bodies the article has
// named (a foreign firm's own country does not count); with a second country
// named, or a word that says whose ("across Europe"), it keeps no country.
// Both go through bareBodyCountry. Texts written for the test.
func TestBareBodyArgument(t *testing.T) {
	checkEventTargets(t, newTestExtractor(t), []eventTargetCase{
		{
			name:    "accused, one country leads",
			text:    "Ireland will hold a vote on the new treaty. Polls in Ireland suggest a narrow result, as in Denmark. Opposition leader Mary Doyle said the wording was fair. But she accused the government of hiding the costs of the deal.",
			source:  "person:mary-doyle",
			trigger: "accused",
			target:  "org:irl-government",
		},
		{
			name:    "legal action against, one country leads",
			text:    "Norway has paid compensation to a former soldier. Norwegian veterans say he was badly treated in Norway after his return from Sweden. Ole Berg said the sum was too small. Last year Ole Berg took legal action against the government over his pension.",
			source:  "person:ole-berg",
			trigger: "took legal action",
			target:  "org:nor-government",
		},
		{
			name:    "two states named as often",
			text:    "Ghana and Togo have signed a border deal. Critics in Ghana and Togo say it is unfair. Kofi Mensah said the deal was rushed. Kofi Mensah accused the government of ignoring farmers.",
			source:  "person:kofi-mensah",
			trigger: "accused",
		},
		{
			name:    "foreign firm, one state's body named",
			text:    "Swedish lender Nordvik Bank faces a fraud inquiry in Poland. The Polish finance ministry said it had found signs of false accounting at Nordvik Bank. Nordvik Bank said it would cooperate fully with the authorities.",
			source:  "org:nordvik-bank",
			trigger: "cooperate",
			target:  "org:pol-government",
		},
		{
			name:    "police as subject, one state's body named",
			text:    "Danish courier firm Hurtig Post has lost hundreds of parcels. The Chilean customs service said the parcels had been stolen at a depot. Police are investigating the thefts at the depot.",
			source:  "org:chl-police",
			trigger: "investigating",
		},
		{
			name:    "police, a second country named as a place",
			text:    "Kenya has tightened its border checks. Officials in Kenya said smugglers had crossed from Uganda. Kenyan customs staff seized guns in Kenya last week. The trader Joseph Otieno said he would cooperate with police.",
			source:  "person:joseph-otieno",
			trigger: "cooperate with",
			target:  "group:police",
		},
		{
			name:    "modified noun says whose",
			text:    "Swedish lender Nordvik Bank faces a fraud inquiry in Poland. The Polish finance ministry said it had found signs of false accounting. Nordvik Bank said it would cooperate fully with regulators across Europe.",
			source:  "org:nordvik-bank",
			trigger: "cooperate",
		},
		{
			name:    "two states' bodies named",
			text:    "Swedish lender Nordvik Bank faces fraud inquiries in Poland and Hungary. The Polish finance ministry and the Hungarian finance ministry said they had found signs of false accounting. Nordvik Bank said it would cooperate fully with the authorities.",
			source:  "org:nordvik-bank",
			trigger: "cooperate",
		},
	})
}

// eventTargetCase is a text, the source and trigger of the event checked
// and the target it must have ("" for none).
type eventTargetCase struct {
	name, text, source, trigger string
	target                      string
}

// checkEventTargets extracts each case's text and compares the target of the
// event with the case's source and trigger.
func checkEventTargets(t *testing.T, x *Extractor, tests []eventTargetCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			i := slices.IndexFunc(doc.Events, func(e Event) bool { return e.Source == tt.source && e.Trigger == tt.trigger })
			if i < 0 {
				t.Fatalf("no %q of %s in %v", tt.trigger, tt.source, eventKeys(doc))
			}
			if got := doc.Events[i].Target; got != tt.target {
				t.Errorf("target %q, want %q", got, tt.target)
			}
		})
	}
}
