package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strings"
	"syscall"

	"github.com/joho/godotenv"
)

// serveConfig is what `rolebot serve` runs with.
type serveConfig struct {
	AppToken  string // SLACK_APP_TOKEN, xapp-…
	BotToken  string // SLACK_BOT_TOKEN, xoxb-…
	CorpusDir string // CORPUS_DIR; "" = the embedded corpus
	IndexDir  string // INDEX_DIR; "" = the user's cache folder
	LogLevel  slog.Level
	APIURL    string // SLACK_API_URL, with a trailing slash; "" = Slack's
	// MetricsAddr is METRICS_ADDR, host:port of /healthz and /metrics; "" = off.
	MetricsAddr string
	LogFormat   string // LOG_FORMAT: "json", "text", or "" = text on a terminal, else JSON
}

// serveFlags are the command-line flags of serve; they win over the
// environment and the .env file.
type serveFlags struct {
	envFile   string // "" = .env in the current folder, when there is one
	corpusDir string
	indexDir  string
	logLevel  string
}

// loadServeConfig reads the settings of serve from the flags, the process
// environment (lookupEnv) and the .env file, in that order of precedence;
// an empty variable counts as unset. Errors name the variable and what it
// must hold, never any part of a token.
func loadServeConfig(f serveFlags, lookupEnv func(string) (string, bool)) (serveConfig, error) {
	get, err := settings(f.envFile, lookupEnv)
	if err != nil {
		return serveConfig{}, err
	}
	return serveConfigFrom(f, get)
}

// settings reads the .env file once and returns the value of a setting:
// the environment's when set and not blank, else the file's.
func settings(envFile string, lookupEnv func(string) (string, bool)) (func(string) string, error) {
	dotenv, err := readDotEnv(envFile)
	if err != nil {
		return nil, err
	}
	return func(name string) string {
		if v, ok := lookupEnv(name); ok && strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
		return strings.TrimSpace(dotenv[name])
	}, nil
}

// serveConfigFrom is loadServeConfig with the settings already read.
func serveConfigFrom(f serveFlags, get func(string) string) (serveConfig, error) {
	var err error
	first := func(flag, env string) string {
		if flag != "" {
			return flag
		}
		return get(env)
	}
	var cfg serveConfig
	var errs []error
	if cfg.AppToken, err = token(get, "SLACK_APP_TOKEN", "xapp-", "the app-level token (Basic Information → App-Level Tokens, scope connections:write)"); err != nil {
		errs = append(errs, err)
	}
	if cfg.BotToken, err = token(get, "SLACK_BOT_TOKEN", "xoxb-", "the bot token (OAuth & Permissions → Bot User OAuth Token)"); err != nil {
		errs = append(errs, err)
	}
	cfg.CorpusDir = first(f.corpusDir, "CORPUS_DIR")
	cfg.IndexDir = first(f.indexDir, "INDEX_DIR")
	if lvl := first(f.logLevel, "LOG_LEVEL"); lvl != "" {
		if err := cfg.LogLevel.UnmarshalText([]byte(lvl)); err != nil {
			errs = append(errs, fmt.Errorf("LOG_LEVEL is %q: want debug, info, warn or error", lvl))
		}
	}
	if raw := get("SLACK_API_URL"); raw != "" {
		u, err := url.Parse(raw)
		switch {
		case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
			errs = append(errs, fmt.Errorf("SLACK_API_URL is %q: want an http or https URL such as https://slack.com/api/", raw))
		case u.Scheme == "http" && !loopbackHost(u.Hostname()):
			// The tokens go with every call: in the clear only to this
			// machine (a test's fake Slack).
			errs = append(errs, fmt.Errorf("SLACK_API_URL is %q: plain http is for this machine only (localhost, 127.0.0.1); use https, the tokens travel with every call", raw))
		default:
			cfg.APIURL = strings.TrimSuffix(raw, "/") + "/"
		}
	}
	cfg.MetricsAddr, cfg.LogFormat = get("METRICS_ADDR"), strings.ToLower(get("LOG_FORMAT"))
	errs = append(errs, checkOpsSettings(cfg.MetricsAddr, cfg.LogFormat))
	return cfg, errors.Join(errs...)
}

// token reads the token in variable name and checks its prefix.
func token(get func(string) string, name, prefix, what string) (string, error) {
	v := get(name)
	switch {
	case v == "":
		return "", fmt.Errorf("%s is not set: set it to %s, which starts with %q, in the environment or in .env (see .env.example)", name, what, prefix)
	case !strings.HasPrefix(v, prefix) && tokenKinds[v[:min(len(v), 5)]] != "":
		// Only the kind is said, never the value.
		return "", fmt.Errorf("%s holds %s, not %s, which starts with %q", name, tokenKinds[v[:5]], what, prefix)
	case !strings.HasPrefix(v, prefix) || len(v) == len(prefix) || strings.ContainsAny(v, " \t\r\n\"'"):
		return "", fmt.Errorf("%s is malformed: it must hold %s, which starts with %q and has no spaces or quotes", name, what, prefix)
	case strings.IndexFunc(v, func(r rune) bool { return r < 0x21 || r > 0x7e }) >= 0:
		return "", fmt.Errorf("%s is malformed: it holds a control or non-ASCII character; it must hold %s, which starts with %q and is plain ASCII", name, what, prefix)
	}
	return v, nil
}

// loopbackHost reports whether host names this machine.
func loopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// tokenKinds names Slack's tokens by their prefix, to say which one was
// given instead of the one wanted (the two swapped, a user token).
var tokenKinds = map[string]string{
	"xapp-": "an app-level token (xapp-…)",
	"xoxb-": "a bot token (xoxb-…)",
	"xoxp-": "a user token (xoxp-…)",
	"xoxe-": "a refresh or configuration token (xoxe-…)",
}

// maxEnvFile is the largest .env file read: settings take a few hundred
// bytes, and a cap keeps a wrong path (/dev/zero) from eating memory.
const maxEnvFile = 1 << 20

// readDotEnv reads the .env file at path, or ./.env when path is "" (a
// missing ./.env is no error). It never changes the process environment.
func readDotEnv(path string) (map[string]string, error) {
	explicit := path != ""
	if !explicit {
		path = ".env"
	}
	data, err := readRegular(path, maxEnvFile)
	if !explicit && errors.Is(err, fs.ErrNotExist) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %q: %w", path, err)
	}
	m, err := godotenv.UnmarshalBytes(data)
	if err == nil {
		return m, nil
	}
	// A parse error quotes the text around the fault, which may be a token.
	return nil, fmt.Errorf("read %q: not a valid .env file: want KEY=value lines", path)
}

// readRegular reads the regular file at path, of at most max bytes. It
// opens without blocking, so a FIFO or a device never hangs it, and
// refuses anything but a regular file.
func readRegular(path string, max int64) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s)", info.Mode().Type())
	}
	if info.Size() > max {
		return nil, fmt.Errorf("larger than %d bytes", max)
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("larger than %d bytes", max)
	}
	return data, nil
}
