package extract

import (
	"slices"
	"strings"
)

// A bare capitalised name that acts ("Argonaut warned", "Ofcom offered")
// is made a person when nothing in its sentence says what it is. The rest
// of the article may: personsAsBodies makes such a person a body when no
// honorific, given name or title ever marks it a person and either the
// pronouns that follow it are a thing's ("Argonaut warned that it was low
// on cash ... when its shares were suspended") or a body noun stands right
// before it elsewhere ("telecom regulator Ofcom said").

// thingPronouns and personPronouns are the pronouns counted after a name.
var (
	thingPronouns  = toSet(`it its itself`)
	personPronouns = toSet(`he him his himself she her hers herself`)
)

// bodyNounSector are lower-case nouns that, right before a name, say it is
// a body's, with the sector they give ("" when they give none).
var bodyNounSector = map[string]string{
	"company": "BUS", "firm": "BUS", "group": "BUS", "bank": "BUS", "carrier": "BUS", "airline": "BUS",
	"operator": "BUS", "retailer": "BUS", "network": "MED", "channel": "MED", "broadcaster": "MED",
	"newspaper": "MED", "regulator": "", "watchdog": "", "club": "", "side": "",
}

// personsAsBodies turns into organizations the persons the article's
// pronouns or body nouns show to be bodies (see above).
func (b *builder) personsAsBodies() {
	ren := map[string]string{}
	for _, r := range b.persons {
		if r.Kind != KindPerson || r.roleTitle != "" || b.gender[r] != 0 || b.d.people[r.Name] != nil {
			continue
		}
		first, _, _ := strings.Cut(r.Name, " ")
		e := b.ents[r.ID]
		if e == nil || b.honorificBefore(e.Mentions) {
			continue
		}
		sec, body := "", b.whichOpens(e.Mentions)
		if sc := b.firmCueScore(e.Mentions, true); !body && (sc >= 4 || sc >= 2 && !b.d.given[strings.ToLower(first)]) {
			// "Krispy Kreme shares fell", "shares in Acme ... Acme's
			// profits": firm cues (firm_cues.go) make a firm; two of them
			// even of a name that opens with a given name ("George
			// Wimpey").
			sec, body = "BUS", true
		}
		if !body && b.d.given[strings.ToLower(first)] {
			continue
		}
		if !body {
			sec, body = b.bodyNounBefore(r.Name)
		}
		if !body && !b.thingPronouns(e.Mentions) {
			continue
		}
		id := "org:" + slug(r.Name)
		if b.refs[id] != nil || b.ents[id] != nil {
			continue
		}
		ren[r.ID] = id
		delete(b.refs, r.ID)
		delete(b.ents, r.ID)
		r.ID, r.Kind, r.Sector, r.Code = id, KindOrganization, sec, sec
		if ct := b.d.byISO[r.Country]; ct != nil {
			r.Code = ct.Cameo + sec
		}
		e.ID, e.Kind = id, KindOrganization
		b.refs[id], b.ents[id] = r, e
	}
	if len(ren) == 0 {
		return
	}
	b.persons = slices.DeleteFunc(b.persons, func(r *entRef) bool { return r.Kind != KindPerson })
	b.renameActors(ren)
}

// honorificBefore reports whether an honorific stands right before one of
// the mentions ("Mr Argent").
func (b *builder) honorificBefore(ms []Span) bool {
	for _, m := range ms {
		w := lastWord(b.text[:m.Start])
		if honorifics[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return true
		}
	}
	return false
}

// whichOpens reports whether a mention opens its sentence and a ", which"
// clause follows it ("Sun Brewing, which employs 8,000 staff, owns ..."):
// a person opening a sentence takes "who", so even a name that starts with
// a given name ("Laura Ashley, which floated in 1995") is a firm's.
func (b *builder) whichOpens(ms []Span) bool {
	for _, m := range ms {
		before := strings.TrimRight(b.text[:m.Start], " ")
		opens := before == "" || strings.ContainsRune(".!?\n", rune(before[len(before)-1]))
		if opens && strings.HasPrefix(b.text[m.End:], ", which ") {
			return true
		}
	}
	return false
}

// thingPronouns reports whether the first third-person singular pronoun
// after the mentions, in their sentences, is a thing's at least twice and
// a person's at most half as often.
func (b *builder) thingPronouns(ms []Span) bool {
	thing, person := 0, 0
	for _, m := range ms {
		rest := b.text[m.End:min(len(b.text), m.End+300)]
		for _, w := range strings.FieldsFunc(rest, func(c rune) bool { return c == ' ' || c == '\n' || c == ',' || c == '"' }) {
			end := strings.HasSuffix(w, ".") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!")
			low := strings.ToLower(strings.TrimRight(w, ".?!;:'\u2019"))
			if thingPronouns[low] {
				thing++
				break
			}
			if personPronouns[low] {
				person++
				break
			}
			if end {
				break
			}
		}
	}
	return thing >= 2 && person*2 < thing
}

