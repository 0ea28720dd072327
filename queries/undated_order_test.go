package queries

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph/graphtest"
)

// undatedDocs is a corpus written for this test: Westland's acts toward a
// fishing accord, one article each, three told without a date and one
// dated. Their event xids begin "event:<CAMEO root>|", so by xid the
// undated ones come in the order of their roots.
func undatedDocs() []extract.Document {
	west := extract.Entity{ID: "country:WTL", Name: "Westland", Kind: extract.KindCountry, Country: "WTL", Code: "WTL"}
	accord := extract.Entity{ID: "agreement:fishing-accord", Name: "Fishing Accord", Kind: extract.KindAgreement}
	var docs []extract.Document
	for i, e := range []struct{ cameo, date, sentence string }{
		{"172", "", "Westland suspended its part in the Fishing Accord."},
		{"043", "", "Westland hosted talks on the Fishing Accord."},
		{"111", "2012-03-04", "Westland criticised the Fishing Accord on Sunday."},
		{"057", "", "Westland signed the Fishing Accord."},
	} {
		prec := ""
		if e.date != "" {
			prec = extract.PrecisionDay
		}
		docs = append(docs, extract.Document{
			Article:  extract.Article{ID: "undated-" + string(rune('a'+i)), Title: "Accord " + e.cameo, Source: "Test Wire"},
			Entities: []extract.Entity{west, accord},
			Events: []extract.Event{{ID: "e", Cameo: e.cameo, Root: e.cameo[:2], Plover: "X", QuadClass: 1, Goldstein: 1,
				Source: west.ID, Agreement: accord.ID, Date: e.date, DatePrecision: prec, DateSource: extract.DateFromSentence,
				Modality: extract.ModalityAsserted, Trigger: strings.Fields(e.sentence)[1], Sentence: e.sentence, Confidence: 0.9,
				Span: extract.Span{Start: 0, End: len(e.sentence), Line: 1, Col: 1}}},
		})
	}
	return docs
}

// TestAgreementListsUndatedByXID: an agreement's events come oldest first
// with the undated ones last, ordered by xid as the query says, whatever
// order the articles were loaded in. Sorting by date then xid put the
// undated ones in uid order, that is load order (fails with that DQL).
func TestAgreementListsUndatedByXID(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	docs := undatedDocs()
	want := []string{"2012-03-04 111", "- 043", "- 057", "- 172"}
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 3, 0, 2}} {
		if err := st.DropAll(ctx); err != nil {
			t.Fatal(err)
		}
		if err := st.ApplySchema(ctx); err != nil {
			t.Fatal(err)
		}
		for _, i := range order {
			if _, err := st.Write(ctx, docs[i]); err != nil {
				t.Fatal(err)
			}
		}
		data, err := Run(ctx, st, "agreement", map[string]string{"agreement": "Fishing Accord"})
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			Agreement []struct {
				Events []struct{ Date, Cameo string }
			}
		}
		if err := json.Unmarshal(data, &res); err != nil {
			t.Fatal(err)
		}
		if len(res.Agreement) != 1 {
			t.Fatalf("order %v: %d agreements, want 1:\n%s", order, len(res.Agreement), data)
		}
		var got []string
		for _, e := range res.Agreement[0].Events {
			d := "-"
			if len(e.Date) >= 10 {
				d = e.Date[:10]
			}
			got = append(got, d+" "+e.Cameo)
		}
		if !slices.Equal(got, want) {
			t.Errorf("order %v: events %q, want %q", order, got, want)
		}
	}
}
