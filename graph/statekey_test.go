package graph_test

import (
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
)

// TestStateOrganKeys: outlets name a state's act by the state, its capital,
// its government or one of its ministries; the key takes all of them for
// the state. Bodies that act on their own (armed forces, parliament,
// courts, police, a central bank, persons) keep keys of their own, and two
// organs of one state acting on each other are not made one actor.
func TestStateOrganKeys(t *testing.T) {
	ent := func(id, kind, country, sector string) extract.Entity {
		return extract.Entity{ID: id, Name: id, Kind: kind, Country: country, Sector: sector}
	}
	ents := []extract.Entity{
		ent("country:PRT", extract.KindCountry, "PRT", ""),
		ent("org:prt-government", extract.KindOrganization, "PRT", "GOV"),
		ent("org:prt-foreign-ministry", extract.KindOrganization, "PRT", "GOV"),
		ent("org:prt-finance-ministry", extract.KindOrganization, "PRT", "GOV"),
		ent("org:prt-military", extract.KindOrganization, "PRT", "MIL"),
		ent("org:prt-parliament", extract.KindOrganization, "PRT", "LEG"),
		ent("org:prt-judiciary", extract.KindOrganization, "PRT", "JUD"),
		ent("org:prt-police", extract.KindOrganization, "PRT", "COP"),
		ent("org:prt-opposition", extract.KindGroup, "PRT", "OPP"),
		ent("org:banco-central", extract.KindOrganization, "PRT", "GOV"),
		ent("person:rita-lobo", extract.KindPerson, "PRT", "GOV"),
		ent("country:MAR", extract.KindCountry, "MAR", ""),
		ent("org:mar-government", extract.KindOrganization, "MAR", "GOV"),
		ent("org:mar-parliament", extract.KindOrganization, "MAR", "LEG"),
	}
	ev := func(src, tgt string) extract.Event {
		return extract.Event{Cameo: "1663", Root: "16", Source: src, Target: tgt, Date: "2022-11-07"}
	}
	base := ev("country:PRT", "country:MAR")
	for _, c := range []struct {
		name string
		ev   extract.Event
		same bool
	}{
		{"the government for the state", ev("org:prt-government", "country:MAR"), true},
		{"a ministry for the state", ev("org:prt-foreign-ministry", "country:MAR"), true},
		{"another ministry", ev("org:prt-finance-ministry", "country:MAR"), true},
		{"the target's government", ev("country:PRT", "org:mar-government"), true},
		{"organs on both sides", ev("org:prt-foreign-ministry", "org:mar-government"), true},
		{"the armed forces", ev("org:prt-military", "country:MAR"), false},
		{"the parliament", ev("org:prt-parliament", "country:MAR"), false},
		{"the courts", ev("org:prt-judiciary", "country:MAR"), false},
		{"the police", ev("org:prt-police", "country:MAR"), false},
		{"the opposition", ev("org:prt-opposition", "country:MAR"), false},
		{"a central bank of its own name", ev("org:banco-central", "country:MAR"), false},
		{"a minister in person", ev("person:rita-lobo", "country:MAR"), false},
		{"the target's parliament", ev("country:PRT", "org:mar-parliament"), false},
	} {
		if got := graph.EventKey("a1", base, ents) == graph.EventKey("a2", c.ev, ents); got != c.same {
			t.Errorf("%s: same key as the state's act %v, want %v (%q, %q)", c.name, got, c.same,
				graph.EventKey("a1", base, ents), graph.EventKey("a2", c.ev, ents))
		}
	}
	// A parliament's statement and its government's on one day are two
	// events, whatever the outlets call the government.
	if graph.EventKey("a1", ev("org:prt-parliament", "country:MAR"), ents) == graph.EventKey("a2", ev("org:prt-government", "country:MAR"), ents) {
		t.Error("a parliament and its government got one key")
	}
	// Two organs of one state dealing with each other stay two actors:
	// keyed by the state, every such act of a day would be one.
	if graph.EventKey("a1", ev("org:prt-foreign-ministry", "org:prt-finance-ministry"), ents) ==
		graph.EventKey("a1", ev("org:prt-finance-ministry", "org:prt-foreign-ministry"), ents) {
		t.Error("two ministries of one state acting on each other got one key both ways")
	}
	// An act with no target keeps its source as named: "the government
	// denied" and "Portugal denied" of one day are not taken as one.
	if graph.EventKey("a1", ev("org:prt-government", ""), ents) == graph.EventKey("a2", ev("country:PRT", ""), ents) {
		t.Error("a government's and its state's acts with no target got one key")
	}
	// What the key knows comes from the article's entities: an id the
	// article does not list is taken as it is.
	if graph.EventKey("a1", ev("org:prt-government", "country:MAR"), nil) == graph.EventKey("a1", base, nil) {
		t.Error("an organ the article does not describe was keyed by its state")
	}
}
