package slackbot

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/internal/slackfake"
)

// testCards are the role cards of the fake answerer.
var testCards = []corpus.Card{
	{
		ID: "cio", Abbreviation: "CIO", Title: "Chief Information Officer",
		Summary:          "Runs the company's internal information systems.",
		Focus:            "Internal IT, data and processes.",
		Responsibilities: []string{"IT strategy", "Enterprise systems", "IT budget"},
		Skills:           []string{"Governance", "Vendor management"},
		ConfusedWith:     []string{"cto", "cko"},
		Sources: map[string]corpus.SourceRef{
			"summary": {Article: "cio", Section: "What a CIO does", ArticleTitle: "The Chief Information Officer (CIO)"},
			"focus":   {Article: "cio", Section: "What a CIO does", ArticleTitle: "The Chief Information Officer (CIO)"},
		},
	},
	{
		ID: "cko", Abbreviation: "CKO", Title: "Chief Knowledge Officer",
		Summary:          "Makes sure what the company knows is found and used.",
		Focus:            "Knowledge management.",
		Responsibilities: []string{"Knowledge bases", "Communities of practice"},
		Skills:           []string{"Facilitation"},
		ConfusedWith:     []string{"cio"},
	},
	{
		ID: "cto", Abbreviation: "CTO", Title: "Chief Technology Officer",
		Summary:          "Leads the technology the company sells.",
		Focus:            "Product technology & engineering.",
		Responsibilities: []string{"Technology strategy", "Engineering teams"},
		Skills:           []string{"Architecture", "Leadership"},
		ConfusedWith:     []string{"cio"},
		Sources: map[string]corpus.SourceRef{
			"summary": {Article: "cto", Section: "What a CTO does", ArticleTitle: "The Chief Technology Officer (CTO)"},
		},
	},
}

// fakeAnswerer answers like the engine does, in miniature: "cio" is a card,
// "cto vs cio" a comparison, "cxo" an unknown role, "help" the help; other
// questions get one excerpt that quotes the question (so that escaping of
// user text shows). answer, when set, replaces all that.
type fakeAnswerer struct {
	answer func(ctx context.Context, q string) (bot.Answer, error)

	mu        sync.Mutex
	questions []string
}

func (f *fakeAnswerer) Cards() []corpus.Card { return testCards }

func (f *fakeAnswerer) Answer(ctx context.Context, q string) (bot.Answer, error) {
	f.mu.Lock()
	f.questions = append(f.questions, q)
	f.mu.Unlock()
	if f.answer != nil {
		return f.answer(ctx, q)
	}
	return miniAnswer(q), nil
}

// AnswerAfter answers like Answer; the question before is kept, as
// "prev → q", in the questions asked.
func (f *fakeAnswerer) AnswerAfter(ctx context.Context, prev, q string) (bot.Answer, error) {
	a, err := f.Answer(ctx, q)
	f.mu.Lock()
	f.questions[len(f.questions)-1] = prev + " → " + q
	f.mu.Unlock()
	return a, err
}

func (f *fakeAnswerer) asked() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.questions...)
}

var roleLike = regexp.MustCompile(`^c[a-z]{1,3}o$`)

func miniAnswer(q string) bot.Answer {
	a := bot.Answer{Question: q, Intent: bot.IntentSearch}
	words := strings.Fields(strings.ToLower(strings.Trim(q, "?!. ")))
	if len(words) == 0 || (len(words) == 1 && words[0] == "help") {
		a.Intent = bot.IntentHelp
		return a
	}
	var cards []corpus.Card
	var unknown []string
	rest := 0
	for _, w := range words {
		if c := findCard(testCards, w); c.Title != "" {
			cards = append(cards, c)
			a.Roles = append(a.Roles, c.ID)
		} else if roleLike.MatchString(w) {
			unknown = append(unknown, w)
		} else if w != "vs" {
			rest++
		}
	}
	switch {
	case len(unknown) > 0 && len(cards) == 0:
		a.NoMatch, a.Unknown, a.Suggestions = true, unknown, []string{"cto", "cio", "what does a CIO do?"}
	case rest == 0 && len(cards) == 1:
		a.Intent, a.Cards = bot.IntentDefine, cards
	case rest == 0 && len(cards) > 1:
		a.Intent, a.Cards = bot.IntentCompare, cards
	default:
		text := "A CTO leads technology. You asked: " + q
		a.Excerpts = []bot.Excerpt{{Rank: 1, Article: "The Chief Technology Officer (CTO)", ArticleSlug: "cto",
			Section: "What a CTO does", Text: text, Spans: []bot.Span{{Start: 2, End: 5}}, Score: 1}}
	}
	return a
}

