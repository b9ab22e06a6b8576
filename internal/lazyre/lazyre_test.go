package lazyre

import (
	"slices"
	"testing"
)

func TestCompiledOnFirstUse(t *testing.T) {
	r := New(`\b(cto|cio)\b`)
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"the cto and the cio", true},
		{"the actor", false},
	} {
		if got := r.MatchString(tc.in); got != tc.want {
			t.Errorf("MatchString(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if got := r.ReplaceAllString("cto or cio", "X"); got != "X or X" {
		t.Errorf("ReplaceAllString = %q", got)
	}
	if got := r.FindStringSubmatch("ask the cio"); !slices.Equal(got, []string{"cio", "cio"}) {
		t.Errorf("FindStringSubmatch = %q", got)
	}
	first := r.Regexp()
	if again := r.Regexp(); again != first {
		t.Error("compiled twice")
	}
	if r.String() != `\b(cto|cio)\b` {
		t.Errorf("String = %q", r.String())
	}
}

func TestBadExpressionPanicsWhenUsed(t *testing.T) {
	r := New(`(unclosed`) // made without a panic
	defer func() {
		if recover() == nil {
			t.Error("a bad expression did not panic when used")
		}
	}()
	r.MatchString("x")
}

func TestEachSeesEveryExpression(t *testing.T) {
	a, b := New(`a+`), New(`b+`)
	seen := map[*Regexp]bool{}
	Each(func(r *Regexp) { seen[r] = true })
	if !seen[a] || !seen[b] {
		t.Error("Each missed an expression")
	}
}
