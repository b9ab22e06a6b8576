package main

import (
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rolebot/rolebot/internal/redistest"
	"github.com/rolebot/rolebot/internal/slackfake"
)

// process is a `rolebot serve` process started by a test.
type process struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	exited chan struct{}
	code   int
}

// startProcess runs `rolebot serve --env-file envFile` as a process of its
// own; it is killed when the test ends, if still running.
func startProcess(t testing.TB, envFile string) *process {
	t.Helper()
	p := &process{stderr: &syncBuffer{}, exited: make(chan struct{})}
	p.cmd = rolebotCmd("serve", "--env-file", envFile) // the test binary as rolebot: see TestMain
	p.cmd.Stderr = p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		_ = p.cmd.Wait()
		p.code = p.cmd.ProcessState.ExitCode()
		close(p.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			_ = p.cmd.Process.Kill()
			<-p.exited
		}
		assertNoTokenIn(t, p.stderr.String())
	})
	return p
}

// stop sends SIGTERM, as a service manager does, and returns the exit status.
func (p *process) stop(t testing.TB) int {
	t.Helper()
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.exited:
		return p.code
	case <-time.After(30 * time.Second):
		t.Fatalf("serve did not stop within 30 s of SIGTERM; stderr:\n%s", p.stderr)
		return -1
	}
}

