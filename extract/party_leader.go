package extract

import "strings"

// A party leader is often named bare ("Michael Howard has backed ...") and
// only described by office later in the article ("But the Tory leader
// argued ..."). The description is read as the party itself (the party's
// office, code GBRPTY), so the events it makes are coded, but those made by
// the bare name have no code at all. partyLeaderDescriptions gives the
// person the description stands for the code a title before the name gives
// ("Tory leader Michael Howard": the party's code), as firm65's rules give
// officers of parties theirs.

// partyLeaderDescriptions codes the person a definite "the <party> leader"
// description stands for: of the persons with no code named before it, the
// one mentioned last before it. Nothing changes when the article already
// names the party's leader by title ("Tory leader X": that X is the leader)
// or no uncoded person comes before.
func (b *builder) partyLeaderDescriptions() {
	for _, id := range b.order {
		party := b.refs[id]
		e := b.ents[id]
		if party == nil || e == nil || party.Kind != KindOrganization || party.Sector != "PTY" || party.Code == "" || b.leaderNamed(party) {
			continue
		}
		for _, m := range e.Mentions {
			if !b.leaderDescription(m) {
				continue
			}
			if r := b.describedLeader(m.Start); r != nil {
				r.Code, r.Country, r.Sector = party.Code, party.Country, party.Sector
			}
			break
		}
	}
}

// leaderNamed reports whether a person of the article holds the office of
// the party's leader by a title the text gives.
func (b *builder) leaderNamed(party *entRef) bool {
	for _, r := range b.persons {
		if r.roleTail == party && strings.EqualFold(r.roleTitle, "leader") {
			return true
		}
	}
	return false
}

// leaderDescription reports whether mention m of a party reads "the <party>
// leader" with no name after it.
func (b *builder) leaderDescription(m Span) bool {
	if m.End > len(b.text) || !strings.EqualFold(lastWord(b.text[:m.Start]), "the") {
		return false
	}
	// "the Scottish National Party's parliamentary leader" is another
	// office: the word before "leader" must be the party's name.
	words := strings.Fields(b.text[m.Start:m.End])
	n := len(words)
	return n >= 2 && strings.ToLower(words[n-1]) == "leader" && words[n-2] != "" && words[n-2][0] >= 'A' && words[n-2][0] <= 'Z' && !strings.HasSuffix(words[n-2], "'s")
}

// describedLeader is the person with no code and no title mentioned last
// before offset at; nil when there is none. (The person named most often
// before was tried: an actor interviewed at length in an arts story, or a
// prisoner in a report on his escape, is named more often than the leader.)
func (b *builder) describedLeader(at int) *entRef {
	var best *entRef
	bestLast := -1
	for _, r := range b.persons {
		e := b.ents[r.ID]
		if r.Kind != KindPerson || r.Code != "" || r.roleTitle != "" || e == nil {
			// A person the text gives another office ("Liberal leader
			// Jeremy Thorpe", of a party no dictionary lists) is not
			// this party's leader.
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < at && m.Start > bestLast {
				best, bestLast = r, m.Start
			}
		}
	}
	return best
}
