package corpus

import (
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// A job description titled only by its kind ("Job Description", under
// the organisation's letterhead) is named by the job it describes: its
// JOB TITLE field, "Job Description: Plant Area Manager (PAM)". Answers
// then say which job a passage is of, and the role's card is drafted from
// it (its title names the role).

// bareKind is a title that is only a kind of document about a job.
var bareKind = lazyre.New(`(?i)^(?:job\s+description|job\s+profile|role\s+profile|role\s+description|person\s+specification)$`)

// jobTitleField is the label of a job description's field of its title.
var jobTitleField = lazyre.New(`(?i)^(?:job\s+title|post\s+title|title\s+of\s+post|post|role|position)\s*:?\s*(.*)$`)

// maxJobTitle is the longest job title added to a title, in bytes.
const maxJobTitle = 80

// maxJobTitleBlocks is how many blocks from the top the field is looked for in.
const maxJobTitleBlocks = 6

// jobTitled returns title with the job the blocks' JOB TITLE field names,
// when title is only the kind of document.
func jobTitled(title string, blocks []block) string {
	if !bareKind.MatchString(strings.TrimSpace(title)) {
		return title
	}
	for _, bl := range blocks[:min(len(blocks), maxJobTitleBlocks)] {
		g := jobTitleField.FindStringSubmatch(strings.TrimSpace(bl.lines[0]))
		if g == nil {
			continue
		}
		job := strings.TrimSpace(g[1]) // "Job title: Plant Area Manager"
		if job == "" && len(bl.lines) > 1 {
			job = strings.TrimSpace(bl.lines[1]) // "JOB TITLE" over "Plant Area Manager (PAM)"
		}
		if job != "" && len(job) <= maxJobTitle {
			return strings.TrimSpace(title) + ": " + job
		}
	}
	return title
}
