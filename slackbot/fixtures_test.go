package slackbot

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// TestFixturesParse checks that every payload in testdata/slack has
// the shape slack-go expects of Slack's, so that the tests built on them
// exercise the paths real traffic takes.
func TestFixturesParse(t *testing.T) {
	for _, tc := range []struct {
		file, typ string
		inner     any // the type of the parsed payload
	}{
		{"app_mention", socketmode.RequestTypeEventsAPI, &slackevents.AppMentionEvent{}},
		{"message_im", socketmode.RequestTypeEventsAPI, &slackevents.MessageEvent{}},
		{"app_home_opened", socketmode.RequestTypeEventsAPI, &slackevents.AppHomeOpenedEvent{}},
		{"bot_message", socketmode.RequestTypeEventsAPI, &slackevents.MessageEvent{}},
		{"message_changed", socketmode.RequestTypeEventsAPI, &slackevents.MessageEvent{}},
		{"unknown_event", socketmode.RequestTypeEventsAPI, nil}, // slack-go cannot parse it: rolebot acks it itself
		{"slash_command", socketmode.RequestTypeSlashCommands, slack.SlashCommand{}},
		{"block_actions", socketmode.RequestTypeInteractive, slack.InteractionCallback{}},
		{"disconnect", socketmode.RequestTypeDisconnect, nil},
		{"hello", socketmode.RequestTypeHello, nil},
	} {
		t.Run(tc.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "slack", tc.file+".json"))
			if err != nil {
				t.Fatal(err)
			}
			var req socketmode.Request
			if err := json.Unmarshal(raw, &req); err != nil {
				t.Fatal(err)
			}
			if req.Type != tc.typ {
				t.Fatalf("type %q, want %q", req.Type, tc.typ)
			}
			switch tc.typ {
			case socketmode.RequestTypeEventsAPI:
				ev, err := slackevents.ParseEvent(req.Payload, slackevents.OptionNoVerifyToken())
				if tc.inner == nil {
					if err == nil {
						t.Fatalf("parsed as %T; the test needs an event slack-go does not know", ev.InnerEvent.Data)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if got, want := typeName(ev.InnerEvent.Data), typeName(tc.inner); got != want {
					t.Errorf("inner event %s, want %s", got, want)
				}
				if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); !ok || cb.EventID == "" {
					t.Error("no event_id")
				}
			case socketmode.RequestTypeSlashCommands:
				var cmd slack.SlashCommand
				if err := json.Unmarshal(req.Payload, &cmd); err != nil || cmd.Command != "/role" || !req.AcceptsResponsePayload {
					t.Errorf("slash command %+v: %v", cmd, err)
				}
			case socketmode.RequestTypeInteractive:
				var cb slack.InteractionCallback
				if err := json.Unmarshal(req.Payload, &cb); err != nil || cb.Type != slack.InteractionTypeBlockActions ||
					len(cb.ActionCallback.BlockActions) != 1 || cb.ResponseURL == "" {
					t.Errorf("interaction %+v: %v", cb, err)
				}
			}
			if tc.typ != socketmode.RequestTypeHello && tc.typ != socketmode.RequestTypeDisconnect && req.EnvelopeID == "" {
				t.Error("no envelope_id")
			}
		})
	}
}

func typeName(v any) string { return fmt.Sprintf("%T", v) }
