package state

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// redisPrefix starts every key rolebot writes, so it can share a Redis.
const redisPrefix = "rolebot:"

// redisGapsIndex is the sorted set of gap hash ids, scored by the time last
// asked (unix ms).
const redisGapsIndex = redisPrefix + "gaps"

// redisOpTimeout bounds one command: a LAN round trip takes well under a
// millisecond, and past this an event waiting on dedupe is better served
// from memory.
const redisOpTimeout = 500 * time.Millisecond

// redisDialTimeout bounds one connection attempt; go-redis's default (5 s,
// retried 5 times) would hold events for half a minute during an outage.
const redisDialTimeout = time.Second

// redisRetryAfter is how long after a failure operations skip Redis and go
// straight to memory, so an outage costs one failed dial a second rather
// than one per event; it is also how soon a returning Redis is used again.
const redisRetryAfter = time.Second

// warnEvery is the least time between two warnings of one kind: an outage
// is worth a line a minute, not one per event.
const warnEvery = time.Minute

// redisBackend keeps state in Redis, with claims falling back to memory
// while Redis is unreachable.
type redisBackend struct {
	rdb     *redis.Client
	addr    string // host:port, for messages; the URL may hold a password
	log     *slog.Logger
	gapsTTL time.Duration
	mem     *memClaims

	claimWarn  everyLimiter // "dedupe falls back to memory"
	dropWarn   everyLimiter // "gap or vote dropped"
	recallWarn everyLimiter // "follow-ups read on their own"

	mu        sync.Mutex
	downSince time.Time // zero while Redis answers
	retryAt   time.Time // skip Redis until then
}

// redisLogOnce routes go-redis's own log lines, which otherwise go to
// stderr once per failed dial, to the first Redis store's Logger.
var redisLogOnce sync.Once

// redisLog is go-redis's logger: its lines at Debug, since the store already
// warns (once a minute) about what they report.
type redisLog struct{ log *slog.Logger }

func (l redisLog) Printf(ctx context.Context, format string, v ...any) {
	l.log.DebugContext(ctx, "state: go-redis: "+fmt.Sprintf(format, v...))
}

func openRedis(ctx context.Context, url string, gapsTTL time.Duration, log *slog.Logger) (*redisBackend, error) {
	redisLogOnce.Do(func() { redis.SetLogger(redisLog{log}) })
	opt, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("state: REDIS_URL %s: %w", redactURL(url), err)
	}
	opt.DialTimeout = redisDialTimeout
	opt.DialerRetries = 1
	opt.ReadTimeout = redisOpTimeout
	opt.WriteTimeout = redisOpTimeout
	opt.PoolTimeout = redisOpTimeout
	opt.ContextTimeoutEnabled = true
	// No retries: a SET NX whose reply was lost would, retried, say "not
	// first" and the event would never be answered. Failing over to memory
	// errs toward answering twice instead.
	opt.MaxRetries = -1
	b := &redisBackend{
		rdb:        redis.NewClient(opt),
		addr:       opt.Addr,
		log:        log,
		gapsTTL:    gapsTTL,
		mem:        newMemClaims(),
		claimWarn:  everyLimiter{interval: warnEvery},
		dropWarn:   everyLimiter{interval: warnEvery},
		recallWarn: everyLimiter{interval: warnEvery},
	}
	if err := b.status(ctx); err != nil {
		if refused(err) {
			// Reachable, and saying no: waiting cannot fix a password.
			_ = b.rdb.Close()
			return nil, &RedisAuthError{Addr: b.addr, Reply: firstWord(err)}
		}
		log.Warn("state: redis not reachable yet; dedupe uses memory until it is", "addr", b.addr, "err", err)
	}
	return b, nil
}

// RedisAuthError is the error of Open when Redis refuses the user or the
// password of REDIS_URL: a wrong setting, which no retry fixes.
type RedisAuthError struct {
	Addr  string // host:port
	Reply string // Redis's error code: WRONGPASS, NOAUTH, NOPERM
}

func (e *RedisAuthError) Error() string {
	return fmt.Sprintf("state: redis at %s refused the user or password of REDIS_URL (%s)", e.Addr, e.Reply)
}

