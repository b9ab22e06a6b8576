package bot

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/rolebot/rolebot/corpus"
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
			shippedEngine, shippedErr = Open(context.Background(), corpus.Embedded(), shippedDir, Options{})
		}
	})
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shippedEngine
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
