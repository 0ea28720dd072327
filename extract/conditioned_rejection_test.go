package extract

import "testing"

// TestConditionedRejection: a rejection firmly announced on an "if" or
// "unless" condition is a threat (130); unconditioned it stays a planned
// rejection, and one a rule only allows ("could refuse ... if") is no
// threat. Texts written for the test.
func TestConditionedRejection(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text  string
		cameo string // CAMEO code of the first event
	}{
		{"The Labour Party says it will vote against the budget unless the fuel tax is dropped.", "130"},
		{"Unless the fuel tax is dropped, the Labour Party will vote against the budget.", "130"},
		{"The Labour Party says it will vote against the budget.", "120"},
		{"The Bundestag could refuse the request if the costs were too high.", "120"},
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
