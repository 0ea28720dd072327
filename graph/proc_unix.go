//go:build unix

package graph

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
)

// lockFile takes an exclusive advisory lock on f without blocking; it
// reports false when another process holds it.
func lockFile(f *os.File) (bool, error) {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return false, nil
	}
	return err == nil, err
}

func unlockFile(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }

// processAlive reports whether pid exists (a zombie counts: it is gone for
// our purposes only once reaped, which its parent does).
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

func signalProcess(pid int, sig syscall.Signal) error { return syscall.Kill(pid, sig) }

// processExited reports whether pid has finished exiting: gone, or a zombie
// waiting for its parent. A process that is still tearing itself down (a
// large alpha or zero unmapping its memory) has already lost its command
// line, so it is no longer "ours", but it still holds its ports and files.
func processExited(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		if _, serr := os.Stat("/proc/self"); serr == nil {
			return true
		}
		return !processAlive(pid) // no /proc (macOS): signal 0 is all there is
	}
	// The state follows the command name, which is in parentheses.
	i := strings.LastIndexByte(string(b), ')')
	return i >= 0 && i+2 < len(b) && (b[i+2] == 'Z' || b[i+2] == 'X')
}

const (
	sigTerm = syscall.SIGTERM
	sigKill = syscall.SIGKILL
)

// processArgs returns the command line of pid, from /proc where there is
// one and from ps(1) elsewhere (macOS). With ps the arguments come back
// joined by spaces, as one element.
func processArgs(pid int) ([]string, error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
	if err == nil {
		return strings.Split(strings.TrimRight(string(b), "\x00"), "\x00"), nil
	}
	if _, serr := os.Stat("/proc/self"); serr == nil {
		return nil, err // /proc works, so the process is gone
	}
	out, perr := exec.Command("ps", "-ww", "-o", "args=", "-p", strconv.Itoa(pid)).Output()
	if perr != nil {
		return nil, perr
	}
	return []string{strings.TrimSpace(string(out))}, nil
}
