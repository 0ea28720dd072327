package extract

import (
	"slices"
	"testing"
)

// TestNameVariantOnePerson checks that one person whose given name an
// article spells two ways, or gives once with middle names, is one actor,
// while two people of one surname stay two. Sentences written for the
// test.
func TestNameVariantOnePerson(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text    string
		persons []string // the person ids the article has, in any order
	}{
		// a name romanized two ways
		{"Sergei Ivanov arrived in Warsaw on Monday. Officials said Sergey Ivanov would meet Polish ministers.",
			[]string{"person:sergei-ivanov"}},
		{"Mohammed Karimi was arrested in Kabul. Lawyers for Muhammad Karimi said he was innocent.",
			[]string{"person:mohammed-karimi"}},
		// a full given name and its short form
		{"Thomas Brennan resigned from the board. Colleagues said Tom Brennan had planned it for months.",
			[]string{"person:thomas-brennan"}},
		// middle names given once
		{"Peter Holloway has died aged 80. Peter James Holloway was born in Leeds.",
			[]string{"person:peter-holloway"}},
		// two people of one surname: no variant, two persons
		{"Helen Marsh met Richard Marsh in Oslo.",
			[]string{"person:helen-marsh", "person:richard-marsh"}},
		// "steve" is short for steven and for stephen, which are two names
		{"Steven Pratt spoke first. Stephen Pratt answered him.",
			[]string{"person:steven-pratt", "person:stephen-pratt"}},
		// a word before the surname that is no given name is no variant
		{"Nadia Roth thanked the team. Chairman Roth left early.",
			[]string{"person:nadia-roth"}},
	}
	for _, tt := range cases {
		doc := x.extract(Article{ID: "t"}, tt.text)
		var got []string
		for _, e := range doc.Entities {
			if e.Kind == KindPerson {
				got = append(got, e.ID)
			}
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tt.persons))
		if !slices.Equal(got, want) {
			t.Errorf("%q: want persons %q, got %q", tt.text, tt.persons, got)
		}
	}
}

// TestSameFullName checks the name comparison itself on the embedded
// dictionary.
func TestSameFullName(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		a, b string
		want bool
	}{
		{"viktor petrov", "victor petrov", true},
		{"yuri petrov", "yury petrov", true},
		// a spelling the variant list has but given-names.txt lacks
		{"sergei petrov", "sergiy petrov", true},
		// a same first word that is no given name
		{"colonel petrov", "colonel ivan petrov", false},
		{"abdullah rahimi", "abdallah rahimi", true},
		{"daniel shaw", "danny shaw", true},
		{"george w shaw", "george shaw", true},
		{"george w shaw", "george h w shaw", false},
		{"viktor petrov", "victor orlov", false},
		{"steven shaw", "stephen shaw", false},
		{"victor", "viktor", false},
	}
	for _, tt := range cases {
		if got := x.d.sameFullName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameFullName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
