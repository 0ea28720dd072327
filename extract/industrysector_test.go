package extract

import (
	"strings"
	"testing"
)

// TestIndustrySector checks that "industry" after a country word names that
// country's business sector, not the country, and that a body whose name
// holds "Industry" keeps its own name. Sentences written for the test.
func TestIndustrySector(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct{ text, trigger, target string }{
		{"Senator Ann Lowe opened an investigation of the Japanese steel industry on Monday.", "investigation", "org:jpn-business"},
		{"The Confederation of British Industry criticised the new levy on Monday.", "criticised", ""},
	}
	for _, tt := range cases {
		doc := x.extract(Article{ID: "t"}, tt.text)
		found := false
		for _, e := range doc.Events {
			if !strings.Contains(e.Trigger, tt.trigger) {
				continue
			}
			found = true
			if tt.target != "" && e.Target != tt.target {
				t.Errorf("%q: want target %s, got %s\n%s", tt.text, tt.target, e.Target, dumpDoc(doc))
			}
			if tt.target == "" && e.Source != "org:confederation-of-british-industry" {
				t.Errorf("%q: want source the CBI, got %s\n%s", tt.text, e.Source, dumpDoc(doc))
			}
		}
		if !found {
			t.Errorf("%q: no %q event\n%s", tt.text, tt.trigger, dumpDoc(doc))
		}
	}
}
