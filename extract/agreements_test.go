package extract

import (
	"slices"
	"strings"
	"testing"
)

func agreementIDs(doc Document) []string {
	var out []string
	for _, e := range doc.Entities {
		if e.Kind == KindAgreement {
			out = append(out, e.ID)
		}
	}
	slices.Sort(out)
	return out
}

func parties(doc Document) []string {
	var out []string
	for _, r := range doc.Relations {
		if r.Type == RelPartyTo {
			out = append(out, r.Head+">"+r.Tail+" "+r.Since+".."+r.Until)
		}
	}
	slices.Sort(out)
	return out
}

// TestAgreements checks agreements found by shape and by reference, their
// keys across articles, and the parties the text makes, on sentences
// written for the test.
func TestAgreements(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		agreements []string // agreement IDs of the document
		parties    []string // party_to relations, "head>tail since..until"
	}{
		{
			name:       "full name keyed by its acronym",
			text:       "Chile and Peru signed the Pacific Coast Fisheries Convention in Lima on Friday.",
			agreements: []string{"agreement:pcfc"},
			parties:    []string{"country:CHL>agreement:pcfc 2019-03-01..", "country:PER>agreement:pcfc 2019-03-01.."},
		},
		{
			name:       "acronym alone in apposition meets the full name",
			text:       "Peru pulled out of the PCFC, the regional fisheries accord, on Monday.",
			agreements: []string{"agreement:pcfc"},
		},
		{
			name:       "treaty of a place, and a reference back",
			text:       "Estonia and Latvia ratified the Treaty of Valga on Monday. The treaty fixes their border.",
			agreements: []string{"agreement:treaty-of-valga"},
			parties:    []string{"country:EST>agreement:treaty-of-valga 2019-03-04..", "country:LVA>agreement:treaty-of-valga 2019-03-04.."},
		},
		{
			name:       "a description keyed by state and topic",
			text:       "Iran's nuclear deal was discussed again. Officials said the nuclear agreement with Iran still held.",
			agreements: []string{"agreement:iran-nuclear-agreement"},
		},
		{
			name: "passive signing by many states, one of them withdrawing later, one threatening",
			text: "The Danube Water Charter was signed on Friday by Austria, Hungary, Slovakia, Serbia and Romania. " +
				"Hungary withdrew from the charter on Tuesday. Serbia threatened to leave the charter too.",
			agreements: []string{"agreement:dwc"},
			parties: []string{
				"country:AUT>agreement:dwc 2019-03-01..", "country:HUN>agreement:dwc 2019-03-01..2019-03-05",
				"country:ROU>agreement:dwc 2019-03-01..", "country:SRB>agreement:dwc 2019-03-01..",
				"country:SVK>agreement:dwc 2019-03-01..",
			},
		},
		{
			name:       "an agreement reached, named in the article, absorbs its descriptions",
			text:       "Georgia and Armenia reached an agreement on Sunday. The transit deal, called the Caucasus Rail Accord, opens the line.",
			agreements: []string{"agreement:cra"},
			parties:    []string{"country:ARM>agreement:cra 2019-03-03..", "country:GEO>agreement:cra 2019-03-03.."},
		},
		{
			name:       "an agreement reached and never named is known by its parties",
			text:       "Georgia and Armenia reached a transit agreement on Sunday.",
			agreements: []string{"agreement:armenia-georgia-transit-agreement"},
			parties: []string{"country:ARM>agreement:armenia-georgia-transit-agreement 2019-03-03..",
				"country:GEO>agreement:armenia-georgia-transit-agreement 2019-03-03.."},
		},
		{
			name:       "a formal name written in lower case is that name",
			text:       "Peru left the regional fisheries accord. Chile said on Monday it would respect the joint convention on Pacific fisheries. Peru said the joint convention on Pacific coast fisheries was dead.",
			agreements: []string{"agreement:jcpf"},
		},
		{
			name: "a formal name in lower case stays apart from another agreement the article names",
			text: "Chile said on Monday it would respect the joint convention on Pacific fisheries. " +
				"It also signed the Treaty of Valga.",
			agreements: []string{"agreement:jcpf", "agreement:treaty-of-valga"},
			parties:    []string{"country:CHL>agreement:treaty-of-valga 2019-03-05.."},
		},
		{
			name:       "the plan of action in lower case",
			text:       "Iran said on Monday it would keep to the joint comprehensive plan of action.",
			agreements: []string{"agreement:jcpoa"},
		},
		{
			name: "lower-case words after an agreement noun that make no name",
			text: "The agreement of the local council is needed. The framework for trade talks was set. They reached the agreement on trade.",
		},
		{
			name: "remaining committed to or staying in an agreement confirms a party, with no dates",
			text: "The Danube Water Charter was signed on Friday by Austria, Hungary, Slovakia and Serbia. " +
				"Austria said it remained committed to the charter. Croatia will stay in the Danube Water Charter, its premier said. " +
				"Hungary withdrew from the charter on Tuesday.",
			agreements: []string{"agreement:dwc"},
			parties: []string{
				"country:AUT>agreement:dwc 2019-03-01..", "country:HRV>agreement:dwc ..",
				"country:HUN>agreement:dwc 2019-03-01..2019-03-05", "country:SRB>agreement:dwc 2019-03-01..",
				"country:SVK>agreement:dwc 2019-03-01..",
			},
		},
		{
			name:       "a name given after 'known as' is the agreement described",
			text:       "Chile and Peru signed a fisheries pact in May 2016. The pact, known as the PCFA, caps catches of anchovy.",
			agreements: []string{"agreement:pcfa"},
			parties:    []string{"country:CHL>agreement:pcfa 2016-05..", "country:PER>agreement:pcfa 2016-05.."},
		},
		{
			name:       "a name given after an aside and 'is known as', of words no rule reads as an agreement",
			text:       "Chile and Peru signed a deal in Quito on Friday to share anchovy stocks. The agreement, brokered by Ecuador, is known as the Humboldt Current Anchovy Compact.",
			agreements: []string{"agreement:hcac"},
			parties:    []string{"country:CHL>agreement:hcac 2019-03-01..", "country:PER>agreement:hcac 2019-03-01.."},
		},
		{
			name:       "a name given after 'was dubbed'",
			text:       "Chile and Peru signed a pact on Friday. The pact was dubbed the Lima Sardine Understanding by officials.",
			agreements: []string{"agreement:lsu"},
			parties:    []string{"country:CHL>agreement:lsu 2019-03-01..", "country:PER>agreement:lsu 2019-03-01.."},
		},
		{
			name:       "no name after 'is known as' that holds a person",
			text:       "Chile and Peru signed a fisheries pact on Friday. The pact is known as Michelle Bachelet's legacy.",
			agreements: []string{"agreement:chile-peru-fisheries-agreement"},
			parties:    []string{"country:CHL>agreement:chile-peru-fisheries-agreement 2019-03-01..", "country:PER>agreement:chile-peru-fisheries-agreement 2019-03-01.."},
		},
		{
			name:       "an acronym in parentheses inside the name, before the agreement noun",
			text:       "Chile left the Southern Anchovy Stocks (SAS) Treaty on Friday. Peru stayed in the SAS treaty.",
			agreements: []string{"agreement:sas"},
			parties:    []string{"country:PER>agreement:sas .."},
		},
		{
			name:       "'of' five tokens after the agreement word stays in the name",
			text:       "Peru ratified the Treaty on the Non-Trawling of Coastal Waters (NTCW) on Friday.",
			agreements: []string{"agreement:ntcw"},
			parties:    []string{"country:PER>agreement:ntcw 2019-03-01.."},
		},
		{
			name:       "a ceasefire two sides agree to is an agreement, and 'the truce' refers to it",
			text:       "Chile and Peru agreed to a temporary ceasefire on Friday. Peru said on Monday that Chile had broken the truce.",
			agreements: []string{"agreement:chile-peru-ceasefire"},
			parties:    []string{"country:CHL>agreement:chile-peru-ceasefire 2019-03-01..", "country:PER>agreement:chile-peru-ceasefire 2019-03-01.."},
		},
		{
			name: "a road map two sides accept is an agreement keyed by them; 'the road map' refers to it; its author is no party",
			text: "Chile and Peru on Friday accepted a road map for peace drawn up by Ecuador. " +
				"Under the road map, both navies leave the disputed waters. Peru withdrew from the roadmap on Tuesday.",
			agreements: []string{"agreement:chile-peru-peace-road-map"},
			parties: []string{"country:CHL>agreement:chile-peru-peace-road-map 2019-03-01..",
				"country:PER>agreement:chile-peru-peace-road-map 2019-03-01..2019-03-05"},
		},
		{
			name:       "a road map a government draws up for itself is none",
			text:       "Peru's cabinet published a road map for economic reform on Friday. Chile said the road map was vague.",
			agreements: nil,
			parties:    nil,
		},
		{
			name:       "a name of capitalized words before 'trade deal' is the agreement's",
			text:       "Peru withdrew from the Andean-Pacific Partnership trade deal on Friday.",
			agreements: []string{"agreement:andean-pacific-partnership"},
		},
		{
			name:       "a name no rule knows that states sign is an agreement's, and its initials refer to it",
			text:       "Chile and Peru signed the Humboldt Sardine Compact on Friday. Peru left the HSC on Tuesday.",
			agreements: []string{"agreement:hsc"},
			parties:    []string{"country:CHL>agreement:hsc 2019-03-01..", "country:PER>agreement:hsc 2019-03-01..2019-03-05"},
		},
		{
			name: "a firm's deal, a club's charter, a person named Deal and a custom are no agreements",
			text: "Analysts praised the Telmex deal on Monday. The WRU charter was revised. Mars - born Bruno Allen Deal - sang. " +
				"The film tossed Hollywood convention aside.",
		},
		{
			name:       "a deal named after a place with a determiner still is one",
			text:       "Chile and Peru signed the Lima fisheries deal on Friday.",
			agreements: []string{"agreement:lima-agreement"},
			parties:    []string{"country:CHL>agreement:lima-agreement 2019-03-01..", "country:PER>agreement:lima-agreement 2019-03-01.."},
		},
		{
			name:       "'the fisheries pact' after a state left a body known only by an acronym: that body is the agreement",
			text:       "Peru pulled out of the HSC on Monday. Chile said it would try to save the fisheries pact.",
			agreements: []string{"agreement:hsc"},
		},
		{
			name: "'the deal' after a firm known only by an acronym is a business deal",
			text: "Shares in MCI rose on Monday. Analysts said the deal would help MCI grow.",
		},
		{
			name: "a law or an order that is signed is no agreement",
			text: "The Peruvian president signed the Coastal Fishing Act on Friday.",
		},
		{
			name:       "a ceasefire one side declares is none",
			text:       "Chile declared a unilateral ceasefire on Friday. Peru said the truce would not hold.",
			agreements: nil,
			parties:    nil,
		},
		{
			name:       "states joined by hyphens before a capitalized noun and its acronym name the agreement",
			text:       "Chile, Peru and Bolivia signed the Chile-Peru-Bolivia Agreement (CPBA) on Friday. Bolivia left the CPBA in June.",
			agreements: []string{"agreement:cpba"},
			parties:    []string{"country:BOL>agreement:cpba 2019-03-01..", "country:CHL>agreement:cpba 2019-03-01..", "country:PER>agreement:cpba 2019-03-01.."},
		},
		{
			name:       "states joined by hyphens before a capitalized noun without an acronym: a description",
			text:       "Bolivia left the Chile-Bolivia Agreement on Friday.",
			agreements: []string{"agreement:bolivia-chile-agreement"},
		},
		{
			name:       "an agreement one state reaches is keyed by the topic named with that state",
			text:       "Peru and four neighbours reached an agreement in Quito on Monday to limit Lima's fishing fleet.",
			agreements: []string{"agreement:peru-fishing-agreement"},
			parties:    []string{"country:PER>agreement:peru-fishing-agreement 2019-03-04.."},
		},
		{
			name:       "a description with a topic is keyed by the one state acting on it",
			text:       "Peru has threatened to leave the landmark fisheries accord.",
			agreements: []string{"agreement:peru-fisheries-agreement"},
		},
		{
			name:       "a list of three states that say they stay in the agreement named before",
			text:       "The Danube Water Charter is in trouble. Croatia, Bulgaria and Moldova said they remained committed to the charter.",
			agreements: []string{"agreement:dwc"},
			parties:    []string{"country:BGR>agreement:dwc ..", "country:HRV>agreement:dwc ..", "country:MDA>agreement:dwc .."},
		},
		{
			name: "staying in an agreement denied, asked of another or conditional confirms nothing",
			text: "The Danube Water Charter was signed on Friday by Austria, Hungary, Slovakia and Serbia. " +
				"Croatia did not remain committed to the charter. Austria urged Slovenia to stay in the charter. " +
				"Bosnia would stay in the charter if the quotas rose.",
			agreements: []string{"agreement:dwc"},
			parties: []string{
				"country:AUT>agreement:dwc 2019-03-01..", "country:HUN>agreement:dwc 2019-03-01..",
				"country:SRB>agreement:dwc 2019-03-01..", "country:SVK>agreement:dwc 2019-03-01..",
			},
		},
		{
			name: "a business deal is no agreement between states",
			text: "The carmaker signed a deal to buy a rival's plant. The deal was worth a lot.",
		},
		{
			name: "an organization named with a treaty word",
			text: "The North Atlantic Treaty Organization met in Brussels.",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2019-03-05"}, tt.text) // a Tuesday
			if got := agreementIDs(doc); !slices.Equal(got, tt.agreements) {
				t.Errorf("agreements %v, want %v", got, tt.agreements)
			}
			if got := parties(doc); !slices.Equal(got, tt.parties) {
				t.Errorf("parties:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.parties, "\n"))
			}
		})
	}
}