// harness runs a Slack bot against a fake Slack.
type harness struct {
	tb   testing.TB
	fake *slackfake.Fake
	bot  *Bot
	logs *logRecorder
	stop context.CancelFunc
	done chan error
}

// startBot starts a bot answering with a, connected to a new fake Slack.
func startBot(tb testing.TB, a Answerer, configure ...func(*Config)) *harness {
	tb.Helper()
	return startBotOn(tb, slackfake.New(tb), a, configure...)
}

// startBotOn is startBot against a fake made by the caller.
func startBotOn(tb testing.TB, fake *slackfake.Fake, a Answerer, configure ...func(*Config)) *harness {
	tb.Helper()
	logs := newLogRecorder(tb)
	cfg := Config{
		AppToken: slackfake.AppToken, BotToken: slackfake.BotToken, APIURL: fake.URL,
		Logger: slog.New(logs),
	}
	for _, c := range configure {
		c(&cfg)
	}
	h := &harness{tb: tb, fake: fake, bot: New(cfg), logs: logs, done: make(chan error, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	h.stop = cancel
	go func() { h.done <- h.bot.Serve(ctx, a) }()
	tb.Cleanup(func() {
		h.shutdown()
		for _, m := range fake.Messages() {
			for _, p := range escapeProblems(m) {
				tb.Errorf("%s: %s", m.Where, p)
			}
		}
		logs.checkNoSecrets(slackfake.AppToken, slackfake.BotToken)
	})
	fake.WaitConnected(1)
	return h
}

// shutdown stops the bot (as SIGTERM does) and returns what Serve returned.
func (h *harness) shutdown() error {
	h.stop()
	select {
	case err, ok := <-h.done:
		if ok {
			close(h.done)
		}
		return err
	case <-time.After(30 * time.Second):
		h.tb.Errorf("Serve did not return within 30s of its context being cancelled")
		return nil
	}
}

// send sends an envelope and waits until the bot has acked and handled it;
// it returns the ack and the log line that ended the handling.
func (h *harness) send(envelope []byte) (slackfake.Ack, logLine) {
	h.tb.Helper()
	var head struct {
		EnvelopeID string `json:"envelope_id"`
	}
	if err := json.Unmarshal(envelope, &head); err != nil {
		h.tb.Fatal(err)
	}
	h.fake.Send(envelope)
	ack := h.fake.WaitAck(head.EnvelopeID)
	return ack, h.logs.waitHandled(head.EnvelopeID)
}

// fixture loads testdata/slack/NAME.json with edits (see slackfake.LoadEnvelope).
func fixture(tb testing.TB, name string, edits map[string]any) []byte {
	tb.Helper()
	return slackfake.LoadEnvelope(tb, filepath.Join("testdata", "slack", name+".json"), edits)
}

func mention(tb testing.TB, envelopeID, eventID, ts, threadTS, text string) []byte {
	return messageEvent(tb, "app_mention", envelopeID, eventID, ts, threadTS, text)
}

func directMessage(tb testing.TB, envelopeID, eventID, ts, threadTS, text string) []byte {
	return messageEvent(tb, "message_im", envelopeID, eventID, ts, threadTS, text)
}

// messageEvent is the events_api envelope of a fixture whose event is a
// message, with its ids, time stamps and text set.
func messageEvent(tb testing.TB, name, envelopeID, eventID, ts, threadTS, text string) []byte {
	edits := map[string]any{
		"envelope_id": envelopeID, "payload.event_id": eventID,
		"payload.event.ts": ts, "payload.event.event_ts": ts, "payload.event.text": text,
	}
	if threadTS != "" {
		edits["payload.event.thread_ts"] = threadTS
	}
	return fixture(tb, name, edits)
}

func slashCommand(tb testing.TB, envelopeID, text, responseURL string) []byte {
	return fixture(tb, "slash_command", map[string]any{
		"envelope_id": envelopeID, "payload.text": text, "payload.response_url": responseURL,
	})
}

// buttonPress is a block_actions envelope for a press of the button
// actionID (with value) on a message at messageTS.
func buttonPress(tb testing.TB, envelopeID, actionID, value, messageTS, threadTS, responseURL string, ephemeral bool) []byte {
	edits := map[string]any{
		"envelope_id": envelopeID, "payload.container.message_ts": messageTS,
		"payload.container.is_ephemeral": ephemeral, "payload.response_url": responseURL,
		"payload.actions": []any{map[string]any{
			"action_id": actionID, "block_id": blockIDActions, "value": value, "type": "button",
			"text":      map[string]any{"type": "plain_text", "text": "x", "emoji": true},
			"action_ts": "1700000310.123456",
		}},
	}
	if threadTS != "" {
		edits["payload.container.thread_ts"] = threadTS
	}
	return fixture(tb, "block_actions", edits)
}

// buttons returns the buttons of a message: action_id → value.
func buttons(tb testing.TB, blocks json.RawMessage) map[string]string {
	tb.Helper()
	var list []struct {
		Type     string `json:"type"`
		Elements []struct {
			ActionID string `json:"action_id"`
			Value    string `json:"value"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(blocks, &list); err != nil {
		tb.Fatalf("blocks: %v", err)
	}
	out := map[string]string{}
	for _, b := range list {
		if b.Type == "actions" {
			for _, e := range b.Elements {
				out[e.ActionID] = e.Value
			}
		}
	}
	return out
}

// texts returns every text of a message's blocks, joined by newlines.
func texts(blocks json.RawMessage) string { return strings.Join(blockTexts(blocks), "\n") }

// blockTexts returns the value of every "text" field of blocks.
func blockTexts(blocks json.RawMessage) []string {
	var v any
	_ = json.Unmarshal(blocks, &v)
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, y := range x {
				if s, ok := y.(string); ok && k == "text" {
					out = append(out, s)
				} else {
					walk(y)
				}
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(v)
	return out
}

// headerOf returns the text of a message's header block.
func headerOf(tb testing.TB, blocks json.RawMessage) string {
	tb.Helper()
	var list []struct {
		Type string `json:"type"`
		Text struct {
			Text string `json:"text"`
		} `json:"text"`
	}
	_ = json.Unmarshal(blocks, &list)
	for _, b := range list {
		if b.Type == "header" {
			return b.Text.Text
		}
	}
	return ""
}

var (
	sharedByMention = regexp.MustCompile("Shared by <@[UW][A-Z0-9]+> with `/role`")
	entity          = regexp.MustCompile(`^&(amp|lt|gt);`)
)

// escapeProblems checks that every text of m is escaped: no < (so no
// <!channel>, <!here>, <@U…>, links) but rolebot's own "Shared by" mention,
// no > but the quote marks rolebot puts at line starts, and & only in
// entities.
func escapeProblems(m slackfake.Message) []string {
	all := append([]string{m.Text}, blockTexts(m.Blocks)...)
	var out []string
	for _, s := range all {
		s = sharedByMention.ReplaceAllString(s, "")
		for i := 0; i < len(s); i++ {
			bad := false
			switch s[i] {
			case '<':
				bad = true
			case '>':
				bad = !(i == 0 || s[i-1] == '\n') || i+1 >= len(s) || s[i+1] != ' '
			case '&':
				bad = !entity.MatchString(s[i:])
			}
			if bad {
				out = append(out, fmt.Sprintf("unescaped %c at %d in %.160q", s[i], i, s))
				break // one report a text is enough
			}
		}
	}
	return out
}

// logRecorder is a slog.Handler that keeps every record, so tests can wait
// for the line that ends the handling of an envelope.
type logRecorder struct {
	tb    testing.TB
	attrs []slog.Attr
	st    *logState
}

type logState struct {
	mu      sync.Mutex
	lines   []logLine
	changed chan struct{}
}

// logLine is one log record: its message, level and attributes as strings.
type logLine struct {
	Msg   string
	Level slog.Level
	Attrs map[string]string
}

func newLogRecorder(tb testing.TB) *logRecorder {
	return &logRecorder{tb: tb, st: &logState{changed: make(chan struct{})}}
}

func (r *logRecorder) Enabled(context.Context, slog.Level) bool { return true }

func (r *logRecorder) Handle(_ context.Context, rec slog.Record) error {
	l := logLine{Msg: rec.Message, Level: rec.Level, Attrs: map[string]string{}}
	for _, a := range r.attrs {
		l.Attrs[a.Key] = a.Value.String()
	}
	rec.Attrs(func(a slog.Attr) bool {
		l.Attrs[a.Key] = a.Value.String()
		return true
	})
	r.st.mu.Lock()
	r.st.lines = append(r.st.lines, l)
	close(r.st.changed)
	r.st.changed = make(chan struct{})
	r.st.mu.Unlock()
	return nil
}

func (r *logRecorder) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &logRecorder{tb: r.tb, attrs: append(append([]slog.Attr(nil), r.attrs...), attrs...), st: r.st}
}

func (r *logRecorder) WithGroup(string) slog.Handler { return r }

func (r *logRecorder) all() []logLine {
	r.st.mu.Lock()
	defer r.st.mu.Unlock()
	return append([]logLine(nil), r.st.lines...)
}

// wait waits for a line that match accepts and returns it.
func (r *logRecorder) wait(what string, match func(logLine) bool) logLine {
	r.tb.Helper()
	deadline := time.NewTimer(20 * time.Second)
	defer deadline.Stop()
	for {
		r.st.mu.Lock()
		ch := r.st.changed
		for _, l := range r.st.lines {
			if match(l) {
				r.st.mu.Unlock()
				return l
			}
		}
		r.st.mu.Unlock()
		select {
		case <-ch:
		case <-deadline.C:
			r.tb.Fatalf("waited 20s for the log line %s; have:\n%s", what, r.dump())
		}
	}
}

// waitHandled waits for the line that ends the handling of an envelope.
func (r *logRecorder) waitHandled(envelopeID string) logLine {
	r.tb.Helper()
	return r.wait("handled "+envelopeID, func(l logLine) bool {
		return l.Msg == "slack: envelope handled" && l.Attrs["envelope_id"] == envelopeID
	})
}

func (r *logRecorder) dump() string {
	var b strings.Builder
	for _, l := range r.all() {
		fmt.Fprintf(&b, "  %s %s %v\n", l.Level, l.Msg, l.Attrs)
	}
	return b.String()
}

// checkNoSecrets fails the test if any log line holds a part of a secret.
func (r *logRecorder) checkNoSecrets(secrets ...string) {
	r.tb.Helper()
	for _, l := range r.all() {
		line := l.Msg + fmt.Sprint(l.Attrs)
		for _, s := range secrets {
			_, rest, _ := strings.Cut(s, "-") // "xoxb-" alone is no secret
			if strings.Contains(line, rest) {
				r.tb.Errorf("a log line holds a token: %s", line)
			}
		}
	}
}

var (
	shippedOnce   sync.Once
	shippedEngine *bot.Engine
	shippedErr    error
	shippedDir    string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if shippedEngine != nil {
		shippedEngine.Close()
	}
	if shippedDir != "" {
		os.RemoveAll(shippedDir)
	}
	os.Exit(code)
}

// shipped returns the real engine over the embedded corpus, with its index
// built once per test binary in a temporary folder.
func shipped(t testing.TB) *bot.Engine {
	t.Helper()
	shippedOnce.Do(func() {
		shippedDir, shippedErr = os.MkdirTemp("", "rolebot-slackbot-test-")
		if shippedErr == nil {
			shippedEngine, shippedErr = bot.Open(context.Background(), corpus.Embedded(), shippedDir, bot.Options{})
		}
	})
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shippedEngine
}
