package corpus_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/corpus"
)

// TestSkippedFiles loads testdata/bad, a corpus of broken files beside good
// ones, plus a file over 5 MB made at test time, and checks that each bad
// file is reported by name with its reason while the good ones load.
func TestSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/bad")); err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat([]byte("A sentence that is repeated until the file is too large to load.\n\n"), corpus.MaxFileSize/60)
	if err := os.WriteFile(filepath.Join(dir, "articles", "huge.md"), big[:corpus.MaxFileSize+1], 0o644); err != nil {
		t.Fatal(err)
	}

	// Bytes at random with no NUL among them, as a file saved from a
	// failed download: no text, whatever Windows-1252 could make of them.
	noise := make([]byte, 300)
	for i, x := 0, uint32(7); i < len(noise); i++ {
		x = x*1103515245 + 12345
		noise[i] = byte(x>>16)%255 + 1
	}
	if err := os.WriteFile(filepath.Join(dir, "articles", "noise.md"), noise, 0o644); err != nil {
		t.Fatal(err)
	}

	// A tiny file with a NUL: too short to read as UTF-16.
	if err := os.WriteFile(filepath.Join(dir, "articles", "tiny.md"), []byte("a\x00b"), 0o644); err != nil {
		t.Fatal(err)
	}

	c, err := corpus.Load(os.DirFS(dir))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}

	want := map[string]string{ // file -> part of the reason
		"articles/noise.md":         "binary file (",
		"articles/tiny.md":          "binary file (NUL byte at offset 1)",
		"articles/binary.md":        "binary file (NUL byte at offset 36)",
		"articles/empty.md":         "empty file",
		"articles/blank.txt":        "empty file",
		"articles/huge.md":          "larger than 5 MB",
		"articles/badyaml.md":       "front matter:",
		"articles/unclosed.md":      "front matter: no closing --- line",
		"articles/headings-only.md": "no text besides the title and headings",
		"articles/twin.txt":         `same slug "twin" as "articles/twin.md"`,
		"articles/sidecar.txt":      "sidecar.meta.yaml",
	}
	got := map[string]string{}
	for _, s := range c.Skipped {
		if _, dup := got[s.File]; dup {
			t.Errorf("%s skipped twice", s.File)
		}
		got[s.File] = s.Reason
		if !strings.HasPrefix(s.String(), strconv.Quote(s.File)+": ") {
			t.Errorf("String() = %q, want it to start with the quoted file name", s.String())
		}
	}
	for file, reason := range want {
		t.Run(filepath.Base(file), func(t *testing.T) {
			r, ok := got[file]
			if !ok {
				t.Fatalf("%s not in Skipped", file)
			}
			if !strings.Contains(r, reason) {
				t.Errorf("%s: reason %q, want it to contain %q", file, r, reason)
			}
		})
	}
	for file, reason := range got {
		if _, ok := want[file]; !ok {
			t.Errorf("%s skipped unexpectedly: %s", file, reason)
		}
	}

	var slugs []string
	for _, a := range c.Articles {
		slugs = append(slugs, a.Slug)
	}
	// A source other than "user" or "rolebot" ("someone-else", as a
	// wiki export writes its own) is not the user's, and loads.
	// A file in Latin-1 is read, and says so.
	if want := []string{"badsource", "bom", "good", "latin1", "page", "plain", "twin"}; !slices.Equal(slugs, want) {
		t.Errorf("articles %v, want %v", slugs, want)
	}
	if a := c.Article("badsource"); a == nil || a.Source != "rolebot" {
		t.Errorf("badsource: %+v, want it loaded as not the user's", a)
	}
	if a := c.Article("bom"); a == nil || a.Title != "Byte order mark" {
		t.Errorf("bom.md: %+v, want title %q (the byte order mark dropped)", a, "Byte order mark")
	}
	if got, want := c.OtherSummary(), "1 file that is not an article (.md, .txt, .html, .rst, .adoc, .csv) ignored (1 .docx)"; got != want {
		t.Errorf("OtherSummary() = %q, want %q", got, want)
	}
	if len(c.Cards) != 1 || c.Cards[0].ID != "good" {
		t.Errorf("cards %+v, want the good card", c.Cards)
	}
}

