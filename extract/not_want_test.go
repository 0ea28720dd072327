package extract

import "testing"

// TestNotWantTo: what someone does not want to do is not planned: no
// intent (03) or threat (13) is read from "did not want to strike" or
// "doesn't want to discuss". Texts written for the test.
func TestNotWantTo(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Mr Holm said the nurses did not want to go on strike.",
		"Ms Berg said the Danish government doesn't want to discuss the treaty before the vote.",
	} {
		doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, text)
		for _, ev := range doc.Events {
			if ev.Modality == ModalityPlanned {
				t.Errorf("%q: planned event %v", text, eventKeys(doc))
			}
		}
	}
}
