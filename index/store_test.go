package index_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rolebot/rolebot/index"
)

// opener opens indexes under one folder and counts how often the
// passages were asked for, which is how often an index was built.
type opener struct {
	dir    string
	calls  int
	closed map[*index.Index]bool
}

// close closes x once: a second Close of a Bleve index panics (see
// TestCloseTwice).
func (o *opener) close(x *index.Index) {
	if o.closed == nil {
		o.closed = map[*index.Index]bool{}
	}
	if !o.closed[x] {
		o.closed[x] = true
		x.Close()
	}
}

func (o *opener) open(t *testing.T, fingerprint string, opt index.Options) (*index.Index, index.Info) {
	t.Helper()
	x, info, err := o.try(context.Background(), fingerprint, opt)
	if err != nil {
		t.Fatalf("Open(%s): %v", fingerprint, err)
	}
	t.Cleanup(func() { o.close(x) })
	return x, info
}

func (o *opener) try(ctx context.Context, fingerprint string, opt index.Options) (*index.Index, index.Info, error) {
	return index.Open(ctx, o.dir, fingerprint, func() []index.Passage {
		o.calls++
		ps, _ := passages()
		return ps
	}, opt)
}

// entries lists the names in dir, sorted.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// checkSearch checks that x answers a query the way the test passages do.
func checkSearch(t *testing.T, x *index.Index) {
	t.Helper()
	hits, err := x.Search(context.Background(), index.Query{Text: "knowledge"})
	if err != nil {
		t.Fatalf("Search: %v", err)
	}
	if len(hits) == 0 || hits[0].ID != "cko#0" {
		t.Errorf("Search(knowledge) = %v, want cko#0 first", hitIDs(hits))
	}
	if n, err := x.Count(); err != nil || n != uint64(len(testPassages)) {
		t.Errorf("Count() = %d, %v; want %d", n, err, len(testPassages))
	}
}

func TestFingerprint(t *testing.T) {
	a, b := index.Fingerprint("corpus-a"), index.Fingerprint("corpus-b")
	if a != index.Fingerprint("corpus-a") {
		t.Error("Fingerprint is not stable")
	}
	if a == b {
		t.Errorf("different corpora give the same fingerprint %s", a)
	}
	if len(a) != 16 || strings.Trim(a, "0123456789abcdef") != "" {
		t.Errorf("Fingerprint = %q, want 16 hex digits for a folder name", a)
	}
}

// Built once, reopened while the corpus is unchanged, rebuilt into a new
// folder when it changes, and the old folder removed.
func TestOpenBuildReopenRebuild(t *testing.T) {
	o := &opener{dir: filepath.Join(t.TempDir(), "nested", "index")}
	fp1, fp2 := index.Fingerprint("one"), index.Fingerprint("two")

	x, info := o.open(t, fp1, index.Options{})
	if !info.Built || info.Passages != len(testPassages) || info.Dir != filepath.Join(o.dir, "idx-"+fp1) || o.calls != 1 {
		t.Errorf("first Open: %+v, %d builds; want built at idx-%s", info, o.calls, fp1)
	}
	checkSearch(t, x)
	o.close(x)

	x, info = o.open(t, fp1, index.Options{})
	if info.Built || info.Dir != filepath.Join(o.dir, "idx-"+fp1) || o.calls != 1 {
		t.Errorf("same fingerprint: %+v, %d builds; want the index reopened", info, o.calls)
	}
	checkSearch(t, x)
	o.close(x)

	x, info = o.open(t, fp2, index.Options{})
	if !info.Built || info.Dir != filepath.Join(o.dir, "idx-"+fp2) || o.calls != 2 {
		t.Errorf("new fingerprint: %+v, %d builds; want a new build at idx-%s", info, o.calls, fp2)
	}
	checkSearch(t, x)
	// The old index was used a moment ago: another corpus may still want it.
	if _, err := os.Stat(filepath.Join(o.dir, "idx-"+fp1)); err != nil {
		t.Errorf("index of fp1, used a moment ago, was removed: %v", err)
	}
	o.close(x)

	// Not opened for two days: the next build removes it.
	age(t, filepath.Join(o.dir, "idx-"+fp1), 48*time.Hour)
	x, _ = o.open(t, fp2, index.Options{Rebuild: true})
	if _, err := os.Stat(filepath.Join(o.dir, "idx-"+fp1)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("old index folder still there: %v", err)
	}
	for _, n := range entries(t, o.dir) {
		if n != "idx-"+fp2 && n != "build.lock" {
			t.Errorf("left in %s: %s", o.dir, n)
		}
	}
	o.close(x)

	_, info = o.open(t, fp2, index.Options{Rebuild: true})
	if !info.Built || o.calls != 4 {
		t.Errorf("Rebuild: %+v, %d builds; want a new build", info, o.calls)
	}
}

