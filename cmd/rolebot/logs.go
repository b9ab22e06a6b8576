package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strconv"
)

// newLogger returns serve's logger, writing to w at level: JSON lines when
// format is "json", or when it is "" and w is not a terminal (journald, a
// pipe, a file); text (key=value) otherwise.
func newLogger(w io.Writer, format string, level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if jsonLogs(w, format) {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// jsonLogs reports whether logs written to w are JSON: LOG_FORMAT=json, or
// no LOG_FORMAT and w no terminal.
func jsonLogs(w io.Writer, format string) bool {
	f, isFile := w.(*os.File)
	return format == "json" || format == "" && !(isFile && isTerminal(f))
}

// checkOpsSettings checks METRICS_ADDR (host:port, or empty) and
// LOG_FORMAT (json, text, or empty).
func checkOpsSettings(metricsAddr, logFormat string) error {
	var errs []error
	if metricsAddr != "" {
		_, port, err := net.SplitHostPort(metricsAddr)
		if n, perr := strconv.Atoi(port); err != nil || perr != nil || n < 0 || n > 65535 {
			errs = append(errs, fmt.Errorf("METRICS_ADDR is %q: want host:port, such as 127.0.0.1:9464, or nothing to serve no metrics", metricsAddr))
		}
	}
	if logFormat != "" && logFormat != "json" && logFormat != "text" {
		errs = append(errs, fmt.Errorf("LOG_FORMAT is %q: want json or text (empty: text on a terminal, JSON otherwise)", logFormat))
	}
	return errors.Join(errs...)
}
