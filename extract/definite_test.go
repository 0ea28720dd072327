package extract

import (
	"strings"
	"testing"
)

// TestDefiniteDescriptions checks whom a bare title ("the prime minister")
// or a body noun ("the company") stands for in an article: the holder or
// body named last before it, of the same state; no one when none was
// named. Articles written for the test, a headline and paragraphs on
// lines of their own.
func TestDefiniteDescriptions(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name    string
		text    string
		trigger string
		source  string // "" for no event with the trigger
		country string // the source's country, when given
		not     string // a source the event must not have
	}{
		{
			name: "bare title resolved",
			text: "Varga vows to guard border\n\nHungarian Prime Minister Elena Varga flew to Vienna on Monday for talks on migration.\n\n" +
				"The prime minister later condemned Serbia for the border raid.",
			trigger: "condemned", source: "person:elena-varga", country: "HUN",
		},
		{
			name: "no holder named before: the role of no country, not the last country",
			text: "Trade pact signed\n\nChile and Peru signed a trade pact in Lima on Friday.\n\n" +
				"The minister later condemned Bolivia for closing the border.",
			trigger: "condemned", source: "group:minister",
		},
		{
			name: "a person last a subject outside the lead does not take the office",
			text: "Detainee plans to sue\n\nA man held abroad for two years plans to sue the government, it is reported.\n\n" +
				"Tomas Ruiz said he had been held without charge. The foreign minister condemned Bolivia and Chile for the arrest.",
			trigger: "condemned", not: "person:tomas-ruiz",
		},
		{
			name: "the lead's person takes the office at its first use",
			text: "Ruiz attacks ruling\n\nTomas Ruiz has attacked the court's ruling on detention, saying it puts lives at risk.\n\n" +
				"The foreign minister condemned Bolivia and Chile for the arrest.",
			trigger: "condemned", source: "person:tomas-ruiz",
		},
		{
			name: "two holders of the title: the one named last",
			text: "Ministers meet in Lisbon\n\nSpanish Foreign Minister Ana Ruiz met Portuguese Foreign Minister Rui Matos in Lisbon on Monday.\n\n" +
				"Ms Ruiz then flew to Rabat. The foreign minister condemned Morocco for the raid.",
			trigger: "condemned", source: "person:ana-ruiz", country: "ESP",
		},
		{
			name: "two holders of the title, the other order",
			text: "Ministers meet in Lisbon\n\nSpanish Foreign Minister Ana Ruiz met Portuguese Foreign Minister Rui Matos in Lisbon on Monday.\n\n" +
				"Mr Matos then flew to Rabat. The foreign minister condemned Morocco for the raid.",
			trigger: "condemned", source: "person:rui-matos", country: "PRT",
		},
		{
			name: "an office of another state is not taken",
			text: "Raid condemned\n\nGerman Interior Minister Karl Weber met police chiefs in Berlin on Monday.\n\n" +
				"The home secretary condemned Iran for the raid.",
			trigger: "condemned", not: "person:karl-weber",
		},
		{
			name: "a dictionary's office held by one person named",
			text: "Leaders meet in London\n\nTony Blair met Jacques Chirac in London on Monday.\n\n" +
				"The prime minister later condemned Syria for the attack.",
			trigger: "condemned", source: "person:tony-blair",
		},
		{
			name: "a dictionary's office held by two persons named: neither",
			text: "Leaders meet in London\n\nTony Blair met Gordon Brown in London on Monday.\n\n" +
				"The prime minister later condemned Syria for the attack.",
			trigger: "condemned", not: "person:gordon-brown",
		},
		{
			name: "the company is the firm last a subject",
			text: "Talks on steel merger\n\nNorwegian steel firm Norsk Stal said on Monday that it would buy a stake in a Polish mill owned by Orlen.\n\n" +
				"The company also criticised Belarus for the delay.",
			trigger: "criticised", source: "org:norsk-stal",
		},

		{
			name: "the party is the party named last",
			text: "Manifesto launched\n\nThe Labour Party set out its tax plans in Leeds on Monday.\n\n" +
				"The party also criticised Belarus for the arrests.",
			trigger: "criticised", source: "org:uk-labour-party",
		},
		{
			name: "two parties named together: the party is neither",
			text: "Manifestos launched\n\nThe Labour Party and the Liberal Democrats set out their tax plans on Monday.\n\n" +
				"The party also criticised Belarus for the arrests.",
			trigger: "criticised", source: "",
		},
		{
			name: "the country is the country named last",
			text: "Gas price rise\n\nUkraine raised the price of gas for households on Monday.\n\n" +
				"The country also accused Moldova of stealing supplies.",
			trigger: "accused", source: "country:UKR",
		},
		{
			name: "two countries in the last sentence naming one: the country is neither",
			text: "Gas price rise\n\nUkraine and Poland raised the price of gas for households on Monday.\n\n" +
				"The country also accused Moldova of stealing supplies.",
			trigger: "accused", source: "",
		},
		{
			name: "a country named long before is not the country",
			text: "Donor quits\n\nA businessman who gave money to the party criticised the war in Iraq on Monday.\n\n" +
				"He said he would give no more. He runs hotels in the north. His spokesman said talks had ended. " +
				"The country then accused Moldova of stealing supplies.",
			trigger: "accused", source: "",
		},
		{
			name: "the newspaper is not a broadcaster",
			text: "Interview row\n\nThe minister told the BBC on Monday that she would stay.\n\n" +
				"The newspaper then accused Moldova of stealing supplies.",
			trigger: "accused", not: "org:bbc",
		},
		{
			name: "the government opening a clause is the last subject's country's",
			text: "Copper talks\n\nPeru and Chile held talks on copper prices in Lima on Monday.\n\n" +
				"Chilean miner Andes Cobre then asked for a price rise. The government later criticised Bolivia for the delay.",
			trigger: "criticised", source: "org:chl-government",
		},
		{
			name: "the government after a subject of two countries: neither",
			text: "Copper talks\n\nPeru and Chile held talks on copper prices in Lima on Monday.\n\n" +
				"The government later criticised Bolivia for the delay.",
			trigger: "criticised", source: "",
		},
		{
			name: "the firm with no firm named: no actor",
			text: "Poll date set\n\nVoters in Chile and Peru will go to the polls in May.\n\n" +
				"The firm criticised Bolivia for the delay.",
			trigger: "criticised", source: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			got := checkTriggerSource(t, doc, tt.trigger, tt.source, tt.not)
			if tt.country == "" || len(got) == 0 {
				return
			}
			for _, e := range doc.Entities {
				if e.ID == got[0] && e.Country != tt.country {
					t.Errorf("%s: want country %s, got %q", e.ID, tt.country, e.Country)
				}
			}
		})
	}
}

