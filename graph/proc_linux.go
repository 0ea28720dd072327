package graph

import "syscall"

// sysProcAttr detaches Dgraph into its own session, so it outlives the geokg
// command that started it and a Ctrl-C in the terminal does not reach it.
// killWithParent ties it to this process instead (tests): if a test binary
// dies from a timeout, the kernel stops its Dgraph rather than leaving it.
func sysProcAttr(killWithParent bool) *syscall.SysProcAttr {
	a := &syscall.SysProcAttr{Setsid: true}
	if killWithParent {
		a.Pdeathsig = syscall.SIGKILL
	}
	return a
}
