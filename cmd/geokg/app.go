package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/graph"
)

// Sentinels mapped to exit codes in main.
var (
	errUsage   = errors.New("usage")
	errSkipped = errors.New("some inputs were skipped or read only in part")
)

// globalOptions are the flags every command shares, and the process's
// standard streams, so that tests run commands in-process.
type globalOptions struct {
	Cluster clusterOptions // TLS and ACL login for --alpha (cluster.go)

	Alpha   string   // Dgraph alpha gRPC address, or several of one cluster separated by commas; empty: the default address, else the managed Dgraph
	DataDir string   // managed Dgraph data directory; empty: graph's default
	Offset  int      // port offset of the managed Dgraph
	Dicts   []string // extra dictionary directories
	Quiet   bool
	Timeout time.Duration // bound on each request to Dgraph

	// notices, when set, takes notices instead of stderr: the progress bar,
	// which prints them above itself.
	notices io.Writer

	stdin          io.Reader
	stdout, stderr io.Writer
}

// checkPortOffset refuses a --port-offset that moves a port of the managed
// Dgraph (zero's 5080 to alpha's 9080) out of 1-65535: Dgraph could not
// listen there, and "dgraph up" said the port was busy.
func checkPortOffset(off int) error {
	lo, hi := 1-graph.ZeroGRPCPort, 65535-graph.AlphaGRPCPort
	if off < lo || off > hi {
		return usageErr("--port-offset %d: the managed Dgraph's ports would be %d to %d; want an offset from %d to %d",
			off, graph.ZeroGRPCPort+off, graph.AlphaGRPCPort+off, lo, hi)
	}
	return nil
}

func usageErr(format string, a ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, a...))
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	g := &globalOptions{stdin: stdin, stdout: stdout, stderr: stderr}
	app := &cli.App{
		Name:  "geokg",
		Usage: "build a geopolitical knowledge graph from news articles in Dgraph",
		Description: `geokg extracts actors (people and their roles, countries, governments, militaries,
armed groups, international organizations), agreements, locations and events (who did
what to whom, when and where, coded in CAMEO and PLOVER) from news articles, and writes
them into Dgraph, where they can be queried over time.

Without --alpha, load, query and report use the Dgraph at 127.0.0.1:9080, and when none
answers there they start a managed local Dgraph (see "geokg dgraph --help").`,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "alpha", Usage: "Dgraph alpha gRPC `HOST:PORT`, or several alphas of one cluster separated by commas to spread the work over (default: 127.0.0.1:9080, started if absent)", EnvVars: []string{"GEOKG_ALPHA"}, Destination: &g.Alpha},
			&cli.StringFlag{Name: "data-dir", Usage: "data `DIR` of the managed local Dgraph", EnvVars: []string{"GEOKG_DATA_DIR"}, Destination: &g.DataDir},
			&cli.IntFlag{Name: "port-offset", Usage: "add `N` to every port of the managed Dgraph (9080+N for gRPC), to run several side by side", EnvVars: []string{"GEOKG_PORT_OFFSET"}, Destination: &g.Offset},
			&cli.StringSliceFlag{Name: "dict", Usage: "extra dictionary `DIR` (same file formats as the built-in ones); repeatable"},
			&cli.DurationFlag{Name: "timeout", Value: graph.DefaultTimeout, Usage: "give up on a Dgraph request (query, write, schema change) after `DURATION` without an answer", EnvVars: []string{"GEOKG_TIMEOUT"}, Destination: &g.Timeout},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar or notices on stderr", Destination: &g.Quiet},
		}, clusterFlags(&g.Cluster)...),
		Before: func(c *cli.Context) error {
			g.Dicts = c.StringSlice("dict")
			return checkPortOffset(g.Offset)
		},
		Commands: []*cli.Command{
			newExtractCommand(g),
			newFiresCommand(g),
			newLoadCommand(g),
			newQueryCommand(g),
			newReportCommand(g),
			newEvalCommand(g),
			newDemoCommand(g),
			newSchemaCommand(g),
			newExportCommand(g),
			newDgraphCommand(g),
			newParseCommand(g),
			newTrainSyntaxCommand(g),
		},
		OnUsageError: func(c *cli.Context, err error, isSubcommand bool) error {
			name := "geokg"
			if c.Command != nil && c.Command.HelpName != "" {
				name = c.Command.HelpName
			}
			return usageErr("%v (see %s --help)", err, name)
		},
		ExitErrHandler: func(*cli.Context, error) {}, // main decides exit codes
		// A --var value or a --dict directory may hold commas ("b=Korea,
		// North"): repeat the flag to give several.
		DisableSliceFlagSeparator: true,
	}
	noteGlobalFlags(app)
	usageErrors(app)
	return app
}

