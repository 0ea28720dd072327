package main

import (
	"fmt"
	"os"
	"time"
)

// timingOn makes geokg print, on stderr, the wall-clock moments at which a
// command reaches its milestones ("geokg: timing NAME UNIX_MICROSECONDS"),
// so that scripts/bench-startup.sh can measure the start-up from exec to
// the first Dgraph request. An environment variable rather than a flag: it
// is for the benchmark, not for users.
var timingOn = os.Getenv("GEOKG_TIMING") != ""

func (g *globalOptions) timing(name string) {
	if timingOn {
		fmt.Fprintf(g.stderr, "geokg: timing %s %d\n", name, time.Now().UnixMicro())
	}
}
