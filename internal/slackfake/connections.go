package slackfake

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"
)

// Several connections: an app may hold up to 10 Socket Mode connections
// (one per replica, say), and Slack sends each envelope to one of them.
// Send uses the newest; SendOn chooses.

// envelopeHead is the part of an envelope the fake reads.
type envelopeHead struct {
	EnvelopeID string `json:"envelope_id"`
}

// encode returns the JSON of an envelope given as []byte, json.RawMessage,
// string or a value to marshal, and its head.
func (f *Fake) encode(envelope any) ([]byte, envelopeHead) {
	f.tb.Helper()
	var data []byte
	switch e := envelope.(type) {
	case []byte:
		data = e
	case json.RawMessage:
		data = e
	case string:
		data = []byte(e)
	default:
		var err error
		if data, err = json.Marshal(e); err != nil {
			f.tb.Fatalf("slackfake: Send: %v", err)
		}
	}
	var head envelopeHead
	_ = json.Unmarshal(data, &head)
	return data, head
}

// Live returns the ids of the open connections, oldest first. Connections
// are numbered from 1 in the order they were opened.
func (f *Fake) Live() []int {
	f.mu.Lock()
	defer f.mu.Unlock()
	ids := make([]int, 0, len(f.live))
	for id := range f.live {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// WaitLive waits until at least n connections are open at once and returns
// their ids, oldest first.
func (f *Fake) WaitLive(n int) []int {
	f.tb.Helper()
	f.waitFor(fmt.Sprintf("%d open connections", n), func() bool { return len(f.live) >= n })
	return f.Live()
}

// SendOn sends an envelope over connection id (see Live). It fails the test
// when that connection is not open.
func (f *Fake) SendOn(id int, envelope any) {
	f.tb.Helper()
	data, head := f.encode(envelope)
	f.mu.Lock()
	s := f.live[id]
	if s != nil && head.EnvelopeID != "" {
		f.sentAt[head.EnvelopeID] = time.Now()
	}
	f.mu.Unlock()
	if s == nil {
		f.tb.Fatalf("slackfake: SendOn: connection %d is not open (open: %v)", id, f.Live())
	}
	if err := s.write(data); err != nil {
		f.tb.Fatalf("slackfake: SendOn %d: %v", id, err)
	}
}
