package corpus_test

import (
	"bytes"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/rolebot/rolebot/corpus"
)

// userArticle is the slug of the user's own article.
const userArticle = "what-is-a-cto-cio"

// userArticleOriginal is the user's article as handed over, beside the
// repository (missing in some checkouts: tests that need it skip).
const userArticleOriginal = "../../shared/articles/what-is-a-cto-cio.txt"

func loadEmbedded(t *testing.T) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load(corpus.Embedded())
	if err != nil {
		t.Fatalf("Load(Embedded()): %v", err)
	}
	return c
}

func TestEmbeddedLoads(t *testing.T) {
	c := loadEmbedded(t)
	if len(c.Skipped) != 0 {
		t.Errorf("Skipped = %v, want none", c.Skipped)
	}
	if got := len(c.Articles); got != 14 {
		t.Errorf("%d articles, want 14", got)
	}
	if got := len(c.Cards); got != 12 {
		t.Errorf("%d cards, want 12", got)
	}
	wantCards := []string{"cdo", "ceo", "cfo", "chro", "cio", "ciso", "cko", "cmo", "coo", "cpo", "cto", "vpe"}
	var gotCards []string
	for _, k := range c.Cards {
		gotCards = append(gotCards, k.ID)
	}
	if !slices.Equal(gotCards, wantCards) {
		t.Errorf("card ids = %v, want %v (sorted)", gotCards, wantCards)
	}
	if len(c.Fingerprint) != 64 {
		t.Errorf("Fingerprint = %q, want 64 hex digits", c.Fingerprint)
	}
	for _, a := range c.Articles {
		if a.Title == "" || len(a.Sections) == 0 {
			t.Errorf("article %s: title %q, %d sections", a.Slug, a.Title, len(a.Sections))
		}
		wantSource := "rolebot"
		if a.Slug == userArticle {
			wantSource = "user"
		}
		if a.Source != wantSource {
			t.Errorf("article %s: source %q, want %q", a.Slug, a.Source, wantSource)
		}
	}
}

// The cards of the roles the user's article speaks of take some of their
// fields from it, and every card source resolves to a real section.
func TestEmbeddedCardSources(t *testing.T) {
	c := loadEmbedded(t)
	for _, id := range []string{"cto", "cio", "ceo", "cko"} {
		k, ok := c.Card(id)
		if !ok {
			t.Errorf("no card %s", id)
			continue
		}
		if k.Sources["summary"].Article != userArticle {
			t.Errorf("card %s: summary comes from %q, want the user's article %q", id, k.Sources["summary"].Article, userArticle)
		}
	}
	for _, k := range c.Cards {
		for _, f := range corpus.CardFields() {
			ref, ok := k.Sources[f]
			if !ok {
				if f != "confused_with" {
					t.Errorf("card %s: no source for %s", k.ID, f)
				}
				continue
			}
			a := c.Article(ref.Article)
			if a == nil {
				t.Errorf("card %s: %s: no article %q", k.ID, f, ref.Article)
				continue
			}
			if ref.ArticleTitle != a.Title {
				t.Errorf("card %s: %s: ArticleTitle %q, want %q", k.ID, f, ref.ArticleTitle, a.Title)
			}
			if !slices.ContainsFunc(a.Sections, func(s corpus.Section) bool { return s.Heading == ref.Section }) {
				t.Errorf("card %s: %s: section %q is not a heading of %s as written", k.ID, f, ref.Section, a.Slug)
			}
		}
	}
}

func TestUserArticleUnchanged(t *testing.T) {
	want, err := os.ReadFile(userArticleOriginal)
	if err != nil {
		t.Skipf("no original to compare with: %v", err)
	}
	c := loadEmbedded(t)
	a := c.Article(userArticle)
	if a == nil {
		t.Fatalf("no article %s", userArticle)
	}
	got, err := fs.ReadFile(corpus.Embedded(), a.File)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s (%d bytes, want %d)", a.File, userArticleOriginal, len(got), len(want))
	}
	if a.Source != "user" {
		t.Errorf("source %q, want user", a.Source)
	}
}

