package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/index"
)

// commonFlags are the flags every command takes.
type commonFlags struct {
	corpus, index string
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.corpus, "corpus", os.Getenv("CORPUS_DIR"), "corpus `folder`: articles/ + roles/, or any folder of articles (.md, .txt, .html, .rst, .adoc, .csv; see corpus/FORMAT.md) (default: the embedded corpus; env CORPUS_DIR)")
	fs.StringVar(&c.index, "index", os.Getenv("INDEX_DIR"), "index `folder` (default: "+index.DefaultDir()+"; env INDEX_DIR)")
}

// parseInterspersed parses flags that may come before, between or after the
// positional arguments, which it returns. -- ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// newFlagSetOut returns a flag set that prints --help to stdout and a wrong
// flag as one line with the reason on stderr.
func newFlagSetOut(name, usageLine string, stdout, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	out := &flagErrors{cmd: name, w: stderr}
	fs.SetOutput(out)
	fs.Usage = func() {
		if out.failed { // the reason is printed: no usage after it
			out.failed = false
			return
		}
		fmt.Fprintf(stdout, "Usage: %s\n\nFlags:\n", usageLine)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		fs.SetOutput(out)
	}
	return fs
}

// flagErrors is where the flag package writes the reason a flag is wrong:
// it prints it as rolebot's one-line usage error.
type flagErrors struct {
	cmd    string
	w      io.Writer
	failed bool
}

func (f *flagErrors) Write(p []byte) (int, error) {
	f.failed = true
	usageError(f.w, f.cmd, "%s", strings.TrimSpace(string(p)))
	return len(p), nil
}

// flagsDone turns what parsing flags returned into an exit status; ok is
// true when the command should go on.
func flagsDone(err error) (code int, ok bool) {
	switch {
	case err == nil:
		return 0, true
	case errors.Is(err, flag.ErrHelp):
		return 0, false
	}
	return 2, false // flagErrors has printed the reason
}

// usageError prints a one-line reason for wrong usage and returns 2.
func usageError(stderr io.Writer, cmd, format string, args ...any) int {
	fmt.Fprintf(stderr, "rolebot %s: %s (rolebot %s --help for more)\n", cmd, fmt.Sprintf(format, args...), cmd)
	return 2
}

// runAsk answers questions in the terminal.
func runAsk(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var cf commonFlags
	fs := newFlagSetOut("ask", `rolebot ask [flags] "question" | -

Answers a question about company roles from the corpus. With "-", reads one
question a line from standard input and prints one answer a line.`, stdout, stderr)
	cf.register(fs)
	format := fs.String("format", "text", "output `format`: text or json")
	n := fs.Int("n", 3, "number of excerpts to quote, 1 to 20")
	pos, err := parseInterspersed(fs, args)
	if code, ok := flagsDone(err); !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		return usageError(stderr, "ask", "--format %q: want text or json", *format)
	}
	if *n < 1 || *n > 20 {
		return usageError(stderr, "ask", "-n %d: want 1 to 20", *n)
	}
	if len(pos) == 0 {
		return usageError(stderr, "ask", `no question: give one in quotes, or "-" to read questions from standard input`)
	}
	fromStdin := len(pos) == 1 && pos[0] == "-"

	engine, st, err := openEngine(ctx, engineOptions{CorpusDir: cf.corpus, IndexDir: cf.index, Excerpts: *n})
	if err != nil {
		if code := interrupted(ctx); code != 0 {
			return code
		}
		fmt.Fprintf(stderr, "rolebot ask: %v\n", err)
		return 1
	}
	defer engine.Close()
	if st.Cards == 0 && st.Index.Built {
		// Said once, when the corpus is first read: roles/ is optional.
		fmt.Fprintf(stderr, "rolebot ask: note: the corpus has no role cards (roles/*.yaml); roles come from the built-in list and the articles\n")
	}
	if st.Index.Built {
		for _, s := range st.Skipped {
			fmt.Fprintf(stderr, "rolebot ask: skipped %s\n", s)
		}
		for _, d := range st.Decoded {
			fmt.Fprintf(stderr, "rolebot ask: not in UTF-8, read as %s (save it as UTF-8): %s\n", d[strings.LastIndex(d, ": ")+2:], d[:strings.LastIndex(d, ": ")])
		}
		for _, w := range st.Warnings {
			fmt.Fprintf(stderr, "rolebot ask: warning: %s\n", w)
		}
	} else if len(st.Skipped) > 0 {
		// Said in full when the corpus is read; on each question after,
		// one line that names the files.
		fmt.Fprintf(stderr, "rolebot ask: skipped %s (rolebot index says why)\n", skippedNames(st.SkippedFiles))
	}
	if st.Index.Damaged != "" {
		fmt.Fprintf(stderr, "rolebot ask: the index in %q was damaged (%s); rebuilt it\n", st.Index.Dir, st.Index.Damaged)
	}

	style := bot.Plain
	if f, ok := stdout.(*os.File); ok && isTerminal(f) && os.Getenv("NO_COLOR") == "" {
		style = bot.ANSI
	}
	style.Cards = engine.Cards()
	w := bufio.NewWriter(stdout)
	// Text answers to questions read from a file or a pipe start with the
	// question; a person typing them sees each above its answer already.
	echo := fromStdin
	if f, ok := stdin.(*os.File); ok && isTerminal(f) {
		echo = false
	}
	answer := func(q string) error {
		a, err := engine.Answer(ctx, q)
		if err != nil {
			return err
		}
		if *format == "json" {
			return json.NewEncoder(w).Encode(a)
		}
		if echo {
			// Questions piped in: each answer says which it answers.
			if _, err := fmt.Fprintf(w, "> %s\n", strings.Join(strings.Fields(a.Question), " ")); err != nil {
				return err
			}
		}
		if err := bot.WriteText(w, a, style); err != nil {
			return err
		}
		if fromStdin {
			_, err = io.WriteString(w, "\n")
		}
		return err
	}
	if !fromStdin {
		if err := answer(strings.Join(pos, " ")); err != nil {
			return askFailed(ctx, stderr, err)
		}
		if err := w.Flush(); err != nil {
			return askFailed(ctx, stderr, fmt.Errorf("write standard output: %w", err))
		}
		return 0
	}
	lines := readLines(ctx, stdin, maxLine)
	fail := func(err error) int {
		w.Flush() // the answers so far are shown, whatever stops the rest
		return askFailed(ctx, stderr, err)
	}
	var pending []line
	for {
		if len(pending) == 0 {
			select {
			case pending = <-lines: // read ahead: the answers so far wait in w
			default:
				// Nothing more to answer yet: what is answered is shown
				// before waiting (a person typing sees each answer).
				if err := w.Flush(); err != nil {
					return askFailed(ctx, stderr, err)
				}
				select {
				case <-ctx.Done():
					return fail(ctx.Err())
				case pending = <-lines:
				}
			}
		}
		l := pending[0]
		pending = pending[1:]
		if ctx.Err() != nil {
			return fail(ctx.Err())
		}
		var err error
		switch {
		case l.eof:
			if err := w.Flush(); err != nil {
				return askFailed(ctx, stderr, err)
			}
			return 0
		case l.err != nil:
			return fail(fmt.Errorf("read standard input: %w", l.err))
		case l.tooLong:
			err = writeLineError(w, *format, fmt.Sprintf("line %d is %d bytes or longer: not answered (the limit is %d bytes)", l.n, maxLine, maxLine-1))
		default:
			err = answer(l.text)
		}
		if err != nil {
			return askFailed(ctx, stderr, err)
		}
	}
}

