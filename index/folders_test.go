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
