package extract

import "testing"

// TestCollectiveActors: a kind of firms ("the rubber companies",
// "mortgage firms") and people named by what they do together
// ("critics", "campaigners") are the doers of their acts, a group of no
// country; bare "the companies" are firms named before and stay no actor.
func TestCollectiveActors(t *testing.T) {
	x := newTestExtractor(t)
	checkTriples(t, x, []tripleCase{
		{name: "kind of firms denies", text: "Shortly after the ruling, the rubber companies denied the charges against them.",
			want: []string{"group:companies  "}},
		{name: "bare firms are firms named before", text: "The companies denied the charges against them.",
			notWant: []string{"group:companies  "}},
		{name: "counted firms name no kind", text: "On Monday, several banks criticised the Bank of England for its delay.",
			notWant: []string{"group:banks ACCUSE org:bank-of-england"}},
		{name: "firms of a kind agree with a body", text: "Twelve mortgage firms agreed a settlement last month.",
			want: []string{"group:firms AGREE "}},
		{name: "critics accuse", text: "Critics have accused Ms Varga of steering state contracts to her friends.",
			want: []string{"group:critics ACCUSE person:varga"}},
		{name: "campaigners criticise", text: "Campaigners criticised Mayor Lindqvist for ignoring tenants.",
			want: []string{"group:campaigners ACCUSE person:lindqvist"}},
	})
}
