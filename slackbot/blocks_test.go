package slackbot

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rolebot/rolebot/bot"
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
func longParagraph() (string, []bot.Span) {
	text := cutRunes(strings.Repeat("The CTO & the CIO <work> together on “platforms” — ünïcödé 🚀; <!here> ", 300), 20000)
	var spans []bot.Span
	for i := 0; ; {
		j := strings.Index(text[i:], "CIO")
		if j < 0 {
			break
		}
		spans = append(spans, bot.Span{Start: i + j, End: i + j + 3})
		i += j + 3
	}
	return text, spans
}

func TestRenderStaysWithinBlockKitLimits(t *testing.T) {
	para, spans := longParagraph()
	var manyExcerpts []bot.Excerpt
	for i := range 60 {
		manyExcerpts = append(manyExcerpts, bot.Excerpt{Rank: i + 1, Article: "A", Section: "S", Text: para, Spans: spans})
	}
	huge := manyCards(40, 600)
	for _, tc := range []struct {
		name string
		a    bot.Answer
		v    View
	}{
		{"card", bot.Answer{Question: "cio", Intent: bot.IntentDefine, Cards: testCards[:1]}, View{Cards: testCards, Share: true}},
		{"comparison", bot.Answer{Question: "cto vs cio", Intent: bot.IntentCompare, Cards: testCards}, View{Cards: testCards}},
		{"20,000-character paragraph", bot.Answer{Question: "q", Intent: bot.IntentSearch,
			Excerpts: []bot.Excerpt{{Article: para, Section: para, Text: para, Spans: spans}}}, View{Share: true}},
		{"paragraph of emoji", bot.Answer{Question: "q", Excerpts: []bot.Excerpt{{Text: strings.Repeat("🚀", 20000)}}}, View{}},
		{"sixty excerpts", bot.Answer{Question: "q", Excerpts: manyExcerpts}, View{}},
		{"forty huge cards with excerpts", bot.Answer{Question: para, Intent: bot.IntentCompare, Cards: huge, Excerpts: manyExcerpts},
			View{Cards: huge, Share: true, SharedBy: "U0ALICE"}},
		{"shared, full of blocks", bot.Answer{Question: "q", Cards: huge[:1], Excerpts: manyExcerpts}, View{Cards: huge, SharedBy: "U0ALICE"}},
		{"question of 5,000 characters", bot.Answer{Question: strings.Repeat("<!channel> ", 500), Intent: bot.IntentSearch,
			Excerpts: manyExcerpts[:1]}, View{Share: true}},
		{"unknown roles", bot.Answer{Question: "cxo", NoMatch: true, Unknown: strings.Fields(strings.Repeat("c<x>o ", 300)),
			Suggestions: append([]string{"cio", "cto", "cko"}, strings.Fields(strings.Repeat("try&this ", 400))...)}, View{Cards: testCards}},
		{"unknown roles, many known", bot.Answer{Question: "cxo", NoMatch: true, Unknown: []string{"cxo"},
			Suggestions: []string{"c000o", "c001o", "c002o", "c003o", "c004o", "c005o", "c006o"}}, View{Cards: manyCards(200, 100)}},
		{"nothing found", bot.Answer{Question: para, NoMatch: true}, View{Cards: testCards}},
		{"role list", bot.Answer{Question: "which roles do you know?", Intent: bot.IntentList}, View{Cards: manyCards(200, 100)}},
		{"help", bot.Answer{Intent: bot.IntentHelp}, View{Cards: manyCards(200, 100)}},
		{"empty answer", bot.Answer{}, View{}},
		{"empty texts", bot.Answer{Question: " ", Cards: []corpus.Card{{ID: "x"}}, Excerpts: []bot.Excerpt{{}, {Text: " "}}}, View{Share: true}},
		{"invalid UTF-8", bot.Answer{Question: "\xff\xfe", Cards: []corpus.Card{{ID: "x", Title: "\xc3", Summary: "a\xffb"}},
			Excerpts: []bot.Excerpt{{Text: "bad \xff byte", Spans: []bot.Span{{Start: 0, End: 3}}}}}, View{Share: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := Render(tc.a, tc.v)
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
			if tc.v.Share && tc.a.Intent != bot.IntentHelp && !tc.a.NoMatch && strings.TrimSpace(tc.a.Question) != "" {
				if _, ok := buttons(t, blocks)[actionShare]; !ok {
					t.Error("no share button")
				}
			}
		})
	}
}

func TestRenderCard(t *testing.T) {
	m := Render(bot.Answer{Question: "cio", Intent: bot.IntentDefine, Cards: testCards[:1],
		Excerpts: []bot.Excerpt{{Article: "The CIO", Section: "What a CIO does", Text: "The CIO runs IT.", Spans: []bot.Span{{Start: 4, End: 7}}}}},
		View{Cards: testCards, Share: true})
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

func TestCut(t *testing.T) {
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
			got := cutText(tc.in, tc.limit)
			if got != tc.want {
				t.Errorf("cutText(%q, %d) = %q, want %q", tc.in, tc.limit, got, tc.want)
			}
			if !utf8.ValidString(got) || visibleLen(got) > tc.limit {
				t.Errorf("%q: invalid or too long", got)
			}
		})
	}
}

func TestFitKeepsMarkupWhole(t *testing.T) {
	para, spans := longParagraph()
	for _, limit := range []int{1, 10, 100, 2999, 3000} {
		out := fit(para, limit, func(prefix string, more bool) string {
			m := bot.Mark(prefix, spans, escape, "*", "*")
			if more {
				m += ellipsis
			}
			return m
		})
		if visibleLen(out) > limit {
			t.Errorf("limit %d: %d long", limit, visibleLen(out))
		}
		if strings.Count(out, "*")%2 != 0 {
			t.Errorf("limit %d: a bold marker was cut: …%s", limit, out[max(0, len(out)-40):])
		}
		if p := escapeProblems(slackfake.Message{Text: out}); len(p) > 0 {
			t.Errorf("limit %d: %v", limit, p)
		}
	}
}

// "Nothing found" is said in the language of a question in Japanese.
func TestNothingFoundInJapanese(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"今日の天気は？", "記事に該当する内容が見つかりませんでした"},
		{"what is the weather", "I found nothing about"},
	} {
		m := noMatchBlocks(bot.Answer{Question: tc.q, NoMatch: true, Suggestions: []string{"what does a CIO do?"}}, View{Cards: testCards})
		blocks, err := json.Marshal(m.Blocks)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(blocks), tc.want) {
			t.Errorf("%q: blocks %s; want %q", tc.q, blocks, tc.want)
		}
	}
}

// A message that only thanks the bot is answered in one short line, not
// with the help.
func TestRenderThanks(t *testing.T) {
	m := Render(bot.Answer{Intent: bot.IntentHelp, Thanks: true}, View{})
	if m.Text != bot.ThanksText || len(m.Blocks) != 1 {
		t.Errorf("thanks rendered as %q with %d blocks, want the one line %q", m.Text, len(m.Blocks), bot.ThanksText)
	}
	if h := Render(bot.Answer{Intent: bot.IntentHelp}, View{}); h.Text == bot.ThanksText {
		t.Errorf("help rendered as the thanks reply")
	}
}
