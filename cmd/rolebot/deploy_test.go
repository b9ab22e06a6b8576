package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestSystemdUnit checks deploy/rolebot.service: the directives the
// operations guide promises, then `systemd-analyze verify` when the machine
// has it.
func TestSystemdUnit(t *testing.T) {
	raw, err := os.ReadFile("../../deploy/rolebot.service")
	if err != nil {
		t.Fatal(err)
	}
	unit := string(raw)
	for _, want := range []string{
		"ExecStart=/usr/local/bin/rolebot serve", "EnvironmentFile=/etc/rolebot/rolebot.env",
		"StateDirectory=rolebot", "CacheDirectory=rolebot", "DynamicUser=yes",
		"NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes",
		"Environment=METRICS_ADDR=127.0.0.1:", "RestartPreventExitStatus=2",
	} {
		if !strings.Contains(unit, "\n"+want) {
			t.Errorf("the unit lacks %q", want)
		}
	}

	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skipf("systemd-analyze verify not run: %v", err)
	}
	// verify insists that ExecStart= names an executable: point it at this
	// test's own binary, which exists, instead of /usr/local/bin/rolebot.
	self, err := os.Executable()
	if err != nil {
		t.Skipf("systemd-analyze verify not run: %v", err)
	}
	unit = regexp.MustCompile(`(?m)^ExecStart=/usr/local/bin/rolebot `).ReplaceAllString(unit, "ExecStart="+self+" ")
	path := filepath.Join(t.TempDir(), "rolebot.service")
	if err := os.WriteFile(path, []byte(unit), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, analyze, "verify", path).CombinedOutput()
	// verify exits 0 on unknown keys and unparsable values, which it only
	// prints, prefixed with the file's path: count those as failures too.
	if err != nil || strings.Contains(string(out), path) {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	} else if len(out) > 0 {
		t.Logf("systemd-analyze verify (about other units):\n%s", out)
	}
}
