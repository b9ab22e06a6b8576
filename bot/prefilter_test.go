package bot

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// intentPatterns are every pattern a question is read with.
func intentPatterns() map[string]*pattern {
	ps := map[string]*pattern{"help": reHelp, "list": reList, "which": reWhich, "compare": reCompare,
		"skills": reSkills, "resp": reResp, "define": reDefine, "all": reAll}
	for i, k := range headingKinds {
		if k.question != nil {
			ps["kind"+string(rune('0'+i))] = k.question
		}
	}
	return ps
}

// The cheap test in front of a pattern never changes its answer: checked
// on every question of the evaluation sets, lower-cased as the intents
// read them, and on texts made to sit at the edges.
func TestPatternsAgreeWithRegexp(t *testing.T) {
	texts := []string{"", "c", "vs", "v", "than", "the c-suite", "what does it do", "same as", "same", "at what size"}
	files, _ := filepath.Glob("testdata/*.yaml")
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil && strings.Contains(string(data), "- q:") {
			for _, c := range loadEval(t, f) {
				texts = append(texts, strings.ToLower(c.Q))
			}
		}
	}
	if len(texts) < 300 {
		t.Fatalf("only %d texts", len(texts))
	}
	for name, p := range intentPatterns() {
		for _, s := range texts {
			if got, want := p.MatchString(s), p.re.MatchString(s); got != want {
				t.Errorf("%s on %q: %v, regexp says %v", name, s, got, want)
			}
		}
	}
}

func TestLeadingLiterals(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []string // nil: no cheap test
	}{
		{`\b(skills?|career)\b`, []string{"skill", "career"}},
		{`\b(c-level|c-suite|csuite)\b`, []string{"c-level", "c-suite", "csuite"}},
		{`\b(what (does|do) the)\b`, []string{"what do"}}, // "do(es)?": a repeat ends the texts
		{`\b(\w+er than|more)\b`, nil},                    // a class first
		{`^\s*(who|which)`, nil},                          // a repeat first
		{`(?i)\bchiefs\b`, nil},                           // case folded
		{`\b(a|b?c)`, nil},                                // a branch may start empty
	} {
		p := newPattern(tc.expr)
		lits := p.cheap().lits
		if strings.Join(lits, "|") != strings.Join(tc.want, "|") || (lits == nil) != (tc.want == nil) {
			t.Errorf("%s: literals %q, want %q", tc.expr, lits, tc.want)
		}
		if p.re.String() != regexp.MustCompile(tc.expr).String() {
			t.Errorf("%s: compiled as %s", tc.expr, p.re)
		}
	}
}

func FuzzPattern(f *testing.F) {
	for _, s := range []string{"what does a cto do", "c-suite vs the c-level", "how big is too early"} {
		f.Add(s)
	}
	ps := intentPatterns()
	f.Fuzz(func(t *testing.T, s string) {
		for name, p := range ps {
			if got, want := p.MatchString(s), p.re.MatchString(s); got != want {
				t.Errorf("%s on %q: %v, regexp says %v", name, s, got, want)
			}
		}
	})
}

// A guarded expression answers as its expression does, whatever the case
// of the text; its cheap test only skips texts that cannot match.
func TestGuarded(t *testing.T) {
	all := append([]*guarded{askingToKnow, emptyPhrases, peopleFunction, asksBelow}, compounds...)
	for _, p := range idioms {
		all = append(all, p.phrase)
	}
	texts := []string{
		"does anyone know who the CIO reports to", "LMK who runs IT", "I Need To Know",
		"who makes sure we don't get hacked", "who MAKES SURE", "what's our people strategy",
		"PPL OPS lead?", "who reports to the CTO", "Direct Reports of the CFO", "who sits under the coo",
		"what does a CKO do", "", "know", "sure thing", "people", "to", "does anyone \u212Anow", "makes ſure",
		"I keep seeing it in #eng-leads", "KEEPS HEARING", "#2", "\u212Aeep reading",
		"who runs things WHEN the CEO IS OUT", "hannah's On Leave", "we Can't Make it", "who does the Co Sec report to",
		"who SIGNS OFF budgets", "moving to Google Workspace", "Office 365 rollout", "MS Office", "OK that payment",
		"the Officer is off", "customer Experience", "job POSTING", "Series B round", "$$ range",
	}
	for _, g := range all {
		for _, s := range texts {
			if got, want := g.MatchString(s), g.re.MatchString(s); got != want {
				t.Errorf("%s: MatchString(%q) = %v, the expression says %v", g.re, s, got, want)
			}
			if got, want := g.ReplaceAllString(s, " "), g.re.ReplaceAllString(s, " "); got != want {
				t.Errorf("%s: ReplaceAllString(%q) = %q, the expression says %q", g.re, s, got, want)
			}
		}
	}
	// The table of idioms, which lower-cases a question once for all its
	// cheap tests, reads each as its expressions do, one after another.
	for _, s := range append(texts, "who runs the company if the CEO is on leave and the P&L is all over the place") {
		want := s
		for _, p := range idioms {
			want = p.phrase.re.ReplaceAllString(want, p.means)
		}
		if got := idioms.replace(s); got != want {
			t.Errorf("idioms.replace(%q) = %q, the expressions say %q", s, got, want)
		}
	}
}

// A pattern whose matches start in no literal has the texts its matches
// hold as its cheap test, and answers as its expression does.
func TestPatternHolding(t *testing.T) {
	p := newPatternHolding(`\b[a-z]{2,6} meaning\b|^\s*[a-z]{2,6}\s*=\s*\?`, "mean", "=")
	if p.cheap().held == nil {
		t.Fatal("no cheap test")
	}
	for _, s := range []string{"ehs meaning?", "cfo = ?", "what is ehs", "", "= ?", "meaning of life", "x = y"} {
		if got, want := p.MatchString(s), p.re.MatchString(s); got != want {
			t.Errorf("%q: %v, regexp says %v", s, got, want)
		}
	}
}

// The question patterns of the heading kinds answer as their expressions
// do on every question of the evaluation sets (their cheap tests skip
// only what cannot match).
func TestKindPatternsOnEvalQuestions(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.yaml")
	dirs, _ := filepath.Glob("testdata/*/questions.yaml")
	var qs []string
	for _, f := range append(files, dirs...) {
		for _, c := range loadEval(t, f) {
			qs = append(qs, strings.ToLower(c.Q))
		}
	}
	if len(qs) < 1000 {
		t.Fatalf("%d questions, want the evaluation sets", len(qs))
	}
	for _, k := range headingKinds {
		if k.question == nil {
			continue
		}
		for _, q := range qs {
			if got, want := k.question.MatchString(q), k.question.re.MatchString(q); got != want {
				t.Errorf("%s: MatchString(%q) = %v, the expression says %v", k.question.re, q, got, want)
			}
		}
	}
}

// TestExpressionsCompile compiles every regular expression of rolebot's
// packages (they compile when first used, see lazyre), so that a bad one
// fails here rather than on the question that first needs it.
func TestExpressionsCompile(t *testing.T) {
	n := 0
	lazyre.Each(func(r *lazyre.Regexp) {
		n++
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%s: %v", r, p)
				}
			}()
			r.Regexp()
		}()
	})
	if n < 100 {
		t.Errorf("only %d expressions made: are the parsers' and the question patterns' all made with lazyre?", n)
	}
}
