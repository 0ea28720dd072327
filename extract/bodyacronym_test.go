package extract

import (
	"slices"
	"testing"
)

// TestBodyAcronym checks that an acronym given in parentheses after a body
// the dictionary knows names that body later in the article, and that a
// body's possessive before a person in a meeting's group is whose the
// person is, not a party to the meeting. Sentences written for the test.
func TestBodyAcronym(t *testing.T) {
	x := newTestExtractor(t)
	tests := []tripleCase{
		{
			name: "acronym of a known body is its name later",
			text: "The Palestinian Authority (PA) condemned the raid. Egypt later exchanged intelligence with the PA on the border.",
			want: []string{"country:EGY COOPERATE org:palestinian-authority"},
		},
		{
			name:    "letters that are not the name's initials are not taken",
			text:    "The Palestinian Authority (EU) condemned the raid. Egypt later exchanged intelligence with the EU on the border.",
			notWant: []string{"country:EGY COOPERATE org:palestinian-authority"},
		},
		{
			name:    "possessor before a person is not in the meeting",
			text:    "A meeting between Fiat's chief Paolo Rossi and Renault's Anne Martin was held on Monday in Paris.",
			want:    []string{"person:paolo-rossi CONSULT person:anne-martin"},
			notWant: []string{"person:anne-martin CONSULT org:renault", "person:paolo-rossi CONSULT org:renault"},
		},
	}
	checkTriples(t, x, tests)
}

// TestUndefinedAcronym checks that an acronym the article never gives in
// brackets names the body it named in full before, when the acronym spells
// that body's initials and no other body's. Sentences written for the test.
func TestUndefinedAcronym(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       string // the id of the acronym's mention
	}{
		{
			name: "one body spelled",
			text: "The Office of Rail Standards fined the operator on Monday. The ORS said the fine would be paid within a month.",
			want: "org:office-of-rail-standards",
		},
		{
			name: "two bodies spell it: neither is taken",
			text: "The Office of Rail Standards met the Organisation of Rural Schools on Monday. The ORS said the talks went well.",
			want: "org:ors",
		},
		{
			name: "no body before it",
			text: "The ORS said the fine would be paid within a month. The Office of Rail Standards fined the operator.",
			want: "org:ors",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t"}, tt.text)
			got := ""
			for _, e := range doc.Entities {
				if e.Name == "ORS" || slices.Contains(e.Aliases, "ORS") {
					got = e.ID
				}
			}
			if got != tt.want {
				t.Errorf("ORS is %q, want %q\n%s", got, tt.want, dumpDoc(doc))
			}
		})
	}
}
