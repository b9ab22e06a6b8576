package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/internal/slackfake"
	"github.com/rolebot/rolebot/slackbot"
	"github.com/rolebot/rolebot/state"
)

// syncBuffer is a bytes.Buffer safe for the concurrent writes of a logger
// and the reads of a test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// serveSettings writes a .env file for serve and returns its path. The
// SLACK_* variables of the test's own environment are cleared, so that the
// file is what counts.
func serveSettings(t testing.TB, vars map[string]string) string {
	t.Helper()
	for _, v := range []string{"SLACK_APP_TOKEN", "SLACK_BOT_TOKEN", "SLACK_API_URL", "CORPUS_DIR", "INDEX_DIR", "LOG_LEVEL", "LOG_FORMAT", "METRICS_ADDR",
		"STATE_DIR", "REDIS_URL", "GAPS", "GAPS_DAYS"} {
		t.Setenv(v, "")
	}
	var b strings.Builder
	b.WriteString("# written by serve_test.go\n")
	if _, ok := vars["STATE_DIR"]; !ok {
		fmt.Fprintf(&b, "STATE_DIR=%s\n", t.TempDir()) // never the user's own state
	}
	if _, ok := vars["LOG_FORMAT"]; !ok {
		b.WriteString("LOG_FORMAT=text\n") // a test's buffer is no terminal: serve would log JSON
	}
	for k, v := range vars {
		fmt.Fprintf(&b, "%s=%s\n", k, v)
	}
	path := filepath.Join(t.TempDir(), ".env")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// startServe runs `rolebot serve --env-file envFile` through run, as main
// does, and returns a function that stops it (as SIGTERM does) and returns
// its exit status.
func startServe(t testing.TB, envFile string) (stderr *syncBuffer, stop func() int) {
	return startServeWith(t, envFile, nil)
}

// startServeWith is startServe answering with a instead of the engine,
// unless a is nil.
func startServeWith(t testing.TB, envFile string, a slackbot.Answerer) (stderr *syncBuffer, stop func() int) {
	t.Helper()
	if a == nil {
		return startRun(t, func(ctx context.Context, stderr *syncBuffer) int {
			return run(ctx, []string{"serve", "--env-file", envFile}, strings.NewReader(""), &syncBuffer{}, stderr)
		})
	}
	return startServeOpen(t, envFile, opensTo(a))
}

// startServeOpen is startServe with the engine opened by open.
func startServeOpen(t testing.TB, envFile string, open answererOpener) (stderr *syncBuffer, stop func() int) {
	t.Helper()
	return startRun(t, func(ctx context.Context, stderr *syncBuffer) int {
		return serve(ctx, []string{"--env-file", envFile}, &syncBuffer{}, stderr, open)
	})
}

// startRun runs serve in the background until the returned stop cancels
// its context (as SIGTERM does); stop returns its exit status.
func startRun(t testing.TB, serve func(ctx context.Context, stderr *syncBuffer) int) (stderr *syncBuffer, stop func() int) {
	t.Helper()
	stderr = &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	code := make(chan int, 1)
	go func() { code <- serve(ctx, stderr) }()
	var once sync.Once
	var status int
	stop = func() int {
		once.Do(func() {
			cancel()
			select {
			case status = <-code:
			case <-time.After(30 * time.Second):
				t.Errorf("serve did not stop within 30s; stderr:\n%s", stderr)
				status = -1
			}
		})
		return status
	}
	t.Cleanup(func() { stop() })
	return stderr, stop
}

// fixedAnswerer answers every question with the card of the CIO.
type fixedAnswerer struct{}

var cioCard = corpus.Card{ID: "cio", Abbreviation: "CIO", Title: "Chief Information Officer", Summary: "Runs internal IT."}

func (fixedAnswerer) Cards() []corpus.Card { return []corpus.Card{cioCard} }
func (fixedAnswerer) Answer(_ context.Context, q string) (bot.Answer, error) {
	return bot.Answer{Question: q, Intent: bot.IntentDefine, Roles: []string{"cio"}, Cards: []corpus.Card{cioCard}}, nil
}
func (f fixedAnswerer) AnswerAfter(ctx context.Context, _, q string) (bot.Answer, error) {
	return f.Answer(ctx, q)
}

func fixture(t testing.TB, name string, edits map[string]any) []byte {
	t.Helper()
	return slackfake.LoadEnvelope(t, filepath.Join("..", "..", "slackbot", "testdata", "slack", name+".json"), edits)
}

// opensTo is an answererOpener that opens a.
func opensTo(a slackbot.Answerer) answererOpener {
	return func(context.Context, engineOptions) (slackbot.Answerer, engineStats, func() error, error) {
		return a, engineStats{Articles: 7, Passages: 70, Cards: 1}, func() error { return nil }, nil
	}
}

func mentionEnvelope(t testing.TB, envelopeID, ts, text string) []byte {
	return fixture(t, "app_mention", map[string]any{
		"envelope_id": envelopeID, "payload.event_id": "Ev" + envelopeID,
		"payload.event.ts": ts, "payload.event.text": text,
	})
}

func TestServeEndToEnd(t *testing.T) {
	fake := slackfake.New(t)
	env := serveSettings(t, map[string]string{
		"SLACK_APP_TOKEN": slackfake.AppToken, "SLACK_BOT_TOKEN": slackfake.BotToken,
		"SLACK_API_URL": strings.TrimSuffix(fake.URL, "/"), // serve adds the slash slack-go needs
		"LOG_LEVEL":     "debug",
	})
	stderr, stop := startServeWith(t, env, fixedAnswerer{})
	fake.WaitConnected(1)

	// A mention is answered in its thread.
	fake.Send(mentionEnvelope(t, "env-1", "1700000100.000100", "<@U0ROLEBOT> what is a CIO?"))
	fake.WaitAck("env-1")
	post := fake.WaitPosts(1)[0]
	if post.Method != "chat.postMessage" || post.Channel != "C0GENERAL" || post.ThreadTS != "1700000100.000100" ||
		!strings.Contains(string(post.Blocks), "Chief Information Officer") {
		t.Errorf("post %+v, want the CIO card in the mention's thread", post)
	}

	// /role replies through its ack, visible only to the user.
	fake.Send(fixture(t, "slash_command", map[string]any{"envelope_id": "env-2", "payload.response_url": fake.ResponseURL("r")}))
	ack := fake.WaitAck("env-2")
	var reply struct {
		ResponseType string `json:"response_type"`
		Text         string `json:"text"`
	}
	if err := json.Unmarshal(ack.Payload, &reply); err != nil || reply.ResponseType != "ephemeral" || !strings.Contains(reply.Text, "CIO") {
		t.Errorf("ack payload %s, want an ephemeral CIO card", ack.Payload)
	}

	// After a disconnect, questions are still answered.
	fake.Disconnect("refresh_requested")
	fake.WaitConnected(2)
	fake.Send(mentionEnvelope(t, "env-3", "1700000100.000300", "<@U0ROLEBOT> cio"))
	fake.WaitPosts(2)

	if code := stop(); code != 0 {
		t.Errorf("exit status %d after SIGTERM, want 0; stderr:\n%s", code, stderr)
	}
	logs := stderr.String()
	for _, want := range []string{
		`msg="rolebot ready" workspace=Acme team_id=T0ACME bot_user=rolebot bot_user_id=U0ROLEBOT articles=7 passages=70`,
		"event_id=Evenv-1", "took_ms=", `msg="rolebot stopped"`,
	} {
		if !strings.Contains(logs, want) {
			t.Errorf("the logs lack %q:\n%s", want, logs)
		}
	}
	if n := strings.Count(logs, `msg="rolebot ready"`); n != 1 {
		t.Errorf("%d start-up lines, want 1", n)
	}
	assertNoToken(t, logs, slackfake.AppToken, slackfake.BotToken)
}

func TestServeBadSettings(t *testing.T) {
	for _, tc := range []struct {
		name string
		vars map[string]string
		want []string // in the message
	}{
		{"no tokens", map[string]string{}, []string{"SLACK_APP_TOKEN is not set", `"xapp-"`, "SLACK_BOT_TOKEN is not set", `"xoxb-"`}},
		{"no bot token", map[string]string{"SLACK_APP_TOKEN": "xapp-1-A1-123-secretsecret"}, []string{"SLACK_BOT_TOKEN is not set", `"xoxb-"`}},
		{"tokens swapped", map[string]string{"SLACK_APP_TOKEN": "xoxb-123-secretsecret", "SLACK_BOT_TOKEN": "xapp-1-A1-123-secretsecret"},
			[]string{"SLACK_APP_TOKEN holds a bot token", `"xapp-"`, "SLACK_BOT_TOKEN holds an app-level token", `"xoxb-"`}},
		{"user token", map[string]string{"SLACK_APP_TOKEN": "xapp-1-A1-123-secretsecret", "SLACK_BOT_TOKEN": "xoxp-123-secretsecret"},
			[]string{"SLACK_BOT_TOKEN holds a user token", `"xoxb-"`}},
		{"prefix only", map[string]string{"SLACK_APP_TOKEN": "xapp-", "SLACK_BOT_TOKEN": "xoxb-123-secretsecret"},
			[]string{"SLACK_APP_TOKEN is malformed"}},
		{"space inside", map[string]string{"SLACK_APP_TOKEN": "xapp-1-A1 secretsecret", "SLACK_BOT_TOKEN": "xoxb-123-secretsecret"},
			[]string{"SLACK_APP_TOKEN is malformed"}},
		{"bad log level", map[string]string{"SLACK_APP_TOKEN": "xapp-1-secretsecret", "SLACK_BOT_TOKEN": "xoxb-secretsecret", "LOG_LEVEL": "loud"},
			[]string{"LOG_LEVEL"}},
		{"bad API URL", map[string]string{"SLACK_APP_TOKEN": "xapp-1-secretsecret", "SLACK_BOT_TOKEN": "xoxb-secretsecret", "SLACK_API_URL": "slack.com/api"},
			[]string{"SLACK_API_URL"}},
		{"API URL in the clear", map[string]string{"SLACK_APP_TOKEN": "xapp-1-secretsecret", "SLACK_BOT_TOKEN": "xoxb-secretsecret", "SLACK_API_URL": "http://slack.example.com/api/"},
			[]string{"SLACK_API_URL", "plain http is for this machine only"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := serveSettings(t, tc.vars)
			var stderr syncBuffer
			code := serve(context.Background(), []string{"--env-file", env}, &syncBuffer{}, &stderr, opensTo(fixedAnswerer{}))
			if code != 2 {
				t.Errorf("exit status %d, want 2", code)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr.String())
				}
			}
			if strings.Contains(stderr.String(), "secret") {
				t.Errorf("stderr shows a token:\n%s", stderr.String())
			}
		})
	}
}

