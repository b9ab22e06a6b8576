package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/rolebot/rolebot/corpus"
)

// Passage is what the index needs of one passage.
type Passage struct {
	ID      string
	Section string
	Text    string
	Roles   []string // ids of the roles its heading and text name
	Heading []string // ids of the roles its heading names
}

// Info says what Open did.
type Info struct {
	Dir      string        // folder of the index in use
	Built    bool          // false when an existing index was reopened
	Passages int           // passages indexed (when built)
	Took     time.Duration // time to open or build
}

// Options tunes Open. The zero value is fine.
type Options struct {
	// BatchSize is the number of passages per Bleve batch (default 1000).
	BatchSize int
	// LockWait is how long to wait for another process building the same
	// index before giving up (default 10s).
	LockWait time.Duration
	// Rebuild builds a new index even when one for the fingerprint exists.
	Rebuild bool
}

// DefaultDir is where indexes live unless told otherwise: the user's cache
// folder, or the temporary folder when there is none.
func DefaultDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "rolebot", "index")
	}
	return filepath.Join(os.TempDir(), "rolebot-index")
}

// Fingerprint names the index built from passages with the given corpus
// fingerprint: it changes when the corpus or the mapping changes.
func Fingerprint(corpusFingerprint string) string {
	h := sha256.Sum256([]byte(mappingVersion + "\n" + corpusFingerprint))
	return hex.EncodeToString(h[:8])
}

// ErrLocked is returned when another process holds the index.
var ErrLocked = errors.New("index is locked by another rolebot process")

// Open returns the index for a corpus under dir. It reopens the index built
// for the same fingerprint, or builds one into a fresh folder and moves it
// into place only when complete, so a crash mid-build never leaves a broken
// index in use. Indexes of older fingerprints are then removed.
func Open(ctx context.Context, dir, fingerprint string, passages func() []Passage, opt Options) (*Index, Info, error) {
	start := time.Now()
	if opt.BatchSize <= 0 {
		opt.BatchSize = 1000
	}
	if opt.LockWait <= 0 {
		opt.LockWait = 10 * time.Second
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, Info{}, fmt.Errorf("index: create %s: %w", dir, err)
	}
	final := filepath.Join(dir, "idx-"+fingerprint)
	if !opt.Rebuild {
		if idx, err := openDir(final); err == nil {
			return idx, Info{Dir: final, Took: time.Since(start)}, nil
		} else if errors.Is(err, ErrLocked) {
			return nil, Info{}, err
		}
	}

	unlock, err := lockDir(ctx, filepath.Join(dir, "build.lock"), opt.LockWait)
	if err != nil {
		return nil, Info{}, err
	}
	defer unlock()
	// Another process may have built it while we waited for the lock.
	if !opt.Rebuild {
		if idx, err := openDir(final); err == nil {
			return idx, Info{Dir: final, Took: time.Since(start)}, nil
		}
	}
	ps := passages()
	tmp := filepath.Join(dir, fmt.Sprintf("tmp-%s-%d", fingerprint, os.Getpid()))
	_ = os.RemoveAll(tmp)
	if err := build(ctx, tmp, ps, opt.BatchSize); err != nil {
		_ = os.RemoveAll(tmp)
		return nil, Info{}, err
	}
	_ = os.RemoveAll(final) // a leftover that would not open
	if err := os.Rename(tmp, final); err != nil {
		_ = os.RemoveAll(tmp)
		return nil, Info{}, fmt.Errorf("index: move %s into place: %w", tmp, err)
	}
	removeStale(dir, filepath.Base(final))
	idx, err := openDir(final)
	if err != nil {
		return nil, Info{}, err
	}
	return idx, Info{Dir: final, Built: true, Passages: len(ps), Took: time.Since(start)}, nil
}

// openDir opens a complete index read-only, so that any number of rolebot
// processes can share it.
func openDir(path string) (*Index, error) {
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		return nil, fmt.Errorf("index: %s: %w", path, err)
	}
	b, err := bleve.OpenUsing(path, map[string]any{"read_only": true, "bolt_timeout": "1s"})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) || strings.Contains(err.Error(), "timeout") {
			return nil, fmt.Errorf("index: open %s: %w (stop the other process or use --index DIR)", path, ErrLocked)
		}
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	return newIndex(b), nil
}

// build writes a new index of the passages into path.
func build(ctx context.Context, path string, ps []Passage, batchSize int) error {
	b, err := bleve.NewUsing(path, newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	if err := fill(ctx, b, ps, batchSize); err != nil {
		b.Close()
		return err
	}
	if err := b.Close(); err != nil {
		return fmt.Errorf("index: close %s: %w", path, err)
	}
	return nil
}

// fill indexes passages into b in batches.
func fill(ctx context.Context, b bleve.Index, ps []Passage, batchSize int) error {
	batch := b.NewBatch()
	for i, p := range ps {
		if err := batch.Index(p.ID, passageDoc{Text: p.Text, Section: p.Section, Roles: p.Roles, Heading: p.Heading}); err != nil {
			return fmt.Errorf("index: passage %s: %w", p.ID, err)
		}
		if batch.Size() >= batchSize || i == len(ps)-1 {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := b.Batch(batch); err != nil {
				return fmt.Errorf("index: batch ending at passage %s: %w", p.ID, err)
			}
			batch.Reset()
		}
	}
	return nil
}

// removeStale deletes the indexes of other fingerprints and leftovers of
// builds that crashed. Errors are ignored: a stale folder only costs disk.
func removeStale(dir, keep string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() && n != keep && (strings.HasPrefix(n, "idx-") || strings.HasPrefix(n, "tmp-")) {
			_ = os.RemoveAll(filepath.Join(dir, n))
		}
	}
}

// NewMemory builds an index held in memory only, with the same mapping and
// scoring as on disk: for tests and benchmarks.
func NewMemory(ctx context.Context, ps []Passage) (*Index, error) {
	b, err := bleve.NewUsing("", newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: create in memory: %w", err)
	}
	if err := fill(ctx, b, ps, 1000); err != nil {
		b.Close()
		return nil, err
	}
	return newIndex(b), nil
}

// PassagesOf converts corpus passages for indexing; roles names the role
// ids of a text. Headings are shared by many passages: each is read once.
func PassagesOf(ps []corpus.Passage, roles func(string) []string) []Passage {
	out := make([]Passage, len(ps))
	headings := map[string][]string{}
	for i, p := range ps {
		h, ok := headings[p.Section]
		if !ok {
			h = roles(p.Section)
			headings[p.Section] = h
		}
		all := append([]string(nil), h...)
		for _, id := range roles(p.Text) {
			if !slices.Contains(all, id) {
				all = append(all, id)
			}
		}
		out[i] = Passage{ID: p.ID, Section: p.Section, Text: p.Text, Roles: all, Heading: h}
	}
	return out
}
