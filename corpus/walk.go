package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// maxDepth is how deep Load looks into nested folders: deeper than any
// wiki export, shallow enough that a pathological tree ends.
const maxDepth = 32

// layout says where the articles of a corpus folder are.
type layout struct {
	root    string // folder searched for articles: "articles" or "."
	nested  bool   // true for "any folder": a roles/ folder beside holds cards, not articles
	hasRole bool   // a roles/ folder exists
}

// findLayout tells the two layouts apart: a folder with articles/ in it is
// read the way the shipped corpus is laid out; any other folder is searched
// for articles wherever they sit.
func findLayout(fsys fs.FS) layout {
	l := layout{root: ".", nested: true}
	if info, err := fs.Stat(fsys, "articles"); err == nil && info.IsDir() {
		l = layout{root: "articles"}
	}
	if info, err := fs.Stat(fsys, "roles"); err == nil && info.IsDir() {
		l.hasRole = true
	}
	return l
}

// files is what a walk of the corpus folder found.
type files struct {
	articles []string // .md and .txt files, in walk order
	other    []string // regular files of other kinds
	skipped  []Skipped
	stats    []fileStat // every regular file found, sidecars included, in walk order
}

// fileStat is a regular file a walk found, with what stat says of it.
type fileStat struct {
	name string
	info fs.FileInfo
}

// walk lists the article files under l.root, depth first, in name order.
// Hidden files and folders (".git", ".env") are left out. A symlink is
// followed only to a regular file inside the folder; named pipes, devices
// and sockets are skipped with the reason and never opened.
func walk(fsys fs.FS, l layout) (files, error) {
	var out files
	var visit func(dir string, depth int) error
	visit = func(dir string, depth int) error {
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			if dir == l.root {
				return fmt.Errorf("corpus: list %s: %w", dir, err)
			}
			out.skipped = append(out.skipped, Skipped{dir + "/", "folder not readable: " + reason(err)})
			return nil
		}
		for _, e := range entries {
			name := e.Name()
			p := path.Join(dir, name)
			if strings.HasPrefix(name, ".") || (l.nested && dir == "." && name == "roles" && e.IsDir()) {
				continue // hidden; or the cards of the any-folder layout
			}
			mode := e.Type()
			var info fs.FileInfo // of the target, for a symlink
			if mode&fs.ModeSymlink != 0 {
				var err error
				info, err = fs.Stat(fsys, p)
				switch {
				case err != nil:
					out.skipped = append(out.skipped, Skipped{p, reason(err)})
					continue
				case info.IsDir():
					out.skipped = append(out.skipped, Skipped{p, "symlink to a folder: not followed"})
					continue
				}
				mode = info.Mode().Type()
			}
			switch {
			case mode.IsDir():
				if depth == maxDepth {
					out.skipped = append(out.skipped, Skipped{p + "/", fmt.Sprintf("more than %d folders deep: not read", maxDepth)})
					continue
				}
				if err := visit(p, depth+1); err != nil {
					return err
				}
				continue
			case !mode.IsRegular():
				out.skipped = append(out.skipped, Skipped{p, kindOf(mode) + ": not read"})
				continue
			}
			if info == nil {
				info, _ = e.Info() // nil when it vanished: reading it says why
			}
			out.stats = append(out.stats, fileStat{p, info})
			switch {
			case strings.HasSuffix(name, ".meta.yaml"):
				// a sidecar, read with its article
			case isArticleName(name):
				out.articles = append(out.articles, p)
			default:
				out.other = append(out.other, p)
			}
		}
		return nil
	}
	err := visit(l.root, 0)
	return out, err
}

func isArticleName(name string) bool {
	ext := path.Ext(name)
	switch ext {
	case ".md", ".markdown", ".txt", ".html", ".htm", ".rst", ".adoc", ".asciidoc", ".csv", ".tsv":
		return len(name) > len(ext)
	}
	return false
}

// slugOf is the article's slug: its path below the article folder without
// the extension ("cfo", "team/cfo").
func slugOf(l layout, name string) string {
	rel := name
	if l.root != "." {
		rel = strings.TrimPrefix(name, l.root+"/")
	}
	return strings.TrimSuffix(rel, path.Ext(rel))
}

// reason turns an error of the file system into a reason without the path,
// which Skipped gives already.
func reason(err error) string {
	if errors.Is(err, ErrOutside) {
		return ErrOutside.Error()
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if errors.Is(err, fs.ErrNotExist) {
		return "broken symlink: its target does not exist"
	}
	return err.Error()
}

// OtherSummary says in one line how many files of other kinds than .md,
// .txt and .html were left out, by extension: "3 files that are not
// articles (.md, .txt, .html, .rst, .adoc, .csv) ignored (2 .pdf, 1 .docx)". It is "" when there were none.
func (c *Corpus) OtherSummary() string {
	if len(c.Other) == 0 {
		return ""
	}
	count := map[string]int{}
	for _, f := range c.Other {
		ext := path.Ext(f)
		if ext == "" {
			ext = "no extension"
		}
		count[ext]++
	}
	exts := make([]string, 0, len(count))
	for e := range count {
		exts = append(exts, e)
	}
	sort.Slice(exts, func(i, j int) bool {
		if count[exts[i]] != count[exts[j]] {
			return count[exts[i]] > count[exts[j]]
		}
		return exts[i] < exts[j]
	})
	parts := make([]string, len(exts))
	for i, e := range exts {
		parts[i] = fmt.Sprintf("%d %s", count[e], e)
	}
	what := "files that are not articles"
	if len(c.Other) == 1 {
		what = "file that is not an article"
	}
	return fmt.Sprintf("%d %s (.md, .txt, .html, .rst, .adoc, .csv) ignored (%s)", len(c.Other), what, strings.Join(parts, ", "))
}

func sortEntries(list []fs.DirEntry) {
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
}