// usageErrors makes what urfave/cli finds wrong on any command line a usage
// error (exit 2, as the README documents): an unknown flag or a flag without
// its value after a sub-command, an unknown command, and an argument to a
// command that takes none. urfave/cli applies
// an OnUsageError to the command that has it only (the app's not to its
// commands), and answers an unknown command with "No help topic for 'x'"
// and its own exit status 3, which geokg uses for skipped inputs.
func usageErrors(app *cli.App) {
	var walk func(cmds []*cli.Command)
	walk = func(cmds []*cli.Command) {
		for _, c := range cmds {
			if c.OnUsageError == nil {
				c.OnUsageError = app.OnUsageError
			}
			if len(c.Subcommands) == 0 && c.ArgsUsage == "" && c.Action != nil {
				c.Action = noArgs(c.Action)
			}
			if len(c.Subcommands) > 0 {
				if c.Action == nil {
					c.Action = unknownCommand("geokg "+c.Name, c.Subcommands, cli.ShowSubcommandHelp)
				}
				walk(c.Subcommands)
			}
		}
	}
	walk(app.Commands)
	if app.Action == nil {
		app.Action = unknownCommand("geokg", app.Commands, cli.ShowAppHelp)
	}
}

// noArgs refuses arguments to a command that takes none (one that declares
// no ArgsUsage): "geokg schema apply" printed the schema, applied nothing
// and exited 0.
func noArgs(action cli.ActionFunc) cli.ActionFunc {
	return func(c *cli.Context) error {
		if c.Args().Present() {
			return usageErr("%s takes no arguments (got %q; see %s --help)", c.Command.HelpName, c.Args().First(), c.Command.HelpName)
		}
		return action(c)
	}
}

// unknownCommand is the action of a command that only groups others (and of
// the app): with no argument it shows the help, with one it is a word that
// names no command.
func unknownCommand(parent string, cmds []*cli.Command, help func(*cli.Context) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		if !c.Args().Present() {
			return help(c)
		}
		var names []string
		for _, sc := range cmds {
			if !sc.Hidden {
				names = append(names, sc.Name)
			}
		}
		prefix := "" // main already starts the line with "geokg:"
		if parent != "geokg" {
			prefix = parent + ": "
		}
		return usageErr("%sunknown command %q (known: %s; see %s --help)", prefix, c.Args().First(), strings.Join(names, ", "), parent)
	}
}

// noteGlobalFlags tells in each command's help that the global flags may be
// given after it too (interspersed moves them), and which they are.
func noteGlobalFlags(app *cli.App) {
	var names []string
	for _, f := range app.Flags {
		names = append(names, "--"+f.Names()[0])
	}
	note := "Global flags, accepted before or after the command (see geokg --help): " + strings.Join(names, ", ") + "."
	for _, c := range app.Commands {
		if c.Description == "" {
			c.Description = note
		} else {
			c.Description += "\n\n" + note
		}
	}
}

// notice prints an informational line on stderr unless --quiet.
func (g *globalOptions) notice(format string, a ...any) {
	if g.Quiet {
		return
	}
	w := g.stderr
	if g.notices != nil {
		w = g.notices
	}
	fmt.Fprintf(w, "geokg: "+format+"\n", a...)
}

// isTerminal reports whether w is a terminal, for the progress bar.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
