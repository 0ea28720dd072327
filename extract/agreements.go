package extract

import (
	"slices"
	"strings"
)

// Agreements are found by their shape, not by a list of known ones:
//
//   - a capitalized name holding an agreement word and no organization word
//     after it ("Treaty of Rome", "Joint Framework on Fisheries", "Plan of
//     Action") — see agreementName;
//   - a description: an agreement noun after a determiner with a political
//     topic, a year or a state before it, or a state after "with" or
//     "between" ("the 2015 nuclear deal", "Iran's nuclear agreement", "a
//     trade pact with Chile") — see agreementMentions;
//   - a reference back: "the deal", "the accord", "this treaty" is the last
//     agreement the article named; a description with the same topic (or
//     said of an agreement named without one) is that agreement too.
//
// The ID of an agreement is what lets two articles that name it differently
// meet on one node (agreementRefNamed, mergeAgreements):
//
//  1. an acronym, given in parentheses after the name or made from a name of
//     three words or more ("Joint Framework on Arctic Fisheries" and "JFAF"
//     are agreement:jfaf);
//     A formal name written in lower case ("the joint framework on Arctic
//     fisheries") is read as that name (lowerFormalName), so it meets the
//     capitalized one on its acronym;
//  2. else the name;
//  3. a description is keyed by the states and topic it names with the
//     agreement noun folded (deal, accord, pact, agreement are one):
//     "Iran's nuclear deal" and "the nuclear agreement with Iran" are
//     agreement:iran-nuclear-agreement;
//  4. in an article that names exactly one agreement, its descriptions are
//     that agreement (merged into its ID at the end of the article);
//  5. a well-known agreement listed in dict/agreements.tsv (knownagreements.go)
//     takes the ID of its formal name under every form the list gives
//     ("the Kyoto treaty", "the Kyoto climate pact": agreement:kyoto-protocol;
//     "the stability pact": agreement:sgp), within an article or alone.
//
// Every ID is a function of the article alone, so loading order cannot
// change it. Limit: a description with other or fewer words than the name
// of an agreement not in the list ("the Arctic fisheries framework" for the
// Joint Framework on Arctic Fisheries) is an agreement of its own; no rule
// on one article can join it, since an article with only the acronym and
// one with only such a description share nothing. The graph joins them
// through an article that gives both (the description as an alias of the
// acronym's node), or through descriptors: "<state> <topic> agreement"
// that both sides' articles give it (describeAgreements); see known_as in
// graph/doc.go.

// agreementHeads make a capitalized name an agreement when no organization
// word follows them in it ("North Atlantic Treaty Organization" is a body).
var agreementHeads = toSet(`agreement agreements accord accords treaty protocol protocols pact convention
charter memorandum covenant framework roadmap`)

// agreementName reports whether the capitalized name toks[i:j] is an
// agreement: it ends in an agreement word ("Stability and Growth Pact"),
// opens a phrase with one ("Treaty of Rome", "Convention on Human
// Rights"), or holds "Plan of Action" or "Road Map". "Internet Protocol TV"
// and "North Atlantic Treaty Organization" are not agreements.
func agreementName(toks []token, i, j int) bool {
	if j < i+2 {
		return false
	}
	for k := i; k < j; k++ {
		w := toks[k].lower
		switch {
		case agreementHeads[w] && (k == j-1 || agreementPreps[toks[k+1].lower]):
			return true
		case w == "plan" && k+2 < j && toks[k+1].lower == "of" && toks[k+2].lower == "action":
			return true
		case w == "road" && k+1 < j && toks[k+1].lower == "map":
			return true
		}
	}
	return false
}

// technicalWords before "Protocol" make a name a computing or network
// standard ("Internet Protocol", "Voice over Internet Protocol", "Session
// Initiation Protocol", "Hypertext Transfer Protocol"), not a treaty.
var technicalWords = toSet(`internet transfer transmission control hypertext datagram routing session
initiation network networking wireless voice mail messaging`)

// technicalProtocol reports whether the capitalized name toks[i:j] is a
// protocol of computers: its agreement word is "Protocol" and a technical
// word stands in the name before it. "Kyoto Protocol" and "Minsk Protocol"
// stay agreements.
func technicalProtocol(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if w := toks[k].lower; w != "protocol" && w != "protocols" {
			continue
		}
		for q := i; q < k; q++ {
			if technicalWords[toks[q].lower] {
				return true
			}
		}
	}
	return false
}

// agreementPreps open what an agreement word is about ("Treaty of", "Convention on").
var agreementPreps = toSet(`of on for between`)

// agreementConnector reports whether the connector at k stays inside an
// agreement's name toks[:j]: "of", "on", "for" after an agreement word
// ("Treaty of Rome"), "and" or "the" before one ("Stability and Growth
// Pact"); "Pact and the UK Film Council" ends at "and".
func agreementConnector(toks []token, k, j int) bool {
	// Up to six tokens back: "Treaty on the Non-Proliferation of ..."
	// (a hyphenated word is three tokens).
	for q := k - 1; q >= 0 && q >= k-6; q-- {
		if agreementHeads[toks[q].lower] || toks[q].lower == "plan" {
			return agreementPreps[toks[k].lower] || toks[k].lower == "the"
		}
	}
	for q := k + 1; q < j; q++ {
		if agreementHeads[toks[q].lower] {
			return true
		}
	}
	return false
}

// nameAcronym is the acronym of an agreement's name of three words or more:
// the initials of its words, "of" included ("Joint Comprehensive Plan of
// Action" is JCPOA, "Memorandum of Understanding" MOU), the other function
// words left out. Empty for shorter names.
func nameAcronym(name string) string {
	var sb strings.Builder
	n := 0
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if lw == "the" || lw == "and" || lw == "on" || lw == "for" || lw == "to" || lw == "in" || lw == "between" {
			continue
		}
		if lw == "of" {
			sb.WriteByte('O')
			continue
		}
		if isDigit(w[0]) || w[0] < 'A' || w[0] > 'Z' {
			return "" // "1994 Framework", "Conservative-Liberal pact": not a formal name
		}
		sb.WriteString(strings.ToUpper(w[:1]))
		n++
	}
	if n < 3 {
		return ""
	}
	return sb.String()
}

// agreementRefNamed is the agreement named name (with acronym acro, if the
// text gives one): one seen in the article under that name or acronym, else
// a new one keyed by the acronym when there is one.
func (b *builder) agreementRefNamed(name, acro string) *entRef {
	for _, k := range []string{name, acro, invertedAgreementName(name)} {
		if r := b.aliases[strings.ToLower(k)]; k != "" && r != nil && r.Kind == KindAgreement {
			return r
		}
	}
	if f := strings.Fields(name); acro == "" && len(f) == 2 && isAbbrev(f[0]) && len(f[0]) >= 2 && agreementHeads[strings.ToLower(f[1])] {
		// "MFA pact": the acronym of an agreement, and its noun.
		if r := b.aliases[strings.ToLower(f[0])]; r != nil && r.Kind == KindAgreement {
			b.aliases[strings.ToLower(name)] = r
			return r
		}
		acro = f[0]
	}
	key := acro
	if key == "" {
		key = nameAcronym(name)
	}
	var r *entRef
	if key != "" {
		r = b.agreementRef(name)
		if r.ID != "agreement:"+slug(key) {
			delete(b.refs, r.ID)
			r.ID = "agreement:" + slug(key)
			if old := b.refs[r.ID]; old != nil {
				r = old
			}
			b.refs[r.ID] = r
		}
		b.aliases[strings.ToLower(key)] = r
	} else {
		r = b.agreementRef(name)
	}
	if !slices.Contains(b.namedAgreements, r) {
		b.namedAgreements = append(b.namedAgreements, r)
	}
	b.aliases[strings.ToLower(name)] = r
	if inv := invertedAgreementName(name); inv != "" {
		b.aliases[strings.ToLower(inv)] = r
	}
	return r
}

// placeAgreementEnd is the end of an agreement named after a place whose
// name ends before k: an agreement noun at k, or after one or two topic
// words ("climate", "peace"); 0 when there is none.
func placeAgreementEnd(toks []token, k int) int {
	for q := k; q < len(toks) && q <= k+2; q++ {
		if !toks[q].word || toks[q].nl {
			return 0
		}
		if agreementNouns[toks[q].lower] && !(q+1 < len(toks) && agreementCompounds[toks[q+1].lower]) {
			return q + 1
		}
		if !agreementTopics[toks[q].lower] {
			return 0
		}
	}
	return 0
}

// placeAgreementRef is the agreement named after a place: keyed by the
// place and the folded noun, the topic words left out, so "the Paris
// Agreement", "the Paris climate accord" and "the Paris climate deal" are
// agreement:paris-agreement and "the Minsk agreements" and "the Minsk
// accords" agreement:minsk-agreement in any article. A treaty, protocol or
// convention named after the same place is another agreement ("the Minsk
// Protocol"). Limit: two agreements of one kind named after one city
// (the Paris peace accords of 1973 and the Paris climate agreement) are one.
func (b *builder) placeAgreementRef(name, place, noun string) *entRef {
	if r := b.aliases[strings.ToLower(name)]; r != nil && r.Kind == KindAgreement {
		return r
	}
	id := placeAgreementID(place, noun)
	r := b.refs[id]
	if r == nil {
		r = &entRef{ID: id, Name: name, Kind: KindAgreement}
		b.refs[id] = r
	}
	b.aliases[strings.ToLower(name)] = r
	return r
}

