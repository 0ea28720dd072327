package extract

import "testing"

// TestConditionedAct: a firmly announced act of reducing relations held
// over someone on an "if" or "unless" condition is a threat (CAMEO 13x);
// without the condition it stays the announced act, and a conditional
// act of cooperation stays an intent, never a threat. A rejection firmly
// announced on such a condition is a threat (130); one a rule only allows
// ("could refuse ... if") stays a rejection. Texts written for the test.
func TestConditionedAct(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text  string
		cameo string // CAMEO code of the first event
	}{
		{"Norway will cut aid to Chad unless N'Djamena frees the detained reporters.", "1311"},
		{"Unless N'Djamena frees the detained reporters, Norway will cut aid to Chad.", "1311"},
		{"Norway said it would recall its ambassador from Chad if the trials went ahead.", "1313"},
		{"Norway will cut aid to Chad next year.", "162"},
		{"Norway will invest in Chad if the new oil law is passed.", "0311"},
		{"The Labour Party says it will vote against the budget unless the fuel tax is dropped.", "130"},
		{"Unless the fuel tax is dropped, the Labour Party will vote against the budget.", "130"},
		{"The Labour Party says it will vote against the budget.", "120"},
		{"The Bundestag could refuse the request if the costs were too high.", "120"},
		// "halt" ends a mediation as "end" does; "supplies" are aid.
		{"Sweden may halt its mediation between the two Congolese factions if the shelling goes on.", "135"},
		{"The World Food Programme reduced fuel supplies to camps in Chad last month.", "162"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			got := ""
			if len(doc.Events) > 0 {
				got = doc.Events[0].Cameo
			}
			if got != tt.cameo {
				t.Errorf("events %v, want first %s", eventKeys(doc), tt.cameo)
			}
		})
	}
}
