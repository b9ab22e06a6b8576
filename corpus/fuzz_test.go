package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// addSeeds adds the shipped articles with the given extension, and the
// odd files under testdata, as seeds.
func addSeeds(f *testing.F, ext string) {
	for _, dir := range []string{"articles", "testdata", "testdata/html", "testdata/markdown"} {
		names, _ := filepath.Glob(filepath.Join(dir, "*"+ext))
		for _, n := range names {
			if data, err := os.ReadFile(n); err == nil {
				f.Add(data)
			}
		}
	}
}

// checkArticle checks what every parsed article must be: passages with
// text, valid UTF-8 when the input was, numbered in order.
func checkArticle(t *testing.T, data []byte, a *Article) {
	t.Helper()
	pos := 0
	for _, s := range a.Sections {
		if len(s.Passages) == 0 {
			t.Fatalf("section %q has no passage", s.Heading)
		}
		for _, p := range s.Passages {
			if strings.TrimSpace(p.Text) == "" {
				t.Fatalf("passage %s is blank", p.ID)
			}
			if p.Position != pos {
				t.Fatalf("passage %s at position %d, want %d", p.ID, p.Position, pos)
			}
			if len(p.Text) > maxPassage {
				t.Fatalf("passage %s has %d bytes, more than %d", p.ID, len(p.Text), maxPassage)
			}
			if utf8.Valid(data) && (!utf8.ValidString(p.Text) || !utf8.ValidString(s.Heading)) {
				t.Fatalf("passage %s: invalid UTF-8 from valid input", p.ID)
			}
			pos++
		}
	}
	if pos == 0 {
		t.Fatal("an article without passages was accepted")
	}
}

// FuzzParseMarkdown checks that no Markdown makes the parser panic or give
// blank, misnumbered or oversized passages.
func FuzzParseMarkdown(f *testing.F) {
	addSeeds(f, ".md")
	f.Add([]byte("---\ntitle: x\n---\n# x\n\ntext\n"))
	f.Add([]byte("# t\r\rtext\r```\r# code\r"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := parseMarkdown("fuzz", data, meta{})
		if err == nil {
			checkArticle(t, data, a)
		}
	})
}

// FuzzParseHTML is FuzzParseMarkdown for HTML pages.
func FuzzParseHTML(f *testing.F) {
	addSeeds(f, ".html")
	f.Add([]byte("<h1>t</h1><h3>x</h3><p>text<br>more</p><table><tr><th>a<td>b</table>"))
	f.Add([]byte("<pre>\r\n</pre><ul><li><ul><li>x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := parseHTML("fuzz", data, meta{})
		if err == nil {
			checkArticle(t, data, a)
		}
	})
}

// FuzzParseMarkup is FuzzParseMarkdown for reStructuredText, AsciiDoc and
// CSV files: each input is read as all three.
func FuzzParseMarkup(f *testing.F) {
	for _, ext := range []string{".rst", ".adoc", ".csv"} {
		names, _ := filepath.Glob(filepath.Join("testdata", "markup", "*"+ext))
		for _, n := range names {
			if data, err := os.ReadFile(n); err == nil {
				f.Add(data)
			}
		}
	}
	f.Add([]byte("====\nT\n====\n\n.. list-table::\n\n   * -\n   - x\n\n= =\na b\n"))
	f.Add([]byte("= T\n\n|===\n2+|a |b\n\n|===\n[cols=\"3*\"]\n|===\n|x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		csvMD, _ := csvToMarkdown("f.csv", string(data))
		for _, md := range []string{rstToMarkdown(string(data)), adocToMarkdown(string(data)), csvMD} {
			a, err := parseMarkdown("fuzz", []byte(md), meta{})
			if err == nil {
				checkArticle(t, data, a)
			}
		}
	})
}

// FuzzParsePlain is FuzzParseMarkdown for plain-text articles.
func FuzzParsePlain(f *testing.F) {
	addSeeds(f, ".txt")
	f.Add([]byte("Title\n\nContents\n\n1. One\n2. Two\n\nOne\n\ntext\n\n\n\nmore\n"))
	f.Add([]byte("Title\r\rtext\r"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := parsePlain("fuzz", data, meta{})
		if err == nil {
			checkArticle(t, data, a)
		}
	})
}

// FuzzLoadCard checks that no card file makes Load panic, and that a card
// Load accepts is valid and backed by the article.
func FuzzLoadCard(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("roles", "*.yaml"))
	for _, n := range names[:min(3, len(names))] {
		if data, err := os.ReadFile(n); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(fuzzCard))
	f.Add([]byte("id: [\n"))
	f.Add([]byte("\xff\xfei\x00d\x00"))
	article := &fstest.MapFile{Data: []byte("# A\n\n## What it is\n\nText about the role.\n")}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Load(fstest.MapFS{"articles/a.md": article, "roles/x.yaml": {Data: data}})
		if err != nil {
			if !strings.Contains(err.Error(), `"roles/x.yaml"`) && !strings.Contains(err.Error(), "role card") {
				t.Fatalf("error does not name the card: %v", err)
			}
			return
		}
		for _, k := range c.Cards {
			if err := k.validate(); err != nil {
				t.Fatalf("accepted an invalid card: %v", err)
			}
			for f, ref := range k.Sources {
				if ref.Article != "a" || ref.ArticleTitle == "" {
					t.Fatalf("sources.%s = %+v: not checked against the article", f, ref)
				}
			}
		}
	})
}

const fuzzCard = `id: xo
abbreviation: XO
title: Executive Officer
summary: s
focus: f
responsibilities: [r]
skills: [k]
sources:
  summary: {article: a, section: What it is}
  focus: {article: a, section: what  it is}
  responsibilities: {article: a, section: "What it is"}
  skills: {article: a, section: What it is}
`
