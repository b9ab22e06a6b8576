package reload

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/rolebot/rolebot/bot"
)

// fixture is a small corpus: an article about a Chief Revenue Officer with
// no card, and a CFO and a CMO.
const fixture = "../corpus/testdata/draft"

// newText is a paragraph that the tests add to the CRO article, and the
// question that finds it.
const (
	newText  = "Some CROs also run the quasar accounts programme, which looks after the largest customers."
	question = "what does a CRO do with quasar accounts?"
)

// copyTree copies the folder from into a new temporary folder.
func copyTree(t testing.TB, from string) string {
	t.Helper()
	to := t.TempDir()
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
	return to
}

// save writes a file as editors do: a temporary file renamed over the old.
func save(t testing.TB, path, text string) {
	t.Helper()
	tmp := filepath.Join(filepath.Dir(path), ".save-"+filepath.Base(path))
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// appendParagraph saves the article at path with a paragraph added at the
// end of its text.
func appendParagraph(t testing.TB, path, para string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	save(t, path, strings.TrimRight(string(data), "\n")+"\n\n"+para+"\n")
}

// live is an Engine over a corpus folder, running, with its reloads and
// its log.
type live struct {
	*Engine
	dir     string
	reloads chan Result
	log     *syncBuffer
}

func startLive(t testing.TB, dir string, debounce time.Duration) *live {
	t.Helper()
	idx := t.TempDir()
	open := func(ctx context.Context) (*bot.Engine, error) {
		return bot.Open(ctx, os.DirFS(dir), idx, bot.Options{})
	}
	e, err := open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	l := &live{dir: dir, reloads: make(chan Result, 100), log: &syncBuffer{}}
	l.Engine = New(e, open, Options{Dir: dir, IgnoreDir: idx, Debounce: debounce,
		Logger:   slog.New(slog.NewTextHandler(l.log, nil)),
		OnReload: func(r Result) { l.reloads <- r }})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = l.Run(ctx)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		_ = l.Close()
	})
	<-l.ready
	return l
}

func (l *live) next(t testing.TB) Result {
	t.Helper()
	select {
	case r := <-l.reloads:
		return r
	case <-time.After(20 * time.Second):
		t.Fatalf("no reload within 20 s; log:\n%s", l.log)
	}
	return Result{}
}

func quotes(a bot.Answer, text string) bool {
	for _, x := range a.Excerpts {
		if strings.Contains(x.Text, text) {
			return true
		}
	}
	return false
}

// Questions asked all through a reload are all answered, from the old
// corpus until the swap and from the new one after it; the old engine is
// closed once its answers are done.
func TestReloadWhileAnswering(t *testing.T) {
	l := startLive(t, copyTree(t, fixture), 100*time.Millisecond)
	var (
		stop              atomic.Bool
		swapped           atomic.Bool
		errs, n, old, new atomic.Int64
		stale             atomic.Int64 // old answers to questions asked after the swap
		wg                sync.WaitGroup
	)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				after := swapped.Load()
				a, err := l.Answer(context.Background(), question)
				n.Add(1)
				switch {
				case err != nil:
					errs.Add(1)
				case quotes(a, "quasar"):
					new.Add(1)
				case after:
					stale.Add(1)
				default:
					old.Add(1)
				}
			}
		}()
	}
	time.Sleep(200 * time.Millisecond)
	appendParagraph(t, filepath.Join(l.dir, "articles", "cro.md"), newText)
	r := l.next(t)
	swapped.Store(true)
	time.Sleep(300 * time.Millisecond)
	stop.Store(true)
	wg.Wait()

	t.Logf("%d answers: %d old, %d new; reload took %v", n.Load(), old.Load(), new.Load(), r.Took)
	if r.Err != nil || r.Cause != "change" || r.Articles != 3 {
		t.Fatalf("reload %+v", r)
	}
	if errs.Load() > 0 {
		t.Errorf("%d of %d answers failed", errs.Load(), n.Load())
	}
	if old.Load() == 0 || new.Load() == 0 {
		t.Errorf("answers: %d from the old corpus, %d from the new; want both", old.Load(), new.Load())
	}
	if stale.Load() > 0 {
		t.Errorf("%d questions asked after the swap were answered from the old corpus", stale.Load())
	}
	if got := l.retired.Load(); got != 1 {
		t.Errorf("%d engines closed after the swap, want 1", got)
	}
	if !strings.Contains(l.log.String(), "corpus reloaded") || !strings.Contains(l.log.String(), "articles=3") {
		t.Errorf("log has no reload line:\n%s", l.log)
	}
}

