package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rolebot passages shows how a folder is read: each file with its title,
// its sections and its passages, who speaks in a memo, and the files it
// skipped with why; FILE limits it to the files named.
func TestPassagesCommand(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"people/org-chart.md": "# Who is who\n\n## Finance\n\nThe CFO, Ana Ruiz, runs finance.\n",
		"leave.txt":           "From: Paul Jessop\nTo: Branch Managers\nSubject: Cash cover while I am away\n\nGemma covers for me when I am away.\n",
		"broken.md":           "\xff\xfe\x00\x00",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runCmd(t, "", "passages", "--corpus", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"== people/org-chart.md\n   title: Who is who\n   § Finance\n     1. The CFO, Ana Ruiz, runs finance.\n",
		"== leave.txt\n   title: Cash cover while I am away\n",
		"[speaks: Paul Jessop] Gemma covers for me when I am away.",
		"== broken.md\n   skipped: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCmd(t, "", "passages", "--corpus", dir, "org-chart")
	if code != 0 || strings.Contains(out, "leave.txt") || !strings.Contains(out, "Who is who") {
		t.Errorf("passages org-chart: exit %d, output:\n%s", code, out)
	}
	// A path given with the corpus folder in front is the folder's own.
	code, out, _ = runCmd(t, "", "passages", "--corpus", dir, filepath.Join(dir, "people", "org-chart.md"))
	if code != 0 || !strings.Contains(out, "Who is who") {
		t.Errorf("passages with the folder's path: exit %d, output:\n%s", code, out)
	}
	if code, _, errOut := runCmd(t, "", "passages", "--corpus", dir, "nothing-here"); code != 2 || !strings.Contains(errOut, `"nothing-here"`) {
		t.Errorf("passages nothing-here: exit %d, %s; want 2 and the name", code, errOut)
	}
}
