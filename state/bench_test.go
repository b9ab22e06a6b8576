package state

import (
	"context"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkClaim measures one Claim of a new key: serially (one event at a
// time) and in parallel (many events in flight; bbolt batches them).
func BenchmarkClaim(b *testing.B) {
	for _, name := range backendNames {
		e := newEnv(b, name)
		s := e.open(b, Config{})
		ctx := context.Background()
		var n atomic.Int64
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Claim(ctx, "Ev"+strconv.FormatInt(n.Add(1), 10), time.Hour); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"-parallel", func(b *testing.B) {
			b.SetParallelism(25) // 50 in flight on 2 CPUs, as the load test
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := s.Claim(ctx, "Ev"+strconv.FormatInt(n.Add(1), 10), time.Hour); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

// BenchmarkBoltLongLived is what Claim on bbolt would cost if serve kept
// the file open (and `rolebot gaps` locked out): the price of opening per
// batch is BenchmarkClaim/bolt minus this.
func BenchmarkBoltLongLived(b *testing.B) {
	db, err := bolt.Open(filepath.Join(b.TempDir(), fileName), 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var n int
	for b.Loop() {
		n++
		err := db.Update(func(tx *bolt.Tx) error {
			bk, err := tx.CreateBucketIfNotExists(bucketClaims)
			if err != nil {
				return err
			}
			k := []byte("Ev" + strconv.Itoa(n))
			if unexpired(bk.Get(k), time.Now()) {
				return nil
			}
			return bk.Put(k, expiry(time.Now().Add(time.Hour)))
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGaps reads 200 gaps, as `rolebot gaps` or the Home tab would.
func BenchmarkGaps(b *testing.B) {
	for _, name := range backendNames {
		e := newEnv(b, name)
		s := e.open(b, Config{})
		ctx := context.Background()
		for i := range 200 {
			if err := s.RecordGap(ctx, Gap{Question: "question " + strconv.Itoa(i), Roles: []string{"cto"}, Kind: GapNoMatch}); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Gaps(ctx, time.Now()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
