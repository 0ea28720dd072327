package queries

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/geokg/geokg/extract"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestNamesIgnoreCase: articles give an actor's names as they print them
// ("The Kremlin" opening a sentence), and researchers type them as they
// think of them ("the Kremlin", "kremlin", "moldova"). Names that differ only
// in case, spacing or a leading "the" must find the same node; a name two
// nodes carry in different spellings must say so rather than pick one.
func TestNamesIgnoreCase(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	rus := extract.Entity{ID: "country:RUS", Name: "Russia", Kind: extract.KindCountry, Aliases: []string{"Moscow"}, Country: "RUS", Code: "RUS"}
	kremlin := extract.Entity{ID: "org:rus-government", Name: "Russian government", Kind: extract.KindOrganization, Aliases: []string{"The Kremlin"}, Country: "RUS", Code: "RUSGOV", Sector: "GOV"}
	mda := extract.Entity{ID: "country:MDA", Name: "Moldova", Kind: extract.KindCountry, Country: "MDA", Code: "MDA"}
	// Two bodies an article spelt alike but for case: no way to tell which
	// one is meant. One is a firm (a sector), so the graph does not take
	// the two for one name written two ways (org_names).
	gulf1 := extract.Entity{ID: "org:gulf-council-a", Name: "Gulf Council", Kind: extract.KindOrganization}
	gulf2 := extract.Entity{ID: "org:gulf-council-b", Name: "GULF COUNCIL", Kind: extract.KindOrganization, Code: "BUS", Sector: "BUS"}
	sentence := "The Kremlin hailed the pact with Moldova on Tuesday."
	doc := extract.Document{
		Article:  extract.Article{ID: "fixture-kremlin", Title: "A pact hailed", Published: "2026-03-11", Source: "Fixture Post"},
		Entities: []extract.Entity{rus, kremlin, mda, gulf1, gulf2},
		Events: []extract.Event{{ID: "e1", Cameo: "051", Root: "05", Plover: "SUPPORT", QuadClass: 1, Goldstein: 3.4,
			Source: kremlin.ID, Target: mda.ID, Date: "2026-03-10", DatePrecision: "day", DateSource: extract.DateFromSentence,
			Modality: extract.ModalityAsserted, Trigger: "hailed", Sentence: sentence, Confidence: 0.9,
			Span: extract.Span{Start: 0, End: len(sentence), Line: 1, Col: 1}}},
		Relations: []extract.Relation{{Type: extract.RelPartOf, Head: kremlin.ID, Tail: rus.ID}},
	}
	if _, err := st.Write(ctx, doc); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ query, param, value, want string }{
		{"actor-timeline", "actor", "The Kremlin", "Russian government"}, // as stored
		{"actor-timeline", "actor", "the Kremlin", "Russian government"},
		{"actor-timeline", "actor", "Kremlin", "Russian government"},
		{"actor-timeline", "actor", "  russian  GOVERNMENT ", "Russian government"},
		{"actor-timeline", "actor", "russia", "Russia"},
		{"actor-timeline", "actor", "rus", "Russia"}, // by the term index: "rus" is its code, not a name
		{"actor-timeline", "actor", "Belarus", ""},
		// Names the dictionaries give an actor that no article loaded used.
		{"actor-timeline", "actor", "Russian Federation", "Russia"},
		{"actor-timeline", "actor", "republic of moldova", "Moldova"},
		{"dyad", "a", "kremlin", "Russian government"},
	} {
		params := map[string]string{tt.param: tt.value}
		if tt.query == "dyad" {
			params["b"] = "moldova"
		}
		data, err := Run(ctx, st, tt.query, params)
		if err != nil {
			t.Fatalf("%s %s=%q: %v", tt.query, tt.param, tt.value, err)
		}
		var res struct {
			Actor  []struct{ Name string }
			Events []struct{ Cameo string }
		}
		if err := json.Unmarshal(data, &res); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, a := range res.Actor {
			got += a.Name
		}
		if tt.query == "dyad" {
			// dyad names no actor: its one event says both sides matched.
			if len(res.Events) != 1 {
				t.Errorf("dyad %s=%q b=moldova: %d events, want the hailing", tt.param, tt.value, len(res.Events))
			}
			continue
		}
		if tt.value == "rus" {
			// No name or alias is "rus" in any case: nothing is made up.
			if got != "" {
				t.Errorf("%s %s=%q matched %q, want nothing", tt.query, tt.param, tt.value, got)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("%s %s=%q matched %q, want %q", tt.query, tt.param, tt.value, got, tt.want)
		}
		if tt.want != "" && len(res.Events) != 1 {
			t.Errorf("%s %s=%q: %d events, want the hailing", tt.query, tt.param, tt.value, len(res.Events))
		}
	}
	// A name nothing has, in any case, is said: an empty dyad is otherwise
	// read as two actors with nothing between them.
	for _, tt := range []struct {
		query  string
		params map[string]string
		want   string
	}{
		{"dyad", map[string]string{"a": "Russia", "b": "Moldava"}, `[{"var":"b","value":"Moldava"}]`},
		{"dyad", map[string]string{"a": "kremlin", "b": "moldova"}, ``},
		{"path", map[string]string{"a": "Rusia", "b": "Moldava"}, `[{"var":"a","value":"Rusia"},{"var":"b","value":"Moldava"}]`},
		{"changes", map[string]string{"actor": "Narnia", "from": "2026-01-01", "to": "2026-12-31"}, `[{"var":"actor","value":"Narnia"}]`},
	} {
		data, err := Run(ctx, st, tt.query, tt.params)
		if err != nil {
			t.Fatal(err)
		}
		var res struct{ Unmatched json.RawMessage }
		if err := json.Unmarshal(data, &res); err != nil {
			t.Fatal(err)
		}
		if string(res.Unmatched) != tt.want {
			t.Errorf("%s %v: unmatched = %s, want %s", tt.query, tt.params, res.Unmatched, tt.want)
		}
		var md bytes.Buffer
		p := ReportParams{Actor: tt.params["actor"] + tt.params["a"], With: tt.params["b"], From: tt.params["from"], To: tt.params["to"]}
		if err := Report(ctx, st, tt.query, p, "md", &md); err != nil {
			t.Fatal(err)
		}
		if said := strings.Contains(md.String(), "_No actor matches"); said != (tt.want != "") {
			t.Errorf("%s %v: report says no match: %v\n%s", tt.query, tt.params, said, md.String())
		}
	}

	_, err := Run(ctx, st, "actor-timeline", map[string]string{"actor": "gulf council"})
	if !errors.Is(err, ErrAmbiguousName) || !strings.Contains(err.Error(), `"GULF COUNCIL"`) || !strings.Contains(err.Error(), `"Gulf Council"`) {
		t.Errorf("two spellings: err = %v, want ErrAmbiguousName naming both", err)
	}
	if _, err := Run(ctx, st, "actor-timeline", map[string]string{"actor": "Gulf Council"}); err != nil {
		t.Errorf("a spelling as stored: %v", err)
	}
}
