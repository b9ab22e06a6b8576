package main

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rolebot/rolebot/internal/slackfake"
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
	editCRO(t, dir)
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

// serve, run for real against the fake Slack, reloads an edited corpus
// folder and counts the reload in its metrics.
func TestServeReloadMetrics(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, filepath.Join("..", "..", "corpus", "testdata", "draft"), dir)
	fake := slackfake.New(t)
	env := serveSettings(t, map[string]string{
		"SLACK_APP_TOKEN": slackfake.AppToken, "SLACK_BOT_TOKEN": slackfake.BotToken, "SLACK_API_URL": fake.URL,
		"METRICS_ADDR": "127.0.0.1:0", "CORPUS_DIR": dir, "INDEX_DIR": t.TempDir(),
	})
	stderr, _ := startServeOpen(t, env, openLiveAnswerer)
	base := opsURL(t, stderr)
	fake.WaitConnected(1)
	waitHealth(t, base, http.StatusOK, "")
	editCRO(t, dir)
	m := scrapeWhen(t, base, func(m map[string]float64) bool { return m[`rolebot_corpus_reloads_total{result="ok"}`] == 1 })
	if m[`rolebot_corpus_passages`] != 14 {
		t.Errorf("passages after the reload: %v, want 14", m[`rolebot_corpus_passages`])
	}
	if !strings.Contains(stderr.String(), `msg="corpus reloaded" cause=change articles=3 passages=14`) {
		t.Errorf("no reload line in the log:\n%s", stderr)
	}
}

// A reload reads the folder as the first open does: a symlink that leads
// outside it is skipped, its target never read.
func TestServeReloadKeepsSymlinksOut(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	copyDir(t, filepath.Join("..", "..", "corpus", "testdata", "draft"), dir)
	secret := filepath.Join(outside, "secret.md")
	if err := os.WriteFile(secret, []byte("# Secret\n\nThe zeppelin budget is held by the chief zeppelin officer.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(dir, "articles", "secret.md")); err != nil {
		t.Fatal(err)
	}
	reloads := make(chan reload.Result, 10)
	a, st, closeFn, err := openLiveAnswerer(context.Background(), engineOptions{
		CorpusDir: dir, IndexDir: t.TempDir(), OnReload: func(r reload.Result) { reloads <- r }})
	if err != nil {
		t.Fatal(err)
	}
	defer closeFn()
	if st.Articles != 3 {
		t.Fatalf("%d articles at start, want 3 (the symlink skipped)", st.Articles)
	}
	editCRO(t, dir)
	select {
	case r := <-reloads:
		if r.Err != nil || r.Articles != 3 {
			t.Errorf("reload %+v, want 3 articles (the symlink still skipped)", r)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no reload within 20 s")
	}
	if ans, err := a.Answer(context.Background(), "who holds the zeppelin budget?"); err != nil || len(ans.Excerpts) > 0 && strings.Contains(ans.Excerpts[0].Text, "zeppelin") {
		t.Errorf("after a reload the target outside the folder was read (err %v)", err)
	}
}

// editCRO adds to the CRO's article of the draft corpus in dir a line about
// the quasar accounts programme, which no other article has.
func editCRO(t *testing.T, dir string) {
	t.Helper()
	path := filepath.Join(dir, "articles", "cro.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(data, "\n\nSome CROs also run the quasar accounts programme.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
}
