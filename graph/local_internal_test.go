package graph

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestLocalDefaults(t *testing.T) {
	home := t.TempDir()
	for _, c := range []struct {
		name              string
		dataEnv, xdg, bin string
		opts              LocalOptions
		wantData, wantBin string
	}{
		{name: "home", wantData: filepath.Join(home, ".local/share/geokg/dgraph")},
		{name: "xdg", xdg: "/x/data", wantData: "/x/data/geokg/dgraph"},
		{name: "env", dataEnv: "/srv/kg", xdg: "/x/data", bin: "/opt/dgraph", wantData: "/srv/kg", wantBin: "/opt/dgraph"},
		{name: "options win", dataEnv: "/srv/kg", bin: "/opt/dgraph", opts: LocalOptions{DataDir: "/mine", Bin: "/my/dgraph"},
			wantData: "/mine", wantBin: "/my/dgraph"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("HOME", home)
			t.Setenv("GEOKG_DATA_DIR", c.dataEnv)
			t.Setenv("XDG_DATA_HOME", c.xdg)
			t.Setenv("GEOKG_DGRAPH_BIN", c.bin)
			o := NewLocal(c.opts).Options()
			if o.DataDir != c.wantData || o.Bin != c.wantBin {
				t.Errorf("DataDir, Bin = %q, %q; want %q, %q", o.DataDir, o.Bin, c.wantData, c.wantBin)
			}
			if o.CacheDir == "" || !filepath.IsAbs(o.CacheDir) || o.Log == nil || o.StartTimeout <= 0 || o.StopTimeout <= 0 {
				t.Errorf("defaults missing: %+v", o)
			}
		})
	}
}

// TestDownStopsOnlyItsOwn records a state file naming a process that is not
// the one started (a reused pid) and one that is, and checks Down signals
// only the second.
func TestDownStopsOnlyItsOwn(t *testing.T) {
	sleepBin, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep(1)")
	}
	start := func() (*exec.Cmd, chan struct{}) {
		cmd := exec.Command(sleepBin, "60")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		t.Cleanup(func() { cmd.Process.Kill() })
		// Start returns once the child is forked; under load it may not
		// have exec'd sleep yet, and Down rightly leaves alone a process
		// whose command line is not the one recorded.
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			if b, err := os.ReadFile("/proc/" + strconv.Itoa(cmd.Process.Pid) + "/cmdline"); err != nil || strings.HasPrefix(string(b), sleepBin+"\x00") {
				break
			}
		}
		return cmd, done
	}
	foreign, foreignDone := start()
	mine, mineDone := start()

	dir := t.TempDir()
	l := NewLocal(LocalOptions{DataDir: dir, StopTimeout: 2 * time.Second})
	st := &localState{
		Bin: "/usr/bin/dgraph",
		// The pid of a process that does not run what we recorded.
		Zero: procState{PID: foreign.Process.Pid, Args: []string{"/usr/bin/dgraph", "zero", "--wal=" + dir + "/zw"}},
		// A process that runs exactly what we recorded stands for alpha.
		Alpha: procState{PID: mine.Process.Pid, Args: []string{sleepBin, "60"}},
	}
	if err := l.writeState(st); err != nil {
		t.Fatal(err)
	}
	if s, err := l.Status(context.Background()); err != nil || s.Running {
		t.Errorf("Status with a foreign pid = %+v, %v; want not running", s, err)
	}
	if err := l.Down(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case <-mineDone:
	case <-time.After(3 * time.Second):
		t.Error("Down did not stop the recorded process")
	}
	select {
	case <-foreignDone:
		t.Error("Down killed a process it did not start")
	case <-time.After(300 * time.Millisecond):
	}
	if _, err := os.Stat(l.statePath()); !os.IsNotExist(err) {
		t.Errorf("state file after Down: %v", err)
	}
}

