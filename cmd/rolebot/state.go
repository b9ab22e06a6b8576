package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/rolebot/rolebot/slackbot"
	"github.com/rolebot/rolebot/state"
)

// defaultGapsDays is GAPS_DAYS when unset: a quarter of questions is enough
// to see what is missing, and old enough ones are no longer news.
const defaultGapsDays = 90

// stateSettings reads where rolebot keeps its state (STATE_DIR, REDIS_URL)
// and how it keeps gaps (GAPS, GAPS_DAYS), from the process environment
// (lookupEnv) and the .env file at envFile ("" = ./.env if present), the
// environment first. Errors name the variable, never a password in it.
func stateSettings(envFile string, lookupEnv func(string) (string, bool)) (state.Config, error) {
	get, err := settings(envFile, lookupEnv)
	if err != nil {
		return state.Config{}, err
	}
	return stateSettingsFrom(get)
}

// stateSettingsFrom is stateSettings with the settings already read.
func stateSettingsFrom(get func(string) string) (state.Config, error) {
	var err error
	var cfg state.Config
	var errs []error
	cfg.Dir = get("STATE_DIR")
	if cfg.Dir == "" {
		if cfg.Dir, err = state.DefaultDir(); err != nil {
			errs = append(errs, fmt.Errorf("STATE_DIR is not set and there is no default: %w", err))
		}
	}
	if raw := get("REDIS_URL"); raw != "" {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "redis" && u.Scheme != "rediss") || u.Host == "" {
			errs = append(errs, errors.New("REDIS_URL is malformed: want redis://[user:password@]host:port[/db] or rediss://…"))
		} else {
			cfg.RedisURL = raw
		}
	}
	switch g := strings.ToLower(get("GAPS")); g {
	case "", "channels", "on":
		// Questions asked in channels, which others read anyway; not
		// those of direct messages or /role, which only the asker saw.
	case "all":
		cfg.GapsPrivate = true
	case "off":
		cfg.GapsOff = true
	default:
		errs = append(errs, fmt.Errorf("GAPS is %q: want channels, all or off", g))
	}
	days := defaultGapsDays
	if raw := get("GAPS_DAYS"); raw != "" {
		if days, err = strconv.Atoi(raw); err != nil || days <= 0 {
			errs = append(errs, fmt.Errorf("GAPS_DAYS is %q: want a number of days above 0", raw))
		}
	}
	cfg.GapsTTL = time.Duration(days) * 24 * time.Hour
	return cfg, errors.Join(errs...)
}

// stateWhere says where state lives, for logs: the folder, or the Redis
// host (never its password).
func stateWhere(cfg state.Config) string {
	if cfg.RedisURL == "" {
		return cfg.Dir
	}
	if u, err := url.Parse(cfg.RedisURL); err == nil {
		return u.Scheme + "://" + u.Host
	}
	return "redis"
}

// openState opens the store of cfg, logging through log.
func openState(ctx context.Context, cfg state.Config, log *slog.Logger) (*state.Store, error) {
	cfg.Logger = log
	return state.Open(ctx, cfg)
}

// corpusInfo is what the Home tab says of the corpus: the counts, and when
// the index in use was built (its folder's time).
func corpusInfo(st engineStats) slackbot.CorpusInfo {
	info := slackbot.CorpusInfo{Articles: st.Articles, Passages: st.Passages}
	if st.Index.Dir != "" {
		if fi, err := os.Stat(st.Index.Dir); err == nil {
			info.Indexed = fi.ModTime()
		}
	}
	if st.Index.Built {
		info.Indexed = time.Now()
	}
	return info
}

// described is an Answerer that describes its corpus on the Home tab.
type described struct {
	slackbot.Answerer
	info slackbot.CorpusInfo
}

// Corpus implements slackbot.CorpusDescriber.
func (d described) Corpus() slackbot.CorpusInfo { return d.info }
