package bot

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRolesAndIntent(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct {
		name, q string
		roles   []string
		intent  Intent
	}{
		{"difference between", "difference between CTO and CIO", []string{"cto", "cio"}, IntentCompare},
		{"vs", "CTO vs CIO", []string{"cto", "cio"}, IntentCompare},
		{"different from", "how is a CIO different from a CTO", []string{"cio", "cto"}, IntentCompare},
		{"two bare roles", "cto cio", []string{"cto", "cio"}, IntentCompare},
		{"one role compared", "how is a CISO different?", []string{"ciso", "cio"}, IntentCompare},
		{"than, of one role", "the CFO wants lower reserves than the actuary advises", []string{"cfo"}, IntentSearch},
		{"define", "what is a CKO", []string{"cko"}, IntentDefine},
		{"define, then what it does", `email says "escalate to the CISO" — who is that and what do they do?`, []string{"ciso"}, IntentDefine},
		{"define, then what it handles", "what's a CHRO, what do they handle", []string{"chro"}, IntentDefine},
		{"on their plate", "what is on a CISO's plate week to week", []string{"ciso"}, IntentResponsibilities},
		{"keeps busy", "what keeps a CKO busy? what is it", []string{"cko"}, IntentResponsibilities},
		{"study", "what should i study to be a CFO", []string{"cfo"}, IntentSkills},
		{"define full title", "What's a chief knowledge officer?", []string{"cko"}, IntentDefine},
		{"bare role", "cio", []string{"cio"}, IntentDefine},
		{"bare role, punctuation", "CIO???", []string{"cio"}, IntentDefine},
		{"typo", "what is a ctoo", []string{"cto"}, IntentDefine},
		{"chat spelling", "wat's a CKO?", []string{"cko"}, IntentDefine},
		{"possessive and plural", "what are CIOs' and the cfo's duties", []string{"cio", "cfo"}, IntentResponsibilities},
		{"what does X do", "what does a CKO do?", []string{"cko"}, IntentResponsibilities},
		{"responsibilities", "Responsibilities of the COO", []string{"coo"}, IntentResponsibilities},
		{"skills", "what skills does a CISO need", []string{"ciso"}, IntentSkills},
		{"background", "background of a typical CFO", []string{"cfo"}, IntentSkills},
		{"become", "how do I become a CTO", []string{"cto"}, IntentSkills},
		{"land a role", "how does someone land a CTO or CIO role?", []string{"cto", "cio"}, IntentSkills},
		{"what it takes", "what does it take to be a good COO?", []string{"coo"}, IntentSkills},
		{"what it owns", "what does the CISO own exactly", []string{"ciso"}, IntentResponsibilities},
		{"which one", "who is closer to management, the CTO or the CIO?", []string{"cto", "cio"}, IntentWhich},
		{"more than", "why does the CIO end up on the board more often than the CTO", []string{"cio", "cto"}, IntentCompare},
		{"which, no roles", "who is closer to management?", nil, IntentWhich},
		{"list", "which roles do you know?", nil, IntentList},
		{"list 2", "list all roles", nil, IntentList},
		{"titles asked at the end of a question of its own", "I need to explain to an analyst who in our leadership owns technology strategy vs internal IT. which titles should I point them to?", nil, IntentSearch},
		{"help", "help", nil, IntentHelp},
		{"empty", "   ", nil, IntentHelp},
		{"greeting", "hello!", nil, IntentHelp},
		{"greeting and whom", "hi there", nil, IntentHelp}, // see chatSaid
		{"other", "what's the weather?", nil, IntentSearch},
		{"alias", "what does the head of HR do", []string{"chro"}, IntentResponsibilities},
		{"vp", "VP of Engineering vs CTO", []string{"vpe", "cto"}, IntentCompare},
		{"same role twice", "is the CEO the same as the company president?", []string{"ceo"}, IntentDefine},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.Answer(context.Background(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			roles := a.Roles
			if a.Intent == IntentWhich && len(tc.roles) == 0 {
				roles = nil // which-questions add the roles of the best passage
			}
			if !slices.Equal(roles, tc.roles) && !(len(roles) == 0 && len(tc.roles) == 0) {
				t.Errorf("roles = %v, want %v", a.Roles, tc.roles)
			}
			if a.Intent != tc.intent {
				t.Errorf("intent = %q, want %q", a.Intent, tc.intent)
			}
		})
	}
}

