package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/rolebot/rolebot/corpus"
)

// Passage is what the index needs of one passage.
type Passage struct {
	ID      string
	Section string
	Text    string
	Roles   []string // ids of the roles its heading and text name
	Heading []string // ids of the roles its heading names
	// Speaker is who "I" is in a memo's passage in the first person: see
	// corpus.Passage.Speaker. It is searched with the heading, and the
	// roles it names are the heading's.
	Speaker string
	// Other holds roles it names that are kept apart from Roles, so that
	// they do not dilute it (BM25 weighs a match in a long field less): a
	// question that names one is searched there instead.
	Other []string
}

// Info says what Open did.
type Info struct {
	Dir      string // folder of the index in use
	Built    bool   // false when an existing index was reopened
	Passages int    // passages indexed (when built)
	// Damaged says why the index in place could not be used and was
	// rebuilt; "" when there was none or it was fine.
	Damaged string
	Took    time.Duration // time to open or build
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
	// Beside, when set, is called on a complete new index before it is
	// stamped, with the folder it is built in: files it writes there are
	// part of the index, covered by its stamp, and found again in
	// Info.Dir. Their names must begin with "rolebot-". An error fails
	// the build.
	Beside func(ctx context.Context, x *Index, dir string) error
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
// for the same fingerprint when its stamp shows it complete and unchanged,
// or builds one into a fresh folder and moves it into place only when
// complete, so a crash mid-build never leaves a broken index in use. A
// damaged index is rebuilt and Info.Damaged says why. Indexes of other
// fingerprints not used for a day are then removed (see removeStale).
func Open(ctx context.Context, dir, fingerprint string, passages func() []Passage, opt Options) (*Index, Info, error) {
	start := time.Now()
	if opt.BatchSize <= 0 {
		opt.BatchSize = 1000
	}
	if opt.LockWait <= 0 {
		opt.LockWait = 10 * time.Second
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		if e := notReadable(dir, err); e != nil {
			return nil, Info{}, e
		}
		return nil, Info{}, fmt.Errorf("index: create %s: %w", dir, err)
	}
	final := filepath.Join(dir, "idx-"+fingerprint)
	var why string // why the index in place was not used
	if !opt.Rebuild {
		idx, err := openDir(final, fingerprint)
		switch {
		case err == nil:
			return idx, Info{Dir: final, Took: time.Since(start)}, nil
		case errors.Is(err, ErrLocked):
			return nil, Info{}, err
		case errors.Is(err, fs.ErrPermission):
			return nil, Info{}, notReadable(final, err)
		case !errors.Is(err, fs.ErrNotExist):
			why = strings.TrimPrefix(err.Error(), errDamaged.Error()+": ")
		}
	}

	unlock, err := lockDir(ctx, filepath.Join(dir, "build.lock"), opt.LockWait)
	if err != nil {
		if e := notReadable(dir, err); e != nil {
			return nil, Info{}, e
		}
		return nil, Info{}, err
	}
	defer unlock()
	// Another process may have built it while we waited for the lock.
	if !opt.Rebuild && why == "" {
		if idx, err := openDir(final, fingerprint); err == nil {
			return idx, Info{Dir: final, Took: time.Since(start)}, nil
		}
	}
	if _, err := os.Lstat(final); err == nil {
		if _, ours := madeByRolebot(final); !ours {
			return nil, Info{}, fmt.Errorf("index: %s is in the way and rolebot did not make it (no %s file in it): move it away or use another --index folder", final, markerName)
		}
	}
	ps := passages()
	tmp, err := makeFolder(dir, "tmp-"+fingerprint+"-")
	if err != nil {
		return nil, Info{}, err
	}
	if err := build(ctx, tmp, fingerprint, ps, opt); err != nil {
		_ = os.RemoveAll(tmp)
		return nil, Info{}, err
	}
	old, err := moveAside(dir, final, fingerprint) // rolebot's, and damaged or out of date
	if err != nil {
		_ = os.RemoveAll(tmp)
		return nil, Info{}, err
	}
	if err := os.Rename(tmp, final); err != nil {
		_ = os.RemoveAll(tmp)
		return nil, Info{}, fmt.Errorf("index: move %s into place: %w", tmp, err)
	}
	_ = syncFile(dir)
	if old != "" {
		removeFolder(old)
	}
	removeStale(dir, filepath.Base(final), time.Now())
	idx, err := openDir(final, fingerprint)
	if err != nil {
		return nil, Info{}, err
	}
	return idx, Info{Dir: final, Built: true, Passages: len(ps), Damaged: why, Took: time.Since(start)}, nil
}

// Reopen opens the index built for fingerprint under dir, as Open does,
// but never builds one: when there is none, or it is damaged or locked, it
// returns the error, and the caller may go on to Open.
func Reopen(dir, fingerprint string) (*Index, Info, error) {
	start := time.Now()
	final := filepath.Join(dir, "idx-"+fingerprint)
	idx, err := openDir(final, fingerprint)
	if err != nil {
		return nil, Info{}, err
	}
	return idx, Info{Dir: final, Took: time.Since(start)}, nil
}

// Built returns the folders of the indexes built under dir, the most
// recently opened first, with the fingerprint of each. It reads no index.
func Built(dir string) (folders, fingerprints []string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil
	}
	type built struct {
		dir, fp string
		used    time.Time
	}
	var list []built
	for _, e := range entries {
		fp, ok := strings.CutPrefix(e.Name(), "idx-")
		if !ok || !e.IsDir() {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if used, ours := madeByRolebot(p); ours {
			list = append(list, built{p, fp, used})
		}
	}
	slices.SortStableFunc(list, func(a, b built) int { return b.used.Compare(a.used) })
	for _, b := range list {
		folders, fingerprints = append(folders, b.dir), append(fingerprints, b.fp)
	}
	return folders, fingerprints
}

// openDir opens a complete index read-only, so that any number of rolebot
// processes can share it. The stamp must match the files, and the index
// must hold as many passages as the stamp says; any other state is an
// error wrapping errDamaged. A folder that is not there gives an error
// wrapping fs.ErrNotExist.
func openDir(path, fingerprint string) (idx *Index, err error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("index: %s: %w", path, err)
	}
	want, err := checkStamp(path, fingerprint)
	if err != nil {
		return nil, err
	}
	defer func() {
		// Scorch has panicked on damaged files before: treat that as damage.
		if r := recover(); r != nil {
			idx, err = nil, damaged("opening it panicked: %v", r)
		}
	}()
	b, err := bleve.OpenUsing(path, map[string]any{"read_only": true, "bolt_timeout": "1s"})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return nil, fmt.Errorf("index: open %s: %w (stop the other process or use --index DIR)", path, ErrLocked)
		}
		if errors.Is(err, fs.ErrPermission) {
			return nil, err
		}
		return nil, damaged("bleve cannot open it: %v", err)
	}
	n, err := b.DocCount()
	if err != nil || n != want {
		b.Close()
		return nil, damaged("it holds %d passages, its stamp says %d (%v)", n, want, err)
	}
	touch(path)
	return newIndex(b), nil
}

