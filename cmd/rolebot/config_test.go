package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Issue 10, defect 4: --env-file reads regular files only, at most 1 MB; a
// FIFO or a device fails at once.
func TestEnvFileOnlyRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	big := filepath.Join(dir, "big.env")
	os.WriteFile(big, []byte("A=1\n"+strings.Repeat("# padding\n", maxEnvFile/10+1)), 0o600)
	for _, tc := range []struct{ name, path, want string }{
		{"fifo", fifo, "not a regular file"},
		{"dev zero", "/dev/zero", "not a regular file"},
		{"folder", dir, "not a regular file"},
		{"over 1 MB", big, "larger than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() { _, err := readDotEnv(tc.path); done <- err }()
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("err = %v, want %q", err, tc.want)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("reading the .env file hangs")
			}
		})
	}
}

// Issue 10, defect 5: a token with a control or non-ASCII character is
// refused, naming the variable and never the token.
func TestTokenControlAndNonASCII(t *testing.T) {
	for name, tok := range map[string]string{
		"escape":    "xoxb-123-secret\x1b[2J",
		"bell":      "xoxb-123\asecret",
		"non-ascii": "xoxb-123-sécret",
		"nbsp":      "xoxb-123\u00a0secret",
		"delete":    "xoxb-123-secret\x7f",
	} {
		t.Run(name, func(t *testing.T) {
			env := map[string]string{"SLACK_APP_TOKEN": "xapp-1-A1-123-ok", "SLACK_BOT_TOKEN": tok}
			empty := filepath.Join(t.TempDir(), "empty.env")
			os.WriteFile(empty, nil, 0o600)
			_, err := loadServeConfig(serveFlags{envFile: empty}, func(k string) (string, bool) { v, ok := env[k]; return v, ok })
			if err == nil || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN is malformed") || strings.Contains(err.Error(), "secret") {
				t.Errorf("err = %v, want SLACK_BOT_TOKEN is malformed, without the token", err)
			}
		})
	}
}
