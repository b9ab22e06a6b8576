package corpus_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf16"

	"github.com/rolebot/rolebot/corpus"
)

func utf16LE(s string, bom bool) []byte {
	var out []byte
	if bom {
		out = append(out, 0xff, 0xfe)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// Issue 10, defect 5: what the loader says about odd files.
func TestLoadMessages(t *testing.T) {
	good := &fstest.MapFile{Data: []byte("# Good\n\nSome text.\n")}
	roles := &fstest.MapFile{Mode: fs.ModeDir | 0o755}
	for _, tc := range []struct {
		name, file string
		data       []byte
		want       string // in the reason it was skipped; "" = loads
	}{
		{"UTF-16 with BOM", "articles/u16.md", utf16LE("# Title\n\nText here.\n", true), "UTF-16: save as UTF-8"},
		{"UTF-16 without BOM", "articles/u16.txt", utf16LE("Title\n\nText here.\n", false), "UTF-16: save as UTF-8"},
		{"UTF-16 big-endian", "articles/u16be.md", append([]byte{0xfe, 0xff}, 0, '#'), "UTF-16: save as UTF-8"},
		{"binary is still binary", "articles/bin.md", []byte("text\x00\x01\x02\x00more text that goes on"), "binary file"},
		{"CR-only plain text", "articles/mac.txt", []byte("Title\r\rFirst paragraph.\r\rSecond paragraph.\r"), ""},
		{"CR-only Markdown", "articles/mac.md", []byte("---\rtitle: Mac\r---\r# Mac\r\rSome text.\r"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := corpus.Load(fstest.MapFS{"articles/good.md": good, "roles": roles, tc.file: {Data: tc.data}})
			if err != nil {
				t.Fatal(err)
			}
			var reason string
			for _, s := range c.Skipped {
				if s.File == tc.file {
					reason = s.Reason
				}
			}
			switch {
			case tc.want == "" && reason != "":
				t.Errorf("skipped: %s", reason)
			case tc.want == "" && len(c.Articles) != 2:
				t.Errorf("%d articles, want 2", len(c.Articles))
			case tc.want != "" && !strings.Contains(reason, tc.want):
				t.Errorf("reason %q, want %q", reason, tc.want)
			}
		})
	}
}

// CR-only line ends split paragraphs as LF ones do.
func TestCROnlyLineEnds(t *testing.T) {
	lf := "Title\n\nFirst paragraph.\n\nHeading\n\nSecond paragraph.\n"
	load := func(text string) []corpus.Passage {
		c, err := corpus.Load(fstest.MapFS{"articles/a.txt": {Data: []byte(text)}, "roles": {Mode: fs.ModeDir | 0o755}})
		if err != nil {
			t.Fatal(err)
		}
		return c.Passages()
	}
	want, got := load(lf), load(strings.ReplaceAll(lf, "\n", "\r"))
	if len(got) != len(want) || len(got) != 2 {
		t.Fatalf("CR: %d passages, LF: %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Text != want[i].Text || got[i].Section != want[i].Section {
			t.Errorf("passage %d: CR %+v, LF %+v", i, got[i], want[i])
		}
	}
}

// A card whose article was skipped is skipped too, and says so, and why,
// instead of calling the article unknown; a card that named it goes too.
func TestCardOfSkippedArticle(t *testing.T) {
	m := mapFS(t, corpus.Embedded())
	m["articles/cko.md"].Data = append([]byte("\x96\xf0\x8a\x84"), m["articles/cko.md"].Data...) // Shift_JIS
	c, err := corpus.Load(m)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(c.Skipped, func(s corpus.Skipped) bool { return s.File == "roles/cko.yaml" })
	if i < 0 {
		t.Fatalf("skipped %v, want roles/cko.yaml", c.Skipped)
	}
	for _, want := range []string{`"articles/cko.md" was skipped`, "not valid UTF-8"} {
		if !strings.Contains(c.Skipped[i].Reason, want) {
			t.Errorf("reason = %q, want it to contain %q", c.Skipped[i].Reason, want)
		}
	}
	if _, ok := c.Card("cko"); ok {
		t.Error("the card of the skipped article was loaded")
	}
	if _, ok := c.Card("cto"); !ok {
		t.Error("the other cards were not loaded")
	}
}

// A missing roles/ folder is reported, not silently turned into no cards;
// an unreadable one is an error.
func TestMissingRolesFolder(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{"articles/a.md": {Data: []byte("# A\n\nText.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Skipped) != 1 || c.Skipped[0].File != "roles/" || c.Skipped[0].Reason != corpus.NoCards {
		t.Errorf("skipped %v, want roles/ reported", c.Skipped)
	}
	if os.Geteuid() == 0 {
		return // root reads every folder
	}
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "articles"), 0o755)
	os.WriteFile(filepath.Join(dir, "articles", "a.md"), []byte("# A\n\nText.\n"), 0o644)
	os.Mkdir(filepath.Join(dir, "roles"), 0o000)
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "roles"), 0o755) })
	if _, err := corpus.Load(os.DirFS(dir)); err == nil || !strings.Contains(err.Error(), "roles/ folder is not readable") {
		t.Errorf("err = %v, want roles/ not readable", err)
	}
}

// File names are quoted: a newline or an escape in one cannot fake a line.
func TestSkippedNamesQuoted(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/good.md":                     {Data: []byte("# Good\n\nText.\n")},
		"articles/evil\nfake: line\x1b[31m.md": {Data: nil},
		"roles":                                {Mode: fs.ModeDir | 0o755},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Skipped) != 1 {
		t.Fatalf("skipped %v", c.Skipped)
	}
	if s := c.Skipped[0].String(); strings.ContainsAny(s, "\n\x1b") {
		t.Errorf("String() = %q holds a raw newline or escape", s)
	}
}

// A front matter's YAML error names the line of the file, counting the
// "---" above it.
func TestFrontMatterErrorLineOfTheFile(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/bad.md":  {Data: []byte("---\ntitle: [broken\n---\n\n# T\n\nText here.\n")},
		"articles/good.md": {Data: []byte("# Good\n\nThe CFO owns the budget.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range c.Skipped {
		if s.File == "articles/bad.md" {
			if !strings.Contains(s.Reason, "yaml: line 2:") {
				t.Errorf("bad.md skipped: %s, want its error on line 2", s.Reason)
			}
			return
		}
	}
	t.Errorf("skipped %v, want bad.md among them", c.Skipped)
}
