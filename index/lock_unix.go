//go:build unix

package index

import (
	"context"
	"fmt"
	"os"
	"os/user"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// lockDir takes an exclusive lock on path, waiting up to wait for another
// process to release it. The lock goes with the process if it dies.
func lockDir(ctx context.Context, path string, wait time.Duration) (func(), error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("index: lock %s: %w", path, err)
	}
	deadline := time.Now().Add(wait)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if err != syscall.EWOULDBLOCK || time.Now().After(deadline) || ctx.Err() != nil {
			holder, _ := os.ReadFile(path)
			f.Close()
			if err == syscall.EWOULDBLOCK || err == nil {
				return nil, fmt.Errorf("index: %w: process %s is building the index in %s; try again when it is done, or use another --index folder",
					ErrLocked, strings.TrimSpace(string(holder)), strings.TrimSuffix(path, "/build.lock"))
			}
			return nil, fmt.Errorf("index: lock %s: %w", path, err)
		}
		select {
		case <-ctx.Done():
		case <-time.After(50 * time.Millisecond):
		}
	}
	_ = f.Truncate(0)
	_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// owner names the user who owns a file, as "alice (uid 1001)".
func owner(info os.FileInfo) string {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return "another user"
	}
	uid := strconv.FormatUint(uint64(st.Uid), 10)
	if u, err := user.LookupId(uid); err == nil {
		return fmt.Sprintf("%s (uid %s)", u.Username, uid)
	}
	return "uid " + uid
}
