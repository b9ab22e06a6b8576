package state

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestClaim(t *testing.T) {
	forEachBackend(t, func(t *testing.T, e *env) {
		s := e.open(t, Config{})
		ctx := context.Background()
		const short = 150 * time.Millisecond
		for _, step := range []struct {
			name  string
			key   string
			ttl   time.Duration
			sleep time.Duration // before the claim
			want  bool
		}{
			{"first claim wins", "Ev1", time.Hour, 0, true},
			{"second claim loses", "Ev1", time.Hour, 0, false},
			{"another key wins", "Ev2", time.Hour, 0, true},
			{"short ttl wins", "Ev3", short, 0, true},
			{"within ttl loses", "Ev3", short, 0, false},
			{"after ttl wins again", "Ev3", short, short + 50*time.Millisecond, true},
			{"key with spaces and unicode", "vote:A 1/ü", time.Hour, 0, true},
		} {
			time.Sleep(step.sleep)
			got, err := s.Claim(ctx, step.key, step.ttl)
			if err != nil {
				t.Fatalf("%s: Claim(%q): %v", step.name, step.key, err)
			}
			if got != step.want {
				t.Errorf("%s: Claim(%q) = %v, want %v", step.name, step.key, got, step.want)
			}
		}
	})
}

// A claim released is free again, from any replica sharing the store.
func TestRelease(t *testing.T) {
	forEachBackend(t, func(t *testing.T, e *env) {
		s, other := e.open(t, Config{}), e.open(t, Config{})
		ctx := context.Background()
		if first, err := s.Claim(ctx, "share:C1:1", time.Hour); err != nil || !first {
			t.Fatalf("first Claim = %v, %v", first, err)
		}
		if first, _ := other.Claim(ctx, "share:C1:1", time.Hour); first {
			t.Fatal("a claimed key is first again on another replica")
		}
		if err := s.Release(ctx, "share:C1:1"); err != nil {
			t.Fatalf("Release: %v", err)
		}
		if first, err := other.Claim(ctx, "share:C1:1", time.Hour); err != nil || !first {
			t.Errorf("Claim after Release on another replica = %v, %v; want true", first, err)
		}
	})
}

func TestClaimRejects(t *testing.T) {
	s := newEnv(t, "bolt").open(t, Config{})
	for _, tc := range []struct {
		name, key string
		ttl       time.Duration
		wantErr   string
	}{
		{"empty key", "", time.Hour, "claim key is empty"},
		{"zero ttl", "k", 0, "ttl 0s is not positive"},
		{"negative ttl", "k", -time.Second, "is not positive"},
		{"long key", strings.Repeat("k", maxKeyLen+1), time.Hour, "more than 1024"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Claim(context.Background(), tc.key, tc.ttl)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("Claim(%.10q, %v) error = %v, want one containing %q", tc.key, tc.ttl, err, tc.wantErr)
			}
		})
	}
}

// TestClaimOutlivesStore is a restart: a retry reaching a new process on the
// same state is not answered again.
func TestClaimOutlivesStore(t *testing.T) {
	forEachBackend(t, func(t *testing.T, e *env) {
		ctx := context.Background()
		a := e.open(t, Config{})
		if first, err := a.Claim(ctx, "Ev1", time.Hour); err != nil || !first {
			t.Fatalf("store A: Claim = %v, %v; want true", first, err)
		}
		if err := a.Close(); err != nil {
			t.Fatalf("close A: %v", err)
		}
		if _, err := a.Claim(ctx, "Ev9", time.Hour); err == nil {
			t.Error("Claim on a closed store: no error")
		}
		b := e.open(t, Config{})
		if first, err := b.Claim(ctx, "Ev1", time.Hour); err != nil || first {
			t.Fatalf("store B after A closed: Claim = %v, %v; want false", first, err)
		}
	})
}

// TestReplicas runs two Stores on one state, as two serve processes would.
func TestReplicas(t *testing.T) {
	forEachBackend(t, func(t *testing.T, e *env) {
		ctx := context.Background()
		replicas := []*Store{e.open(t, Config{}), e.open(t, Config{})}

		t.Run("one key, both replicas at once", func(t *testing.T) {
			var wins atomic.Int32
			var wg sync.WaitGroup
			for _, s := range replicas {
				wg.Go(func() {
					first, err := s.Claim(ctx, "Ev-retried", time.Hour)
					if err != nil {
						t.Errorf("Claim: %v", err)
					}
					if first {
						wins.Add(1)
					}
				})
			}
			wg.Wait()
			if wins.Load() != 1 {
				t.Fatalf("%d replicas won the same key, want 1", wins.Load())
			}
		})

		t.Run("100 keys, each sent to both", func(t *testing.T) {
			const events = 100
			var wins atomic.Int32
			var wg sync.WaitGroup
			for i := range events {
				for _, s := range replicas {
					wg.Go(func() {
						first, err := s.Claim(ctx, fmt.Sprintf("Ev%03d", i), time.Hour)
						if err != nil {
							t.Errorf("Claim Ev%03d: %v", i, err)
						}
						if first {
							wins.Add(1)
						}
					})
				}
			}
			wg.Wait()
			if wins.Load() != events {
				t.Fatalf("%d claims won, want %d", wins.Load(), events)
			}
		})
	})
}

