package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestPassiveRoles: in the passive the subject is acted on and only the
// agent after "by" acts. Each case names an event that must be there
// (want) and a code whose events must not have the given source (notSrc).
// Texts written for the test.
func TestPassiveRoles(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		name   string
		text   string
		want   string // an event key that must be there ("" for none)
		code   string // the code notSrc is checked for
		notSrc string // a source no event of code may have
	}{
		{
			// A conjunct passive by its own auxiliary borrows the active
			// conjunct's subject as the one acted on.
			name: "conjunct passive", code: "166", notSrc: "org:un",
			text: "The UN had planned a new border mission but was forced to abandon it and has been expelled from the region since May.",
		},
		{
			name: "get passive", code: "173", notSrc: "org:egy-civilians",
			text: "Dozens of students got arrested in Cairo after the march last week.",
		},
		{
			// A participle describing the subject of a later verb with an
			// auxiliary is a reduced relative, not the clause's verb.
			name: "reduced relative before the main verb", code: "0841", notSrc: "org:tur-civilians",
			text: "Six Turkish civilians released from a Syrian prison last month were interviewed by Turkish police on Sunday.",
		},
		{
			// The "by" phrase past another passive participle is that
			// participle's agent.
			name: "agent of a later participle", code: "110", notSrc: "org:nato",
			text: "The plan was criticised by several lawmakers and later withdrawn by NATO.",
		},
		{
			name: "agent of a participle after being", code: "110", notSrc: "person:emmanuel-macron",
			text: "The party was criticised for being pushed aside by Emmanuel Macron in the debate.",
		},
		{
			// A participle after a comma with its agent describes what the
			// comma closes, here no actor, not the clause's subject.
			name: "comma participle with an agent", want: "050 country:FRA>",
			text: "Senator Lisa Marsh was among those alarmed by rules, supported by France, to limit farm subsidies.",
		},
		{
			// Coordinated passives share their agent.
			name: "shared agent", want: "1823 org:syr-military>person:ahmad-khalil",
			text: "Ahmad Khalil was beaten and killed by Syrian soldiers.",
		},
		{
			// An actor ending in a common noun, then a participle with its
			// agent after "by": the actor is acted on.
			name: "actor before a reduced passive", want: "0841 org:irq-government>org:islamic-state",
			text: "ISIL militants freed by Iraqi authorities crossed the border on Friday.",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := x.extract(Article{ID: "t", Published: "2021-06-01"}, tt.text)
			keys := eventKeys(doc)
			if tt.want != "" && !slices.Contains(keys, tt.want) {
				t.Errorf("events %v, want %q", keys, tt.want)
			}
			if tt.code != "" && slices.ContainsFunc(keys, func(k string) bool { return strings.HasPrefix(k, tt.code+" "+tt.notSrc+">") }) {
				t.Errorf("events %v: %s has source %s", keys, tt.code, tt.notSrc)
			}
		})
	}
}
