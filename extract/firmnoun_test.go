package extract

import "testing"

// TestNationalityFirmNoun: a nationality before a word for a firm ("the
// Danish suitor", "Swedish retailers") names that country's business, not
// the state. Texts written for the test.
func TestNationalityFirmNoun(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text string
		want string // source of the first event
	}{
		{"The Danish suitor threatened to walk away from the talks with Norway.", "org:dnk-business"},
		{"Danish retailers accused Norway of dumping cheap salmon.", "org:dnk-business"},
		{"Danish insurers accused Norway of dumping cheap salmon.", "org:dnk-business"},
		{"The Danish government accused Norway of dumping cheap salmon.", "org:dnk-government"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			if len(doc.Events) == 0 || doc.Events[0].Source != tt.want {
				t.Errorf("events %v, want first from %s", eventKeys(doc), tt.want)
			}
		})
	}
}