// build writes a new index of the passages into path, a folder that holds
// only the marker, calls opt.Beside, and stamps it.
func build(ctx context.Context, path, fingerprint string, ps []Passage, opt Options) error {
	b, err := bleve.NewUsing(path, newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	if err := fill(ctx, b, ps, opt.BatchSize); err != nil {
		b.Close()
		return err
	}
	if opt.Beside != nil {
		if err := opt.Beside(ctx, newIndex(b), path); err != nil {
			b.Close()
			return fmt.Errorf("index: build %s: %w", path, err)
		}
	}
	if err := b.Close(); err != nil {
		return fmt.Errorf("index: close %s: %w", path, err)
	}
	return writeStamp(path, fingerprint, len(ps)) // last: it vouches for the rest
}

// fill indexes passages into b in batches.
func fill(ctx context.Context, b bleve.Index, ps []Passage, batchSize int) error {
	batch := b.NewBatch()
	for i, p := range ps {
		if err := batch.Index(p.ID, passageDoc{Text: p.Text, Section: joinSpeaker(p.Section, p.Speaker), Roles: p.Roles, Heading: p.Heading, TextJA: japaneseText(p.Text), SectionJA: japaneseText(p.Section), Other: p.Other, Asked: askedHeading(p.Section)}); err != nil {
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
	headings, titles := map[string][]string{}, map[string][]string{}
	for i, p := range ps {
		h, ok := headings[p.Section]
		if !ok {
			h = roles(p.Section)
			headings[p.Section] = h
		}
		if p.Speaker != "" {
			h = slices.Clip(h)
			for _, id := range roles(p.Speaker) {
				if !slices.Contains(h, id) {
					h = append(h, id)
				}
			}
		}
		all := append([]string(nil), h...)
		for _, id := range roles(p.Text) {
			if !slices.Contains(all, id) {
				all = append(all, id)
			}
		}
		// An article whose title names one role is about it throughout:
		// its "## Skills" speaks of that role without naming it.
		t, ok := titles[p.ArticleTitle]
		if !ok {
			t = roles(p.ArticleTitle)
			titles[p.ArticleTitle] = t
		}
		if len(t) == 1 && !slices.Contains(all, t[0]) {
			all = append(all, t[0])
		}
		out[i] = Passage{ID: p.ID, Section: p.Section, Text: p.Text, Roles: all, Heading: h, Speaker: p.Speaker}
	}
	return out
}

// joinSpeaker is the heading of a passage as indexed: its section's
// heading, and who speaks in it, if anyone.
// askedHeading returns the question a passage's own heading asks, the last
// part of its section when that ends in a question mark ("Where do I get
// uniform, high-vis or a new cash bag?"), else "". An FAQ's answer often
// holds few words of its question: the heading says what it answers.
func askedHeading(section string) string {
	if i := strings.LastIndex(section, " › "); i >= 0 {
		section = section[i+len(" › "):]
	}
	if s := strings.TrimSpace(section); strings.HasSuffix(s, "?") && !corpus.HasJapanese(s) {
		return s
	}
	return ""
}

func joinSpeaker(section, speaker string) string {
	if speaker == "" {
		return section
	}
	return section + "\n" + speaker
}
