package bot

// Benchmarks of the answering engine, each beside a plain Bleve baseline
// over the same passages so that the ratio is measured in one run:
//
//	go test ./bot -run '^$' -bench . -benchtime 2s
//
// The generated corpus (2,000 articles, about 12,000 passages) takes some
// seconds to index.

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/role"
)

// benchQuestions are the evaluation questions, asked in turn.
func benchQuestions(b *testing.B) []string {
	var qs []string
	for _, c := range loadEval(b, "testdata/eval.yaml") {
		qs = append(qs, c.Q)
	}
	return qs
}

// plainIndex builds the baseline: Bleve's default mapping, one document per
// passage, indexed in batches of 1,000, on disk.
func plainIndex(b *testing.B, dir string, ps []corpus.Passage) bleve.Index {
	b.Helper()
	idx, err := bleve.NewUsing(dir, bleve.NewIndexMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		b.Fatal(err)
	}
	batch := idx.NewBatch()
	for i, p := range ps {
		if err := batch.Index(p.ID, map[string]any{"text": p.Text}); err != nil {
			b.Fatal(err)
		}
		if batch.Size() == 1000 || i == len(ps)-1 {
			if err := idx.Batch(batch); err != nil {
				b.Fatal(err)
			}
			batch.Reset()
		}
	}
	return idx
}

// plainQuery is the baseline question: one MatchQuery with highlighting.
func plainQuery(b *testing.B, idx bleve.Index, q string) {
	req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(q), 10, 0, false)
	req.Highlight = bleve.NewHighlight()
	if _, err := idx.Search(req); err != nil {
		b.Fatal(err)
	}
}

type benchCorpus struct {
	name string
	c    *corpus.Corpus
}

var (
	genOnce sync.Once
	genC    *corpus.Corpus
	genErr  error
)

// generated returns a corpus of n articles written from the sentences of
// the shipped one, shuffled with a fixed seed, loaded from files on disk.
func generated(b *testing.B, n int) *corpus.Corpus {
	genOnce.Do(func() {
		dir, err := os.MkdirTemp("", "rolebot-gen-")
		if err != nil {
			genErr = err
			return
		}
		os.MkdirAll(filepath.Join(dir, "articles"), 0o755)
		os.MkdirAll(filepath.Join(dir, "roles"), 0o755)
		// The shipped articles and cards, so the cards' sources resolve.
		for _, sub := range []string{"articles", "roles"} {
			entries, _ := os.ReadDir(filepath.Join("..", "corpus", sub))
			for _, e := range entries {
				data, _ := os.ReadFile(filepath.Join("..", "corpus", sub, e.Name()))
				os.WriteFile(filepath.Join(dir, sub, e.Name()), data, 0o644)
			}
		}
		// The generated articles, written as in the flat-folder benchmark.
		if genErr = writeFlat(filepath.Join(dir, "articles"), n); genErr != nil {
			return
		}
		genC, genErr = corpus.Load(os.DirFS(dir))
		os.RemoveAll(dir)
	})
	if genErr != nil {
		b.Fatal(genErr)
	}
	return genC
}

func benchCorpora(b *testing.B) []benchCorpus {
	shippedC, err := corpus.Load(corpus.Embedded())
	if err != nil {
		b.Fatal(err)
	}
	list := []benchCorpus{{name: "shipped", c: shippedC}}
	if !testing.Short() {
		list = append(list, benchCorpus{name: "2k-articles", c: generated(b, 2000)})
	}
	return list
}

