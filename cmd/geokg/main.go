// Command geokg builds a geopolitical knowledge graph from news articles in
// Dgraph. See the README for a tour; `geokg --help` lists the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	app := newApp(os.Stdin, os.Stdout, os.Stderr)
	err := app.RunContext(ctx, interspersed(app, os.Args))
	stop()
	os.Exit(exitCode(err))
}

// Exit codes, documented in the README.
const (
	exitOK      = 0 // everything done
	exitFailure = 1 // the command failed
	exitUsage   = 2 // bad flags or arguments
	exitSkipped = 3 // the command finished but skipped some inputs (each named on stderr)
)

func exitCode(err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errSkipped):
		fmt.Fprintln(os.Stderr, "geokg:", err)
		return exitSkipped
	case errors.Is(err, errUsage):
		fmt.Fprintln(os.Stderr, "geokg:", err)
		return exitUsage
	default:
		fmt.Fprintln(os.Stderr, "geokg:", err)
		return exitFailure
	}
}
