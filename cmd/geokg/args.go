package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// interspersed reorders the arguments the way urfave/cli v2 can parse them,
// so that users may type flags where they think of them:
//
//   - a command's flags move in front of its positional arguments, so that
//     `geokg report dyad --actor US` works as its help says (v2 parses with
//     the standard flag package, which stops at the first positional
//     argument);
//   - global flags (--alpha, --quiet, --data-dir, --port-offset, --dict) typed
//     after the command move in front of it, so that `geokg load --alpha
//     H:P` means `geokg --alpha H:P load`: v2 has no persistent flags, and
//     researchers type the address where they type the rest.
//
// A flag the command itself defines stays with the command, whatever the
// global flags are called. "--" ends the reordering, and "-" (standard
// input) is a positional argument.
func interspersed(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	rest := args[1:]
	n := leadingFlags(app.Flags, rest)
	globals := append([]string{}, rest[:n]...)
	rest = rest[n:]
	var path []string // command names and the flags of the commands above the last
	cmds := app.Commands
	for len(rest) > 0 {
		cmd := findCommand(cmds, rest[0])
		if cmd == nil {
			break
		}
		path = append(path, rest[0])
		rest = rest[1:]
		// Global flags anywhere after the command go to the front; the
		// command's own flags come before its arguments.
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
			dst := &fl
			flags := cmd.Flags
			if !definesFlag(cmd.Flags, a) && definesFlag(app.Flags, a) {
				dst, flags = &globals, app.Flags
			}
			*dst = append(*dst, a)
			if takesValue(flags, a) && i+1 < len(rest) {
				*dst = append(*dst, rest[i+1])
				i++
			}
		}
		path = append(path, fl...)
		rest = pos
		if len(cmd.Subcommands) == 0 || len(pos) == 0 || findCommand(cmd.Subcommands, pos[0]) == nil {
			break
		}
		cmds = cmd.Subcommands
	}
	out := append([]string{args[0]}, globals...)
	out = append(out, path...)
	return append(out, rest...)
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

// flagName is the name in "--name", "-n" or "--name=value".
func flagName(a string) string {
	name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
	return name
}

// definesFlag reports whether flags has the flag a names.
func definesFlag(flags []cli.Flag, a string) bool {
	return lookupFlag(flags, a) != nil
}

func lookupFlag(flags []cli.Flag, a string) cli.Flag {
	name := flagName(a)
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return f
			}
		}
	}
	return nil
}

// takesValue reports whether a (like "--actor" or "-q") names a flag that
// reads the next argument as its value: every flag but booleans, and none
// given as --name=value.
func takesValue(flags []cli.Flag, a string) bool {
	if strings.Contains(a, "=") {
		return false
	}
	f := lookupFlag(flags, a)
	if f == nil {
		return false
	}
	_, isBool := f.(*cli.BoolFlag)
	return !isBool
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
