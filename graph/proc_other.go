//go:build !unix

package graph

import (
	"errors"
	"os"
	"syscall"
)

// The managed local Dgraph needs Unix process control; elsewhere point geokg
// at a running Dgraph with --alpha.
var errUnsupported = errors.New("the managed local Dgraph needs Linux or macOS; start Dgraph yourself and pass --alpha")

func lockFile(f *os.File) (bool, error)                    { return false, errUnsupported }
func unlockFile(f *os.File) error                          { return errUnsupported }
func processAlive(pid int) bool                            { return false }
func processExited(pid int) bool                           { return true }
func signalProcess(pid int, sig syscall.Signal) error      { return errUnsupported }
func processArgs(pid int) ([]string, error)                { return nil, errUnsupported }
func sysProcAttr(killWithParent bool) *syscall.SysProcAttr { return nil }

const (
	sigTerm = syscall.SIGTERM
	sigKill = syscall.SIGKILL
)
