package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// markerName is the file rolebot writes first into every folder it creates
// under an index folder. rolebot deletes only folders that carry it: an
// --index folder may hold other people's files.
const markerName = "rolebot-made"

const markerText = "This folder was made by rolebot, which may delete it when it is no longer used.\n"

// staleAfter is how long an index rolebot made may go unopened before a
// build of another corpus in the same folder deletes it. Each open touches
// the marker, so corpora that share a folder keep each other's indexes as
// long as each is used once a day.
const staleAfter = 24 * time.Hour

// makeFolder creates a new folder under dir named prefix and a random
// suffix, and marks it as rolebot's.
func makeFolder(dir, prefix string) (string, error) {
	path, err := os.MkdirTemp(dir, prefix)
	if err != nil {
		return "", fmt.Errorf("index: create a folder in %s: %w", dir, err)
	}
	if err := os.Chmod(path, 0o755); err != nil {
		return "", fmt.Errorf("index: create %s: %w", path, err)
	}
	if err := os.WriteFile(filepath.Join(path, markerName), []byte(markerText), 0o644); err != nil {
		_ = os.RemoveAll(path)
		return "", fmt.Errorf("index: create %s: %w", path, err)
	}
	return path, nil
}

// madeByRolebot reports whether path is a folder carrying the marker.
func madeByRolebot(path string) (time.Time, bool) {
	info, err := os.Lstat(filepath.Join(path, markerName))
	if err != nil || !info.Mode().IsRegular() {
		return time.Time{}, false
	}
	return info.ModTime(), true
}

// touch records that the index in path was used now. It fails quietly on
// an index another user owns.
func touch(path string) {
	now := time.Now()
	_ = os.Chtimes(filepath.Join(path, markerName), now, now)
}

// removeStale deletes, under dir, the folders rolebot made that are no
// longer needed: leftovers of crashed builds (tmp-*; the caller holds the
// build lock, so no build is running) and indexes of other fingerprints
// (idx-*) not opened for staleAfter. Folders without the marker are never
// touched. Errors are ignored: a stale folder only costs disk.
func removeStale(dir, keep string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() || n == keep {
			continue
		}
		p := filepath.Join(dir, n)
		used, ours := madeByRolebot(p)
		switch {
		case !ours:
		case strings.HasPrefix(n, "tmp-"):
			removeFolder(p)
		case strings.HasPrefix(n, "idx-") && now.Sub(used) > staleAfter:
			removeFolder(p)
		}
	}
}

// moveAside renames the index folder final, when there is one, to a new
// tmp- folder beside it and returns that folder's path, so that final is
// at every moment either a whole index or absent: a process killed while
// it replaced an index leaves a leftover that removeStale deletes, never a
// half-deleted folder in final's place that rolebot would not recognise.
func moveAside(dir, final, fingerprint string) (string, error) {
	if _, err := os.Lstat(final); errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	// A new name, free while the caller holds the build lock (os.Rename
	// will not replace a folder, even an empty one).
	old, err := os.MkdirTemp(dir, "tmp-old-"+fingerprint+"-")
	if err == nil {
		err = os.Remove(old)
	}
	if err == nil {
		err = os.Rename(final, old)
	}
	if err != nil {
		return "", fmt.Errorf("index: move %s aside: %w", final, err)
	}
	return old, nil
}

// removeFolder deletes a folder rolebot made, its marker last, so that a
// removal cut short leaves a folder still marked as rolebot's, which
// removeStale deletes later.
func removeFolder(path string) {
	entries, err := os.ReadDir(path)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.Name() != markerName {
			if os.RemoveAll(filepath.Join(path, e.Name())) != nil {
				return
			}
		}
	}
	_ = os.RemoveAll(path)
}

// notReadable turns a permission error on path into one that says whose
// folder it is, or returns nil when err is no permission error.
func notReadable(path string, err error) error {
	if !errors.Is(err, fs.ErrPermission) {
		return nil
	}
	for p := path; ; p = filepath.Dir(p) {
		info, serr := os.Stat(p)
		if serr == nil {
			return fmt.Errorf("index: folder %q is not readable or writable by you: it is owned by %s; use --index DIR for a folder of your own", p, owner(info))
		}
		if filepath.Dir(p) == p {
			return fmt.Errorf("index: folder %q is not readable by you: %w", path, err)
		}
	}
}
