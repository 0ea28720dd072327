package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// interspersed moves a command's flags in front of its positional arguments,
// so that `geokg report dyad --actor US` works as its help says: urfave/cli
// v2 parses with the standard flag package, which stops at the first
// positional argument. Global flags stay where they are; "--" ends the
// reordering, and "-" (standard input) is a positional argument.
func interspersed(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	out := []string{args[0]}
	rest := args[1:]
	// Global flags, then the command path.
	flags, cmds := app.Flags, app.Commands
	for {
		n := leadingFlags(flags, rest)
		out = append(out, rest[:n]...)
		rest = rest[n:]
		if len(rest) == 0 {
			return out
		}
		cmd := findCommand(cmds, rest[0])
		if cmd == nil {
			return append(out, rest...)
		}
		out = append(out, rest[0])
		rest = rest[1:]
		if len(cmd.Subcommands) > 0 {
			flags, cmds = cmd.Flags, cmd.Subcommands
			continue
		}
		var fl, pos []string
		for i := 0; i < len(rest); i++ {
			a := rest[i]
			if a == "--" {
				pos = append(pos, rest[i:]...)
				break
			}
			if !isFlag(a) {
				pos = append(pos, a)
				continue
			}
			fl = append(fl, a)
			if takesValue(cmd.Flags, a) && i+1 < len(rest) {
				fl = append(fl, rest[i+1])
				i++
			}
		}
		return append(append(out, fl...), pos...)
	}
}

// leadingFlags counts the args at the start of args that are flags of flags
// (with their values).
func leadingFlags(flags []cli.Flag, args []string) int {
	i := 0
	for i < len(args) && isFlag(args[i]) && args[i] != "--" {
		if takesValue(flags, args[i]) {
			i++
		}
		i++
	}
	return min(i, len(args))
}

func isFlag(a string) bool { return len(a) > 1 && strings.HasPrefix(a, "-") }

// takesValue reports whether a (like "--actor" or "-q") names a flag that
// reads the next argument as its value: every flag but booleans, and none
// given as --name=value.
func takesValue(flags []cli.Flag, a string) bool {
	if strings.Contains(a, "=") {
		return false
	}
	name := strings.TrimLeft(a, "-")
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				_, isBool := f.(*cli.BoolFlag)
				return !isBool
			}
		}
	}
	return false
}

func findCommand(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.Name == name {
			return c
		}
		for _, a := range c.Aliases {
			if a == name {
				return c
			}
		}
	}
	return nil
}
