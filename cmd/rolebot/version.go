package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
)

// buildVersion says which rolebot this is: the module version (a tag, or
// "(devel)" for a build from a checkout), the commit it was built from
// (with "+dirty" when the tree had changes) and the Go version, as the
// binary records them.
type buildVersion struct {
	Version, Revision, Go string
}

func versionInfo() buildVersion {
	v := buildVersion{Version: "(devel)", Revision: "unknown", Go: runtime.Version()}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	if bi.Main.Version != "" {
		v.Version = bi.Main.Version
	}
	var dirty bool
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value[:min(12, len(s.Value))]
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if dirty {
		v.Revision += "+dirty"
	}
	return v
}

func (v buildVersion) String() string {
	return fmt.Sprintf("rolebot %s (commit %s, %s)", v.Version, v.Revision, v.Go)
}

// runVersion prints the version line.
func runVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "rolebot version: takes no arguments (got %s)\n", strings.Join(args, " "))
		return 2
	}
	fmt.Fprintln(stdout, versionInfo())
	return 0
}
