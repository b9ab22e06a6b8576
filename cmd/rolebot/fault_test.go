package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestMain lets the fault test run rolebot as a child process: the test
// binary re-executed with ROLEBOT_MAIN=1 is rolebot.
func TestMain(m *testing.M) {
	if os.Getenv("ROLEBOT_MAIN") == "1" {
		ctx, stop := withSignals(context.Background())
		code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// rolebotCmd returns rolebot as a child process with the given arguments.
func rolebotCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "ROLEBOT_MAIN=1")
	return cmd
}

// bigCorpus copies the shipped corpus and adds generated articles, so that
// a build lasts long enough to be killed in the middle.
func bigCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	copyDir(t, filepath.Join("..", "..", "corpus"), dir)
	words := strings.Fields("budget team vendor process planning report market product growth risk audit hiring training policy customer data security network office quality")
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 60 {
		var b strings.Builder
		fmt.Fprintf(&b, "# Filler %d\n\n", i)
		for j := range 40 {
			if j%6 == 0 {
				fmt.Fprintf(&b, "## Part %d\n\n", j)
			}
			for range 40 {
				b.WriteString(words[r.IntN(len(words))] + " ")
			}
			b.WriteString(".\n\n")
		}
		os.WriteFile(filepath.Join(dir, "articles", fmt.Sprintf("filler-%02d.md", i)), []byte(b.String()), 0o644)
	}
	return dir
}

// tmpFolders returns the names of the half-built index folders in dir.
func tmpFolders(dir string) map[string]bool {
	out := map[string]bool{}
	names, _ := filepath.Glob(filepath.Join(dir, "tmp-*"))
	for _, n := range names {
		out[filepath.Base(n)] = true
	}
	return out
}

// faultAnswer is what must not change, however the index was damaged.
type faultAnswer struct {
	Roles    []string `json:"roles"`
	Intent   string   `json:"intent"`
	NoMatch  bool     `json:"no_match"`
	Excerpts []struct {
		Article, Section, Text string
	} `json:"excerpts"`
}

func askFull(t *testing.T, corpusDir, indexDir string) (faultAnswer, string) {
	t.Helper()
	cmd := rolebotCmd("ask", "--corpus", corpusDir, "--index", indexDir, "--format", "json", "-n", "5", "difference between CTO and CIO")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("ask: %v: %s", err, errOut.String())
	}
	var a faultAnswer
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatalf("ask: %v: %s", err, out.String())
	}
	return a, errOut.String()
}

// Issue 10: kill -9 at random points of a build, and damage each kind of
// index file in turn; every time, the next ask gives the full answer.
func TestFaultKillAndCorrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the index a dozen times")
	}
	corpusDir := bigCorpus(t)
	ref := t.TempDir()
	start := time.Now()
	want, _ := askFull(t, corpusDir, ref)
	buildTime := time.Since(start)
	if len(want.Excerpts) != 5 || want.NoMatch {
		t.Fatalf("reference answer is incomplete: %+v", want)
	}
	t.Logf("a build and an answer take %v", buildTime)

	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 10))
	dir := t.TempDir()
	midBuild := 0 // kills that left a half-built folder
	for i := 0; i < 15 && midBuild < 6; i++ {
		before := tmpFolders(dir)
		cmd := rolebotCmd("index", "--rebuild", "--corpus", corpusDir, "--index", dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait for this build's half-built folder, then kill at a random
		// point of the build: early, while writing, or near the end.
		mine := ""
		for deadline := time.Now().Add(10 * buildTime); mine == "" && time.Now().Before(deadline); {
			for name := range tmpFolders(dir) {
				if !before[name] {
					mine = name
				}
			}
			time.Sleep(time.Millisecond)
		}
		at := time.Duration(r.Int64N(int64(buildTime/2) + 1))
		time.Sleep(at)
		cmd.Process.Kill() // SIGKILL
		err := cmd.Wait()
		if mine != "" && tmpFolders(dir)[mine] {
			midBuild++ // killed before the build renamed its folder into place
		}
		t.Logf("kill %d %v into the build: %v; killed mid-build: %v", i+1, at, err, mine != "" && tmpFolders(dir)[mine])
		if got, _ := askFull(t, corpusDir, dir); !reflect.DeepEqual(got, want) {
			t.Errorf("after kill %d at %v: answer differs:\n got %+v\nwant %+v", i+1, at, got, want)
		}
	}

	if midBuild < 5 {
		t.Errorf("only %d kills landed in the middle of a build, want 5 or more", midBuild)
	}
	idx, _ := filepath.Glob(filepath.Join(dir, "idx-*"))
	if len(idx) != 1 {
		t.Fatalf("index folders %v, want one", idx)
	}
	for _, tc := range []struct {
		name string
		file func() string
	}{
		{"segment", func() string { z, _ := filepath.Glob(filepath.Join(idx[0], "store", "*.zap")); return z[len(z)-1] }},
		{"root.bolt", func() string { return filepath.Join(idx[0], "store", "root.bolt") }},
		{"stamp", func() string { return filepath.Join(idx[0], "rolebot-stamp.json") }},
	} {
		for _, how := range []string{"truncated", "flipped"} {
			p := tc.file()
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if how == "truncated" {
				data = data[:len(data)/2]
			} else {
				data[len(data)/3] ^= 0x01
			}
			os.WriteFile(p, data, 0o600)
			got, stderr := askFull(t, corpusDir, dir)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s %s: answer differs:\n got %+v\nwant %+v", tc.name, how, got, want)
			}
			if strings.Count(stderr, "damaged") != 1 || strings.Count(stderr, "\n") != 1 {
				t.Errorf("%s %s: stderr %q, want one line saying the index was damaged and rebuilt", tc.name, how, stderr)
			}
		}
	}
}
