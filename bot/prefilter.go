package bot

import (
	"regexp/syntax"
	"strings"
	"sync"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// pattern is a regular expression with a cheap test in front of it: the
// literal texts one of which every match starts with. Most questions hold
// none of them, and strings.Contains is many times cheaper than running
// the expression, which Go's regexp does not skip ahead for when the
// expression starts with a choice of words. Both the expression and its
// cheap test are worked out when first used (see lazyre).
type pattern struct {
	re    *lazyre.Regexp
	cheap func() cheapTest
}

// cheapTest is what a pattern's matches must hold.
type cheapTest struct {
	lits []string // nil: no cheap test, always run re
	// held, when set, are texts one of which every match holds somewhere:
	// the cheap test of an expression whose matches start in no literal.
	held []string
}

func newPattern(expr string) *pattern {
	return newPatternWith(expr, nil, false)
}

// newPatternHolding compiles expr, every match of which holds one of
// texts (case as written): its cheap test when its matches start in no
// literal ("ehs meaning", "cfo = ?").
func newPatternHolding(expr string, texts ...string) *pattern {
	return newPatternWith(expr, texts, false)
}

// newPatternAlsoHolding is newPattern with a second cheap test: every
// match holds one of texts somewhere, beside starting in a literal. For
// an expression whose literals most questions hold ("who", "do").
func newPatternAlsoHolding(expr string, texts ...string) *pattern {
	return newPatternWith(expr, texts, true)
}

func newPatternWith(expr string, held []string, always bool) *pattern {
	return &pattern{re: lazyre.New(expr), cheap: sync.OnceValue(func() cheapTest {
		var c cheapTest
		if t, err := syntax.Parse(expr, syntax.Perl); err == nil {
			if lits, ok := leading(t.Simplify()); ok && !foldsCase(t) {
				c.lits = lits
			}
		}
		if always || c.lits == nil {
			c.held = held
		}
		return c
	})}
}

// MatchString reports whether s matches, as p.re.MatchString(s) does.
func (p *pattern) MatchString(s string) bool {
	c := p.cheap()
	if c.lits != nil && !containsAnyText(s, c.lits) || c.held != nil && !containsAnyText(s, c.held) {
		return false
	}
	return p.re.MatchString(s)
}

func containsAnyText(s string, lits []string) bool {
	for _, l := range lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// maxLits caps the literal texts of a pattern's cheap test.
const maxLits = 64

// leading returns literal texts one of which every match of t starts
// with, and false when it cannot tell (a class, a repeat or an empty
// match first). The parser factors common prefixes out of a choice of
// words ("c(-level|-suite|suite)"): the texts go on past them, so that the
// test is not "c".
func leading(t *syntax.Regexp) ([]string, bool) {
	switch t.Op {
	case syntax.OpLiteral, syntax.OpAlternate, syntax.OpCapture:
		if all, ok := exact(t); ok {
			return all, true
		}
		switch t.Op {
		case syntax.OpCapture:
			return leading(t.Sub[0])
		case syntax.OpAlternate:
			var out []string
			for _, s := range t.Sub {
				l, ok := leading(s)
				if !ok {
					return nil, false
				}
				out = append(out, l...)
			}
			return out, true
		}
	case syntax.OpConcat:
		subs := t.Sub
		for len(subs) > 0 && zeroWidth(subs[0]) {
			subs = subs[1:] // matches nothing: what follows starts the match
		}
		prefix := []string{""}
		for len(subs) > 0 {
			all, ok := exact(subs[0])
			if !ok || len(prefix)*len(all) > maxLits {
				break
			}
			prefix = cross(prefix, all)
			subs = subs[1:]
		}
		if len(subs) > 0 && !zeroWidth(subs[0]) {
			if next, ok := leading(subs[0]); ok && len(prefix)*len(next) <= maxLits {
				prefix = cross(prefix, next)
			}
		}
		for _, p := range prefix {
			if p == "" {
				return nil, false
			}
		}
		return prefix, true
	}
	return nil, false
}

// exact returns every text t matches, when t is a literal or a choice of
// literals.
func exact(t *syntax.Regexp) ([]string, bool) {
	switch t.Op {
	case syntax.OpLiteral:
		if t.Flags&syntax.FoldCase != 0 || len(t.Rune) == 0 {
			return nil, false
		}
		return []string{string(t.Rune)}, true
	case syntax.OpCapture:
		return exact(t.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, s := range t.Sub {
			l, ok := exact(s)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, len(out) <= maxLits
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range t.Sub {
			l, ok := exact(s)
			if !ok || len(out)*len(l) > maxLits {
				return nil, false
			}
			out = cross(out, l)
		}
		return out, true
	}
	return nil, false
}

func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

func zeroWidth(t *syntax.Regexp) bool {
	switch t.Op {
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEmptyMatch:
		return true
	}
	return false
}

// foldsCase reports whether any part of t matches case-insensitively.
func foldsCase(t *syntax.Regexp) bool {
	if t.Flags&syntax.FoldCase != 0 {
		return true
	}
	for _, s := range t.Sub {
		if foldsCase(s) {
			return true
		}
	}
	return false
}

// guarded is a case-insensitive regular expression with a hand-given cheap
// test in front of it: every match holds one of words (lower case, ASCII).
// It is for the expressions run on every question that cannot have their
// literals worked out (they fold case, or start with a choice of verbs).
type guarded struct {
	re    *lazyre.Regexp
	words []string
	not   *lazyre.Regexp // when it matches, the expression matches nothing (see unless)
}

// unless returns g that matches nothing in a text not matches.
func (g *guarded) unless(not string) *guarded {
	return &guarded{re: g.re, words: g.words, not: lazyre.New(not)}
}

func newGuarded(expr string, words ...string) *guarded {
	return &guarded{re: lazyre.New(expr), words: words}
}

func (g *guarded) MatchString(s string) bool {
	return g.mayMatch(s) && g.re.MatchString(s)
}

func (g *guarded) FindStringSubmatchIndex(s string) []int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.re.FindStringSubmatchIndex(s)
}

func (g *guarded) FindStringSubmatch(s string) []string {
	if !g.mayMatch(s) {
		return nil
	}
	return g.re.FindStringSubmatch(s)
}

func (g *guarded) FindAllStringSubmatch(s string, n int) [][]string {
	if !g.mayMatch(s) {
		return nil
	}
	return g.re.FindAllStringSubmatch(s, n)
}

func (g *guarded) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.re.FindAllStringSubmatchIndex(s, n)
}

func (g *guarded) FindStringIndex(s string) []int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.re.FindStringIndex(s)
}

func (g *guarded) ReplaceAllString(s, repl string) string {
	if !g.mayMatch(s) {
		return s
	}
	return g.re.ReplaceAllString(s, repl)
}

func (g *guarded) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if !g.mayMatch(s) {
		return s
	}
	return g.re.ReplaceAllStringFunc(s, repl)
}

// vetoed reports whether s is a text g matches nothing in (see unless).
func (g *guarded) vetoed(s string) bool {
	return g.not != nil && g.not.MatchString(s)
}

func (g *guarded) mayMatch(s string) bool {
	if g.vetoed(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true // (?i) folds some letters beyond ASCII ("K" of kelvin): no cheap test
		}
	}
	for _, w := range g.words {
		if containsFold(s, w) {
			return true
		}
	}
	return false
}

// holdsAny is mayMatch for a text already lower-cased, all ASCII (see
// lowerASCII): the test of a table of phrases run on one question.
func (g *guarded) holdsAny(low string) bool {
	for _, w := range g.words {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// lowerASCII returns s with its ASCII letters in lower case, and whether
// s is all ASCII (else the cheap tests do not hold: see mayMatch).
func lowerASCII(s string) (string, bool) {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b), true
}

// containsFold reports whether s holds sub (lower-case ASCII) in any case
// of its ASCII letters, without allocating.
func containsFold(s, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for j < n {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}
