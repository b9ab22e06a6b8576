package role

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// maxFound caps the roles learnt from texts: a corpus that names more
// "chief … officers" than this is not about them.
const maxFound = 200

// Definition is a role title a text uses, with the abbreviation it gives
// it, if any.
type Definition struct{ Title, Abbr string }

// Found is what the texts of a corpus say about roles, as Scan reads it. It
// is a plain value: it can be stored beside an index and given to NewFound
// instead of scanning the texts again.
type Found struct {
	Titles map[string]bool // normalised "chief … officer" titles used
	Roles  []Definition    // in order of first use; defined ones first
	// Written holds, by normalised title, a title as the texts first
	// write it when it holds letters in capitals ("SHE Manager", "CD
	// Lead"), which no casing rule could give back.
	Written map[string]string `json:",omitempty"`
}

// inCapitals reports whether a word is written in capitals: "HEAD", "QA".
func inCapitals(w string) bool { return strings.ToUpper(w) == w && strings.ToLower(w) != w }

// allCapitals reports whether every word is written in capitals.
func allCapitals(words []string) bool {
	for _, w := range words {
		if !inCapitals(w) {
			return false
		}
	}
	return true
}

// spelled records how a title (normalised) is written in raw, the text
// that holds it, when the writing holds a word in capitals of two letters
// or more, a hyphened word written otherwise than each part capitalised,
// or a duty's "on" in small letters ("Manager on Call")
// (see Found.Written).
func (s *Found) spelled(title, raw string) {
	if title == "" || s.Written[title] != "" {
		return
	}
	want := strings.Fields(title)
	ws := strings.Fields(raw)
	var m []string
	for i := 0; i+len(want) <= len(ws) && m == nil; i++ {
		run := ws[i : i+len(want)]
		ok := true
		for j, w := range run {
			if !strings.EqualFold(strings.Trim(w, "()[],.;:!?\"'“”‘’"), want[j]) {
				ok = false
				break
			}
		}
		if ok {
			m = make([]string, len(run))
			for j, w := range run {
				m[j] = strings.Trim(w, "()[],.;:!?\"'“”‘’")
			}
		}
	}
	if len(m) >= 2 && allCapitals(m) {
		return // "HEAD BREWER", as a heading or a table's header writes every title: no writing of its own
	}
	if tc := strings.Fields(titleCase(title)); len(tc) == len(m) {
		// A short word titleCase takes for letters that the text writes
		// as a word: "People & Rota Coordinator", not "People & ROTA".
		fixed := false
		for j, w := range m {
			if len(tc[j]) >= 2 && inCapitals(tc[j]) && len(w) >= 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1:] == strings.ToLower(w[1:]) {
				tc[j], fixed = w, true
			}
		}
		if fixed {
			s.write(title, strings.Join(tc, " "))
			return
		}
	}
	for j, w := range m {
		w = strings.Trim(w, "-")
		hyphened := strings.Contains(w, "-") && w != strings.ToLower(w) && titleCase(strings.ToLower(w)) != w // "Out-of-hours", not "Out-Of-Hours"
		duty := j > 0 && onDuty(m[j:]) && w == strings.ToLower(w) && m[0] != strings.ToLower(m[0])            // "Manager on Call", not "Manager On Call"
		if hyphened || duty || len(w) >= 2 && inCapitals(w) {
			s.write(title, strings.Join(m, " "))
			return
		}
	}
}

// write records how the texts write title.
func (s *Found) write(title, written string) {
	if s.Written == nil {
		s.Written = map[string]string{}
	}
	s.Written[title] = written
}

var (
	// "Chief Revenue Officer", "chief data and analytics officer",
	// optionally followed by its abbreviation: "(CRO)".
	reChief = lazyre.New(`(?i:\bchief((?:\s+[a-z]+){1,3}?)\s+officers?\b)(?:\s*\(\s*([A-Z][A-Za-z]{1,5})\s*\))?`)
	// "Director of Water Quality (DWQ)", "General Counsel (GC)": a title
	// in capitals of any role (see roleNouns) with its letters.
	// A word may be possessive: "Director of Children's Services (DCS)",
	// and "&" may join two: "Safety & Compliance Manager (SCM)".
	// A word may be hyphened, its parts in small letters after the
	// first: "Out-of-hours Site Lead (OSL)".
	reTitled = lazyre.New(`\b([A-Z][A-Za-z]+(?:-[A-Za-z]+)*(?:\s+(?:(?:of|for|and|the|&|at|to|in|on)\s+)*[A-Z][A-Za-z]+(?:['’]s)?(?:-[A-Za-z]+)*){0,5}(?:\s+(?i:on\s+(?:call|duty|site|shift)|in\s+charge))?)\s*\(\s*([A-Z][A-Za-z]{1,5})\s*\)`)
	// "CRO (chief revenue officer)", "CRO (“Chief Revenue Officer”)".
	// "TD: Technical Director.", "GC — General Counsel": a glossary's
	// line, the letters first, then the title they stand for, in
	// capitals.
	reGlossary  = lazyre.New(`(?m)^(?:[-*•]\s+)?([A-Z][A-Za-z]{1,5})\s*(?::|=|–|—|-)\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:of|for|and|the|&|\p{Lu}[\p{L}'’-]+)){0,5}?(?:\s+(?i:on\s+(?:call|duty|site|shift)|in\s+charge))?)\s*(?:[.;,(]|$)`)
	reAbbrFirst = lazyre.New(`\b([A-Z][A-Za-z]{1,5})\s*\(\s*["“'‘]?(?i:(?:the\s+)?(chief(?:\s+[a-z]+){1,3}?\s+officer))["”'’]?\s*\)`)
)

