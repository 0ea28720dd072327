package extract

import (
	"slices"
	"testing"
)

// TestWarnedIntent: a warning or claim that another actor is plotting or
// planning something ("X warned that Y were plotting to ...") is X accusing
// Y (112), Y the subject of the that-clause. What Y might do ("would",
// "could"), a claim no one owns ("reports that", "amid claims that"), a
// plain "said" and the warner's own plans are no accusation. Texts written
// for the test.
func TestWarnedIntent(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       string // "112 source>target"; "" for no 112 at all
	}{
		{
			name: "party warned rival was plotting",
			text: "The Green Party warned that the Liberal Democrats were plotting to scrap free bus passes.",
			want: "112 org:green-party>org:uk-liberal-democrats",
		},
		{
			name: "state claimed another was preparing",
			text: "Poland has claimed that Russia was preparing to cut gas supplies in winter.",
			want: "112 country:POL>country:RUS",
		},
		{
			name: "common-noun subject, adverb before the participle",
			text: "The Polish government warned that Russia is quietly preparing new tariffs.",
			want: "112 org:pol-government>country:RUS",
		},
		{
			name: "participle after a comma",
			text: "In a fiery speech, the Labour leader attacked what she called a secret agenda, claiming that the Tories were planning to sell off hospitals.",
			want: "112 org:uk-labour-party>org:uk-conservative-party",
		},
		{
			name: "what the rival would do is a forecast",
			text: "Poland warned that Russia would raise gas prices next winter.",
		},
		{
			name: "reports no one owns",
			text: "Critics seized on reports that Russia was preparing to cut gas supplies.",
		},
		{
			name: "plain said",
			text: "Finland said Russia was preparing a new pipeline.",
		},
		{
			name: "the warner's own plan",
			text: "Poland warned that it was preparing to expel Russian diplomats.",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if tt.want == "" {
				if slices.ContainsFunc(keys, func(k string) bool { return len(k) > 4 && k[:4] == "112 " }) {
					t.Errorf("events %v, want no 112", keys)
				}
				return
			}
			if !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
		})
	}
}
