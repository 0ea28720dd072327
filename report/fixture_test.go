package report

import (
	"context"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

func TestMain(m *testing.M) { graphtest.Main(m) }

// sahel is a small story written for these tests in our own words: France
// and Mali over half a year (a visit, aid, criticism, an ambassador sent
// home, an accord signed and then left), a German minister's call, and the
// two states' UN memberships.
func sahel() []extract.Document {
	fra := extract.Entity{ID: "country:FRA", Name: "France", Kind: extract.KindCountry, Aliases: []string{"Paris"}, Country: "FRA", Code: "FRA"}
	mli := extract.Entity{ID: "country:MLI", Name: "Mali", Kind: extract.KindCountry, Aliases: []string{"Bamako"}, Country: "MLI", Code: "MLI"}
	deu := extract.Entity{ID: "country:DEU", Name: "Germany", Kind: extract.KindCountry, Aliases: []string{"Berlin"}, Country: "DEU", Code: "DEU"}
	fm := extract.Entity{ID: "org:deu-foreign-office", Name: "German Foreign Office", Kind: extract.KindOrganization, Country: "DEU", Code: "DEUGOV", Sector: "GOV"}
	keller := extract.Entity{ID: "person:anna-keller", Name: "Anna Keller", Kind: extract.KindPerson, Country: "DEU", Code: "DEUGOV"}
	un := extract.Entity{ID: "org:un", Name: "United Nations", Kind: extract.KindOrganization, Aliases: []string{"UN"}, Code: "IGO"}
	acc := extract.Entity{ID: "agreement:river-accord", Name: "River accord", Kind: extract.KindAgreement}
	ev := func(code, plover string, quad int, gold float64, src, tgt, date, sentence string) extract.Event {
		return extract.Event{ID: code + src + tgt + date, Cameo: code, Root: code[:2], Plover: plover, QuadClass: quad, Goldstein: gold,
			Source: src, Target: tgt, Date: date, DatePrecision: "day", DateSource: extract.DateFromSentence,
			Modality: extract.ModalityAsserted, Trigger: strings.Fields(sentence)[1], Sentence: sentence, Confidence: 0.9,
			Span: extract.Span{Start: 0, End: len(sentence), Line: 1, Col: 1}}
	}
	art := func(id, title, date string) extract.Article {
		return extract.Article{ID: id, Title: title, URL: "https://news.example.org/" + id, Source: "Example Wire", Published: date}
	}
	signed := ev("057", "AGREE", 1, 8, fra.ID, mli.ID, "2019-05-12", "Paris signed the River accord with Bamako on Sunday.")
	signed.Agreement = acc.ID
	left := ev("166", "REDUCE", 4, -4.5, mli.ID, acc.ID, "2019-06-28", "Bamako quit the River accord on Friday.")
	left.Object = acc.ID
	return []extract.Document{
		{
			Article:  art("visit", "A visit to Bamako", "2019-01-11"),
			Entities: []extract.Entity{fra, mli},
			Events: []extract.Event{
				ev("042", "CONSULT", 1, 1.9, fra.ID, mli.ID, "2019-01-10", "Paris visited Bamako for talks on Thursday."),
				ev("070", "AID", 2, 7, fra.ID, mli.ID, "2019-02-05", "France sent grain to Mali after the floods."),
			},
		},
		{
			Article:  art("rift", "Bamako turns on Paris", "2019-03-16"),
			Entities: []extract.Entity{fra, mli, un},
			Events: []extract.Event{
				ev("111", "DISAPPROVE", 3, -2, mli.ID, fra.ID, "2019-02-20", "Mali criticised the French troop plan."),
				ev("161", "REDUCE", 4, -4, mli.ID, fra.ID, "2019-03-15", "Bamako expelled the French ambassador."),
			},
			Relations: []extract.Relation{
				{Type: extract.RelMemberOf, Head: mli.ID, Tail: un.ID, Since: "1960-09-28"},
				{Type: extract.RelMemberOf, Head: fra.ID, Tail: un.ID, Since: "1945-10-24"},
			},
		},
		{
			Article:  art("accord", "An accord on the river", "2019-05-13"),
			Entities: []extract.Entity{fra, mli, acc},
			Events:   []extract.Event{signed, left},
		},
		{
			Article:  art("call", "Berlin calls Bamako", "2019-04-03"),
			Entities: []extract.Entity{deu, fm, keller, mli, fra},
			Events: []extract.Event{
				ev("036", "CONSULT", 1, 4, keller.ID, mli.ID, "2019-04-02", "Keller offered to meet Malian leaders."),
				ev("040", "CONSULT", 1, 1, deu.ID, fra.ID, "2019-04-02", "Berlin consulted Paris about the Sahel."),
			},
			Relations: []extract.Relation{
				{Type: extract.RelRole, Head: keller.ID, Tail: fm.ID, Label: "Foreign Minister", Since: "2018-03"},
				{Type: extract.RelPartOf, Head: fm.ID, Tail: deu.ID},
			},
		},
	}
}

func loadSahel(t *testing.T) *graph.Store {
	t.Helper()
	st := graphtest.Store(t)
	ctx := context.Background()
	for _, doc := range sahel() {
		if _, err := st.Write(ctx, doc); err != nil {
			t.Fatalf("write %s: %v", doc.Article.ID, err)
		}
	}
	return st
}
