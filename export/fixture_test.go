package export_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

func TestMain(m *testing.M) { graphtest.Main(m) }

// The front's name and id hold what exports must carry through: commas,
// quotes, a tab, a line break, non-ASCII letters, and (in the id) a space,
// a dot and an underscore, which a blank-node label cannot hold as such.
const (
	frontID   = "group:front-de-libération nord.sud_x"
	frontName = "Front de libération\t\"Nord\",\nSud"
)

// fixtures is a small graph written for these tests in our own words: an
// arms sale reported by two outlets, a raid by an armed front, a member
// leaving a ceasefire body, a phone call in the next year, and an undated
// accusation.
func fixtures() []extract.Document {
	usa := extract.Entity{ID: "country:USA", Name: "United States", Kind: extract.KindCountry, Aliases: []string{"US", "Washington"}, Country: "USA", Code: "USA"}
	ukr := extract.Entity{ID: "country:UKR", Name: "Ukraine", Kind: extract.KindCountry, Aliases: []string{"Kyiv"}, Country: "UKR", Code: "UKR"}
	rus := extract.Entity{ID: "country:RUS", Name: "Russia", Kind: extract.KindCountry, Aliases: []string{"Moscow"}, Country: "RUS", Code: "RUS"}
	dos := extract.Entity{ID: "org:usa-state-department", Name: `State Department, "Foggy Bottom"`, Kind: extract.KindOrganization, Country: "USA", Code: "USAGOV", Sector: "GOV"}
	sec := extract.Entity{ID: "person:rex-tillerson", Name: "Rex Tillerson", Kind: extract.KindPerson, Country: "USA", Code: "USAGOV", Sector: "GOV"}
	front := extract.Entity{ID: frontID, Name: frontName, Kind: extract.KindGroup, Aliases: []string{"FLNS", `le "front", du nord`, "Фронт"}, Code: "UKRREB", Country: "UKR", Sector: "REB"}
	zurich := extract.Entity{ID: "loc:zürich", Name: "Zürich", Kind: extract.KindLocation, Country: "CHE"}
	jccc := extract.Entity{ID: "org:jccc", Name: "JCCC", Kind: extract.KindOrganization, Aliases: []string{"Joint Center for Control and Coordination"}, Code: "IGO", Sector: "IGO"}
	minsk := extract.Entity{ID: "agreement:minsk", Name: "Minsk agreements", Kind: extract.KindAgreement}
	ev := func(code, plover string, quad int, gold float64, src, tgt, date, prec, sentence string) extract.Event {
		return extract.Event{ID: code + src + tgt, Cameo: code, Root: code[:2], Plover: plover, QuadClass: quad, Goldstein: gold,
			Source: src, Target: tgt, Date: date, DatePrecision: prec, DateSource: extract.DateFromSentence,
			Modality: extract.ModalityAsserted, Trigger: strings.Fields(sentence)[1], Sentence: sentence, Confidence: 0.875,
			Span: extract.Span{Start: 0, End: len(sentence), Line: 1, Col: 1}}
	}
	sale := ev("062", "COOPERATE", 2, 7.4, dos.ID, ukr.ID, "2017-12-22", "day", "Officials agreed to sell missiles to Ukraine.")
	raid := ev("190", "ASSAULT", 4, -10, front.ID, ukr.ID, "2017-12-21", "day", "The \"front\" raided a post,\tthen withdrew.\nLocals fled.")
	raid.Location = zurich.ID
	return []extract.Document{
		{
			Article:  extract.Article{ID: "fx-arms", Title: "Arms, and more arms", URL: "https://example.org/a?x=1,2", Published: "2017-12-23", Source: `Fixture "Wire"`},
			Entities: []extract.Entity{usa, ukr, rus, dos, front, zurich},
			Events: []extract.Event{
				sale,
				raid,
				ev("111", "DISAPPROVE", 3, -2, rus.ID, usa.ID, "2017-12-23", "day", "Moscow denounced the sale by Washington."),
			},
			Relations: []extract.Relation{{Type: extract.RelPartOf, Head: dos.ID, Tail: usa.ID}},
		},
		{
			Article:  extract.Article{ID: "fx-arms-2", Title: "Missiles for Kyiv", URL: "https://example.com/b", Published: "2017-12-24", Source: "Other Daily"},
			Entities: []extract.Entity{usa, ukr, dos},
			Events:   []extract.Event{ev("062", "COOPERATE", 2, 7.4, dos.ID, ukr.ID, "2017-12-22", "day", "Washington agreed on Friday to sell missiles.")},
		},
		{
			Article:  extract.Article{ID: "fx-jccc", Title: "Moscow leaves the centre", Published: "2017-12-20", Source: "Fixture Daily"},
			Entities: []extract.Entity{rus, ukr, jccc, minsk},
			Events: []extract.Event{
				ev("161", "REDUCE", 4, -4, rus.ID, jccc.ID, "2017-12", "month", "Russia recalled its officers from the JCCC this month."),
			},
			Relations: []extract.Relation{
				{Type: extract.RelMemberOf, Head: rus.ID, Tail: jccc.ID, Since: "2014-09", Until: "2017-12"},
				{Type: extract.RelMemberOf, Head: ukr.ID, Tail: jccc.ID, Since: "2014-09"},
				{Type: extract.RelRelated, Head: jccc.ID, Tail: minsk.ID},
				{Type: extract.RelPartyTo, Head: rus.ID, Tail: minsk.ID, Since: "2014-09-05"},
			},
		},
		{
			Article:  extract.Article{ID: "fx-call", Title: "A call between ministers", Published: "2018-01-03"},
			Entities: []extract.Entity{usa, rus, dos, sec},
			Events: []extract.Event{
				ev("041", "CONSULT", 1, 1, sec.ID, rus.ID, "2018-01-02", "day", "Tillerson phoned his Russian counterpart on Tuesday."),
			},
			Relations: []extract.Relation{{Type: extract.RelRole, Head: sec.ID, Tail: dos.ID, Label: "Secretary of State"}},
		},
		{
			Article:  extract.Article{ID: "fx-undated", Title: "No date here"},
			Entities: []extract.Entity{rus, front},
			Events:   []extract.Event{ev("112", "ACCUSE", 3, -2, rus.ID, front.ID, "", "", "Moscow accused the front of provocations.")},
		},
	}
}

// loadFixtures writes the fixtures into the test binary's Dgraph (emptied
// first) and returns it.
func loadFixtures(t *testing.T) *graph.Store {
	t.Helper()
	st := graphtest.Store(t)
	for _, doc := range fixtures() {
		if _, err := st.Write(t.Context(), doc); err != nil {
			t.Fatalf("write %s: %v", doc.Article.ID, err)
		}
	}
	return st
}

// query runs q with vars and decodes its data into out.
func query(t *testing.T, st *graph.Store, q string, vars map[string]string, out any) {
	t.Helper()
	raw, err := st.Query(context.Background(), q, vars)
	if err != nil {
		t.Fatalf("query: %v\n%s", err, q)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("decode %s: %v", raw, err)
	}
}
