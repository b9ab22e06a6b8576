package state

import (
	"context"
	"log/slog"
	"sync"
	"testing"

	"github.com/rolebot/rolebot/internal/redistest"
)

// env is one place state lives, shared by every Store a test opens on it,
// as replicas or restarts would share it.
type env struct {
	name  string
	redis *redistest.Server // nil for bbolt
	dir   string
}

// backendNames are the backends every shared test runs on.
var backendNames = []string{"bolt", "redis"}

func newEnv(t testing.TB, name string) *env {
	t.Helper()
	e := &env{name: name}
	switch name {
	case "bolt":
		e.dir = t.TempDir()
	case "redis":
		e.redis = redistest.Start(t)
	default:
		t.Fatalf("unknown backend %q", name)
	}
	return e
}

// open opens a Store on e with cfg's other settings; it is closed when t ends.
func (e *env) open(t testing.TB, cfg Config) *Store {
	t.Helper()
	if e.redis != nil {
		cfg.RedisURL = e.redis.URL()
	} else {
		cfg.Dir = e.dir
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Open(%s): %v", e.name, err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// forEachBackend runs test once per backend, each with a fresh env.
func forEachBackend(t *testing.T, test func(t *testing.T, e *env)) {
	for _, name := range backendNames {
		t.Run(name, func(t *testing.T) { test(t, newEnv(t, name)) })
	}
}

// logRecorder is a slog.Handler that keeps what is logged.
type logRecorder struct {
	mu      sync.Mutex
	records []slog.Record
}

func (h *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (h *logRecorder) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *logRecorder) WithGroup(string) slog.Handler            { return h }
func (h *logRecorder) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.records = append(h.records, r)
	return nil
}

// count returns how many records at level were logged.
func (h *logRecorder) count(level slog.Level) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, r := range h.records {
		if r.Level == level {
			n++
		}
	}
	return n
}

func (h *logRecorder) messages() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for _, r := range h.records {
		out = append(out, r.Level.String()+" "+r.Message)
	}
	return out
}