// placeAgreementID is the key of an agreement named after place with the
// agreement noun noun (placeAgreementRef).
func placeAgreementID(place, noun string) string {
	noun = strings.ToLower(noun)
	switch noun {
	case "treaties":
		noun = "treaty"
	case "agreements", "accords", "deals", "pacts", "protocols", "conventions", "charters", "memoranda":
		noun = strings.TrimSuffix(noun, "s")
	}
	return "agreement:" + slug(place+" "+foldedNoun(noun))
}

// agreementTopics are the words before an agreement noun that say what it
// is about in politics; a business "deal" has none of them.
var agreementTopics = toSet(`nuclear peace ceasefire truce trade free-trade climate arms security border
defence defense military cooperation co-operation partnership association fisheries fishing water
gas transit withdrawal normalisation normalization extradition power-sharing disarmament
non-proliferation missile weapons ceasefire armistice aid debt customs migration refugee asylum
readmission boundary maritime`)

// vagueTopics are agreementTopics too common in news about states to say
// what an agreement named in the same sentence is about ("would strengthen
// security").
var vagueTopics = toSet(`security defence defense military cooperation co-operation partnership association aid`)

// agreementMods may sit between the determiner and the noun without saying
// anything of the topic.
var agreementMods = toSet(`landmark historic new interim final draft bilateral multilateral
international comprehensive formal provisional framework controversial so-called original regional
global trilateral joint`)

// agreementNounsLower are the agreement nouns a description ends in;
// foldedNoun gives the one noun a key uses for the synonyms.
var agreementNounsLower = toSet(`agreement accord treaty deal pact protocol convention memorandum framework charter`)

func foldedNoun(w string) string {
	switch w {
	case "deal", "accord", "pact", "agreement":
		return "agreement"
	case "truce", "armistice", "cease-fire":
		return "ceasefire"
	}
	return w
}

// ceasefireMods may stand between the determiner and a ceasefire noun.
var ceasefireMods = toSet(`humanitarian temporary permanent lasting fragile durable month-long monthlong week-long
unconditional immediate full nationwide`)

// ceasefireCompounds after a ceasefire noun make it a modifier.
var ceasefireCompounds = toSet(`line lines monitors monitoring zone zones proposal proposals plan deadline call calls
violation violations mechanism`)

// nameOrEmpty is r's name, "" for nil.
func (r *entRef) nameOrEmpty() string {
	if r == nil {
		return ""
	}
	return r.Name
}

// agreementDets open a description or a reference back.
var agreementDets = toSet(`the a an this that its their his her`)

// agrInfo is what the article says of one agreement: its topic words.
type agrInfo struct {
	topics    []string
	states    []string // names of the states its description names
	around    []string // "<state> <topic>" named together in a sentence that names it
	described bool     // made from a description, not a name
	stateless bool     // a description that names no state nor place: keyed by its parties at the end
}

// agreementCompounds after an agreement noun make it a modifier of theirs.
var agreementCompounds = toSet(`talks negotiations negotiators obligations commitments terms text partners
signatories violations breach breaches rules limits states members body bodies committee secretariat
conference summit`)

// agreeVerbs before "an agreement" introduce one: "reached an agreement".
var agreeVerbs = toSet(`reach reached reaches reaching sign signed signs signing conclude concluded
concludes concluding seal sealed seals sealing strike struck strikes striking`)

// agreeVerbBefore reports an agreeing verb just before the determiner at p.
func agreeVerbBefore(toks []token, p int) bool {
	return p > 0 && agreeVerbs[toks[p-1].lower]
}

// ceasefireNouns name a ceasefire, an agreement only when an agreeing act
// introduces it ("agreed to a ceasefire", "signed a truce"): a ceasefire
// one side declares is no agreement.
var ceasefireNouns = toSet(`ceasefire cease-fire truce armistice`)

// ceasefireAgreedBefore reports "agreed (to)", "signed", "reached" ...
// just before the determiner at p of a ceasefire noun.
func ceasefireAgreedBefore(toks []token, p int) bool {
	if p > 1 && toks[p-1].lower == "to" {
		p--
	}
	return p > 0 && (agreeVerbs[toks[p-1].lower] || toks[p-1].lower == "agreed" || toks[p-1].lower == "agree" || toks[p-1].lower == "agreeing")
}

// passiveSigningAt reports a passive signing or ratification starting at
// k: "was signed", "had been ratified", "has been concluded".
func passiveSigningAt(toks []token, k int) bool {
	if k < len(toks) && (toks[k].lower == "was" || toks[k].lower == "is") {
		k++
	} else if k+1 < len(toks) && (toks[k].lower == "had" || toks[k].lower == "has") && toks[k+1].lower == "been" {
		k += 2
	} else {
		return false
	}
	if k < len(toks) && (toks[k].lower == "formally" || toks[k].lower == "first" || toks[k].lower == "originally") {
		k++
	}
	return k < len(toks) && (toks[k].lower == "signed" || toks[k].lower == "ratified" || toks[k].lower == "concluded")
}

// invertedAgreementName is "Open Skies Treaty" for "Treaty on Open Skies"
// and "Rome Treaty" for "Treaty of Rome": the other way outlets write a
// name whose agreement word opens it, for names of one to three
// capitalized words after "on" or "of"; "" for other names. It is an alias,
// so that the graph joins articles that write it either way.
func invertedAgreementName(name string) string {
	f := strings.Fields(name)
	if len(f) < 3 || !agreementHeads[strings.ToLower(f[0])] || f[1] != "on" && f[1] != "of" || f[0] == "Memorandum" {
		return "" // a "Memorandum of Understanding" is a kind of text, not a name
	}
	rest := f[2:]
	if rest[0] == "the" {
		rest = rest[1:]
	}
	if len(rest) == 0 || len(rest) > 3 {
		return ""
	}
	for _, w := range rest {
		if r := w[0]; r < 'A' || r > 'Z' {
			return ""
		}
	}
	return strings.Join(rest, " ") + " " + f[0]
}

// acronymNounName is "INF Treaty" for "Intermediate-Range Nuclear Forces
// Treaty": the acronym of the words before the agreement word that ends a
// name (three words or more before it), then that word, as outlets write
// it; "" for other names.
func acronymNounName(name string) string {
	f := strings.Fields(name)
	if len(f) < 4 || !agreementHeads[strings.ToLower(f[len(f)-1])] {
		return ""
	}
	a := nameAcronym(strings.Join(f[:len(f)-1], " "))
	if a == "" {
		return ""
	}
	return a + " " + f[len(f)-1]
}

// capitalNameBefore finds "the Trans-Pacific Partnership trade deal": a run
// of two capitalized words or more that no mention covers, between "the"
// and the topic words before the agreement noun at k. It returns where the
// run starts and its text; "" when there is none.
func capitalNameBefore(toks []token, mAt func(int) int, k int) (int, string) {
	p := k - 1
	for p >= 0 && agreementTopics[toks[p].lower] && !toks[p].upper {
		p--
	}
	end := p + 1
	for p >= 0 && toks[p].upper && toks[p].word && mAt(p) < 0 && !notNames[toks[p].lower] && !isMonthOrDay(toks[p].lower) {
		p--
	}
	if end-(p+1) < 2 || p < 0 || toks[p].lower != "the" {
		return 0, ""
	}
	return p + 1, spanText(toks, p+1, end)
}

// roadMapAt is the length of "road map" or "roadmap" written in lower case
// at k, 0 when there is none.
func roadMapAt(toks []token, k int) int {
	switch {
	case toks[k].upper || !toks[k].word:
		return 0
	case toks[k].lower == "roadmap" || toks[k].lower == "road-map":
		return 1
	case toks[k].lower == "road" && k+1 < len(toks) && toks[k+1].lower == "map":
		return 2
	}
	return 0
}

// roadMapVerbs bring a road map in as an agreement: the sides accept,
// adopt, endorse or agree to one.
var roadMapVerbs = toSet(`accept accepted accepts accepting adopt adopted adopts adopting endorse endorsed endorses
endorsing agree agreed agrees agreeing approve approved approves approving`)

// roadMapAcceptedBefore reports an accepting or agreeing verb just before
// the determiner at p ("accepted a road map", "agreed on a road map").
func roadMapAcceptedBefore(toks []token, p int) bool {
	if p > 1 && (toks[p-1].lower == "to" || toks[p-1].lower == "on" || toks[p-1].lower == "upon") {
		p--
	}
	return p > 0 && (agreeVerbs[toks[p-1].lower] || roadMapVerbs[toks[p-1].lower])
}

