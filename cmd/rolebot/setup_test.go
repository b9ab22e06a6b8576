package main

import (
	"os"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestManifest checks the Slack app manifest against what serve needs:
// Socket Mode, /role, the two events, interactivity and only the scopes used.
func TestManifest(t *testing.T) {
	raw, err := os.ReadFile("../../manifest.yml")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Features struct {
			AppHome struct {
				HomeTab     bool `yaml:"home_tab_enabled"`
				MessagesTab bool `yaml:"messages_tab_enabled"`
				ReadOnly    bool `yaml:"messages_tab_read_only_enabled"`
			} `yaml:"app_home"`
			BotUser struct {
				DisplayName string `yaml:"display_name"`
			} `yaml:"bot_user"`
			SlashCommands []struct {
				Command string `yaml:"command"`
			} `yaml:"slash_commands"`
		} `yaml:"features"`
		OAuth struct {
			Scopes struct {
				Bot []string `yaml:"bot"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
		Settings struct {
			Events struct {
				Bot []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
			Interactivity struct {
				Enabled bool `yaml:"is_enabled"`
			} `yaml:"interactivity"`
			SocketMode bool `yaml:"socket_mode_enabled"`
		} `yaml:"settings"`
	}
	if err := yaml.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	scopes := slices.Sorted(slices.Values(m.OAuth.Scopes.Bot))
	if want := []string{"app_mentions:read", "chat:write", "commands", "im:history", "im:read", "im:write"}; !slices.Equal(scopes, want) {
		t.Errorf("scopes %v, want %v", scopes, want)
	}
	events := slices.Sorted(slices.Values(m.Settings.Events.Bot))
	if want := []string{"app_home_opened", "app_mention", "message.im"}; !slices.Equal(events, want) {
		t.Errorf("events %v, want %v", events, want)
	}
	if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/role" {
		t.Errorf("slash commands %+v, want /role", m.Features.SlashCommands)
	}
	if !m.Features.AppHome.HomeTab {
		t.Error("the Home tab must be on")
	}
	if !m.Settings.SocketMode || !m.Settings.Interactivity.Enabled {
		t.Error("Socket Mode and interactivity must be on")
	}
	if !m.Features.AppHome.MessagesTab || m.Features.AppHome.ReadOnly || m.Features.BotUser.DisplayName == "" {
		t.Error("people must be able to write to the bot user")
	}
}

// TestEnvExample checks that .env.example documents every setting of serve
// with a comment, and holds no token.
func TestEnvExample(t *testing.T) {
	raw, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(raw), "\n")
	for _, v := range []string{"SLACK_APP_TOKEN", "SLACK_BOT_TOKEN", "CORPUS_DIR", "INDEX_DIR", "LOG_LEVEL", "SLACK_API_URL", "METRICS_ADDR", "LOG_FORMAT",
		"STATE_DIR", "REDIS_URL", "GAPS", "GAPS_DAYS"} {
		// Optional settings are commented out ("#STATE_DIR="), so that
		// the file, used as systemd's EnvironmentFile, does not set them
		// to nothing over the unit's values.
		optional := v != "SLACK_APP_TOKEN" && v != "SLACK_BOT_TOKEN"
		prefix := v + "="
		if optional {
			prefix = "#" + prefix
		}
		i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, prefix) })
		if i < 1 || !strings.HasPrefix(lines[i-1], "#") {
			t.Errorf("%s is missing (as %q) or has no comment above it", v, prefix)
			continue
		}
		if val := strings.TrimPrefix(lines[i], prefix); strings.HasPrefix(val, "xapp-") || strings.HasPrefix(val, "xoxb-") {
			t.Errorf("%s holds a token", v)
		}
	}
}