// TestDefinitePair checks whom "the two countries" opening a clause stands
// for: the two countries named last, when no third was named with them. Articles written for the
// test.
func TestDefinitePair(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text, trigger string
		sources             []string // the events' sources, in any order; none for no event
	}{
		{
			name: "the two countries named last",
			text: "Fishing accord\n\nChile will let boats from Peru fish in its waters, officials said on Monday.\n\n" +
				"Prices of fish fell in Lima. The two countries also signed a mining accord.",
			trigger: "signed", sources: []string{"country:CHL", "country:PER"},
		},
		{
			name: "three countries named with the earlier one: no pair",
			text: "Fishing accord\n\nChile, Bolivia and Peru met in Lima on Monday.\n\n" +
				"The two countries also signed a mining accord.",
			trigger: "signed",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			got := map[string]bool{}
			for _, e := range doc.Events {
				if strings.Contains(e.Trigger, tt.trigger) && e.Source != "" {
					got[e.Source] = true
				}
			}
			want := map[string]bool{}
			for _, s := range tt.sources {
				want[s] = true
			}
			if len(got) != len(want) {
				t.Fatalf("want %q done by %q, got %v\n%s", tt.trigger, tt.sources, got, dumpDoc(doc))
			}
			for s := range want {
				if !got[s] {
					t.Errorf("want %q done by %q, got %v\n%s", tt.trigger, tt.sources, got, dumpDoc(doc))
				}
			}
		})
	}
}

// checkTriggerSource checks the sources of doc's events whose trigger is
// trigger: none of them is not (when not is set), else the first is source,
// or there is none when source is "". It returns the sources.
func checkTriggerSource(t *testing.T, doc Document, trigger, source, not string) []string {
	t.Helper()
	got := triggerSources(doc, trigger)
	switch {
	case not != "":
		for _, s := range got {
			if s == not {
				t.Errorf("want %q not done by %s\n%s", trigger, not, dumpDoc(doc))
			}
		}
	case source == "" && len(got) > 0:
		t.Errorf("want no %q event, got sources %q\n%s", trigger, got, dumpDoc(doc))
	case source != "" && (len(got) == 0 || got[0] != source):
		t.Errorf("want %q done by %s, got %q\n%s", trigger, source, got, dumpDoc(doc))
	}
	return got
}
