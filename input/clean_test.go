package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestJunkRule checks each rule on lines written to trigger it, and lines of
// news that look like boilerplate but are not.
func TestJunkRule(t *testing.T) {
	tests := []struct {
		line  string
		first bool // the first line of the text
		want  string
	}{
		{"You have {{n}} free reads left", false, rulePlaceholder},
		{"Hello ${user.name}", false, rulePlaceholder},
		{"--WIRE", false, ruleSignOff},
		{"— Harbour Wire", false, ruleSignOff},
		{"-Wire", false, ruleSignOff},
		{"(Wire)", false, ruleSignOff},
		{"(Harbour Wire, Northwind)", false, ruleSignOff},
		{"ab/", false, ruleSignOff},
		{"ab/cd", false, ruleSignOff},
		{"xy/ab (Wire, Northwind)", false, ruleSignOff},
		{"ENDS", false, ruleSignOff},
		{"###", false, ruleSignOff},
		{"(Reporting by A. Person; Editing by B. Person)", false, ruleSignOff},
		{"With inputs from agencies", false, ruleSignOff},
		{"The post Norland protests to Estmark over ferry fees appeared first on Harbour Daily.", false, ruleFeedFooter},
		{"The article Estmark recalls envoy was first published on Valby Times", false, ruleFeedFooter},
		{"The post of harbour master appeared first on a list of cuts, the ministry said.", false, ""},
		{"Subscribe now to keep reading", false, ruleCTA},
		{"Already a subscriber? Log in", false, ruleCTA},
		{"» Read more: Ferry strike ends", false, ruleCTA},
		{"WATCH: Drone pictures of the flood", false, ruleCTA},
		{"Sign up", true, ruleCTA},
		{"Our weekly letter brings you the harbour news every Friday morning, straight from the quay. Sign up", false, ruleCTA},
		{"If you are on our app, tap here to watch the launch", false, ruleCTA},
		{"* * *", false, ruleNoWords},
		{".", false, ruleNoWords},
		{"Advertisement", false, ruleLabel},
		{"Comments (14)", false, ruleLabel},
		{"Related:", false, ruleLabel},
		{"Share this article", false, ruleShare},
		{"Facebook Twitter WhatsApp Email", false, ruleShare},
		{"Home › World › Europe", false, ruleMenu},
		{"News | Sport | Weather | Culture", false, ruleMenu},
		{"This site uses cookies to measure traffic.", false, ruleCookie},
		{"We use cookies. By continuing you consent to this.", false, ruleCookie},
		{"Disclaimer: the views here are the author's own", false, ruleDisclaimer},
		{"The views expressed are personal", false, ruleDisclaimer},
		{"© 2020 Example Media", false, ruleRights},
		{"Copyright 2021 Example Media. All rights reserved.", false, ruleRights},
		{"$9.99/month", false, rulePrice},
		{"₹499", false, rulePrice},
		{"Only €3 per month", false, rulePrice},
		{"12 Months", false, rulePrice},
		{"1 Year", false, rulePrice},
		{"Unlimited access on all your devices", false, ruleSelling},
		{"Our best stories, in your inbox every morning", false, ruleSelling},
		{"Premium newsletters", false, ruleSelling},

		// News that must stay.
		{"Share prices in Valby fell on Monday.", false, ""},
		{"Subscribers to the scheme keep their rights.", false, ""},
		{"The newsletter was launched in 2003.", false, ""},
		{"Newsletter row deepens", false, ""},
		{"The cookie maker said it would accept the offer.", false, ""},
		{"Copyright laws were changed by parliament in 2004.", false, ""},
		{"Oil hits $100 a barrel", false, ""},
		{"Oil at $100", true, ""},
		{"Exclusive premium offer for savers", true, ""},
		{"- Norland", false, ""},
		{"(The minister declined to comment on the report.)", false, ""},
		{"Home Office rejects the plan", false, ""},
		{"Sign language interpreters joined the talks at the last minute, officials said.", false, ""},
		{"Our troops will stay until the job is done, the general said in a speech.", false, ""},
		{"Valby v Ostra", false, ""},
		{"The union urged all dock workers to sign up.", false, ""},
		{"How to sign up", true, ""},
	}
	v := mustVocab()
	for _, tt := range tests {
		if got := junkRule(v, tt.line, len(strings.Fields(tt.line)), tt.first); got != tt.want {
			t.Errorf("junkRule(%q, first=%v) = %q, want %q", tt.line, tt.first, got, tt.want)
		}
	}
}