// SIGHUP reloads a corpus folder, even a change the watcher never saw.
func TestReloadOnSIGHUP(t *testing.T) {
	l := startLive(t, copyTree(t, fixture), time.Hour) // changes never reload in time
	appendParagraph(t, filepath.Join(l.dir, "articles", "cro.md"), newText)
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	if r := l.next(t); r.Err != nil || r.Cause != "signal" {
		t.Fatalf("reload %+v", r)
	}
	a, err := l.Answer(context.Background(), question)
	if err != nil || !quotes(a, "quasar") {
		t.Errorf("answer after SIGHUP does not quote the new text (err %v)", err)
	}
}

// The embedded corpus never reloads: SIGHUP is logged and ignored.
func TestEmbeddedNeverReloads(t *testing.T) {
	e, err := bot.Open(context.Background(), os.DirFS(fixture), t.TempDir(), bot.Options{})
	if err != nil {
		t.Fatal(err)
	}
	log := &syncBuffer{}
	calls := atomic.Int64{}
	r := New(e, func(context.Context) (*bot.Engine, error) { calls.Add(1); return nil, nil },
		Options{Logger: slog.New(slog.NewTextHandler(log, nil))})
	defer r.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = r.Run(ctx) }()
	<-r.ready
	_ = syscall.Kill(os.Getpid(), syscall.SIGHUP)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(log.String(), "never reloads") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
	if calls.Load() != 0 || !strings.Contains(log.String(), "embedded corpus never reloads") {
		t.Errorf("%d reloads; log:\n%s", calls.Load(), log)
	}
}

// A broken article is skipped and named in the reload line; the rest of
// the change is served. So is a broken role card.
func TestReloadSkipsBrokenFile(t *testing.T) {
	l := startLive(t, copyTree(t, fixture), 100*time.Millisecond)
	save(t, filepath.Join(l.dir, "articles", "broken.md"), "\x00\x01\x02 not text")
	appendParagraph(t, filepath.Join(l.dir, "articles", "cro.md"), newText)
	r := l.next(t)
	if r.Err != nil || r.Skipped != 1 || r.Articles != 3 {
		t.Fatalf("reload %+v, want 3 articles and 1 skipped file", r)
	}
	if a, err := l.Answer(context.Background(), question); err != nil || !quotes(a, "quasar") {
		t.Errorf("the rest of the change is not served (err %v)", err)
	}
	if !strings.Contains(l.log.String(), "broken.md") {
		t.Errorf("log does not name the broken file:\n%s", l.log)
	}

	save(t, filepath.Join(l.dir, "roles", "bad.yaml"), "id: [not, an, id]\n")
	if r := l.next(t); r.Err != nil || r.Skipped != 2 {
		t.Fatalf("reload %+v, want the broken card skipped too", r)
	}
	if a, err := l.Answer(context.Background(), question); err != nil || !quotes(a, "quasar") {
		t.Errorf("after a broken card, the corpus does not answer (err %v)", err)
	}
	if !strings.Contains(l.log.String(), "bad.yaml") {
		t.Errorf("log does not name the broken card:\n%s", l.log)
	}
}

// A broken file added alone changes nothing that is served, but the log
// names it, as a warning, once; a SIGHUP that finds nothing new says so.
func TestReloadSaysBrokenFileAlone(t *testing.T) {
	l := startLive(t, copyTree(t, fixture), 100*time.Millisecond)
	save(t, filepath.Join(l.dir, "articles", "broken.md"), "\x00\x01\x02 not text")
	if r := l.next(t); r.Err != nil || r.Skipped != 1 {
		t.Fatalf("reload %+v, want 1 skipped file", r)
	}
	if log := l.log.String(); !strings.Contains(log, "level=WARN msg=\"corpus file skipped\" file=articles/broken.md") {
		t.Errorf("log does not warn of the broken file:\n%s", log)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	if r := l.next(t); r.Err != nil || r.Cause != "signal" || !r.Unchanged {
		t.Fatalf("reload %+v, want an unchanged corpus on SIGHUP", r)
	}
	log := l.log.String()
	if !strings.Contains(log, "level=INFO msg=\"corpus unchanged\" cause=signal") {
		t.Errorf("SIGHUP that changes nothing is not said:\n%s", log)
	}
	if n := strings.Count(log, "broken.md"); n != 1 {
		t.Errorf("the broken file is named %d times, want once:\n%s", n, log)
	}
}

// A folder made after Run started is watched too.
func TestReloadNewFolder(t *testing.T) {
	l := startLive(t, copyTree(t, fixture), 100*time.Millisecond)
	sub := filepath.Join(l.dir, "articles", "more")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	l.next(t) // the new folder is a change
	save(t, filepath.Join(sub, "x.md"), "# X\n\nText.\n")
	if r := l.next(t); r.Err != nil {
		t.Fatalf("reload %+v", r)
	}
}

// syncBuffer is a bytes.Buffer safe for concurrent use, for logs.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