// isRoadMapName reports whether an agreement's name ends in "road map".
func isRoadMapName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, "road map") || strings.HasSuffix(n, "roadmap")
}

// agreeingRoot reports whether an asserted act of root on an agreement
// makes its actors parties to it: an intent (03) or a cooperation (05),
// and a de-escalation (08) when the agreement is a ceasefire, because CAMEO
// codes "agreed to a ceasefire" 0871, not 03 or 05.
func agreeingRoot(root string, agreementName string) bool {
	return root == "03" || root == "05" || root == "08" && isCeasefireName(agreementName)
}

// isCeasefireName reports whether an agreement's name ends in a
// ceasefire noun.
func isCeasefireName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 0 && (ceasefireNouns[f[len(f)-1]] || f[len(f)-1] == "ceasefire")
}

// agreementMentions adds to ms the agreements a sentence describes or
// refers back to, and marks the mentions of agreements named by an acronym
// alone. Mentions of states inside a description are absorbed by it ("the
// Iran nuclear deal" names no actor).
func (b *builder) agreementMentions(toks []token, ms []mention) []mention {
	for k := range ms {
		if ms[k].ref != nil && ms[k].ref.Kind == KindAgreement {
			ms[k].agr = true
		}
	}
	afterState := func(k int) bool {
		// "United States-Mexico-Canada Agreement": the noun right after a
		// state's name.
		for _, m := range ms {
			if m.j == k && m.ref != nil && m.ref.Kind == KindCountry && !m.person {
				return true
			}
		}
		return false
	}
	// A capitalized agreement noun after states joined by hyphens, read as
	// a body of its own ("United States-Mexico-Canada Agreement (USMCA)"),
	// is the end of the agreement's name: with an acronym after it, the
	// agreement so named, its states absorbed; else the description below.
	for x := 0; x < len(ms); x++ {
		m := ms[x]
		if m.ref == nil || m.ref.Kind != KindOrganization || m.j-m.i > 2 || !toks[m.j-1].upper || !agreementNounsLower[toks[m.j-1].lower] {
			continue
		}
		// start: the first state of the hyphenated run before the noun,
		// inside the mention ("Canada Agreement") or before it.
		start := m.j - 1
		if m.j-m.i == 2 && b.isCountryWord(toks, m.i) {
			start = m.i
		} else if y := mAtOf(ms, start-1); start > 0 && y >= 0 && ms[y].ref != nil && ms[y].ref.Kind == KindCountry {
			start = ms[y].i
		}
		for start > 0 && toks[start].hyph {
			y := mAtOf(ms, start-1)
			if y < 0 || ms[y].ref == nil || ms[y].ref.Kind != KindCountry {
				break
			}
			start = ms[y].i
		}
		if start == m.j-1 {
			continue // no state before the noun: a body's name
		}
		if !(m.j+2 < len(toks) && toks[m.j].text == "(" && toks[m.j+2].text == ")" && isAbbrev(toks[m.j+1].text)) {
			if m.j-m.i == 1 {
				ms = slices.Delete(ms, x, x+1) // the description below reads it
				x--
			}
			continue
		}
		ref := b.agreementRefNamed(spanText(toks, start, m.j), toks[m.j+1].text)
		if e := b.ents[m.ref.ID]; e != nil && len(e.Mentions) == 0 {
			// The body made of the noun and its acronym is no body.
			delete(b.ents, m.ref.ID)
			b.order = slices.DeleteFunc(b.order, func(id string) bool { return id == m.ref.ID })
		}
		ms = slices.DeleteFunc(ms, func(o mention) bool { return o.i >= start && o.j <= m.j+3 }) // "(USMCA)" too
		ms = append(ms, mention{i: start, j: m.j, ref: ref, agr: true})
		slices.SortStableFunc(ms, func(a, b mention) int { return a.i - b.i })
		x = -1
	}
	mAt := func(k int) int { return mAtOf(ms, k) }
	last := b.lastAgreement
	var add []mention
	drop := map[int]bool{}
	ka, _ := knownAgreementsDict()
	for k := 0; k < len(toks); k++ {
		if ka != nil && toks[k].word {
			if e, i, inner := ka.knownNounlessAt(toks, ms, k); e != nil && !slices.ContainsFunc(add, func(m mention) bool { return m.i < i && m.j > i }) {
				// "the EU constitution": a known agreement whose name ends
				// in no agreement noun; the body inside it is no actor,
				// and "treaty" inside it no agreement of its own.
				ref := b.knownRef(e)
				add = slices.DeleteFunc(add, func(m mention) bool { return m.i >= i })
				for _, x := range inner {
					drop[x] = true
				}
				add = append(add, mention{i: i, j: k + 1, ref: ref, agr: true})
				last = ref
				continue
			}
		}
		if x := mAt(k); x >= 0 {
			if r := b.acronymOfNamed(toks, ms, k); r != nil && ms[x].i == k && ms[x].j == k+1 {
				// "The TPP" after "the Trans-Pacific Partnership": the
				// initials of an agreement the article named, not a body.
				if e := b.ents[ms[x].ref.ID]; e != nil && len(e.Mentions) == 0 {
					delete(b.ents, ms[x].ref.ID)
					b.order = slices.DeleteFunc(b.order, func(id string) bool { return id == ms[x].ref.ID })
				}
				ms[x].ref, ms[x].agr = r, true
			}
			if ms[x].agr {
				last = ms[x].ref
			} else if acronymOnlyOrg(toks, ms[x]) && !slices.Contains(b.acronymOrgs, ms[x].ref) {
				b.acronymOrgs = append(b.acronymOrgs, ms[x].ref)
			}
			continue
		}
		w := toks[k].lower
		if signVerbs[w] && k+3 < len(toks) && toks[k+1].lower == "the" {
			// "signed the Trans-Pacific Partnership": a name of capitalized
			// words no rule knows, signed or ratified, is an agreement's.
			if end := signedNameEnd(toks, k+2); end-(k+2) >= 2 && noMention(mAt, k+2, end) && !lawWords[toks[end-1].lower] &&
				(end == len(toks) || !toks[end].upper) {
				ref := b.agreementRefNamed(spanText(toks, k+2, end), "")
				add = append(add, mention{i: k + 2, j: end, ref: ref, agr: true})
				last = ref
				k = end - 1
				continue
			}
		}
		if x := b.acronymOfNamed(toks, ms, k); x != nil {
			// "The TPP" after "the Trans-Pacific Partnership": the
			// initials of an agreement the article named.
			add = append(add, mention{i: k, j: k + 1, ref: x, agr: true})
			last = x
			continue
		}
		if w == "it" && last != nil && passiveSigningAt(toks, k+1) {
			// "It was signed in 1992 by A, B and C": the agreement named
			// last is what was signed.
			add = append(add, mention{i: k, j: k + 1, ref: last, agr: true})
			continue
		}
		if n := roadMapAt(toks, k); n > 0 {
			// "accepted a road map for peace": an agreement only when an
			// agreeing act brings it in; "the road map" then refers to it.
			// A government's own road map for reform is no agreement.
			end := k + n
			p := k - 1
			var topics []string
			for p >= 0 && p >= k-3 && (agreementMods[toks[p].lower] || agreementTopics[toks[p].lower]) && !toks[p].upper {
				if agreementTopics[toks[p].lower] {
					topics = append([]string{toks[p].lower}, topics...)
				}
				p--
			}
			if end+1 < len(toks) && toks[end].lower == "for" && agreementTopics[toks[end+1].lower] {
				topics = mergeWords(topics, []string{toks[end+1].lower}) // "a road map for peace"
			}
			det := ""
			if p >= 0 {
				det = toks[p].lower
			}
			switch {
			case (det == "a" || det == "an") && roadMapAcceptedBefore(toks, p):
				ref := b.describedAgreement(topics, nil, "road map", false)
				add = append(add, mention{i: p + 1, j: end, ref: ref, agr: true})
				last = ref
			case (det == "the" || det == "this" || det == "that") && last != nil && isRoadMapName(last.Name):
				add = append(add, mention{i: k, j: end, ref: last, agr: true})
			}
			k = end - 1
			continue
		}
		if ka != nil && !toks[k].upper && k > 0 && (toks[k-1].lower == "the" || toks[k-1].lower == "this") {
			// "the constitution" after "the EU constitution": the known
			// agreement the article named with that head word.
			if r := b.knownHeadRef(ka, w); r != nil {
				add = append(add, mention{i: k, j: k + 1, ref: r, agr: true})
				last = r
				continue
			}
		}
		planOfAction := w == "plan" && k+2 < len(toks) && toks[k+1].lower == "of" && toks[k+2].lower == "action"
		ceasefire := ceasefireNouns[w]
		if !agreementNounsLower[w] && !planOfAction && !ceasefire || toks[k].upper && k > 0 && !afterState(k) || !toks[k].word {
			continue
		}
		if ceasefire {
			if k+1 < len(toks) && (agreementNounsLower[toks[k+1].lower] || agreementCompounds[toks[k+1].lower] || ceasefireCompounds[toks[k+1].lower]) {
				continue // "a ceasefire agreement", "ceasefire talks": a modifier
			}
			p := k - 1
			for p >= 0 && p >= k-3 && (agreementMods[toks[p].lower] || ceasefireMods[toks[p].lower]) {
				p--
			}
			if p < 0 {
				continue
			}
			switch det := toks[p].lower; {
			case (det == "a" || det == "an") && ceasefireAgreedBefore(toks, p):
				// "agreed to a ceasefire": keyed by the states that agree.
				ref := b.describedAgreement(nil, nil, "ceasefire", false)
				add = append(add, mention{i: p + 1, j: k + 1, ref: ref, agr: true})
				last = ref
			case (det == "the" || det == "this") && last != nil && isCeasefireName(last.Name):
				// "the truce": the ceasefire named last.
				add = append(add, mention{i: k, j: k + 1, ref: last, agr: true})
			}
			continue
		}
		if k+1 < len(toks) && agreementCompounds[toks[k+1].lower] {
			continue // "treaty obligations", "peace deal talks": the noun is a modifier
		}
		if q, name := capitalNameBefore(toks, mAt, k); name != "" && !toks[k].upper {
			// "the Trans-Pacific Partnership trade deal": the name before
			// the noun is the agreement's.
			ref := b.agreementRefNamed(name, "")
			add = append(add, mention{i: q, j: k + 1, ref: ref, agr: true})
			last = ref
			continue
		}
		if ka != nil {
			// "the stability pact": a description a known agreement goes by.
			if e, i := ka.knownAt(toks, k, mAt); e != nil {
				ref := b.knownRef(e)
				add = append(add, mention{i: i, j: k + 1, ref: ref, agr: true})
				last = ref
				continue
			}
		}
		// Walk back over the modifiers to the determiner.
		var states []*entRef
		var absorbed []int
		var topics []string
		year := false
		proper := false // a place or a capitalized word among the modifiers
		det := ""
		p := k - 1
		for ; p >= 0 && p >= k-6; p-- {
			t := toks[p]
			if x := mAt(p); x >= 0 {
				m := ms[x]
				if m.ref == nil || m.person || m.agr || (m.ref.Kind != KindCountry && !(m.loc && m.j-m.i <= 2)) {
					break
				}
				if !m.loc {
					states = append(states, m.ref)
				} else {
					topics = append(topics, strings.ToLower(spanText(toks, m.i, m.j)))
					proper = true
				}
				absorbed = append(absorbed, x)
				p = m.i
				continue
			}
			lw := t.lower
			switch {
			case lw == "'s" || lw == "\u2019s":
				continue
			case len(lw) == 4 && isDigit(lw[0]) && isDigit(lw[3]):
				year = true
				continue
			case agreementTopics[lw] && !t.upper:
				topics = append(topics, lw)
				continue
			case agreementMods[lw] && !t.upper:
				continue
			case t.upper && t.word && !notNames[lw] && len(topics) > 0 && k-p <= 3:
				// "the Arctic fisheries framework": a place word before the topic.
				topics = append(topics, lw)
				proper = true
				continue
			case agreementDets[lw]:
				det = lw
			}
			break
		}
		slices.Reverse(topics)
		if det == "the" && len(states) == 0 {
			// "the joint framework on Arctic fisheries": a formal name
			// written in lower case is that name (its acronym).
			if name, end, inner := lowerFormalName(toks, ms, mAt, p+1, k); name != "" {
				// A name, not a description: another agreement the article
				// names does not absorb it.
				ref := b.agreementRefNamed(name, "")
				for _, x := range append(absorbed, inner...) {
					drop[x] = true
				}
				add = append(add, mention{i: p + 1, j: end, ref: ref, agr: true})
				last = ref
				k = end - 1
				continue
			}
		}
		if planOfAction {
			continue // "a plan of action" written in lower case and not a formal name
		}
		if w == "framework" && len(topics) == 0 && !((det == "the" || det == "this") && last != nil && strings.Contains(strings.ToLower(last.Name), "framework")) {
			// "a legal framework": only a framework on a topic is an
			// agreement, or "the framework" after one named a framework.
			continue
		}
		if det == "" && len(states) == 0 {
			continue // "reach agreement", "in accord with": no noun phrase of its own
		}
		leftStates := len(states)
		// Topics after "on": "an agreement on border security" is the
		// "border security agreement" another outlet writes, so both get
		// one key and one event of signing it.
		topics = append(topics, topicsAfterOn(toks, k)...)
		// A state after "with" or "between" that the description names.
		if q := k + 1; q < len(toks) && (toks[q].lower == "with" || toks[q].lower == "between") && (len(topics) > 0 || det == "the") {
			for r := q + 1; r < len(toks) && r <= q+8; r++ {
				x := mAt(r)
				if x < 0 {
					if toks[r].lower == "and" || toks[r].text == "," || toks[r].lower == "the" {
						continue
					}
					break
				}
				if ms[x].ref == nil || ms[x].ref.Kind != KindCountry {
					break
				}
				states = append(states, ms[x].ref)
				r = ms[x].j - 1
			}
		}
		descr := len(topics) > 0 || len(states) > 0
		definite := det == "the" || det == "this" || det == "that" || det == "its" || det == "their" || leftStates > 0 && det == ""
		start := p + 1
		if det != "" {
			start = p + 1
		}
		var ref *entRef
		x := -1
		if descr || year {
			x = appositionName(toks, ms, p, det) // "KFB, an agreement that ..." describes nothing
		}
		if x == -2 {
			// An acronym the article has not explained: "the JFAF, the
			// 2016 fisheries pact".
			name := toks[p-2].text
			r := b.agreementRefNamed(name, name)
			add = append(add, mention{i: p - 2, j: p - 1, ref: r, agr: true})
			last = r
		} else if x >= 0 {
			// "from the JFAF, the 2016 fisheries pact ...": the name before
			// the comma is the agreement described.
			name := spanText(toks, ms[x].i, ms[x].j)
			acro := ""
			if isAbbrev(name) {
				acro = name
			}
			ms[x].ref, ms[x].agr = b.agreementRefNamed(name, acro), true
			last = ms[x].ref
		}
		switch {
		case !descr && !year && !definite && (det == "a" || det == "an") && agreeVerbBefore(toks, p):
			// "reached an agreement", "signed a pact": an agreement the act
			// introduces, known at the end of the article by its parties
			// or by the one agreement the article names.
			ref = b.describedAgreement(nil, nil, toks[k].lower, false)
		case !descr && !year:
			// "the deal", "this accord": the last agreement named, or the
			// one body the article knows only by an acronym ("pulled out
			// of the TPP ... the deal").
			if !definite || k+1 < len(toks) && (toks[k+1].lower == "between" || toks[k+1].lower == "with") {
				continue
			}
			if last == nil {
				if last = b.acronymAgreement(); last == nil {
					continue
				}
			}
			ref = last
			start = k
		case definite && last != nil && b.sameAgreement(last, topics, states):
			ref = last
		case definite && last == nil && len(states) == 0 && b.acronymAgreement() != nil:
			// "the TPP ... the trade pact": the one body known only by an
			// acronym is the agreement the description refers to.
			ref = b.acronymAgreement()
		case descr:
			ref = b.describedAgreement(topics, states, toks[k].lower, proper)
		default:
			continue // "a 2004 deal": nothing to know it by
		}
		if q := knownAsAt(toks, k+1); q >= 0 {
			// "the 2015 nuclear deal, known as the JCPOA", "The deal,
			// formally known as the Joint Comprehensive Plan of Action":
			// the name is the agreement described.
			if x := mAt(q); x >= 0 && ms[x].i == q && ms[x].ref != nil && !ms[x].person && !ms[x].loc &&
				(ms[x].agr || ms[x].ref.Kind == KindOrganization && ms[x].ref.Country == "" && ms[x].ref.Sector == "") {
				named := ms[x].ref
				if !ms[x].agr {
					name := spanText(toks, ms[x].i, ms[x].j)
					acro := ""
					if isAbbrev(name) {
						acro = name
					}
					named = b.agreementRefNamed(name, acro)
					ms[x].ref, ms[x].agr = named, true
				}
				if info := b.agrInfo[ref.ID]; info != nil && ref != named {
					topics = mergeWords(slices.Clone(info.topics), topics)
				}
				if b.agrInfo[named.ID] == nil {
					b.agrInfo[named.ID] = &agrInfo{}
				}
				ref = named
			} else if end := capitalRun(toks, q); end-q >= 2 && !b.personIn(ms, q, end) {
				// "... is known as the Black Sea Grain Initiative": a name
				// of places and words no rule reads as an agreement is one
				// here.
				named := b.agreementRefNamed(spanText(toks, q, end), "")
				for x, m := range ms {
					if m.i < end && m.j > q {
						drop[x] = true
					}
				}
				add = append(add, mention{i: q, j: end, ref: named, agr: true})
				if info := b.agrInfo[ref.ID]; info != nil && ref != named {
					topics = mergeWords(slices.Clone(info.topics), topics)
				}
				if b.agrInfo[named.ID] == nil {
					b.agrInfo[named.ID] = &agrInfo{}
				}
				ref = named
			}
		}
		if info := b.agrInfo[ref.ID]; info != nil {
			for _, t := range topics {
				if !slices.Contains(info.topics, t) {
					info.topics = append(info.topics, t)
				}
			}
		}
		for _, x := range absorbed {
			drop[x] = true
		}
		add = append(add, mention{i: start, j: k + 1, ref: ref, agr: true})
		last = ref
	}
	if len(add) == 0 {
		return ms
	}
	out := make([]mention, 0, len(ms)+len(add))
	for x, m := range ms {
		if !drop[x] {
			out = append(out, m)
		}
	}
	out = append(out, add...)
	slices.SortStableFunc(out, func(a, b mention) int { return a.i - b.i })
	return out
}

