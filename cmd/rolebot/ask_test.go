package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs one rolebot command line as main would, and returns its exit
// status and outputs.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// jsonAnswer is the shape `rolebot ask --format json` promises.
type jsonAnswer struct {
	Question string   `json:"question"`
	Roles    []string `json:"roles"`
	Intent   string   `json:"intent"`
	Cards    []struct {
		ID, Abbreviation, Title, Summary string
	} `json:"cards"`
	Excerpts []struct {
		Rank        int     `json:"rank"`
		Article     string  `json:"article"`
		Section     string  `json:"section"`
		Text        string  `json:"text"`
		Highlighted string  `json:"highlighted"`
		Score       float64 `json:"score"`
	} `json:"excerpts"`
	NoMatch     bool     `json:"no_match"`
	Suggestions []string `json:"suggestions"`
}

func decodeAnswer(t *testing.T, line string) jsonAnswer {
	t.Helper()
	var a jsonAnswer
	dec := json.NewDecoder(strings.NewReader(line))
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("not one JSON answer: %v\n%s", err, line)
	}
	return a
}

func TestAskJSON(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runCmd(t, "", "ask", "--index", dir, "--format", "json", "difference between CTO and CIO")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	a := decodeAnswer(t, out)
	if strings.Join(a.Roles, ",") != "cto,cio" || a.Intent != "compare" || a.NoMatch {
		t.Errorf("roles %v intent %q no_match %v, want cto,cio compare false", a.Roles, a.Intent, a.NoMatch)
	}
	if len(a.Cards) != 2 || a.Cards[0].ID != "cto" || a.Cards[0].Abbreviation != "CTO" || a.Cards[0].Summary == "" {
		t.Errorf("cards = %+v", a.Cards)
	}
	if len(a.Excerpts) != 3 {
		t.Fatalf("%d excerpts, want 3", len(a.Excerpts))
	}
	for i, x := range a.Excerpts {
		if x.Rank != i+1 || x.Article == "" || x.Section == "" || x.Text == "" || x.Score <= 0 {
			t.Errorf("excerpt %d incomplete: %+v", i, x)
		}
		if !strings.Contains(x.Highlighted, "**") || strings.ReplaceAll(x.Highlighted, "**", "") != x.Text {
			t.Errorf("excerpt %d: highlighted %q is not the text with marked terms", i, x.Highlighted)
		}
	}
	// The passage text is the article's own.
	user, err := os.ReadFile(filepath.Join("..", "..", "corpus", "articles", "what-is-a-cto-cio.txt"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, x := range a.Excerpts {
		if strings.Contains(string(user), x.Text) {
			found = true
		}
	}
	if !found {
		t.Errorf("no excerpt quotes the user's article word for word")
	}
}

func TestAskText(t *testing.T) {
	code, out, errOut := runCmd(t, "", "ask", "--index", t.TempDir(), "what does a CKO do?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"CKO — Chief Knowledge Officer", "Responsibilities:", "Sources:", "§", "From the articles:"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestAskStdin(t *testing.T) {
	questions := "what is a CIO\n\ncto vs cio\nwhat's the weather?\n+cto -cio title:x /.*/ a~2 \"unbalanced\n"
	code, out, errOut := runCmd(t, questions, "ask", "--index", t.TempDir(), "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d answer lines for 5 lines of input", len(lines))
	}
	if a := decodeAnswer(t, lines[0]); a.Intent != "define" || a.Roles[0] != "cio" {
		t.Errorf("line 1: %+v", a)
	}
	if a := decodeAnswer(t, lines[1]); a.Intent != "help" {
		t.Errorf("blank line: intent %q, want help", a.Intent)
	}
	if a := decodeAnswer(t, lines[2]); a.Intent != "compare" {
		t.Errorf("line 3 intent %q, want compare", a.Intent)
	}
	if a := decodeAnswer(t, lines[3]); !a.NoMatch || len(a.Suggestions) == 0 {
		t.Errorf("weather: no_match %v suggestions %v, want a no-match with suggestions", a.NoMatch, a.Suggestions)
	}
	decodeAnswer(t, lines[4]) // query syntax is just text
}

func TestAskHostileInput(t *testing.T) {
	dir := t.TempDir()
	for name, q := range map[string]string{
		"query syntax":   `+cto -cio title:x /.*/ a~2 "unbalanced cto^5 * ?`,
		"slack mentions": "<!channel> <!here> <@U123> what is a CTO?",
		"emoji":          strings.Repeat("🙂", 2500),
		"invalid utf-8":  "cto \xff\xfe vs cio \xc3",
		"unknown role":   "what does a CXO do?",
		"only spaces":    "   ",
		"long":           strings.Repeat("what is the difference between a CTO and a CIO ", 300),
	} {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", "ask", "--index", dir, "--format", "json", q)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			a := decodeAnswer(t, out)
			if a.NoMatch && len(a.Suggestions) == 0 && a.Intent != "help" {
				t.Errorf("no match without suggestions: %+v", a)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no command", nil, "Usage"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"ask without question", []string{"ask"}, "no question"},
		{"bad format", []string{"ask", "--format", "xml", "cto"}, `--format "xml"`},
		{"bad count", []string{"ask", "-n", "0", "cto"}, "-n 0"},
		{"unknown flag", []string{"ask", "--colour", "cto"}, "rolebot ask: flag provided but not defined: -colour (rolebot ask --help for more)\n"},
		{"bad flag value", []string{"ask", "-n", "many", "cto"}, `invalid value "many" for flag -n`},
		{"unknown index flag", []string{"index", "--fast"}, "rolebot index: flag provided but not defined: -fast (rolebot index --help for more)\n"},
		{"index argument", []string{"index", "extra"}, `unexpected argument "extra"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, "", tc.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if !strings.Contains(errOut, tc.want) {
				t.Errorf("stderr %q lacks %q", errOut, tc.want)
			}
			if tc.args != nil && strings.Count(errOut, "\n") != 1 {
				t.Errorf("stderr is not one line: %q", errOut)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"ask", "--help"}, {"index", "-h"}} {
		code, out, errOut := runCmd(t, "", args...)
		if code != 0 || !strings.Contains(out, "Usage") || errOut != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want the usage on stdout", args, code, out, errOut)
		}
	}
}

func TestIndexCommand(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runCmd(t, "", "index", "--index", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"index built", "articles: 14", "skipped files: 0", "took:"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCmd(t, "", "index", "--index", dir)
	if code != 0 || !strings.Contains(out, "index reused") {
		t.Errorf("second run: exit %d\n%s", code, out)
	}
}

func TestIndexReportsSkippedFiles(t *testing.T) {
	corpusDir := t.TempDir()
	copyDir(t, filepath.Join("..", "..", "corpus"), corpusDir)
	os.WriteFile(filepath.Join(corpusDir, "articles", "broken.md"), []byte("---\ntitle: [unclosed\n---\ntext\n"), 0o644)
	os.WriteFile(filepath.Join(corpusDir, "articles", "latin1.txt"), []byte("Caf\xe9\n\nNot UTF-8.\n"), 0o644)
	os.WriteFile(filepath.Join(corpusDir, "articles", "sjis.txt"), []byte("Roles\n\n\x96\xf0\x8a\x84\n"), 0o644)
	os.WriteFile(filepath.Join(corpusDir, "articles", "limits.csv"), []byte("Item,Approver\nDrugs, fluids,Head Nurse\n"), 0o644)
	code, out, errOut := runCmd(t, "", "index", "--index", t.TempDir(), "--corpus", corpusDir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"skipped files: 2", `"articles/broken.md": front matter`, `"articles/sjis.txt": not valid UTF-8`,
		"not in UTF-8, read as Windows-1252 (save it as UTF-8): articles/latin1.txt",
		"warning: articles/limits.csv: line 2 has 3 cells, its header 2"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// ask answers from the files it could read and names the others on
// standard error, every time: with why when it reads the corpus, by name
// in one line when it reopens the index.
func TestAskReportsSkippedFiles(t *testing.T) {
	corpusDir, indexDir := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(corpusDir, "roles.md"), []byte("# Roles\n\n## CFO\n\nThe CFO approves budgets.\n\n## CTO\n\nThe CTO leads engineering.\n\n## CIO\n\nThe CIO runs internal systems.\n"), 0o644)
	os.WriteFile(filepath.Join(corpusDir, "deep.html"), []byte(strings.Repeat("<div>", 600)+"text"), 0o644)
	os.WriteFile(filepath.Join(corpusDir, "latin1.txt"), []byte("Caf\xe9\n\nNot UTF-8.\n"), 0o644)
	for run := 1; run <= 2; run++ {
		code, out, errOut := runCmd(t, "", "ask", "--index", indexDir, "--corpus", corpusDir, "who approves budgets")
		if code != 0 || !strings.Contains(out, "The CFO **approves**") {
			t.Fatalf("run %d: exit %d\n%s\n%s", run, code, out, errOut)
		}
		want := `skipped "deep.html": HTML`
		if run > 1 {
			want = `skipped 1 file: "deep.html" (rolebot index says why)`
		}
		if !strings.Contains(errOut, want) {
			t.Errorf("run %d: stderr does not name the skipped file as %q:\n%s", run, want, errOut)
		}
		// A file read in another encoding is said when the corpus is read, as index says it.
		if decoded := "read as Windows-1252 (save it as UTF-8): latin1.txt"; strings.Contains(errOut, decoded) != (run == 1) {
			t.Errorf("run %d: stderr says %q only when it reads the corpus:\n%s", run, decoded, errOut)
		}
	}
}

func TestMissingCorpusFolder(t *testing.T) {
	code, _, errOut := runCmd(t, "", "ask", "--corpus", filepath.Join(t.TempDir(), "nope"), "cto")
	if code != 1 || !strings.Contains(errOut, "nope") {
		t.Errorf("exit %d, stderr %q; want 1 naming the folder", code, errOut)
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
}

// Issue 10, defect 5: the answer of a corpus without roles/ never takes the
// question, or an example, for a role. Issue 7: its articles about roles
// give drafted cards, so the question is answered with one.
func TestAskWithoutRoleCards(t *testing.T) {
	corpusDir := t.TempDir()
	copyDir(t, filepath.Join("..", "..", "corpus", "articles"), filepath.Join(corpusDir, "articles"))
	code, out, errOut := runCmd(t, "", "ask", "--index", t.TempDir(), "--corpus", corpusDir, "cto")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "CTO — Chief Technology Officer") || !strings.Contains(out, "(drafted from the articles)") {
		t.Errorf("answer has no drafted CTO card:\n%s", out)
	}
	if strings.Contains(out, "Did you mean") || strings.Contains(out, "DIFFERENCE BETWEEN") || strings.Contains(out, "don't know the role") {
		t.Errorf("answer takes words for roles:\n%s", out)
	}
	code, out, _ = runCmd(t, "", "index", "--index", t.TempDir(), "--corpus", corpusDir)
	if code != 0 || !strings.Contains(out, `"roles/": no such folder`) {
		t.Errorf("index does not report the missing roles/:\n%s", out)
	}
}

// The note that a corpus has no role cards is said once, when the corpus is
// first read, not before every answer: roles/ is optional.
func TestAskNoCardsNoteOnce(t *testing.T) {
	corpusDir, indexDir := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(corpusDir, "laptops.md"), []byte("# Laptops\n\nThe IT service desk hands out laptops on your first day.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const note = "no role cards"
	for i, want := range []bool{true, false} {
		code, _, errOut := runCmd(t, "", "ask", "--index", indexDir, "--corpus", corpusDir, "laptops")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if got := strings.Contains(errOut, note); got != want {
			t.Errorf("run %d: note said %v, want %v; stderr:\n%s", i+1, got, want, errOut)
		}
	}
}

// rolebot index says when the cards it counts were drafted from the
// articles: a folder without roles/ has no card written.
func TestIndexSaysCardsDrafted(t *testing.T) {
	corpusDir := t.TempDir()
	os.WriteFile(filepath.Join(corpusDir, "roles.md"), []byte("# Roles\n\n## Chief Financial Officer (CFO)\n\nThe CFO approves budgets and owns the finance team.\n\n## Chief Technology Officer (CTO)\n\nThe CTO leads engineering and owns the technical roadmap.\n"), 0o644)
	code, out, errOut := runCmd(t, "", "index", "--index", t.TempDir(), "--corpus", corpusDir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "(all drafted from the articles: rolebot cards shows them)") {
		t.Errorf("output does not say the cards are drafted:\n%s", out)
	}
	code, out, _ = runCmd(t, "", "index", "--index", t.TempDir())
	if code != 0 || strings.Contains(out, "drafted") {
		t.Errorf("the shipped corpus, its cards written: exit %d\n%s", code, out)
	}
}
