package syntax

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // sentences split by " | ", tokens by spaces
	}{
		{"clitics", "They don't know, can't say and won't go.", "They do n't know , ca n't say and wo n't go ."},
		{"possessive", "The minister's plan and the parents' group.", "The minister 's plan and the parents ' group ."},
		{"initialism kept", "The U.S. envoy met Mr. Lee in Washington.", "The U.S. envoy met Mr. Lee in Washington ."},
		{"initialism ends", "They flew to the U.S. The talks failed.", "They flew to the U.S. | The talks failed ."},
		{"sentences", "Troops crossed the border. Officials denied it! Why?", "Troops crossed the border . | Officials denied it ! | Why ?"},
		{"quotes", `He said: "We will fight." Then he left.`, `He said : " We will fight . " | Then he left .`},
		{"numbers", "It cost $1,500.50, or 20% more, on 11/28/2000 at 10:30.", "It cost $ 1,500.50 , or 20 % more , on 11/28/2000 at 10:30 ."},
		{"hyphens", "A 15-year-old e-mail and/or a well-known fact -- see 555-123-4567.", "A 15 - year - old e-mail and / or a well - known fact -- see 555-123-4567 ."},
		{"brackets", "The army (FARC) left...", "The army ( FARC ) left ..."},
		{"lines", "Headline without stop\nThe body starts here.", "Headline without stop | The body starts here ."},
		{"url", "See http://example.org/a-b. Then mail a@b.com now.", "See http://example.org/a-b . | Then mail a@b.com now ."},
		{"curly", "It’s the rebels’ turn, “now”.", "It ’s the rebels ’ turn , “ now ” ."},
		{"cannot", "I cannot go and I'm gonna stay.", "I can not go and I 'm gon na stay ."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var parts []string
			for _, s := range Tokenize(tt.in) {
				var forms []string
				for _, tok := range s.Tokens {
					forms = append(forms, tok.Form)
				}
				parts = append(parts, strings.Join(forms, " "))
			}
			if got := strings.Join(parts, " | "); got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

// checkSpans asserts the invariants of Tokenize's output on any input.
func checkSpans(t *testing.T, text string, sents []Sentence) {
	t.Helper()
	prev := 0
	for _, s := range sents {
		if len(s.Tokens) == 0 {
			t.Fatalf("empty sentence in %q", text)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence span %d-%d does not cover its tokens in %q", s.Start, s.End, text)
		}
		for i, tok := range s.Tokens {
			if tok.ID != i+1 {
				t.Fatalf("token %q has ID %d, want %d", tok.Form, tok.ID, i+1)
			}
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
				t.Fatalf("token %q span %d-%d out of order or outside input of %d bytes", tok.Form, tok.Start, tok.End, len(text))
			}
			if text[tok.Start:tok.End] != tok.Form {
				t.Fatalf("token %q is not the text at %d-%d (%q)", tok.Form, tok.Start, tok.End, text[tok.Start:tok.End])
			}
			if strings.TrimSpace(tok.Form) != tok.Form {
				t.Fatalf("token %q has spaces", tok.Form)
			}
			prev = tok.End
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"They don't know.", "U.S. troops -- 15-year-old's", "\"Hi!\" (ok) ...", "a\n\nb", "’'\"", "--", "e.g. 1,000.5%", "\xff\xfe bad"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := Tokenize(text)
		checkSpans(t, text, sents)
		if !utf8.ValidString(text) {
			return
		}
		again := Tokenize(text)
		if len(again) != len(sents) {
			t.Fatalf("Tokenize is not deterministic on %q", text)
		}
	})
}
