package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/rolebot/rolebot/state"
)

// runGaps prints the questions rolebot could not answer well (no match, or
// voted 👎), most frequent first, grouped by the roles they name. It reads
// the state serve writes (STATE_DIR or REDIS_URL), and may run beside it.
func runGaps(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSetOut("gaps", `rolebot gaps [flags]

Prints the questions rolebot could not answer well: those that found nothing
and those whose answer was voted 👎 in Slack, with how often and when they
were last asked, most frequent first, grouped by the roles they name. Reads
STATE_DIR or REDIS_URL from the environment or a .env file, as serve does.`, stdout, stderr)
	envFile := fs.String("env-file", "", "read settings from this .env `file` (default: .env in the current folder, if there is one)")
	format := fs.String("format", "text", "output `format`: text or json")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		return usageError(stderr, "gaps", "unexpected argument %q", fs.Arg(0))
	}
	if *format != "text" && *format != "json" {
		return usageError(stderr, "gaps", "--format is %q: want text or json", *format)
	}
	cfg, err := stateSettings(*envFile, os.LookupEnv)
	if err != nil {
		fmt.Fprintf(stderr, "rolebot gaps: %v\n", err)
		return 2
	}
	cfg.GapsOff = false // reading is not recording
	store, err := state.Open(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "rolebot gaps: %v\n", err)
		return 1
	}
	defer store.Close()
	entries, err := store.Gaps(ctx, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "rolebot gaps: %v\n", err)
		return 1
	}
	groups := state.GroupByRoles(entries)
	// Which store was read, on standard error: an empty list from the
	// wrong folder ("STATE_DIR" unset on a host the unit runs) says so.
	fmt.Fprintf(stderr, "rolebot gaps: read %s\n", stateWhere(cfg))
	if *format == "json" {
		err = writeGapsJSON(stdout, groups)
	} else {
		err = writeGapsText(stdout, groups)
	}
	if err != nil {
		fmt.Fprintf(stderr, "rolebot gaps: %v\n", err)
		return 1
	}
	return 0
}

// gapJSON is one question in `rolebot gaps --format json`.
type gapJSON struct {
	Question string    `json:"question"`
	Count    int       `json:"count"`
	Last     time.Time `json:"last_asked"`
	Kinds    []string  `json:"kinds"`
}

// gapGroupJSON is one group of questions naming the same roles.
type gapGroupJSON struct {
	Roles     []string  `json:"roles"`
	Count     int       `json:"count"`
	Questions []gapJSON `json:"questions"`
}

func writeGapsJSON(w io.Writer, groups []state.GapGroup) error {
	out := make([]gapGroupJSON, 0, len(groups))
	for _, g := range groups {
		j := gapGroupJSON{Roles: append([]string{}, g.Roles...), Count: g.Count, Questions: []gapJSON{}}
		for _, e := range g.Entries {
			kinds := make([]string, len(e.Kinds))
			for i, k := range e.Kinds {
				kinds[i] = string(k)
			}
			j.Questions = append(j.Questions, gapJSON{Question: e.Question, Count: e.Count, Last: e.Last.UTC(), Kinds: kinds})
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func writeGapsText(w io.Writer, groups []state.GapGroup) error {
	var b strings.Builder
	if len(groups) == 0 {
		// "rolebot ask" records nothing: a new user trying questions in
		// the terminal would otherwise wonder where theirs went.
		b.WriteString("No unanswered questions are recorded. Gaps are the questions people asked the bot in Slack (rolebot serve) that found nothing or got a thumbs down; rolebot ask records none.\n")
	}
	for i, g := range groups {
		if i > 0 {
			b.WriteString("\n")
		}
		roles := "no role named"
		if len(g.Roles) > 0 {
			roles = strings.ToUpper(strings.Join(g.Roles, ", "))
		}
		fmt.Fprintf(&b, "%s (%d)\n", roles, g.Count)
		for _, e := range g.Entries {
			kinds := make([]string, len(e.Kinds))
			for i, k := range e.Kinds {
				kinds[i] = strings.ReplaceAll(string(k), "_", " ")
			}
			fmt.Fprintf(&b, "  %4d  %s  %s  [%s]\n", e.Count, e.Last.UTC().Format("2006-01-02"), e.Question, strings.Join(kinds, ", "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
