package extract

import "testing"

// TestDatelineNotTreeArgument checks that the tree the argument readers ask
// for a source is the tree of the sentence after its dateline: the place
// that opens "LIMA, June 3 (AFP)" or "QUITO --" is not the subject of the
// verb that follows, and an agency joined to the title after its dash
// ("IRNA - Secretary-General of ...") does not speak.
func TestDatelineNotTreeArgument(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text, cameo, source, notSource string // entity names; "" for any
	}{
		{"Lima, June 3 (AFP) The Chile's self-styled interim leader on Friday rejected the prospect of a Bolivian military operation in the region.", "120", "Chile", "Peru"},
		{"QUITO -- A court in Guayaquil has convicted two Peruvian men over an assault on a police officer.", "116", "Ecuadorian judiciary", "Ecuador"},
		{"Tehran, June 9, IRNA - Secretary-General of the Iranian Red Crescent condemned the Afghan government.", "", "", "Islamic Republic News Agency"},
	}
	for _, tt := range tests {
		doc := x.extract(Article{ID: "t"}, tt.text)
		name := map[string]string{}
		for _, e := range doc.Entities {
			name[e.ID] = e.Name
		}
		found := tt.source == ""
		for _, ev := range doc.Events {
			if tt.notSource != "" && name[ev.Source] == tt.notSource {
				t.Errorf("%q: %s event from %q, the dateline's", tt.text, ev.Cameo, tt.notSource)
			}
			if ev.Cameo == tt.cameo && name[ev.Source] == tt.source {
				found = true
			}
		}
		if !found {
			var got []string
			for _, ev := range doc.Events {
				got = append(got, ev.Cameo+" "+name[ev.Source]+">"+name[ev.Target])
			}
			t.Errorf("%q: want %s from %q, got %q", tt.text, tt.cameo, tt.source, got)
		}
	}
}
