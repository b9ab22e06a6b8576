package corpus_test

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rolebot/rolebot/corpus"
)

// folderCopy copies testdata/folder, a wiki-like tree of notes with no
// articles/ and no roles/, into a temporary folder and returns it. A .git
// folder is made here: git does not keep one inside a repository.
func folderCopy(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "notes")
	if err := os.CopyFS(dir, os.DirFS("testdata/folder")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".git", "notes.md"), []byte("# Git\n\nNot an article.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func slugs(c *corpus.Corpus) []string {
	var out []string
	for _, a := range c.Articles {
		out = append(out, a.Slug)
	}
	return out
}

// Any folder of .md and .txt files is a corpus: nested files are found,
// their slugs are their paths, hidden files and other kinds are left out.
func TestAnyFolderLayout(t *testing.T) {
	dir := folderCopy(t)
	fsys, err := corpus.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"guide", "team/cto", "team/leadership/cro"}; !slices.Equal(slugs(c), want) {
		t.Errorf("slugs %v, want %v", slugs(c), want)
	}
	if len(c.Skipped) != 1 || c.Skipped[0].File != "team/empty.md" || c.Skipped[0].Reason != "empty file" {
		t.Errorf("skipped %v, want only team/empty.md as empty", c.Skipped)
	}
	if got, want := c.OtherSummary(), "2 files that are not articles (.md, .txt, .html, .rst, .adoc, .csv) ignored (1 .pdf, 1 .png)"; got != want {
		t.Errorf("OtherSummary() = %q, want %q", got, want)
	}
	if len(c.Cards) != 0 {
		t.Errorf("cards %v, want none", c.Cards)
	}
	if a := c.Article("team/leadership/cro"); a == nil || a.File != "team/leadership/cro.md" || a.Title != "Revenue leadership" {
		t.Errorf("cro article: %+v", a)
	}
	// The same folder from os.DirFS loads the same.
	c2, err := corpus.Load(os.DirFS(dir))
	if err != nil || c2.Fingerprint != c.Fingerprint {
		t.Errorf("os.DirFS: err %v, fingerprint %s, want %s", err, c2.Fingerprint, c.Fingerprint)
	}
}