// hyphenatedAgreements widens an agreement named with a capitalized
// compound ("the Anglo-Irish Agreement", "a Conservative-Liberal pact",
// "the Sino-British Joint Declaration") to the whole compound: the rules
// read only its last part ("Irish Agreement" for a description of Ireland,
// "Liberal pact"), which names another agreement or none. The compound's
// first parts are no state (states joined so are a description of theirs:
// "the Russia-Ukraine ceasefire") nor a person; a body among them is part
// of the name.
func (b *builder) hyphenatedAgreements(toks []token, ms []mention) []mention {
	for x := range ms {
		m := &ms[x]
		s := m.i
		if !m.agr || s == 0 || !toks[s].hyph || !toks[s].upper || !agreementNounsLower[toks[m.j-1].lower] {
			continue
		}
		q := s
		for q > 0 && toks[q].hyph && toks[q-1].upper && toks[q-1].word {
			q--
		}
		if q == s || slices.ContainsFunc(ms, func(o mention) bool {
			return o.i < s && o.j > q && (o.person || o.agr || o.ref == nil || o.ref.Kind == KindCountry)
		}) {
			continue
		}
		m.ref = b.agreementRefNamed(spanText(toks, q, m.j), "")
		m.i = q
	}
	return slices.DeleteFunc(ms, func(o mention) bool {
		return !o.agr && slices.ContainsFunc(ms, func(a mention) bool { return a.agr && a.i <= o.i && o.j <= a.j })
	})
}

