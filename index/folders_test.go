package index

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 10, defect 5: a folder this user may not read is reported as such,
// with its owner, not as a failing lock.
func TestNotReadableNamesTheOwner(t *testing.T) {
	dir := t.TempDir()
	err := notReadable(filepath.Join(dir, "idx-x", "store"), fmt.Errorf("open: %w", fs.ErrPermission))
	if err == nil || !strings.Contains(err.Error(), "not readable") || !strings.Contains(err.Error(), "owned by") || !strings.Contains(err.Error(), dir) {
		t.Errorf("err = %v, want it to say the folder is not readable and who owns it", err)
	}
	if notReadable(dir, fs.ErrNotExist) != nil {
		t.Error("notReadable turned a missing file into a permission error")
	}
}

// The same through Open, where the system enforces permissions (not for root).
func TestOpenUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every folder")
	}
	dir := filepath.Join(t.TempDir(), "theirs")
	os.Mkdir(dir, 0o000)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	_, _, err := Open(t.Context(), dir, Fingerprint("x"), func() []Passage { return nil }, Options{})
	if err == nil || !strings.Contains(err.Error(), "not readable") || !strings.Contains(err.Error(), "owned by") {
		t.Errorf("err = %v, want it to say the folder is not readable and who owns it", err)
	}
}

// A process killed while it replaced an index (a rebuild over a damaged or
// out-of-date one) leaves the old index moved aside, whole or partly
// removed, and no folder in the index's place: the next Open builds a new
// index and deletes the leftover. (Deleting the old index in place could
// leave, in its place, a half-deleted folder without the marker, which
// Open then refused as "in the way".)
func TestOpenAfterKillWhileReplacing(t *testing.T) {
	ps := func() []Passage {
		return []Passage{{ID: "a#0", Section: "A", Text: "The chief technology officer leads engineering."}}
	}
	for _, cut := range []string{"moved aside", "partly removed"} {
		t.Run(cut, func(t *testing.T) {
			dir := t.TempDir()
			fp := Fingerprint("x")
			x, _, err := Open(t.Context(), dir, fp, ps, Options{})
			if err != nil {
				t.Fatal(err)
			}
			x.Close()
			final := filepath.Join(dir, "idx-"+fp)
			old, err := moveAside(dir, final, fp)
			if err != nil || old == "" {
				t.Fatalf("moveAside = %q, %v", old, err)
			}
			if _, err := os.Stat(final); !os.IsNotExist(err) {
				t.Fatalf("after moveAside, %s: %v; want it gone", final, err)
			}
			if cut == "partly removed" {
				if err := os.RemoveAll(filepath.Join(old, "store")); err != nil {
					t.Fatal(err)
				}
			}
			x, info, err := Open(t.Context(), dir, fp, ps, Options{})
			if err != nil {
				t.Fatalf("Open after a kill while replacing: %v", err)
			}
			x.Close()
			if !info.Built {
				t.Errorf("Open did not build: %+v", info)
			}
			names, _ := os.ReadDir(dir)
			for _, e := range names {
				if strings.HasPrefix(e.Name(), "tmp-") {
					t.Errorf("leftover %s not removed", e.Name())
				}
			}
		})
	}
}

// removeFolder deletes a rolebot folder with everything in it.
func TestRemoveFolder(t *testing.T) {
	dir := t.TempDir()
	p, err := makeFolder(dir, "tmp-x-")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(p, "store", "deep"), 0o755)
	os.WriteFile(filepath.Join(p, "store", "deep", "f"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(p, "z"), []byte("x"), 0o644)
	removeFolder(p)
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Errorf("%s still there: %v", p, err)
	}
}