// What a crash leaves behind does not stop the next Open. rolebot removes
// what it made (folders with its marker) and leaves everything else.
func TestOpenAfterCrash(t *testing.T) {
	fp := index.Fingerprint("crash")
	const mark = "/rolebot-made"
	for _, tc := range []struct {
		name  string
		leave map[string]string // files left under the index folder
		keep  []string          // folders that must stay
	}{
		{"half-built tmp folder", map[string]string{"tmp-" + fp + "-99999/store/root.bolt": "half a file", "tmp-" + fp + "-99999" + mark: ""}, nil},
		{"tmp folder with only the marker", map[string]string{"tmp-" + fp + "-1" + mark: ""}, nil},
		{"broken index in place", map[string]string{"idx-" + fp + "/index_meta.json": `{"storage":"scorch","index_type":"scorch"}`, "idx-" + fp + mark: ""}, nil},
		{"empty index folder in place", map[string]string{"idx-" + fp + mark: ""}, nil},
		{"index of another fingerprint, unused for days", map[string]string{"idx-0123456789abcdef/index_meta.json": "{}", "idx-0123456789abcdef" + mark: "old"}, nil},
		{"index of another fingerprint, used today", map[string]string{"idx-0123456789abcdef/index_meta.json": "{}", "idx-0123456789abcdef" + mark: ""}, []string{"idx-0123456789abcdef"}},
		{"stale lock file", map[string]string{"build.lock": "12345\n"}, nil},
		{"someone else's tmp folder", map[string]string{"tmp-photos/cat.jpg": "meow"}, []string{"tmp-photos"}},
		{"someone else's idx folder", map[string]string{"idx-0123456789abcdef/index_meta.json": "{}"}, []string{"idx-0123456789abcdef"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := &opener{dir: t.TempDir()}
			for name, text := range tc.leave {
				p := filepath.Join(o.dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
				if text == "old" {
					old := time.Now().Add(-72 * time.Hour)
					os.Chtimes(p, old, old)
				}
			}
			x, info := o.open(t, fp, index.Options{})
			if !info.Built {
				t.Errorf("Open reused what a crash left: %+v", info)
			}
			checkSearch(t, x)
			want := append([]string{"build.lock", "idx-" + fp}, tc.keep...)
			slices.Sort(want)
			if got := entries(t, o.dir); !slices.Equal(got, want) {
				t.Errorf("folder holds %v, want %v", got, want)
			}
		})
	}
}

// A folder named like this corpus's index that rolebot did not make is
// neither used nor deleted.
func TestOpenForeignFolderInTheWay(t *testing.T) {
	o := &opener{dir: t.TempDir()}
	fp := index.Fingerprint("foreign")
	p := filepath.Join(o.dir, "idx-"+fp, "notes.txt")
	os.MkdirAll(filepath.Dir(p), 0o755)
	os.WriteFile(p, []byte("mine"), 0o644)
	_, _, err := o.try(context.Background(), fp, index.Options{})
	if err == nil || !strings.Contains(err.Error(), "did not make it") {
		t.Errorf("err = %v, want one saying rolebot did not make the folder", err)
	}
	if data, _ := os.ReadFile(p); string(data) != "mine" {
		t.Errorf("the folder's file is gone")
	}
}

// age makes the rolebot index in path look unused for d.
func age(t *testing.T, path string, d time.Duration) {
	t.Helper()
	old := time.Now().Add(-d)
	if err := os.Chtimes(filepath.Join(path, "rolebot-made"), old, old); err != nil {
		t.Fatal(err)
	}
}

// Any number of readers can have the same built index open at once.
func TestOpenTwoReaders(t *testing.T) {
	o := &opener{dir: t.TempDir()}
	fp := index.Fingerprint("shared")
	first, _ := o.open(t, fp, index.Options{})

	var wg sync.WaitGroup
	results := make([]*index.Index, 4)
	errs := make([]error, 4)
	for i := range results {
		wg.Go(func() {
			results[i], _, errs[i] = index.Open(context.Background(), o.dir, fp, func() []index.Passage {
				t.Error("passages asked for: the index should be reopened, not rebuilt")
				return nil
			}, index.Options{})
		})
	}
	wg.Wait()
	for i, x := range results {
		if errs[i] != nil {
			t.Errorf("reader %d: %v", i, errs[i])
			continue
		}
		checkSearch(t, x)
		x.Close()
	}
	checkSearch(t, first)
}

// A build stops when its context is cancelled and leaves nothing behind.
func TestOpenCancelled(t *testing.T) {
	o := &opener{dir: t.TempDir()}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	x, _, err := o.try(ctx, index.Fingerprint("cancelled"), index.Options{})
	if err == nil {
		x.Close()
		t.Fatal("Open with a cancelled context built an index")
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	for _, n := range entries(t, o.dir) {
		if n != "build.lock" {
			t.Errorf("left behind: %s", n)
		}
	}
}

// An index folder that cannot be created is an error that names it.
func TestOpenBadDir(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	o := &opener{dir: filepath.Join(file, "index")}
	_, _, err := o.try(context.Background(), index.Fingerprint("x"), index.Options{})
	if err == nil || !strings.Contains(err.Error(), file) {
		t.Errorf("err = %v, want an error naming %s", err, file)
	}
}

// Batches of any size index every passage.
func TestOpenBatchSizes(t *testing.T) {
	for _, size := range []int{1, 3, len(testPassages), 1000} {
		t.Run(strconv.Itoa(size), func(t *testing.T) {
			o := &opener{dir: t.TempDir()}
			x, info := o.open(t, index.Fingerprint("batch"), index.Options{BatchSize: size})
			if info.Passages != len(testPassages) {
				t.Errorf("Passages = %d", info.Passages)
			}
			checkSearch(t, x)
		})
	}
}

// An index of no passages opens and finds nothing.
func TestOpenEmpty(t *testing.T) {
	x, info, err := index.Open(context.Background(), t.TempDir(), index.Fingerprint("empty"), func() []index.Passage { return nil }, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if !info.Built {
		t.Errorf("info %+v", info)
	}
	hits, err := x.Search(context.Background(), index.Query{Text: "cto"})
	if err != nil || len(hits) != 0 {
		t.Errorf("Search = %v, %v", hitIDs(hits), err)
	}
}

// Closing an index twice is harmless, as it is for an os.File.
func TestCloseTwice(t *testing.T) {
	x, _, err := index.Open(context.Background(), t.TempDir(), index.Fingerprint("twice"), func() []index.Passage { return nil }, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatalf("first Close: %v", err)
	}
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("second Close panicked: %v", r)
		}
	}()
	x.Close()
}
