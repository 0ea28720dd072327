package main

import (
	"errors"
	"testing"
	"time"
)

func TestOrderedKeepsInputOrder(t *testing.T) {
	var got []int
	o := newOrdered(4, func(i int) int {
		time.Sleep(time.Duration((i*7)%5) * time.Millisecond) // later inputs often finish first
		return i * i
	}, func(v int) error { got = append(got, v); return nil })
	for i := range 50 {
		if err := o.submit(i); err != nil {
			t.Fatal(err)
		}
	}
	if err := o.close(); err != nil {
		t.Fatal(err)
	}
	if len(got) != 50 {
		t.Fatalf("%d results, want 50", len(got))
	}
	for i, v := range got {
		if v != i*i {
			t.Fatalf("result %d is %d, want %d: %v", i, v, i*i, got)
		}
	}
}

func TestOrderedStopsOnEmitError(t *testing.T) {
	bad := errors.New("disk full")
	n := 0
	o := newOrdered(2, func(i int) int { return i }, func(int) error { n++; return bad })
	var err error
	for i := 0; i < 20 && err == nil; i++ {
		err = o.submit(i)
	}
	if cerr := o.close(); !errors.Is(cerr, bad) {
		t.Fatalf("close: %v, want %v", cerr, bad)
	}
	if n != 1 {
		t.Errorf("emit called %d times after its error, want once", n)
	}
}