// notInTitle are words that end a phrase before it is a title: "the chief
// reason the officer…" is no role.
var notInTitle = map[string]bool{
	"the": true, "a": true, "an": true, "or": true, "to": true, "is": true, "was": true,
	"are": true, "be": true, "by": true, "in": true, "on": true, "as": true, "at": true,
	"with": true, "from": true, "that": true, "this": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "your": true, "not": true, "who": true,
}

// joiners join the words of a title; none starts one ("The Provost and
// Deputy Vice-Chancellor (DVC)": the DVC is not "and Deputy …").
var joiners = map[string]bool{"and": true, "&": true, "of": true, "for": true}

// smallInTitle are the other small words a title may hold between words in
// capitals, whose letters count: "Hospice at Home Coordinator (HAHC)",
// "Freedom to Speak Up Guardian (FTSUG)".
var smallInTitle = map[string]bool{"at": true, "to": true, "in": true, "on": true}

// Scan reads the role titles that texts use, and the abbreviations they
// define for them.
func Scan(texts ...string) *Found {
	s := &Found{Titles: map[string]bool{}}
	seen := map[string]bool{}
	var bare []Definition
	note := func(title, abbr string) {
		raw := title
		title = norm(title)
		defer s.spelled(strings.TrimSuffix(title, "s"), raw)
		ws := strings.Fields(title)
		if len(ws) < 3 {
			return
		}
		for _, w := range ws[1 : len(ws)-1] {
			if notInTitle[w] {
				return
			}
		}
		if ws[1] == "and" || ws[len(ws)-2] == "and" || ws[1] == "of" {
			return
		}
		if strings.HasSuffix(title, "officers") {
			title = strings.TrimSuffix(title, "s")
		}
		s.Titles[title] = true
		if abbr != "" && !initialsMatch(title, abbr) {
			abbr = ""
		}
		key := title + "|" + strings.ToLower(abbr)
		if seen[key] {
			return
		}
		seen[key] = true
		if abbr != "" {
			s.Roles = append(s.Roles, Definition{title, abbr})
		} else {
			bare = append(bare, Definition{Title: title})
		}
	}
	for _, t := range texts {
		if !strings.Contains(t, "fficer") && !strings.Contains(t, "FFICER") {
			continue
		}
		for _, m := range reChief.FindAllStringSubmatch(t, -1) {
			note("chief "+m[1]+" officer", m[2])
		}
		if strings.Contains(t, "(") {
			for _, m := range reAbbrFirst.FindAllStringSubmatch(t, -1) {
				note(m[2], m[1])
			}
		}
	}
	post := func(title, phrase, abbr string) {
		s.spelled(title, phrase)
		key := title + "|" + strings.ToLower(abbr)
		if title == "" || strings.HasPrefix(title, "chief ") && strings.HasSuffix(title, " officer") || seen[key] {
			return // a chief's title is read above
		}
		seen[key] = true
		s.Titles[title] = true
		s.Roles = append(s.Roles, Definition{title, abbr})
	}
	titled := func(phrase, abbr string) {
		if pluralLetters(abbr) {
			abbr = abbr[:len(abbr)-1] // "Booking Agents (BAs)": the BA
		}
		post(norm(titledRole(phrase, abbr)), phrase, abbr)
	}
	var posts []Definition // titles that are posts by where they are written (see titledPost)
	var list struct {      // a glossary's lines in a row, in one passage or one a passage
		lines [][]string
		roles int
	}
	listPosts := func() {
		if list.roles >= minGlossaryRoles && 2*list.roles >= len(list.lines) {
			// A list of job titles and their letters, most of them
			// roles by their nouns: the others are posts too ("MF:
			// Mobile Fitter", "TP: Transport Planner").
			for _, m := range list.lines {
				if title := titledPost(m[2], m[1]); title != "" && titledRole(m[2], m[1]) == "" {
					posts = append(posts, Definition{title, m[1]})
				}
			}
		}
		list.lines, list.roles = nil, 0
	}
	for _, t := range texts {
		if strings.Contains(t, "(") {
			for _, loc := range reTitled.FindAllStringSubmatchIndex(t, -1) {
				phrase, abbr := t[loc[2]:loc[3]], t[loc[4]:loc[5]]
				if titledRole(phrase, abbr) == "" {
					// Who is said to hold it is in the few words before:
					// the pattern reads those, not the whole text.
					if title := personPost(t[max(0, loc[0]-personWindow):loc[0]], phrase, abbr, t[loc[1]:]); title != "" {
						posts = append(posts, Definition{title, abbr})
						continue
					}
				}
				titled(phrase, abbr)
			}
		}
		// A glossary's line: "TD: Technical Director. Studio-wide tech
		// owner", "CEO — Chief Executive Officer".
		lines := reGlossary.FindAllStringSubmatch(t, -1)
		if len(lines) == 0 {
			listPosts() // a heading or a paragraph ends a list
		}
		for _, m := range lines {
			if title := strings.ToLower(m[2]); strings.HasPrefix(title, "chief ") && strings.HasSuffix(title, " officer") {
				note(m[2], m[1])
				list.roles++
			} else if titledRole(m[2], m[1]) != "" {
				titled(m[2], m[1])
				list.roles++
			}
			list.lines = append(list.lines, m)
		}
		// A staff list's row gives a title its letters in a cell of their
		// own: "Job title: Lead Fitter; Abbreviation: LF".
		if strings.Contains(t, "; ") {
			if g, a := titleCell.FindStringSubmatch(t), lettersCell.FindStringSubmatch(t); g != nil && a != nil {
				if title := titledPost(strings.TrimSpace(g[1]), a[1]); title != "" {
					posts = append(posts, Definition{title, a[1]})
				}
			}
		}
	}
	listPosts()
	// Posts by where they are written, whose letters nothing else defines
	// ("Role: Volunteer Coordinators; Letters: VCo" beside "VCo: Volunteer
	// Coordinator" is no other role).
	for _, d := range posts {
		if !slices.ContainsFunc(s.Roles, func(r Definition) bool { return strings.EqualFold(r.Abbr, d.Abbr) }) {
			post(norm(d.Title), d.Title, d.Abbr)
		}
	}
	for _, t := range texts {
		title := headingTitle(t)
		if title == "" || s.Titles[title] {
			continue
		}
		s.spelled(title, t)
		s.Titles[title] = true
		bare = append(bare, Definition{Title: title})
	}
	// A staff list's "Job title" cell names a role of the organisation:
	// "Name: Sophie Marchetti; Job title: Grants Manager; …".
	for _, t := range texts {
		if !strings.Contains(t, "; ") {
			continue
		}
		for _, m := range titleCell.FindAllStringSubmatch(t, -1) {
			title := headingTitle(m[1])
			if title == "" || s.Titles[title] {
				continue
			}
			s.spelled(title, m[1])
			s.Titles[title] = true
			bare = append(bare, Definition{Title: title})
		}
	}
	s.Roles = append(s.Roles, bare...)
	if len(s.Roles) > maxFound {
		s.Roles = s.Roles[:maxFound]
	}
	return s
}

// titledRole returns the part of a phrase in capitals that abbr stands
// for and that names a role ("The Director of Water Quality", "DWQ":
// "Director of Water Quality"), or "" when there is none ("Service Level
// Agreement": no role).
func titledRole(phrase, abbr string) string {
	ws := strings.Fields(phrase)
	for i := range ws {
		t := ws[i:]
		if notInTitle[strings.ToLower(t[0])] || joiners[strings.ToLower(t[0])] || smallInTitle[strings.ToLower(t[0])] || !initialsMatch(norm(strings.Join(t, " ")), abbr) && !initialsMatch(norm(spellCaps(t)), abbr) {
			continue // "The Director of Nursing": the title starts after "The"
		}
		if t = singularHead(t); namesRole(t) {
			return strings.Join(t, " ")
		}
		return ""
	}
	return ""
}

// title of r.
func (s *Found) usesTitle(r Role) bool {
	if s == nil {
		return false
	}
	for _, n := range append([]string{r.Title}, r.Names...) {
		if s.Titles[norm(n)] {
			return true
		}
	}
	return false
}