func TestServeRefusedTokens(t *testing.T) {
	fake := slackfake.New(t)
	for _, tc := range []struct {
		name, app, bot, want string
	}{
		{"bot token", slackfake.AppToken, "xoxb-1-refused-secretsecret", "Slack refused SLACK_BOT_TOKEN (invalid_auth from auth.test)"},
		{"app-level token", "xapp-1-A1-refused-secretsecret", slackfake.BotToken, "Slack refused SLACK_APP_TOKEN (invalid_auth from apps.connections.open)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := serveSettings(t, map[string]string{"SLACK_APP_TOKEN": tc.app, "SLACK_BOT_TOKEN": tc.bot, "SLACK_API_URL": fake.URL, "LOG_FORMAT": "json"})
			var stderr syncBuffer
			code := serve(context.Background(), []string{"--env-file", env}, &syncBuffer{}, &stderr, opensTo(fixedAnswerer{}))
			if code != 2 { // a wrong setting: the service manager does not restart it
				t.Errorf("exit status %d, want 2", code)
			}
			if !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("stderr lacks %q:\n%s", tc.want, stderr.String())
			}
			// Where the logs are JSON, so is the reason: its last line.
			lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
			var last struct {
				Level      string `json:"level"`
				Msg        string `json:"msg"`
				ExitStatus int    `json:"exit_status"`
			}
			if err := json.Unmarshal([]byte(lines[len(lines)-1]), &last); err != nil || last.Level != "ERROR" || last.ExitStatus != 2 || !strings.Contains(last.Msg, tc.want) {
				t.Errorf("last line %q: want a JSON error line with exit_status 2 (%v)", lines[len(lines)-1], err)
			}
			assertNoToken(t, stderr.String(), tc.app, tc.bot)
		})
	}
	// On a terminal, or with LOG_FORMAT=text, it is a plain line.
	env := serveSettings(t, map[string]string{"SLACK_APP_TOKEN": slackfake.AppToken, "SLACK_BOT_TOKEN": "xoxb-1-refused-secretsecret", "SLACK_API_URL": fake.URL})
	var stderr syncBuffer
	serve(context.Background(), []string{"--env-file", env}, &syncBuffer{}, &stderr, opensTo(fixedAnswerer{}))
	if !strings.Contains(stderr.String(), "\nrolebot serve: Slack refused SLACK_BOT_TOKEN") && !strings.HasPrefix(stderr.String(), "rolebot serve: Slack refused SLACK_BOT_TOKEN") {
		t.Errorf("with LOG_FORMAT=text, stderr lacks the plain line:\n%s", stderr.String())
	}
}

