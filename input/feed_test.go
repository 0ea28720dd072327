package input

import "testing"

// TestFeedOutlet: a feed's title that adds a section to the outlet's name
// gives the part the feed's host spells; a title no host spells stays whole.
func TestFeedOutlet(t *testing.T) {
	for _, tt := range []struct{ title, link, want string }{
		{"Valby Post - Europe", "https://www.valbypost.example/europe", "Valby Post"},
		{"Valby Post - World", "https://valbypost.example/", "Valby Post"},
		{"World news | The Harbour Times", "https://www.theharbourtimes.example/world", "The Harbour Times"},
		{"HTN > World News", "https://www.htnews.example.co.uk/world", "HTN"},
		{"HT > World News", "https://www.htimes.example/world", "HT > World News"}, // two letters: too little to go by,
		{"Estmark Radio News - Politics", "https://feeds.estmark.example/politics", "Estmark Radio News"},
		{"Norland Wire: World", "https://norlandwire.example/rss", "Norland Wire"},
		{"Morning Briefing - Politics", "https://example.org/feed", "Morning Briefing - Politics"},
		{"Community - Politics", "https://valbypost.com/feed", "Community - Politics"},
		{"Valby Post", "https://valbypost.example/", "Valby Post"},
		{"Valby Post - Europe", "", "Valby Post - Europe"},
	} {
		if got := feedOutlet(tt.title, tt.link); got != tt.want {
			t.Errorf("feedOutlet(%q, %q) = %q, want %q", tt.title, tt.link, got, tt.want)
		}
	}
}
