//go:build !unix

package index

import (
	"context"
	"os"
	"time"
)

// lockDir is a no-op where flock is missing: builds still go to a private
// folder and are moved into place whole.
func lockDir(ctx context.Context, path string, wait time.Duration) (func(), error) {
	return func() {}, nil
}

// owner names the user who owns a file, where the system says.
func owner(info os.FileInfo) string { return "another user" }
