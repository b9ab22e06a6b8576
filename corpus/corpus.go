// Package corpus loads the articles and role cards that rolebot answers from.
// It splits every article into sections and paragraph-sized passages, checks
// the role cards against the articles, and knows nothing of search or Slack.
package corpus

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

//go:embed articles roles
var embedded embed.FS

// Embedded returns the corpus built into the binary.
func Embedded() fs.FS { return embedded }

// MaxFileSize is the largest article or card file that Load accepts.
const MaxFileSize = 5 << 20

// Corpus is a loaded set of articles and role cards.
type Corpus struct {
	Articles []*Article
	Cards    []Card
	// Skipped lists the files that could not be used, with the reason.
	Skipped []Skipped
	// Other lists the files of other kinds than .md, .txt and .html, which are
	// not articles and not errors (see OtherSummary).
	Other []string
	// Fingerprint changes whenever any file that was loaded changes.
	Fingerprint string
	// Files is what FilesKey said of the folder just before Load read
	// it.
	Files string
}

// Article is one loaded article.
type Article struct {
	Slug   string // path below the article folder without extension: "cfo", "team/cfo"
	Title  string
	Source string // "user" for the user's own articles, else "rolebot"
	File   string // path inside the corpus folder
	// Encoding is "" for a file in UTF-8, else the encoding it was read
	// in (Windows1252), which a log line then names.
	Encoding string
	// Warnings say what of the file was read but may have been read
	// wrong ("line 7 has 5 cells, its header 4: …"), for a log line.
	Warnings []string
	Sections []Section
}

// Section is a part of an article under one heading.
type Section struct {
	Heading  string
	Passages []Passage
}

// Passage is a paragraph-sized piece of an article: the unit that search
// ranks and answers quote.
type Passage struct {
	ID           string // slug#position
	Article      string // slug
	ArticleTitle string
	Section      string
	Position     int // 0-based, counted over the whole article
	Text         string
	// Speaker is who "I" is in a memo's passage written in the first
	// person: its sender ("Fiona Marsh, Station Manager"); "" elsewhere.
	// "I am on leave from 10 February" is then found for "when is fiona
	// on leave", though the passage never names her.
	Speaker string
}

// NoCards is the reason given for a missing roles/ folder.
const NoCards = "no such folder: no role cards; roles are known from the built-in list and the articles"

// Skipped is a file that Load could not use.
type Skipped struct {
	File   string
	Reason string
}

// String gives the file name quoted, so that a name with a newline or an
// escape character cannot fake lines or drive the terminal.
func (s Skipped) String() string { return fmt.Sprintf("%q: %s", s.File, s.Reason) }

// Passages returns every passage of every article, in article order.
func (c *Corpus) Passages() []Passage {
	var out []Passage
	for _, a := range c.Articles {
		for _, s := range a.Sections {
			out = append(out, s.Passages...)
		}
	}
	return out
}

// Article returns the article with the given slug, or nil.
func (c *Corpus) Article(slug string) *Article {
	for _, a := range c.Articles {
		if a.Slug == slug {
			return a
		}
	}
	return nil
}

// Card returns the card with the given id.
func (c *Corpus) Card(id string) (Card, bool) {
	for _, k := range c.Cards {
		if k.ID == id {
			return k, true
		}
	}
	return Card{}, false
}

