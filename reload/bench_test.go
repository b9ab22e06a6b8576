package reload

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// BenchmarkSaveToAnswer measures, on a copy of the shipped corpus with the
// default debounce, the time from an article saved to the first answer
// that quotes the saved text: p50 and worst over 20 saves.
//
//	go test ./reload -run '^$' -bench SaveToAnswer -benchtime 1x
func BenchmarkSaveToAnswer(b *testing.B) {
	const saves = 20
	for range b.N {
		l := startLive(b, copyTree(b, "../corpus"), DefaultDebounce)
		article := filepath.Join(l.dir, "articles", "cto.md")
		var took []time.Duration
		for i := range saves {
			word := fmt.Sprintf("zorblax%c", 'a'+i)
			start := time.Now()
			appendParagraph(b, article, "Some CTOs also run the "+word+" review of every new service.")
			for {
				a, err := l.Answer(context.Background(), "what does a CTO do in the "+word+" review?")
				if err != nil {
					b.Fatal(err)
				}
				if quotes(a, word) {
					break
				}
				if time.Since(start) > 30*time.Second {
					b.Fatalf("save %d: not answered after 30 s; log:\n%s", i, l.log)
				}
				time.Sleep(2 * time.Millisecond)
			}
			took = append(took, time.Since(start))
		}
		slices.Sort(took)
		b.ReportMetric(float64(took[len(took)/2].Milliseconds()), "p50-ms")
		b.ReportMetric(float64(took[len(took)-1].Milliseconds()), "worst-ms")
	}
}