// The loader reads only regular files inside the folder. A symlink that
// leads out (to /etc/passwd, to a .env file beside the folder, to
// /dev/zero) is skipped with the reason and never quoted; one that stays
// inside is read; named pipes are skipped without blocking.
func TestLoaderStaysInside(t *testing.T) {
	dir := folderCopy(t)
	outside := filepath.Join(filepath.Dir(dir), "secret")
	if err := os.MkdirAll(outside, 0o755); err != nil {
		t.Fatal(err)
	}
	const secret = "SLACK_BOT_TOKEN=xoxb-never-quote-me"
	if err := os.WriteFile(filepath.Join(outside, ".env"), []byte(secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outside, "leak.md"), []byte("# Leak\n\n"+secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	link("team/cto.txt", "cto-link.txt")                       // inside, relative
	link(filepath.Join(dir, "guide.md"), "team/guide-abs.md")  // inside, absolute
	link("/etc/passwd", "passwd.txt")                          // outside, absolute
	link("../secret/.env", "env.md")                           // outside, relative
	link("../secret", "secret-folder")                         // a folder outside
	link("team", "team-again")                                 // a folder inside: not followed either
	link("/dev/zero", "zero.md")                               // a device outside
	link("missing.md", "broken.md")                            // a link to nothing
	link("../../../secret/leak.md", "team/leadership/leak.md") // outside, from deeper down
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "team", "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}

	fsys, err := corpus.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var c *corpus.Corpus
	go func() {
		defer close(done)
		c, err = corpus.Load(fsys)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Load blocked (on a named pipe?)")
	}
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"cto-link", "guide", "team/cto", "team/guide-abs", "team/leadership/cro"}; !slices.Equal(slugs(c), want) {
		t.Errorf("slugs %v, want %v", slugs(c), want)
	}
	want := map[string]string{
		"passwd.txt":              "symlink pointing outside the corpus folder",
		"env.md":                  "symlink pointing outside the corpus folder",
		"secret-folder":           "symlink pointing outside the corpus folder",
		"team-again":              "symlink to a folder: not followed",
		"zero.md":                 "symlink pointing outside the corpus folder",
		"broken.md":               "broken symlink",
		"team/leadership/leak.md": "symlink pointing outside the corpus folder",
		"pipe.md":                 "named pipe",
		"team/pipe.txt":           "named pipe",
		"team/empty.md":           "empty file",
	}
	got := map[string]string{}
	for _, s := range c.Skipped {
		got[s.File] = s.Reason
	}
	for f, r := range want {
		if !strings.Contains(got[f], r) {
			t.Errorf("%s: reason %q, want %q", f, got[f], r)
		}
	}
	for f, r := range got {
		if _, ok := want[f]; !ok {
			t.Errorf("%s skipped unexpectedly: %s", f, r)
		}
	}
	for _, p := range c.Passages() {
		if strings.Contains(p.Text, "xoxb") || strings.Contains(p.Text, "root:") {
			t.Errorf("passage %s quotes a file outside the folder: %q", p.ID, p.Text)
		}
	}
	for _, s := range c.Skipped {
		if strings.Contains(s.Reason, "xoxb") {
			t.Errorf("reason quotes the secret: %s", s)
		}
	}
	// Opening by name is confined too, not only the walk.
	for _, name := range []string{"passwd.txt", "env.md", "secret-folder/.env"} {
		if _, err := fs.ReadFile(fsys, name); !errors.Is(err, corpus.ErrOutside) {
			t.Errorf("ReadFile(%s): err %v, want ErrOutside", name, err)
		}
	}
}

// No read goes past the size limit, whatever stat says: a file that
// claims to be small and never ends is cut and rejected.
func TestSizeCapWhateverStatSays(t *testing.T) {
	fsys := endless{}
	_, err := corpus.Load(fsys)
	if err == nil || !strings.Contains(err.Error(), `"articles/endless.md": larger than 5 MB`) {
		t.Errorf("err = %v, want endless.md rejected as larger than 5 MB", err)
	}
}

// endless is a file system with one article that stat says is 10 bytes
// and that reads as an endless run of "a".
type endless struct{}

func (endless) Open(name string) (fs.File, error) {
	switch name {
	case ".", "articles":
		return &endlessDir{name: name}, nil
	case "articles/endless.md":
		return &endlessFile{}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

type endlessFile struct{ read int }

func (f *endlessFile) Stat() (fs.FileInfo, error) { return info{"endless.md", 10, 0o644}, nil }
func (f *endlessFile) Close() error               { return nil }
func (f *endlessFile) Read(b []byte) (int, error) {
	if f.read > 64*corpus.MaxFileSize {
		return 0, io.ErrUnexpectedEOF // the loader should have stopped long ago
	}
	for i := range b {
		b[i] = 'a'
	}
	f.read += len(b)
	return len(b), nil
}

type endlessDir struct{ name string }

func (d *endlessDir) Stat() (fs.FileInfo, error) { return info{d.name, 0, fs.ModeDir | 0o755}, nil }
func (d *endlessDir) Close() error               { return nil }
func (d *endlessDir) Read([]byte) (int, error)   { return 0, io.EOF }
func (d *endlessDir) ReadDir(int) ([]fs.DirEntry, error) {
	if d.name == "." {
		return []fs.DirEntry{fs.FileInfoToDirEntry(info{"articles", 0, fs.ModeDir | 0o755})}, nil
	}
	return []fs.DirEntry{fs.FileInfoToDirEntry(info{"endless.md", 10, 0o644})}, nil
}

type info struct {
	name string
	size int64
	mode fs.FileMode
}

func (i info) Name() string       { return i.name }
func (i info) Size() int64        { return i.size }
func (i info) Mode() fs.FileMode  { return i.mode }
func (i info) ModTime() time.Time { return time.Time{} }
func (i info) IsDir() bool        { return i.mode.IsDir() }
func (i info) Sys() any           { return nil }
