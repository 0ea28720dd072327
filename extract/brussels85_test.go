package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestSeatBodyActor: "Brussels" as the doer or the one acted on stands for
// the European Union seated there, while a Brussels that is a place (after
// "in", "to", an article, before ", Belgium") stays the city of Belgium.
// Sentences written for the test.
func TestSeatBodyActor(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want []string // eventKeys
	}{
		// the object of an act
		{"The Canadian government lodged a complaint against Brussels over its fishing quotas.", []string{"114 org:can-government>org:eu"}},
		{"The Spanish fishing industry accused Brussels of betraying its fleet.", []string{"112 org:esp-business>org:eu"}},
		// the subject, and the subject of a clause after "demands that"
		{"Brussels criticised Hungary over its new media law.", []string{"110 org:eu>country:HUN"}},
		{"Slovakia renewed its demands that Brussels unfreeze the grants.", []string{"100 country:SVK>org:eu"}},
		// a place gone to, or a capital in a dateline: the city
		{"The Irish premier flew to Brussels to meet the Dutch prime minister.", []string{"042 org:irl-government>country:BEL"}},
		{"BRUSSELS -- Italy criticised Austria over its border checks.", []string{"110 country:ITA>country:AUT"}},
		// another capital acting still stands for its own state
		{"Oslo criticised Stockholm over the pipeline.", []string{"110 country:NOR>country:SWE"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if got := eventKeys(doc); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSeatBodyPlace: a Brussels that names a place is no actor of the
// European Union: hyphened it describes, and after "in" or before a comma
// and a country it is the city.
func TestSeatBodyPlace(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"The talks in Brussels angered Turkey.",
		"Brussels, Belgium: the Dutch premier criticised Turkey on Monday.",
		"A Brussels-based lobby group criticised Turkey.",
		"Finnish ministers met in Brussels, Belgium, on Monday and criticised Turkey.",
	} {
		t.Run(text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
			for _, k := range eventKeys(doc) {
				if strings.Contains(k, "org:eu") {
					t.Errorf("event %s names the EU for a place", k)
				}
			}
		})
	}
}