// refused reports whether Redis answered err to a client it does not let
// in: a wrong password, none given where one is needed, or a user without
// the right to run commands.
func refused(err error) bool {
	switch firstWord(err) {
	case "WRONGPASS", "NOAUTH", "NOPERM":
		return true
	}
	return strings.Contains(err.Error(), "AUTH <password> called without any password configured")
}

// firstWord is the first word of the reply Redis gave in err: its error
// code ("WRONGPASS"), or "" for an error that is no reply.
func firstWord(err error) string {
	var re redis.Error
	if !errors.As(err, &re) {
		return ""
	}
	w, _, _ := strings.Cut(strings.TrimSpace(re.Error()), " ")
	return w
}

// redactURL hides the password of a redis:// URL.
func redactURL(u string) string {
	scheme, rest, ok := strings.Cut(u, "://")
	if !ok {
		return "(unparsable URL)"
	}
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return u
	}
	user, _, _ := strings.Cut(rest[:at], ":")
	return scheme + "://" + user + ":xxxxx" + rest[at:]
}

// usable reports whether to try Redis at now.
func (b *redisBackend) usable(now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return !now.Before(b.retryAt)
}

// up notes a command that worked, logging the end of an outage.
func (b *redisBackend) up(now time.Time) {
	b.mu.Lock()
	since := b.downSince
	b.downSince, b.retryAt = time.Time{}, time.Time{}
	b.mu.Unlock()
	if !since.IsZero() {
		b.log.Info("state: redis reachable again", "addr", b.addr, "down_ms", now.Sub(since).Milliseconds())
	}
}

// down notes a failed command.
func (b *redisBackend) down(now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.downSince.IsZero() {
		b.downSince = now
	}
	b.retryAt = now.Add(redisRetryAfter)
}

// do runs fn against Redis with redisOpTimeout unless Redis is being
// skipped. It returns errSkipped, the caller's ctx error, or fn's error
// (which also marks Redis down).
func (b *redisBackend) do(ctx context.Context, fn func(ctx context.Context) error) error {
	now := time.Now()
	if !b.usable(now) {
		return errSkipped
	}
	cctx, cancel := context.WithTimeout(ctx, redisOpTimeout)
	err := fn(cctx)
	cancel()
	if err == nil {
		b.up(now)
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	b.down(now)
	return err
}

// errSkipped says Redis failed recently and was not tried.
var errSkipped = errors.New("redis failed less than a second ago; not tried")

// warn logs msg if its limiter allows.
func (b *redisBackend) warn(l *everyLimiter, msg string, err error) {
	if ok, n := l.allow(time.Now()); ok {
		b.log.Warn(msg, "addr", b.addr, "err", err, "suppressed", n)
	}
}

func (b *redisBackend) claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if b.mem.has(key, time.Now()) { // claimed from memory during an outage
		return false, nil
	}
	var first bool
	err := b.do(ctx, func(ctx context.Context) (err error) {
		first, err = b.rdb.SetNX(ctx, redisPrefix+"claim:"+key, 1, ttl).Result()
		return err
	})
	if err == nil {
		return first, nil
	}
	if ctx.Err() != nil {
		return false, err
	}
	b.warn(&b.claimWarn, "state: redis unreachable; dedupe falls back to this process's memory", err)
	return b.mem.claim(key, ttl, time.Now()), nil
}

func (b *redisBackend) release(ctx context.Context, key string) error {
	b.mem.release(key)
	err := b.do(ctx, func(ctx context.Context) error {
		return b.rdb.Del(ctx, redisPrefix+"claim:"+key).Err()
	})
	if err != nil && ctx.Err() == nil {
		b.warn(&b.claimWarn, "state: redis unreachable; dedupe falls back to this process's memory", err)
		return nil // the claim expires by itself
	}
	return err
}

func (b *redisBackend) vote(ctx context.Context, answerID string, up bool) (first, standing bool, err error) {
	v := "down"
	if up {
		v = "up"
	}
	key := redisPrefix + "vote:" + answerID
	standing = up
	err = b.do(ctx, func(ctx context.Context) (err error) {
		if first, err = b.rdb.SetNX(ctx, key, v, b.gapsTTL).Result(); err != nil || first {
			return err
		}
		// A vote stands: which? (Gone since, it is the one just cast.)
		old, err := b.rdb.Get(ctx, key).Result()
		if err == nil {
			standing = old == "up"
		}
		return nil
	})
	if err == nil {
		return first, standing, nil
	}
	if ctx.Err() != nil {
		return false, up, err
	}
	b.warn(&b.dropWarn, "state: redis unreachable; votes and gaps are dropped", err)
	return true, up, nil
}

