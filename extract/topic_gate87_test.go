package extract

import "testing"

// TestTopicGate87: the sport and showbiz/tech gates (noise70) also close
// over short sports reports, long interviews and entertainment stories that
// speak of their topic in fewer sentences (topic87) or in the words ent89
// added, while a politics story that names one sports body again and again,
// or the Rock, keeps its events. Texts written for the test.
func TestTopicGate87(t *testing.T) {
	x := newTestExtractor(t)
	// quarrel is coded when nothing marks the story as sport or showbiz.
	const quarrel = "Nadia Brenner criticised Oskar Lind on Thursday. "
	for _, tt := range []struct {
		name, text string
		events     bool // whether any event is expected
	}{
		{
			name:   "the quarrel alone is an event",
			text:   "Nadia Brenner criticised Oskar Lind on Thursday. Brenner said the decision was unfair.",
			events: true,
		},
		{
			name: "a short tennis piece: two sport sentences of nine, two sport words",
			text: quarrel + "Brenner said she had not decided on her future. She spoke to reporters in Basel. " +
				"She thanked her family. Her brother lives in Zurich. She has given up tennis for now. " +
				"The weather was cold. She may enter a tournament next spring. She left by train.",
		},
		{
			name: "a star's quarrel told at length: three film sentences of fourteen",
			text: quarrel + "Lind said he was hurt. Brenner said she meant it. Lind called his lawyer. " +
				"The lawyer said nothing. Brenner left the house. Lind stayed behind. Her sister spoke to reporters. " +
				"The neighbours were surprised. The pair met in 2010. Brenner starred in a film about sailors. " +
				"Lind directed the film. The movie opened in May.",
		},
		{
			name: "politics naming one sport word many times keeps its events",
			text: "Nadia Brenner criticised Oskar Lind over the Olympic bid on Thursday. Brenner leads the Green Party in the city. " +
				"Lind said the Olympic bid would bring jobs. The council meets on Monday. Lind is the city's finance chief. " +
				"The budget is due in March. Taxes may rise. The vote is close. The debate goes on. " +
				"Both sides will speak on radio. Polls open in June. Turnout was low last time.",
			events: true,
		},
		// ent89: a television or games story told in words like "TV",
		// "viewers", "stars", "gaming" or "websites" closes the gate on
		// private persons; "rock" stays out of the list: "the Rock" is
		// Gibraltar in politics stories.
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
