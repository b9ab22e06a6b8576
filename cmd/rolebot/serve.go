package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/rolebot/rolebot/slackbot"
	"github.com/rolebot/rolebot/state"
)

// answererOpener opens what serve answers with, and says how to close it.
type answererOpener func(ctx context.Context, opts engineOptions) (slackbot.Answerer, engineStats, func() error, error)

// runServe runs the Slack bot over Socket Mode until ctx is done (SIGINT,
// SIGTERM), then lets the answers in flight finish and returns 0. A corpus
// folder is reloaded when it changes and on SIGHUP. Exit status 2: a
// missing or malformed setting; 1: Slack refused a token, or the corpus or
// the index could not be opened.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return serve(ctx, args, stdout, stderr, openLiveAnswerer)
}

// serve is runServe answering with what open opens.
func serve(ctx context.Context, args []string, stdout, stderr io.Writer, open answererOpener) int {
	fs := newFlagSetOut("serve", `rolebot serve [flags]

Runs rolebot as a Slack bot over Socket Mode: it answers mentions in channels
(in the thread), direct messages and the /role command. Settings come from the
environment or a .env file (see .env.example): SLACK_APP_TOKEN, SLACK_BOT_TOKEN,
CORPUS_DIR, INDEX_DIR, LOG_LEVEL, LOG_FORMAT, METRICS_ADDR, SLACK_API_URL,
STATE_DIR, REDIS_URL, GAPS and GAPS_DAYS. Flags win over both. With
METRICS_ADDR set it serves /healthz and /metrics there.`, stdout, stderr)
	var f serveFlags
	fs.StringVar(&f.envFile, "env-file", "", "read settings from this .env `file` (default: .env in the current folder, if there is one)")
	fs.StringVar(&f.corpusDir, "corpus", "", "corpus `folder`: articles/ + roles/, or any folder of articles (.md, .txt, .html, .rst, .adoc, .csv; see corpus/FORMAT.md) (default: CORPUS_DIR, else the embedded corpus)")
	fs.StringVar(&f.indexDir, "index", "", "index `folder` (default: INDEX_DIR, else under the user's cache folder)")
	fs.StringVar(&f.logLevel, "log-level", "", "`level` of the logs: debug, info, warn or error (default: LOG_LEVEL, else info)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2 // the flag package has printed the reason
	}
	if fs.NArg() > 0 {
		return usageError(stderr, "serve", "unexpected argument %q", fs.Arg(0))
	}
	get, err := settings(f.envFile, os.LookupEnv) // the .env file is read once
	if err != nil {
		fmt.Fprintf(stderr, "rolebot serve: %v\n", err)
		return 2
	}
	cfg, err := serveConfigFrom(f, get)
	if err != nil {
		fmt.Fprintf(stderr, "rolebot serve: %v\n", err)
		return 2
	}
	stateCfg, err := stateSettingsFrom(get)
	if err != nil {
		fmt.Fprintf(stderr, "rolebot serve: %v\n", err)
		return 2
	}
	log := newLogger(stderr, cfg.LogFormat, cfg.LogLevel)
	fail := failOut{stderr, log, jsonLogs(stderr, cfg.LogFormat)}
	ops, err := startOps(cfg.MetricsAddr, log) // nil when METRICS_ADDR is empty
	if err != nil {
		fmt.Fprintf(stderr, "rolebot serve: %v\n", err)
		return 2
	}
	defer ops.close()

	store, err := openState(ctx, stateCfg, log)
	if err != nil {
		return serveFailed(ctx, fail, err)
	}
	defer store.Close()
	if stateCfg.RedisURL != "" {
		ops.watchRedis(store.Status) // /healthz says "redis unreachable" while it is
	}
	slackBot := slackbot.New(slackbot.Config{
		AppToken: cfg.AppToken, BotToken: cfg.BotToken, APIURL: cfg.APIURL, Logger: log, Store: store,
		Observer: ops.observer(), GapsPrivate: stateCfg.GapsPrivate,
	})
	id, err := authTestRetrying(ctx, slackBot, log)
	if err != nil {
		return serveFailed(ctx, fail, err)
	}
	ops.slackAccepted()
	answerer, stats, closeAnswerer, err := open(ctx, engineOptions{CorpusDir: cfg.CorpusDir, IndexDir: cfg.IndexDir, Logger: log,
		OnReload: ops.corpusReloaded})
	if err != nil {
		return serveFailed(ctx, fail, err)
	}
	defer closeAnswerer()
	ops.engineOpened(stats)
	log.Info("rolebot ready", "workspace", id.Team, "team_id", id.TeamID, "bot_user", id.User,
		"bot_user_id", id.UserID, "articles", stats.Articles, "passages", stats.Passages, "cards", stats.Cards,
		"state", stateWhere(stateCfg), "gaps", gapsSetting(stateCfg), "version", versionInfo().String())
	answerer = described{answerer, corpusInfo(stats)}

	if err := slackBot.Serve(ctx, answerer); err != nil {
		return serveFailed(ctx, fail, err)
	}
	log.Info("rolebot stopped")
	return 0
}