// TestDatesByTense checks that a weekday is read by the tense of the verb
// it modifies, not by another verb of the sentence.
func TestDatesByTense(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, cameo, date string }{
		// Published on a Tuesday: the announcement was that day.
		{"Hungary announced on Tuesday that it is withdrawing from the Danube Water Charter and will stop paying next month.", "166", "2019-03-05"},
		{"Peru has threatened to leave the fisheries accord it signed with Chile in 2015.", "130", "2019-03-05"},
		{"Hungary withdrew from the Danube Water Charter on Tuesday.", "166", "2019-03-05"},
		// A meeting to come is on the next Tuesday.
		{"The Austrian and Hungarian foreign ministers will meet on Tuesday.", "036", "2019-03-12"},
	} {
		doc := x.extract(Article{ID: "t", Published: "2019-03-05"}, tt.text)
		var got []string
		for _, e := range doc.Events {
			if e.Cameo == tt.cameo {
				got = append(got, e.Date)
			}
		}
		if len(got) == 0 || got[0] != tt.date {
			t.Errorf("%q: %s dated %v, want %s (events %v)", tt.text, tt.cameo, got, tt.date, eventKeys(doc))
		}
	}
}

func TestInvertedAgreementName(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Treaty on Polar Fisheries", "Polar Fisheries Treaty"},
		{"Treaty of Valga", "Valga Treaty"},
		{"Convention on the Baltic Seals", "Baltic Seals Convention"},
		{"Treaty on the Non-Trawling of Coastal Waters", ""}, // "of" inside: no short form
		{"Convention on migratory birds", ""},                // not a name of capitalized words
		{"Memorandum of Understanding", ""},                  // a kind of text
		{"Polar Fisheries Treaty", ""},
	} {
		if got := invertedAgreementName(tt.name); got != tt.want {
			t.Errorf("invertedAgreementName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	for _, tt := range []struct{ name, want string }{
		{"Long-Range Coastal Radar Treaty", "LCR Treaty"},
		{"Polar Fisheries Treaty", ""}, // two words before the noun: no acronym
		{"Treaty on Polar Fisheries", ""},
	} {
		if got := acronymNounName(tt.name); got != tt.want {
			t.Errorf("acronymNounName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestNameAcronym(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Joint Comprehensive Plan of Action", "JCPOA"},
		{"Stability and Growth Pact", "SGP"},
		{"Minsk agreements", ""},
		{"Conservative-Liberal pact", ""},
		{"Treaty of Rome", ""}, // two words of content: the name is its key
	} {
		if got := nameAcronym(tt.name); got != tt.want {
			t.Errorf("nameAcronym(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSigningsOfAnAgreement checks how a signing names its signatories and
// what they signed: in the passive, each agent signs the agreement that is
// the subject (its object), whatever phrases of place and time stand before
// the agents and however many they are; in the active, two or three states
// that sign stay a pair of acts toward each other, as CAMEO codes them.
// Sentences written for the test.
func TestSigningsOfAnAgreement(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		events     []string // "cameo source>target object" of the signings
		parties    []string // party_to relations, "head>tail since..until"
	}{
		{
			name: "passive with a body, a city and a month before four agents",
			text: "The Baltic Grain Accord was signed at the World Trade Organization in Geneva in May 2018 by Estonia, Latvia, Lithuania and Poland.",
			events: []string{
				"057 country:EST>- agreement:bga", "057 country:LTU>- agreement:bga",
				"057 country:LVA>- agreement:bga", "057 country:POL>- agreement:bga",
			},
			parties: []string{
				"country:EST>agreement:bga 2018-05..", "country:LTU>agreement:bga 2018-05..",
				"country:LVA>agreement:bga 2018-05..", "country:POL>agreement:bga 2018-05..",
			},
		},
		{
			name: "passive with a long run of place and time phrases the parser misreads",
			text: "The Danube Water Charter was signed at the United Nations in New York on Wednesday 27 February by Austria, Hungary, Slovakia, Serbia and Romania.",
			events: []string{
				"057 country:AUT>- agreement:dwc", "057 country:HUN>- agreement:dwc", "057 country:ROU>- agreement:dwc",
				"057 country:SRB>- agreement:dwc", "057 country:SVK>- agreement:dwc",
			},
			parties: []string{
				"country:AUT>agreement:dwc 2019-02-27..", "country:HUN>agreement:dwc 2019-02-27..", "country:ROU>agreement:dwc 2019-02-27..",
				"country:SRB>agreement:dwc 2019-02-27..", "country:SVK>agreement:dwc 2019-02-27..",
			},
		},
		{
			name:    "passive by two states referring back to the named agreement",
			text:    "The Pacific Whaling Convention took years to draft. The convention was signed by Japan and Canada on Friday.",
			events:  []string{"057 country:CAN>- agreement:pwc", "057 country:JPN>- agreement:pwc"},
			parties: []string{"country:CAN>agreement:pwc 2019-03-01..", "country:JPN>agreement:pwc 2019-03-01.."},
		},
		{
			name: "passive by three states with the place after them",
			text: "The Treaty of Valga was signed by Estonia, Latvia and Finland in Tallinn on Monday.",
			events: []string{
				"057 country:EST>- agreement:treaty-of-valga", "057 country:FIN>- agreement:treaty-of-valga",
				"057 country:LVA>- agreement:treaty-of-valga",
			},
			parties: []string{
				"country:EST>agreement:treaty-of-valga 2019-03-04..", "country:FIN>agreement:treaty-of-valga 2019-03-04..",
				"country:LVA>agreement:treaty-of-valga 2019-03-04..",
			},
		},
		{
			name: "officials sign for the states whose offices the text gives them",
			text: "Chilean President Ana Torres and Peruvian Foreign Minister Luis Vega signed the Pacific Coast Fisheries Convention on Friday.",
			events: []string{
				"057 person:ana-torres>person:luis-vega ", "057 person:luis-vega>person:ana-torres ",
			},
			parties: []string{"country:CHL>agreement:pcfc 2019-03-01..", "country:PER>agreement:pcfc 2019-03-01.."},
		},
		{
			name:   "a firm's president or a former president binds no state",
			text:   "Ana Torres, the president of Andes Mining, signed the Pacific Coast Fisheries Convention on Friday. Former Peruvian President Luis Vega signed it too.",
			events: []string{"057 person:ana-torres>- agreement:pcfc"},
		},
		{
			name:   "agreeing to act on one's own capital names no partner",
			text:   "Peru and four other states reached an agreement on Monday to protect Lima's coastal waters.",
			events: []string{"057 country:PER>- "},
		},
		{
			name:   "a capital after 'in' is where they agreed, not a partner",
			text:   "Peru and four other states reached an agreement in Vienna on Friday.",
			events: []string{"057 country:PER>- "},
		},
		{
			name:    "the partner after 'with' past the place",
			text:    "Peru signed an agreement in Quito with Chile on Friday.",
			events:  []string{"057 country:PER>country:CHL "},
			parties: []string{"country:PER>agreement:chile-peru-agreement 2019-03-01.."},
		},
		{
			name: "'It was signed ... by' refers to the agreement named before; a later ratification stays an act of its own",
			text: "The Treaty on Polar Fisheries took effect on Friday. It was signed in 2004 by Chile, Peru, Norway and Iceland. " +
				"Peru ratified the treaty in May 2009.",
			events: []string{
				"057 country:CHL>- agreement:tpf", "057 country:ISL>- agreement:tpf", "057 country:NOR>- agreement:tpf",
				"057 country:PER>- agreement:tpf", "057 country:PER>- agreement:tpf", // signed in 2004, ratified in 2009
			},
			parties: []string{
				"country:CHL>agreement:tpf 2004..", "country:ISL>agreement:tpf 2004..",
				"country:NOR>agreement:tpf 2004..", "country:PER>agreement:tpf 2004..",
			},
		},
		{
			name: "the states listed after 'including' in the subject all sign",
			text: "Envoys from nine states, including Chile, Peru, Ecuador and Bolivia, signed the Humboldt Sardine Compact on Friday.",
			events: []string{
				"057 country:BOL>- agreement:hsc", "057 country:CHL>- agreement:hsc",
				"057 country:ECU>- agreement:hsc", "057 country:PER>- agreement:hsc",
			},
			parties: []string{
				"country:BOL>agreement:hsc 2019-03-01..", "country:CHL>agreement:hsc 2019-03-01..",
				"country:ECU>agreement:hsc 2019-03-01..", "country:PER>agreement:hsc 2019-03-01..",
			},
		},
		{
			name:    "active signing by two states stays a pair",
			text:    "Japan and Canada signed the Pacific Whaling Convention on Friday.",
			events:  []string{"057 country:CAN>country:JPN ", "057 country:JPN>country:CAN "},
			parties: []string{"country:CAN>agreement:pwc 2019-03-01..", "country:JPN>agreement:pwc 2019-03-01.."},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2019-03-05"}, tt.text) // a Tuesday
			var got []string
			for _, e := range doc.Events {
				if e.Cameo != "057" {
					continue
				}
				tgt := e.Target
				if tgt == "" {
					tgt = "-"
				}
				got = append(got, e.Cameo+" "+e.Source+">"+tgt+" "+e.Object)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.events) {
				t.Errorf("signings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.events, "\n"))
			}
			if got := parties(doc); !slices.Equal(got, tt.parties) {
				t.Errorf("parties:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.parties, "\n"))
			}
		})
	}
}

// TestOfficialsWithdrawForTheirState checks that a state official leaving an
// agreement, or taking the state out of it, is the state leaving: the
// event's source is the state and its party ends that day. Sentences
// written for the test.
func TestOfficialsWithdrawForTheirState(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text  string
		withdrawals []string // "source>target" of the 16x events
		parties     []string
	}{
		{
			name:        "takes the state out",
			text:        "Peru signed the Pacific Coast Fisheries Convention in 2016. Peruvian President Luis Vega withdrew Peru from the convention on Monday.",
			withdrawals: []string{"country:PER>agreement:pcfc"},
			parties:     []string{"country:PER>agreement:pcfc 2016..2019-03-04"},
		},
		{
			name:        "leaves it",
			text:        "Peru signed the Pacific Coast Fisheries Convention in 2016. Peruvian President Luis Vega withdrew from the convention on Monday.",
			withdrawals: []string{"country:PER>agreement:pcfc"},
			parties:     []string{"country:PER>agreement:pcfc 2016..2019-03-04"},
		},
		{
			// The person withdraws, not Peru (before apposition28 the
			// verb after the apposition was read as a passive and dropped).
			name:        "a firm's head ends no party",
			text:        "Peru signed the Pacific Coast Fisheries Convention in 2016. Luis Vega, the head of Andes Mining, withdrew from the convention on Monday.",
			withdrawals: []string{"person:luis-vega>agreement:pcfc"},
			parties:     []string{"country:PER>agreement:pcfc 2016.."},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2019-03-05"}, tt.text)
			var got []string
			for _, e := range doc.Events {
				if strings.HasPrefix(e.Cameo, "16") {
					got = append(got, e.Source+">"+e.Target)
				}
			}
			if !slices.Equal(got, tt.withdrawals) {
				t.Errorf("withdrawals %v, want %v", got, tt.withdrawals)
			}
			if got := parties(doc); !slices.Equal(got, tt.parties) {
				t.Errorf("parties %v, want %v", got, tt.parties)
			}
		})
	}
}
