package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/input"
)

// runArgs runs the app on args exactly as typed (no flags added), with the
// reordering main does, and returns the exit code, stdout and stderr.
func runArgs(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	app := newApp(strings.NewReader(""), &out, &errb)
	err := app.RunContext(context.Background(), interspersed(app, append([]string{"geokg"}, args...)))
	if err != nil {
		errb.WriteString(err.Error() + "\n")
	}
	return exitCodeOf(err), out.String(), errb.String()
}

func TestInterspersedGlobalFlags(t *testing.T) {
	app := newApp(nil, nil, nil)
	tests := []struct{ in, want string }{
		{"geokg extract --quiet a.txt", "geokg --quiet extract a.txt"},
		{"geokg extract a.txt -q --format jsonl", "geokg -q extract --format jsonl a.txt"},
		{"geokg load --alpha h:1 dir", "geokg --alpha h:1 load dir"},
		{"geokg load dir --alpha=h:1", "geokg --alpha=h:1 load dir"},
		{"geokg report dyad --alpha h:1 --actor US", "geokg --alpha h:1 report --actor US dyad"},
		{"geokg --quiet load --data-dir d --dict x --port-offset 7 a", "geokg --quiet --data-dir d --dict x --port-offset 7 load a"},
		{"geokg dgraph up --data-dir d", "geokg --data-dir d dgraph up"},
		{"geokg dgraph --port-offset 3 status", "geokg --port-offset 3 dgraph status"},
		{"geokg extract -- --alpha x", "geokg extract -- --alpha x"},
		{"geokg load --help", "geokg load --help"},
		{"geokg load dir --timeout 5s", "geokg --timeout 5s load dir"},
		{"geokg query --var a=-x --timeout=2m dyad", "geokg --timeout=2m query --var a=-x dyad"},
	}
	for _, tt := range tests {
		if got := strings.Join(interspersed(app, strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("interspersed(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestGlobalFlagsAfterCommand types the CLI as researchers do: global flags
// after the sub-command. The dead address 127.0.0.1:1 makes the commands
// that need Dgraph fail after parsing (exit 1 naming it), not as a usage error.
func TestGlobalFlagsAfterCommand(t *testing.T) {
	good := filepath.Join(t.TempDir(), "good.txt")
	os.WriteFile(good, []byte("Turkey and Greece agreed on Monday to resume talks on the Aegean.\n"), 0o644)
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"extract --quiet", []string{"extract", "--quiet", good}, exitOK},
		{"extract file -q", []string{"extract", good, "-q"}, exitOK},
		{"load --alpha", []string{"load", "--alpha", "127.0.0.1:1", "--quiet", good}, exitFailure},
		{"report dyad --alpha", []string{"report", "dyad", "--actor", "US", "--with", "Ukraine", "--alpha", "127.0.0.1:1"}, exitFailure},
		{"query --alpha=", []string{"query", "dyad", "--var", "a=US", "--var", "b=Ukraine", "--alpha=127.0.0.1:1"}, exitFailure},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runArgs(t, tt.args...)
			if code != tt.want {
				t.Fatalf("exit %d, want %d: %s", code, tt.want, stderr)
			}
			if tt.want == exitFailure && !strings.Contains(stderr, "127.0.0.1:1") {
				t.Errorf("error does not name the --alpha address: %s", stderr)
			}
		})
	}
}

func TestHelpListsGlobalFlags(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"load", "--help"}, {"report", "--help"}, {"extract", "--help"}} {
		_, stdout, _ := runArgs(t, args...)
		for _, f := range []string{"--alpha", "--quiet", "--data-dir", "--dict", "--port-offset", "--timeout"} {
			if !strings.Contains(stdout, f) {
				t.Errorf("geokg %s does not list %s:\n%s", strings.Join(args, " "), f, stdout)
			}
		}
	}
}

// TestVarKeepsCommas: a --var value may hold commas. The query must get past
// binding its variables to fail on the dead address, not as a usage error.
func TestVarKeepsCommas(t *testing.T) {
	code, _, stderr := runArgs(t, "--alpha", "127.0.0.1:1", "query", "dyad", "--var", "a=US", "--var", "b=Korea, North")
	if code != exitFailure || !strings.Contains(stderr, "127.0.0.1:1") {
		t.Fatalf("exit %d, want %d (dead alpha): %s", code, exitFailure, stderr)
	}
	app := newApp(nil, nil, nil)
	app.Commands = []*cli.Command{{Name: "q", Flags: []cli.Flag{&cli.StringSliceFlag{Name: "var"}},
		Action: func(c *cli.Context) error {
			vars, err := parseVars(c.StringSlice("var"))
			if err != nil {
				return err
			}
			if vars["b"] != "Korea, North" || vars["a"] != "x,y" || len(vars) != 2 {
				t.Errorf("vars = %q", vars)
			}
			return nil
		}}}
	if err := app.Run([]string{"geokg", "q", "--var", "b=Korea, North", "--var", "a=x,y"}); err != nil {
		t.Fatal(err)
	}
}

