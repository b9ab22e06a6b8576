package index_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rolebot/rolebot/index"
)

// damage is one way an index file gets broken.
type damage struct {
	name string
	do   func(t *testing.T, idxDir string)
}

// newestFile returns the newest file under dir matching pattern.
func newestFile(t *testing.T, dir, pattern string) string {
	t.Helper()
	ms, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(ms) == 0 {
		t.Fatalf("no %s in %s", pattern, dir)
	}
	return ms[len(ms)-1] // zap names are zero-padded counters
}

var damages = []damage{
	{"newest segment truncated", func(t *testing.T, d string) {
		os.Truncate(newestFile(t, d, "store/*.zap"), 0)
	}},
	{"segment byte flipped", func(t *testing.T, d string) { flip(t, newestFile(t, d, "store/*.zap"), 100) }},
	{"root.bolt byte flipped", func(t *testing.T, d string) { flip(t, filepath.Join(d, "store", "root.bolt"), 20) }},
	{"root.bolt removed", func(t *testing.T, d string) { os.Remove(filepath.Join(d, "store", "root.bolt")) }},
	{"stamp removed", func(t *testing.T, d string) { os.Remove(filepath.Join(d, "rolebot-stamp.json")) }},
	{"stamp truncated", func(t *testing.T, d string) { os.Truncate(filepath.Join(d, "rolebot-stamp.json"), 10) }},
	{"stamp count changed", func(t *testing.T, d string) {
		p := filepath.Join(d, "rolebot-stamp.json")
		data, _ := os.ReadFile(p)
		os.WriteFile(p, []byte(strings.Replace(string(data), `"passages": 10`, `"passages": 9`, 1)), 0o644)
	}},
	{"index_meta.json emptied", func(t *testing.T, d string) { os.WriteFile(filepath.Join(d, "index_meta.json"), nil, 0o644) }},
	{"stray segment added", func(t *testing.T, d string) {
		os.WriteFile(filepath.Join(d, "store", "000000000099.zap"), []byte("junk"), 0o600)
	}},
}

func flip(t *testing.T, path string, at int64) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b := make([]byte, 1)
	if _, err := f.ReadAt(b, at); err != nil {
		t.Fatal(err)
	}
	b[0] ^= 0x55
	if _, err := f.WriteAt(b, at); err != nil {
		t.Fatal(err)
	}
}

// Issue 10, defect 1: a damaged index is noticed on open, rebuilt, and the
// reason given; the rebuilt index holds every passage.
func TestOpenDamagedIndexIsRebuilt(t *testing.T) {
	fp := index.Fingerprint("damaged")
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			o := &opener{dir: t.TempDir()}
			x, _ := o.open(t, fp, index.Options{BatchSize: 3}) // several segments
			o.close(x)
			d.do(t, filepath.Join(o.dir, "idx-"+fp))
			x, info := o.open(t, fp, index.Options{})
			if !info.Built || info.Damaged == "" || o.calls != 2 {
				t.Errorf("after damage: %+v, %d builds; want a rebuild with a reason", info, o.calls)
			}
			t.Logf("reason: %s", info.Damaged)
			checkSearch(t, x)
			o.close(x)
			x, info = o.open(t, fp, index.Options{})
			if info.Built || info.Damaged != "" {
				t.Errorf("the rebuilt index is not reused: %+v", info)
			}
			checkSearch(t, x)
		})
	}
}

// Issue 10, defect 2: two corpora sharing one index folder keep each
// other's index instead of rebuilding it on every run.
func TestOpenTwoCorporaShareAFolder(t *testing.T) {
	o := &opener{dir: t.TempDir()}
	a, b := index.Fingerprint("corpus a"), index.Fingerprint("corpus b")
	for range 3 {
		for _, fp := range []string{a, b} {
			x, _ := o.open(t, fp, index.Options{})
			checkSearch(t, x)
			o.close(x)
		}
	}
	if o.calls != 2 {
		t.Errorf("%d builds for two corpora used in turn, want 2", o.calls)
	}
}
