package bot

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// evalCase is one question of the evaluation set with the passage that
// answers it: the passage of Article whose text contains Contains. Also
// lists other passages that answer it just as well, where there are some.
type evalCase struct {
	Q        string        `yaml:"q"`
	Article  string        `yaml:"article"`
	Contains string        `yaml:"contains"`
	Also     []evalPassage `yaml:"also"`
}

type evalPassage struct {
	Article  string `yaml:"article"`
	Contains string `yaml:"contains"`
	// By is "annotator" for a passage a blind annotator added after the
	// set was first measured (one who read only the articles and the
	// questions): the set is measured with and without them.
	By string `yaml:"by"`
}

// asWritten returns the cases with only the answers their writer listed.
func asWritten(cases []evalCase) ([]evalCase, bool) {
	out := make([]evalCase, len(cases))
	added := false
	for i, c := range cases {
		out[i] = c
		out[i].Also = nil
		for _, p := range c.Also {
			if p.By == "" {
				out[i].Also = append(out[i].Also, p)
			} else {
				added = true
			}
		}
	}
	return out, added
}

func (c evalCase) answers() []evalPassage {
	return append([]evalPassage{{Article: c.Article, Contains: c.Contains}}, c.Also...)
}

func loadEval(t testing.TB, file string) []evalCase {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var cases []evalCase
	if err := yaml.Unmarshal(data, &cases); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return cases
}

// oneSpaced returns s with each run of white space, a line break of a
// wrapped paragraph or a no-break space, as one space: what a reader sees.
func oneSpaced(s string) string { return strings.Join(strings.Fields(s), " ") }

// rankOf returns the 1-based rank of the first answering passage among
// the excerpts, or 0 when none is there.
func rankOf(a Answer, c evalCase) int {
	for _, x := range a.Excerpts {
		for _, p := range c.answers() {
			if x.ArticleSlug == p.Article && strings.Contains(oneSpaced(x.Text), oneSpaced(p.Contains)) {
				return x.Rank
			}
		}
	}
	return 0
}

// TestRetrievalQuality reports Recall@1, Recall@3 and MRR (over the top 10)
// on the evaluation set, and fails below Recall@3 = 0.9. The held-out set,
// written apart from the tuning of the ranking, is measured too, with a
// floor that only catches a collapse.
func TestRetrievalQuality(t *testing.T) {
	for _, set := range []struct {
		file      string
		minCases  int
		minRecall float64
		heldOut   bool // report totals only: its misses must not guide the tuning
	}{
		{"testdata/eval.yaml", 40, 0.9, false},
		{"testdata/heldout.yaml", 30, 0.6, false},
		{"testdata/heldout-slack.yaml", 60, 0.6, false},
		{"testdata/tune-slack.yaml", 80, 0.6, false},
		{"testdata/heldout-slack-3.yaml", 80, 0.6, false},
		{"testdata/heldout-slack-4.yaml", 100, 0.6, false},
		{"testdata/heldout-slack-5.yaml", 100, 0.6, true},
		{"testdata/heldout-slack-6.yaml", 100, 0.6, false},
		{"testdata/heldout-slack-7.yaml", 100, 0.6, true},
		{"testdata/heldout-slack-8.yaml", 90, 0.6, true},
		{"testdata/tune-slack-9.yaml", 100, 0.6, false},
		{"testdata/heldout-slack-10.yaml", 100, 0.6, true},
		{"testdata/tune-slack-11.yaml", 100, 0.6, false},
		{"testdata/tune-slack-12.yaml", 100, 0.6, false},
		{"testdata/heldout-slack-13.yaml", 100, 0.6, true},
		{"testdata/tune-slack-14.yaml", 100, 0.6, false},
		{"testdata/tune-slack-15.yaml", 100, 0.6, false},
		{"testdata/heldout-slack-16.yaml", 100, 0.6, true},
		{"testdata/tune-slack-17.yaml", 100, 0.6, false},
		{"testdata/heldout-slack-18.yaml", 100, 0.6, true},
		{"testdata/heldout-slack-19.yaml", 100, 0.6, true},
		{"testdata/heldout-slack-20.yaml", 100, 0.6, true},
		{"testdata/tune-slack-21.yaml", 100, 0.6, false},
		{"testdata/tune-slack-22.yaml", 100, 0.6, false},
		{"testdata/heldout-slack-23.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-24.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-25.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-26.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-27.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-28.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-29.yaml", 90, 0.6, true},
		{"testdata/tune-slack-30.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-31.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-32.yaml", 90, 0.6, true},
		{"testdata/tune-slack-33.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-34.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-35.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-36.yaml", 90, 0.6, true},
		{"testdata/tune-slack-37.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-38.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-39.yaml", 90, 0.6, true},
		{"testdata/tune-slack-40.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-41.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-42.yaml", 90, 0.6, true},
		{"testdata/tune-slack-43.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-44.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-45.yaml", 90, 0.6, true},
		{"testdata/tune-slack-46.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-47.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-48.yaml", 90, 0.6, true},
		{"testdata/tune-slack-49.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-50.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-51.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-52.yaml", 90, 0.6, true},
		{"testdata/tune-slack-53.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-54.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-55.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-56.yaml", 90, 0.6, true},
		{"testdata/tune-slack-57.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-58.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-59.yaml", 90, 0.6, true},
		{"testdata/tune-slack-60.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-61.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-62.yaml", 90, 0.6, true},
		{"testdata/tune-slack-63.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-64.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-65.yaml", 90, 0.6, true},
		{"testdata/tune-slack-66.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-67.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-68.yaml", 90, 0.6, true},
		{"testdata/tune-slack-69.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-70.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-71.yaml", 90, 0.6, true},
		{"testdata/tune-slack-72.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-73.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-74.yaml", 90, 0.6, true},
		{"testdata/tune-slack-75.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-76.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-77.yaml", 90, 0.6, true},
		{"testdata/tune-slack-78.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-79.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-80.yaml", 90, 0.6, true},
		{"testdata/tune-slack-81.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-82.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-83.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-85.yaml", 90, 0.6, true},
		{"testdata/tune-slack-84.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-86.yaml", 90, 0.6, true},
		{"testdata/tune-slack-87.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-88.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-89.yaml", 90, 0.6, true},
		{"testdata/tune-slack-90.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-91.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-92.yaml", 90, 0.6, true},
		{"testdata/tune-slack-93.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-94.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-95.yaml", 90, 0.6, true},
		{"testdata/heldout-slack-96.yaml", 90, 0.6, true},
		{"testdata/tune-slack-97.yaml", 90, 0.6, false},
		{"testdata/heldout-slack-98.yaml", 90, 0.6, true},
	} {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(set.file, "testdata/"), ".yaml"), func(t *testing.T) {
			cases := loadEval(t, set.file)
			if len(cases) < set.minCases {
				t.Fatalf("%s has %d questions, want at least %d", set.file, len(cases), set.minCases)
			}
			if written, added := asWritten(cases); added {
				r1, r3, mrr := measure(t, written, false)
				t.Logf("as written, over %d questions of %s: Recall@1 = %.3f, Recall@3 = %.3f, MRR@10 = %.3f", len(cases), set.file, r1, r3, mrr)
			}
			r1, r3, mrr := measure(t, cases, !set.heldOut)
			t.Logf("retrieval over %d questions of %s: Recall@1 = %.3f, Recall@3 = %.3f, MRR@10 = %.3f", len(cases), set.file, r1, r3, mrr)
			if r3 < set.minRecall {
				t.Errorf("Recall@3 = %.3f, want at least %.2f", r3, set.minRecall)
			}
		})
	}
}

