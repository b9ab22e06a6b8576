package bot

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAnswer checks that no question makes the engine fail or panic, and
// that every answer is well formed: the question kept is valid UTF-8 within
// the limit, excerpts are ranked 1, 2, … with spans inside their text, and
// an answer that is not a no-match says something. With its seeds it runs
// as a normal test; `go test ./bot -run '^$' -fuzz FuzzAnswer` searches on.
func FuzzAnswer(f *testing.F) {
	for _, s := range []string{
		"difference between CTO and CIO", "what does a CKO do?", "CXO", "最高技術責任者とは",
		`+cto -cio title:x /.*/ a~2 "unbalanced cto^5 * ?`, "<!channel> what is a CIO?",
		"cto \xff\xfe vs cio \xc3", "who does the ciso reprot to", "", "   ",
		strings.Repeat("🙂", 300), "chief zebra officer", "cto vs cio vs cko vs cdo vs cfo",
	} {
		f.Add(s)
	}
	e := shipped(f)
	f.Fuzz(func(t *testing.T, q string) {
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatalf("Answer(%q): %v", q, err)
		}
		if !utf8.ValidString(a.Question) || len(a.Question) > MaxQuestionBytes {
			t.Fatalf("Answer(%q): question kept as %q", q, a.Question)
		}
		for i, x := range a.Excerpts {
			if x.Rank != i+1 {
				t.Fatalf("Answer(%q): excerpt %d has rank %d", q, i, x.Rank)
			}
			for _, sp := range x.Spans {
				if sp.Start < 0 || sp.End > len(x.Text) || sp.Start >= sp.End {
					t.Fatalf("Answer(%q): span %+v outside its %d-byte text", q, sp, len(x.Text))
				}
			}
		}
		if !a.NoMatch && len(a.Excerpts) == 0 && len(a.Cards) == 0 && a.Intent != IntentHelp && a.Intent != IntentList {
			t.Fatalf("Answer(%q): an empty answer that is not a no-match: %+v", q, a)
		}
	})
}