// Slack out of reach is said as such, with where to look, and no token.
func TestServeSlackUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	app, botToken := "xapp-1-A1-123-secretsecret", "xoxb-123-secretsecret"
	env := serveSettings(t, map[string]string{"SLACK_APP_TOKEN": app, "SLACK_BOT_TOKEN": botToken, "SLACK_API_URL": "http://" + addr + "/api/"})
	var stderr syncBuffer
	if code := serve(context.Background(), []string{"--env-file", env}, &syncBuffer{}, &stderr, opensTo(fixedAnswerer{})); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if want := "cannot reach Slack (auth.test)"; !strings.Contains(stderr.String(), want) || !strings.Contains(stderr.String(), "SLACK_API_URL") {
		t.Errorf("stderr lacks %q and where to look:\n%s", want, stderr.String())
	}
	assertNoToken(t, stderr.String(), app, botToken)
}

func TestLoadServeConfig(t *testing.T) {
	dir := t.TempDir()
	dotenv := filepath.Join(dir, ".env")
	os.WriteFile(dotenv, []byte(`# settings
SLACK_APP_TOKEN=xapp-1-from-file
SLACK_BOT_TOKEN="xoxb-from-file"
CORPUS_DIR=/file/corpus
INDEX_DIR=/file/index
LOG_LEVEL=warn
SLACK_API_URL=http://127.0.0.1:1/api
`), 0o600)
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-from-env", "INDEX_DIR": "/env/index", "CORPUS_DIR": ""}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	cfg, err := loadServeConfig(serveFlags{envFile: dotenv, corpusDir: "/flag/corpus", logLevel: "debug"}, lookup)
	if err != nil {
		t.Fatal(err)
	}
	want := serveConfig{
		AppToken: "xapp-1-from-file", BotToken: "xoxb-from-env", // the environment wins over .env
		CorpusDir: "/flag/corpus", IndexDir: "/env/index", // flags win over both
		LogLevel: -4, APIURL: "http://127.0.0.1:1/api/",
	}
	if cfg != want {
		t.Errorf("config\n%+v, want\n%+v", cfg, want)
	}
	if _, err := loadServeConfig(serveFlags{envFile: filepath.Join(dir, "missing.env")}, lookup); err == nil {
		t.Error("a missing --env-file is no error")
	}
	os.WriteFile(dotenv, []byte("SLACK_BOT_TOKEN xoxb-secretsecret\n"), 0o600)
	if _, err := loadServeConfig(serveFlags{envFile: dotenv}, lookup); err == nil || strings.Contains(err.Error(), "secret") {
		t.Errorf("a broken .env: %v; want an error that shows no token", err)
	}
}

