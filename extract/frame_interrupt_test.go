package extract

import (
	"slices"
	"testing"
)

// TestFrameInterrupted: a time between a verb's addressee and its "to", or a
// quotation opened before the bidden verb, leaves the frame whole. Texts
// written for the test.
func TestFrameInterrupted(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // an event key (eventKeys); "" for none with the trigger
		trig string
	}{
		// A time between the addressee and "to".
		{`Nigeria will ask the African Union on 12 or 13 June to send observers to the vote.`, "020 country:NGA>org:african-union planned", "ask"},
		{`Nigeria asked the Emir last week to send observers to the vote.`, "020 country:NGA>group:emir requested", "asked"},
		// A quotation opened before the bidden verb.
		{`Kenya's foreign minister told Somalia to "stop the raids" across the border.`, "100 org:ken-government>country:SOM", "told"},
		{`Kenya's foreign minister told the Somali president to "stop the raids" across the border.`, "100 org:ken-government>org:som-government", "told"},
		// A report after "told", quoted or not, is no bidding.
		{`Kenya's foreign minister told reporters the raids had "come to an end".`, "", "told"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if tt.want == "" {
				for _, e := range doc.Events {
					if len(e.Trigger) >= len(tt.trig) && e.Trigger[:len(tt.trig)] == tt.trig {
						t.Errorf("events %v, want none triggered by %q", keys, tt.trig)
					}
				}
				return
			}
			if !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
		})
	}
}
