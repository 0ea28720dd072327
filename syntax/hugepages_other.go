//go:build !linux

package syntax

func adviseHugePages([]slot) {}
