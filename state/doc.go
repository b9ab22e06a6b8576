// Package state keeps what rolebot must remember beyond one process: event
// dedupe keys, feedback votes, gaps (questions that found nothing or whose
// answer was voted down), and the last question of each Slack thread, which
// its follow-ups are read with.
//
// # What is stored, and for how long
//
//   - Claim keys (Slack event ids, "this button press was handled") with the
//     TTL the caller gives; nothing else.
//   - One vote per answer id ("up" or "down"), kept for Config.GapsTTL.
//   - Per gap: the question text (normalized: lower case, spaces collapsed,
//     trailing punctuation dropped, at most [MaxQuestionLen] bytes), a count,
//     the time last asked, its kinds and the roles it named; kept until
//     Config.GapsTTL has passed since it was last asked. No user ids.
//   - Per conversation key (a Slack channel and thread, no user id) the
//     last question it asked, with the TTL the caller gives
//     ([Store.Remember]).
//
// # Backends
//
// With Config.RedisURL set, state lives in Redis under keys starting with
// "rolebot:", so any number of replicas share it: Claim is one SET NX PX, a
// vote is a SET NX, a remembered question a SET EX, and a gap is a hash per
// question plus one sorted set indexing them by time last asked; every key
// carries a Redis TTL. If Redis cannot be reached, Claim falls back to an
// in-memory map (bounded, with TTLs) so that answers keep flowing; one
// warning a minute is logged at most, gaps, votes and remembered questions
// are dropped (also logged once a minute), and Redis is tried again a second
// later (redisRetryAfter); go-redis redials by itself.
//
// Without it, state lives in one bbolt file, Dir/state.db.
//
// # Why bbolt, opened per operation
//
// bbolt is already a dependency (through Bleve), is pure Go and keeps one
// file. Its cost is the lock: a read-write open takes an exclusive flock for
// as long as the file stays open, so a long-lived `rolebot serve` would lock
// `rolebot gaps` (and a restarted serve that overlaps the old one) out. The
// Store therefore opens the file for each batch of work and closes it
// straight after, and another process that finds it held waits up to
// 2 s (lockTimeout). Operations that arrive while a batch is being written join
// the next batch: one open and one commit for all of them (group commit).
// Readers ([Store.Gaps], [Store.Recall]) open the file read-only under a shared lock and
// never create it. Expired keys and gaps are filtered on read and deleted by
// the writer at most once a minute (pruneEvery).
//
// Measured (BenchmarkClaim, BenchmarkBoltLongLived; 2 CPUs, local disk): a
// lone Claim costs 0.47 ms, of which 0.41 ms is bbolt's commit and fsync
// itself (a file kept open costs that much), so opening per batch adds about
// 60 µs; with 50 claims in flight each costs 27 µs. The lock is held for
// well under a millisecond at a time, which is what lets `rolebot gaps` read
// beside a busy serve. Two serve processes may share one Dir (dedupe stays
// exact), but bbolt polls a held lock every 50 ms, so replicas should use
// Redis.
//
// SQLite in WAL mode would allow concurrent readers without the open/close
// but needs cgo or a large pure-Go port; a socket to the running serve would
// leave `rolebot gaps` blind when serve is down.
package state