// noteAgreements remembers the last agreement a sentence names, for "the
// deal" in the next.
func (b *builder) noteAgreements(toks []token, ms []mention) {
	var topics, states, around []string
	for _, t := range toks {
		if t.word && !t.upper && agreementTopics[t.lower] && !vagueTopics[t.lower] {
			topics = mergeWords(topics, []string{t.lower})
		}
	}
	for _, m := range ms {
		if m.i > 0 && (toks[m.i-1].lower == "in" || toks[m.i-1].lower == "at") {
			continue // "in Vienna": where, not whose
		}
		if r := b.actsFor(m.ref); !m.agr && r != nil && r.Kind == KindCountry {
			states = mergeWords(states, []string{strings.ToLower(r.Name)})
		}
	}
	for _, st := range states {
		for _, tp := range topics {
			around = append(around, st+" "+tp)
		}
	}
	for _, m := range ms {
		if m.agr && m.ref != nil {
			b.lastAgreement = m.ref
			info := b.agrInfo[m.ref.ID]
			if info == nil {
				info = &agrInfo{}
				b.agrInfo[m.ref.ID] = info
			}
			info.around = mergeWords(info.around, around)
		}
	}
}

func mergeWords(into, ws []string) []string {
	for _, w := range ws {
		if !slices.Contains(into, w) {
			into = append(into, w)
		}
	}
	return into
}

// describeAgreements gives each agreement of the article its descriptors
// (Entity.Descriptors), the rule by which the graph joins an agreement
// named in one article to a description of it in another ("the Iran
// nuclear deal" and the Joint Comprehensive Plan of Action):
// "<state> <topic> agreement", lower-cased, for
//   - each state the article makes a party to it (through its officials
//     too) or names in its description, with each political topic
//     (agreementTopics) of its description or its name;
//   - each state and topic named together in a sentence that names it
//     ("reached an agreement to curb Tehran's nuclear programme": iran
//     nuclear), topics too common to tell (vagueTopics) left out.
//
// An agreement with no state or no topic gets none. Two agreements of one state and topic (an interim
// and a final nuclear deal) are joined too: the price of matching
// descriptions, which cannot tell them apart either.
func (b *builder) describeAgreements() {
	states := map[string][]string{}
	addState := func(agr string, r *entRef) {
		if r = b.actsFor(r); r == nil || r.Kind != KindCountry {
			return
		}
		states[agr] = mergeWords(states[agr], []string{strings.ToLower(r.Name)})
	}
	for _, r := range b.rels {
		if r.Type == RelPartyTo {
			addState(r.Tail, b.refs[r.Head])
		}
	}
	for _, e := range b.events {
		if e.Agreement != "" && e.Modality == ModalityAsserted && agreeingRoot(e.Root, b.refs[e.Agreement].nameOrEmpty()) {
			addState(e.Agreement, b.refs[e.Source])
			addState(e.Agreement, b.refs[e.Target])
		}
	}
	for _, id := range b.order {
		e := b.ents[id]
		info := b.agrInfo[id]
		if e == nil || e.Kind != KindAgreement || info == nil {
			continue
		}
		ss := mergeWords(slices.Clone(states[id]), lowerAll(info.states))
		ts := slices.Clone(info.topics)
		for _, w := range strings.Fields(strings.ToLower(e.Name)) {
			ts = mergeWords(ts, []string{w}) // "Strategic Arms Reduction Treaty": arms
		}
		ts = slices.DeleteFunc(ts, func(w string) bool { return !agreementTopics[w] })
		var ds []string
		for _, st := range ss {
			for _, tp := range ts {
				ds = append(ds, st+" "+tp+" agreement")
			}
		}
		for _, p := range info.around {
			ds = append(ds, p+" agreement")
		}
		slices.Sort(ds)
		e.Descriptors = slices.Compact(ds)
		e.Described = info.described
	}
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for k, w := range ws {
		out[k] = strings.ToLower(w)
	}
	return out
}

// sameAgreement reports whether a definite description with topics and
// states refers to ref, the last agreement named: it shares a topic, or
// one of them has no topic at all.
func (b *builder) sameAgreement(ref *entRef, topics []string, states []*entRef) bool {
	info := b.agrInfo[ref.ID]
	if info == nil || len(info.topics) == 0 || len(topics) == 0 {
		return true
	}
	for _, t := range topics {
		if slices.Contains(info.topics, t) {
			return true
		}
	}
	for _, t := range topics {
		if strings.Contains(strings.ToLower(ref.Name), t) {
			return true
		}
	}
	return false
}

// describedAgreement is the agreement a description names, keyed by its
// states, topics and folded noun.
func (b *builder) describedAgreement(topics []string, states []*entRef, noun string, proper bool) *entRef {
	var names []string
	seen := map[string]bool{}
	for _, s := range states {
		if !seen[s.ID] {
			seen[s.ID] = true
			names = append(names, s.Name)
		}
	}
	slices.Sort(names)
	parts := append(append(names, topics...), foldedNoun(noun))
	id := "agreement:" + slug(strings.Join(parts, " "))
	if r := b.refs[id]; r != nil {
		return r
	}
	name := strings.Join(append(append(append([]string{}, names...), topics...), noun), " ")
	r := &entRef{ID: id, Name: name, Kind: KindAgreement}
	b.refs[id] = r
	b.agrInfo[id] = &agrInfo{topics: slices.Clone(topics), states: names, described: true, stateless: len(states) == 0 && !proper}
	return r
}

// mergeAgreements settles the described agreements of an article: when it
// names exactly one agreement, its descriptions are that agreement ("the
// nuclear deal" in a report on the Joint Comprehensive Plan of Action);
// else a description that names no state ("a peace deal", "reached an
// agreement") is keyed by the states that the article says agreed to it
// (the actors of its agreeing acts), and dropped when there are none: "peace
// deal" alone would make every peace deal of every article one node.
func (b *builder) mergeAgreements() {
	for _, e := range b.ents {
		if e.Kind == KindAgreement {
			// "Treaty on Open Skies" is also "Open Skies Treaty".
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				for _, inv := range []string{invertedAgreementName(n), acronymNounName(n)} {
					if inv != "" && !strings.EqualFold(inv, e.Name) && !contains(e.Aliases, inv) {
						e.Aliases = append(e.Aliases, inv)
					}
				}
			}
		}
		// "arctic fisheries framework" is written "Arctic fisheries framework".
		if info := b.agrInfo[e.ID]; info != nil && info.described {
			for k, a := range e.Aliases {
				if strings.EqualFold(a, e.Name) {
					e.Name, e.Aliases = a, slices.Delete(e.Aliases, k, k+1)
					if r := b.refs[e.ID]; r != nil {
						r.Name = a
					}
					break
				}
			}
		}
	}
	// A description of a known agreement is that agreement.
	b.renameAgreements(b.knownAgreementIDs())
	var named, described []string
	for _, id := range b.order {
		if e := b.ents[id]; e == nil || e.Kind != KindAgreement {
			continue
		}
		if info := b.agrInfo[id]; info == nil || !info.described {
			named = append(named, id)
		} else {
			described = append(described, id)
		}
	}
	if len(described) == 0 {
		return
	}
	ren := map[string]string{}
	for _, id := range described {
		info := b.agrInfo[id]
		switch {
		case len(named) == 1 && b.topicsAgree(named[0], info.topics) && !b.knownByOtherNoun(named[0]):
			// Unless both say their topic and the topics differ: "a trade
			// pact with Chile" in a report on the Joint Framework on
			// Arctic Fisheries is another agreement.
			ren[id] = named[0]
		case info.stateless:
			ren[id] = b.partiesKey(id, info)
		}
	}
	b.renameAgreements(ren)
}