// bodyNounBefore finds name in the text right after a lower-case body
// noun ("regulator Ofcom"): the sector the noun gives and true.
func (b *builder) bodyNounBefore(name string) (string, bool) {
	for off := 0; ; {
		k := strings.Index(b.text[off:], name)
		if k < 0 {
			return "", false
		}
		k += off
		off = k + len(name)
		if off < len(b.text) && isWordByte(b.text[off]) {
			continue // "Ofcoms", a longer word
		}
		if sec, ok := bodyNounSector[lastWord(b.text[:k])]; ok {
			return sec, true
		}
		if sec, ok := bodyNounSector[commaNounBefore(b.text[:k])]; ok && closesApposition(b.text[off:]) {
			return sec, true
		}
		if sec, ok := bodyNounSector[commaNounAfter(b.text[off:])]; ok {
			return sec, true
		}
	}
}

// commaNounBefore is the noun of a comma-set apposition that ends before
// a name ("the airline, Aer Lingus" gives "airline"): the word before the
// comma, when a determiner opens its phrase within three words, so that a
// list ("Rome, Paris, Lorvane") gives none.
func commaNounBefore(s string) string {
	s = strings.TrimRight(s, " ")
	if !strings.HasSuffix(s, ",") {
		return ""
	}
	s = s[:len(s)-1]
	noun := lastWord(s)
	ws := strings.Fields(s[:len(s)-len(noun)])
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-3; i-- {
		if isDeterminer(ws[i]) {
			return noun
		}
	}
	return ""
}

// commaNounAfter is the noun of a comma-set apposition right after a name
// ("Aer Lingus, the Irish airline, said"): a determiner, up to two more
// words, then the noun, which must end the apposition (a comma, stop or
// "which"/"that"), so that "Lorvane, a bank manager" gives none.
func commaNounAfter(s string) string {
	return commaNounWithin(s, 3)
}

// commaNounWithin is commaNounAfter with up to n words between the
// determiner and the noun ("HP, the world's biggest printer firm," takes 4).
func commaNounWithin(s string, n int) string {
	if !strings.HasPrefix(s, ", ") {
		return ""
	}
	ws := strings.Fields(s[2:min(len(s), 80)])
	if len(ws) < 2 || !isDeterminer(ws[0]) {
		return ""
	}
	for i := 1; i < len(ws) && i <= n; i++ {
		w := ws[i]
		noun := strings.TrimRight(w, ",.;:)")
		if noun != w && noun != "" {
			return noun
		}
		if i+1 < len(ws) && (ws[i+1] == "which" || ws[i+1] == "that") {
			return noun
		}
	}
	return ""
}

// closesApposition reports whether the text after a name closes the
// apposition it ends ("the airline, Aer Lingus, said"): without a comma or
// stop the name may open the next clause ("in the newspaper, Lorvane said").
func closesApposition(s string) bool {
	return s == "" || strings.ContainsRune(",.;:)", rune(s[0]))
}

// isDeterminer reports whether w opens an apposition that names what a
// body is: an article, "its"/"their" or a possessive ("Ireland's").
func isDeterminer(w string) bool {
	return appositionDeterminers[strings.ToLower(w)] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s")
}

// appositionDeterminers are the articles and pronouns isDeterminer takes.
var appositionDeterminers = toSet(`the its a an their`)

// lastWord is the word that ends s, after spaces; "" when s ends in
// anything else.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	i := len(s)
	for i > 0 && (isWordByte(s[i-1]) || s[i-1] == '.') {
		i--
	}
	return s[i:]
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
}

// renameActors moves what names an entity in ren's keys to the id it maps
// to: the entity order, events, relations and pending ends of ties.
func (b *builder) renameActors(ren map[string]string) {
	for k, id := range b.order {
		if to, ok := ren[id]; ok {
			b.order[k] = to
		}
	}
	b.renameIDs(ren)
}

// renameIDs moves the ids in ren's keys to the ids they map to wherever
// events, pending ends of ties and relations name them. Relations are
// indexed anew (addRel), which drops one whose end is mapped to "". Shared
// by renameActors and renameAgreements so that a field added to Event or
// pendingClose is renamed in both.
func (b *builder) renameIDs(ren map[string]string) {
	rn := func(s *string) {
		if to, ok := ren[*s]; ok {
			*s = to
		}
	}
	for k := range b.events {
		e := &b.events[k]
		rn(&e.Source)
		rn(&e.Target)
		rn(&e.Object)
		rn(&e.Agreement)
	}
	for k := range b.pendingUntil {
		rn(&b.pendingUntil[k].tail)
		for h := range b.pendingUntil[k].heads {
			rn(&b.pendingUntil[k].heads[h])
		}
	}
	rels := b.rels
	b.rels, b.relSeen = make([]Relation, 0, len(rels)), map[string]int{}
	for _, r := range rels {
		rn(&r.Head)
		rn(&r.Tail)
		b.addRel(r)
	}
}
