package graph

import (
	"maps"
	"testing"
)

// TestAgreementCanon checks the grouping rule of resolve.go on members
// given directly: names join, a description joins the one named agreement
// sharing a descriptor, named ones never join by descriptors, an acronym
// organization joins only an agreement with a formal name, and the node is
// the best member.
func TestAgreementCanon(t *testing.T) {
	n := func(xs ...string) []string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = agreementNameXID(x)
		}
		return out
	}
	for _, tt := range []struct {
		name    string
		members []*agrGroupMember
		want    map[string]string
	}{
		{
			name: "a shared name joins; the acronym's key wins",
			members: []*agrGroupMember{
				{id: "agreement:jfaf", names: n("JFAF", "Arctic fisheries framework"), expanded: true},
				{id: "agreement:arctic-fisheries-framework", names: n("Arctic fisheries framework")},
			},
			want: map[string]string{"agreement:jfaf": "agreement:jfaf", "agreement:arctic-fisheries-framework": "agreement:jfaf"},
		},
		{
			name: "a description joins the one named agreement sharing a descriptor",
			members: []*agrGroupMember{
				{id: "agreement:cspa", names: n("Caspian Sturgeon Protection Accord"), descs: n("iran fishing agreement", "russia fishing agreement"), expanded: true},
				{id: "agreement:iran-fishing-agreement", described: true, names: n("Iran fishing deal"), descs: n("iran fishing agreement")},
			},
			want: map[string]string{"agreement:cspa": "agreement:cspa", "agreement:iran-fishing-agreement": "agreement:cspa"},
		},
		{
			name: "a description that two named agreements share stays apart; they stay two",
			members: []*agrGroupMember{
				{id: "agreement:cspa", names: n("Caspian Sturgeon Protection Accord"), descs: n("iran fishing agreement")},
				{id: "agreement:gulf-shrimp-treaty", names: n("Gulf Shrimp Treaty"), descs: n("iran fishing agreement")},
				{id: "agreement:iran-fishing-agreement", described: true, names: n("Iran fishing deal"), descs: n("iran fishing agreement")},
			},
			want: map[string]string{"agreement:cspa": "agreement:cspa", "agreement:gulf-shrimp-treaty": "agreement:gulf-shrimp-treaty", "agreement:iran-fishing-agreement": "agreement:iran-fishing-agreement"},
		},
		{
			name: "an acronym organization joins an agreement with a formal name",
			members: []*agrGroupMember{
				{id: "agreement:cspa", names: n("Caspian Sturgeon Protection Accord", "cspa"), expanded: true},
				{id: "org:cspa", org: true, names: n("CSPA")},
			},
			want: map[string]string{"agreement:cspa": "agreement:cspa", "org:cspa": "agreement:cspa"},
		},
		{
			name: "not one named only as the acronym and a noun (a body's charter)",
			members: []*agrGroupMember{
				{id: "agreement:wru", names: n("WRU charter", "WRU")},
				{id: "org:wru", org: true, names: n("WRU")},
			},
			want: map[string]string{"agreement:wru": "agreement:wru", "org:wru": "org:wru"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ms := map[string]*agrGroupMember{}
			for _, m := range tt.members {
				ms[m.id] = m
			}
			if got := agreementCanon(ms); !maps.Equal(got, tt.want) {
				t.Errorf("got %v\nwant %v", got, tt.want)
			}
		})
	}
}

// TestReplaceKey checks that a key is replaced only where it stands whole.
func TestReplaceKey(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"agreement:ab", "agreement:xy"},
		{"event:16|country:USA|agreement:ab|2018-05-08", "event:16|country:USA|agreement:xy|2018-05-08"},
		{"relation:party_to|country:USA|agreement:ab|#2", "relation:party_to|country:USA|agreement:xy|#2"},
		{`{"target":"agreement:ab","kinds":{"agreement:ab":"agreement"}}`, `{"target":"agreement:xy","kinds":{"agreement:xy":"agreement"}}`},
		{"event:16|country:USA|agreement:abc|2018", "event:16|country:USA|agreement:abc|2018"},
		{"agreement:ab-2|x", "agreement:ab-2|x"},
	} {
		if got := replaceKey(tt.in, "agreement:ab", "agreement:xy"); got != tt.want {
			t.Errorf("replaceKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestOrgCanon checks the organization rule: an acronym joins the full
// names it abbreviates when they are one name; two bodies with one acronym
// are left apart.
func TestOrgCanon(t *testing.T) {
	for _, tt := range []struct {
		name    string
		members []*orgMember
		want    map[string]string
	}{
		{
			name: "the acronym and two spellings of one name",
			members: []*orgMember{
				{id: "org:ons", name: "ONS", acronymOnly: true},
				{id: "org:office-for-national-statistics", name: "Office for National Statistics", acros: []string{"ONS"}},
				{id: "org:office-of-national-statistics", name: "Office of National Statistics", acros: []string{"ONS"}},
			},
			want: map[string]string{"org:ons": "org:office-for-national-statistics", "org:office-for-national-statistics": "org:office-for-national-statistics", "org:office-of-national-statistics": "org:office-for-national-statistics"},
		},
		{
			name: "two bodies with one acronym",
			members: []*orgMember{
				{id: "org:bsa", name: "BSA", acronymOnly: true},
				{id: "org:building-societies-association", name: "Building Societies Association", acros: []string{"BSA"}},
				{id: "org:business-software-alliance", name: "Business Software Alliance", acros: []string{"BSA"}},
			},
			want: map[string]string{},
		},
		{
			name:    "an acronym alone",
			members: []*orgMember{{id: "org:bsa", name: "BSA", acronymOnly: true}},
			want:    map[string]string{},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ms := map[string]*orgMember{}
			for _, m := range tt.members {
				ms[m.id] = m
			}
			if got := orgCanon(ms); !maps.Equal(got, tt.want) {
				t.Errorf("got %v\nwant %v", got, tt.want)
			}
		})
	}
	for name, want := range map[string]string{"Office for National Statistics": "ONS", "Securities and Exchange Commission": "SEC", "Phil Fear": "PF", "national": ""} {
		if got := initials(name); got != want {
			t.Errorf("initials(%q) = %q, want %q", name, got, want)
		}
	}
}
