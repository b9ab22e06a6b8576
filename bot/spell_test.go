package bot

import (
	"testing"
	"testing/fstest"
)

// Words run together are read as the two words the articles write:
// "oncall" as "on call" (the articles say "on-call"), "timeoff" as "time off".
func TestRunTogetherWords(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"oncall.md": {Data: []byte("# Support\n\n## Rota\n\nThe on-call engineer answers pages within 15 minutes.\n\n" +
			"## Leave\n\nAsk your manager for time off.\n")},
		"wiki.md": {Data: []byte("# Wiki\n\nThe engineer of the week answers questions about the wiki.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"oncall engineer?", "on-call engineer"},
		{"timeoff?", "time off"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want the passage with %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}
