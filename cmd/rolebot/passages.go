package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/rolebot/rolebot/corpus"
)

// runPassages prints how rolebot reads the articles: each article's file,
// title and sections, and the passages it quotes from them, so that a
// folder's owner sees a title or a table read wrongly at once.
func runPassages(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSetOut("passages", `rolebot passages [--corpus DIR] [FILE...]

Prints how rolebot reads the articles of the corpus: for each article, its file,
title and sections, and each passage it can quote, with who speaks in a memo's
passage in the first person. Files it could not read are listed with the reason.
FILE limits the output to articles whose file name holds it ("minutes",
"people/org-chart.md").`, stdout, stderr)
	fsys, corpusDir, want, code, done := corpusCommand(ctx, "passages", fs, args, stderr)
	if done {
		return code
	}
	for i, w := range want {
		// "docs/memos/leave.txt" of the folder "docs": names are the
		// folder's own.
		w = strings.TrimPrefix(filepath.ToSlash(w), "./")
		if dir := strings.TrimPrefix(filepath.ToSlash(filepath.Clean(corpusDir)), "./"); corpusDir != "" {
			w = strings.TrimPrefix(w, dir+"/")
		}
		want[i] = w
	}
	c, err := corpus.Load(fsys)
	if err != nil {
		fmt.Fprintf(stderr, "rolebot passages: %v\n", err)
		return 1
	}
	bySlug := map[string][]corpus.Passage{}
	for _, p := range c.Passages() {
		bySlug[p.Article] = append(bySlug[p.Article], p)
	}
	shown := 0
	for _, a := range c.Articles {
		if !chosen(a.File, want) {
			continue
		}
		shown++
		fmt.Fprintf(stdout, "== %s\n   title: %s\n", a.File, a.Title)
		if a.Encoding != "" {
			fmt.Fprintf(stdout, "   not in UTF-8, read as %s (save it as UTF-8)\n", a.Encoding)
		}
		for _, w := range a.Warnings {
			fmt.Fprintf(stdout, "   warning: %s\n", w)
		}
		section := "\x00"
		for _, p := range bySlug[a.Slug] {
			if p.Section != section {
				section = p.Section
				fmt.Fprintf(stdout, "   § %s\n", section)
			}
			speaker := ""
			if p.Speaker != "" {
				speaker = " [speaks: " + p.Speaker + "]"
			}
			fmt.Fprintf(stdout, "     %d.%s %s\n", p.Position+1, speaker, strings.ReplaceAll(p.Text, "\n", "\n        "))
		}
	}
	for _, s := range c.Skipped {
		if chosen(s.File, want) {
			shown++
			fmt.Fprintf(stdout, "== %s\n   skipped: %s\n", s.File, s.Reason)
		}
	}
	if shown == 0 && len(want) > 0 {
		return usageError(stderr, "passages", "no file of the corpus has %s in its name (names are the files' paths inside the corpus folder, such as memos/leave.txt)", quoteAll(want))
	}
	return 0
}

// chosen reports whether a file is one of those asked for: every file
// when none is, else one whose name holds a word asked for.
func chosen(file string, want []string) bool {
	if len(want) == 0 {
		return true
	}
	for _, w := range want {
		if strings.Contains(strings.ToLower(file), strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// quoteAll writes words quoted, joined with "or": "a" or "b".
func quoteAll(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = strconv.Quote(w)
	}
	return strings.Join(q, " or ")
}