// waitHandled waits until the process logged the end of handling envelopeID:
// the point after which it will send nothing more for it.
func (p *process) waitHandled(t testing.TB, envelopeID string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	handled := func() bool {
		for _, line := range strings.Split(p.stderr.String(), "\n") {
			if strings.Contains(line, `msg="slack: envelope handled"`) && strings.Contains(line, "envelope_id="+envelopeID+" ") {
				return true
			}
		}
		return false
	}
	for !handled() {
		if time.Now().After(deadline) {
			t.Fatalf("waited 20 s for %s to be handled; stderr:\n%s", envelopeID, p.stderr)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func assertNoTokenIn(t testing.TB, text string) {
	for _, tok := range []string{slackfake.AppToken, slackfake.BotToken} {
		if _, secret, _ := strings.Cut(tok, "-"); strings.Contains(text, secret) {
			t.Errorf("a token shows in the logs")
		}
	}
}

// replicaSettings writes the .env of a serve process against fake, answering
// with the real engine over the index in indexDir, with extra settings.
func replicaSettings(t testing.TB, fake *slackfake.Fake, indexDir string, extra map[string]string) string {
	vars := map[string]string{
		"SLACK_APP_TOKEN": slackfake.AppToken, "SLACK_BOT_TOKEN": slackfake.BotToken,
		"SLACK_API_URL": fake.URL, "INDEX_DIR": indexDir, "LOG_LEVEL": "debug",
	}
	for k, v := range extra {
		vars[k] = v
	}
	return serveSettings(t, vars)
}

// retryOf is the envelope Slack sends when it retries the mention of
// mentionEnvelope(envelopeID…): the same event, a new envelope.
func retryOf(t testing.TB, envelopeID, retryID, ts, text string) []byte {
	return fixture(t, "app_mention", map[string]any{
		"envelope_id": retryID, "payload.event_id": "Ev" + envelopeID,
		"payload.event.ts": ts, "payload.event.text": text,
		"retry_attempt": 1, "retry_reason": "timeout",
	})
}

// TestTwoReplicasAnswerOnce runs two `rolebot serve` processes sharing a
// real Redis, each with its own Socket Mode connection to one fake Slack.
// A mention goes to one replica and its retry to the other: one answer.
// Then 100 mentions spread over both, ten of them retried at once on the
// other replica: exactly 100 answers, one per mention.
func TestTwoReplicasAnswerOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("runs two serve processes")
	}
	redis := redistest.Start(t)
	indexDir := t.TempDir()
	engineReady(t, indexDir)
	fake := slackfake.New(t)
	env := replicaSettings(t, fake, indexDir, map[string]string{"REDIS_URL": redis.URL()})
	one := startProcess(t, env)
	connOne := fake.WaitLive(1)[0]
	two := startProcess(t, env)
	var connTwo int
	for _, id := range fake.WaitLive(2) {
		if id != connOne {
			connTwo = id
		}
	}
	byConn := map[int]*process{connOne: one, connTwo: two}

	const q = "<@U0ROLEBOT> cto vs cio"
	fake.SendOn(connOne, mentionEnvelope(t, "env-1", "1700000100.000100", q))
	fake.WaitPosts(1)
	fake.SendOn(connTwo, retryOf(t, "env-1", "env-1-retry", "1700000100.000100", q))
	fake.WaitAck("env-1-retry")
	two.waitHandled(t, "env-1-retry")
	if n := len(fake.Posts()); n != 1 {
		t.Fatalf("%d answers to a mention and its retry on the other replica, want 1", n)
	}

	conns := []int{connOne, connTwo}
	var retried []string
	for i := range 100 {
		id, ts := fmt.Sprintf("env-m%03d", i), fmt.Sprintf("1700001000.%06d", i)
		text := "<@U0ROLEBOT> " + []string{"what does a CKO do?", "cio", "cto vs cio", "what skills does a CISO need?"}[i%4]
		fake.SendOn(conns[i%2], mentionEnvelope(t, id, ts, text))
		if i%10 == 0 {
			fake.SendOn(conns[(i+1)%2], retryOf(t, id, id+"-retry", ts, text))
			retried = append(retried, id+"-retry")
		}
	}
	fake.WaitPosts(101)
	for i, id := range retried {
		fake.WaitAck(id)
		byConn[conns[(i*10+1)%2]].waitHandled(t, id)
	}
	for i := range 100 {
		fake.WaitAck(fmt.Sprintf("env-m%03d", i))
		byConn[conns[i%2]].waitHandled(t, fmt.Sprintf("env-m%03d", i))
	}
	posts := fake.Posts()
	threads := map[string]int{}
	for _, p := range posts[1:] {
		threads[p.ThreadTS]++
	}
	if len(posts) != 101 || len(threads) != 100 {
		t.Errorf("%d answers in %d threads, want 100 answers, one per mention", len(posts)-1, len(threads))
	}
	for _, p := range []*process{one, two} {
		if code := p.stop(t); code != 0 {
			t.Errorf("exit status %d; stderr:\n%s", code, p.stderr)
		}
	}
	if !strings.Contains(one.stderr.String(), "outcome=answered") || !strings.Contains(two.stderr.String(), "outcome=answered") {
		t.Error("one replica answered nothing")
	}
}

// TestRestartRemembersAnswers answers a mention, stops serve with SIGTERM,
// starts it again on the same STATE_DIR and sends Slack's retry of the
// mention: no second answer. A new mention is still answered.
func TestRestartRemembersAnswers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs serve processes")
	}
	indexDir := t.TempDir()
	engineReady(t, indexDir)
	fake := slackfake.New(t)
	env := replicaSettings(t, fake, indexDir, map[string]string{"STATE_DIR": t.TempDir()})
	const q = "<@U0ROLEBOT> what does a CKO do?"

	first := startProcess(t, env)
	fake.WaitConnected(1)
	fake.Send(mentionEnvelope(t, "env-1", "1700000100.000100", q))
	fake.WaitPosts(1)
	first.waitHandled(t, "env-1")
	if code := first.stop(t); code != 0 {
		t.Fatalf("exit status %d; stderr:\n%s", code, first.stderr)
	}

	again := startProcess(t, env)
	fake.WaitConnected(2)
	fake.Send(retryOf(t, "env-1", "env-1-retry", "1700000100.000100", q))
	fake.WaitAck("env-1-retry")
	again.waitHandled(t, "env-1-retry")
	fake.Send(mentionEnvelope(t, "env-2", "1700000200.000200", q))
	posts := fake.WaitPosts(2)
	again.waitHandled(t, "env-2")
	if n := len(fake.Posts()); n != 2 || posts[1].ThreadTS != "1700000200.000200" {
		t.Errorf("%d answers (the second in %q), want the mention and the new one answered once each", n, posts[len(posts)-1].ThreadTS)
	}
}
