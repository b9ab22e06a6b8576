package bot

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestRoute(t *testing.T) {
	ps := []roleProfile{
		{ID: "cfo", Names: map[string]int{"financ": 1}, Words: map[string]int{"monei": 3, "budget": 3, "cash": 3, "compani": 2, "plan": 1}, Len: 12},
		{ID: "cio", Names: map[string]int{"inform": 1}, Words: map[string]int{"inform": 3, "system": 2, "compani": 2, "vendor": 2, "plan": 3}, Len: 12},
		{ID: "cmo", Names: map[string]int{"market": 1}, Words: map[string]int{"brand": 3, "compani": 2, "campaign": 2, "plan": 5}, Len: 12},
	}
	r := newProfiles(ps)
	money := []alt{{"spend", 1}, {"monei", routeRelated}, {"budget", routeRelated}, {"cash", routeRelated}}
	for _, c := range []struct {
		name  string
		units [][]alt
		want  []string
	}{
		{"one word of IT beats many related words of money", [][]alt{money, {{"inform", 1}, {"technolog", 1}}}, []string{"cio"}},
		{"related words alone still route", [][]alt{money}, []string{"cfo"}},
		{"a word in every profile routes nowhere", [][]alt{{{"compani", 1}}}, nil},
		{"no word known", [][]alt{{{"weather", 1}}}, nil},
		{"a role's name counts more than its text", [][]alt{{{"market", 1}}, {{"plan", 1}}}, []string{"cmo"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, x := range r.route(c.units) {
				got = append(got, x.id)
			}
			if len(got) < len(c.want) || len(c.want) == 0 && len(got) > 0 {
				t.Fatalf("routes %v, want %v first", got, c.want)
			}
			for i, id := range c.want {
				if got[i] != id {
					t.Fatalf("routes %v, want %v first", got, c.want)
				}
			}
		})
	}
	if newProfiles(nil).route([][]alt{money}) != nil {
		t.Error("no profiles: routed anyway")
	}
}

// A question that asks who, naming no role, is answered with the opening
// of the article on the role it points to, which says who holds what.
func TestWhoIsAnsweredByTheRoleOpening(t *testing.T) {
	e := shipped(t)
	for _, q := range []string{
		"who is the boss of all the people stuff",
		"which exec keeps the hackers out",
	} {
		a := answer(t, e, q)
		if !slices.ContainsFunc(a.Excerpts, func(x Excerpt) bool { return strings.Contains(x.Text, "executive responsible for") }) {
			t.Errorf("%q: excerpts %+v, want the role's opening among them", q, a.Excerpts)
		}
	}
}

// A question of whose job something is, naming no role, looks wider among
// the hits: the passage on the role it points to may rank low among
// many that share its words, and the role's bonus lifts it only once it
// is among them.
func TestRoutedWhoLooksWider(t *testing.T) {
	e := shipped(t).WithExcerpts(10)
	for _, c := range []struct{ q, want string }{
		{"who's the head of all the computers and systems inside the company", "The CIO oversees the systems the company runs on internally"},
		{"who looks after company culture and values", "Culture, engagement surveys and diversity and inclusion programmes usually sit with the CHRO"},
		{"who's in charge of bringing people in, paying them and keeping them happy at work", "executive responsible for a company's people"},
	} {
		a := answer(t, e, c.q)
		if !slices.ContainsFunc(a.Excerpts, func(x Excerpt) bool { return strings.Contains(x.Text, c.want) }) {
			t.Errorf("%q: excerpts %s, want %q among them", c.q, excerptIDs(a.Excerpts), c.want)
		}
	}
}

// What a role is or does is answered by the section headed with the role
// alone, not by a memo whose title names the role in a clause of when
// ("Arrangements When the Vice-Chancellor Is Absent"), nor by a glossary's
// "Job titles", which is no heading of duties.
func TestRoleOwnSectionAnswers(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"leadership.md": {Data: []byte("# Senior leadership\n\n## The Vice-Chancellor (VC)\n\n" +
			"The Vice-Chancellor is the chief executive and chief academic officer of the University.\n\n" +
			"The VC is appointed by Council and chairs the Executive Board.\n\n" +
			"## The Provost\n\nThe Provost runs the University day to day.\n")},
		"absence.txt": {Data: []byte("Arrangements When the Vice-Chancellor Is Absent\n\n" +
			"Who acts for the Vice-Chancellor\n\nWhen the Vice-Chancellor is away, the Provost acts as Vice-Chancellor and may use the Vice-Chancellor's powers.\n\n" +
			"Limits on the acting Vice-Chancellor\n\nThe acting Vice-Chancellor should not make senior appointments on behalf of the Vice-Chancellor.\n")},
		"glossary.md": {Data: []byte("# Glossary\n\n## Job titles\n\n| Acronym | Stands for | What it means here |\n|---|---|---|\n" +
			"| VC | Vice-Chancellor | Chief executive of the University |\n| UEB | University Executive Board | The VC's senior team |\n")},
	})
	for _, q := range []string{"what is the vc", "what does the vice chancellor actually do"} {
		if a := answer(t, e, q); !firstHolds(a, "chief academic officer") {
			t.Errorf("%q: excerpts %s, want the VC's own section first", q, excerptIDs(a.Excerpts))
		}
	}
}

// Shorthand no passage holds ("mktg", "fin") is searched as the words it
// stands for, as the question's own: the passage on marketing emails
// comes first, not the one that says "emails" most.
func TestShorthandStandsIn(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"team.md": {Data: []byte("# The team\n\n## Growth\n\nPriya Shah leads marketing, marketing emails included.\n\n" +
			"## Email\n\nThe IT desk answers questions on emails: email accounts, emails that bounce, shared emails.\n\n" +
			"## Finance\n\nTom Reid runs finance: invoices, payroll and the accounts.\n\n" +
			"## Office\n\nThe office manager looks after the keys and the team calendar.\n")},
	})
	if got := e.standIns("who sends mktg emails, and who runs IT ops"); !slices.Equal(got, e.idx.Terms("marketing operations")) {
		t.Errorf("standIns = %v, want the analysed words of marketing and operations", got)
	}
	if got := e.standIns("what does the office manager do"); len(got) != 0 {
		t.Errorf("standIns of no shorthand = %v", got)
	}
	for q, want := range map[string]string{
		"who sends the mktg emails": "leads marketing",
	} {
		a := answer(t, e, q)
		if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, want) {
			t.Errorf("%q: excerpts %s, want %q first", q, excerptIDs(a.Excerpts), want)
		}
	}
}
