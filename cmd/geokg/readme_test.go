package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestREADMECommandTable checks the README's table of commands against the
// app: every command a user can run has its row, and every flag a row shows
// is a flag of that command (or a global one). The table left out eval.
func TestREADMECommandTable(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{} // command name -> its cell
	rowRE := regexp.MustCompile("(?m)^\\| `geokg ([a-z-]+)([^`]*)` \\|")
	for _, m := range rowRE.FindAllStringSubmatch(string(data), -1) {
		rows[m[1]] = m[2]
	}
	app := newApp(nil, nil, nil)
	global := map[string]bool{}
	for _, f := range app.Flags {
		for _, n := range f.Names() {
			global[n] = true
		}
	}
	flagRE := regexp.MustCompile(`--([a-z-]+)`)
	for _, c := range app.Commands {
		if c.Hidden {
			continue
		}
		cell, ok := rows[c.Name]
		if !ok {
			t.Errorf("README's command table has no row for geokg %s", c.Name)
			continue
		}
		has := map[string]bool{}
		for _, f := range c.Flags {
			for _, n := range f.Names() {
				has[n] = true
			}
		}
		for _, m := range flagRE.FindAllStringSubmatch(cell, -1) {
			if !has[m[1]] && !global[m[1]] {
				t.Errorf("README's row for geokg %s shows --%s, which it does not have (%s)", c.Name, m[1], strings.TrimSpace(cell))
			}
		}
	}
}