func TestAnswerShapes(t *testing.T) {
	e := shipped(t)
	ask := func(q string) Answer {
		t.Helper()
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	t.Run("comparison quotes passages naming both roles", func(t *testing.T) {
		a := ask("difference between CTO and CIO")
		if len(a.Cards) != 2 || len(a.Excerpts) != 3 {
			t.Fatalf("%d cards, %d excerpts", len(a.Cards), len(a.Excerpts))
		}
		for _, x := range a.Excerpts {
			if !strings.Contains(x.Text, "CTO") || !strings.Contains(x.Text, "CIO") && !strings.Contains(x.Text, "chief information officer") {
				t.Errorf("excerpt %d names not both roles: %q", x.Rank, x.Text)
			}
		}
	})
	t.Run("excerpts are ranked and marked", func(t *testing.T) {
		a := ask("what skills does a CISO need?")
		for i, x := range a.Excerpts {
			if x.Rank != i+1 || (i > 0 && x.Score > a.Excerpts[i-1].Score) {
				t.Errorf("excerpt %d: rank %d score %v after %v", i, x.Rank, x.Score, a.Excerpts[max(i-1, 0)].Score)
			}
			if !strings.Contains(x.Highlighted, "**") {
				t.Errorf("excerpt %d has no marked term: %q", i, x.Highlighted)
			}
			if x.Article == "" || x.Section == "" {
				t.Errorf("excerpt %d lacks article or section", i)
			}
		}
		if len(a.Excerpts) == 0 || a.Excerpts[0].Section != "Skills and background" {
			t.Errorf("best excerpt not from the skills section: %+v", a.Excerpts)
		}
	})
	t.Run("nothing relevant", func(t *testing.T) {
		for _, q := range []string{"what's the weather?", "🙂🙂🙂", "asdf qwerty"} {
			a := ask(q)
			if !a.NoMatch || len(a.Suggestions) == 0 || len(a.Excerpts) != 0 {
				t.Errorf("%q: no_match %v, %d suggestions, %d excerpts", q, a.NoMatch, len(a.Suggestions), len(a.Excerpts))
			}
		}
	})
	t.Run("unknown role", func(t *testing.T) {
		a := ask("what does a CXO do?")
		if !a.NoMatch || !slices.Equal(a.Unknown, []string{"cxo"}) || len(a.Suggestions) == 0 {
			t.Errorf("no_match %v unknown %v suggestions %v", a.NoMatch, a.Unknown, a.Suggestions)
		}
	})
	t.Run("unknown role as the setting of a question about all roles", func(t *testing.T) {
		a := ask(`lol our startup has a "chief vibes officer", what are the real c-level roles`)
		if a.NoMatch || !slices.Equal(a.Unknown, []string{"chief vibes officer"}) || len(a.Excerpts) == 0 || a.Excerpts[0].Article != "The C-suite at a glance" {
			t.Errorf("no_match %v unknown %v excerpts %+v", a.NoMatch, a.Unknown, a.Excerpts)
		}
		var b strings.Builder
		if err := WriteText(&b, a, TextStyle{}); err != nil || !strings.HasPrefix(b.String(), "I don't know the role CHIEF VIBES OFFICER; this answers the rest") {
			t.Errorf("text %q, %v", b.String(), err)
		}
		if a := ask("what does a chief vibes officer do?"); !a.NoMatch {
			t.Errorf("the unknown role asked about alone: no_match %v", a.NoMatch)
		}
	})
	t.Run("list", func(t *testing.T) {
		if a := ask("which roles do you know?"); len(a.Cards) != len(e.Cards()) {
			t.Errorf("%d cards, want all %d", len(a.Cards), len(e.Cards()))
		}
	})
	t.Run("which question shows the roles it is about", func(t *testing.T) {
		a := ask("who is closer to management?")
		if len(a.Excerpts) == 0 || len(a.Cards) == 0 {
			t.Errorf("%d excerpts, %d cards", len(a.Excerpts), len(a.Cards))
		}
	})
}

func TestHostileQuestions(t *testing.T) {
	e := shipped(t)
	for name, q := range map[string]string{
		"query syntax":    `+cto -cio title:x /.*/ a~2 "unbalanced cto^5 * ? (a OR b) AND NOT`,
		"slack markup":    "<!channel> <!here|@here> <!everyone> <@U123|bob> <#C1|general> what is a CIO?",
		"emoji":           strings.Repeat("🙂", 2500),
		"invalid utf-8":   "cto \xff\xfe vs cio \xc3",
		"control chars":   "cto\x00\x07\x1b[31m vs cio",
		"10 KB":           strings.Repeat("difference CTO CIO ", 600),
		"many roles":      strings.Repeat("cto cio ceo cko cfo coo ciso cdo cpo cmo chro vpe ", 50),
		"only stop words": "the of and a to is",
	} {
		t.Run(name, func(t *testing.T) {
			a, err := e.Answer(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.ValidString(a.Question) || len(a.Question) > MaxQuestionBytes {
				t.Errorf("question kept as %d bytes, valid UTF-8 %v", len(a.Question), utf8.ValidString(a.Question))
			}
			if len(a.Cards) > 4 {
				t.Errorf("%d cards", len(a.Cards))
			}
			if !a.NoMatch && len(a.Excerpts) == 0 && len(a.Cards) == 0 && a.Intent != IntentHelp && a.Intent != IntentList {
				t.Errorf("an empty answer that is not a no-match: %+v", a)
			}
		})
	}
}

func TestCleanQuestion(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"  what   is\ta CIO\n", "what is a CIO"},
		{"<!channel> what is a CIO", "<!channel> what is a CIO"}, // plain text: Slack markup is slackbot's
		{"tab\tand\x7fdel", "tab and del"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"@rolebot who is the COLP??", "who is the COLP??"}, // addressed as text: no word of it
		{"hey @rolebot, whats a cko", "hey whats a cko"},
		{"@rolebot: @ana cfo?", "cfo?"},
		{"who is @joana.r", "who is @joana.r"}, // a handle asked about
	} {
		if got := cleanQuestion(tc.in); got != tc.want {
			t.Errorf("cleanQuestion(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	long := strings.Repeat("é", MaxQuestionBytes)
	if got := cleanQuestion(long); len(got) > MaxQuestionBytes || !utf8.ValidString(got) {
		t.Errorf("long question cut to %d bytes, valid %v", len(got), utf8.ValidString(got))
	}
}

func TestMark(t *testing.T) {
	esc := func(s string) string { return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s) }
	for _, tc := range []struct {
		name, text string
		spans      []Span
		want       string
	}{
		{"none", "a <b>", nil, "a &lt;b&gt;"},
		{"two", "CTO and CIO", []Span{{0, 3}, {8, 11}}, "*CTO* and *CIO*"},
		{"escaped inside", "<CTO>", []Span{{1, 4}}, "&lt;*CTO*&gt;"},
		{"out of range ignored", "CTO", []Span{{1, 9}}, "CTO"},
		{"overlap ignored", "abcdef", []Span{{0, 3}, {2, 4}}, "*abc*def"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Mark(tc.text, tc.spans, esc, "*", "*"); got != tc.want {
				t.Errorf("Mark = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestHeadingMatches(t *testing.T) {
	for _, tc := range []struct {
		intent            Intent
		question, heading string
		want              bool
	}{
		{IntentSkills, "what skills does a CFO need", "Skills and background", true},
		{IntentSkills, "what skills does a CFO need", "Who the CFO reports to", false},
		{IntentSearch, "when does a startup need a CHRO", "When a company needs a CHRO", true},
		{IntentSearch, "we're at 15 engineers, is it time for a VP yet?", "When a company needs a VP of Engineering", true},
		{IntentSearch, "eng is ~35 ppl now, time for a vpe?", "When a company needs a VP of Engineering", true},
		{IntentSearch, "should we hire a CFO at 20 people", "When a company needs a CFO", true},
		{IntentSearch, "is 40 people too soon for a COO", "When a company needs a COO", true},
		{IntentSearch, "who does the CISO report to", "Who the CISO reports to", true},
		{IntentSearch, "who is the CEO accountable to", "Who the CEO answers to", true},
		{IntentSearch, "where does the CTO title come from", "Where the CTO title came from", true},
		{IntentSearch, "what does a CDO do all day", "When a company needs a CDO", false},
		{IntentCompare, "CTO vs CIO", "How the CTO differs from the CIO", true},
		// "does" makes a heading of duties only as in "What a CTO does".
		{IntentResponsibilities, "what does the CISO own", "What a CISO does", true},
		{IntentResponsibilities, "what does the CISO own", "What does the CISO actually do?", true},
		{IntentResponsibilities, "what does the CISO own", "Who does the CISO report to?", false},
		// A minutes' item that is a report is no reporting line.
		{IntentSearch, "who does the CEO report to", "25/037 Chief Executive's report", false},
		{IntentSearch, "who does the CEO report to", "Annual report of the board", false},
		{IntentSearch, "who does the CEO report to", "Reporting lines", true},
		// "Report" with an object is something to tell, no reporting line.
		{IntentSearch, "I want to report a harassment issue, which leader handles that?", "Who the VP of Engineering reports to", false},
		{IntentSearch, "where do i report an incident", "Reporting lines", false},
		{IntentSearch, "who reports to the CTO", "Reporting lines", true},
		// A job description's field of whom its post reports to.
		{IntentSearch, "who is the wfs responsible to", "RESPONSIBLE TO", true},
		{IntentSearch, "who is the wfs responsible to?", "Line manager", true},
		{IntentSearch, "who is responsible to check the boilers", "RESPONSIBLE TO", false},
		{IntentSearch, "who does the chief engineer report to", "Reporting accidents", false},
		// "Responsible Persons" is a title, not duties.
		{IntentResponsibilities, "what does the director of estates do", "Authorising Engineers and Responsible Persons", false},
		// "Job titles" is a glossary, not duties.
		{IntentResponsibilities, "what does the vice chancellor do", "Glossary › Job titles", false},
		{IntentResponsibilities, "what does the director of estates do", "Responsibilities of the Director of Estates", true},
	} {
		if got := headingMatches(tc.intent, tc.question, tc.heading); got != tc.want {
			t.Errorf("headingMatches(%s, %q, %q) = %v, want %v", tc.intent, tc.question, tc.heading, got, tc.want)
		}
	}
}

// Questions that name no role still find the article about the role whose
// title carries their subject.
func TestTopicWithoutRole(t *testing.T) {
	e := shipped(t)
	for q, want := range map[string]string{
		"who is responsible for marketing":  "cmo",
		"who keeps our data clean":          "cdo",
		"who deals with security incidents": "ciso",
		// An executive the question does not name only asks who.
		"exec in charge of fin":           "cfo",
		"which executive handles finance": "cfo",
	} {
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Excerpts) == 0 || a.Excerpts[0].ArticleSlug != want {
			t.Errorf("%q: best excerpt %+v, want one from %s", q, a.Excerpts, want)
		}
	}
}

// Passages that differ only in spacing are one excerpt; others are not.
func TestTextKey(t *testing.T) {
	same := [][2]string{
		{"The CFO owns the budget.", "The CFO  owns\nthe budget."},
		{" The CFO owns the budget.\t", "The CFO owns the budget."},
	}
	for _, p := range same {
		if textKey(p[0]) != textKey(p[1]) {
			t.Errorf("%q and %q differ", p[0], p[1])
		}
	}
	differ := [][2]string{
		{"The CFO owns the budget.", "The CFO owns the budgets."},
		{"The CFO owns the budget.", "TheCFO owns the budget."},
	}
	for _, p := range differ {
		if textKey(p[0]) == textKey(p[1]) {
			t.Errorf("%q and %q hash alike", p[0], p[1])
		}
	}
}

func TestAboutAll(t *testing.T) {
	for q, want := range map[string]bool{
		"do all the chiefs report to the CEO":    true,
		"why so many c-level titles":             true,
		"which c-suite person handles secops?":   false,
		"which c-level exec owns pricing":        false,
		"which C-level titles are about data":    true,
		"which of the execs signs off contracts": false,
		"which execs report to the CEO":          true,
		"who is the CFO":                         false,
	} {
		if got := aboutAll(q); got != want {
			t.Errorf("aboutAll(%q) = %v, want %v", q, got, want)
		}
	}
}