// topicsAgree reports whether a description with topics may be the named
// agreement id: one of them says no political topic (in its name or the
// descriptions given of it; places are no topic here), or they share one.
func (b *builder) topicsAgree(id string, topics []string) bool {
	var own []string
	if info := b.agrInfo[id]; info != nil {
		own = append(own, info.topics...)
	}
	if e := b.ents[id]; e != nil {
		own = append(own, strings.Fields(strings.ToLower(e.Name))...)
	}
	own = slices.DeleteFunc(own, func(w string) bool { return !agreementTopics[w] })
	topics = slices.DeleteFunc(slices.Clone(topics), func(w string) bool { return !agreementTopics[w] })
	if len(own) == 0 || len(topics) == 0 {
		return true
	}
	return slices.ContainsFunc(topics, func(t string) bool { return slices.Contains(own, t) })
}

// partiesKey is the ID of the stateless described agreement id by the
// states of the acts that agreed to it; "" when none does.
func (b *builder) partiesKey(id string, info *agrInfo) string {
	var names []string
	add := func(x string) {
		r := b.actsFor(b.refs[x])
		if r == nil || r.Country == "" {
			return
		}
		ct := b.d.byISO[r.Country]
		if ct == nil {
			return
		}
		if c := b.countryRef(ct); !slices.Contains(names, c.Name) {
			names = append(names, c.Name)
		}
	}
	for _, e := range b.events {
		if e.Agreement == id && e.Modality == ModalityAsserted && agreeingRoot(e.Root, b.refs[e.Agreement].nameOrEmpty()) {
			add(e.Source)
			if e.Target != id {
				add(e.Target)
			}
		}
	}
	if len(names) == 0 && len(info.topics) > 0 {
		// "Tehran threatened to leave the landmark nuclear accord": with a
		// topic, the states that act on it name it as a description would
		// ("Iran's nuclear deal": the same key).
		for _, e := range b.events {
			if e.Agreement == id || e.Target == id || e.Object == id {
				add(e.Source)
			}
		}
	}
	topics := info.topics
	if len(names) == 1 && len(topics) == 0 {
		// "Iran and six world powers reached an agreement to curb Tehran's
		// nuclear programme": the one state and the topic named with it in
		// the sentence, the key "Iran's nuclear deal" gets.
		for _, p := range info.around {
			if tp, ok := strings.CutPrefix(p, strings.ToLower(names[0])+" "); ok {
				topics = append(slices.Clone(topics), tp)
			}
		}
	}
	if len(names) < 2 && (len(names) == 0 || len(topics) == 0) {
		// One state agreeing names no agreement to know it by across
		// articles ("Norway and six other states reached an agreement").
		return ""
	}
	slices.Sort(names)
	noun := "agreement"
	if e := b.ents[id]; e != nil {
		f := strings.Fields(e.Name)
		noun = foldedNoun(f[len(f)-1])
		if isRoadMapName(e.Name) {
			noun = "road map"
		}
	}
	key := "agreement:" + slug(strings.Join(append(append(names, topics...), noun), " "))
	if b.agrInfo[key] == nil {
		// A description still: the graph joins it to the agreement that
		// is named (graph/resolve.go).
		b.agrInfo[key] = &agrInfo{described: true}
	}
	if b.ents[key] == nil {
		name := strings.Join(names, "-") + " " + strings.Join(append(slices.Clone(topics), noun), " ")
		b.ents[key] = &Entity{ID: key, Name: name, Kind: KindAgreement}
		b.order = append(b.order, key)
		b.refs[key] = &entRef{ID: key, Name: name, Kind: KindAgreement}
	}
	return key
}

// renameAgreements moves what names an agreement in ren's keys to the
// agreement it maps to; one mapped to "" is dropped with its party ties.
func (b *builder) renameAgreements(ren map[string]string) {
	if len(ren) == 0 {
		return
	}
	for from, to := range ren {
		if fi, ti := b.agrInfo[from], b.agrInfo[to]; fi != nil && to != "" {
			if ti == nil {
				ti = &agrInfo{}
				b.agrInfo[to] = ti
			}
			ti.topics, ti.around = mergeWords(ti.topics, fi.topics), mergeWords(ti.around, fi.around)
			if fi.described {
				ti.states = mergeWords(ti.states, fi.states)
			}
		}
		e := b.ents[from]
		if into := b.ents[to]; to != "" && into != nil && e != nil {
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				if agreementAlias(a) && a != into.Name && !contains(into.Aliases, a) && len(into.Aliases) < 20 {
					into.Aliases = append(into.Aliases, a)
				}
			}
			into.Mentions = append(into.Mentions, e.Mentions...)
			slices.SortFunc(into.Mentions, func(a, b Span) int { return a.Start - b.Start })
		}
		delete(b.ents, from)
	}
	b.order = slices.DeleteFunc(b.order, func(id string) bool { _, ok := ren[id]; return ok })
	b.renameIDs(ren) // a tie to a dropped agreement has an empty tail: addRel skips it
	b.events = slices.DeleteFunc(b.events, func(e Event) bool { return e.Source == "" })
}

// partyKind reports an actor that can be party to an agreement: a state,
// its government or military, an international organization or an armed
// group; not its nationals, firms or media.
func partyKind(r *entRef) bool {
	switch {
	case r.Kind == KindPerson:
		return false // a minister signs for a state; the state is the party
	case r.Kind == KindCountry:
		return true
	case r.Sector == "GOV" || r.Sector == "MIL" || r.Sector == "REB" || r.Sector == "IGO":
		return true
	}
	return strings.HasPrefix(r.Code, "IGO")
}

// actsFor is who an act of r binds to an agreement: r itself when it can
// be a party; for a person the text gives a state office ("US President
// X", "Russia's foreign minister Y", "X, the Kenyan trade minister"), that
// state, since officials sign for it; nil for anyone else (a firm's
// president, a former minister, a person without a title).
func (b *builder) actsFor(r *entRef) *entRef {
	switch {
	case r == nil:
		return nil
	case partyKind(r):
		return r
	case r.Kind != KindPerson || r.rolePast || r.roleUntil != "" || r.Sector != "GOV" || r.roleTail == nil:
		return nil
	case r.roleTail.Kind == KindCountry:
		return r.roleTail
	case r.roleTail.Sector == "GOV" && b.d.byISO[r.roleTail.Country] != nil:
		return b.countryRef(b.d.byISO[r.roleTail.Country])
	}
	return nil
}

// agreeingAct reports an act that makes its actors parties to the agreement
// it names: signing, ratifying or acceding (057), or reaching or signing
// an agreement coded as cooperation (030: "reached an agreement", "signed a
// deal").
func agreeingAct(code string, t trigger) bool {
	w := t.p.Words[0]
	return code[:2] == "05" || code[:2] == "03" && (w == "sign" || w == "reach" || w == "conclude" || w == "seal" || w == "strike") ||
		// "agreed to a ceasefire" (0871): its sides are the parties.
		strings.HasPrefix(code, "087") && (w == "agree" || w == "sign" || w == "reach" || w == "conclude")
}

// relativeAgreement is the agreement a relative clause opened by "which" or
// "that" hangs on ("the accord, which both sides signed"); "" when the
// clause opens no such relative or the word before it names no agreement.
func relativeAgreement(toks []token, ms []mention, cl *clause) string {
	k := cl.start
	if k < 1 || k >= len(toks) || toks[k].lower != "which" && toks[k].lower != "that" {
		return ""
	}
	end := k
	if toks[k-1].text == "," {
		end = k - 1
	}
	for _, m := range ms {
		if m.agr && m.ref != nil && m.j == end {
			return m.ref.ID
		}
	}
	return ""
}

// passiveAgreement is the agreement named before a passive verb in its
// clause ("The pact was ratified by ..."); "" when none.
func passiveAgreement(ms []mention, cl *clause, t trigger) string {
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.agr && m.ref != nil && m.i >= cl.start && m.j <= t.i {
			return m.ref.ID
		}
	}
	return ""
}

