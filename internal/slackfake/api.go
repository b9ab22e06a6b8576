package slackfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// serveAPI serves the Web API under /api/METHOD.
func (f *Fake) serveAPI(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	if err := r.ParseForm(); err != nil {
		f.reply(w, method, http.StatusBadRequest, map[string]any{"ok": false, "error": "invalid_form_data"})
		return
	}
	if f.injected(w, method) {
		return
	}
	want := BotToken
	if method == "apps.connections.open" {
		want = AppToken
	}
	switch token := requestToken(r); {
	case token == "":
		f.reply(w, method, http.StatusOK, map[string]any{"ok": false, "error": "not_authed"})
		return
	case token != want:
		f.reply(w, method, http.StatusOK, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	switch method {
	case "auth.test":
		f.reply(w, method, http.StatusOK, map[string]any{
			"ok": true, "url": "https://acme.slack.com/", "team": Team, "user": BotUser,
			"team_id": TeamID, "user_id": BotUserID, "bot_id": BotID, "is_enterprise_install": false,
		})
	case "apps.connections.open":
		f.mu.Lock()
		f.seq++
		ticket := fmt.Sprintf("ticket-%d", f.seq)
		f.tickets[ticket] = true
		f.mu.Unlock()
		url := "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/link/?ticket=" + ticket + "&app_id=" + AppID
		f.reply(w, method, http.StatusOK, map[string]any{"ok": true, "url": url})
	case "chat.postMessage", "chat.postEphemeral":
		f.servePost(w, r, method)
	case "chat.update":
		f.serveUpdate(w, r)
	case "views.publish", "views.open":
		f.serveView(w, r, method)
	default:
		f.reply(w, method, http.StatusOK, map[string]any{"ok": false, "error": "unknown_method"})
	}
}

// formBlocks returns the blocks of a Web API form, or JSON null.
func formBlocks(r *http.Request) json.RawMessage {
	if b := r.Form.Get("blocks"); b != "" {
		return json.RawMessage(b)
	}
	return json.RawMessage("null")
}

// refuseInvalid answers invalid_blocks, as Slack does, and records the
// violation when a message breaks Block Kit's limits; it reports whether it
// did.
func (f *Fake) refuseInvalid(w http.ResponseWriter, method, where, text string, blocks json.RawMessage) bool {
	errs := f.validate(text, blocks)
	if len(errs) == 0 {
		return false
	}
	f.violation("%s %s: %s", method, where, strings.Join(errs, "; "))
	f.reply(w, method, http.StatusOK, map[string]any{"ok": false, "error": "invalid_blocks"})
	return true
}

// servePost records a chat.postMessage or chat.postEphemeral call.
func (f *Fake) servePost(w http.ResponseWriter, r *http.Request, method string) {
	p := Post{
		Method:   method,
		Channel:  r.Form.Get("channel"),
		User:     r.Form.Get("user"),
		ThreadTS: r.Form.Get("thread_ts"),
		Text:     r.Form.Get("text"),
		Blocks:   formBlocks(r),
		At:       time.Now(),
	}
	switch {
	case p.Channel == "":
		f.reply(w, method, http.StatusOK, map[string]any{"ok": false, "error": "channel_not_found"})
		return
	case method == "chat.postEphemeral" && p.User == "":
		f.reply(w, method, http.StatusOK, map[string]any{"ok": false, "error": "user_not_found"})
		return
	}
	if f.refuseInvalid(w, method, "to "+p.Channel, p.Text, p.Blocks) {
		return
	}
	f.mu.Lock()
	p.TS = f.nextTS()
	f.posts = append(f.posts, p)
	f.notify()
	f.mu.Unlock()
	if method == "chat.postEphemeral" {
		f.reply(w, method, http.StatusOK, map[string]any{"ok": true, "message_ts": p.TS})
		return
	}
	f.reply(w, method, http.StatusOK, map[string]any{
		"ok": true, "channel": p.Channel, "ts": p.TS,
		"message": map[string]any{"type": "message", "user": BotUserID, "bot_id": BotID, "text": p.Text, "ts": p.TS},
	})
}

// serveResponseURL records what the bot sends to a response_url.
func (f *Fake) serveResponseURL(w http.ResponseWriter, r *http.Request) {
	const method = "response_url"
	if f.injected(w, method) {
		return
	}
	var body struct {
		Text            string          `json:"text"`
		Blocks          json.RawMessage `json:"blocks"`
		ThreadTS        string          `json:"thread_ts"`
		ResponseType    string          `json:"response_type"`
		ReplaceOriginal bool            `json:"replace_original"`
		DeleteOriginal  bool            `json:"delete_original"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		f.violation("response_url: body is not JSON: %v", err)
		f.reply(w, method, http.StatusBadRequest, map[string]any{"ok": false, "error": "invalid_payload"})
		return
	}
	if len(body.Blocks) == 0 {
		body.Blocks = json.RawMessage("null")
	}
	p := Post{
		Method: method, URL: strings.TrimPrefix(r.URL.Path, "/response/"), Text: body.Text, Blocks: body.Blocks,
		ThreadTS: body.ThreadTS, ResponseType: body.ResponseType,
		ReplaceOriginal: body.ReplaceOriginal, DeleteOriginal: body.DeleteOriginal, At: time.Now(),
	}
	if !p.DeleteOriginal {
		if f.refuseInvalid(w, method, p.URL, p.Text, p.Blocks) {
			return
		}
	}
	f.mu.Lock()
	f.posts = append(f.posts, p)
	f.notify()
	f.mu.Unlock()
	f.reply(w, method, http.StatusOK, map[string]any{"ok": true})
}

// injected answers with the next injected failure of method, if any.
func (f *Fake) injected(w http.ResponseWriter, method string) bool {
	f.mu.Lock()
	queue := f.failures[method]
	if len(queue) == 0 {
		f.mu.Unlock()
		return false
	}
	fl := queue[0]
	f.failures[method] = queue[1:]
	f.mu.Unlock()
	status := fl.Status
	if status == 0 {
		status = http.StatusOK
	}
	if fl.RetryAfter != "" {
		w.Header().Set("Retry-After", fl.RetryAfter)
	}
	body := map[string]any{"ok": false, "error": fl.Error}
	if fl.Error == "" && status == http.StatusTooManyRequests {
		body["error"] = "ratelimited"
	}
	f.reply(w, method, status, body)
	return true
}

// reply writes a JSON answer and records the call.
func (f *Fake) reply(w http.ResponseWriter, method string, status int, body map[string]any) {
	call := Call{Method: method, Status: status, At: time.Now()}
	if ok, _ := body["ok"].(bool); !ok {
		call.Error, _ = body["error"].(string)
	}
	f.mu.Lock()
	f.calls = append(f.calls, call)
	f.notify()
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

// requestToken is the token of a Web API call: the bearer token, else the
// token form field.
func requestToken(r *http.Request) string {
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
		return strings.TrimPrefix(h, "Bearer ")
	}
	return r.Form.Get("token")
}