// serveFailed explains why serve cannot go on and returns its exit status.
// The reason goes to the log, so that it is a JSON line where the logs are
// (a journal read with jq), and plain text on a terminal.
func serveFailed(ctx context.Context, out failOut, err error) int {
	if ctx.Err() != nil {
		return 0 // interrupted while starting: nothing went wrong
	}
	reason, code := failure(err)
	if out.json {
		out.log.Error("rolebot serve: "+reason, "exit_status", code)
	} else {
		fmt.Fprintf(out.stderr, "rolebot serve: %s\n", reason)
	}
	return code
}

// failOut is where serveFailed says why: the log when it is JSON, else
// standard error as a plain line.
type failOut struct {
	stderr io.Writer
	log    *slog.Logger
	json   bool
}

// failure says why serve cannot go on, and with which exit status.
func failure(err error) (string, int) {
	var auth *slackbot.AuthError
	if errors.As(err, &auth) {
		variable, where := "SLACK_BOT_TOKEN", "the Bot User OAuth Token under OAuth & Permissions (reinstall the app if it was revoked)"
		if auth.Token == "app-level" {
			variable, where = "SLACK_APP_TOKEN", "an app-level token under Basic Information → App-Level Tokens, with the connections:write scope, and Socket Mode turned on"
		}
		// A wrong setting: starting again cannot fix it.
		return fmt.Sprintf("Slack refused %s (%s from %s): check that it is %s", variable, auth.Code, auth.Method, where), 2
	}
	var redisAuth *state.RedisAuthError
	if errors.As(err, &redisAuth) {
		return fmt.Sprintf("Redis at %s refused the user or password in REDIS_URL (%s): check REDIS_URL", redisAuth.Addr, redisAuth.Reply), 2
	}
	var api *slackbot.APIError
	var netErr net.Error
	if errors.As(err, &api) && api.Method == "auth.test" && api.Code == "http_404" {
		return "Slack answered HTTP 404 to auth.test: check SLACK_API_URL (it ends with /api/, as https://slack.com/api/ does), or leave it empty", 2
	}
	if errors.As(err, &api) && errors.As(err, &netErr) {
		// "dial tcp: connection refused", "no such host": the network.
		return fmt.Sprintf("cannot reach Slack (%s): %v; check the network, a proxy (HTTPS_PROXY) or SLACK_API_URL", api.Method, netErr), 1
	}
	if errors.As(err, &api) && transient(api) {
		return fmt.Sprintf("Slack is not available (%s from %s); gave up after %d tries: start again later (the service restarts it)", api.Code, api.Method, startTries), 1
	}
	return err.Error(), 1
}

// startTries is how many times serve asks Slack who its token is before it
// gives up, when Slack answers that it is not available (HTTP 5xx, rate
// limited); the waits between double from one second, or follow
// Retry-After: about 15 seconds in all.
const startTries = 5

// authTestRetrying is AuthTest, tried again while Slack says it is not
// available. A refused token or a network that cannot reach Slack is not
// tried again: the first needs a new setting, the second the service
// manager's restart.
func authTestRetrying(ctx context.Context, b *slackbot.Bot, log *slog.Logger) (slackbot.Identity, error) {
	wait := time.Second
	for try := 1; ; try++ {
		id, err := b.AuthTest(ctx)
		var api *slackbot.APIError
		if err == nil || try == startTries || !errors.As(err, &api) || !transient(api) {
			return id, err
		}
		d := wait
		var rl *slack.RateLimitedError
		if errors.As(err, &rl) && rl.RetryAfter > 0 {
			d = min(rl.RetryAfter, 30*time.Second)
		}
		log.Warn("Slack is not available; trying again", "method", api.Method, "error", api.Code, "try", try, "wait", d.String())
		select {
		case <-ctx.Done():
			return id, ctx.Err()
		case <-time.After(d):
		}
		wait *= 2
	}
}

// transient reports whether a failed call says Slack is not available for
// now: an HTTP 5xx, rate limited, or Slack's own internal error.
func transient(api *slackbot.APIError) bool {
	switch {
	case strings.HasPrefix(api.Code, "http_5"), api.Code == "ratelimited", api.Code == "internal_error", api.Code == "service_unavailable", api.Code == "fatal_error", api.Code == "request_timeout":
		return true
	}
	return false
}

// gapsSetting says which questions are recorded as gaps, for the log.
func gapsSetting(c state.Config) string {
	switch {
	case c.GapsOff:
		return "off"
	case c.GapsPrivate:
		return "all"
	}
	return "channels"
}
