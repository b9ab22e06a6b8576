package english

import (
	"bufio"
	"strings"
	"testing"
)

func TestWord(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"great", true}, {"Always", true}, {"organisation", true}, {"organization", true},
		{"a", true}, {"zyuganov", true}, // first and last of the list
		{"reprot", false}, {"waht", false}, {"privcy", false}, {"cheif", false},
		{"", false}, {"don't", false}, {"café", false}, {"x-ray", false},
		{strings.Repeat("a", 100), false},
	} {
		if got := Word(c.w); got != c.want {
			t.Errorf("Word(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// Every word of the list is found, and the list is what Word assumes:
// sorted, unique, lower-case letters only.
func TestEveryWordFound(t *testing.T) {
	s := bufio.NewScanner(strings.NewReader(list))
	prev, n := "", 0
	for s.Scan() {
		w := s.Text()
		if w <= prev {
			t.Fatalf("list not sorted or not unique at %q after %q", w, prev)
		}
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Fatalf("list holds %q", w)
		}
		if !Word(w) {
			t.Fatalf("Word(%q) = false for a word of the list", w)
		}
		prev, n = w, n+1
	}
	if n < 50000 {
		t.Fatalf("list has %d words", n)
	}
}

func BenchmarkWord(b *testing.B) {
	for b.Loop() {
		Word("responsibilities")
	}
}
