package extract

import "testing"

// TestBusinessChambers: the national body of chambers of commerce is a
// business group of its country, not the country itself, and so is the
// one who heads it.
func TestBusinessChambers(t *testing.T) {
	x := newTestExtractor(t)
	doc := x.extract(Article{ID: "t", Published: "2021-06-01"},
		"The British Chambers of Commerce criticised the new levy on small shops.")
	for _, ev := range doc.Events {
		if ev.Source == "country:GBR" {
			t.Errorf("the chambers read as the country: %v", eventKeys(doc))
		}
	}
	found := false
	for _, e := range doc.Entities {
		if e.Name == "British Chambers of Commerce" && e.Code == "GBRBUS" {
			found = true
		}
	}
	if !found {
		t.Errorf("no British Chambers of Commerce entity coded GBRBUS; events %v", eventKeys(doc))
	}
}
