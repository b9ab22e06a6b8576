package state

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// fileName is the embedded store's file inside Config.Dir.
const fileName = "state.db"

// lockTimeout is how long an open waits for another process's lock on the
// file; a batch holds it for about a millisecond, so this only runs out when
// something is wrong (a stuck process, a dead NFS mount).
const lockTimeout = 2 * time.Second

// pruneEvery is how often the writer deletes expired claims, votes and gaps:
// the scan reads every key, so not on every batch; expired entries are
// filtered on read meanwhile.
const pruneEvery = time.Minute

var (
	bucketClaims = []byte("claims") // key → expiry (unix ns, 8 bytes big endian)
	bucketVotes  = []byte("votes")  // answer id → expiry (8 bytes) + 'u' or 'd'
	bucketGaps   = []byte("gaps")   // normalized question → JSON gapRecord
	bucketRecall = []byte("recall") // key → expiry (8 bytes) + value
)

// gapRecord is a gap as stored in bbolt.
type gapRecord struct {
	Count int       `json:"n"`
	Last  time.Time `json:"last"`
	Kinds []GapKind `json:"kinds"`
	Roles []string  `json:"roles,omitempty"`
}

// boltOp is one piece of work for the next write batch.
type boltOp struct {
	fn   func(tx *bolt.Tx, now time.Time) error
	done chan error // buffered: the writer never waits for the caller
}

// boltBackend keeps state in one bbolt file that it opens per batch of
// operations (see the package doc for why).
type boltBackend struct {
	path    string
	gapsTTL time.Duration

	// fileMu is held for writing while the writer has the file open, and for
	// reading by readers in this process: without it they would conflict on
	// bbolt's flock and poll for it every 50 ms.
	fileMu sync.RWMutex

	mu      sync.Mutex
	pending []*boltOp
	writing bool // a writer goroutine is running
	closed  bool
	lastErr error // of the last batch, for status
	wg      sync.WaitGroup

	lastPrune time.Time // owned by the writer goroutine
}

func openBolt(ctx context.Context, dir string, gapsTTL time.Duration) (*boltBackend, error) {
	if dir == "" {
		return nil, errors.New("state: Config.Dir is empty and no RedisURL is set")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("state: create dir %s: %w", dir, err)
	}
	b := &boltBackend{path: filepath.Join(dir, fileName), gapsTTL: gapsTTL}
	// One empty batch creates the file and its buckets, and proves both the
	// directory and the lock usable before serve starts.
	if err := b.update(ctx, func(*bolt.Tx, time.Time) error { return nil }); err != nil {
		return nil, fmt.Errorf("state: %w", err)
	}
	return b, nil
}

// update runs fn in the next write batch and returns its error. When ctx
// ends first, update returns ctx.Err() but fn may still run.
func (b *boltBackend) update(ctx context.Context, fn func(tx *bolt.Tx, now time.Time) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	op := &boltOp{fn: fn, done: make(chan error, 1)}
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return errClosed
	}
	b.pending = append(b.pending, op)
	if !b.writing {
		b.writing = true
		b.wg.Add(1)
		go b.writeLoop()
	}
	b.mu.Unlock()
	select {
	case err := <-op.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// writeLoop writes batches until no work is pending. Operations that arrive
// during a batch make up the next one.
func (b *boltBackend) writeLoop() {
	defer b.wg.Done()
	for {
		b.mu.Lock()
		ops := b.pending
		b.pending = nil
		if len(ops) == 0 {
			b.writing = false
			b.mu.Unlock()
			return
		}
		b.mu.Unlock()

		errs, err := b.writeBatch(ops)
		b.mu.Lock()
		b.lastErr = err
		b.mu.Unlock()
		for i, op := range ops {
			if err != nil {
				op.done <- err
			} else {
				op.done <- errs[i]
			}
		}
	}
}

// writeBatch opens the file, runs every op in one transaction and closes
// it. An op's error is its own: the others still commit (ops check before
// they write, so a failing op has written nothing).
func (b *boltBackend) writeBatch(ops []*boltOp) (errs []error, err error) {
	b.fileMu.Lock()
	defer b.fileMu.Unlock()
	db, err := bolt.Open(b.path, 0o600, &bolt.Options{Timeout: lockTimeout})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", b.path, err)
	}
	defer func() {
		if cerr := db.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("close %s: %w", b.path, cerr)
		}
	}()
	errs = make([]error, len(ops))
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketClaims, bucketVotes, bucketGaps, bucketRecall} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("bucket %s: %w", name, err)
			}
		}
		now := time.Now()
		if now.Sub(b.lastPrune) >= pruneEvery {
			if err := b.prune(tx, now); err != nil {
				return err
			}
			b.lastPrune = now
		}
		for i, op := range ops {
			errs[i] = op.fn(tx, now)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", b.path, err)
	}
	return errs, nil
}

