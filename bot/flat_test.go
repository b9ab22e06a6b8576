package bot

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rolebot/rolebot/corpus"
)

// userSlug is the user's own article.
const userSlug = "what-is-a-cto-cio"

// flatUser opens an engine over the user's article alone, copied into a
// flat folder with no cards and no sidecar: a new user's first try.
func flatUser(t *testing.T) *Engine {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "corpus", "articles", userSlug+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, userSlug+".txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return openFolder(t, dir)
}

// openFolder opens an Engine over a folder of articles, with its index in
// a temporary folder, closed when the test ends.
func openFolder(t *testing.T, dir string) *Engine {
	t.Helper()
	fsys, err := corpus.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return openFS(t, fsys)
}

// openFS opens an Engine over the articles of fsys, with its index in a
// temporary folder.
func openFS(t *testing.T, fsys fs.FS) *Engine {
	t.Helper()
	e, err := Open(context.Background(), fsys, t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// firstHolds reports whether an answer found something and its first
// excerpt holds text.
func firstHolds(a Answer, text string) bool {
	return !a.NoMatch && len(a.Excerpts) > 0 && strings.Contains(a.Excerpts[0].Text, text)
}

// answer answers q, failing the test on an error.
func answer(t *testing.T, e *Engine, q string) Answer {
	t.Helper()
	a, err := e.Answer(context.Background(), q)
	if err != nil {
		t.Fatalf("%q: %v", q, err)
	}
	return a
}

// The user's article alone answers the questions of the issue.
func TestFlatFolderAnswers(t *testing.T) {
	e := flatUser(t)
	for _, tc := range []struct{ q, contains string }{
		{"difference between CTO and CIO", "the CTO is the person in charge who is closer to the actual site"},
		{"what does CTO stand for", "CTO is an abbreviation for Chief Technical Officer"},
		{"what is a CKO", "CKO is the position to consider how to improve corporate value"},
		{"最高技術責任者とは", "CTO"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a, err := e.Answer(context.Background(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if a.NoMatch || rankOf(a, evalCase{Article: userSlug, Contains: tc.contains}) == 0 {
				t.Errorf("no excerpt holds %q: %+v", tc.contains, a)
			}
		})
	}
}

// TestFlatFolderQuality measures, on the questions of eval.yaml and
// heldout.yaml that the user's article answers, Recall@3 and MRR with the
// article alone in a flat folder against the shipped corpus. Only answers
// from the user's article count on both sides, so the figures compare.
func TestFlatFolderQuality(t *testing.T) {
	var cases, full []evalCase
	for _, f := range []string{"testdata/eval.yaml", "testdata/heldout.yaml"} {
		for _, c := range loadEval(t, f) {
			if c.Article != userSlug {
				continue
			}
			full = append(full, c)
			var also []evalPassage
			for _, p := range c.Also {
				if p.Article == userSlug {
					also = append(also, p)
				}
			}
			c.Also = also
			cases = append(cases, c)
		}
	}
	score := func(e *Engine, cases []evalCase) (r3, mrr float64) {
		e = e.WithExcerpts(10)
		for _, c := range cases {
			a, err := e.Answer(context.Background(), c.Q)
			if err != nil {
				t.Fatal(err)
			}
			r := rankOf(a, c)
			if r == 0 || r > 3 {
				t.Logf("miss (rank %d): %q", r, c.Q)
			}
			if r >= 1 && r <= 3 {
				r3++
			}
			if r > 0 {
				mrr += 1 / float64(r)
			}
		}
		n := float64(len(cases))
		return r3 / n, mrr / n
	}
	fr3, fmrr := score(flatUser(t), cases)
	// On the shipped corpus a passage of another article that answers as
	// well (the eval's "also") counts too.
	sr3, smrr := score(shipped(t), full)
	t.Logf("%d questions answered by %s: flat folder Recall@3 = %.3f MRR = %.3f; shipped corpus Recall@3 = %.3f MRR = %.3f",
		len(cases), userSlug, fr3, fmrr, sr3, smrr)
	// The target is Recall@3 ≥ 0.95; 0.897 is reached today (the
	// misses are ranking questions of issue 8). The floor catches a drop.
	if fr3 < 0.85 || fr3 < sr3 || fmrr < smrr {
		t.Errorf("flat folder: Recall@3 %.3f (want ≥ 0.85 and ≥ %.3f), MRR %.3f (want ≥ %.3f)", fr3, sr3, fmrr, smrr)
	}
}