// measure asks every question and returns Recall@1, Recall@3 and MRR over
// the top 10. It logs each question whose answer is not in the top 3 when
// showMisses is set.
func measure(t *testing.T, cases []evalCase, showMisses bool) (r1, r3, mrr float64) {
	return measureOn(t, shipped(t), cases, showMisses)
}

// measureOn is measure on any engine (another corpus).
func measureOn(t *testing.T, e *Engine, cases []evalCase, showMisses bool) (r1, r3, mrr float64) {
	user := e.WithExcerpts(defaultExcerpts)
	e = e.WithExcerpts(10)
	for _, c := range cases {
		a, err := e.Answer(context.Background(), c.Q)
		if err != nil {
			t.Fatalf("%q: %v", c.Q, err)
		}
		// What is measured is what a user gets: the excerpts of a default
		// answer are the first of the ten measured.
		if u, err := user.Answer(context.Background(), c.Q); err != nil || !sameExcerpts(u.Excerpts, a.Excerpts[:min(len(a.Excerpts), defaultExcerpts)]) {
			t.Errorf("%q: a default answer quotes %s, the measured one starts with %s", c.Q, excerptIDs(u.Excerpts), excerptIDs(a.Excerpts[:min(len(a.Excerpts), defaultExcerpts)]))
		}
		// Sanity: the expected passage must exist, or the case is broken.
		if p, ok := passagesExist(e, c); !ok {
			t.Errorf("eval case %q: no passage of %s contains %q", c.Q, p.Article, p.Contains)
			continue
		}
		r := rankOf(a, c)
		if r == 1 {
			r1++
		}
		if r >= 1 && r <= 3 {
			r3++
		}
		if r > 0 {
			mrr += 1 / float64(r)
		}
		if showMisses && r >= 1 && r <= 3 && os.Getenv("ROLEBOT_EVAL_RANKS") != "" {
			t.Logf("rank %d: %q", r, c.Q) // every rank, to compare two versions of the ranking
		}
		if showMisses && (r == 0 || r > 3) {
			got := ""
			if len(a.Excerpts) > 0 {
				got = a.Excerpts[0].ArticleSlug + " § " + a.Excerpts[0].Section + ": " + clipText(a.Excerpts[0].Text, 80)
			}
			t.Logf("miss (rank %d): %q want %s %q; top: %s", r, c.Q, c.Article, c.Contains, got)
		}
	}
	n := float64(len(cases))
	return r1 / n, r3 / n, mrr / n
}

// passagesExist checks that every answer of a case is a real passage, and
// returns the first that is not.
func passagesExist(e *Engine, c evalCase) (evalPassage, bool) {
next:
	for _, want := range c.answers() {
		for _, p := range e.passages {
			if p.Article == want.Article && strings.Contains(oneSpaced(p.Text), oneSpaced(want.Contains)) {
				continue next
			}
		}
		return want, false
	}
	return evalPassage{}, true
}

func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

func sameExcerpts(a, b []Excerpt) bool {
	return slices.EqualFunc(a, b, func(x, y Excerpt) bool { return x.ArticleSlug == y.ArticleSlug && x.Text == y.Text })
}

func excerptIDs(xs []Excerpt) string {
	var out []string
	for _, x := range xs {
		out = append(out, x.ArticleSlug+": "+clipText(x.Text, 30))
	}
	return "[" + strings.Join(out, "; ") + "]"
}
