package role

import (
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Titles read in section headings and in a staff list's cells of job
// titles.

// headingTitle returns the role title a section heading is, normalised
// ("The Fire Chief", "City Clerk", "3. THE MAYOR", "Emergencies › Police
// Chief"), or "": a heading of a role's section names the role by its
// title, letters or not. A heading is a title when it is a few words in
// capitals that end in a role's noun ("Director of Pharmacy": the noun
// before "of"); one word only when it can name nothing but a role.
func headingTitle(text string) string {
	if i := strings.LastIndex(text, "›"); i >= 0 {
		text = text[i+len("›"):]
	}
	ws := strings.Fields(strings.TrimSuffix(strings.TrimSpace(text), ":"))
	if len(ws) > 0 && numbered.MatchString(ws[0]) {
		ws = ws[1:]
	}
	if len(text) > maxHeadingTitle || strings.ContainsAny(strings.Join(ws, " "), "().,;:?!") {
		return ""
	}
	ws = unframed(ws)
	for len(ws) > 0 && (strings.EqualFold(ws[0], "the") || strings.EqualFold(ws[0], "our")) {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 5 || relationFirst[strings.ToLower(ws[0])] {
		return "" // "Above the Scheme Manager": a heading of whom, not a title
	}
	for i, w := range ws {
		lw := strings.ToLower(w)
		if i > 0 && (lw == "of" || lw == "for" || lw == "and" || lw == "the") {
			continue
		}
		if i > 0 && strings.Trim(w, "0123456789") == "" {
			continue // "Section 151 Officer"
		}
		if r := w[0]; r < 'A' || r > 'Z' {
			return "" // not a title in capitals
		}
		if len(w) > 1 && w == strings.ToUpper(w) && i+1 < len(ws) && strings.EqualFold(ws[i+1], "and") {
			return "" // "CFO and Director of Finance": two names of a post
		}
	}
	head := ws[len(ws)-1]
	for j := 1; j < len(ws); j++ {
		if lw := strings.ToLower(ws[j]); lw == "of" || lw == "for" {
			head = ws[j-1]
			break
		}
	}
	head = strings.ToLower(head)
	if k := strings.LastIndex(head, "-"); k >= 0 && len(ws) > 1 && !roleNouns[strings.ReplaceAll(head, "-", "")] {
		head = head[k+1:] // "County Auditor-Controller"; not "Co-ordinator"
	}
	title := norm(strings.Join(ws, " "))
	switch {
	case len(ws) == 1 && !singleRoles[head]:
		return ""
	case len(ws) == 2 && strings.EqualFold(ws[0], "chief") && occupation(head):
		return title // "Chief Geologist", "Chief Economist": a chief of a trade
	case len(ws) > 1 && !roleNouns[head] && !headingNouns[head] && !singleRoles[head] && !appointedPerson(ws):
		return "" // "Nominated Person Flight Operations" is one

	case strings.HasPrefix(title, "chief ") && strings.HasSuffix(title, " officer"):
		return "" // a chief's title is read from the texts
	}
	return title
}

// relationFirst are the words that open a heading of who stands in some
// relation to a role ("Above the Scheme Manager", "Under the Head Brewer",
// "Beyond the Depot Controller"): no title.
var relationFirst = map[string]bool{"above": true, "below": true, "under": true, "over": true, "beyond": true,
	"after": true, "before": true, "besides": true, "beside": true, "without": true, "within": true, "from": true, "to": true,
	"with": true, "when": true, "if": true, "until": true, "instead": true, "except": true, "like": true, "unlike": true}

// unframed returns the words of a heading without the words around a
// role's title that say the section is about the role: "What an Area
// Manager does", "The role of the Store Manager", "Duties of the Clerk",
// "Area Manager responsibilities".
func unframed(ws []string) []string {
	lower := func(i int) string { return strings.ToLower(ws[i]) }
	article := func(i int) bool {
		switch lower(i) {
		case "a", "an", "the", "our", "your":
			return true
		}
		return false
	}
	n := len(ws)
	switch {
	case n >= 4 && lower(0) == "what" && article(1) && (lower(n-1) == "does" || lower(n-1) == "do"):
		return ws[2 : n-1]
	case n >= 4 && (lower(0) == "role" || lower(0) == "duties" || lower(0) == "responsibilities") && lower(1) == "of" && article(2):
		return ws[3:]
	case n >= 5 && lower(0) == "the" && (lower(1) == "role" || lower(1) == "duties" || lower(1) == "responsibilities") && lower(2) == "of" && article(3):
		return ws[4:]
	case n >= 3 && (lower(n-1) == "responsibilities" || lower(n-1) == "duties"):
		return ws[:n-1]
	}
	return ws
}

// titleCell is a table row's cell of a job title, as rows are read:
// "…; Job title: Grants Manager; …".
var titleCell = lazyre.New(`(?i)(?:^|; )(?:job title|title|role|position|post)\s*: ([^;\n]{3,60})`)

// maxHeadingTitle is the longest heading read as a title, in bytes.
const maxHeadingTitle = 60

// numbered is the number of a numbered heading: "3.", "4.1", "II.".
var numbered = lazyre.New(`^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)$`)

// occupation reports whether a word names someone by their trade, by its
// ending: "geologist", "surveyor", "economist", "technician".
func occupation(w string) bool {
	for _, end := range []string{"ist", "er", "or", "ian"} {
		if len(w) > len(end)+3 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
