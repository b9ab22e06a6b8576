package state

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
	bolt "go.etcd.io/bbolt"
)

// The last question of a conversation (a Slack thread), which its
// follow-ups are read with: kept by key for a TTL the caller gives, in
// either backend.

// MaxRememberLen is the most bytes of a value Remember keeps.
const MaxRememberLen = 2048

// Remember keeps value under key for ttl, replacing what was there: the
// question a Slack thread last asked, which its follow-ups are read with.
// A value longer than MaxRememberLen is cut there. During a Redis outage
// nothing is kept and no error is returned (a follow-up is then read on
// its own).
func (s *Store) Remember(ctx context.Context, key, value string, ttl time.Duration) error {
	if err := s.usable(ctx); err != nil {
		return err
	}
	if err := checkKey("remember key", key); err != nil {
		return err
	}
	if ttl <= 0 {
		return fmt.Errorf("state: remember %q: ttl %v is not positive", key, ttl)
	}
	if len(value) > MaxRememberLen {
		cut := MaxRememberLen
		for cut > 0 && !utf8RuneStart(value[cut]) {
			cut--
		}
		value = value[:cut]
	}
	if err := s.be.remember(ctx, key, value, ttl); err != nil {
		return fmt.Errorf("state: remember %q: %w", key, err)
	}
	return nil
}

// Recall returns what Remember kept under key, or "" when nothing is (or
// it expired, or Redis is unreachable).
func (s *Store) Recall(ctx context.Context, key string) (string, error) {
	if err := s.usable(ctx); err != nil {
		return "", err
	}
	if err := checkKey("remember key", key); err != nil {
		return "", err
	}
	v, err := s.be.recall(ctx, key)
	if err != nil {
		return "", fmt.Errorf("state: recall %q: %w", key, err)
	}
	return v, nil
}

func (b *redisBackend) remember(ctx context.Context, key, value string, ttl time.Duration) error {
	err := b.do(ctx, func(ctx context.Context) error {
		return b.rdb.Set(ctx, redisPrefix+"recall:"+key, value, ttl).Err()
	})
	if err != nil && ctx.Err() == nil {
		b.warn(&b.recallWarn, "state: redis unreachable; follow-ups are read on their own", err)
		return nil
	}
	return err
}

func (b *redisBackend) recall(ctx context.Context, key string) (string, error) {
	var v string
	err := b.do(ctx, func(ctx context.Context) (err error) {
		v, err = b.rdb.Get(ctx, redisPrefix+"recall:"+key).Result()
		if errors.Is(err, redis.Nil) {
			v, err = "", nil
		}
		return err
	})
	if err != nil && ctx.Err() == nil {
		b.warn(&b.recallWarn, "state: redis unreachable; follow-ups are read on their own", err)
		return "", nil
	}
	return v, err
}

func (b *boltBackend) remember(ctx context.Context, key, value string, ttl time.Duration) error {
	return b.update(ctx, func(tx *bolt.Tx, now time.Time) error {
		return tx.Bucket(bucketRecall).Put([]byte(key), expiry(now.Add(ttl), []byte(value)...))
	})
}

func (b *boltBackend) recall(ctx context.Context, key string) (string, error) {
	var v string
	err := b.view(ctx, func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucketRecall)
		if bk == nil { // a file of an older rolebot, not written to since
			return nil
		}
		if got := bk.Get([]byte(key)); unexpired(got, time.Now()) {
			v = string(got[8:])
		}
		return nil
	})
	return v, err
}