// BenchmarkQuestion compares a question answered by the Engine (roles,
// intent, search, re-ranking, excerpts) with one plain Bleve MatchQuery
// with highlighting over the same passages.
func BenchmarkQuestion(b *testing.B) {
	qs := benchQuestions(b)
	for _, bc := range benchCorpora(b) {
		dir := b.TempDir()
		det := role.New(bc.c.Cards)
		ps := bc.c.Passages()
		idx, _, err := index.Open(context.Background(), dir, index.Fingerprint(bc.c.Fingerprint), func() []index.Passage {
			return index.PassagesOf(ps, det.Roles)
		}, index.Options{})
		if err != nil {
			b.Fatal(err)
		}
		e := New(bc.c, idx, det, Options{})
		plain := plainIndex(b, filepath.Join(b.TempDir(), "plain"), ps)
		b.Run(bc.name+"/engine", func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				if _, err := e.Answer(context.Background(), qs[i%len(qs)]); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(bc.name+"/plain-bleve", func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				plainQuery(b, plain, qs[i%len(qs)])
			}
		})
		// Each question through both in turn, so that a machine slowing
		// down or speeding up weighs on both sides alike: the ratio to
		// quote on a shared machine.
		b.Run(bc.name+"/paired", func(b *testing.B) {
			var engine, bleve time.Duration
			for i := 0; b.Loop(); i++ {
				q := qs[i%len(qs)]
				start := time.Now()
				if _, err := e.Answer(context.Background(), q); err != nil {
					b.Fatal(err)
				}
				mid := time.Now()
				plainQuery(b, plain, q)
				engine, bleve = engine+mid.Sub(start), bleve+time.Since(mid)
			}
			b.ReportMetric(float64(engine.Microseconds())/float64(b.N), "engine-µs")
			b.ReportMetric(float64(bleve.Microseconds())/float64(b.N), "bleve-µs")
			b.ReportMetric(float64(engine)/float64(bleve), "ratio")
		})
		e.Close()
		plain.Close()
	}
}

// BenchmarkBuild compares building rolebot's index (on disk, moved into
// place when complete) with plain batch indexing of the same passages.
// articles/s is the figure to compare.
func BenchmarkBuild(b *testing.B) {
	for _, bc := range benchCorpora(b) {
		det := role.New(bc.c.Cards)
		ps := bc.c.Passages()
		articles := float64(len(bc.c.Articles))
		b.Run(bc.name+"/rolebot", func(b *testing.B) {
			for b.Loop() {
				dir := b.TempDir()
				idx, _, err := index.Open(context.Background(), dir, index.Fingerprint(bc.c.Fingerprint), func() []index.Passage {
					return index.PassagesOf(ps, det.Roles)
				}, index.Options{})
				if err != nil {
					b.Fatal(err)
				}
				idx.Close()
			}
			b.ReportMetric(articles*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
		b.Run(bc.name+"/plain-bleve", func(b *testing.B) {
			for b.Loop() {
				plainIndex(b, filepath.Join(b.TempDir(), "plain"), ps).Close()
			}
			b.ReportMetric(articles*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkStartup measures what every process start costs once the index
// exists: loading the embedded corpus and reopening the index.
func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	e, err := Open(context.Background(), corpus.Embedded(), dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	e.Close()
	for b.Loop() {
		e, err := Open(context.Background(), corpus.Embedded(), dir, Options{})
		if err != nil {
			b.Fatal(err)
		}
		e.Close()
	}
}

// BenchmarkAskProcess runs the rolebot binary: `rolebot ask` on an index
// that is already built, from process start to the answer printed.
func BenchmarkAskProcess(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "rolebot")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/rolebot").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	dir := b.TempDir()
	ask := func() {
		out, err := exec.Command(bin, "ask", "--index", dir, "difference between CTO and CIO").CombinedOutput()
		if err != nil || !strings.Contains(string(out), "CIO") {
			b.Fatalf("ask: %v\n%s", err, out)
		}
	}
	ask() // builds the index
	var worst time.Duration
	for b.Loop() {
		start := time.Now()
		ask()
		worst = max(worst, time.Since(start))
	}
	b.ReportMetric(float64(worst.Milliseconds()), "worst-ms")
}

// BenchmarkReadQuestion measures reading a question for its intent and
// the kinds of heading it asks for: the regular expressions every
// question runs.
func BenchmarkReadQuestion(b *testing.B) {
	qs := benchQuestions(b)
	for i := 0; b.Loop(); i++ {
		q := qs[i%len(qs)]
		detectIntent(q, q, 1)
		questionKinds(IntentSearch, q)
		aboutAll(q)
	}
}

// BenchmarkCorrect: typo correction of a question with a slip in an
// ordinary word, and of one whose only word is 1,000 letters long (no
// English word: no edits are tried).
func BenchmarkCorrect(b *testing.B) {
	e := shipped(b)
	for _, bc := range []struct{ name, q string }{
		{"typo", "whats the diffrence between the cto and cio"},
		{"long-word", strings.Repeat("abcdefghij", 100)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				e.correct(context.Background(), bc.q)
			}
		})
	}
}
