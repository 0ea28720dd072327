package extract

import "testing"

// TestPeopleOfficesSession29 checks the people.tsv entries added in
// session 29 (people90): a party leader or minister of the dictionary named
// without a title gets the dictionary's office and country; a bare generic
// title ("the chairman of ...") is not taken for a party leader of the
// dictionary; an outlet named right before a known person ("told the
// paper X") is not their employer; and a known holder named twice who left
// office does not date the article (no terms for him), so his successor
// keeps the office. Sentences written for the test.
func TestPeopleOfficesSession29(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, person, role, code string
	}{
		// a party leader named bare: the party's leader
		{"Michael Howard toured a factory in Kent on Tuesday. Mr Howard promised lower taxes.",
			"person:michael-howard", "Leader of the Conservative Party", "GBRPTY"},
		{"Charles Kennedy spoke to students in Bristol about fees.",
			"person:charles-kennedy", "Leader of the Liberal Democrats", "GBRPTY"},
		// a minister named bare
		{"John Prescott opened a new housing estate in Hull.",
			"person:john-prescott", "Deputy Prime Minister", "GBRGOV"},
		// the chairman of another body is not the dictionary's party leader
		{"Michael Howard praised the plan. The new chairman of the Law Society, Peter Vance, warned against it.",
			"person:peter-vance", "Leader", ""},
		// an outlet before a known name is what someone spoke to
		{"Aides told the Guardian Michael Howard would stay on as leader. Mr Howard declined to comment.",
			"person:michael-howard", "Leader of the Conservative Party", "GBRPTY"},
		// the home secretary in office keeps it beside his predecessor named twice
		{"Charles Clarke started work at the Home Office after David Blunkett resigned. Mr Blunkett wished him well. Mr Clarke thanked Mr Blunkett.",
			"person:charles-clarke", "Interior Minister", "GBRGOV"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		e := entityOf(&doc, tt.person)
		if e == nil {
			t.Errorf("%q: no %s\n%s", tt.text, tt.person, dumpDoc(doc))
			continue
		}
		if got := roleLabel(doc, tt.person); got != tt.role || tt.code != "" && e.Code != tt.code {
			t.Errorf("%q: %s role %q code %q, want %q %q", tt.text, tt.person, got, e.Code, tt.role, tt.code)
		}
	}
}
