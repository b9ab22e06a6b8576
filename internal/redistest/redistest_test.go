package redistest

import (
	"fmt"
	"runtime"
	"testing"
)

func TestStopRestart(t *testing.T) {
	s := Start(t)
	if err := ping(s.Addr); err != nil {
		t.Fatalf("after Start: %v", err)
	}
	s.Stop()
	if err := ping(s.Addr); err == nil {
		t.Fatal("after Stop: PING still answered")
	}
	s.Stop() // a second Stop does nothing
	s.Restart()
	if err := ping(s.Addr); err != nil {
		t.Fatalf("after Restart: %v", err)
	}
}

// skipRecorder is a testing.TB that records Skip instead of skipping.
type skipRecorder struct {
	testing.TB
	skipped []any
}

func (r *skipRecorder) Skip(args ...any) {
	r.skipped = args
	runtime.Goexit()
}

func TestStartSkipsWithoutBinary(t *testing.T) {
	r := &skipRecorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		startBinary(r, "")
		t.Error("startBinary without a binary returned instead of skipping")
	}()
	<-done
	if got := fmt.Sprint(r.skipped...); got != "redis-server not installed: apt-get install redis-server" {
		t.Fatalf("skipped with %q", got)
	}
}
