// Command rolebot answers questions about company roles (CTO, CIO, CEO, CKO
// and more) from a corpus of articles: in the terminal (ask), or as a Slack
// bot over Socket Mode (serve).
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `rolebot answers questions about company roles (CTO, CIO, CEO, CKO and more).

Usage:
  rolebot ask [flags] "question"   answer one question in the terminal
  rolebot ask [flags] -            answer one question per line of standard input
  rolebot index [flags]            build or refresh the search index
  rolebot serve [flags]            run the Slack bot over Socket Mode
  rolebot gaps [--format json]     list the questions rolebot could not answer well

Run "rolebot COMMAND --help" for the flags of a command.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one rolebot command line and returns the exit status:
// 0 success, 1 failure, 2 wrong usage.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
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
	case "gaps":
		return runGaps(ctx, args[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "rolebot: unknown command %q (want ask, index, serve or gaps; see rolebot --help)\n", args[0])
		return 2
	}
}
