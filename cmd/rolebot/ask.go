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
	fs.StringVar(&c.corpus, "corpus", os.Getenv("CORPUS_DIR"), "corpus `folder` with articles/ and roles/ (default: the embedded corpus; env CORPUS_DIR)")
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

func newFlagSet(name, usageLine string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: %s\n\nFlags:\n", usageLine)
		fs.PrintDefaults()
	}
	return fs
}

// usageError prints a one-line reason for wrong usage and returns 2.
func usageError(stderr io.Writer, cmd, format string, args ...any) int {
	fmt.Fprintf(stderr, "rolebot %s: %s (see rolebot %s --help)\n", cmd, fmt.Sprintf(format, args...), cmd)
	return 2
}

// runAsk answers questions in the terminal.
func runAsk(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var cf commonFlags
	fs := newFlagSet("ask", `rolebot ask [flags] "question" | -

Answers a question about company roles from the corpus. With "-", reads one
question a line from standard input and prints one answer a line.`, stderr)
	cf.register(fs)
	format := fs.String("format", "text", "output `format`: text or json")
	n := fs.Int("n", 3, "number of excerpts to quote")
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2 // the flag package has printed the reason
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

	engine, _, err := openEngine(ctx, engineOptions{CorpusDir: cf.corpus, IndexDir: cf.index, Excerpts: *n})
	if err != nil {
		fmt.Fprintf(stderr, "rolebot ask: %v\n", err)
		return 1
	}
	defer engine.Close()

	style := bot.Plain
	if f, ok := stdout.(*os.File); ok && isTerminal(f) && os.Getenv("NO_COLOR") == "" {
		style = bot.ANSI
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	answer := func(q string) error {
		a, err := engine.Answer(ctx, q)
		if err != nil {
			return err
		}
		if *format == "json" {
			return json.NewEncoder(w).Encode(a)
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
			fmt.Fprintf(stderr, "rolebot ask: %v\n", err)
			return 1
		}
		return 0
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := answer(sc.Text()); err != nil {
			fmt.Fprintf(stderr, "rolebot ask: %v\n", err)
			return 1
		}
		if err := w.Flush(); err != nil {
			return 1
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(stderr, "rolebot ask: read standard input: %v\n", err)
		return 1
	}
	return 0
}

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// runIndex builds or refreshes the index and says what it did.
func runIndex(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var cf commonFlags
	fs := newFlagSet("index", `rolebot index [flags]

Builds the search index for the corpus, or reuses it when the corpus has not
changed since it was built.`, stderr)
	cf.register(fs)
	rebuild := fs.Bool("rebuild", false, "build a new index even if the corpus is unchanged")
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2
	}
	if len(pos) > 0 {
		return usageError(stderr, "index", "unexpected argument %q", pos[0])
	}
	start := time.Now()
	engine, st, err := openEngineWith(ctx, engineOptions{CorpusDir: cf.corpus, IndexDir: cf.index}, index.Options{Rebuild: *rebuild})
	if err != nil {
		fmt.Fprintf(stderr, "rolebot index: %v\n", err)
		return 1
	}
	defer engine.Close()
	verb := "reused"
	if st.Index.Built {
		verb = "built"
	}
	fmt.Fprintf(stdout, "index %s: %s\n", verb, st.Index.Dir)
	fmt.Fprintf(stdout, "articles: %d, passages: %d, role cards: %d\n", st.Articles, st.Passages, st.Cards)
	fmt.Fprintf(stdout, "skipped files: %d\n", len(st.Skipped))
	for _, s := range st.Skipped {
		fmt.Fprintf(stdout, "  %s\n", s)
	}
	fmt.Fprintf(stdout, "took: %s\n", time.Since(start).Round(time.Millisecond))
	return 0
}
