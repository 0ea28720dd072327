package graph

import (
	"testing"

	"github.com/geokg/geokg/extract"
)

// TestCopiedSentencesCluster: reports of one key whose sentences are one
// text, each dated only by its article's publication, are one event
// however many days apart their articles appeared; a stated date, another
// year, another text or a sentence too short to tell keep them apart.
func TestCopiedSentencesCluster(t *testing.T) {
	const (
		told   = "The harbour board, which runs the northern quays, had long refused to lower the berth fees for coastal ferries."
		retold = "The harbour board, which runs the northern quays, long refused to lower the berth fees for coastal ferries."
		other  = "The harbour board refused on several occasions to discuss a merger with the river authority upstream."
		short  = "The board refused again."
	)
	pub := func(id, date, sentence string) report {
		r := rep(id, date)
		r.DateSource = extract.DateFromPublished
		r.Copy = copyPrint(sentence)
		return r
	}
	stated := func(id, date, sentence string) report {
		r := pub(id, date, sentence)
		r.DateSource = extract.DateFromSentence
		return r
	}
	tests := []struct {
		name string
		reps []report
		want string
	}{
		{"one text nine days apart", []report{pub("a1", "2019-03-04", told), pub("b1", "2019-03-13", told)},
			"2019-03-04[a1 b1]"},
		{"an auxiliary dropped in the retelling", []report{pub("a1", "2019-03-04", told), pub("b1", "2019-05-20", retold)},
			"2019-03-04[a1 b1]"},
		{"three copies, the earliest day", []report{pub("a1", "2019-03-04", told), pub("b1", "2019-03-13", told), pub("c1", "2019-03-13", told)},
			"2019-03-04[a1 b1 c1]"},
		{"a copy joins the day event holding the other", []report{pub("a1", "2019-03-04", told), pub("b1", "2019-03-05", other), pub("c1", "2019-03-20", told)},
			"2019-03-04[a1 b1 c1]"},
		{"the later article's own act stays on its day", []report{pub("a1", "2019-03-04", told), pub("b1", "2019-03-20", other), pub("c1", "2019-03-20", told)},
			"2019-03-04[a1 c1] 2019-03-20[b1]"},
		{"another text stays apart", []report{pub("a1", "2019-03-04", told), pub("b1", "2019-03-13", other)},
			"2019-03-04[a1] 2019-03-13[b1]"},
		{"a stated date is no copy of a background act", []report{pub("a1", "2019-03-04", told), stated("b1", "2019-03-13", told)},
			"2019-03-04[a1] 2019-03-13[b1]"},
		{"another year stays apart", []report{pub("a1", "2019-12-20", told), pub("b1", "2020-01-06", told)},
			"2019-12-20[a1] 2020-01-06[b1]"},
		{"a short sentence tells too little", []report{pub("a1", "2019-03-04", short), pub("b1", "2019-03-13", short)},
			"2019-03-04[a1] 2019-03-13[b1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClustersAnyOrder(t, 3, tt.reps, tt.want) })
	}
}

func TestCopyPrint(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"The ministry has said the plant will close in the coming weeks, say local staff.",
			"The ministry said the plant will close in the coming weeks, say local \"staff\".", true},
		{"But earlier, the ministry said the plant will close in the coming weeks, say local staff.",
			"The ministry has said the plant will close in the coming weeks, say local staff.", true},
		{"The ministry said the plant will close in the coming weeks, say local staff.",
			"The ministry said the plant will open in the coming weeks, say local staff.", false},
		{"The ministry said the plant will close in the coming weeks, but also that staff stay.",
			"The ministry said the plant will close in the coming weeks, but that staff stay.", false},
	} {
		if got := copyPrint(c.a) == copyPrint(c.b); got != c.same {
			t.Errorf("copyPrint(%q) == copyPrint(%q): %v, want %v", c.a, c.b, got, c.same)
		}
	}
	if p := copyPrint("Too few words to be a copy."); p != "" {
		t.Errorf("short sentence printed %q, want none", p)
	}
}
