package extract

import "strings"

// A business story names a firm by its name alone ("Argonaut", "MCI",
// "Interbrew") far more often than with a firm's word in it, so the name
// is often read as a body of no sector (or a person). What the article says
// of the name elsewhere tells it is a firm: its shares, share price,
// shareholders or profits ("MCI's board", "shares in SSL", "Krispy Kreme
// shares fell", "a stake in Sun Interbrew"), or an apposition calling it a
// firm ("Blinkx, the company"). firmsByCues gives such a body the business
// sector, so that the scope rules (dropPrivateEvents) see the firm it is.

// firmPossessions are what a firm owns and a person or a public body does
// not: after "X's" they say X is a firm. The score is 2 for a cue strong
// enough alone, 1 for one a charity or a regulator may share ("the
// agency's board", "the charity's chief executive"), which needs a second.
var firmPossessions = map[string]int{
	"shares": 2, "shareholders": 2, "shareholder": 2, "stock": 2, "profits": 2, "profit": 2,
	"takeover": 2, "earnings": 2, "sales": 1, "revenues": 1, "revenue": 1, "board": 1,
	"chief": 1, "customers": 1, "subscribers": 1,
}

// firmHeldIn are the words right before a name that make it a firm, with
// their scores: what one holds in or does to a firm ("shares in SSL",
// "takeover of MCI"); a share of it or a bid for it ("owns 51% of KFB",
// "an offer for MCI") needs a second cue.
var firmHeldIn = map[string]int{"shares in": 2, "shares of": 2, "stake in": 2, "stakes in": 2,
	"shareholders in": 2, "shareholder in": 2, "takeover of": 2, "acquisition of": 2,
	"% of": 1, "bid for": 1, "offer for": 1, "acquire": 1, "buy": 1, "buying": 1}

// sharesMoved are the verbs after "X shares" that tell a firm's shares
// moved ("Krispy Kreme shares fell"), not a person sharing something.
var sharesMoved = toSet(`rose fell jumped slid slipped dropped gained climbed soared slumped tumbled surged
plunged rallied closed ended were have had lost added`)

// notFirmHeads are firm heads (firmHeads) that an apposition gives to
// other bodies too ("a pressure group", "a TV network", "its partner").
var notFirmHeads = toSet(`group network partner rival rivals provider publisher`)

// firmCueScore sums the firm cues (see above) around the mentions ms. Of
// a name read as a person's (person), "X's board" and "X's chief
// executive" are strong: a person has neither.
func (b *builder) firmCueScore(ms []Span, person bool) int {
	score := 0
	for _, m := range ms {
		after := b.text[m.End:min(len(b.text), m.End+40)]
		before := strings.ToLower(strings.TrimRight(b.text[max(0, m.Start-40):m.Start], " "))
		if rest, ok := strings.CutPrefix(after, "'s "); ok {
			w, tail, _ := strings.Cut(rest, " ")
			s := firmPossessions[strings.TrimRight(w, ",.;:")]
			if w == "share" && strings.HasPrefix(tail, "price") {
				s = 2
			}
			if w == "chief" && !strings.HasPrefix(tail, "executive") {
				s = 0
			}
			if person && s == 1 && (w == "chief" || w == "board") {
				s = 2
			}
			score += s
		}
		if rest, ok := strings.CutPrefix(after, " shares "); ok {
			w, _, _ := strings.Cut(rest, " ")
			if sharesMoved[strings.TrimRight(w, ",.;:")] {
				score += 2
			}
		}
		for p, s := range firmHeldIn {
			if strings.HasSuffix(before, p) && (p[0] == '%' || before == p || !isWordByte(before[len(before)-len(p)-1])) {
				score += s
			}
		}
		if h := firmApposition(b.text[m.End:]); firmHeads[h] && !notFirmHeads[h] {
			score += 2
		}
	}
	return score
}

// firmApposition is the noun of a comma-set apposition after a name, in
// lower case: up to five words after its determiner ("HP, the world's
// biggest printer firm, declined"), as long as no preposition stands
// before the noun ("CompTIA, an umbrella organization for technology
// companies," is no firm).
func firmApposition(s string) string {
	h := commaNounWithin(s, 5)
	if h == "" {
		return ""
	}
	k := strings.Index(s, h)
	for _, w := range strings.Fields(s[:max(k, 0)]) {
		if appositionPreps[w] {
			return ""
		}
	}
	return strings.ToLower(h)
}

// appositionPreps end the head of an apposition: a noun after them is not
// what the name is.
var appositionPreps = toSet(`of for with in at from by to`)

// firmsByCues gives the business sector to the article's bodies of no
// sector whose mentions carry firm cues scoring 2 or more.
func (b *builder) firmsByCues() {
	for id, r := range b.refs {
		if r.ID != id || r.Kind != KindOrganization || r.Sector != "" {
			continue
		}
		e := b.ents[id]
		if e == nil || b.firmCueScore(e.Mentions, false) < 2 {
			continue
		}
		r.Sector, r.Code = "BUS", "BUS"
		if ct := b.d.byISO[r.Country]; ct != nil {
			r.Code = ct.Cameo + "BUS"
		}
	}
}