// The plain-text parser finds the sections of the user's article the way
// it is laid out: headings as lines of their own, a table of contents
// that is not indexed, and a "summary" entry whose heading is missing from
// the body.
func TestUserArticleSections(t *testing.T) {
	c := loadEmbedded(t)
	a := c.Article(userArticle)
	if a == nil {
		t.Fatalf("no article %s", userArticle)
	}
	if want := "What is a CTO/CIO? Explanation of each role, necessary skills and background"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
	want := []struct {
		heading  string
		passages int
		first    string // start of the first passage
	}{
		{"Introduction", 2, "“What are CTO and CIO that we hear a lot these days?”"},
		{"What is a CTO or CIO?", 1, "We are seeing more and more abbreviations"},
		{"CTO is “Chief Technology Officer”", 2, "CTO is an abbreviation for Chief Technical Officer"},
		{"CIO is “Chief Information Officer”", 2, "CIO is an abbreviation for Chief Information Officer"},
		{"CEOs and CKOs you should also know", 4, "In addition to CTO and CIO, CEO and CKO"},
		{"Differences and Roles of CTO and CIO", 3, "Regarding the roles of the CTO and CIO"},
		{"Skills and background required for CTO/CIO", 4, "The skills and backgrounds required for CTOs and CIOs"},
		{"Summary", 2, "CTO is Chief Technology Officer and CIO is Chief Information Officer."},
	}
	var got []string
	for _, s := range a.Sections {
		got = append(got, s.Heading)
	}
	var wantHeadings []string
	for _, w := range want {
		wantHeadings = append(wantHeadings, w.heading)
	}
	if !slices.Equal(got, wantHeadings) {
		t.Fatalf("sections:\n got %q\nwant %q", got, wantHeadings)
	}
	for i, w := range want {
		s := a.Sections[i]
		if len(s.Passages) != w.passages {
			t.Errorf("section %q: %d passages, want %d", w.heading, len(s.Passages), w.passages)
		}
		if len(s.Passages) > 0 && !strings.HasPrefix(s.Passages[0].Text, w.first) {
			t.Errorf("section %q starts %.60q, want %q", w.heading, s.Passages[0].Text, w.first)
		}
	}
	for _, p := range c.Passages() {
		if p.Article == userArticle && (strings.Contains(p.Text, "Table of contents") || strings.Contains(p.Text, "4. summary")) {
			t.Errorf("passage %s indexes the table of contents: %.80q", p.ID, p.Text)
		}
	}
}

