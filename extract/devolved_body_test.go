package extract

import "testing"

// TestScottishExecutiveIsGovernmentBody: the Scottish Executive is a
// British government body of its own, not the United Kingdom as a
// country, as source and as target. Texts written for the test.
func TestScottishExecutiveIsGovernmentBody(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, want string
	}{
		{"The Scottish Executive agreed to introduce a tax on plastic bags.", "030 org:scottish-executive>"},
		{"The Conservatives accused the Scottish Executive of wasting money on consultants.", ">org:scottish-executive"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			for _, k := range keys {
				if len(k) >= len(tt.want) && (k[:len(tt.want)] == tt.want || k[len(k)-len(tt.want):] == tt.want) {
					return
				}
			}
			t.Errorf("events %v, want one matching %q", keys, tt.want)
		})
	}
}
