package bot

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/internal/slackfake"
)

// manyCards returns n cards with long, hostile fields.
func manyCards(n, fieldLen int) []corpus.Card {
	long := func(i int, what string) string {
		return cutRunes(strings.Repeat(fmt.Sprintf("%s %d <!channel> & <@U1> ünï 🚀 ", what, i), fieldLen/20+1), fieldLen)
	}
	cards := make([]corpus.Card, n)
	for i := range cards {
		c := corpus.Card{
			ID: fmt.Sprintf("c%03do", i), Abbreviation: long(i, "ABBR"), Title: long(i, "Title"),
			Aliases: []string{long(i, "alias"), long(i, "alias2")},
			Summary: long(i, "summary"), Focus: long(i, "focus"),
			Sources: map[string]corpus.SourceRef{
				"summary": {Article: long(i, "article"), Section: long(i, "section")},
				"skills":  {Article: "x", Section: long(i, "other section"), ArticleTitle: long(i, "Article title")},
			},
		}
		for j := range 30 {
			c.Responsibilities = append(c.Responsibilities, long(j, "responsibility"))
			c.Skills = append(c.Skills, long(j, "skill"))
			c.ConfusedWith = append(c.ConfusedWith, fmt.Sprintf("c%03do-%s", j, strings.Repeat("x", fieldLen)))
		}
		cards[i] = c
	}
	return cards
}

func cutRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// longParagraph is a 20,000-character paragraph full of things to escape,
// multi-byte characters and emoji (two UTF-16 units each).
func longParagraph() (string, []Span) {
	text := cutRunes(strings.Repeat("The CTO & the CIO <work> together on “platforms” — ünïcödé 🚀; <!here> ", 300), 20000)
	var spans []Span
	for i := 0; ; {
		j := strings.Index(text[i:], "CIO")
		if j < 0 {
			break
		}
		spans = append(spans, Span{i + j, i + j + 3})
		i += j + 3
	}
	return text, spans
}

func TestRenderSlackStaysWithinBlockKitLimits(t *testing.T) {
	para, spans := longParagraph()
	var manyExcerpts []Excerpt
	for i := range 60 {
		manyExcerpts = append(manyExcerpts, Excerpt{Rank: i + 1, Article: "A", Section: "S", Text: para, Spans: spans})
	}
	huge := manyCards(40, 600)
	for _, tc := range []struct {
		name string
		a    Answer
		v    SlackView
	}{
		{"card", Answer{Question: "cio", Intent: IntentDefine, Cards: testCards[:1]}, SlackView{Cards: testCards, Share: true}},
		{"comparison", Answer{Question: "cto vs cio", Intent: IntentCompare, Cards: testCards}, SlackView{Cards: testCards}},
		{"20,000-character paragraph", Answer{Question: "q", Intent: IntentSearch,
			Excerpts: []Excerpt{{Article: para, Section: para, Text: para, Spans: spans}}}, SlackView{Share: true}},
		{"paragraph of emoji", Answer{Question: "q", Excerpts: []Excerpt{{Text: strings.Repeat("🚀", 20000)}}}, SlackView{}},
		{"sixty excerpts", Answer{Question: "q", Excerpts: manyExcerpts}, SlackView{}},
		{"forty huge cards with excerpts", Answer{Question: para, Intent: IntentCompare, Cards: huge, Excerpts: manyExcerpts},
			SlackView{Cards: huge, Share: true, SharedBy: "U0ALICE"}},
		{"shared, full of blocks", Answer{Question: "q", Cards: huge[:1], Excerpts: manyExcerpts}, SlackView{Cards: huge, SharedBy: "U0ALICE"}},
		{"question of 5,000 characters", Answer{Question: strings.Repeat("<!channel> ", 500), Intent: IntentSearch,
			Excerpts: manyExcerpts[:1]}, SlackView{Share: true}},
		{"unknown roles", Answer{Question: "cxo", NoMatch: true, Unknown: strings.Fields(strings.Repeat("c<x>o ", 300)),
			Suggestions: append([]string{"cio", "cto", "cko"}, strings.Fields(strings.Repeat("try&this ", 400))...)}, SlackView{Cards: testCards}},
		{"unknown roles, many known", Answer{Question: "cxo", NoMatch: true, Unknown: []string{"cxo"},
			Suggestions: []string{"c000o", "c001o", "c002o", "c003o", "c004o", "c005o", "c006o"}}, SlackView{Cards: manyCards(200, 100)}},
		{"nothing found", Answer{Question: para, NoMatch: true}, SlackView{Cards: testCards}},
		{"role list", Answer{Question: "which roles do you know?", Intent: IntentList}, SlackView{Cards: manyCards(200, 100)}},
		{"help", Answer{Intent: IntentHelp}, SlackView{Cards: manyCards(200, 100)}},
		{"empty answer", Answer{}, SlackView{}},
		{"empty texts", Answer{Question: " ", Cards: []corpus.Card{{ID: "x"}}, Excerpts: []Excerpt{{}, {Text: " "}}}, SlackView{Share: true}},
		{"invalid UTF-8", Answer{Question: "\xff\xfe", Cards: []corpus.Card{{ID: "x", Title: "\xc3", Summary: "a\xffb"}},
			Excerpts: []Excerpt{{Text: "bad \xff byte", Spans: []Span{{0, 3}}}}}, SlackView{Share: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := RenderSlack(tc.a, tc.v)
			blocks, err := json.Marshal(m.Blocks)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range slackfake.ValidateMessage(m.Text, blocks) {
				t.Error(e)
			}
			for _, p := range escapeProblems(slackfake.Message{Text: m.Text, Blocks: blocks}) {
				t.Error(p)
			}
			if tc.v.Share && tc.a.Intent != IntentHelp && !tc.a.NoMatch && strings.TrimSpace(tc.a.Question) != "" {
				if _, ok := buttons(t, blocks)[actionShare]; !ok {
					t.Error("no share button")
				}
			}
		})
	}
}

