package extract

import "testing"

// TestDeathInCustody: what a person died of names an act of force whose
// target is the one who died, a person word of no name as much as a name,
// and whose source is whoever held them: the actor of a custody phrase,
// else the unidentified attackers of the place. Texts written for the test.
func TestDeathInCustody(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // findEvent fields: CAMEO prefix, "source>target"
	}{
		{"A Kenyan detainee died as a result of torture while in Ugandan army custody, a lawyer said.",
			[]string{"1822", "org:uga-military>org:ken-civilians"}},
		{"An elderly prisoner died in a jail in Nepal following repeated torture, his family said.",
			[]string{"1822", "org:npl-unidentified-attackers>group:prisoner"}},
		{"An Egyptian prisoner died from torture in the custody of the Libyan police last week.",
			[]string{"1822", "org:lby-police>org:egy-civilians"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if !findEvent(doc, tt.want) {
				t.Errorf("no %v; events %v", tt.want, eventKeys(doc))
			}
		})
	}
}

// TestTortureNotDeath: the noun of a ban, or of torture no one died of, is
// no act. Texts written for the test.
func TestTortureNotDeath(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"The Kenyan parliament debated a ban on torture in police custody.",
		"A Nepali court heard claims of torture by prison guards in Kathmandu.",
	} {
		t.Run(text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
			for _, e := range doc.Events {
				if e.Trigger == "torture" {
					t.Errorf("unexpected event %v", eventKeys(doc))
				}
			}
		})
	}
}
