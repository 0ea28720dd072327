package main

import (
	"os/exec"
	"strings"
	"testing"
)

// heavyInit are packages whose init does real work at the start of every
// geokg command, whatever the command: go-dateparser compiles every
// locale's patterns (0.4 s, 95 MB). query and report must start in
// milliseconds (scripts/bench-startup.sh measures it), so geokg must not
// link them; they may stay as test dependencies.
var heavyInit = []string{
	"github.com/markusmobius/go-dateparser",
	"github.com/markusmobius/go-htmldate",
	"github.com/markusmobius/go-trafilatura",
}

func TestNoHeavyInitLinked(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, h := range heavyInit {
			if dep == h || strings.HasPrefix(dep, h+"/") {
				t.Errorf("geokg links %s, whose package init slows every command's start-up", dep)
			}
		}
	}
}
