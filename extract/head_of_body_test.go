package extract

import "testing"

// TestHeadOfBody checks that "X, [the] head of <body>" and "<body> head
// [Dr] X" make X the body's leader, and that a head of something inside or beside the body ("head of
// research at Y", "head of Y's bond desk", "head of Y field teams"), a
// deputy, and a head of no named body take no role. Sentences written for
// the test.
func TestHeadOfBody(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, person, tail, label string
	}{
		{"The whales need protection, said Tariq Olsen, head of Greenpeace, on Tuesday.",
			"person:tariq-olsen", "org:greenpeace", "Leader"},
		{"Mira Castell, the head of the Refugee Council, said the camps were full.",
			"person:mira-castell", "org:refugee-council", "Leader"},
		{"Tariq Olsen, head of HSBC in Asia, said rates would rise.",
			"person:tariq-olsen", "org:hsbc", "Leader"},
		{"Greenpeace head Dr Tariq Olsen said the whales needed protection.",
			"person:tariq-olsen", "org:greenpeace", "Leader"},
		// not the body's head
		{"Greenpeace field head Tariq Olsen said the whales needed protection.",
			"person:tariq-olsen", "", ""},
		{"Rates will rise, said Tariq Olsen, head of research at HSBC.",
			"person:tariq-olsen", "", ""},
		{"Rates will rise, said Tariq Olsen, head of HSBC's bond desk.",
			"person:tariq-olsen", "", ""},
		{"The ice is thin, said Tariq Olsen, head of Greenpeace field teams in the Arctic.",
			"person:tariq-olsen", "", ""},
		{"The whales need protection, said Tariq Olsen, deputy head of Greenpeace.",
			"person:tariq-olsen", "", ""},
		{"Tariq Olsen, head of state since 1990, met the envoys.",
			"person:tariq-olsen", "", ""},
	} {
		checkRole(t, x, tt.text, tt.person, tt.tail, tt.label)
	}
}

// TestOutletStaffTitles checks that a correspondent, an editor or a
// strategist takes the named outlet or firm as a role ("BBC correspondent
// X", "X, a bond strategist at Y"), a field word before a staff title
// keeps the firm ("an equity analyst at Y"), and that a country before such
// a title (a beat or a nationality) and a field joined by "and" give no
// role. Sentences written for the test.
func TestOutletStaffTitles(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text, person, tail, label string
	}{
		{"BBC correspondent Lena Moreau said the strike would spread to the docks.",
			"person:lena-moreau", "org:bbc", "Correspondent"},
		{"The BBC's Cairo correspondent, Omar Haddad, said the crowds had gone home.",
			"person:omar-haddad", "org:bbc", "Correspondent"},
		{"Yields will climb, said Rhea Lind, a bond strategist at HSBC.",
			"person:rhea-lind", "org:hsbc", "Strategist"},
		{"Yields will climb, said Rhea Lind, an equity analyst at HSBC.",
			"person:rhea-lind", "org:hsbc", "Analyst"},
		// no outlet or firm named
		{"The plan came from Rhea Lind, the Danish strategist who ran the campaign.",
			"person:rhea-lind", "", ""},
		{"Filmgoers are tired, said Film Weekly's US editor Tom Pell.",
			"person:tom-pell", "", ""},
		{"The ban is overdue, according to media and PR strategist Tom Pell.",
			"person:tom-pell", "", ""},
	} {
		checkRole(t, x, tt.text, tt.person, tt.tail, tt.label)
	}
}
