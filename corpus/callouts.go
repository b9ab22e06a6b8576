package corpus

import (
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Callouts are the boxes of documentation sites: Docusaurus's ":::tip
// Title … :::", MkDocs's "!!! note "Title"" (and "??? info" that folds)
// with its text indented below, GitHub's "> [!NOTE]" in a quotation. An
// answer quotes what the box says, with its title, not the marks around
// it; a quotation ("> …") reads as its text.
var (
	docusaurusOpen = lazyre.New(`^\s{0,3}:::+\s*[A-Za-z][\w-]*(?:\[([^\]]*)\])?(?:\s+(.*?))?\s*$`)
	docusaurusEnd  = lazyre.New(`^\s{0,3}:::+\s*$`)
	mkdocsOpen     = lazyre.New(`^\s{0,3}(?:!!!|\?\?\?\+?)\s*[A-Za-z][\w-]*(?:\s+(?:inline(?:\s+end)?))?(?:\s+"([^"]*)")?\s*$`)
	quoteMark      = lazyre.New(`^\s{0,3}>\s?`)
	githubAlert    = lazyre.New(`^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$`)
)

// callouts returns Markdown with the marks of callouts and quotations
// taken out (see above). Fenced code is left as it is.
func callouts(body string) string {
	if !strings.Contains(body, ":::") && !strings.Contains(body, "!!!") &&
		!strings.Contains(body, "???") && !strings.Contains(body, ">") {
		return body // most articles have none
	}
	lines := strings.Split(body, "\n")
	fenced, inMkdocs := false, false
	for i, line := range lines {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
		}
		if fenced {
			continue
		}
		if inMkdocs {
			// Its text is indented; the first line that is not ends it.
			switch {
			case strings.HasPrefix(line, "    "):
				lines[i] = line[4:]
				continue
			case strings.HasPrefix(line, "\t"):
				lines[i] = line[1:]
				continue
			case strings.TrimSpace(line) == "":
				continue
			}
			inMkdocs = false
		}
		for quoteMark.MatchString(line) {
			line = quoteMark.ReplaceAllString(line, "")
		}
		switch {
		case githubAlert.MatchString(line), docusaurusEnd.MatchString(line):
			line = "" // a box ends a paragraph, and its mark says nothing
		case strings.Contains(line, ":::"):
			if g := docusaurusOpen.FindStringSubmatch(line); g != nil {
				line = strings.TrimSpace(g[1] + " " + g[2])
			}
		case strings.Contains(line, "!!!") || strings.Contains(line, "???"):
			if g := mkdocsOpen.FindStringSubmatch(line); g != nil {
				line, inMkdocs = g[1], true
			}
		}
		lines[i] = line
	}
	return strings.Join(lines, "\n")
}
