package bot

import (
	"context"
	"reflect"
	"sync"
	"testing"
)

// One Engine, and a copy made by WithExcerpts, answer from 16 goroutines at
// once exactly as they answer one question at a time. Run with -race.
func TestAnswersFromManyGoroutines(t *testing.T) {
	e := shipped(t)
	more := e.WithExcerpts(10)
	qs := []string{}
	for _, c := range loadEval(t, "testdata/eval.yaml")[:20] {
		qs = append(qs, c.Q)
	}
	want := map[*Engine][]Answer{}
	for _, eng := range []*Engine{e, more} {
		for _, q := range qs {
			a, err := eng.Answer(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			want[eng] = append(want[eng], a)
		}
	}
	var wg sync.WaitGroup
	for g := range 16 {
		eng := []*Engine{e, more}[g%2]
		wg.Go(func() {
			for i := range qs {
				k := (i + g) % len(qs)
				a, err := eng.Answer(context.Background(), qs[k])
				if err != nil {
					t.Error(err)
					return
				}
				if !reflect.DeepEqual(a, want[eng][k]) {
					t.Errorf("goroutine %d, %q: answer differs from the one asked alone", g, qs[k])
				}
			}
		})
	}
	wg.Wait()
	if n := len(want[e][0].Excerpts); n > defaultExcerpts {
		t.Errorf("the engine quotes %d excerpts after WithExcerpts(10) on a copy, want at most %d", n, defaultExcerpts)
	}
}