// TestServeWithTheRealEngine runs serve with the engine over the embedded
// corpus: the whole of rolebot, with Slack faked.
func TestServeWithTheRealEngine(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the index")
	}
	indexDir := t.TempDir()
	engineReady(t, indexDir)
	fake := slackfake.New(t)
	env := serveSettings(t, map[string]string{
		"SLACK_APP_TOKEN": slackfake.AppToken, "SLACK_BOT_TOKEN": slackfake.BotToken,
		"SLACK_API_URL": fake.URL, "INDEX_DIR": indexDir,
	})
	stderr, stop := startServe(t, env)
	fake.WaitConnected(1)

	fake.Send(mentionEnvelope(t, "env-1", "1700000100.000100", "<@U0ROLEBOT> what is the difference between a CTO and a CIO?"))
	post := fake.WaitPosts(1)[0]
	if post.ThreadTS != "1700000100.000100" || !strings.Contains(string(post.Blocks), "CTO") || !strings.Contains(string(post.Blocks), "CIO") {
		t.Errorf("the comparison lacks CTO or CIO, or is not in the thread: %+v", post)
	}
	for _, tc := range []struct{ text, want string }{
		{"cio", "CIO"},
		{"cto vs cio", "CTO vs CIO"},
		{"help", "Roles I know"},
		{"cxo", "I don't know the role"},
	} {
		id := "env-role-" + strings.ReplaceAll(tc.text, " ", "-")
		fake.Send(fixture(t, "slash_command", map[string]any{"envelope_id": id, "payload.text": tc.text, "payload.response_url": fake.ResponseURL(id)}))
		ack := fake.WaitAck(id)
		reply, ok := ack.Reply()
		if !ok {
			reply = responseFor(t, fake, id) // a slow first answer goes to the response_url
		}
		if !strings.Contains(string(reply.Blocks), tc.want) {
			t.Errorf("/role %s: the reply lacks %q: %s", tc.text, tc.want, reply.Blocks)
		}
	}
	if code := stop(); code != 0 {
		t.Errorf("exit status %d, want 0; stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stderr.String(), `msg="rolebot ready" workspace=Acme`) {
		t.Errorf("no start-up line:\n%s", stderr)
	}
}

