//go:build unix

package index_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rolebot/rolebot/index"
)

// holdLock takes build.lock under dir the way a building rolebot does (a
// flock on its own open file, so it conflicts even within one process),
// writes pid into it, and returns the release function.
func holdLock(t *testing.T, dir, pid string) func() {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(dir, "build.lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(pid + "\n"); err != nil {
		t.Fatal(err)
	}
	released := false
	release := func() {
		if !released {
			released = true
			syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
			f.Close()
		}
	}
	t.Cleanup(release)
	return release
}

// openAsync runs Open in a goroutine and fails the test, instead of
// hanging, if it has not returned within a minute.
func openAsync(t *testing.T, ctx context.Context, dir, fp string, opt index.Options) func() (*index.Index, index.Info, error) {
	type result struct {
		x    *index.Index
		info index.Info
		err  error
	}
	done := make(chan result, 1)
	go func() {
		x, info, err := index.Open(ctx, dir, fp, func() []index.Passage {
			ps, _ := passages()
			return ps
		}, opt)
		done <- result{x, info, err}
	}()
	return func() (*index.Index, index.Info, error) {
		select {
		case r := <-done:
			if r.x != nil {
				t.Cleanup(func() { r.x.Close() })
			}
			return r.x, r.info, r.err
		case <-time.After(time.Minute):
			t.Fatal("Open still waiting after a minute: it hangs")
			return nil, index.Info{}, nil
		}
	}
}

// While another build holds the lock, Open gives up after LockWait with
// ErrLocked and a message that says who holds it and where.
func TestOpenLocked(t *testing.T) {
	dir := t.TempDir()
	holdLock(t, dir, "4242")
	_, _, err := openAsync(t, context.Background(), dir, index.Fingerprint("locked"), index.Options{LockWait: 100 * time.Millisecond})()
	if !errors.Is(err, index.ErrLocked) {
		t.Fatalf("err = %v, want ErrLocked", err)
	}
	for _, want := range []string{"process 4242", dir} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if got := entries(t, dir); len(got) != 1 || got[0] != "build.lock" {
		t.Errorf("left in the folder: %v", got)
	}
}

// A built index is opened without the lock: a long build of another
// fingerprint does not block readers of an existing one.
func TestOpenLockedButBuilt(t *testing.T) {
	dir := t.TempDir()
	o := &opener{dir: dir}
	fp := index.Fingerprint("built")
	o.open(t, fp, index.Options{})
	holdLock(t, dir, "4242")
	x, info, err := openAsync(t, context.Background(), dir, fp, index.Options{LockWait: 100 * time.Millisecond})()
	if err != nil {
		t.Fatalf("Open of a built index while the lock is held: %v", err)
	}
	if info.Built {
		t.Errorf("info %+v: rebuilt", info)
	}
	checkSearch(t, x)
}

// Cancelling the context stops the wait for the lock.
func TestOpenLockCancelled(t *testing.T) {
	dir := t.TempDir()
	holdLock(t, dir, "4242")
	ctx, cancel := context.WithCancel(context.Background())
	wait := openAsync(t, ctx, dir, index.Fingerprint("cancel"), index.Options{LockWait: time.Hour})
	time.Sleep(100 * time.Millisecond)
	cancel()
	if _, _, err := wait(); err == nil {
		t.Fatal("Open succeeded while the lock was held")
	}
}

// When the build that held the lock finishes within LockWait, Open uses
// its index instead of building another.
func TestOpenWaitsForBuilder(t *testing.T) {
	dir := t.TempDir()
	fp := index.Fingerprint("wait")
	release := holdLock(t, dir, "4242")
	wait := openAsync(t, context.Background(), dir, fp, index.Options{LockWait: 30 * time.Second})
	time.Sleep(150 * time.Millisecond)
	// What the holder built meanwhile.
	tmp := t.TempDir()
	o := &opener{dir: tmp}
	x, _ := o.open(t, fp, index.Options{})
	o.close(x)
	if err := os.Rename(filepath.Join(tmp, "idx-"+fp), filepath.Join(dir, "idx-"+fp)); err != nil {
		t.Fatal(err)
	}
	release()
	x, info, err := wait()
	if err != nil {
		t.Fatal(err)
	}
	if info.Built {
		t.Errorf("info %+v: built again what the lock holder had built", info)
	}
	checkSearch(t, x)
}

// helperEnv marks the test binary run as a second rolebot process.
const helperEnv = "ROLEBOT_INDEX_TEST_HELPER"

// TestHelperBuilder is not a test: run by TestOpenLockedByOtherProcess as
// a separate process, it builds an index in the folder named by
// helperEnv, and stops in the middle of the build, holding the lock, until
// its standard input is closed.
func TestHelperBuilder(t *testing.T) {
	dir := os.Getenv(helperEnv)
	if dir == "" {
		t.Skip("helper process for TestOpenLockedByOtherProcess")
	}
	x, _, err := index.Open(context.Background(), dir, index.Fingerprint("other"), func() []index.Passage {
		fmt.Println("building")
		io.Copy(io.Discard, os.Stdin)
		ps, _ := passages()
		return ps
	}, index.Options{})
	if err != nil {
		fmt.Println("helper:", err)
		os.Exit(1)
	}
	x.Close()
	os.Exit(0)
}

// A second process that opens an index another process is building gets
// ErrLocked quickly, naming the builder, rather than hanging; once the
// build is done it opens what was built.
func TestOpenLockedByOtherProcess(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperBuilder$")
	cmd.Env = append(os.Environ(), helperEnv+"="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		cmd.Process.Kill()
		cmd.Wait()
	})
	lines := bufio.NewScanner(stdout)
	ready := make(chan string, 1)
	go func() {
		for lines.Scan() {
			if strings.HasPrefix(lines.Text(), "building") || strings.HasPrefix(lines.Text(), "helper:") {
				ready <- lines.Text()
			}
		}
		close(ready)
	}()
	select {
	case line := <-ready:
		if line != "building" {
			t.Fatalf("helper: %q", line)
		}
	case <-time.After(time.Minute):
		t.Fatal("helper process never started building")
	}

	fp := index.Fingerprint("other")
	_, _, err = openAsync(t, context.Background(), dir, fp, index.Options{LockWait: 200 * time.Millisecond})()
	if !errors.Is(err, index.ErrLocked) {
		t.Fatalf("err = %v, want ErrLocked", err)
	}
	if want := "process " + strconv.Itoa(cmd.Process.Pid); !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not say %q", err, want)
	}

	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("helper: %v", err)
	}
	x, info, err := openAsync(t, context.Background(), dir, fp, index.Options{LockWait: 200 * time.Millisecond})()
	if err != nil {
		t.Fatal(err)
	}
	if info.Built {
		t.Errorf("info %+v: built again what the other process built", info)
	}
	checkSearch(t, x)
}
