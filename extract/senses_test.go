package extract

import "testing"

// TestVerbSenses: "concede", "recognise", "appeal to", "monitor", "block" and
// "join" in their everyday senses (a point admitted, a face or a worry
// recognised, a product liked, developments watched, sites filtered, a job
// taken) make no event; yielding, granting standing, asking, keeping watch
// on a state, a state blocking sites and a state joining a union still do.
// Texts written for the test.
func TestVerbSenses(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // the event's CAMEO code, "" for none
	}{
		{"The Danish finance minister conceded there were errors in the budget.", ""},
		{"The Danish finance minister conceded this was a mistake.", ""},
		{"Mr Larsen conceded the new tax might have hurt Danish farmers.", ""},
		{"The Danish prime minister conceded defeat on Sunday.", "080"},
		{"The Danish government conceded to the demands of the farmers.", "083"},

		{"The Danish minister said he recognised the worries of farmers.", ""},
		{"Danish voters hardly recognised Lars Larsen.", ""},
		{"The Danish government recognises that the talks had failed.", ""},
		{"Denmark recognised Kosovo as an independent state.", "054"},

		{"Nokia hopes it will appeal to all ages.", ""},
		{"The Danish minister said he hoped Sweden would appeal to its voters.", ""},
		{"The Danish minister appealed to Sweden to reopen the border.", "020"},

		{"The Danish ministry will monitor developments closely.", ""},
		{"The Danish central bank has been monitoring the markets.", ""},
		{"The European Union will monitor Belarus to ensure it respects the embargo.", "090"},

		{"Google began blocking the infected sites on Monday.", ""},
		{"The Danish government has blocked sites critical of the king.", "144"},

		{"Maersk is growing fast. Mr Larsen joined the company in 2003 as a director.", ""},
		{"Mr Larsen joined Maersk in 1998 as an engineer.", ""},
		{"Sweden joined the European Union in 1995.", "050"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			for _, e := range doc.Events {
				if e.Cameo == tt.want || got == "" {
					got = e.Cameo
				}
			}
			if got != tt.want {
				t.Errorf("event %q, want %q (events %v)", got, tt.want, eventKeys(doc))
			}
		})
	}
}