// fakeGo installs a "go" on an otherwise empty PATH that runs script (sh)
// and returns a file where it logs its calls.
func fakeGo(t *testing.T, script string) string {
	t.Helper()
	dir := t.TempDir()
	calls := filepath.Join(dir, "calls")
	tools := map[string]string{}
	for _, tool := range []string{"sleep", "chmod"} {
		p, err := exec.LookPath(tool)
		if err != nil {
			t.Skipf("no %s: %v", tool, err)
		}
		tools[tool] = p
	}
	body := fmt.Sprintf("#!/bin/sh\nCALLS=%q\nSLEEP=%q\nCHMOD=%q\n%s", calls, tools["sleep"], tools["chmod"], script)
	if err := os.WriteFile(filepath.Join(dir, "go"), []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	t.Setenv("GEOKG_DGRAPH_BIN", "")
	return calls
}

// TestBuildOnce: two Locals sharing a cache dir ask for the binary at once;
// the module is built once, from the embedded go.mod, outside any
// workspace.
func TestBuildOnce(t *testing.T) {
	calls := fakeGo(t, `
echo "$@ GOWORK=$GOWORK GOFLAGS=$GOFLAGS" >> "$CALLS"
test -f go.mod && test -f go.sum || { echo "no go.mod/go.sum in $PWD" >&2; exit 1; }
while read -r line; do case "$line" in "tool "*) echo "$line" >> "$CALLS";; esac; done < go.mod
"$SLEEP" 1
while [ $# -gt 0 ]; do if [ "$1" = -o ]; then out=$2; fi; shift; done
echo '#!/bin/sh' > "$out"; "$CHMOD" +x "$out"
`)
	cache := t.TempDir()
	var logs [2]bytes.Buffer
	var bins [2]string
	var errs [2]error
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Go(func() {
			l := NewLocal(LocalOptions{DataDir: t.TempDir(), CacheDir: cache, Log: &logs[i]})
			bins[i], errs[i] = l.Binary(context.Background())
		})
	}
	wg.Wait()
	for i := range 2 {
		if errs[i] != nil {
			t.Fatalf("Binary %d: %v", i, errs[i])
		}
	}
	want := filepath.Join(cache, "dgraph-"+DgraphVersion, "dgraph")
	if bins[0] != want || bins[1] != want {
		t.Errorf("binaries %q, want both %q", bins, want)
	}
	b, _ := os.ReadFile(calls)
	got := string(b)
	if n := strings.Count(got, "build "); n != 1 {
		t.Errorf("go build ran %d times, want once:\n%s", n, got)
	}
	for _, want := range []string{"-o ", DgraphModule + "/dgraph", "GOWORK=off", "GOFLAGS=-mod=mod", "tool " + DgraphModule + "/dgraph"} {
		if !strings.Contains(got, want) {
			t.Errorf("go was not called with %q:\n%s", want, got)
		}
	}
	all := logs[0].String() + logs[1].String()
	if !strings.Contains(all, "building Dgraph "+DgraphVersion+" once") || !strings.Contains(all, "waiting for another geokg process building Dgraph") {
		t.Errorf("progress log:\n%s", all)
	}
	entries, _ := os.ReadDir(cache)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "dgraph-build-") {
			t.Errorf("temporary build directory %s left behind", e.Name())
		}
	}
}

func TestBuildFailureShowsOutput(t *testing.T) {
	fakeGo(t, `
i=1; while [ $i -le 30 ]; do echo "compile error line $i" >&2; i=$((i+1)); done
exit 2
`)
	l := NewLocal(LocalOptions{DataDir: t.TempDir(), CacheDir: t.TempDir()})
	_, err := l.Binary(context.Background())
	if err == nil {
		t.Fatal("Binary succeeded with a failing build")
	}
	msg := err.Error()
	if !strings.Contains(msg, "build dgraph "+DgraphVersion) || !strings.Contains(msg, "compile error line 30") ||
		!strings.Contains(msg, "compile error line 11\n") || strings.Contains(msg, "compile error line 10\n") {
		t.Errorf("error should carry the last 20 lines of output:\n%s", msg)
	}
	if _, serr := os.Stat(l.cachedBinary()); serr == nil {
		t.Error("a failed build left a binary in the cache")
	}
}

func TestBinaryNoGo(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("GEOKG_DGRAPH_BIN", "")
	_, err := NewLocal(LocalOptions{DataDir: t.TempDir(), CacheDir: t.TempDir()}).Binary(context.Background())
	if err == nil || !strings.Contains(err.Error(), "no Go toolchain") {
		t.Errorf("Binary without dgraph or go = %v", err)
	}
	_, err = NewLocal(LocalOptions{DataDir: t.TempDir(), Bin: "/nonexistent/dgraph"}).Binary(context.Background())
	if err == nil || !strings.Contains(err.Error(), "/nonexistent/dgraph") {
		t.Errorf("Binary with a missing Bin = %v", err)
	}
}

func TestEmbeddedBuildModule(t *testing.T) {
	mod, sum := string(buildGoMod), string(buildGoSum)
	for _, want := range []string{"tool " + DgraphModule + "/dgraph", DgraphModule + " " + DgraphVersion} {
		if !strings.Contains(mod, want) {
			t.Errorf("dgraphbuild.mod lacks %q", want)
		}
	}
	if !strings.Contains(sum, DgraphModule+" "+DgraphVersion+" h1:") {
		t.Errorf("dgraphbuild.sum lacks the checksum of %s %s", DgraphModule, DgraphVersion)
	}
}

// TestBuildFromModule really builds Dgraph from the pinned module into a
// fresh cache (about two minutes with a warm module cache, more cold), so
// it runs only when asked: GEOKG_TEST_BUILD_DGRAPH=1.
func TestBuildFromModule(t *testing.T) {
	if os.Getenv("GEOKG_TEST_BUILD_DGRAPH") == "" {
		t.Skip("set GEOKG_TEST_BUILD_DGRAPH=1 to build Dgraph from source (minutes)")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", filepath.Dir(goBin)) // no dgraph on PATH
	t.Setenv("GEOKG_DGRAPH_BIN", "")
	var log bytes.Buffer
	l := NewLocal(LocalOptions{DataDir: t.TempDir(), CacheDir: t.TempDir(), Log: &log})
	t0 := time.Now()
	bin, err := l.Binary(context.Background())
	t.Logf("build took %s; progress:\n%s", time.Since(t0).Round(time.Second), log.String())
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "version").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Dgraph version") {
		t.Errorf("%s version: %v\n%s", bin, err, out)
	}
}
