package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rolebot/rolebot/reload"
)

// serve answers with an engine that follows the corpus folder: an edited
// article is answered from without a restart, and the reload hook is called.
func TestServeAnswererReloads(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, filepath.Join("..", "..", "corpus", "testdata", "draft"), dir)
	reloads := make(chan reload.Result, 10)
	a, st, closeFn, err := openLiveAnswerer(context.Background(), engineOptions{
		CorpusDir: dir, IndexDir: t.TempDir(), OnReload: func(r reload.Result) { reloads <- r }})
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 3 {
		t.Errorf("%d articles, want 3", st.Articles)
	}
	path := filepath.Join(dir, "articles", "cro.md")
	data, _ := os.ReadFile(path)
	if err := os.WriteFile(path, append(data, "\n\nSome CROs also run the quasar accounts programme.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-reloads:
		if r.Err != nil || r.Took <= 0 {
			t.Errorf("reload %+v", r)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no reload within 20 s")
	}
	ans, err := a.Answer(context.Background(), "what does a CRO do with quasar accounts?")
	if err != nil || len(ans.Excerpts) == 0 || !strings.Contains(ans.Excerpts[0].Text, "quasar") {
		t.Errorf("answer after the edit does not quote it first (err %v): %+v", err, ans.Excerpts)
	}
	if err := closeFn(); err != nil {
		t.Error(err)
	}
	if _, err := a.Answer(context.Background(), "cro"); err == nil {
		t.Error("answered after close")
	}
}
