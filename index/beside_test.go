package index_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/rolebot/rolebot/index"
)

// A file written beside a new index is part of it: found again in its
// folder, covered by its stamp. Reopen opens it and never builds.
func TestBesideAndReopen(t *testing.T) {
	o := &opener{dir: t.TempDir()}
	fp := index.Fingerprint("beside")
	if _, _, err := index.Reopen(o.dir, fp); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Reopen before any build: %v, want not exist", err)
	}
	var seen int
	x, info := o.open(t, fp, index.Options{Beside: func(ctx context.Context, x *index.Index, dir string) error {
		v, err := x.Vocabulary(ctx)
		seen = len(v)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, "rolebot-extra"), []byte("derived"), 0o644)
	}})
	o.close(x)
	if seen == 0 {
		t.Error("Beside saw an empty index")
	}
	if data, err := os.ReadFile(filepath.Join(info.Dir, "rolebot-extra")); err != nil || string(data) != "derived" {
		t.Fatalf("file beside: %q, %v", data, err)
	}
	if dirs, fps := index.Built(o.dir); len(dirs) != 1 || dirs[0] != info.Dir || fps[0] != fp {
		t.Errorf("Built = %v %v, want [%s] [%s]", dirs, fps, info.Dir, fp)
	}
	y, rinfo, err := index.Reopen(o.dir, fp)
	if err != nil || rinfo.Dir != info.Dir {
		t.Fatalf("Reopen: %v, %+v", err, rinfo)
	}
	y.Close()
	os.WriteFile(filepath.Join(info.Dir, "rolebot-extra"), []byte("edited!"), 0o644)
	if _, _, err := index.Reopen(o.dir, fp); err == nil {
		t.Fatal("Reopen after the file beside was edited: no error")
	}
	if calls := o.calls; calls != 1 {
		t.Errorf("built %d times, want 1", calls)
	}
}
