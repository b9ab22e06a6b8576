package main

import (
	"context"
	"io"
)

// runServe runs the Slack bot. (Being written.)
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int { return 1 }
