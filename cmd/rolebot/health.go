package main

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"time"

	"github.com/rolebot/rolebot/slackbot"
)

// Reasons /healthz gives for a 503, one at a time, first match first.
const (
	reasonStarting         = "starting"          // the bot token is being checked with Slack (auth.test)
	reasonIndexLoading     = "index loading"     // the engine is being opened (the index may be building)
	reasonConnecting       = "connecting"        // no Socket Mode connection yet
	reasonReconnecting     = "reconnecting"      // the connection was up and is being opened again
	reasonRedisUnreachable = "redis unreachable" // answers still flow, with dedupe in memory
	reasonTokenRefused     = "bot token refused" // Slack answers invalid_auth or token_revoked: nothing can be posted
)

// redisCheckTimeout bounds the Redis check of one /healthz request: a
// health check that hangs is worse than one that says no.
const redisCheckTimeout = time.Second

// health is what /healthz reports: whether the index is loaded, the state
// of the Socket Mode connection and, when set, whether Redis answers. It is
// safe for concurrent use.
type health struct {
	mu          sync.Mutex
	started     bool // Slack knows the bot token: the engine is opened next
	indexLoaded bool
	conn        slackbot.ConnState // "" until Serve starts connecting
	wasUp       bool               // the connection has been up at least once
	refused     bool               // a Web API call was refused for its token
	redis       func(context.Context) error
}

// tokenRefused records that Slack refused the bot token on a call: until a
// call succeeds again, nothing rolebot writes reaches anyone.
func (h *health) tokenRefused(refused bool) {
	h.mu.Lock()
	h.refused = refused
	h.mu.Unlock()
}

// start records that Slack accepted the bot token (auth.test).
func (h *health) start() {
	h.mu.Lock()
	h.started = true
	h.mu.Unlock()
}

// loaded records that the engine is open.
func (h *health) loaded() {
	h.mu.Lock()
	h.indexLoaded = true
	h.mu.Unlock()
}

// setRedisStatus makes /healthz ask status whether Redis answers (nil
// means yes): (*state.Store).Status when the store runs on Redis.
func (h *health) setRedisStatus(status func(context.Context) error) {
	h.mu.Lock()
	h.redis = status
	h.mu.Unlock()
}

// connection records a change of the connection and reports whether st is
// a connection opened after the first one.
func (h *health) connection(st slackbot.ConnState) (reconnect bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.conn = st
	if st == slackbot.Connected {
		reconnect, h.wasUp = h.wasUp, true
	}
	return reconnect
}

// reason returns why rolebot is not healthy, or "" when it is.
func (h *health) reason(ctx context.Context) string {
	h.mu.Lock()
	started, loaded, conn, wasUp, redis, refused := h.started || h.indexLoaded, h.indexLoaded, h.conn, h.wasUp, h.redis, h.refused
	h.mu.Unlock()
	switch {
	case !started:
		return reasonStarting
	case refused:
		return reasonTokenRefused
	case !loaded:
		return reasonIndexLoading
	case conn != slackbot.Connected && wasUp:
		return reasonReconnecting
	case conn != slackbot.Connected:
		return reasonConnecting
	}
	if redis != nil {
		ctx, cancel := context.WithTimeout(ctx, redisCheckTimeout)
		defer cancel()
		if redis(ctx) != nil {
			return reasonRedisUnreachable
		}
	}
	return ""
}

// ServeHTTP answers /healthz: 200 {"status":"ok"} when healthy, else 503
// {"status":"unavailable","reason":"…"}, on one line.
func (h *health) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body := map[string]string{"status": "ok"}
	status := http.StatusOK
	if reason := h.reason(r.Context()); reason != "" {
		body = map[string]string{"status": "unavailable", "reason": reason}
		status = http.StatusServiceUnavailable
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body) // one line, ending in a newline
}
