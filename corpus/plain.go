package corpus

import (
	"fmt"
	"path"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

var (
	tocTitle = lazyre.New(`(?i)^\s*(table of contents|contents)\s*:?\s*$`)
	// "2. Roles", "  2.1 Chief Executive Officer ........ 4": a number,
	// the heading, and maybe dotted leaders and a page number.
	tocEntry = lazyre.New(`^\s*\d+(?:\.\d+)*[.)]?\s+(.+?)(?:\s*\.{3,}\s*\d*|\s{2,}\d+)?\s*$`)
)

// parsePlain reads a plain-text article: the title on the first line,
// headings as short lines of their own that do not end like a sentence, an
// optional table of contents that is not indexed.
func parsePlain(slug string, data []byte, side meta) (*Article, error) {
	text := unpage(newlines(string(data)))
	blocks := splitBlocks(text)
	if len(blocks) == 0 {
		return nil, fmt.Errorf("empty file")
	}
	untitled := false // the text has no title line: its first line is text
	if side.Title == "" && letterhead.MatchString(strings.TrimSpace(blocks[0].lines[0])) {
		// A letterhead ("HARTWELL PRYCE LLP") over the document's own
		// title, as Word exports have it: the title is the next line
		// after its address, if any ("Unit 7, Carrigtwohill Business
		// Park, Co. Cork").
		for len(blocks[0].lines) > 1 && postal.MatchString(strings.TrimSpace(blocks[0].lines[1])) {
			blocks[0].lines = append(blocks[0].lines[:1], blocks[0].lines[2:]...)
		}
		if rest := blocks[0].lines[1:]; len(rest) > 0 && isPlainHeading(strings.TrimSpace(rest[0])) {
			blocks[0].lines = rest
		} else if len(rest) == 0 && len(blocks) > 1 && isPlainHeading(strings.TrimSpace(blocks[1].lines[0])) {
			blocks = blocks[1:]
		}
		if len(blocks) > 1 && len(blocks[0].lines) == 1 && dateLine.MatchString(strings.TrimSpace(blocks[0].lines[0])) {
			// A letter: its letterhead, then its date, and no title but
			// its file's name ("2024-12-13 Letter to parents").
			blocks = blocks[1:]
			side.Title = strings.TrimSpace(isoDate.ReplaceAllString(path.Base(slug), ""))
			untitled = true
		}
	}
	if l := blocks[0].lines; side.Title == "" && len(l) > 1 && capitals(strings.TrimSpace(l[0])) && !docKind.MatchString(l[0]) &&
		docKind.MatchString(l[1]) && isPlainHeading(strings.TrimSpace(l[1])) {
		// "HARROWMERE ZOO AND AQUARIUM" over "Animal Escape and
		// Emergency Recall Procedure": the organisation in capitals
		// over the document's own title, which names its kind. Over a
		// title in capitals too, the first line may be what the kind is
		// of ("RISK COMMITTEE OF THE SUPERVISORY BOARD", "TERMS OF
		// REFERENCE"): the title is both, unless the second is a job
		// description's bare kind (see jobTitled).
		blocks[0].lines = l[1:]
		if t := strings.TrimSpace(l[1]); capitals(t) && !bareKind.MatchString(t) {
			blocks[0].lines = append([]string{strings.TrimSpace(l[0]) + " — " + t}, l[2:]...)
		}
	} else if side.Title == "" && len(l) == 1 && len(blocks) > 1 && capitals(strings.TrimSpace(l[0])) && !docKind.MatchString(l[0]) {
		// The same with a blank line between them, as Word exports
		// have it ("LARKSPUR PHARMACY GROUP", then "Controlled Drugs
		// Procedure").
		if t := strings.TrimSpace(blocks[1].lines[0]); docKind.MatchString(t) && strings.ToUpper(t) != t && isPlainHeading(t) {
			blocks = blocks[1:]
		}
	}
	first := blocks[0]
	title := asciidoc(strings.TrimSpace(first.lines[0]))
	// An email as a mail program saves it: its header first ("From:",
	// "To:", "Subject:"), no title line; its subject is its title.
	emailFrom, email := "", false
	if side.Title == "" && !untitled {
		emailFrom, email = memoHeader(unfold(first.lines))
	}
	if side.Title != "" {
		title = side.Title
	} else if email {
		title = memoSubject(blocks[:1], capitalize(strings.ReplaceAll(path.Base(slug), "-", " ")))
	} else if memoKind.MatchString(title) {
		// "MEMORANDUM" names the kind of document; its subject line
		// ("Re: Money laundering - who to contact") names the document.
		title = memoSubject(blocks[:min(len(blocks), 3)], title)
	}
	if side.Title == "" && !email && !memoKind.MatchString(first.lines[0]) && proseFirst(first.lines) {
		// A note that opens on its text ("If the boiler fails out of
		// hours ring Sam", its sentence running on to the next line):
		// no title line; its file's name titles it.
		title, untitled = capitalize(strings.ReplaceAll(path.Base(slug), "-", " ")), true
	}
	if side.Title == "" && !email && !untitled {
		title = jobTitled(title, blocks) // "Job Description": "Job Description: Plant Area Manager (PAM)"
	}
	b := newBuilder(slug, title, side.Source)
	if untitled {
		b.paragraph(strings.Join(first.lines, "\n"))
	} else if email {
		b.paragraph(emailFrom)
		b.sender = senderOf(emailFrom)
	} else if from, ok := memoHeader(first.lines[1:]); ok {
		b.paragraph(from)
		b.sender = senderOf(from)
	} else if len(first.lines) > 1 {
		rest := first.lines[1:]
		if isUnderline(rest[0]) {
			rest = rest[1:] // the title underlined: "How the rota works" over "------------------"
		}
		if len(rest) > 0 {
			b.paragraph(strings.Join(rest, "\n"))
		}
	}

	numbers := numbered{}
	capsOver, underCaps := "", false // a heading in capitals, and whether labels under it are its parts
	var toc []string                 // entries of the table of contents
	tocSeen := map[int]bool{}        // entries met as headings in the body
	lastTOC := -1
	for i := 1; i < len(blocks); i++ {
		bl := blocks[i]
		if tocTitle.MatchString(bl.lines[0]) && toc == nil && (len(bl.lines) == 1 || allMatch(bl.lines[1:], tocEntry)) {
			// The entries follow, one a line, in this block or the next.
			leaders := false
			for _, l := range bl.lines[1:] {
				toc = append(toc, tocEntry.FindStringSubmatch(l)[1])
				leaders = leaders || tocLeaders.MatchString(l)
			}
			for i+1 < len(blocks) && moreContents(blocks[i+1].lines, toc, leaders) {
				i++
				for _, l := range blocks[i].lines {
					toc = append(toc, tocEntry.FindStringSubmatch(l)[1])
					leaders = leaders || tocLeaders.MatchString(l)
				}
			}
			continue
		}
		if b.sender != "" && len(bl.lines) == 1 && greeting.MatchString(strings.TrimSpace(bl.lines[0])) {
			continue // "Hi all,": says nothing of the memo's subject
		}
		if b.sender != "" && (i >= len(blocks)-2 || quotedNext(blocks, i)) && signOff(bl.lines, b.sender) {
			continue // "Thanks,\nFiona" under a memo from Fiona Marsh: the header says who wrote it
		}
		if len(bl.lines) >= 2 && pipeRule.MatchString(bl.lines[1]) && b.boxed(bl.lines) {
			continue // "DATE | DUTY DENTIST" over "-----+-----": a table's header, no heading
		}
		line := strings.TrimSpace(bl.lines[0])
		if len(bl.lines) >= 2 && isUnderline(bl.lines[1]) && isPlainHeading(line) && !(len(bl.lines) > 3 && len(cellStarts([]rune(line))) >= 3) {
			// (not a table's header of three cells or more over the rule
			// under it and its rows)
			b.section(numbers.read(asciidoc(line))) // underlined, as in Markdown or reStructuredText
			// under it, a table aligned with spaces (a row a passage), a
			// table framed by rules, or text
			if len(bl.lines) > 2 && !b.aligned(bl.lines[2:]) && !b.framed(bl.lines[2:]) {
				b.paragraph(unwrap(bl.lines[2:]))
			}
			continue
		}
		lead, label := false, false
		back := keyLabel(bl.lines) // "How to read this:" over its indented key
		prev := ""
		if n := len(b.a.Sections); back && n > 0 {
			prev = b.a.Sections[n-1].Heading
		}
		for len(bl.lines) > 1 && leadHeading(bl.lines[0], bl.lines[1]) {
			// A heading with its text right under it, no blank line
			// between, as pages exported from a PDF have them; or a
			// heading over a question of an FAQ.
			head := strings.TrimSuffix(strings.TrimSpace(bl.lines[0]), ":")
			if len(bl.lines) > 2 && wrappedHeading(bl.lines[0], bl.lines[1]) {
				// "PART 3 - SATURDAY PIC AT CENTRAL AND RECORD ROOM" over
				// "         FIRST-SATURDAY OPENING": one heading, wrapped.
				head += " " + strings.TrimSuffix(strings.TrimSpace(bl.lines[1]), ":")
				bl.lines = bl.lines[1:]
			}
			b.section(numbers.read(asciidoc(head)))
			bl.lines, lead, label = bl.lines[1:], true, fieldHeading.MatchString(head)
		}
		if lead {
			// A line under its heading that would head nothing is the
			// heading's value: "CURRENT POSTHOLDER" over "Nadia Hussain",
			// then "PURPOSE OF THE JOB"; "SUPERVISES" over "Production
			// roasters", then "HOURS" over its value.
			empty := i+1 >= len(blocks) || headsNext(blocks[i+1].lines)
			if line = strings.TrimSpace(bl.lines[0]); len(bl.lines) == 1 && !label && !empty && (isPlainHeading(line) || faqQuestion.MatchString(line)) {
				b.section(numbers.read(asciidoc(line)))
			} else if b.boxed(bl.lines) { // "ROTA" right above its box
			} else if b.aligned(bl.lines) { // "ACTIONS" right above its table
			} else if !b.framed(bl.lines) {
				b.paragraph(unwrap(bl.lines))
			}
			if back && prev != "" {
				// what follows the key is under the heading before it
				b.section(prev)
			}
			continue
		}
		if len(bl.lines) == 1 && (isPlainHeading(line) || faqQuestion.MatchString(line)) {
			label := strings.HasSuffix(line, ":") && strings.ToUpper(line) != line
			line = strings.TrimSuffix(line, ":")
			for k, e := range toc {
				if normHeading(e) == normHeading(line) {
					tocSeen[k], lastTOC = true, k
				}
			}
			heading := numbers.read(asciidoc(line))
			switch n := len(b.a.Sections); {
			case label && capsOver != "" && (n > 0 && len(b.a.Sections[n-1].Passages) == 0 || underCaps):
				// "SKILLS AND EXPERIENCE" over "Essential:", then
				// "Desirable:": labels of the heading in capitals, which
				// would head nothing else.
				heading, underCaps = capsOver+" › "+heading, true
			case !label:
				capsOver, underCaps = "", false
				if strings.ToUpper(line) == line && strings.ToLower(line) != line {
					capsOver = heading
				}
			}
			b.section(heading)
			continue
		}
		// A wide gap where the contents promise a section that never got
		// its heading: start that section here.
		if bl.gapBefore >= 2 && lastTOC+1 < len(toc) && !tocSeen[lastTOC+1] && lastTOC >= 0 {
			lastTOC++
			b.section(capitalize(toc[lastTOC]))
		}
		if from, ok := memoHeader(bl.lines); ok && (i < 4 || b.sender != "") {
			// A header further down an email is the message it answers
			// ("From: Fairweather, Tom"), written by its own sender.
			b.paragraph(from)
			b.sender = senderOf(from)
			continue
		}
		if b.boxed(bl.lines) {
			continue
		}
		if b.aligned(bl.lines) || b.framed(bl.lines) {
			continue
		}
		if head := strings.TrimSpace(bl.lines[0]); len(bl.lines) > 2 && len(head) <= maxLabelLine && (strings.HasSuffix(head, ":") || isPlainHeading(head)) {
			if rows, ok := alignedTable(bl.lines[1:]); ok {
				b.section(strings.TrimSuffix(head, ":")) // "Actions:", "ROTA" right above its table
				for _, r := range rows {
					b.paragraph(r)
				}
				continue
			}
		}
		if lead := strings.TrimSpace(bl.lines[0]); len(bl.lines) == 1 && strings.HasSuffix(lead, ":") && i+1 < len(blocks) && len(lead) <= maxLeadIn &&
			!isPlainHeading(strings.TrimSpace(blocks[i+1].lines[0])) && !listMarker.MatchString(blocks[i+1].lines[0]) {
			// "What the producer on call can approve:" over its
			// paragraph heads it, as a line right over its text does
			// (see leadHeading): it says what the paragraph answers.
			blocks[i+1].lines = append([]string{lead}, blocks[i+1].lines...)
			continue
		}
		b.paragraph(unwrap(bl.lines))
	}
	return b.done()
}

// headsNext reports whether a block opens with a heading: a line of its
// own, or one right over its text (see leadHeading).
func headsNext(lines []string) bool {
	if len(lines) == 1 {
		return isPlainHeading(strings.TrimSpace(lines[0]))
	}
	return leadHeading(lines[0], lines[1])
}

// fieldHeading is a job description's heading of a field, whose one line
// under it is its value, however much it looks like a heading: "JOB
// TITLE" over "Senior Groomer (SG)".
var fieldHeading = lazyre.New(`(?i)^(?:job\s+title|title|post|position|role|job|location|base|site|department|directorate|team|grade|band|pay|pay\s+band|salary|hours|contract|(?:current\s+)?(?:post\s*holder|job\s*holder|incumbent)|responsible\s+to|reports?\s+to|reporting\s+to|accountable\s+to|line\s+manager|manager)$`)

// maxLabelLine is the longest line ending with a colon read as the label
// of a table right under it ("Actions:").
const maxLabelLine = 40

// tocLeaders is the end of an entry of contents that gives its page:
// dotted leaders, or a wide gap, then a number.
var tocLeaders = lazyre.New(`(?:\.{3,}\s*\d*|\s{2,}\d+)\s*$`)

// moreContents reports whether a block goes on with the contents (toc so
// far): entries, with leaders if the first ones had them, none of them one
// already listed. The body starts where its first heading repeats an entry
// ("1. Purpose"), and its numbered clauses ("1.1 This scheme sets out …")
// are no entries.
func moreContents(lines, toc []string, leaders bool) bool {
	if !allMatch(lines, tocEntry) {
		return false
	}
	for _, l := range lines {
		if leaders && !tocLeaders.MatchString(l) {
			return false
		}
		entry := normHeading(tocEntry.FindStringSubmatch(l)[1])
		for _, e := range toc {
			if normHeading(e) == entry {
				return false
			}
		}
	}
	return true
}