// TestCleanFixtures runs Clean over testdata/clean/*.txt, where the lines
// marked "✗ " must go and all others stay.
func TestCleanFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/clean/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			in, want := unmark(string(data))
			got := Clean(in)
			if got != want {
				t.Errorf("Clean:\n%s", lineDiff(want, got))
			}
			if again := Clean(got); again != got {
				t.Errorf("Clean is not idempotent:\n%s", lineDiff(got, again))
			}
		})
	}
}

// unmark strips the "✗ " markers: it returns the input and what Clean
// should keep of it.
func unmark(s string) (in, want string) {
	var ib, wb strings.Builder
	for line := range strings.Lines(s) {
		if rest, ok := strings.CutPrefix(line, "✗ "); ok {
			ib.WriteString(rest)
			continue
		}
		ib.WriteString(line)
		if l := collapseSpace(line); l != "" {
			wb.WriteString(l + "\n")
		}
	}
	return ib.String(), wb.String()
}

func TestDatelineAgency(t *testing.T) {
	tests := []struct{ in, want string }{
		{"VALBY (Harbour Wire) - The talks resumed.", "VALBY - The talks resumed."},
		{"OSTRA, Estmark (Wire) — Officials met.", "OSTRA, Estmark — Officials met."},
		{"Valby (Wire) - lower-case city is not a dateline", "Valby (Wire) - lower-case city is not a dateline"},
		{"The UN (United Nations) said", "The UN (United Nations) said"},
	}
	for _, tt := range tests {
		if got := stripDatelineAgency(tt.in); got != tt.want {
			t.Errorf("stripDatelineAgency(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCleanSeed reads the seed article when it is beside the repository:
// everything from the agency sign-off on goes, the story before it stays
// line for line.
func TestCleanSeed(t *testing.T) {
	data, err := os.ReadFile("../../shared/articles/seed-ukraine-jccc.txt")
	if err != nil {
		t.Skip("seed article not present:", err)
	}
	lines := strings.Split(tidy(string(data)), "\n")
	end := -1
	for i, l := range lines {
		if junkRule(mustVocab(), l, len(strings.Fields(l)), false) == ruleSignOff {
			end = i
			break
		}
	}
	if end < 5 || end > len(lines)-10 {
		t.Fatalf("sign-off at line %d of %d: the seed should have a story, a sign-off, then a long box", end, len(lines))
	}
	want := strings.Join(lines[:end], "\n") + "\n"
	if got := Clean(string(data)); got != want {
		t.Errorf("Clean(seed):\n%s", lineDiff(want, got))
	}
}

// TestVocab checks the invariants of the embedded vocabulary (parseVocab
// rejects duplicates, unknown kinds, upper case and stray spaces) and that
// each rule has words to work with.
func TestVocab(t *testing.T) {
	v, err := loadVocab()
	if err != nil {
		t.Fatal(err)
	}
	if len(v.cta) == 0 || len(v.label) == 0 || len(v.marketing) == 0 || len(v.address) == 0 || len(v.share) == 0 ||
		len(v.platform) == 0 || len(v.credit) == 0 || len(v.disclaimer) == 0 || len(v.rights) == 0 || len(v.cookie) == 0 {
		t.Errorf("a kind is empty: %+v", v)
	}
	for _, bad := range []string{"cta\tSubscribe\n", "cta\tsubscribe\ncta\tsubscribe\n", "nope\tword\n", "cta subscribe\n", "platform\tcarrier pigeon\n"} {
		if _, err := parseVocab(bad); err == nil {
			t.Errorf("parseVocab(%q) accepted it", bad)
		}
	}
}