// Load reads a corpus folder in either layout: articles/ (and roles/ for
// cards) as the shipped corpus has it, or any folder of .md, .txt and .html files,
// searched recursively, with optional cards in roles/. Unusable article
// files are reported in Corpus.Skipped and left out, wherever they sit;
// files of other kinds are listed in Corpus.Other. An invalid role card is
// an error, because cards are few and a broken one would silently give
// wrong answers.
func Load(fsys fs.FS) (*Corpus, error) {
	c := &Corpus{}
	h := sha256.New()
	fmt.Fprintf(h, "corpus-format 1\n")

	l := findLayout(fsys)
	found, err := walk(fsys, l)
	if err != nil {
		return nil, err
	}
	c.Skipped, c.Other = found.skipped, found.other
	c.Files = filesKey(fsys, l, found)
	if len(found.articles) == 0 && len(c.Skipped) == 0 {
		if l.nested {
			return nil, fmt.Errorf("corpus: no article (.md, .txt, .html, .rst, .adoc, .csv) in the folder or below it%s", c.otherNote())
		}
		return nil, fmt.Errorf("corpus: no article (.md, .txt, .html, .rst, .adoc, .csv) in articles/%s", c.otherNote())
	}
	seen := map[string]string{}
	for _, name := range found.articles {
		slug := slugOf(l, name)
		if prev, dup := seen[slug]; dup {
			c.Skipped = append(c.Skipped, Skipped{name, fmt.Sprintf("same slug %q as %q", slug, prev)})
			continue
		}
		a, data, meta, err := loadArticle(fsys, name, slug)
		if err != nil {
			c.Skipped = append(c.Skipped, Skipped{name, err.Error()})
			continue
		}
		seen[slug] = name
		c.Articles = append(c.Articles, a)
		fmt.Fprintf(h, "article %s %d\n", name, len(data))
		h.Write(data)
		fmt.Fprintf(h, "meta %+v\n", meta)
	}
	if len(c.Articles) == 0 {
		return nil, fmt.Errorf("corpus: no usable article (%d skipped: %s)%s", len(c.Skipped), joinSkipped(c.Skipped), c.otherNote())
	}

	// fs.Glob in loadCards hides a missing or unreadable folder. Cards are
	// optional, but in the articles/ layout a missing roles/ is worth a
	// line: it may be a mistake.
	if _, err := fs.ReadDir(fsys, "roles"); errors.Is(err, fs.ErrNotExist) {
		if !l.nested {
			c.Skipped = append(c.Skipped, Skipped{"roles/", NoCards})
		}
	} else if err != nil {
		return nil, fmt.Errorf("corpus: roles/ folder is not readable: %w", err)
	}
	cards, files, cardBytes, skipped, err := loadCards(fsys)
	if err != nil {
		return nil, err
	}
	h.Write(cardBytes)
	cards, bad := c.checkCards(cards, files)
	for _, s := range append(skipped, bad...) {
		// A card skipped is a change too, to be said when it happens.
		fmt.Fprintf(h, "skipped card %s %s\n", s.File, s.Reason)
	}
	c.Skipped = append(append(c.Skipped, skipped...), bad...)
	c.Cards = cards
	c.Fingerprint = hex.EncodeToString(h.Sum(nil))
	return c, nil
}

// loadArticle reads and parses one article file.
func loadArticle(fsys fs.FS, name, slug string) (*Article, []byte, meta, error) {
	data, err := readChecked(fsys, name)
	encoding := ""
	if bad := (*notUTF8)(nil); errors.As(err, &bad) && bad.latin() {
		// Read, and said (Article.Encoding): the file is worth having.
		data, encoding = windows1252(bad.data)
		err = nil
		if declares1252(name, bad.data) {
			encoding = "" // "<meta charset=windows-1252>": read as it says, nothing to fix
		}
	}
	if err != nil {
		return nil, nil, meta{}, err
	}
	m, err := readSidecar(fsys, name, path.Base(slug))
	if err != nil {
		return nil, nil, m, err
	}
	var a *Article
	switch path.Ext(name) {
	case ".md", ".markdown":
		a, err = parseMarkdown(slug, data, m)
	case ".html", ".htm":
		a, err = parseHTML(slug, data, m)
	case ".rst":
		a, err = parseMarkdown(slug, []byte(rstToMarkdown(string(data))), m)
	case ".adoc", ".asciidoc":
		a, err = parseMarkdown(slug, []byte(adocToMarkdown(string(data))), m)
	case ".csv", ".tsv":
		md, warnings := csvToMarkdown(name, string(data))
		a, err = parseMarkdown(slug, []byte(md), m)
		if a != nil {
			a.Warnings = warnings
		}
	default:
		a, err = parsePlain(slug, data, m)
	}
	if err != nil {
		return nil, nil, m, err
	}
	a.File, a.Encoding = name, encoding
	return a, data, m, nil
}

// otherNote is OtherSummary for the end of an error message.
func (c *Corpus) otherNote() string {
	if s := c.OtherSummary(); s != "" {
		return "; " + s
	}
	return ""
}

func joinSkipped(s []Skipped) string {
	parts := make([]string, len(s))
	for i, k := range s {
		parts[i] = k.String()
	}
	return strings.Join(parts, "; ")
}
