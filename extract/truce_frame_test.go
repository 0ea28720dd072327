package extract

import "testing"

// TestTruceFrame: a truce is read by the class of its names (ceasefire,
// cease-fire, truce, armistice, "cessation of hostilities") with the verbs
// that declare it (0871) or break it (196), not by listed verb and spelling
// pairs: declaring "a cessation of hostilities" and breaking "a ceasefire"
// were read by no listed pair. The main act of each text is the expected
// code; a truce only called for stays a request. Texts written for the test.
func TestTruceFrame(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		code string // the code expected among the events
		not  string // a code that must not be among them ("" for none)
	}{
		{"The Malian government on Friday declared a cessation of hostilities in the north.", "0871", ""},
		{"Nepal's rebels announced a three-week armistice in the western hills.", "0871", ""},
		{"The Chadian army extended its cease-fire with the rebels by a month.", "0871", ""},
		{"Rebels in Chad broke a two-year ceasefire with the Chadian army by shelling Abeche.", "196", "0871"},
		{"Armenian forces breached the truce with Azerbaijan overnight, Baku said.", "196", "0871"},
		{"The Kenyan president called for a cessation of hostilities in Somalia.", "0256", "0871"},
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
		found, bad := false, false
		for _, ev := range doc.Events {
			found = found || ev.Cameo == tt.code
			bad = bad || tt.not != "" && ev.Cameo == tt.not
		}
		if !found || bad {
			t.Errorf("%q: want %s (and no %q); events %v", tt.text, tt.code, tt.not, eventKeys(doc))
		}
	}
}
