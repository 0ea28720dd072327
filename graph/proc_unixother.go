//go:build unix && !linux

package graph

import "syscall"

// sysProcAttr detaches Dgraph into its own session, so it outlives the geokg
// command that started it. Only Linux can tie a child's life to its parent,
// so killWithParent is not honoured here.
func sysProcAttr(killWithParent bool) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setsid: true}
}
