package extract

import "testing"

// entityKinds maps each entity name of doc to its kind.
func entityKinds(doc Document) map[string]string {
	out := map[string]string{}
	for _, e := range doc.Entities {
		out[e.Name] = e.Kind
	}
	return out
}

// TestCapitalisedOccupationOpensSentence checks that an occupation opening
// a sentence, capitalised, makes the two-word name after it a person's and
// is no part of that name, while occupations that also open names of works
// ("Star ...") do not. Sentences written for the test.
func TestCapitalisedOccupationOpensSentence(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, name, kind string }{
		{"Actress Zelda Quarrington beat two rivals to the award.", "Zelda Quarrington", KindPerson},
		{"Musician Orrin Pellow appeared in court on Monday accused of theft.", "Orrin Pellow", KindPerson},
		{"Star Wars Episode Three opened in cinemas on Friday.", "Wars Episode", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if got := entityKinds(doc)[tt.name]; got != tt.kind {
			t.Errorf("%q: %q is %q, want %q\n%s", tt.text, tt.name, got, tt.kind, dumpDoc(doc))
		}
		for name := range entityKinds(doc) {
			if name == "Musician Orrin Pellow" || name == "Actress Zelda Quarrington" {
				t.Errorf("%q: the occupation is part of the name %q", tt.text, name)
			}
		}
	}
}

// TestBodyWordsNotPersons checks that names ending in a hospital's or a
// laboratory's word are bodies, and that the first word of a body the
// article named ("Quellant" after "Quellant Holdings Group") is that body,
// not a person. Sentences written for the test.
func TestBodyWordsNotPersons(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, name, kind string }{
		{"Marlow Vale Hospital had said it would stop treating patients from Wales.", "Marlow Vale Hospital", KindOrganization},
		{"Oakridge Applied Laboratories decided to ban cameras from its buildings.", "Oakridge Applied Laboratories", KindOrganization},
		{"Regulators filed complaints against Quellant Media Group. Quellant has rejected the charge.", "Quellant", ""},
		{"Harrow & Tamsett agreed to pay a fine to settle the case.", "Harrow & Tamsett", KindOrganization},
		{"The Timber & Stone Commission warned of shortages.", "Timber & Stone Commission", KindOrganization},
		{"The R & B singer won two awards.", "R & B", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		if got := entityKinds(doc)[tt.name]; got != tt.kind {
			t.Errorf("%q: %q is %q, want %q\n%s", tt.text, tt.name, got, tt.kind, dumpDoc(doc))
		}
	}
	doc := x.extract(Article{ID: "t"}, "Regulators filed complaints against Quellant Media Group. Quellant has rejected the charge.")
	for _, ev := range doc.Events {
		if ev.Trigger == "rejected" && ev.Source != "org:quellant-media-group" {
			t.Errorf("rejected: source %q, want the group\n%s", ev.Source, dumpDoc(doc))
		}
	}
}

// TestRoleAcrossHonorificAndBodyComma checks two ways a title reaches a
// person: across an honorific between the title and the name ("Health
// Secretary Dr X"), not for an office no dictionary knows ending in a rank
// ("Surveyor General Sir X") nor a shadow post; and from "the <title> of
// <body>, <name>". Sentences written for the test.
func TestRoleAcrossHonorificAndBodyComma(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, person, want string }{
		{"Home Secretary Sir Alden Fairweather said the plan would go ahead.", "person:alden-fairweather", "Interior Minister"},
		{"Tory co-chairman Dr Ellis Marchbank said the poll was close.", "person:ellis-marchbank", "Leader"},
		{"Foreign Secretary Mr Harlan Oakes said the talks would resume.", "person:harlan-oakes", "Foreign Minister"},
		{"Surveyor General Sir Alden Fairweather said the figures were rising.", "person:alden-fairweather", ""},
		{"Shadow farming minister Lord Fairweather said the plan was late.", "person:fairweather", ""},
		{"The new chairman of the Orchard Growers Council, Tobias Wrenfield, said prices would fall.", "person:tobias-wrenfield", "Leader"},
		// a list after the comma: no one takes the office
		{"He met the chairman of the Orchard Growers Council, Tobias Wrenfield and Ada Penhale.", "person:tobias-wrenfield", ""},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := roleLabel(doc, tt.person)
		if got != tt.want {
			t.Errorf("%q: %s has role %q, want %q\n%s", tt.text, tt.person, got, tt.want, dumpDoc(doc))
		}
	}
}

// TestBusinessWordBeforeStateOffice checks that a business word before an
// office of state names the office's portfolio: "Israeli industry minister
// X" is an officer of Israel's government, not of its firms, while a
// generic title after it ("industry chief") stays a business head.
// Sentences written for the test.
func TestBusinessWordBeforeStateOffice(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, person, want string }{
		{"Israeli industry minister Avram Tessler said the deal was good.", "person:avram-tessler", "ISRGOV"},
		{"German business minister Kurt Wendling said growth would be slow.", "person:kurt-wendling", "DEUGOV"},
		{"Israeli industry chief Avram Tessler said the deal was good.", "person:avram-tessler", "ISRBUS"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := ""
		if e := entityOf(&doc, tt.person); e != nil {
			got = e.Code
		}
		if got != tt.want {
			t.Errorf("%q: %s is coded %q, want %q\n%s", tt.text, tt.person, got, tt.want, dumpDoc(doc))
		}
	}
}

// TestHeadOfNonStateBodyNoStateSector checks that a generic title held in a
// body whose name has no word of a body of state leaves the person no
// state sector ("director of the Hillside Walkers Alliance"), while one
// held in a committee keeps it. Sentences written for the test.
func TestHeadOfNonStateBodyNoStateSector(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct{ text, person, want string }{
		{"Tomas Ferrand, director of the Hillside Walkers Alliance, said the march would go ahead.", "person:tomas-ferrand", ""},
		{"Tomas Ferrand, chairman of the Fisheries Select Committee, said the report was late.", "person:tomas-ferrand", "GOV"},
	} {
		doc := x.extract(Article{ID: "t"}, tt.text)
		got := "?"
		if e := entityOf(&doc, tt.person); e != nil {
			got = e.Sector
		}
		if got != tt.want {
			t.Errorf("%q: %s has sector %q, want %q\n%s", tt.text, tt.person, got, tt.want, dumpDoc(doc))
		}
	}
}

// roleLabel is the label of the last role relation doc gives person ("" for
// none).
func roleLabel(doc Document, person string) string {
	_, label := lastRole(doc, person)
	return label
}

// lastRole is the tail and label of the last role relation doc gives
// person ("", "" for none).
func lastRole(doc Document, person string) (tail, label string) {
	for _, r := range doc.Relations {
		if r.Type == RelRole && r.Head == person {
			tail, label = r.Tail, r.Label
		}
	}
	return tail, label
}

// checkRole extracts text and fails t unless person's last role relation is
// label of tail ("", "" for none). It returns the document for further checks.
func checkRole(t *testing.T, x *Extractor, text, person, tail, label string) Document {
	t.Helper()
	doc := x.extract(Article{ID: "t"}, text)
	if gotTail, gotLabel := lastRole(doc, person); gotTail != tail || gotLabel != label {
		t.Errorf("%q: %s role %q of %q, want %q of %q\n%s", text, person, gotLabel, gotTail, label, tail, dumpDoc(doc))
	}
	return doc
}
