package slackfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// socket is one Socket Mode connection.
type socket struct {
	id      int
	ws      *websocket.Conn
	writeMu sync.Mutex // gorilla allows one writer at a time
	done    chan struct{}
}

func (s *socket) write(data []byte) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	_ = s.ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return s.ws.WriteMessage(websocket.TextMessage, data)
}

// serveSocket upgrades /link/?ticket=… to a Socket Mode connection: it sends
// hello, then records acks until the connection ends.
func (f *Fake) serveSocket(w http.ResponseWriter, r *http.Request) {
	ticket := r.URL.Query().Get("ticket")
	f.mu.Lock()
	valid := f.tickets[ticket]
	delete(f.tickets, ticket) // a URL from apps.connections.open is good for one connection
	f.mu.Unlock()
	if !valid {
		http.Error(w, "unknown or used ticket", http.StatusUnauthorized)
		return
	}
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered
	}
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		ws.Close()
		return
	}
	f.connections++
	s := &socket{id: f.connections, ws: ws, done: make(chan struct{})}
	f.sockets = append(f.sockets, s)
	f.mu.Unlock()

	hello := fmt.Sprintf(`{"type":"hello","num_connections":1,"debug_info":{"host":"applink-fake-%d","build_number":1,"approximate_connection_time":18060},"connection_info":{"app_id":%q}}`, s.id, AppID)
	if err := s.write([]byte(hello)); err != nil {
		ws.Close()
		return
	}
	f.mu.Lock()
	f.current = s
	f.live[s.id] = s
	f.notify()
	f.mu.Unlock()

	go f.pinger(s)
	defer func() {
		close(s.done)
		ws.Close()
		f.mu.Lock()
		delete(f.live, s.id)
		if f.current == s {
			f.current = nil
		}
		f.notify()
		f.mu.Unlock()
	}()
	for {
		_, data, err := ws.ReadMessage()
		if err != nil {
			return
		}
		f.recordAck(data)
	}
}

// pinger pings s until it ends, as Slack does; slack-go treats a silence as
// a dead connection.
func (f *Fake) pinger(s *socket) {
	t := time.NewTicker(f.ping)
	defer t.Stop()
	for {
		select {
		case <-s.done:
			return
		case <-t.C:
			if err := s.ws.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(5*time.Second)); err != nil {
				return
			}
		}
	}
}

// Ack is an acknowledgement the bot sent for an envelope.
type Ack struct {
	EnvelopeID string
	Payload    json.RawMessage // nil when the ack had none
	Size       int             // bytes on the wire
	At         time.Time
}

// Reply returns the message an ack carries (the reply to a slash command), if any.
func (a Ack) Reply() (Message, bool) {
	if len(a.Payload) == 0 || string(a.Payload) == "null" {
		return Message{}, false
	}
	var m struct {
		Text   string          `json:"text"`
		Blocks json.RawMessage `json:"blocks"`
	}
	if json.Unmarshal(a.Payload, &m) != nil || (m.Text == "" && len(m.Blocks) == 0) {
		return Message{}, false
	}
	if len(m.Blocks) == 0 {
		m.Blocks = json.RawMessage("null")
	}
	return Message{Where: "ack " + a.EnvelopeID, Text: m.Text, Blocks: m.Blocks}, true
}

func (f *Fake) recordAck(data []byte) {
	var msg struct {
		EnvelopeID string          `json:"envelope_id"`
		Payload    json.RawMessage `json:"payload"`
	}
	if err := json.Unmarshal(data, &msg); err != nil || msg.EnvelopeID == "" {
		f.violation("socket: a message that is no ack: %.200s", data)
		return
	}
	a := Ack{EnvelopeID: msg.EnvelopeID, Payload: msg.Payload, Size: len(data), At: time.Now()}
	if len(data) >= 20*1024 {
		f.violation("ack %s: %d bytes: Slack drops Socket Mode responses of 20 KB or more", a.EnvelopeID, len(data))
	}
	if m, ok := a.Reply(); ok {
		if errs := f.validate(m.Text, m.Blocks); len(errs) > 0 {
			f.violation("ack %s: %s", a.EnvelopeID, strings.Join(errs, "; "))
		}
	}
	f.mu.Lock()
	if f.sentAt[a.EnvelopeID].IsZero() {
		f.violations = append(f.violations, fmt.Sprintf("ack of an envelope never sent: %q", a.EnvelopeID))
	}
	f.acks = append(f.acks, a)
	f.notify()
	f.mu.Unlock()
}

// Send sends an envelope to the bot over the current connection, waiting
// for one if there is none (after a disconnect). envelope is its JSON
// ([]byte, json.RawMessage or string) or a value to marshal.
func (f *Fake) Send(envelope any) {
	f.tb.Helper()
	data, head := f.encode(envelope)
	for {
		var s *socket
		f.waitFor("a Socket Mode connection", func() bool { s = f.current; return s != nil })
		f.mu.Lock()
		if head.EnvelopeID != "" {
			f.sentAt[head.EnvelopeID] = time.Now()
		}
		f.mu.Unlock()
		if err := s.write(data); err == nil {
			return
		}
		f.retire(s) // a connection that died under us: send on the next one
	}
}

// SentAt returns when the envelope was sent (the zero time if never).
func (f *Fake) SentAt(envelopeID string) time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.sentAt[envelopeID]
}

// retire stops sending envelopes to s.
func (f *Fake) retire(s *socket) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.current == s {
		f.current = nil
		f.notify()
	}
}

// Disconnect sends a disconnect envelope (reason: "refresh_requested",
// "warning", "link_disabled") on the current connection. Envelopes sent
// after it wait for the bot's next connection.
func (f *Fake) Disconnect(reason string) {
	f.tb.Helper()
	var s *socket
	f.waitFor("a Socket Mode connection", func() bool { s = f.current; return s != nil })
	f.retire(s)
	msg := fmt.Sprintf(`{"type":"disconnect","reason":%q,"debug_info":{"host":"applink-fake-%d"}}`, reason, s.id)
	if err := s.write([]byte(msg)); err != nil {
		f.tb.Logf("slackfake: disconnect: %v", err)
	}
}

// Drop closes the current connection abruptly, without a close frame, as a
// network failure would.
func (f *Fake) Drop() {
	f.tb.Helper()
	var s *socket
	f.waitFor("a Socket Mode connection", func() bool { s = f.current; return s != nil })
	f.retire(s)
	s.ws.Close()
}

// Connections returns how many Socket Mode connections were opened so far.
func (f *Fake) Connections() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.connections
}

// WaitConnected waits until the bot has opened n connections in all and one
// is open.
func (f *Fake) WaitConnected(n int) {
	f.tb.Helper()
	f.waitFor(fmt.Sprintf("connection number %d", n), func() bool { return f.connections >= n && f.current != nil })
}

// WaitAck waits for the ack of an envelope and returns it.
func (f *Fake) WaitAck(envelopeID string) Ack {
	f.tb.Helper()
	var found Ack
	f.waitFor("the ack of "+envelopeID, func() bool {
		for _, a := range f.acks {
			if a.EnvelopeID == envelopeID {
				found = a
				return true
			}
		}
		return false
	})
	return found
}

// WaitAcks waits until at least n acks arrived and returns all of them.
func (f *Fake) WaitAcks(n int) []Ack {
	f.tb.Helper()
	f.waitFor(fmt.Sprintf("%d acks", n), func() bool { return len(f.acks) >= n })
	return f.Acks()
}

// Acks returns the acks received so far, in order.
func (f *Fake) Acks() []Ack {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Ack(nil), f.acks...)
}
