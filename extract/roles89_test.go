package extract

import "testing"

// TestStyledJudgeTitle checks that the English judicial style before a
// surname ("Mr Justice X", "Lord Justice X") makes a judge of the United
// Kingdom, as "Judge X" makes a judge: the style is the title, not an
// honorific before one. Sentences written for the test.
func TestStyledJudgeTitle(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, person, tail, label string }{
		{"Mr Justice Pembury told the court the fine had been far too low.", "person:pembury", "country:GBR", "Judge"},
		{"The appeal was heard by Lord Justice Whitcombe in the spring.", "person:whitcombe", "country:GBR", "Judge"},
		{"Mrs Justice Harrowgate refused to lift the order on Tuesday.", "person:harrowgate", "country:GBR", "Judge"},
	} {
		checkRole(t, x, tt.text, tt.person, tt.tail, tt.label)
	}
}

// TestFirmBeforeStaffTitle checks that an unknown name right before an
// analyst's or economist's title and a person ("said Halbrook Capital
// analyst X") is the firm that employs the person, who takes the role with
// no country the text does not give; a capitalized word opening the
// sentence ("Timber analyst X") is the analyst's field, not a firm.
// Sentences written for the test.
func TestFirmBeforeStaffTitle(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, person, tail, label string }{
		{"\"Orders will pick up by summer,\" said Halbrook Capital analyst Irene Voss.", "person:irene-voss", "org:halbrook-capital", "Analyst"},
		{"Prices are still too high, according to Westmarch economist Colin Ardley.", "person:colin-ardley", "org:westmarch", "Economist"},
		{"Timber analyst Irene Voss said orders would pick up by summer.", "person:irene-voss", "", ""},
	} {
		doc := checkRole(t, x, tt.text, tt.person, tt.tail, tt.label)
		if e := entityOf(&doc, tt.person); e == nil || e.Country != "" {
			t.Errorf("%q: %s missing or given a country the text does not give\n%s", tt.text, tt.person, dumpDoc(doc))
		}
	}
}

// TestItsTitleOwner checks that "its" before a title and a name gives the
// person the organization named last before it in the sentence, and with
// it the organization's country ("Gazprom ... its chairman X"), but not
// when an unknown capitalized name stands between, which may be the owner
// ("sued Brennford, its chief executive X"). Sentences written for the test.
func TestItsTitleOwner(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, person, tail, country string }{
		{"Gazprom says the fine is revenge for the ambitions of its founder Oleg Varnakov.", "person:oleg-varnakov", "org:gazprom", "RUS"},
		{"Gazprom said on Monday that its chief executive Oleg Varnakov would stay on.", "person:oleg-varnakov", "org:gazprom", "RUS"},
		{"Gazprom has sued Brennford, its chief executive Oleg Varnakov and two banks.", "person:oleg-varnakov", "", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		tail, _ := lastRole(doc, tt.person)
		e := entityOf(&doc, tt.person)
		if e == nil || tail != tt.tail || e.Country != tt.country {
			t.Errorf("%q: %s role of %q, want of %q (country want %q)\n%s", tt.text, tt.person, tail, tt.tail, tt.country, dumpDoc(doc))
		}
	}
}

// TestFromPlaceCountry checks that "X, from <place>," (an age may come
// first) gives a person with no other country the place's country, and
// that a body after "from" or a person with a title keeps what they had.
// Sentences written for the test.
func TestFromPlaceCountry(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, person, country string }{
		{"Petra Holloway, from Birmingham, said she had waited four years for the money.", "person:petra-holloway", "GBR"},
		{"The court fined Petra Holloway, 41, from Leeds, for the damage.", "person:petra-holloway", "GBR"},
		{"Officers held Dmitri Salko, from Moscow, at the airport on Friday.", "person:dmitri-salko", "RUS"},
		{"Petra Holloway, from Brightwater Partners, said the shares were cheap.", "person:petra-holloway", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := entityOf(&doc, tt.person)
		if e == nil || e.Country != tt.country {
			t.Errorf("%q: %s country wrong, want %q\n%s", tt.text, tt.person, tt.country, dumpDoc(doc))
		}
	}
}
