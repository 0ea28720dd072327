package syntax

import (
	"syscall"
	"unsafe"
)

// adviseHugePages asks Linux to back the slots of a model with 2 MiB pages.
// A lookup lands on a random slot of tens of megabytes: with 4 KiB pages
// nearly every one also misses the TLB. It is only advice: errors (another
// kernel, transparent huge pages off) are ignored.
func adviseHugePages(s []slot) {
	if len(s) == 0 {
		return
	}
	const page = 4096
	p := unsafe.Pointer(&s[0])
	start := uintptr(p)
	end := start + uintptr(len(s))*unsafe.Sizeof(s[0])
	aligned := (start + page - 1) &^ (page - 1)
	end &^= page - 1
	if end <= aligned {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Add(p, aligned-start)), end-aligned)
	_ = syscall.Madvise(b, 14) // MADV_HUGEPAGE
}
