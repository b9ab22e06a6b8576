// Package redistest runs a real redis-server for tests: on a free loopback
// port, persistence off, stopped when the test ends.
package redistest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// readyTimeout is how long a fresh redis-server may take to answer PING; it
// starts in milliseconds, so this only runs out on a broken install.
const readyTimeout = 10 * time.Second

// stopTimeout is how long Stop waits after SIGTERM before SIGKILL; with
// persistence off, redis-server exits at once.
const stopTimeout = 5 * time.Second

// startAttempts is how many free ports Start tries: another process may
// take the port between choosing it and redis-server binding it.
const startAttempts = 3

// Server is a redis-server run by a test. Its methods are safe for
// concurrent use.
type Server struct {
	// Addr is host:port, e.g. 127.0.0.1:41234; it stays the same across
	// Restart.
	Addr string

	tb  testing.TB
	bin string
	dir string

	mu   sync.Mutex
	cmd  *exec.Cmd
	exit chan struct{} // closed when cmd has exited
}

// Binary returns the path of redis-server, or "" when it is not installed.
func Binary() string {
	if p, err := exec.LookPath("redis-server"); err == nil {
		return p
	}
	if _, err := os.Stat("/usr/bin/redis-server"); err == nil {
		return "/usr/bin/redis-server"
	}
	return ""
}

// Start runs redis-server on a free loopback port and waits until it
// answers PING; it is stopped when tb ends. When redis-server is not
// installed, tb is skipped with one line saying how to install it.
func Start(tb testing.TB) *Server {
	tb.Helper()
	return startBinary(tb, Binary())
}

// SkipMessage is the one line a test skips with when redis-server is missing.
const SkipMessage = "redis-server not installed: apt-get install redis-server"

func startBinary(tb testing.TB, bin string) *Server {
	tb.Helper()
	if bin == "" {
		tb.Skip(SkipMessage)
	}
	s := &Server{tb: tb, bin: bin, dir: tb.TempDir()}
	var err error
	for range startAttempts {
		var port int
		if port, err = freePort(); err != nil {
			continue
		}
		s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		if err = s.start(); err == nil {
			tb.Cleanup(s.Stop)
			return s
		}
	}
	tb.Fatalf("redistest: start %s: %v", bin, err)
	return nil
}

// URL is the server's redis:// URL.
func (s *Server) URL() string { return "redis://" + s.Addr }

// Stop stops the server; the port is free when it returns. Stopping a
// stopped server does nothing.
func (s *Server) Stop() {
	s.tb.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil {
		return
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exit:
	case <-time.After(stopTimeout):
		_ = s.cmd.Process.Kill()
		<-s.exit
	}
	s.cmd = nil
}

// Restart starts the server again on the same port (stopping it first if it
// runs) and waits until it answers PING. Its data is gone: persistence is off.
func (s *Server) Restart() {
	s.tb.Helper()
	s.Stop()
	if err := s.start(); err != nil {
		s.tb.Fatalf("redistest: restart on %s: %v", s.Addr, err)
	}
}

// start runs redis-server on s.Addr and waits for PING.
func (s *Server) start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, port, _ := net.SplitHostPort(s.Addr)
	cmd := exec.Command(s.bin,
		"--port", port, "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no",
		"--dir", s.dir, "--daemonize", "no", "--loglevel", "warning")
	out := &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("run %s: %w", s.bin, err)
	}
	exit := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exit) }()
	if err := waitPing(s.Addr, exit); err != nil {
		_ = cmd.Process.Kill()
		<-exit
		return fmt.Errorf("%w; redis-server said: %s", err, strings.TrimSpace(out.String()))
	}
	s.cmd, s.exit = cmd, exit
	return nil
}

// waitPing waits until addr answers PING with PONG, the process exits, or
// readyTimeout passes.
func waitPing(addr string, exit <-chan struct{}) error {
	deadline := time.Now().Add(readyTimeout)
	var last error
	for time.Now().Before(deadline) {
		select {
		case <-exit:
			return errors.New("redis-server exited")
		default:
		}
		if last = ping(addr); last == nil {
			return nil
		}
		time.Sleep(10 * time.Millisecond)
	}
	return fmt.Errorf("no PONG from %s within %v: %w", addr, readyTimeout, last)
}

func ping(addr string) error {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(time.Second))
	if _, err := c.Write([]byte("PING\r\n")); err != nil {
		return err
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err
	}
	if strings.TrimSpace(line) != "+PONG" {
		return fmt.Errorf("PING answered %q", line)
	}
	return nil
}

// freePort returns a loopback TCP port nobody listens on right now.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
