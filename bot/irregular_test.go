package bot

import (
	"testing"
	"testing/fstest"
)

// A verb's past that changes its stem is a related word of the verb: "the
// picture freezes" finds "if the picture froze", "who do i tell if a bike
// is stolen" finds "report a stolen bike", above passages that share only
// the other words.
func TestIrregularVerbForms(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"booth.md": {Data: []byte("# Projection booth\n\n## Faults\n\nIf the picture froze during a show, ring the Chief Projectionist before doing anything.\n\n" +
			"## Picture quality\n\nThe picture is checked by the projectionist on shift before every show, and the booth log is signed.\n\n" +
			"## Bank cards\n\nIf the bank freezes a card, tell the Finance Director.\n")},
		"fleet.md": {Data: []byte("# Fleet\n\n## Theft\n\nA bike that was stole from a dock is reported to the Fleet Controller the same day.\n\n" +
			"## Docks\n\nWho looks after the docks: the Fleet Controller checks every bike at the docks each morning.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"what do i do if the picture freezes mid show", "If the picture froze"},
		{"bike got stolen from the dock who do i tell", "A bike that was stole"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}