// TestUsageErrorsExit2 checks that what is wrong on the command line itself
// (a flag a sub-command does not have, a flag without its value, a missing
// --gold, a word that names no command) exits 2 with a line saying what,
// and prints no help on stdout: urfave/cli left these at exit 1 ("No help
// topic for 'x'" for an unknown command).
func TestUsageErrorsExit2(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"extract", "--bogus", "a.txt"}, "flag provided but not defined: -bogus (see geokg extract --help)"},
		{[]string{"load", "dir", "--batch", "many"}, "invalid value \"many\" for flag -batch"},
		{[]string{"eval"}, "eval needs --gold"},
		{[]string{"eval", "--gold"}, "flag needs an argument: -gold"},
		{[]string{"nosuchcmd"}, `unknown command "nosuchcmd" (known: extract, load,`},
		{[]string{"dgraph", "start"}, `geokg dgraph: unknown command "start" (known: up, down, build, status;`},
		// Arguments to a command that takes none were ignored, exit 0.
		{[]string{"schema", "apply"}, `geokg schema takes no arguments (got "apply"`},
		{[]string{"dgraph", "status", "now"}, `geokg dgraph status takes no arguments (got "now"`},
		{[]string{"query", "--list", "extra"}, `query --list takes no arguments, got ["extra"]`},
		// "dgraph up" said "port 75080 is busy"; status said nothing.
		{[]string{"--data-dir", t.TempDir(), "--port-offset", "70000", "dgraph", "status"}, "--port-offset 70000: the managed Dgraph's ports would be 75080 to 79080; want an offset from -5079 to 56455"},
		{[]string{"dgraph", "status", "--data-dir", t.TempDir(), "--port-offset", "-6000"}, "--port-offset -6000"},
	}
	for _, tt := range tests {
		code, stdout, stderr := runArgs(t, tt.args...)
		if code != exitUsage || !strings.Contains(stderr, tt.want) {
			t.Errorf("geokg %s: exit %d, want %d with %q; stderr:\n%s", strings.Join(tt.args, " "), code, exitUsage, tt.want, stderr)
		}
		if stdout != "" {
			t.Errorf("geokg %s: printed on stdout:\n%s", strings.Join(tt.args, " "), stdout)
		}
	}
	// Without an argument, the app and a group of commands show their help.
	for _, args := range [][]string{{}, {"dgraph"}} {
		if code, stdout, _ := runArgs(t, args...); code != exitOK || !strings.Contains(stdout, "COMMANDS:") {
			t.Errorf("geokg %s: exit %d, want %d and the help; stdout:\n%s", strings.Join(args, " "), code, exitOK, stdout)
		}
	}
}

// TestReportMissingActor checks that a report without the actors its query
// needs, with a flag it does not take, or with a page flag that is no
// count, is refused as a usage error before geokg connects to Dgraph: it
// failed with the connection's error (exit 1), or started the managed
// Dgraph only to say that --actor was missing.
func TestReportMissingActor(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"report", "dyad"}, "report dyad needs --actor"},
		{[]string{"report", "dyad", "--actor", "Russia"}, "report dyad needs --with"},
		{[]string{"report", "as-of", "--actor", "JCCC", "--format", "html"}, "report as-of needs --at"},
		{[]string{"report", "dyad", "--actor", "Russia", "--with", "Ukraine", "--first", "abc"}, `--first "abc": want a whole number of rows, 1 or more`},
		{[]string{"report", "withdrawals", "--offset", "-5"}, `--offset "-5": want a whole number of rows, 0 or more`},
		// A flag the report has no use for was ignored: all withdrawals
		// under a command that named Russia.
		{[]string{"report", "withdrawals", "--actor", "Russia"}, "report withdrawals does not take --actor (it takes --from, --to, --first, --offset)"},
		{[]string{"report", "actor-timeline", "--actor", "Russia", "--with", "Ukraine"}, "report actor-timeline does not take --with"},
	}
	for _, tt := range tests {
		args := append([]string{"--alpha", "127.0.0.1:1"}, tt.args...)
		code, _, stderr := runArgs(t, args...)
		if code != exitUsage || !strings.Contains(stderr, tt.want) || strings.Contains(stderr, "connect") {
			t.Errorf("geokg %s: exit %d, want %d with %q; stderr:\n%s", strings.Join(args, " "), code, exitUsage, tt.want, stderr)
		}
	}
}

// TestSkippedNote: load's summary line counts apart the articles read only
// in part (a date not read, long sentences cut), as stderr tells them; it
// called all of them skipped ("3 inputs skipped" for 2 skipped, 1 read).
func TestSkippedNote(t *testing.T) {
	probs := []input.Problem{
		{Path: "a.jsonl", Line: 2, Reason: input.ReasonBadJSON},
		{Path: "a.jsonl", Line: 3, Reason: input.ReasonBadDate},
		{Path: "b.txt", Reason: input.ReasonBinary},
	}
	if got, want := skippedNote(probs), "2 inputs skipped, 1 read in part"; got != want {
		t.Errorf("skippedNote = %q, want %q", got, want)
	}
	if got, want := skippedNote(nil), "0 inputs skipped"; got != want {
		t.Errorf("skippedNote(nil) = %q, want %q", got, want)
	}
}
