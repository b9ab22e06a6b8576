package bot

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/role"
)

// A rota's row names roles only as the labels of cells that give who is
// on duty: it says nothing of the duties, and is no answer to how they
// differ. A RACI matrix's row does say what each role does.
func TestLabelsOnly(t *testing.T) {
	span := func(text, word string) index.Span {
		i := strings.Index(text, word)
		return index.Span{Start: i, End: i + len(word)}
	}
	rota := "Week beginning: 4 November; Duty Officer: Oliver Bamford; Duty Director: Priya Nandakumar"
	raci := "Activity: Vendor selection; Duty Officer: A; Duty Director: R"
	prose := "The Duty Officer takes the call; the Duty Director decides"
	for _, tc := range []struct {
		text  string
		words []string
		want  bool
	}{
		{rota, []string{"Duty Officer", "Duty Director"}, true},
		{rota, []string{"Duty Officer", "Bamford"}, false}, // a word in a value
		{rota, []string{"Week"}, false},                    // a label of a date, not a name
		{raci, []string{"Duty Officer", "Duty Director"}, false},
		{prose, []string{"Duty Officer", "Duty Director"}, false},
	} {
		var spans []index.Span
		for _, w := range tc.words {
			spans = append(spans, span(tc.text, w))
		}
		if got := labelsOnly(tc.text, spans); got != tc.want {
			t.Errorf("labelsOnly(%q, %q) = %v, want %v", tc.text, tc.words, got, tc.want)
		}
	}
	p := &passage{named: []string{"do", "dd"}}
	p.Text = rota
	p.mentions = []role.Match{{ID: "do", Start: strings.Index(rota, "Duty Officer"), End: strings.Index(rota, "Duty Officer") + 12},
		{ID: "dd", Start: strings.Index(rota, "Duty Director"), End: strings.Index(rota, "Duty Director") + 13}}
	if n := p.compares([]string{"do", "dd"}); n != 0 {
		t.Errorf("a rota's row compares %d roles, want 0", n)
	}
}

// A comparison of three roles finds the passage that names all three,
// though it shares no other word with the question and many passages that
// name one or two of them share more.
func TestCompareThreeFindsThePassageNamingAll(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Executives\n\n")
	for i := range 8 {
		fmt.Fprintf(&b, "## Note %d\n\nThe CFO reports to the CEO and they split the budget work %d ways.\n\n", i, i)
	}
	b.WriteString("## The core titles\n\nThe CEO leads the company and answers to the board; the CFO manages money and reporting; the COO runs day-to-day operations.\n")
	e := openFS(t, fstest.MapFS{"execs.md": {Data: []byte(b.String())}})
	q := "CEO, COO and CFO - how do the three split the work?"
	if a := answer(t, e, q); !firstHolds(a, "the COO runs day-to-day operations") {
		t.Errorf("%q: excerpts %v, want the passage naming all three first", q, excerptIDs(a.Excerpts))
	}
}

// A rota's row names duties only to say who holds them in its week, even
// where a cell says of what kind ("Dom role: HSD", "Eoc speciality:
// Overhead line"): "dom vs eoc" is answered by what each duty is.
func TestCompareNotByARotaRow(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"escalation.md": {Data: []byte("# Incident escalation\n\n## What the DOM does\n\n" +
			"The Duty Operations Manager (DOM) is the senior manager on call outside office hours and decides whether the service is suspended.\n\n" +
			"## What the EOC does\n\nThe Engineer on Call (EOC) deals with technical faults out of hours: failed trams, broken rails and the overhead line.\n")},
		"oncall.csv": {Data: []byte("Week starting,Duty operations manager,Dom role,Engineer on call,Eoc speciality\n" +
			"2025-04-14,Yvonne Castell,HSD,Grzegorz Nowak,Overhead line\n" +
			"2025-04-21,Ian Fairweather,TCM,Sunita Rao,Permanent way\n" +
			"2025-04-28,Yvonne Castell,HSD,Declan Frayne,Permanent way\n")},
	})
	q := "dom vs eoc whats the difference"
	a := answer(t, e, q)
	if len(a.Excerpts) < 2 || strings.Contains(a.Excerpts[0].Text, "Week starting") || strings.Contains(a.Excerpts[1].Text, "Week starting") {
		t.Errorf("%q: excerpts %v, want what each duty is first", q, excerptIDs(a.Excerpts))
	}
}
