package graph

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"time"
)

// The Dgraph server geokg builds when none is installed. The module is
// pinned, with its go.sum, in dgraphbuild.mod and dgraphbuild.sum: a go.mod
// inside this package's directory would make a separate module that go:embed
// cannot reach, so they are kept under other names and written out as
// go.mod/go.sum at build time.
const (
	DgraphModule  = "github.com/dgraph-io/dgraph/v25"
	DgraphVersion = "v25.4.0"
)

var (
	//go:embed dgraphbuild.mod
	buildGoMod []byte
	//go:embed dgraphbuild.sum
	buildGoSum []byte
)

// buildProgressEvery is how often a running build says it is still going:
// often enough that nobody thinks it hangs, rarely enough for a log file.
const buildProgressEvery = 15 * time.Second

// Binary returns the dgraph binary Up runs: LocalOptions.Bin (default
// $GEOKG_DGRAPH_BIN), else dgraph on PATH, else CacheDir/dgraph-v25.4.0/dgraph,
// building it there first if it is missing (about two minutes, once; progress
// goes to LocalOptions.Log). Concurrent callers, in this process or others,
// build it once between them.
func (l *Local) Binary(ctx context.Context) (string, error) {
	if l.err != nil {
		return "", l.err
	}
	if l.opts.Bin != "" {
		p, err := exec.LookPath(l.opts.Bin)
		if err != nil {
			return "", fmt.Errorf("dgraph binary %s (LocalOptions.Bin or GEOKG_DGRAPH_BIN): %w", l.opts.Bin, err)
		}
		return filepath.Abs(p)
	}
	if p, err := exec.LookPath("dgraph"); err == nil {
		return filepath.Abs(p)
	}
	if isExecutable(l.cachedBinary()) {
		return l.cachedBinary(), nil
	}
	return l.build(ctx)
}

// cachedBinary is where a built dgraph lives, one directory per version so
// that a version bump builds anew instead of running a stale binary.
func (l *Local) cachedBinary() string {
	return filepath.Join(l.opts.CacheDir, "dgraph-"+DgraphVersion, "dgraph")
}

func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}

// build compiles the pinned Dgraph into cachedBinary with the go command,
// under a file lock so that parallel test binaries build it once.
func (l *Local) build(ctx context.Context) (string, error) {
	out := l.cachedBinary()
	goBin, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("no dgraph binary: none in GEOKG_DGRAPH_BIN or on PATH, and no Go toolchain to build Dgraph %s (%w); install Go, or Dgraph and put it on PATH", DgraphVersion, err)
	}
	if err := os.MkdirAll(l.opts.CacheDir, 0o755); err != nil {
		return "", fmt.Errorf("build dgraph: %w", err)
	}
	release, err := acquireLock(ctx, filepath.Join(l.opts.CacheDir, "dgraph.lock"), func() {
		fmt.Fprintf(l.opts.Log, "geokg: waiting for another geokg process building Dgraph into %s\n", l.opts.CacheDir)
	})
	if err != nil {
		return "", fmt.Errorf("build dgraph: %w", err)
	}
	defer release()
	if isExecutable(out) {
		return out, nil // the process we waited for built it
	}

	tmp, err := os.MkdirTemp(l.opts.CacheDir, "dgraph-build-")
	if err != nil {
		return "", fmt.Errorf("build dgraph: %w", err)
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, "go.mod"), buildGoMod, 0o644); err != nil {
		return "", fmt.Errorf("build dgraph: %w", err)
	}
	if err := os.WriteFile(filepath.Join(tmp, "go.sum"), buildGoSum, 0o644); err != nil {
		return "", fmt.Errorf("build dgraph: %w", err)
	}

	fmt.Fprintf(l.opts.Log, "geokg: building Dgraph %s once into %s (about 2 minutes; later runs reuse it)\n", DgraphVersion, out)
	t0 := time.Now()
	// One writer for both streams: exec then serialises the writes.
	var output bytes.Buffer
	cmd := exec.CommandContext(ctx, goBin, "build", "-trimpath", "-o", filepath.Join(tmp, "dgraph"), DgraphModule+"/dgraph")
	cmd.Dir = tmp
	// Our own module and workspace must not leak in: the build is of the
	// pinned module only, and -mod=mod lets go fill in a checksum the
	// embedded go.sum might lack instead of failing.
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	cmd.Stdout, cmd.Stderr = &output, &output
	if err := cmd.Start(); err != nil {
		return "", fmt.Errorf("build dgraph: %w", err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(buildProgressEvery)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				fmt.Fprintf(l.opts.Log, "geokg: still building Dgraph (%s)\n", time.Since(t0).Round(time.Second))
			}
		}
	})
	err = cmd.Wait()
	close(stop)
	wg.Wait()
	if err != nil {
		if ctx.Err() != nil {
			err = errors.Join(ctx.Err(), err)
		}
		return "", fmt.Errorf("build dgraph %s with %s: %w; last lines of its output:\n%s", DgraphVersion, goBin, err, tailLines(output.String(), 20))
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return "", fmt.Errorf("build dgraph: %w", err)
	}
	// Rename within CacheDir is atomic: nobody ever runs a half-written binary.
	if err := os.Rename(filepath.Join(tmp, "dgraph"), out); err != nil {
		return "", fmt.Errorf("build dgraph: %w", err)
	}
	fmt.Fprintf(l.opts.Log, "geokg: built Dgraph %s in %s\n", DgraphVersion, time.Since(t0).Round(time.Second))
	return out, nil
}