// agreementAlias reports whether a surface form of an agreement names it:
// it starts with a capital ("JFAF", "Iran nuclear deal"), not with a
// determiner or a common word ("the deal", "nuclear deal").
func agreementAlias(surface string) bool {
	return surface != "" && surface[0] >= 'A' && surface[0] <= 'Z' && !agreementDets[strings.ToLower(strings.Fields(surface)[0])] &&
		surface != "It" // "It was signed by ..."
}

// agreementEndsAt reports an agreement mention that ends right before
// token i.
func agreementEndsAt(ms []mention, i int) bool {
	for _, m := range ms {
		if m.agr && m.j == i {
			return true
		}
	}
	return false
}

// quantifiers before "states" or "reports" make it a noun: "Norway and six
// other states reached ...", "member states", "several reports".
var quantifiers = toSet(`other member two three four five six seven eight nine ten eleven twelve several
many some these those all both few`)

// pluralSayNoun reports a saying verb's form at k that is a plural noun
// after a number or quantifier ("six other states"), not a verb of saying.
func pluralSayNoun(toks []token, k int) bool {
	w := toks[k].lower
	if w != "states" && w != "reports" {
		return false
	}
	q := k - 1
	for q > 0 && q >= k-2 && toks[q].upper && toks[q].word {
		q-- // "six other Arctic states", "the 27 EU states"
	}
	p := toks[q].lower
	return quantifiers[p] || isDigit(p[0])
}

// knownAsAt returns where the name starts in ", known as (the) NAME" (also
// "formally", "officially", "also" or "widely" known as) from token i, or -1.
func knownAsAt(toks []token, i int) int {
	if i < len(toks) && toks[i].text == "," {
		i++
		if q := clauseAfterAside(toks, i); q >= 0 {
			// "The agreement, brokered by Turkey, is known as ...".
			i = q
		}
	} else if q := clauseAfterAside(toks, i); q >= 0 && q == i {
		// "The agreement is known as ...".
	} else {
		return -1
	}
	if i < len(toks) && (toks[i].lower == "is" || toks[i].lower == "was") {
		i++
	}
	if i < len(toks) && (toks[i].lower == "formally" || toks[i].lower == "officially" || toks[i].lower == "also" || toks[i].lower == "widely") {
		i++
	}
	switch {
	case i+1 < len(toks) && toks[i].lower == "known" && toks[i+1].lower == "as":
		i += 2
	case i < len(toks) && (toks[i].lower == "called" || toks[i].lower == "dubbed"):
		i++
	default:
		return -1
	}
	if i < len(toks) && toks[i].lower == "the" {
		i++
	}
	if i >= len(toks) || !toks[i].upper {
		return -1
	}
	return i
}

// clauseAfterAside returns i when "is" or "was" is at i, or the token after
// the comma that closes an aside opened before i (", brokered by Turkey,
// is"), when "is" or "was" follows it; -1 otherwise.
func clauseAfterAside(toks []token, i int) int {
	be := func(k int) bool { return k < len(toks) && (toks[k].lower == "is" || toks[k].lower == "was") }
	if be(i) {
		return i
	}
	for k := i; k < len(toks) && k < i+12; k++ {
		if toks[k].text == "," {
			if be(k + 1) {
				return k + 1
			}
			return -1
		}
		if toks[k].text == "." || toks[k].text == ";" {
			return -1
		}
	}
	return -1
}

// capitalRun is the end of the run of capitalized words from i, with "of",
// "and", "for", "on" and "the" inside it before another capitalized word
// ("Black Sea Grain Initiative", "Plan of Action").
func capitalRun(toks []token, i int) int {
	j := i
	for j < len(toks) {
		switch {
		case toks[j].upper && toks[j].word:
			j++
			continue
		case j > i && j+1 < len(toks) && toks[j+1].upper && toks[j+1].word &&
			(toks[j].lower == "of" || toks[j].lower == "and" || toks[j].lower == "for" || toks[j].lower == "on" || toks[j].lower == "the"):
			j++
			continue
		}
		break
	}
	return j
}

// mAtOf is the index of the mention of ms covering token k, -1 if none.
func mAtOf(ms []mention, k int) int {
	for x, m := range ms {
		if m.i <= k && k < m.j {
			return x
		}
	}
	return -1
}

// personIn reports whether a person is named in toks[i:j].
func (b *builder) personIn(ms []mention, i, j int) bool {
	for _, m := range ms {
		if m.i < j && m.j > i && m.person {
			return true
		}
	}
	return false
}

// appositionName is the mention of a name set off before a description
// that starts with determiner det at p ("the JFAF, the 2016 fisheries pact"):
// an organization or unknown name, not a state or a person; -2 for an
// acronym no mention covers; -1 when none.
func appositionName(toks []token, ms []mention, p int, det string) int {
	if det != "the" && det != "a" && det != "an" || p < 2 || toks[p-1].text != "," {
		return -1
	}
	for x, m := range ms {
		if m.j == p-1 && m.ref != nil && !m.person && !m.loc && !m.agr && (m.ref.Kind == KindOrganization && m.ref.Country == "" && m.ref.Sector == "") {
			return x
		}
		if m.i <= p-2 && p-2 < m.j {
			return -1
		}
	}
	if isAbbrev(toks[p-2].text) && toks[p-2].upper && len(toks[p-2].text) >= 3 {
		return -2
	}
	return -1
}

// formalOpeners follow the noun of a formal name that opens with it
// ("Framework on ...", "Treaty of ...", "Plan of Action").
var formalOpeners = toSet(`on of for`)

// lowerFormalName reads toks[i:] (after "the"), whose agreement noun is at
// k, as a formal name written in lower case: the words before the noun
// (modifiers, topics, places), the noun, and "on", "of" or "for" with one
// to three topic words or places after it ("joint framework on Arctic
// fisheries", "joint comprehensive plan of action"). It returns the name
// with its words capitalized ("Joint Framework on Arctic Fisheries"), the
// token after it and the mentions it covers, or "" when the phrase is no
// such name or makes no acronym of three letters: "the framework of the
// football", "the agreement on trade" are not names. Only a name with an
// acronym is read so: its acronym is what lets an article that spells the
// name in lower case meet the articles that capitalize it.
func lowerFormalName(toks []token, ms []mention, mAt func(int) int, i, k int) (string, int, []int) {
	if k+2 >= len(toks) || !formalOpeners[toks[k+1].lower] {
		return "", 0, nil
	}
	var inner []int
	end := k + 2
	if toks[k].lower == "plan" {
		end = k + 3 // "plan of action"
	} else {
		for end < len(toks) && end < k+5 {
			if x := mAt(end); x >= 0 {
				m := ms[x]
				if !m.loc || m.person || m.i != end {
					break
				}
				inner = append(inner, x)
				end = m.j
				continue
			}
			if t := toks[end]; !t.word || !agreementTopics[t.lower] && !(t.upper && !notNames[t.lower]) {
				break
			}
			end++
		}
		if end == k+2 || end < len(toks) && !nameEnds(toks[end]) {
			return "", 0, nil // "the joint convention on Pacific coast ...": the name goes on
		}
	}
	for ; i < k && len(toks[i].lower) == 4 && isDigit(toks[i].lower[0]); i++ {
		// "the 2016 joint framework on ...": the year is no part of the name.
	}
	var words []string
	for _, f := range strings.Fields(spanText(toks, i, end)) {
		if !nameFunctionWords[strings.ToLower(f)] {
			f = strings.ToUpper(f[:1]) + f[1:]
		}
		words = append(words, f)
	}
	name := strings.Join(words, " ")
	if nameAcronym(name) == "" {
		return "", 0, nil
	}
	return name, end, inner
}

// nameEnds reports a token that can follow a name written in lower case:
// punctuation, a function word, an auxiliary or a past form ("the joint
// framework on Arctic fisheries was signed", "... expired"); any other
// word goes on with the name, which is then not read.
func nameEnds(t token) bool {
	return !t.word || notNames[t.lower] || auxiliaries[t.lower] || strings.HasSuffix(t.lower, "ed")
}

// auxiliaries are the auxiliaries and copulas: a clause's verb.
var auxiliaries = toSet(`am is are was were be been will would shall should can could may might must has have had
does did do`)

// nameFunctionWords stay in lower case in a name.
var nameFunctionWords = toSet(`the and on for to in between of`)

// stayVerbs, followed by "committed to", "in", "part of", "within" or "a
// party to", confirm that their subject is still a party to the agreement
// that follows: "Norway said it remained committed to the accord",
// "Iceland will stay in the framework".
var stayVerbs = toSet(`remain remains remained remaining stay stays stayed staying`)

// stayAdverbs may sit between the verb and what follows it.
var stayAdverbs = toSet(`firmly fully still strongly also`)

// negators before a verb of staying deny it.
var negators = toSet(`not n't never no`)

