package bot

import (
	"strings"
	"testing"
	"testing/fstest"
)

// A band that holds the amount asked, nearer it than a hit's, is looked
// for on the other pages of limits too: "Anything over £20,000 needs the
// Chair", which shares no word with "who approves an order for £25k", is
// nearer £25k than another page's "anything above £5,000 needs the FCO".
func TestNearerBandOnAnotherPage(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"cover.md": {Data: []byte("# Absence and cover\n\n## Scheme Manager\n\nThe Depot Controller becomes Acting Scheme Manager. While acting, the DC can approve spending up to £5,000; anything above that needs the FCO and the board Chair together.\n")},
		"limits.md": {Data: []byte("# Spending and approval limits\n\n## Limits by post\n\n| Post | May approve up to |\n|---|---|\n" +
			"| Workshop Foreman | £1,000 |\n| Depot Controller | £3,000 |\n| Scheme Manager | £20,000 |\n\n" +
			"## Above the Scheme Manager\n\nAnything over £20,000 needs the Scheme Manager and the Chair of the board together.\n\n" +
			"## Rider refunds\n\nA Floor Lead may give goodwill credit up to £40 per rider.\n")},
	})
	a := answer(t, e, "who approves an order for £25k")
	for i, x := range a.Excerpts {
		if i < 3 && strings.Contains(x.Text, "Anything over £20,000") {
			return
		}
	}
	t.Errorf("excerpts %v, want the band over £20,000 among the first three", excerptIDs(a.Excerpts))
}
