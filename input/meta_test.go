package input

import "testing"

func TestNormDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2017-12-28", "2017-12-28"},
		{"2017-12-28T23:30:00-05:00", "2017-12-28"}, // the day written, not UTC's
		{"2017-12-28 10:00:00", "2017-12-28"},
		{"2017-12-28T10:00:00.000+0530", "2017-12-28"},
		{"Thu, 28 Dec 2017 10:00:00 +0000", "2017-12-28"},
		{"Thu, 28 Dec 2017 10:00:00 GMT", "2017-12-28"},
		{"28 December 2017", "2017-12-28"},
		{"December 28, 2017", "2017-12-28"},
		{"Dec 28, 2017", "2017-12-28"},
		{"2017/12/28", "2017-12-28"},
		{"1514419200", "2017-12-28"},    // seconds
		{"1514419200000", "2017-12-28"}, // milliseconds
		{"2017-12", ""},                 // a month is not a day
		{"2017", ""},
		{"2017-13-01", ""},
		{"2017-12-281", ""},
		{"0001-01-01T00:00:00Z", ""}, // a zero time
		{"yesterday", ""},            // relative: never resolved against the clock
		{"", ""},
	}
	for _, tt := range tests {
		if got := normDate(tt.in); got != tt.want {
			t.Errorf("normDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://Example.ORG/World/Story?id=3#comments", "https://example.org/World/Story?id=3"},
		{"https://example.org/a?utm_source=rss&utm_medium=feed&page=2", "https://example.org/a?page=2"},
		{"  https://example.org/a  ", "https://example.org/a"},
		{"/relative/path", ""},
		{"not a url", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normURL(tt.in); got != tt.want {
			t.Errorf("normURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
