package input

import "testing"

func TestSplitHeadline(t *testing.T) {
	tests := []struct {
		name, in, title string
	}{
		{"title line", "Harbour reopens\n\nThe harbour reopened on Monday.\n", "Harbour reopens"},
		{"question", "Can the ferry deal last?\nThe deal was signed on Monday.\n", "Can the ferry deal last?"},
		{"teaser in quotes", "'My years at the port...'\nA former harbour master looks back.\n", "'My years at the port...'"},
		{"first paragraph", "The harbour at Valby reopened on Monday after repairs.\nShips queued overnight.\n", ""},
		{"long first line", "Officials from both countries met for talks on the harbour and the river and the bridge and the customs post and the fishing grounds\nMore text.\n", ""},
		{"colon", "The winners were:\nNorth Ridge school.\n", ""},
		{"only a line", "Harbour reopens\n", ""},
		{"title then blank", "Harbour reopens\n\n\n", ""},
		{"leading blank lines", "\n\nHarbour reopens\nThe harbour reopened.\n", "Harbour reopens"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, body := splitHeadline(tt.in)
			if title != tt.title {
				t.Errorf("title = %q, want %q", title, tt.title)
			}
			if title == "" && body != tt.in && body != trimLeadingBlank(tt.in) {
				t.Errorf("no title, but body = %q changed from %q", body, tt.in)
			}
		})
	}
}

func trimLeadingBlank(s string) string {
	for len(s) > 0 && s[0] == '\n' {
		s = s[1:]
	}
	return s
}

func TestUnwrap(t *testing.T) {
	tests := []struct{ name, in, want string }{{
		name: "wrapped paragraphs",
		in: "Title of the piece\n\n" +
			"The first paragraph of the piece runs over more than one line\n" +
			"because it was wrapped at a fixed width by the tool that saved\n" +
			"it.\n\n" +
			"The second paragraph is also wrapped at the same fixed width as\n" +
			"the first, and it ends here.\n",
		want: "Title of the piece\n\n" +
			"The first paragraph of the piece runs over more than one line because it was wrapped at a fixed width by the tool that saved it.\n\n" +
			"The second paragraph is also wrapped at the same fixed width as the first, and it ends here.\n",
	}, {
		name: "one paragraph a line",
		in:   "Title\n\nA paragraph that is long enough to go past the hundred character mark, which wrapped text never does.\n\nShort one.\n",
		want: "Title\n\nA paragraph that is long enough to go past the hundred character mark, which wrapped text never does.\n\nShort one.\n",
	}, {
		name: "no blank lines",
		in:   "Home\nWorld\nSport\nWeather\n",
		want: "Home\nWorld\nSport\nWeather\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unwrap(tt.in); got != tt.want {
				t.Errorf("unwrap:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
