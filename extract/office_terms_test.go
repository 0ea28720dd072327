package extract

import "testing"

// TestDictionaryOfficeOfLaterYears checks that a person of people.tsv
// named without a title does not get an office the dictionary says they
// took up only after the article's time: the publication date when there
// is one, else the terms of the offices other people of the dictionary
// hold in the article. They get the other office the dictionary lists for
// that time, or keep only their country. An office held before the
// article's time stays. Sentences written for the test.
func TestDictionaryOfficeOfLaterYears(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		published, text, person, role, code string
	}{
		// the text's time from another holder named twice: Brown was then the chancellor
		{"", "Tony Blair and Gordon Brown spoke at a school in Leeds. Mr Blair praised the teachers. Mr Brown promised more money for buildings.",
			"person:gordon-brown", "Finance Minister", "GBRGOV"},
		// a publication date before his first term as prime minister
		{"2004-03-02", "Gordon Brown promised more money for school buildings in Leeds.",
			"person:gordon-brown", "Finance Minister", "GBRGOV"},
		// a publication date within it
		{"2008-03-02", "Gordon Brown promised more money for school buildings in Leeds.",
			"person:gordon-brown", "Prime Minister", "GBRGOV"},
		// no date, no other holder: the dictionary's office stands
		{"", "Gordon Brown promised more money for school buildings in Leeds.",
			"person:gordon-brown", "Prime Minister", "GBRGOV"},
		// a senator in the days of a president named twice
		{"", "President George W Bush met farmers in Iowa. John Kerry criticised the visit. Mr Bush said the farmers deserved help.",
			"person:john-kerry", "Legislator", "USALEG"},
		// a date before any office the dictionary lists: country only
		{"1985-06-01", "Donald Trump opened a new tower in New York.",
			"person:donald-trump", "", "USA"},
		// an office held before the article's time stays: what is told may be of that time
		{"2005-06-01", "Margaret Thatcher won the rebate at a summit in France.",
			"person:margaret-thatcher", "Prime Minister", "GBRGOV"},
		// a holder named once tells nothing of the article's time
		{"", "Tony Blair visited a hospital in Leeds. Gordon Brown promised more money. Mr Brown said the money was there.",
			"person:gordon-brown", "Prime Minister", "GBRGOV"},
	} {
		doc := x.extract(Article{ID: "t", Published: tt.published}, tt.text)
		e := entityOf(&doc, tt.person)
		if e == nil {
			t.Errorf("%q: no %s\n%s", tt.text, tt.person, dumpDoc(doc))
			continue
		}
		if got := roleLabel(doc, tt.person); got != tt.role || e.Code != tt.code {
			t.Errorf("%q (published %q): %s role %q code %q, want %q %q", tt.text, tt.published, tt.person, got, e.Code, tt.role, tt.code)
		}
	}
}

// TestPeopleTermsParse checks the terms and other-offices columns of
// people.tsv.
func TestPeopleTermsParse(t *testing.T) {
	ts, err := parseTerms("1990-02/1994-07|2001-11/")
	if err != nil || len(ts) != 2 || ts[0].From != 1990*12+1 || ts[0].Until != 1994*12+6 || ts[1].Until != 0 {
		t.Errorf("parseTerms: %v %v", ts, err)
	}
	for _, bad := range []string{"1990-02", "1990/1994", "1994-07/1990-02", "1990-13/"} {
		if _, err := parseTerms(bad); err == nil {
			t.Errorf("parseTerms(%q): no error", bad)
		}
	}
	os, err := parseOffices("Finance Minister,Chancellor:GOV:1997-05/2007-06; Legislator:LEG:1980-01/1990-01")
	if err != nil || len(os) != 2 || os[0].Titles[1] != "Chancellor" || os[1].Sector != "LEG" {
		t.Errorf("parseOffices: %+v %v", os, err)
	}
	if _, err := parseOffices("Finance Minister:GOV"); err == nil {
		t.Error("parseOffices without terms: no error")
	}
}
