package extract

import (
	"slices"
	"testing"
)

// TestPassiveFrame checks frames read in the passive, their object noun
// first: the doer after "by", the target after the frame's preposition or
// the owner of the object noun. A verb reading of a noun opening the
// sentence ("Sanctions") gives way. Sentences written for the test.
func TestPassiveFrame(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text string
		code string
		want []string // "source target" of events of the code
	}{
		{"Sanctions were imposed on Syria by the European Union last week.", "163", []string{"org:eu country:SYR"}},
		{"The court threw out a lawsuit filed against Nigeria by Amnesty International.", "115", []string{"org:amnesty country:NGA"}},
		// A complaint is aimed by "against"; the body it is made to only hears it.
		{"A formal complaint was lodged with the United Nations by Pakistan.", "114", []string{"country:PAK "}},
		// The owner of the object noun.
		{"Japan's decision was welcomed yesterday by Indonesia.", "051", []string{"country:IDN country:JPN"}},
		// No doer named: nothing coded.
		{"Sanctions were imposed on Syria last week.", "163", nil},
		// The object noun in a prepositional phrase: background.
		{"Miners marched against the sanctions imposed on Poland by the United States.", "163", nil},
		// The "by" phrase belongs to another participle.
		{"Talks stalled after tariffs were cut under a plan drafted by Brazil.", "085", nil},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got []string
		for _, e := range doc.Events {
			if e.Cameo == tt.code {
				got = append(got, e.Source+" "+e.Target)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: want %q, got %q\n%s", tt.text, tt.want, got, dumpDoc(doc))
		}
	}
}

// TestPassiveFrameWeapon checks that a passive frame of force that is the
// subject of a verb of force gives that verb its doer, and no act of its own,
// and that one aimed at no one named makes no act.
func TestPassiveFrameWeapon(t *testing.T) {
	x := newTestExtractor(t)
	doc := x.extract(Article{ID: "t"}, "Rockets fired by Hezbollah struck an Israeli army post on Sunday.")
	if got := cameoEvents(doc); !slices.Equal(got, []string{"190 org:hezbollah org:isr-military"}) {
		t.Errorf("want one 190 event by Hezbollah on the Israeli military, got %q\n%s", got, dumpDoc(doc))
	}
	// Fired at no one the sentence names: no act.
	doc = x.extract(Article{ID: "t"}, "A rocket fired by Hezbollah landed in an empty field.")
	for _, e := range doc.Events {
		if e.Cameo[:2] == "19" {
			t.Errorf("want no act of force, got %s %s>%s\n%s", e.Cameo, e.Source, e.Target, dumpDoc(doc))
		}
	}
}
