package extract

import "testing"

// TestShowbizWords89: a television or games story told in words like "TV",
// "viewers", "stars", "gaming" or "websites" (none of which was in the
// showbiz/tech list) closes the gate on private persons, while "rock" is left
// out of the list: "the Rock" is Gibraltar in politics stories. Texts written
// for the test.
func TestShowbizWords89(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		events     bool // whether any event is expected
	}{
		{
			name: "a presenter's complaint about TV: five sentences of fifteen",
			text: "Marta Quill criticised Tobias Grenn on Sunday. Quill said she was tired of cheap TV. " +
				"Grenn said his programmes were popular. Ratings rose in spring. Quill hosted a quiz for ten years. " +
				"The stars of her old panel agreed with her. Viewers wrote in by the hundred. Grenn did not reply. " +
				"He lives near Leeds. Quill was born in Hull. She has two children. She left the network in 2001. " +
				"The two met at a party. The dispute goes on. Her new show starts in May.",
		},
		{
			name: "a games developer's warning: gaming and websites",
			text: "Pavel Oster warned Lena March on Friday. Oster said the gaming business was in trouble. " +
				"March runs two websites about consoles. Oster said talent was short. Staff are hard to find. " +
				"The firm is based in Dundee. It was founded in 1990. Sales fell last year. " +
				"March said she was hopeful. The next gaming fair is in August.",
		},
		{
			name: "the Rock is Gibraltar: a politics story keeps its events",
			text: "Gibraltarians rejected plans for shared rule by Britain and Spain in a vote in 2002. " +
				"Life on the Rock goes on. The border is busy in summer. Tourists climb the Rock every day. " +
				"The port is small. Residents of the Rock voted in large numbers. The result was clear. " +
				"The weather was warm. Few expect a change soon.",
			events: true,
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := len(doc.Events) > 0; got != tt.events {
				t.Errorf("events %v, want any: %v", eventKeys(doc), tt.events)
			}
		})
	}
}