func TestRenderSlackCard(t *testing.T) {
	m := RenderSlack(Answer{Question: "cio", Intent: IntentDefine, Cards: testCards[:1],
		Excerpts: []Excerpt{{Article: "The CIO", Section: "What a CIO does", Text: "The CIO runs IT.", Spans: []Span{{4, 7}}}}},
		SlackView{Cards: testCards, Share: true})
	blocks, _ := json.Marshal(m.Blocks)
	all := texts(blocks)
	for _, want := range []string{
		"CIO · Chief Information Officer",                                                   // header
		"Runs the company's internal information systems.",                                  // summary
		"*Focus*\nInternal IT, data and processes.",                                         // fields
		"*Responsibilities*\n• IT strategy\n• Enterprise systems\n• IT budget",              //
		"*Often confused with*\nCTO, CKO",                                                   //
		"Sources: The Chief Information Officer (CIO) § What a CIO does",                    // context
		"> The *CIO* runs IT.",                                                              // excerpt as a quote
		"The CIO § What a CIO does",                                                         // and where it is from
		"CTO: Chief Technology Officer", "CKO: Chief Knowledge Officer", "Share in channel", // buttons
	} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %q in:\n%s", want, all)
		}
	}
	b := buttons(t, blocks)
	if b[actionShare] != "cio" || b[actionRolePrefix+"0"] != "cto" || b[actionRolePrefix+"1"] != "cko" {
		t.Errorf("buttons %v", b)
	}
	if m.Text != "CIO · Chief Information Officer: Runs the company&#39;s internal information systems." &&
		m.Text != "CIO · Chief Information Officer: Runs the company's internal information systems." {
		t.Errorf("fallback text %q", m.Text)
	}
}

func TestSlackCut(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		limit    int
		want     string
	}{
		{"fits", "héllo", 5, "héllo"},
		{"ascii", "hello world", 6, "hello…"},
		{"multi-byte", "ééééé", 3, "éé…"},
		{"emoji count two", "🚀🚀🚀", 4, "🚀…"},
		{"never half an entity", "a &amp; b", 5, "a …"},
		{"entity kept whole", "a &amp; b", 8, "a &amp;…"},
		{"tiny limit", "hello", 1, "…"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := slackCut(tc.in, tc.limit)
			if got != tc.want {
				t.Errorf("slackCut(%q, %d) = %q, want %q", tc.in, tc.limit, got, tc.want)
			}
			if !utf8.ValidString(got) || slackLen(got) > tc.limit {
				t.Errorf("%q: invalid or too long", got)
			}
		})
	}
}

func TestSlackFitKeepsMarkupWhole(t *testing.T) {
	para, spans := longParagraph()
	for _, limit := range []int{1, 10, 100, 2999, 3000} {
		out := slackFit(para, limit, func(prefix string, more bool) string {
			m := Mark(prefix, spans, slackEscape, "*", "*")
			if more {
				m += slackEllipsis
			}
			return m
		})
		if slackLen(out) > limit {
			t.Errorf("limit %d: %d long", limit, slackLen(out))
		}
		if strings.Count(out, "*")%2 != 0 {
			t.Errorf("limit %d: a bold marker was cut: …%s", limit, out[max(0, len(out)-40):])
		}
		if p := escapeProblems(slackfake.Message{Text: out}); len(p) > 0 {
			t.Errorf("limit %d: %v", limit, p)
		}
	}
}
