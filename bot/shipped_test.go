package bot

import (
	"context"
	"io/fs"
	"os"
	"sync"
	"testing"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/role"
)

var (
	shippedOnce   sync.Once
	shippedEngine *Engine
	shippedErr    error
	shippedDir    string
)

// shipped returns an Engine over the embedded corpus, with its index on
// disk in a temporary folder, built once per test binary.
func shipped(t testing.TB) *Engine {
	t.Helper()
	shippedOnce.Do(func() {
		shippedDir, shippedErr = os.MkdirTemp("", "rolebot-bot-test-")
		if shippedErr == nil {
			shippedEngine, shippedErr = openEngine(context.Background(), corpus.Embedded(), shippedDir)
		}
	})
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shippedEngine
}

// openEngine loads a corpus and opens (or builds) its index under dir.
func openEngine(ctx context.Context, fsys fs.FS, dir string) (*Engine, error) {
	c, err := corpus.Load(fsys)
	if err != nil {
		return nil, err
	}
	det := role.New(c.Cards)
	ps := c.Passages()
	idx, _, err := index.Open(ctx, dir, index.Fingerprint(c.Fingerprint), func() []index.Passage {
		return index.PassagesOf(ps, det.Roles)
	}, index.Options{})
	if err != nil {
		return nil, err
	}
	return NewEngine(c, idx, det), nil
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shippedEngine != nil {
		shippedEngine.Close()
	}
	if shippedDir != "" {
		os.RemoveAll(shippedDir)
	}
	os.Exit(code)
}
