package graph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestVariableLike(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"uid(n0)", true},
		{"val(x)", true},
		{" \tuid (n0)", true},
		{"UID(x)", true},
		{"u i d(x)", true},
		{"uid", false},
		{"the uid(n0)", false},
		{"_:x", false},
		{"<0x1>", false},
		{"valour", false},
	} {
		if got := variableLike(tt.in); got != tt.want {
			t.Errorf("variableLike(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestQuoteLiteral(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`plain`, `"plain"`},
		{`a "b" \ c`, `"a \"b\" \\ c"`},
		{"l1\nl2\r\t", `"l1\nl2\r\t"`},
		{"nul\x00 bell\a del\x7f", `"nul\u0000 bell\u0007 del\u007F"`},
		{"bad \xff utf8", "\"bad \uFFFD utf8\""},
		{"Kyïv 北京", `"Kyïv 北京"`},
	} {
		if got := quoteLiteral(tt.in); got != tt.want {
			t.Errorf("quoteLiteral(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestSplitVariableLike(t *testing.T) {
	objs := []map[string]any{
		{"uid": "uid(n0)", "xid": "article:a", "title": "uid(n0)", "url": "https://x"},
		{"uid": "uid(n1)", "xid": "g", "aliases": []string{"val(a)", "plain"}},
		{"uid": "uid(n2)", "xid": "h", "name": "fine"},
	}
	out, nq := splitVariableLike(objs)
	want := "uid(n0) <title> \"uid(n0)\" .\nuid(n1) <aliases> \"val(a)\" .\n"
	if string(nq) != want {
		t.Errorf("nquads = %q, want %q", nq, want)
	}
	if _, ok := out[0]["title"]; ok || out[0]["url"] != "https://x" {
		t.Errorf("object 0 = %v", out[0])
	}
	if a := out[1]["aliases"].([]string); len(a) != 1 || a[0] != "plain" {
		t.Errorf("object 1 aliases = %v", a)
	}
	if objs[0]["title"] != "uid(n0)" {
		t.Errorf("splitVariableLike modified its input")
	}
}

func TestClipAndArticleKey(t *testing.T) {
	long := strings.Repeat("é", 1000)
	c := clip(long)
	if len(c) > maxShown+40 || !utf8.ValidString(c) || !strings.Contains(c, "2000 bytes") {
		t.Errorf("clip = %q", c)
	}
	if clip("short") != "short" {
		t.Errorf("clip changed a short value")
	}
	if k := articleKey("id-1"); k != "id-1" {
		t.Errorf("articleKey of a short id = %q", k)
	}
	k1, k2 := articleKey(long), articleKey(long+"x")
	if !strings.HasPrefix(k1, "sha256:") || len(k1) != 71 || k1 == k2 {
		t.Errorf("articleKey of long ids = %q, %q", k1, k2)
	}
}