// gapID is the id of a gap's hash: a hash of its text, so keys stay short.
func gapID(norm string) string {
	sum := sha256.Sum256([]byte(norm))
	return hex.EncodeToString(sum[:16])
}

// recordGap adds to the hash rolebot:gap:<id> (fields q, n, roles, and
// kind:<kind>) and scores <id> in rolebot:gaps by time last asked. Both
// expire GapsTTL after the newest gap.
func (b *redisBackend) recordGap(ctx context.Context, norm string, g Gap) error {
	id := gapID(norm)
	key := redisPrefix + "gap:" + id
	now := time.Now()
	life := g.At.Add(b.gapsTTL).Sub(now)
	fields := []any{"q", norm, "kind:" + string(g.Kind), "1"}
	if len(g.Roles) > 0 {
		fields = append(fields, "roles", strings.Join(g.Roles, ","))
	}
	err := b.do(ctx, func(ctx context.Context) error {
		_, err := b.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.HIncrBy(ctx, key, "n", 1)
			p.HSet(ctx, key, fields...)
			p.ZAddGT(ctx, redisGapsIndex, redis.Z{Score: float64(g.At.UnixMilli()), Member: id})
			p.ZRemRangeByScore(ctx, redisGapsIndex, "-inf", strconv.FormatInt(now.Add(-b.gapsTTL).UnixMilli(), 10))
			for _, k := range []string{key, redisGapsIndex} {
				// A new key has no TTL, which GT treats as infinite: NX sets
				// it, GT only ever lengthens it. PEXPIRE: EXPIRE has seconds.
				p.Do(ctx, "pexpire", k, life.Milliseconds(), "nx")
				p.Do(ctx, "pexpire", k, life.Milliseconds(), "gt")
			}
			return nil
		})
		return err
	})
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return err
	}
	b.warn(&b.dropWarn, "state: redis unreachable; votes and gaps are dropped", err)
	return nil
}

func (b *redisBackend) gaps(ctx context.Context, now time.Time) ([]GapEntry, error) {
	var out []GapEntry
	err := b.do(ctx, func(ctx context.Context) error {
		ids, err := b.rdb.ZRangeByScoreWithScores(ctx, redisGapsIndex, &redis.ZRangeBy{
			Min: "(" + strconv.FormatInt(now.Add(-b.gapsTTL).UnixMilli(), 10),
			Max: "+inf",
		}).Result()
		if err != nil {
			return fmt.Errorf("zrange %s: %w", redisGapsIndex, err)
		}
		cmds, err := b.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for _, z := range ids {
				p.HGetAll(ctx, redisPrefix+"gap:"+z.Member.(string))
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("read %d gaps: %w", len(ids), err)
		}
		for i, c := range cmds {
			h := c.(*redis.MapStringStringCmd).Val()
			if len(h) == 0 { // expired since
				continue
			}
			out = append(out, gapFromHash(h, time.UnixMilli(int64(ids[i].Score))))
		}
		return nil
	})
	if errors.Is(err, errSkipped) {
		err = fmt.Errorf("redis unreachable at %s: %w", b.addr, err)
	}
	return out, err
}

func gapFromHash(h map[string]string, last time.Time) GapEntry {
	e := GapEntry{Question: h["q"], Last: last}
	e.Count, _ = strconv.Atoi(h["n"])
	if r := h["roles"]; r != "" {
		e.Roles = strings.Split(r, ",")
	}
	for f := range h {
		if k, ok := strings.CutPrefix(f, "kind:"); ok {
			e.Kinds = addKind(e.Kinds, GapKind(k))
		}
	}
	return e
}

func (b *redisBackend) status(ctx context.Context) error {
	cctx, cancel := context.WithTimeout(ctx, redisOpTimeout)
	defer cancel()
	now := time.Now()
	if err := b.rdb.Ping(cctx).Err(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		b.down(now)
		return fmt.Errorf("state: redis unreachable at %s: %w", b.addr, err)
	}
	b.up(now)
	return nil
}

func (b *redisBackend) close() error {
	if err := b.rdb.Close(); err != nil {
		return fmt.Errorf("state: close redis %s: %w", b.addr, err)
	}
	return nil
}
