package corpus_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rolebot/rolebot/corpus"
)

// FilesKey says what Load found while nothing changes, and something else
// after any change to a file Load reads or to the list of files.
func TestFilesKey(t *testing.T) {
	dir := folderCopy(t)
	key := func() string {
		t.Helper()
		fsys, err := corpus.Dir(dir)
		if err != nil {
			t.Fatal(err)
		}
		k, err := corpus.FilesKey(fsys)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	fsys, err := corpus.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	base := key()
	if c.Files != base || key() != base {
		t.Fatalf("FilesKey %s, again %s; Load's Files %s: want all equal", base, key(), c.Files)
	}
	later := time.Now().Add(time.Hour)
	seen := map[string]string{base: "the folder as copied"}
	for _, step := range []struct {
		what   string
		change func() error
	}{
		{"an article touched", func() error {
			return os.Chtimes(filepath.Join(dir, c.Articles[0].File), later, later)
		}},
		{"an article edited", func() error {
			return os.WriteFile(filepath.Join(dir, c.Articles[0].File), []byte("# New\n\nNew text.\n"), 0o644)
		}},
		{"an article added", func() error {
			return os.WriteFile(filepath.Join(dir, "added.md"), []byte("# Added\n\nMore text.\n"), 0o644)
		}},
		{"a file of another kind added", func() error {
			return os.WriteFile(filepath.Join(dir, "picture.png"), []byte("png"), 0o644)
		}},
		{"a card added", func() error {
			if err := os.MkdirAll(filepath.Join(dir, "roles"), 0o755); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, "roles", "x.yaml"), []byte("id: x\n"), 0o644)
		}},
	} {
		if err := step.change(); err != nil {
			t.Fatal(err)
		}
		k := key()
		if prev, dup := seen[k]; dup {
			t.Errorf("after %s the key is the same as after %s", step.what, prev)
		}
		seen[k] = step.what
	}
}

// The embedded corpus has no modification times: its key is stable.
func TestFilesKeyEmbedded(t *testing.T) {
	a, err := corpus.FilesKey(corpus.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	c := loadEmbedded(t)
	if c.Files != a {
		t.Errorf("FilesKey %s, Load's Files %s", a, c.Files)
	}
}
