// Command rolebot answers questions about company roles (CTO, CIO, CEO, CKO
// and more) from a corpus of articles: in the terminal (ask), or as a Slack
// bot over Socket Mode (serve).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

const usage = `rolebot answers questions about company roles (CTO, CIO, CEO, CKO and more).

Usage:
  rolebot ask [flags] "question"   answer one question in the terminal
  rolebot ask [flags] -            answer one question per line of standard input
  rolebot index [flags]            build or refresh the search index
  rolebot serve [flags]            run the Slack bot over Socket Mode
  rolebot cards [flags] [ROLE...]  print the role cards, written or drafted, as YAML
  rolebot passages [flags] [FILE...] show how the articles are read: titles, sections, passages
  rolebot gaps [--format json]     list the questions rolebot could not answer well
  rolebot version                  say which rolebot this is (version, commit, Go)

Run "rolebot COMMAND --help" for the flags of a command.
`

// gcPercent is the garbage collector's target unless GOGC says otherwise:
// what rolebot keeps in memory (the corpus, the role lexicon, the index's
// caches) is small and lives as long as the process, and every question
// allocates anew, so collecting at 4x the live heap instead of 2x saves a
// fifth of the CPU of a stream of questions for a few MB more.
const gcPercent = 400

func main() {
	ctx, stop := withSignals(context.Background())
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// signalCause is the cause of a context cancelled by a signal.
type signalCause struct{ sig syscall.Signal }

func (s signalCause) Error() string { return s.sig.String() + " signal received" }

// withSignals returns a context cancelled, with a signalCause, on SIGINT or
// SIGTERM.
func withSignals(parent context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-ch:
			if sig, ok := s.(syscall.Signal); ok {
				cancel(signalCause{sig})
			} else {
				cancel(signalCause{syscall.SIGINT})
			}
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel(nil)
	}
}

// interrupted returns the exit status of a command stopped by a signal, as
// shells report it (130 for SIGINT, 143 for SIGTERM), or 0 when ctx was not
// cancelled by one.
func interrupted(ctx context.Context) int {
	var sc signalCause
	if errors.As(context.Cause(ctx), &sc) {
		return 128 + int(sc.sig)
	}
	return 0
}

// run executes one rolebot command line and returns the exit status:
// 0 success, 1 failure, 2 wrong usage.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	case "ask":
		return runAsk(ctx, args[1:], stdin, stdout, stderr)
	case "index":
		return runIndex(ctx, args[1:], stdout, stderr)
	case "serve":
		return runServe(ctx, args[1:], stdout, stderr)
	case "cards":
		return runCards(ctx, args[1:], stdout, stderr)
	case "passages":
		return runPassages(ctx, args[1:], stdout, stderr)
	case "gaps":
		return runGaps(ctx, args[1:], stdout, stderr)
	case "version", "-version", "--version":
		return runVersion(args[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "rolebot: unknown command %q (want ask, index, serve, cards, passages, gaps or version; see rolebot --help)\n", args[0])
		return 2
	}
}
