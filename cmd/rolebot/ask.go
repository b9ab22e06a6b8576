package main

import (
	"context"
	"io"
)

// runAsk answers questions in the terminal. (Being written.)
func runAsk(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return 1
}

// runIndex builds or refreshes the index. (Being written.)
func runIndex(ctx context.Context, args []string, stdout, stderr io.Writer) int { return 1 }