// responseFor waits for what the bot sent to the response_url named name.
func responseFor(t *testing.T, fake *slackfake.Fake, name string) slackfake.Message {
	t.Helper()
	for n := 1; ; n++ {
		for _, p := range fake.WaitPosts(n) {
			if p.URL == name {
				return slackfake.Message{Text: p.Text, Blocks: p.Blocks}
			}
		}
	}
}

// engineReady builds the index of the embedded corpus under indexDir.
func engineReady(t testing.TB, indexDir string) {
	t.Helper()
	e, _, err := openEngine(context.Background(), engineOptions{IndexDir: indexDir})
	if err != nil {
		t.Fatalf("open the engine: %v", err)
	}
	e.Close()
}

func assertNoToken(t *testing.T, text string, tokens ...string) {
	t.Helper()
	for _, tok := range tokens {
		_, secret, _ := strings.Cut(tok, "-") // the prefix alone is no secret
		if strings.Contains(text, secret) {
			t.Errorf("a token shows in:\n%s", text)
		}
	}
}

// Slack not available at start (a 503, then rate limited) is tried again,
// and serve connects; a 503 that lasts gives up with a message that says so.
func TestServeRetriesSlackAtStart(t *testing.T) {
	t.Run("recovers", func(t *testing.T) {
		fake := slackfake.New(t)
		fake.FailNext("auth.test", slackfake.Failure{Status: http.StatusServiceUnavailable}, slackfake.RateLimited(1))
		env := serveSettings(t, map[string]string{"SLACK_APP_TOKEN": slackfake.AppToken, "SLACK_BOT_TOKEN": slackfake.BotToken, "SLACK_API_URL": fake.URL})
		stderr, stop := startServeWith(t, env, fixedAnswerer{})
		fake.WaitConnected(1)
		if code := stop(); code != 0 {
			t.Errorf("exit status %d, want 0", code)
		}
		if n := len(fake.Calls("auth.test")); n < 3 {
			t.Errorf("%d calls of auth.test, want 3 (two failed)", n)
		}
		if !strings.Contains(stderr.String(), "Slack is not available; trying again") {
			t.Errorf("the log does not say it tries again:\n%s", stderr)
		}
	})
	t.Run("gives up", func(t *testing.T) {
		if testing.Short() {
			t.Skip("waits some 15 seconds")
		}
		fake := slackfake.New(t)
		var fails []slackfake.Failure
		for range startTries {
			fails = append(fails, slackfake.Failure{Status: http.StatusServiceUnavailable})
		}
		fake.FailNext("auth.test", fails...)
		env := serveSettings(t, map[string]string{"SLACK_APP_TOKEN": slackfake.AppToken, "SLACK_BOT_TOKEN": slackfake.BotToken, "SLACK_API_URL": fake.URL})
		var stderr syncBuffer
		if code := serve(context.Background(), []string{"--env-file", env}, &syncBuffer{}, &stderr, opensTo(fixedAnswerer{})); code != 1 {
			t.Errorf("exit status %d, want 1 (the service restarts it)", code)
		}
		if want := "Slack is not available (http_503 from auth.test)"; !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	})
}

// Settings that no restart can fix exit 2, with a line that says what to
// check: a password Redis refuses, a SLACK_API_URL that answers 404.
func TestFailureOfWrongSettings(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{&state.RedisAuthError{Addr: "127.0.0.1:6379", Reply: "WRONGPASS"}, "check REDIS_URL"},
		{&slackbot.APIError{Method: "auth.test", Code: "http_404"}, "check SLACK_API_URL"},
	} {
		reason, code := failure(tc.err)
		if code != 2 || !strings.Contains(reason, tc.want) {
			t.Errorf("failure(%v) = %q, %d; want exit 2 and %q", tc.err, reason, code, tc.want)
		}
	}
}

// rolebot version says which build this is; so do the metrics and the
// ready line.
func TestVersion(t *testing.T) {
	var out, errOut syncBuffer
	if code := run(context.Background(), []string{"version"}, nil, &out, &errOut); code != 0 || !strings.HasPrefix(out.String(), "rolebot ") || !strings.Contains(out.String(), runtime.Version()) {
		t.Errorf("rolebot version: exit %d, %q %q", code, out.String(), errOut.String())
	}
	if code := run(context.Background(), []string{"version", "x"}, nil, &out, &errOut); code != 2 {
		t.Errorf("rolebot version x: exit %d, want 2", code)
	}
}
