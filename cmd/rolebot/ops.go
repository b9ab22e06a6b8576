package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/rolebot/rolebot/metrics"
	"github.com/rolebot/rolebot/slackbot"
)

// opsServer serves /healthz and /metrics on METRICS_ADDR. A nil *opsServer
// (METRICS_ADDR empty) serves nothing, and its methods do nothing.
type opsServer struct {
	metrics *metrics.Metrics
	health  *health
	srv     *http.Server
	done    chan struct{}
}

// opsReadTimeout bounds how long a scraper may take to send its request.
const opsReadTimeout = 5 * time.Second

// startOps listens on addr and serves /healthz and /metrics in the
// background; it returns nil when addr is "". A port that cannot be
// listened on (taken, not local) is an error that names addr.
func startOps(addr string, log *slog.Logger) (*opsServer, error) {
	if addr == "" {
		return nil, nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		var op *net.OpError
		if errors.As(err, &op) {
			err = op.Err // "bind: address already in use", without repeating addr
		}
		return nil, fmt.Errorf("METRICS_ADDR is %q: cannot listen there (%w): choose a free port, or leave METRICS_ADDR empty to serve no metrics", addr, err)
	}
	o := &opsServer{metrics: metrics.New(), health: &health{}, done: make(chan struct{})}
	v := versionInfo()
	o.metrics.SetBuildInfo(v.Version, v.Revision, v.Go)
	mux := http.NewServeMux()
	mux.Handle("GET /healthz", o.health)
	mux.Handle("GET /readyz", o.health)
	// /livez: the process serves HTTP. For a liveness probe, which must
	// not restart every replica while Redis or Slack is away (/healthz
	// then says 503, and is the readiness probe).
	mux.HandleFunc("GET /livez", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"status":"ok"}` + "\n"))
	})
	mux.Handle("GET /metrics", o.metrics.Handler())
	o.srv = &http.Server{Handler: mux, ReadHeaderTimeout: opsReadTimeout, ReadTimeout: opsReadTimeout}
	go func() {
		defer close(o.done)
		if err := o.srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server stopped", "error", err.Error())
		}
	}()
	log.Info("serving /healthz, /readyz, /livez and /metrics", "addr", ln.Addr().String())
	if host, _, err := net.SplitHostPort(addr); err == nil && !loopbackHost(host) {
		log.Warn("METRICS_ADDR listens beyond this machine: /metrics and /healthz have no authentication; bind it to 127.0.0.1 or a private network", "addr", addr)
	}
	return o, nil
}

// close stops the server, letting a scrape in progress finish (1 s at most).
func (o *opsServer) close() {
	if o == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_ = o.srv.Shutdown(ctx)
	<-o.done
}

// observer returns what the Slack bot reports to: nil when o is nil.
func (o *opsServer) observer() slackbot.Observer {
	if o == nil {
		return nil // an untyped nil: slackbot then observes nothing
	}
	return observer{o.metrics, o.health}
}

// slackAccepted records that Slack accepted the bot token.
func (o *opsServer) slackAccepted() {
	if o == nil {
		return
	}
	o.health.start()
}

// engineOpened records that the engine is open, with what it loaded.
func (o *opsServer) engineOpened(st engineStats) {
	if o == nil {
		return
	}
	o.metrics.SetCorpus(st.Articles, st.Passages, st.Cards)
	o.health.loaded()
}

// watchRedis makes /healthz report "redis unreachable" while status fails.
func (o *opsServer) watchRedis(status func(context.Context) error) {
	if o == nil || status == nil {
		return
	}
	o.health.setRedisStatus(status)
}

// observer is the slackbot.Observer of serve: metrics, and the connection
// state for /healthz.
type observer struct {
	*metrics.Metrics
	health *health
}

func (o observer) Connection(st slackbot.ConnState) {
	reconnect := o.health.connection(st)
	o.SetConnected(st == slackbot.Connected)
	switch st {
	case slackbot.Connected:
		o.Connected(reconnect)
	case slackbot.ConnectionFailed:
		o.ConnectionFailed()
	}
}

// APICall counts the call, and makes /healthz say "bot token refused"
// while Slack refuses the token (revoked, the app uninstalled).
func (o observer) APICall(method, code string) {
	o.Metrics.APICall(method, code)
	switch code {
	case "invalid_auth", "token_revoked", "account_inactive", "not_authed", "token_expired":
		o.health.tokenRefused(true)
	case "":
		o.health.tokenRefused(false)
	}
}