// prune deletes expired claims, votes and gaps.
func (b *boltBackend) prune(tx *bolt.Tx, now time.Time) error {
	expired := func(name []byte, dead func(v []byte) bool) error {
		bk := tx.Bucket(name)
		var keys [][]byte // bbolt's cursor skips keys when deleting while iterating
		if err := bk.ForEach(func(k, v []byte) error {
			if dead(v) {
				keys = append(keys, k)
			}
			return nil
		}); err != nil {
			return err
		}
		for _, k := range keys {
			if err := bk.Delete(k); err != nil {
				return fmt.Errorf("prune %s %q: %w", name, k, err)
			}
		}
		return nil
	}
	past := func(v []byte) bool { return !unexpired(v, now) }
	if err := expired(bucketClaims, past); err != nil {
		return err
	}
	if err := expired(bucketVotes, past); err != nil {
		return err
	}
	if err := expired(bucketRecall, past); err != nil {
		return err
	}
	return expired(bucketGaps, func(v []byte) bool {
		var r gapRecord
		return json.Unmarshal(v, &r) != nil || now.Sub(r.Last) >= b.gapsTTL
	})
}

// unexpired reports whether v starts with an expiry after now.
func unexpired(v []byte, now time.Time) bool {
	return len(v) >= 8 && now.UnixNano() < int64(binary.BigEndian.Uint64(v))
}

func expiry(until time.Time, extra ...byte) []byte {
	return append(binary.BigEndian.AppendUint64(nil, uint64(until.UnixNano())), extra...)
}

func (b *boltBackend) claim(ctx context.Context, key string, ttl time.Duration) (first bool, err error) {
	err = b.update(ctx, func(tx *bolt.Tx, now time.Time) error {
		bk := tx.Bucket(bucketClaims)
		if unexpired(bk.Get([]byte(key)), now) {
			return nil
		}
		first = true
		return bk.Put([]byte(key), expiry(now.Add(ttl)))
	})
	return first, err
}

func (b *boltBackend) release(ctx context.Context, key string) error {
	return b.update(ctx, func(tx *bolt.Tx, _ time.Time) error {
		return tx.Bucket(bucketClaims).Delete([]byte(key))
	})
}

func (b *boltBackend) vote(ctx context.Context, answerID string, up bool) (first, standing bool, err error) {
	dir := byte('d')
	if up {
		dir = 'u'
	}
	standing = up
	err = b.update(ctx, func(tx *bolt.Tx, now time.Time) error {
		bk := tx.Bucket(bucketVotes)
		if v := bk.Get([]byte(answerID)); unexpired(v, now) {
			if len(v) > 8 {
				standing = v[8] == 'u'
			}
			return nil
		}
		first = true
		return bk.Put([]byte(answerID), expiry(now.Add(b.gapsTTL), dir))
	})
	return first, standing, err
}

// view runs fn in a read-only transaction of the file, when there is one.
func (b *boltBackend) view(ctx context.Context, fn func(tx *bolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b.fileMu.RLock()
	defer b.fileMu.RUnlock()
	db, err := bolt.Open(b.path, 0o600, &bolt.Options{ReadOnly: true, Timeout: lockTimeout})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open %s: %w", b.path, err)
	}
	defer db.Close()
	return db.View(fn)
}

func (b *boltBackend) recordGap(ctx context.Context, norm string, g Gap) error {
	return b.update(ctx, func(tx *bolt.Tx, now time.Time) error {
		bk := tx.Bucket(bucketGaps)
		var r gapRecord
		if v := bk.Get([]byte(norm)); v != nil {
			if err := json.Unmarshal(v, &r); err != nil || now.Sub(r.Last) >= b.gapsTTL {
				r = gapRecord{} // unreadable or expired: start again
			}
		}
		r.Count++
		if g.At.After(r.Last) {
			r.Last = g.At
		}
		r.Kinds = addKind(r.Kinds, g.Kind)
		if len(g.Roles) > 0 {
			r.Roles = g.Roles
		}
		v, err := json.Marshal(r)
		if err != nil {
			return err
		}
		return bk.Put([]byte(norm), v)
	})
}

// gaps reads under a shared lock from a read-only open, so it never blocks
// a writer for longer than the read and never creates the file.
func (b *boltBackend) gaps(ctx context.Context, now time.Time) ([]GapEntry, error) {
	var out []GapEntry
	err := b.view(ctx, func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucketGaps)
		if bk == nil {
			return nil
		}
		return bk.ForEach(func(k, v []byte) error {
			var r gapRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("gap %q: %w", k, err)
			}
			if now.Sub(r.Last) >= b.gapsTTL {
				return nil
			}
			out = append(out, GapEntry{Question: string(k), Count: r.Count, Last: r.Last, Kinds: r.Kinds, Roles: r.Roles})
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", b.path, err)
	}
	return out, nil
}

func (b *boltBackend) status(context.Context) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.lastErr != nil {
		return fmt.Errorf("state: %w", b.lastErr)
	}
	return nil
}

// close waits for pending batches; later operations return errClosed.
func (b *boltBackend) close() error {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	b.wg.Wait()
	return nil
}
