package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/rolebot/rolebot/internal/redistest"
	"github.com/rolebot/rolebot/state"
)

// TestGapsCommand records gaps in the embedded store and in Redis, as serve
// does, and runs `rolebot gaps` in both formats against each.
func TestGapsCommand(t *testing.T) {
	for _, tc := range []struct {
		name string
		vars func(t *testing.T) map[string]string
	}{
		{"embedded", func(t *testing.T) map[string]string { return map[string]string{"STATE_DIR": t.TempDir()} }},
		{"redis", func(t *testing.T) map[string]string { return map[string]string{"REDIS_URL": redistest.Start(t).URL()} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := serveSettings(t, tc.vars(t))
			cfg, err := stateSettings(env, func(string) (string, bool) { return "", false })
			if err != nil {
				t.Fatal(err)
			}
			st, err := state.Open(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range []state.Gap{
				{Question: "What is a CXO?", Kind: state.GapNoMatch, Roles: []string{"cxo"}},
				{Question: "what is a cxo", Kind: state.GapNoMatch, Roles: []string{"cxo"}},
				{Question: "Who pays the CTO?", Kind: state.GapDownvote, Roles: []string{"cto"}},
				{Question: "how do I bake bread?", Kind: state.GapNoMatch},
			} {
				if err := st.RecordGap(context.Background(), g); err != nil {
					t.Fatal(err)
				}
			}
			st.Close()

			var out, errOut strings.Builder
			if code := run(context.Background(), []string{"gaps", "--env-file", env}, nil, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			text := out.String()
			if where := stateWhere(cfg); !strings.Contains(errOut.String(), "read "+where) {
				t.Errorf("stderr does not say which store was read (%s):\n%s", where, errOut.String())
			}
			if i, j := strings.Index(text, "CXO (2)"), strings.Index(text, "what is a cxo  [no match]"); i != 0 || j < 0 {
				t.Errorf("want the CXO group first, with its question:\n%s", text)
			}
			if !strings.Contains(text, "who pays the cto  [downvote]") || !strings.Contains(text, "no role named (1)") {
				t.Errorf("missing groups:\n%s", text)
			}

			out.Reset()
			if code := run(context.Background(), []string{"gaps", "--format", "json", "--env-file", env}, nil, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			var groups []gapGroupJSON
			if err := json.Unmarshal([]byte(out.String()), &groups); err != nil {
				t.Fatalf("%v:\n%s", err, out.String())
			}
			if len(groups) != 3 || groups[0].Count != 2 || groups[0].Roles[0] != "cxo" || groups[0].Questions[0].Question != "what is a cxo" {
				t.Errorf("groups %+v", groups)
			}
		})
	}
}

func TestStateSettings(t *testing.T) {
	env := func(vars map[string]string) func(string) (string, bool) {
		return func(k string) (string, bool) { v, ok := vars[k]; return v, ok }
	}
	missing := serveSettings(t, nil) // an empty .env
	cfg, err := stateSettings(missing, env(map[string]string{"STATE_DIR": "/tmp/x"}))
	if err != nil || cfg.Dir != "/tmp/x" || cfg.RedisURL != "" || cfg.GapsOff || cfg.GapsPrivate || cfg.GapsTTL.Hours() != 90*24 {
		t.Errorf("defaults: %+v, %v", cfg, err)
	}
	// Private questions (direct messages, /role) are kept only when asked for.
	for value, private := range map[string]bool{"channels": false, "on": false, "all": true, "ALL": true} {
		if cfg, err := stateSettings(missing, env(map[string]string{"GAPS": value})); err != nil || cfg.GapsPrivate != private || cfg.GapsOff {
			t.Errorf("GAPS=%s: %+v, %v", value, cfg, err)
		}
	}
	cfg, err = stateSettings(missing, env(map[string]string{"GAPS": "off", "GAPS_DAYS": "7", "REDIS_URL": "redis://:pw@127.0.0.1:6379/0"}))
	if err != nil || !cfg.GapsOff || cfg.GapsTTL.Hours() != 7*24 || stateWhere(cfg) != "redis://127.0.0.1:6379" {
		t.Errorf("set: %+v, %v", cfg, err)
	}
	for _, bad := range []map[string]string{{"GAPS": "maybe"}, {"GAPS_DAYS": "0"}, {"GAPS_DAYS": "x"}, {"REDIS_URL": "http://secretpw@x"}} {
		if _, err := stateSettings(missing, env(bad)); err == nil || strings.Contains(err.Error(), "secretpw") {
			t.Errorf("%v: %v, want an error that shows no password", bad, err)
		}
	}
}

// With no gaps, the list says what gaps are and that ask records none.
func TestGapsEmptySaysWhereGapsComeFrom(t *testing.T) {
	env := serveSettings(t, map[string]string{"STATE_DIR": t.TempDir()})
	var out, errOut strings.Builder
	if code := run(context.Background(), []string{"gaps", "--env-file", env}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if text := out.String(); !strings.Contains(text, "No unanswered questions are recorded") || !strings.Contains(text, "rolebot ask records none") {
		t.Errorf("gaps with none recorded says %q, want where gaps come from", text)
	}
}
