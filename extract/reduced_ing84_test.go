package extract

import "testing"

// TestReducedIngDoer checks that a present participle right after an actor
// noun it describes (a reduced relative clause: "prosecutors investigating
// the failure") is done by that noun, not by the clause's subject, and that
// a place before the participle or an ordinary "-ing" main verb keeps the
// subject. Sentences written for the test.
func TestReducedIngDoer(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger, source string
	}{
		// The minister helps; the prosecutors investigate.
		{"The Dutch finance minister said he would help prosecutors investigating the failure of Norvik Bank.", "investigating", "org:nld-judiciary"},
		// The soldiers scatter the students; the students protest.
		{"Kenyan soldiers used water cannon to scatter students protesting the fee rise in Nairobi.", "protesting", "org:ken-civilians"},
		// A country after "in" is where Mr Okafor was, not who visits.
		{"Last week Mr Okafor was in Ghana visiting the new port at Tema.", "visiting", "person:okafor"},
		// An auxiliary before the -ing form: the clause's own verb.
		{"Brazil is investigating the bank.", "investigating", "country:BRA"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := lastOnTrigger(doc, tt.trigger)
		if e == nil {
			t.Errorf("%q: no event on %q\n%s", tt.text, tt.trigger, dumpDoc(doc))
			continue
		}
		if e.Source != tt.source {
			t.Errorf("%q: %q done by %s, want %s", tt.text, tt.trigger, e.Source, tt.source)
		}
	}
}

// TestReducedIngClause checks that the act of a participle describing the
// actor noun before it is told as background, as a relative clause is,
// while a participle done by the clause's subject after its object ("wrote
// to X urging") stays the main act, as does an -ing noun heading the
// subject ("army shelling destroyed ..."). modality, when given, is the
// participle's own: a reduced relative after "would help prosecutors" is
// under way, not planned, as a relative clause's act would be. Sentences
// written for the test.
func TestReducedIngClause(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger, want, modality string
	}{
		{"The Dutch finance minister said he would help prosecutors investigating the failure of Norvik Bank.", "investigating", ClauseBackground, ModalityAsserted},
		{"Ghanaian police investigating the Norvik Bank failure arrested its chairman in Accra on Monday.", "investigating", ClauseBackground, ""},
		{"Ghanaian police investigating the Norvik Bank failure arrested its chairman in Accra on Monday.", "arrested", ClauseMain, ""},
		// Done by the clause's subject, after its object: the main act.
		{"The Senegalese foreign minister wrote to President Keita urging him to free the hostages.", "urging him to", ClauseMain, ""},
		{"Brazil is investigating the bank.", "investigating", ClauseMain, ""},
		// The -ing word is a noun heading the subject: the shelling is the
		// sentence's main act, not the army's told in passing.
		{"Ethiopian army shelling destroyed a school in Mekelle on Sunday, the Tigrayan authorities said.", "shelling", ClauseMain, ""},
		{"Eritrean troops shelling killed three Ethiopian farmers near the border.", "shelling", ClauseMain, ""},
		// A modal before the noun stays with the governing verb's act.
		{"The Kenyan president said he would meet elders opposing the dam project.", "meet", ClauseMain, ModalityPlanned},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := lastOnTrigger(doc, tt.trigger)
		if e == nil {
			t.Errorf("%q: no event on %q\n%s", tt.text, tt.trigger, dumpDoc(doc))
			continue
		}
		if e.Clause != tt.want {
			t.Errorf("%q: %q told as %s, want %s", tt.text, tt.trigger, e.Clause, tt.want)
		}
		if tt.modality != "" && e.Modality != tt.modality {
			t.Errorf("%q: %q is %s, want %s", tt.text, tt.trigger, e.Modality, tt.modality)
		}
	}
}
