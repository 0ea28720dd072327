package main

import (
	"runtime"
	"sync"
)

// ordered runs work on several goroutines and hands the results to emit in
// the order the inputs were submitted, so that `geokg extract` prints the
// same bytes whatever the number of cores. At most 4 inputs per worker are
// in flight, which bounds memory on corpora of any size.
type ordered[In, Out any] struct {
	work  func(In) Out
	emit  func(Out) error
	jobs  chan job[In]
	slots chan struct{}
	mu    sync.Mutex
	done  map[int]Out
	next  int // sequence number of the next result to emit
	seq   int
	err   error
	wg    sync.WaitGroup
}

type job[In any] struct {
	seq int
	in  In
}

// newOrdered starts workers goroutines (GOMAXPROCS when 0).
func newOrdered[In, Out any](workers int, work func(In) Out, emit func(Out) error) *ordered[In, Out] {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	o := &ordered[In, Out]{work: work, emit: emit, jobs: make(chan job[In]), slots: make(chan struct{}, 4*workers), done: map[int]Out{}}
	for range workers {
		o.wg.Add(1)
		go func() {
			defer o.wg.Done()
			for j := range o.jobs {
				out := o.work(j.in)
				o.mu.Lock()
				o.done[j.seq] = out
				o.flushLocked()
				o.mu.Unlock()
			}
		}()
	}
	return o
}

// flushLocked emits the results that are next in order. The caller holds mu.
func (o *ordered[In, Out]) flushLocked() {
	for {
		out, ok := o.done[o.next]
		if !ok {
			return
		}
		delete(o.done, o.next)
		o.next++
		if o.err == nil {
			o.err = o.emit(out)
		}
		<-o.slots
	}
}

// submit queues one input; it blocks while too many are in flight, and
// returns the first error emit gave, if any.
func (o *ordered[In, Out]) submit(in In) error {
	o.slots <- struct{}{}
	o.jobs <- job[In]{seq: o.seq, in: in}
	o.seq++
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.err
}

// close waits for every queued input to be emitted.
func (o *ordered[In, Out]) close() error {
	close(o.jobs)
	o.wg.Wait()
	return o.err
}
