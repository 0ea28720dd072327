package extract

import "testing"

// TestFightOfWords: an attack or a clash that says or blames something
// (", saying", "for failing", "over fishing quotas", a word in double or, as
// headlines quote, single quotes) is criticism (ACCUSE); a plural
// possessive's apostrophe ("the soldiers' camp") opens no quote; one of
// force, or a clash of troops or police, stays what it was. Texts written
// for the test.
func TestFightOfWords(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, trigger, want string // want: the PLOVER type of the event on trigger
	}{
		{"Senator Ruth Alder of Canada attacked the prime minister for failing to cut fuel duty.", "attacked", "ACCUSE"},
		{"The Danish Green Party attacked the Danish government, saying its farm rules would ruin small growers.", "attacked", "ACCUSE"},
		{`The Brazilian president attacked "biased" foreign reporters at a rally in Recife.`, "attacked", "ACCUSE"},
		{"Norway's finance minister clashed with the European Commission over fishing quotas.", "clashed with", "ACCUSE"},
		{"Senator Ruth Alder of Canada attacked the way the Canadian census was run.", "attacked", "ACCUSE"},
		{"Norwegian minister attacks Swedish 'bluster'", "attacks", "ACCUSE"},
		{"Brazilian senator attacks Chilean 'arrogance'", "attacks", "ACCUSE"},
		{"Rebels attacked the soldiers' camp near Gao in Mali.", "attacked", "ASSAULT"},
		{"Rebels attacked an army base in northern Mali, killing six soldiers.", "attacked", "ASSAULT"},
		{"Israeli jets attacked Hamas targets over the weekend.", "attacked", "ASSAULT"},
		{"Indian and Pakistani troops clashed over the disputed border post on Monday.", "clashed", "ASSAULT"},
		{"Gunmen attacked a police convoy for the second time this week.", "attacked", "ASSAULT"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			found := false
			for _, e := range doc.Events {
				if e.Trigger != tt.trigger {
					continue
				}
				found = true
				if e.Plover != tt.want {
					t.Errorf("%s %s: got %s (%s), want %s", tt.trigger, e.Source, e.Plover, e.Cameo, tt.want)
				}
			}
			if !found {
				t.Errorf("no event on %q: %v", tt.trigger, eventKeys(doc))
			}
		})
	}
}