// Every word of the user's article is in some passage, in order, except
// the title, the table of contents and the headings.
func TestUserArticleNoTextLost(t *testing.T) {
	c := loadEmbedded(t)
	a := c.Article(userArticle)
	if a == nil {
		t.Fatalf("no article %s", userArticle)
	}
	raw, err := fs.ReadFile(corpus.Embedded(), a.File)
	if err != nil {
		t.Fatal(err)
	}
	headings := map[string]bool{}
	for _, s := range a.Sections {
		headings[s.Heading] = true
	}
	var want []string
	inTOC := false
	for i, line := range strings.Split(string(raw), "\n") {
		l := strings.Join(strings.Fields(line), " ")
		switch {
		case i == 0, headings[l]:
			continue
		case l == "Table of contents":
			inTOC = true
			continue
		case inTOC && (l == "" || l[0] >= '1' && l[0] <= '9'):
			continue
		}
		inTOC = false
		want = append(want, strings.Fields(line)...)
	}
	var got []string
	for _, s := range a.Sections {
		for _, p := range s.Passages {
			got = append(got, strings.Fields(p.Text)...)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages hold %d words, the body %d: text lost or added\n got %.200q\nwant %.200q", len(got), len(want), strings.Join(got, " "), strings.Join(want, " "))
	}
}

// Passage ids and positions count over the whole article, and each
// passage knows its article and section.
func TestPassageIDsAndPositions(t *testing.T) {
	c := loadEmbedded(t)
	ids := map[string]bool{}
	for _, a := range c.Articles {
		pos := 0
		for _, s := range a.Sections {
			if len(s.Passages) == 0 {
				t.Errorf("%s: section %q has no passages", a.Slug, s.Heading)
			}
			for _, p := range s.Passages {
				want := corpus.Passage{
					ID: a.Slug + "#" + strconv.Itoa(pos), Article: a.Slug, ArticleTitle: a.Title,
					Section: s.Heading, Position: pos, Text: p.Text,
				}
				if p != want {
					t.Errorf("passage %+v\n     want %+v", p, want)
				}
				if ids[p.ID] {
					t.Errorf("duplicate passage id %s", p.ID)
				}
				ids[p.ID] = true
				if p.Text == "" || p.Text != strings.TrimSpace(p.Text) || len(p.Text) > 1200 || !utf8.ValidString(p.Text) {
					t.Errorf("passage %s: text not trimmed, empty, over 1200 bytes or not UTF-8: %.80q", p.ID, p.Text)
				}
				pos++
			}
		}
	}
	if got := len(c.Passages()); got != len(ids) {
		t.Errorf("Passages() returns %d, sections hold %d", got, len(ids))
	}
}

// mapFS copies an fs.FS into memory, so that tests can change it.
func mapFS(t *testing.T, fsys fs.FS) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		m[p] = &fstest.MapFile{Data: data, Mode: 0o644}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The fingerprint depends on the bytes of the files that are loaded, not
// on where they are read from, and changes with any of them.
func TestFingerprint(t *testing.T) {
	base := loadEmbedded(t).Fingerprint
	again := loadEmbedded(t).Fingerprint
	if again != base {
		t.Fatalf("fingerprint not stable: %s then %s", base, again)
	}
	onDisk, err := corpus.Load(os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if onDisk.Fingerprint != base {
		t.Errorf("same files from disk give fingerprint %s, embedded %s", onDisk.Fingerprint, base)
	}

	orig := mapFS(t, corpus.Embedded())
	if c, err := corpus.Load(orig); err != nil || c.Fingerprint != base {
		t.Fatalf("copy in memory: fingerprint %v, err %v; want %s", c, err, base)
	}
	seen := map[string]string{base: "unchanged"}
	files := 0
	for name, f := range orig {
		isArticle := strings.HasPrefix(name, "articles/") && !strings.HasSuffix(name, ".meta.yaml")
		isCard := strings.HasPrefix(name, "roles/") && strings.HasSuffix(name, ".yaml")
		if !isArticle && !isCard {
			continue
		}
		files++
		for _, change := range []struct {
			how string
			do  func([]byte) []byte
		}{
			{"one byte added", func(b []byte) []byte { return append(slices.Clone(b), '\n') }},
			{"one byte changed", func(b []byte) []byte {
				b = slices.Clone(b)
				i := bytes.LastIndexByte(b, 'e') // in the last paragraph of an article
				if isCard {
					i = bytes.Index(b, []byte("summary: ")) + len("summary: ") + 1
				}
				b[i] ^= 0x20 // upper case <-> lower case
				return b
			}},
		} {
			m := mapFS(t, orig)
			m[name] = &fstest.MapFile{Data: change.do(f.Data), Mode: 0o644}
			c, err := corpus.Load(m)
			what := name + ", " + change.how
			if err != nil {
				t.Errorf("%s: %v", what, err)
				continue
			}
			if prev, dup := seen[c.Fingerprint]; dup {
				t.Errorf("%s: fingerprint %s is the same as for %s", what, c.Fingerprint, prev)
			}
			seen[c.Fingerprint] = what
		}
	}
	if files != 14+12 {
		t.Errorf("changed %d files, want 26 (14 articles, 12 cards)", files)
	}

	// The metadata of a plain-text article is part of what was loaded.
	m := mapFS(t, orig)
	side := "articles/" + userArticle + ".meta.yaml"
	m[side] = &fstest.MapFile{Data: bytes.Replace(orig[side].Data, []byte("title: What"), []byte("title: Who"), 1)}
	c, err := corpus.Load(m)
	if err != nil {
		t.Fatal(err)
	}
	if c.Article(userArticle).Title == loadEmbedded(t).Article(userArticle).Title {
		t.Fatalf("changing %s did not change the title", side)
	}
	if c.Fingerprint == base {
		t.Errorf("title changed in %s, fingerprint did not", side)
	}
}