// childEnv names the state dir a re-executed test binary works on.
const childEnv = "STATE_TEST_CHILD_DIR"

// TestBoltOtherProcess shares the bbolt file with another process while
// this one keeps writing: what `rolebot gaps` does beside `rolebot serve`.
func TestBoltOtherProcess(t *testing.T) {
	if dir := os.Getenv(childEnv); dir != "" {
		childProcess(t, dir)
		return
	}
	e := newEnv(t, "bolt")
	s := e.open(t, Config{})
	ctx := context.Background()
	if _, err := s.Claim(ctx, "parent", time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordGap(ctx, Gap{Question: "what does a CRO do", Kind: GapNoMatch}); err != nil {
		t.Fatal(err)
	}

	stop := make(chan struct{})
	var wg sync.WaitGroup
	var writes atomic.Int32
	wg.Go(func() { // serve, busy
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := s.Claim(ctx, fmt.Sprintf("busy%d", i), time.Hour); err != nil {
				t.Errorf("parent Claim while child runs: %v", err)
				return
			}
			writes.Add(1)
			// Hundreds of writes a second, as a very busy serve: back to
			// back with no pause at all, the lock was starved for the 2 s
			// the child waits, now and then, under load (bbolt polls for
			// a held lock every 50 ms).
			time.Sleep(time.Millisecond)
		}
	})
	cmd := exec.Command(os.Args[0], "-test.run=^TestBoltOtherProcess$", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"="+e.dir)
	out, err := cmd.CombinedOutput()
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatalf("child process: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "child ok") {
		t.Fatalf("child process did not finish its checks:\n%s", out)
	}
	if first, err := s.Claim(ctx, "child", time.Hour); err != nil || first {
		t.Fatalf("parent Claim(child) = %v, %v; want false (the child claimed it)", first, err)
	}
	t.Logf("parent wrote %d claims while the child ran", writes.Load())
}

func childProcess(t *testing.T, dir string) {
	ctx := context.Background()
	s, err := Open(ctx, Config{Dir: dir})
	if err != nil {
		t.Fatalf("child Open: %v", err)
	}
	defer s.Close()
	if first, err := s.Claim(ctx, "parent", time.Hour); err != nil || first {
		t.Fatalf("child Claim(parent) = %v, %v; want false", first, err)
	}
	if first, err := s.Claim(ctx, "child", time.Hour); err != nil || !first {
		t.Fatalf("child Claim(child) = %v, %v; want true", first, err)
	}
	for range 20 {
		gaps, err := s.Gaps(ctx, time.Now())
		if err != nil {
			t.Fatalf("child Gaps: %v", err)
		}
		if len(gaps) != 1 || gaps[0].Question != "what does a cro do" {
			t.Fatalf("child Gaps = %+v, want the parent's one gap", gaps)
		}
	}
	fmt.Println("child ok")
}

func TestMemClaims(t *testing.T) {
	m := newMemClaims()
	now := time.Unix(1_700_000_000, 0)
	if !m.claim("a", time.Minute, now) || m.claim("a", time.Minute, now) {
		t.Fatal("a: want first claim true, second false")
	}
	if !m.claim("a", time.Minute, now.Add(time.Minute)) {
		t.Fatal("a after its ttl: want true")
	}
	for i := range memMaxKeys + 10 {
		m.claim(fmt.Sprint(i), time.Hour, now)
	}
	if len(m.until) > memMaxKeys {
		t.Fatalf("%d claims kept, want at most %d", len(m.until), memMaxKeys)
	}
	if m.has("0", now) || !m.has(fmt.Sprint(memMaxKeys+9), now) {
		t.Fatal("when full, the oldest claims should go first")
	}
	m.claim("late", time.Hour, now.Add(2*time.Hour)) // every earlier claim has expired
	if len(m.until) != 1 || len(m.order) != 1 {
		t.Fatalf("after expiry %d claims (%d in order) kept, want 1", len(m.until), len(m.order))
	}
}
