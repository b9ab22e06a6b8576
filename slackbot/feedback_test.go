package slackbot

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/internal/slackfake"
	"github.com/rolebot/rolebot/state"
	"go.yaml.in/yaml/v3"
)

// openStore opens a real embedded store in a temporary folder.
func openStore(t testing.TB) *state.Store {
	t.Helper()
	st, err := state.Open(context.Background(), state.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func withStore(st Store) func(*Config) { return func(c *Config) { c.Store = st } }

// realQuestions are the questions of the engine's evaluation sets, every
// role alone and every pair of roles compared.
func realQuestions(t *testing.T, e *bot.Engine) []string {
	t.Helper()
	var qs []string
	files, _ := filepath.Glob(filepath.Join("..", "bot", "testdata", "*.yaml"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var items []struct {
			Q string `yaml:"q"`
		}
		if err := yaml.Unmarshal(raw, &items); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, it := range items {
			qs = append(qs, it.Q)
		}
	}
	cards := e.Cards()
	for i, a := range cards {
		qs = append(qs, a.ID, "what does a "+a.Abbreviation+" do?")
		for _, b := range cards[i+1:] {
			qs = append(qs, a.ID+" vs "+b.ID, "what is the difference between a "+a.Title+" and a "+b.Title+"?")
		}
	}
	return append(qs, "which roles do you know?", "help", "how do I bake bread?", "cxo")
}

// TestFirstMessageFitsAScreen renders the answers of the real engine to many
// questions and checks that each first message stays under MaxFirstText of
// visible text, within Block Kit's limits, with 👍 and 👎.
func TestFirstMessageFitsAScreen(t *testing.T) {
	e := shipped(t)
	qs := realQuestions(t, e)
	if len(qs) < 150 {
		t.Fatalf("only %d questions", len(qs))
	}
	longest := 0
	for _, q := range qs {
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []View{{Cards: e.Cards()}, {Cards: e.Cards(), Share: true, SharedBy: "U0ALICE"}} {
			m := Render(a, v)
			blocks, _ := json.Marshal(m.Blocks)
			n := visibleLen(strings.Join(blockTexts(blocks), ""))
			longest = max(longest, n)
			if n >= MaxFirstText {
				t.Errorf("%q: first message has %d characters of visible text, want under %d:\n%s", q, n, MaxFirstText, texts(blocks))
			}
			for _, p := range slackfake.ValidateMessage(m.Text, blocks) {
				t.Errorf("%q: %s", q, p)
			}
			b := buttons(t, blocks)
			if _, ok := b[actionUp]; a.Intent != bot.IntentHelp && !ok {
				t.Errorf("%q: no 👍 button", q)
			}
		}
	}
	t.Logf("%d questions; the longest first message has %d characters of visible text", len(qs), longest)
}

// fieldRows returns, per section of a message with two fields, the
// section's text and its two fields.
func fieldRows(t *testing.T, blocks json.RawMessage) [][3]string {
	var list []struct {
		Type string `json:"type"`
		Text *struct {
			Text string `json:"text"`
		} `json:"text"`
		Fields []struct {
			Text string `json:"text"`
		} `json:"fields"`
	}
	if err := json.Unmarshal(blocks, &list); err != nil {
		t.Fatal(err)
	}
	var rows [][3]string
	for _, b := range list {
		if b.Type == "section" && len(b.Fields) == 2 {
			label := ""
			if b.Text != nil {
				label = b.Text.Text
			}
			rows = append(rows, [3]string{label, b.Fields[0].Text, b.Fields[1].Text})
		}
	}
	return rows
}

// TestComparisonSideBySide asks the real engine for the difference between
// the CTO and the CIO, in a mention, and checks the answer Slack received:
// one row per aspect, the CTO on the left and the CIO on the right, cited,
// then one or two quotes that name both, and More.
func TestComparisonSideBySide(t *testing.T) {
	h := startBot(t, shipped(t))
	h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> what is the difference between a CTO and a CIO?"))
	p := h.fake.WaitPosts(1)[0]
	rows := fieldRows(t, p.Blocks)
	var labels []string
	for _, r := range rows {
		labels = append(labels, r[0])
	}
	if want := []string{"", "*What it is*", "*Focus*", "*Closer to*", "*Responsibilities*", "*Skills*"}; strings.Join(labels, "|") != strings.Join(want, "|") {
		t.Fatalf("rows %q, want %q", labels, want)
	}
	if !strings.HasPrefix(rows[0][1], "*CTO*") || !strings.HasPrefix(rows[0][2], "*CIO*") {
		t.Errorf("names %q | %q, want the CTO left and the CIO right", rows[0][1], rows[0][2])
	}
	if rows[3][1] != "The front line" || rows[3][2] != "Management" {
		t.Errorf("closer to: %q | %q", rows[3][1], rows[3][2])
	}
	all := texts(p.Blocks)
	if !strings.Contains(all, "Sources: ") || !strings.Contains(all, "§") {
		t.Errorf("no sources:\n%s", all)
	}
	quotes := 0
	for _, s := range blockTexts(p.Blocks) {
		if strings.HasPrefix(s, "> ") {
			quotes++
			if !strings.Contains(s, "CTO") || !strings.Contains(s, "CIO") {
				t.Errorf("a quote that does not name both roles: %q", s)
			}
		}
	}
	if quotes < 1 || quotes > 2 {
		t.Errorf("%d quotes, want 1 or 2:\n%s", quotes, all)
	}
	if _, ok := buttons(t, p.Blocks)[actionMore]; !ok {
		t.Error("no More button")
	}
}

// TestComparisonOfManyRolesSaysWhichAreLeft asks about six roles: the
// answer Slack received holds four cards and names the two it left out.
func TestComparisonOfManyRolesSaysWhichAreLeft(t *testing.T) {
	h := startBot(t, shipped(t))
	h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cto vs cio vs ceo vs cfo vs cmo vs coo"))
	all := texts(h.fake.WaitPosts(1)[0].Blocks)
	if !strings.Contains(all, "not shown: CMO, COO") {
		t.Errorf("the answer does not say which roles it left out:\n%s", all)
	}
}

// A role the question names without a card is said to have none, in
// what Slack received.
func TestNoCardSaidInSlack(t *testing.T) {
	h := startBot(t, shipped(t))
	h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> is an engineering manager the same as a CTO?"))
	if all := texts(h.fake.WaitPosts(1)[0].Blocks); !strings.Contains(all, "I have no card for the Engineering Manager") {
		t.Errorf("the answer does not say the role has no card:\n%s", all)
	}
}

// A role-like title the bot does not know, named as the setting of a
// question it answers, is said to be unknown in what Slack received.
func TestUnknownSettingSaidInSlack(t *testing.T) {
	h := startBot(t, shipped(t))
	h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", `<@U0ROLEBOT> our startup has a "chief vibes officer", what are the real c-level roles?`))
	all := texts(h.fake.WaitPosts(1)[0].Blocks)
	if !strings.Contains(all, "I don't know the role CHIEF VIBES OFFICER; this answers the rest") || !strings.Contains(all, "C-suite") {
		t.Errorf("the answer does not say the title is unknown, or does not answer the rest:\n%s", all)
	}
}

// TestMoreUpdatesInPlace presses More under a channel answer twice: each
// press updates the same message with chat.update, with the full cards and
// without More; the second changes nothing.
func TestMoreUpdatesInPlace(t *testing.T) {
	h := startBot(t, &fakeAnswerer{})
	h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cto vs cio"))
	p := h.fake.WaitPosts(1)[0]
	value := buttons(t, p.Blocks)[actionMore]
	if value == "" {
		t.Fatal("no More button")
	}
	for i, env := range []string{"env-more-1", "env-more-2"} {
		ack, done := h.send(buttonPress(t, env, actionMore, value, p.TS, "", h.fake.ResponseURL("more"), false))
		if len(ack.Payload) > 0 && string(ack.Payload) != "null" {
			t.Errorf("ack payload %s, want none", ack.Payload)
		}
		if done.Attrs["outcome"] != outcomeAnswered {
			t.Fatalf("press %d: outcome %q", i+1, done.Attrs["outcome"])
		}
		u := h.fake.WaitPosts(2 + i)[1+i]
		if u.Method != "chat.update" || u.Channel != "C0GENERAL" || u.TS != p.TS {
			t.Fatalf("press %d: %s to %s ts %s, want chat.update of %s", i+1, u.Method, u.Channel, u.TS, p.TS)
		}
		all := texts(u.Blocks)
		for _, w := range []string{"*Often confused with*", "*What it is*", "👍"} {
			if !strings.Contains(all, w) {
				t.Errorf("press %d: the update lacks %q:\n%s", i+1, w, all)
			}
		}
		if _, ok := buttons(t, u.Blocks)[actionMore]; ok {
			t.Errorf("press %d: More is still there", i+1)
		}
	}
}

// TestMoreOnEphemeralReply presses More under a /role reply: the reply is
// replaced through its response_url, still with Share.
func TestMoreOnEphemeralReply(t *testing.T) {
	h := startBot(t, &fakeAnswerer{}, func(c *Config) { c.SlashAckWait = 10 * time.Second })
	ack, _ := h.send(slashCommand(t, "env-slash", "cto vs cio", h.fake.ResponseURL("slash")))
	reply, _ := ack.Reply()
	value := buttons(t, reply.Blocks)[actionMore]
	h.send(buttonPress(t, "env-more", actionMore, value, "1700000300.000300", "", h.fake.ResponseURL("press"), true))
	u := h.fake.WaitPosts(1)[0]
	if u.Method != "response_url" || u.URL != "press" || !u.ReplaceOriginal {
		t.Fatalf("%+v, want a replace_original through the press's response_url", u)
	}
	b := buttons(t, u.Blocks)
	if _, ok := b[actionShare]; !ok {
		t.Error("Share is gone")
	}
	if _, ok := b[actionMore]; ok {
		t.Error("More is still there")
	}
}

// TestVotes presses 👍 on one answer and 👎 on another, each twice: every
// press updates the message with a thanks instead of the vote buttons; the
// store counts one vote per answer, and the 👎'd question (not who asked) is
// a gap. 👎 also shows the next best passages.
func TestVotes(t *testing.T) {
	st := openStore(t)
	fa := &fakeAnswerer{answer: func(_ context.Context, q string) (bot.Answer, error) {
		a := miniAnswer(q)
		for i := range 3 {
			a.Excerpts = append(a.Excerpts, bot.Excerpt{Rank: i + 2, Article: "Article", Section: "Section " + string(rune('A'+i)),
				Text: strings.Repeat("Passage "+string(rune('A'+i))+" about roles. ", 20)})
		}
		return a, nil
	}}
	h := startBot(t, fa, withStore(st))
	h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> who decides on the cloud budget?"))
	h.send(mention(t, "env-2", "Ev2", "1700000200.000200", "", "<@U0ROLEBOT> who runs payroll?"))
	posts := h.fake.WaitPosts(2)
	up, down := posts[0], posts[1]
	for i := range 2 {
		h.send(buttonPress(t, "env-up-"+string(rune('a'+i)), actionUp, buttons(t, up.Blocks)[actionUp], up.TS, "", h.fake.ResponseURL("up"), false))
		h.send(buttonPress(t, "env-down-"+string(rune('a'+i)), actionDown, buttons(t, down.Blocks)[actionDown], down.TS, "", h.fake.ResponseURL("down"), false))
	}
	updates := h.fake.WaitPosts(6)[2:]
	for _, u := range updates {
		if u.Method != "chat.update" {
			t.Fatalf("%s, want chat.update", u.Method)
		}
		b := buttons(t, u.Blocks)
		if _, ok := b[actionUp]; ok {
			t.Errorf("the vote buttons are still on %s", u.TS)
		}
		all := texts(u.Blocks)
		switch u.TS {
		case up.TS:
			if !strings.Contains(all, "Thanks for your feedback") {
				t.Errorf("no thanks:\n%s", all)
			}
		case down.TS:
			if !strings.Contains(all, "noted as a miss") || !strings.Contains(all, "next best passages") || !strings.Contains(all, "Passage C") {
				t.Errorf("no thanks and next best passages:\n%s", all)
			}
		default:
			t.Errorf("update of %s, want %s or %s", u.TS, up.TS, down.TS)
		}
	}
	for _, ts := range []string{up.TS, down.TS} {
		if first, _, _ := st.RecordVote(context.Background(), answerID("C0GENERAL", ts), true); first {
			t.Errorf("no vote recorded for %s", ts)
		}
	}
	gaps, _ := st.Gaps(context.Background(), time.Now())
	if len(gaps) != 1 || gaps[0].Question != "who runs payroll" || gaps[0].Count != 1 || gaps[0].Kinds[0] != state.GapDownvote {
		t.Errorf("gaps %+v, want the 👎'd question once", gaps)
	}
}

// TestStaleVoteShowsTheVoteThatStands presses 👎 on an answer, then 👍
// on the same message as it was before (a stale copy, its buttons still
// there): the update Slack receives shows the 👎 that stands, not a thanks
// for the 👍, which is not counted.
func TestStaleVoteShowsTheVoteThatStands(t *testing.T) {
	st := openStore(t)
	h := startBot(t, &fakeAnswerer{}, withStore(st))
	h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> who runs payroll?"))
	p := h.fake.WaitPosts(1)[0]
	b := buttons(t, p.Blocks)
	h.send(buttonPress(t, "env-down", actionDown, b[actionDown], p.TS, "", h.fake.ResponseURL("down"), false))
	h.send(buttonPress(t, "env-up", actionUp, b[actionUp], p.TS, "", h.fake.ResponseURL("up"), false))
	updates := h.fake.WaitPosts(3)[1:]
	last := texts(updates[1].Blocks)
	if strings.Contains(last, "Thanks for your feedback") || !strings.Contains(last, "noted as a miss") {
		t.Errorf("after 👎 then a stale 👍, the message shows:\n%s", last)
	}
}

// TestGaps asks two questions that find nothing in a channel, one twice,
// and one in a direct message, then /role gaps: the reply, only for the
// asker, lists the channel's most frequent first; the direct message's
// only with GapsPrivate (GAPS=all), since only its asker saw it.
func TestGaps(t *testing.T) {
	for _, private := range []bool{false, true} {
		t.Run(fmt.Sprintf("private=%v", private), func(t *testing.T) {
			st := openStore(t)
			h := startBot(t, &fakeAnswerer{}, withStore(st), func(c *Config) { c.SlashAckWait = 10 * time.Second; c.GapsPrivate = private })
			h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cxo"))
			h.send(mention(t, "env-2", "Ev2", "1700000200.000200", "", "<@U0ROLEBOT> <@U0BOB0002> <!here> cxo?"))
			h.send(directMessage(t, "env-3", "Ev3", "1700000300.000300", "", "what is a cqo"))
			h.send(slashCommand(t, "env-4", "what is a czo", h.fake.ResponseURL("czo")))
			h.fake.WaitPosts(3)
			ack, _ := h.send(slashCommand(t, "env-gaps", "gaps", h.fake.ResponseURL("gaps")))
			reply, ok := ack.Reply()
			if !ok || !strings.Contains(string(ack.Payload), `"response_type":"ephemeral"`) {
				t.Fatalf("ack %s, want an ephemeral reply", ack.Payload)
			}
			all := texts(reply.Blocks)
			if i := strings.Index(all, "“cxo” · 2 times"); i < 0 {
				t.Errorf("the channel's question is not listed:\n%s", all)
			}
			for _, q := range []string{"“what is a cqo” · once", "“what is a czo” · once"} {
				if strings.Contains(all, q) != private {
					t.Errorf("private questions listed: %v, want %v (%s):\n%s", !private, private, q, all)
				}
			}
			if private && strings.Index(all, "“cxo” · 2 times") > strings.Index(all, "“what is a cqo” · once") {
				t.Errorf("want cxo (2 times) before cqo (once):\n%s", all)
			}
			if strings.Contains(all, "U0ALICE") || strings.Contains(all, "U0BOB0002") || strings.Contains(all, "here") {
				t.Errorf("the gaps name who asked or whom the question mentions:\n%s", all)
			}
		})
	}
}

// TestHomeTab opens the Home tab: views.publish gets every role with a Show
// card button, the corpus line and the top unanswered question; a press of
// Show card opens the card in a modal.
func TestHomeTab(t *testing.T) {
	st := openStore(t)
	if err := st.RecordGap(context.Background(), state.Gap{Question: "What is a CXO?", Kind: state.GapNoMatch}); err != nil {
		t.Fatal(err)
	}
	indexed := time.Date(2025, 3, 4, 5, 6, 0, 0, time.UTC)
	h := startBot(t, describedAnswerer{&fakeAnswerer{}, CorpusInfo{Articles: 13, Passages: 400, Indexed: indexed}}, withStore(st))
	_, done := h.send(fixture(t, "app_home_opened", nil))
	if done.Attrs["outcome"] != outcomeAnswered {
		t.Fatalf("outcome %q", done.Attrs["outcome"])
	}
	v := h.fake.WaitViews(1)[0]
	if v.Method != "views.publish" || v.User != "U0ALICE" || v.Type != "home" {
		t.Fatalf("%+v, want the Home tab of U0ALICE", v)
	}
	all := texts(v.Blocks)
	for _, w := range []string{"/role cto vs cio", "*CIO* · Chief Information Officer", "*CKO* · Chief Knowledge Officer",
		"*CTO* · Chief Technology Officer", "13 articles (400 passages), last indexed 2025-03-04 05:06 UTC", "“what is a cxo” · once"} {
		if !strings.Contains(all, w) {
			t.Errorf("the Home tab lacks %q:\n%s", w, all)
		}
	}
	if n := strings.Count(all, "Show card"); n != len(testCards) {
		t.Errorf("%d Show card buttons, want %d", n, len(testCards))
	}
	press := fixture(t, "block_actions", map[string]any{
		"envelope_id": "env-card", "payload.container": map[string]any{"type": "view", "view_id": "V0HOME"},
		"payload.channel": nil, "payload.response_url": nil,
		"payload.actions": []any{map[string]any{"action_id": actionCardPrefix + "2", "block_id": "b", "value": "cto", "type": "button",
			"text": map[string]any{"type": "plain_text", "text": "Show card"}, "action_ts": "1700000410.000001"}},
	})
	h.send(press)
	m := h.fake.WaitViews(2)[1]
	if m.Method != "views.open" || m.Type != "modal" || m.Title != "CTO" || !strings.Contains(texts(m.Blocks), "Leads the technology") {
		t.Errorf("%+v, want the CTO card in a modal", m)
	}
	// Another tab is no reason to publish.
	h.send(fixture(t, "app_home_opened", map[string]any{"envelope_id": "env-msgs", "payload.event_id": "Ev2", "payload.event.tab": "messages"}))
	if n := len(h.fake.Views()); n != 2 {
		t.Errorf("%d views, want 2", n)
	}
}

// TestRetryToAnotherBotAnsweredOnce runs two bots sharing one embedded
// store, as two replicas on one STATE_DIR would: a mention sent to one and
// its retry to the other get one answer.
func TestRetryToAnotherBotAnsweredOnce(t *testing.T) {
	st := openStore(t)
	one := startBot(t, &fakeAnswerer{}, withStore(st))
	two := startBot(t, &fakeAnswerer{}, withStore(st))
	one.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cio"))
	retry := mention(t, "env-2", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cio")
	_, done := two.send(retry)
	if done.Attrs["outcome"] != outcomeDuplicate {
		t.Errorf("the retry: %q, want duplicate", done.Attrs["outcome"])
	}
	if n := len(one.fake.Posts()) + len(two.fake.Posts()); n != 1 {
		t.Errorf("%d answers, want 1", n)
	}
}

// describedAnswerer is an Answerer that describes its corpus.
type describedAnswerer struct {
	*fakeAnswerer
	info CorpusInfo
}

func (d describedAnswerer) Corpus() CorpusInfo { return d.info }

// TestEveryViewWithinLimits renders hostile answers in every state a
// message can reach (first, after More, after 👍 or 👎) and a Home tab of
// 200 long cards, and checks them against Block Kit's limits.
func TestEveryViewWithinLimits(t *testing.T) {
	para, spans := longParagraph()
	var excerpts []bot.Excerpt
	for i := range 60 {
		excerpts = append(excerpts, bot.Excerpt{Rank: i + 1, Article: para, Section: "S", Text: para, Spans: spans})
	}
	huge := manyCards(40, 600)
	answers := []bot.Answer{
		{Question: para, Intent: bot.IntentCompare, Cards: huge[:2], Excerpts: excerpts},
		{Question: "q", Intent: bot.IntentCompare, Cards: huge[:4], Excerpts: excerpts},
		{Question: "q", Intent: bot.IntentDefine, Cards: huge[:1], Excerpts: excerpts},
		{Question: "q", Excerpts: excerpts},
		{Question: "cxo", NoMatch: true, Unknown: []string{"cxo"}},
	}
	for i, a := range answers {
		for _, v := range []View{{}, {Full: true}, {Voted: votedUp}, {Voted: votedDown}, {Full: true, Voted: votedDown, Share: true, SharedBy: "U0ALICE"}} {
			v.Cards = huge
			m := Render(a, v)
			blocks, _ := json.Marshal(m.Blocks)
			for _, e := range slackfake.ValidateMessage(m.Text, blocks) {
				t.Errorf("answer %d, view %+v: %s", i, v.Voted, e)
			}
			if b := buttons(t, blocks); v.Voted != "" && b[actionUp] != "" {
				t.Errorf("answer %d: voted, yet 👍 is there", i)
			}
		}
	}
	gaps := []state.GapEntry{{Question: para, Count: 3}, {Question: "<!channel>", Count: 1}}
	home, _ := json.Marshal(RenderHome(manyCards(200, 300), func() (CorpusInfo, bool) { return CorpusInfo{}, false }, gaps))
	for _, e := range slackfake.ValidateView(home) {
		t.Errorf("home: %s", e)
	}
	for _, p := range escapeProblems(slackfake.Message{Text: "home", Blocks: home}) {
		t.Errorf("home: %s", p)
	}
	st := answerState{Question: strings.Repeat("é", 3000), Full: true, Share: true, Voted: votedDown, SharedBy: "U0ALICE"}
	got := decodeState(st.encode())
	if !got.Full || !got.Share || got.Voted != votedDown || got.SharedBy != "U0ALICE" || !strings.HasPrefix(st.Question, got.Question) {
		t.Errorf("a state does not survive its button value: %+v", got)
	}
}
