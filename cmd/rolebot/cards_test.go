package main

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
)

// saveCards splits the output of rolebot cards into its documents and
// saves each as the file its first comment names, under dir.
func saveCards(t *testing.T, out, dir string) {
	t.Helper()
	name := regexp.MustCompile(`(?m)^# (roles/[a-z0-9-]+\.yaml)$`)
	docs := strings.Split(out, "\n---\n")
	for _, doc := range docs {
		m := name.FindStringSubmatch(doc)
		if m == nil {
			t.Fatalf("document names no file:\n%s", doc)
		}
		path := filepath.Join(dir, m[1])
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(doc+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The cards printed by rolebot cards, saved into roles/, load back as the
// same cards, now written rather than drafted.
func TestCardsRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name, corpus string
		drafted      []string
	}{
		{"drafted", filepath.Join("..", "..", "corpus", "testdata", "draft"), []string{"cmo", "cro"}},
		{"shipped", filepath.Join("..", "..", "corpus"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", "cards", "--corpus", tc.corpus)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if got := strings.Count(out, "# Drafted from the articles"); got != len(tc.drafted) {
				t.Errorf("%d cards say they were drafted, want %d (%v)", got, len(tc.drafted), tc.drafted)
			}
			dir := t.TempDir()
			copyDir(t, filepath.Join(tc.corpus, "articles"), filepath.Join(dir, "articles"))
			saveCards(t, out, dir)

			want, _, err := bot.LoadCorpus(os.DirFS(tc.corpus))
			if err != nil {
				t.Fatal(err)
			}
			got, err := corpus.Load(os.DirFS(dir))
			if err != nil {
				t.Fatalf("printed cards do not load: %v\n%s", err, out)
			}
			if len(got.Cards) != len(want.Cards) {
				t.Fatalf("%d cards loaded, want %d", len(got.Cards), len(want.Cards))
			}
			for i, w := range want.Cards {
				w.Drafted, w.DraftedFields = false, nil
				if g := got.Cards[i]; !reflect.DeepEqual(g, w) {
					t.Errorf("card %s after the round trip:\n%+v\nwant\n%+v", w.ID, g, w)
				}
				if gaps := got.Unsupported(got.Cards[i]); len(gaps) > 0 {
					t.Errorf("card %s unsupported: %v", w.ID, gaps)
				}
			}
			// Saved, the cards are the user's: nothing is drafted any more.
			if _, out, _ := runCmd(t, "", "cards", "--corpus", dir); strings.Contains(out, "# Drafted") {
				t.Errorf("saved cards still drafted:\n%s", out)
			}
		})
	}
}

func TestCardsSome(t *testing.T) {
	code, out, _ := runCmd(t, "", "cards", "CKO", "cto")
	if code != 0 || strings.Count(out, "\n---\n") != 1 || !strings.Contains(out, "id: cko") || !strings.Contains(out, "id: cto") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	// By a name of the role, not only its id.
	code, out, _ = runCmd(t, "", "cards", "chief knowledge officer")
	if code != 0 || !strings.Contains(out, "id: cko") {
		t.Errorf("cards by title: exit %d:\n%s", code, out)
	}
	code, _, errOut := runCmd(t, "", "cards", "cxo")
	if code != 2 || !strings.Contains(errOut, `no card "cxo"`) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
