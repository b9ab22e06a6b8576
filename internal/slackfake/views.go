package slackfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// MaxViewBlocks is the most blocks of a view (Home tab or modal).
const MaxViewBlocks = 100

// serveUpdate records a chat.update: a Post with Method "chat.update",
// the channel and the TS of the message it replaces.
func (f *Fake) serveUpdate(w http.ResponseWriter, r *http.Request) {
	const method = "chat.update"
	p := Post{Method: method, Channel: r.Form.Get("channel"), TS: r.Form.Get("ts"),
		Text: r.Form.Get("text"), Blocks: formBlocks(r), At: time.Now()}
	if p.Channel == "" || p.TS == "" {
		f.reply(w, method, http.StatusOK, map[string]any{"ok": false, "error": "message_not_found"})
		return
	}
	if f.refuseInvalid(w, method, "of "+p.TS, p.Text, p.Blocks) {
		return
	}
	f.mu.Lock()
	f.posts = append(f.posts, p)
	f.notify()
	f.mu.Unlock()
	f.reply(w, method, http.StatusOK, map[string]any{"ok": true, "channel": p.Channel, "ts": p.TS, "text": p.Text})
}

// View is a view the bot published (views.publish, the Home tab) or opened
// (views.open, a modal).
type View struct {
	Method    string // views.publish or views.open
	User      string // views.publish: whose Home tab
	TriggerID string // views.open
	Type      string // home or modal
	Title     string // a modal's title
	Blocks    json.RawMessage
	At        time.Time
}

// serveView records a views.publish or views.open call, whose body is JSON.
func (f *Fake) serveView(w http.ResponseWriter, r *http.Request, method string) {
	var body struct {
		UserID    string `json:"user_id"`
		TriggerID string `json:"trigger_id"`
		View      struct {
			Type  string `json:"type"`
			Title *struct {
				Text string `json:"text"`
			} `json:"title"`
			Blocks json.RawMessage `json:"blocks"`
		} `json:"view"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		f.violation("%s: body is not JSON: %v", method, err)
		f.reply(w, method, http.StatusOK, map[string]any{"ok": false, "error": "invalid_json"})
		return
	}
	v := View{Method: method, User: body.UserID, TriggerID: body.TriggerID, Type: body.View.Type,
		Blocks: body.View.Blocks, At: time.Now()}
	if body.View.Title != nil {
		v.Title = body.View.Title.Text
	}
	var errs []string
	switch {
	case method == "views.publish" && (v.User == "" || v.Type != "home"):
		errs = append(errs, fmt.Sprintf("user_id %q, type %q: want a user and type home", v.User, v.Type))
	case method == "views.open" && (v.TriggerID == "" || v.Type != "modal" || v.Title == "" || length(v.Title) > 24):
		errs = append(errs, fmt.Sprintf("trigger_id %q, type %q, title %q: want a trigger, type modal and a title of 1 to 24", v.TriggerID, v.Type, v.Title))
	}
	errs = append(errs, validateBlocks(v.Blocks, MaxViewBlocks)...)
	if len(errs) > 0 {
		f.violation("%s: %s", method, strings.Join(errs, "; "))
		f.reply(w, method, http.StatusOK, map[string]any{"ok": false, "error": "invalid_arguments"})
		return
	}
	f.mu.Lock()
	f.views = append(f.views, v)
	f.notify()
	f.mu.Unlock()
	f.reply(w, method, http.StatusOK, map[string]any{"ok": true, "view": map[string]any{"id": "V0FAKE", "type": v.Type}})
}

// Views returns the views published or opened so far, in order.
func (f *Fake) Views() []View {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]View(nil), f.views...)
}

// WaitViews waits until at least n views were published or opened and
// returns all of them.
func (f *Fake) WaitViews(n int) []View {
	f.tb.Helper()
	f.waitFor(fmt.Sprintf("%d views", n), func() bool { return len(f.views) >= n })
	return f.Views()
}

// ValidateView checks the blocks of a view (a JSON array) against Block
// Kit's limits, as views.publish and views.open do.
func ValidateView(blocks json.RawMessage) []string { return validateBlocks(blocks, MaxViewBlocks) }
