package index

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// The analyses kept stay within their memory budget; a passage beyond it
// is analysed each time, the same.
func TestLocatedWithinBudget(t *testing.T) {
	x, err := NewMemory(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	text := strings.Repeat("The chief technology officer reports to the chief executive. ", 2000) // 124 KB
	n := int(maxLocated/locatedSize(text)) + 10
	for i := 0; i < n; i++ {
		x.locate(fmt.Sprint(i), text, "")
	}
	if got := x.located.n.Load(); got > maxLocated+2*locatedSize(text) {
		t.Errorf("kept %d bytes of analyses, budget %d", got, maxLocated)
	}
	kept, beyond := x.locate("0", text, ""), x.locate(fmt.Sprint(n+1), text, "")
	if len(kept.text["report"]) != 2000 || len(beyond.text["report"]) != 2000 {
		t.Errorf(`"report" found %d times in a kept analysis, %d beyond the budget; want 2000`, len(kept.text["report"]), len(beyond.text["report"]))
	}
	if _, ok := x.located.m.Load(fmt.Sprint(n + 1)); ok {
		t.Error("an analysis beyond the budget was kept")
	}
}
