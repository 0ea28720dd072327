package extract

import "testing"

// TestFirmOrigins: a country named before a description of a firm and the
// firm's name is where the firm comes from; the firm acts and is acted on.
// A government keeps its acts. Texts written for the test.
func TestFirmOrigins(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, source, target string
	}{
		{"Danish shipping group Maersk has signed a deal with Swedish rival Ericsson.", "Maersk", "Ericsson"},
		{"The biggest Danish phone company TDC has held talks with Telia.", "TDC", "Telia"},
		{"The Danish government has signed a deal with Sweden.", "Danish government", "Sweden"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			name := map[string]string{}
			for _, e := range doc.Entities {
				name[e.ID] = e.Name
			}
			if len(doc.Events) != 1 {
				t.Fatalf("events %v, want one", eventKeys(doc))
			}
			e := doc.Events[0]
			if got := name[e.Source]; got != tt.source {
				t.Errorf("source %q, want %q", got, tt.source)
			}
			if got := name[e.Target]; got != tt.target {
				t.Errorf("target %q, want %q", got, tt.target)
			}
		})
	}
}