// confirmParties adds a party_to claim for the subject of a verb of staying
// in an agreement ("remained committed to the JFAF"): a report that the tie
// holds on the article's date. It states no since nor until, so it opens no
// period and ends none; it is evidence, and moves the relation's
// last_seen. A verb that is denied, conditional, or asked of someone else
// ("urged Canada to stay in the pact") confirms nothing.
func (b *builder) confirmParties(toks []token, ms []mention, cls []clause, clOf []int, evidence func() string) {
	for _, m := range ms {
		if !m.agr || m.ref == nil {
			continue
		}
		v := stayVerbAt(toks, m.i)
		if v < 0 {
			continue
		}
		cl := &cls[clOf[v]]
		if cl.cond || len(cl.subject) == 0 || !slices.ContainsFunc(cl.subject, partyKind) || conditionAfter(toks, v) {
			continue
		}
		denied := false
		for q := v - 1; q >= cl.start && q >= v-3; q-- {
			w := toks[q].lower
			if negators[w] || w == "to" && q > 0 && !selfVerbs[toks[q-1].lower] {
				denied = true // "did not stay in", "urged X to stay in"
			}
		}
		if denied {
			continue
		}
		// "France and Germany said they remained committed": each state of
		// a coordinated subject.
		for _, s := range cl.subject {
			if partyKind(s) {
				b.addRel(Relation{Type: RelPartyTo, Head: s.ID, Tail: m.ref.ID, Evidence: evidence()})
			}
		}
	}
}

// selfVerbs before "to stay" say the subject's own resolve: "vowed to stay
// in the deal".
var selfVerbs = toSet(`vowed vows pledged pledges promised promises decided decides chose chooses intends
intended plans planned wants wanted wishes wished`)

// stayVerbAt is the verb of staying that governs an agreement named from
// token i ("remained committed to the", "stay in the", "remain part of
// the", "remain a party to"), or -1.
func stayVerbAt(toks []token, i int) int {
	q := i - 1
	if q >= 0 && agreementDets[toks[q].lower] {
		q--
	}
	if q < 1 {
		return -1
	}
	switch w := toks[q].lower; {
	case w == "in" || w == "within":
		q--
	case w == "to" && toks[q-1].lower == "committed":
		q -= 2
	case w == "of" && toks[q-1].lower == "part":
		q -= 2
	case w == "to" && q >= 3 && (toks[q-1].lower == "party" || toks[q-1].lower == "signatory") && (toks[q-2].lower == "a"):
		q -= 3
	default:
		return -1
	}
	for q >= 0 && stayAdverbs[toks[q].lower] {
		q--
	}
	if q < 0 || !stayVerbs[toks[q].lower] {
		return -1
	}
	return q
}

// conditionAfter reports "if" or "unless" after token v: "would stay in the
// charter if the quotas rose" confirms nothing.
func conditionAfter(toks []token, v int) bool {
	for _, t := range toks[v:] {
		if t.lower == "if" || t.lower == "unless" {
			return true
		}
	}
	return false
}

// isMonthOrDay reports a month or weekday name ("Good Friday" names a day,
// not an agreement).
func isMonthOrDay(w string) bool {
	_, m := months[w]
	_, d := weekdays[w]
	return m || d
}

// signVerbs sign or ratify what follows them.
var signVerbs = toSet(`signed sign signs signing ratified ratify ratifies ratifying`)

// lawWords end the names of laws and orders, which are signed but are no
// agreements ("signed the Official Secrets Act").
var lawWords = toSet(`act acts bill bills law laws order orders decree decrees directive regulation regulations
constitution amendment budget`)

// noMention reports that no mention covers a token of [i, j).
func noMention(mAt func(int) int, i, j int) bool {
	for k := i; k < j; k++ {
		if mAt(k) >= 0 {
			return false
		}
	}
	return true
}

// acronymOfNamed is the agreement the article named whose initials, the
// parts of hyphenated words counted, are the acronym at k ("TPP" for
// "Trans-Pacific Partnership"); nil for none.
func (b *builder) acronymOfNamed(toks []token, ms []mention, k int) *entRef {
	t := toks[k]
	if !t.upper || len(t.text) < 3 || !isAbbrev(t.text) || len(b.namedAgreements) == 0 {
		return nil
	}
	if x := mAtOf(ms, k); x >= 0 && (ms[x].ref == nil || ms[x].ref.Kind != KindOrganization || ms[x].ref.Country != "" || ms[x].ref.Sector != "") {
		return nil
	}
	for _, r := range b.namedAgreements {
		if initials(r.Name) == t.text {
			return r
		}
	}
	return nil
}

// initials are the upper-case first letters of a name's words and of the
// parts of its hyphenated words ("Trans-Pacific Partnership": TPP).
func initials(name string) string {
	var sb strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			sb.WriteByte(w[0])
		}
	}
	return sb.String()
}

// signedNameEnd is the end of the capitalized name that starts at i, its
// connectors ("of", "and", "for", "on") inside it, a weekday or month after
// it not ("signed the Humboldt Sardine Compact on Friday").
func signedNameEnd(toks []token, i int) int {
	name := func(t token) bool { return t.upper && t.word && !isMonthOrDay(t.lower) }
	j := i
	for j < len(toks) {
		switch {
		case name(toks[j]):
			j++
			continue
		case j > i && j+1 < len(toks) && name(toks[j+1]) &&
			(toks[j].lower == "of" || toks[j].lower == "and" || toks[j].lower == "for" || toks[j].lower == "on"):
			j++
			continue
		}
		break
	}
	return j
}

// acronymOnlyOrg reports a mention of a body known only by an acronym that
// no dictionary has (no country, code or sector): "the TPP" in an article
// that never expands it.
func acronymOnlyOrg(toks []token, m mention) bool {
	r := m.ref
	return r != nil && r.Kind == KindOrganization && r.Country == "" && r.Code == "" && r.Sector == "" &&
		m.j == m.i+1 && len(toks[m.i].text) >= 3 && isAbbrev(toks[m.i].text)
}

// acronymAgreement is the agreement that the one body the article knows
// only by an acronym turns out to be, when "the deal" or "the trade pact"
// refers back with no agreement named before; nil when there is no such
// body or more than one.
func (b *builder) acronymAgreement() *entRef {
	if len(b.acronymOrgs) != 1 {
		return nil
	}
	org := b.acronymOrgs[0]
	if id, ok := b.orgAgreements[org.ID]; ok {
		return b.refs[id]
	}
	// Only a body a state has left, joined or signed before the reference
	// ("The US pulled out of the TPP"): "the deal" after a firm's acronym
	// is a business deal.
	if !slices.ContainsFunc(b.events, func(e Event) bool {
		return e.Target == org.ID && e.Modality == ModalityAsserted && (e.Root == "16" || strings.HasPrefix(e.Cameo, "057")) && partyKind(b.refs[e.Source])
	}) {
		return nil
	}
	r := b.agreementRefNamed(org.Name, org.Name)
	if b.agrInfo[r.ID] == nil {
		b.agrInfo[r.ID] = &agrInfo{}
	}
	if b.orgAgreements == nil {
		b.orgAgreements = map[string]string{}
	}
	b.orgAgreements[org.ID] = r.ID
	return r
}

// acronymOrgsAsAgreements makes the bodies that references showed to be
// agreements those agreements: their mentions, the events aimed at them
// (with the agreement as the event's) and their ties (a membership
// becomes being a party).
func (b *builder) acronymOrgsAsAgreements() {
	if len(b.orgAgreements) == 0 {
		return
	}
	for k := range b.events {
		e := &b.events[k]
		if e.Agreement != "" {
			continue
		}
		if to, ok := b.orgAgreements[e.Target]; ok {
			e.Agreement = to
		} else if to, ok := b.orgAgreements[e.Object]; ok {
			e.Agreement = to
		}
	}
	for from, to := range b.orgAgreements {
		if b.ents[to] == nil {
			r := b.refs[to]
			b.ents[to] = &Entity{ID: to, Name: r.Name, Kind: KindAgreement}
			b.order = append(b.order, to)
		}
		if e := b.ents[from]; e != nil {
			e.Aliases = nil // its name is the agreement's already
		}
	}
	for k := range b.rels {
		// Before renaming: renameAgreements indexes the ties anew.
		r := &b.rels[k]
		if _, ok := b.orgAgreements[r.Tail]; ok && r.Type == RelMemberOf && partyKind(b.refs[r.Head]) {
			r.Type = RelPartyTo
		}
	}
	b.renameAgreements(b.orgAgreements)
}

// topicsAfterOn reads the agreement topics (agreementTopics, lower case)
// that follow "on" right after the agreement noun at k ("an agreement on
// border security", "a deal on nuclear arms"), when they end the noun
// phrase: "an agreement on border security" gives border and security,
// "an agreement on border crossings for trucks" gives none (the phrase
// goes on with another noun, so it is no topic of the agreement).
func topicsAfterOn(toks []token, k int) []string {
	if k+2 >= len(toks) || toks[k+1].lower != "on" {
		return nil
	}
	var topics []string
	j := k + 2
	for ; j < len(toks) && j < k+5; j++ {
		t := toks[j]
		if !t.word || t.upper || !agreementTopics[t.lower] {
			break
		}
		topics = append(topics, t.lower)
	}
	if j < len(toks) && toks[j].word && !nameEnds(toks[j]) {
		return nil
	}
	return topics
}