// Exactly 5 MB is allowed; the limit is on what is over it.
func TestMaxFileSizeBoundary(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"articles", "roles"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	para := "The limit is inclusive. "
	data := []byte(strings.Repeat(para, corpus.MaxFileSize/len(para)+1)[:corpus.MaxFileSize-1] + ".")
	if err := os.WriteFile(filepath.Join(dir, "articles", "limit.md"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load(os.DirFS(dir))
	if err != nil {
		t.Fatalf("Load of a %d-byte article: %v", len(data), err)
	}
	if len(c.Skipped) != 0 || len(c.Articles) != 1 {
		t.Fatalf("skipped %v", c.Skipped)
	}
	n := 0
	for _, p := range c.Passages() {
		n += len(p.Text)
	}
	if n < corpus.MaxFileSize*9/10 {
		t.Errorf("passages hold %d bytes of %d", n, len(data))
	}
}

// A corpus with nothing usable is an error that lists what was skipped.
func TestNoUsableArticle(t *testing.T) {
	for _, tc := range []struct {
		name string
		dir  map[string]string
		want string
	}{
		{"no article anywhere", map[string]string{"roles/x.yaml": "id: x\n", "notes/a.pdf": "%PDF"}, "no article (.md, .txt, .html, .rst, .adoc, .csv) in the folder or below it; 1 file that is not an article (.md, .txt, .html, .rst, .adoc, .csv) ignored (1 .pdf)"},
		{"empty articles folder", map[string]string{"articles/b.pdf": "%PDF"}, "no article (.md, .txt, .html, .rst, .adoc, .csv) in articles/"},
		{"only bad files", map[string]string{"articles/a.md": "", "articles/b.pdf": "%PDF"}, `"articles/a.md": empty file); 1 file that is not an article (.md, .txt, .html, .rst, .adoc, .csv) ignored (1 .pdf)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range tc.dir {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := corpus.Load(os.DirFS(dir))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

// A file in Shift_JIS, the old encoding of Japanese on Windows, is named
// as such and skipped; French in Latin-1, whose accented letters come one
// at a time among ASCII, is read as Windows-1252 (its Encoding says so).
func TestShiftJISNamed(t *testing.T) {
	latin, err := corpus.Load(fstest.MapFS{"articles/ok.md": &fstest.MapFile{Data: []byte("# OK\n\nText.\n")},
		"articles/note.txt": &fstest.MapFile{Data: []byte("Note\n\nL'\xe9quipe g\xe8re la s\xe9curit\xe9 des vols.\n")}, "roles": &fstest.MapFile{Mode: fs.ModeDir | 0o755}})
	if err != nil {
		t.Fatal(err)
	}
	if a := latin.Article("note"); len(latin.Skipped) != 0 || a == nil || a.Encoding != corpus.Windows1252 ||
		a.Sections[0].Passages[0].Text != "L'équipe gère la sécurité des vols." {
		t.Errorf("skipped %v, article %+v; want note.txt read as Windows-1252", latin.Skipped, a)
	}
	// A page that says it is in Windows-1252 is read as it says, with
	// nothing to fix.
	declared, err := corpus.Load(fstest.MapFS{"articles/ok.md": &fstest.MapFile{Data: []byte("# OK\n\nText.\n")},
		"articles/page.htm": &fstest.MapFile{Data: []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Limits</title></head><body><p>Up to ` + "\xa3" + `250.</p></body></html>`)},
		"roles":             &fstest.MapFile{Mode: fs.ModeDir | 0o755}})
	if err != nil {
		t.Fatal(err)
	}
	if a := declared.Article("page"); a == nil || a.Encoding != "" || a.Sections[0].Passages[0].Text != "Up to £250." {
		t.Errorf("article %+v; want page.htm read as Windows-1252, its encoding not to be fixed", a)
	}
	// "役割" in Shift_JIS: 96 f0 8a 84.
	c, err := corpus.Load(fstest.MapFS{"articles/ok.md": &fstest.MapFile{Data: []byte("# OK\n\nText.\n")}, "articles/roles.txt": &fstest.MapFile{Data: []byte("Roles\n\n\x96\xf0\x8a\x84\n")}, "roles": &fstest.MapFile{Mode: fs.ModeDir | 0o755}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Skipped) != 1 || !strings.Contains(c.Skipped[0].Reason, "it looks like Shift_JIS: save it as UTF-8") {
		t.Errorf("skipped %v, want roles.txt named as Shift_JIS", c.Skipped)
	}
}

// A file in UTF-8 with one character cut short ("\xe2\x80 ", a dash cut
// in two) is skipped with that reason, not named as Shift_JIS.
func TestCharacterCutShort(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{"articles/ok.md": &fstest.MapFile{Data: []byte("# OK\n\nText.\n")},
		"articles/note.txt": &fstest.MapFile{Data: []byte("Note\n\nThe rota — weekly — is changed by the DDM \xe2\x80 every month.\n")}, "roles": &fstest.MapFile{Mode: fs.ModeDir | 0o755}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Skipped) != 1 || !strings.Contains(c.Skipped[0].Reason, "offset 52") || !strings.Contains(c.Skipped[0].Reason, "cut short") || strings.Contains(c.Skipped[0].Reason, "Shift_JIS") {
		t.Errorf("skipped %v, want note.txt skipped for a character cut short at offset 52", c.Skipped)
	}
}

// A file in UTF-8 but for one Latin-1 byte ("Café" typed in UTF-8, one
// "£" pasted as 0xA3) is read as the mix it is: the two bytes of "é" are
// one UTF-8 character, no pair of Shift_JIS.
func TestMixedWithOneLatinByte(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{"articles/float.txt": {Data: []byte("Caf\xc3\xa9 rota\n\nThe caf\xc3\xa9 float is \xa320 and the Stores Controller counts it.\n")}, "roles": &fstest.MapFile{Mode: fs.ModeDir | 0o755}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Skipped) != 0 || len(c.Articles) != 1 {
		t.Fatalf("skipped %v, want the article read", c.Skipped)
	}
	if a := c.Articles[0]; a.Encoding != corpus.MixedWindows1252 || !strings.Contains(c.Passages()[0].Text+c.Passages()[len(c.Passages())-1].Text, "float is £20") {
		t.Errorf("encoding %q, passages %v; want it read as %s with its £", a.Encoding, c.Passages(), corpus.MixedWindows1252)
	}
}