// writeLineError writes the answer to a line that could not be answered:
// a JSON object {"error": …} in JSON mode, else a line of text.
func writeLineError(w io.Writer, format, msg string) error {
	if format == "json" {
		return json.NewEncoder(w).Encode(struct {
			Error string `json:"error"`
		}{msg})
	}
	_, err := fmt.Fprintf(w, "rolebot: %s\n\n", msg)
	return err
}

// askFailed reports why ask stops and returns its exit status: 130 or 143
// after a signal, else 1.
func askFailed(ctx context.Context, stderr io.Writer, err error) int {
	if code := interrupted(ctx); code != 0 {
		return code
	}
	fmt.Fprintf(stderr, "rolebot ask: %v\n", err)
	return 1
}

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// runIndex builds or refreshes the index and says what it did.
func runIndex(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var cf commonFlags
	fs := newFlagSetOut("index", `rolebot index [flags]

Builds the search index for the corpus, or reuses it when the corpus has not
changed since it was built.`, stdout, stderr)
	cf.register(fs)
	rebuild := fs.Bool("rebuild", false, "build a new index even if the corpus is unchanged")
	pos, err := parseInterspersed(fs, args)
	if code, ok := flagsDone(err); !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(stderr, "index", "unexpected argument %q", pos[0])
	}
	start := time.Now()
	engine, st, err := openEngineWith(ctx, engineOptions{CorpusDir: cf.corpus, IndexDir: cf.index}, index.Options{Rebuild: *rebuild})
	if err != nil {
		if code := interrupted(ctx); code != 0 {
			return code
		}
		fmt.Fprintf(stderr, "rolebot index: %v\n", err)
		return 1
	}
	defer engine.Close()
	verb := "reused"
	if st.Index.Built {
		verb = "built"
	}
	var b strings.Builder
	if st.Index.Damaged != "" {
		fmt.Fprintf(&b, "index damaged (%s): rebuilt it\n", st.Index.Damaged)
	}
	fmt.Fprintf(&b, "index %s: %s\n", verb, st.Index.Dir)
	fmt.Fprintf(&b, "articles: %d, passages: %d, role cards: %d", st.Articles, st.Passages, st.Cards)
	switch {
	case st.Drafted == st.Cards && st.Cards > 0:
		b.WriteString(" (all drafted from the articles: rolebot cards shows them)")
	case st.Drafted > 0:
		fmt.Fprintf(&b, " (%d drafted from the articles: rolebot cards shows them)", st.Drafted)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "skipped files: %d\n", len(st.Skipped))
	for _, s := range st.Skipped {
		fmt.Fprintf(&b, "  %s\n", s)
	}
	for _, d := range st.Decoded {
		fmt.Fprintf(&b, "not in UTF-8, read as %s (save it as UTF-8): %s\n", d[strings.LastIndex(d, ": ")+2:], d[:strings.LastIndex(d, ": ")])
	}
	for _, w := range st.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	if st.Other != "" {
		fmt.Fprintf(&b, "other files: %s\n", st.Other)
	}
	fmt.Fprintf(&b, "took: %s\n", time.Since(start).Round(time.Millisecond))
	if _, err := io.WriteString(stdout, b.String()); err != nil {
		fmt.Fprintf(stderr, "rolebot index: write standard output: %v\n", err)
		return 1
	}
	return 0
}

// skippedNames lists skipped files by name, quoted, the first few: `3
// files: "a.md", "b.txt", "c.html"`.
func skippedNames(skipped []string) string {
	const shown = 4
	var names []string
	for i, s := range skipped {
		if i == shown {
			names = append(names, fmt.Sprintf("and %d more", len(skipped)-shown))
			break
		}
		names = append(names, strconv.Quote(s))
	}
	noun := "files"
	if len(skipped) == 1 {
		noun = "file"
	}
	return fmt.Sprintf("%d %s: %s", len(skipped), noun, strings.Join(names, ", "))
}
