package index_test

import (
	"context"
	"testing"

	"github.com/rolebot/rolebot/index"
)

// FuzzSearch checks that no text makes Search fail or panic, and that the
// spans of every hit lie inside its passage. With its seeds (the hostile
// queries) it runs as a normal test; `go test -fuzz=FuzzSearch ./index/`
// searches further.
func FuzzSearch(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	x := memIndex(f)
	_, byID := passages()
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range []index.Query{
			{Text: s},
			{Text: s, Related: x.Terms(s), Terms: []string{s}, Roles: []index.Role{{ID: "cio"}, {ID: s}}},
		} {
			hits, err := x.Search(context.Background(), q)
			if err != nil {
				t.Fatalf("Search(%q): %v", s, err)
			}
			for _, h := range hits {
				p, ok := byID[h.ID]
				if !ok {
					t.Fatalf("Search(%q): hit %q is no passage", s, h.ID)
				}
				for _, sp := range h.Spans {
					if sp.Start < 0 || sp.End > len(p.Text) || sp.Start >= sp.End {
						t.Fatalf("Search(%q): %s: span %+v outside its %d-byte text", s, h.ID, sp, len(p.Text))
					}
				}
			}
		}
	})
}
