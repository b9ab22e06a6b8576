package corpus

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// section is one section of an article, with the passages of it that
// drafting looks at.
type section struct {
	article, heading string
	passages         []int // indexes into drafter.passages
}

// sections groups the passages about role id by section, in corpus order.
func (d *drafter) sections(id string) []*section {
	var out []*section
	var cur *section
	for i, p := range d.passages {
		if d.about[p.Article] != id && !slices.Contains(d.heading[p.Section], id) && !d.relevant(i, id) {
			continue
		}
		if cur == nil || cur.article != p.Article || cur.heading != p.Section {
			cur = &section{article: p.Article, heading: p.Section}
			out = append(out, cur)
		}
		cur.passages = append(cur.passages, i)
	}
	return out
}

// relationRow is a row of a job description's table of relations, its
// label before a semicolon or a colon: "Line manages; …", "Reports to:
// …", "Responsible to; …".
var relationRow = lazyre.New(`(?i)^\W*(?:line[- ]?manages?|manages|directly\s+manages|reports?\s+to|responsible\s+to|accountable\s+to|reporting\s+to|reporting\s+line|supervised\s+by|managed\s+by|line\s+manager|direct\s+reports|works\s+closely\s+with|key\s+contacts)\s*[;:]`)

// rotaHeading is the heading of a rota's section: who is on when, not
// what the roles it names do.
var rotaHeading = lazyre.New(`(?i)\b(?:rota|roster|schedule)s?\b`)

// namesDuties is a heading that names a role's duties, of the headings
// respHeading matches.
var namesDuties = lazyre.New(`(?i)responsib|dut(?:y|ies)|責任|職務`)

// list drafts a list field (responsibilities, skills) for role id: the
// list items, else the sentences with words, of the best section whose
// heading matches heading and that is about the role (its article is, or
// its heading names it). With no such section, the sentences with words
// that name the role, from the section with the most of them. It returns
// the index of a passage of the section and the items.
func (d *drafter) list(id string, used map[string]bool, heading, words *lazyre.Regexp) (int, []string) {
	secs := d.sections(id)
	type cand struct {
		s     *section
		score int
	}
	var cands []cand
	for _, s := range secs {
		about := d.aboutArticle(s.article, s.heading, id)
		named := slices.Contains(d.heading[s.heading], id) && !d.standIn(s.heading, id)
		if !heading.MatchString(s.heading) || !about && !named || rotaHeading.MatchString(s.heading) {
			continue // not "DPM AND DUTY DIRECTOR ROTA": who is on when, no duties
		}
		// "MAIN RESPONSIBILITIES" before "PURPOSE OF THE JOB", both of a
		// job description.
		duties := heading == respHeading && namesDuties.MatchString(s.heading)
		cands = append(cands, cand{s, 4*boolScore(about) + 2*boolScore(named) + boolScore(duties)})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	for _, c := range cands {
		if items := d.items(c.s, used, words, id, false, false); len(items) > 0 {
			return c.s.passages[0], items
		}
	}
	// A section whose heading names the role ("Head of People"), of no
	// kind: its sentences and items with words, which need not name the
	// role again ("She owns hiring, onboarding…").
	for _, s := range secs {
		if slices.Contains(d.heading[s.heading], id) && !d.standIn(s.heading, id) && !rotaHeading.MatchString(s.heading) {
			if items := d.items(s, used, words, id, false, true); len(items) > 0 {
				return s.passages[0], items
			}
		}
	}
	// No heading to go by: sentences that name the role; for skills,
	// sentences the role is the subject of ("She reports to the Yard
	// Safety Officer so that she can judge …" is none of the YSO's).
	bestN, bestP := 0, -1
	var best []string
	for _, s := range secs {
		items := d.items(s, used, words, id, true, true)
		if heading == skillsHeading {
			items = slices.DeleteFunc(items, func(it string) bool { return d.objectOnly(it, id) })
		}
		if len(items) > bestN {
			bestN, bestP, best = len(items), s.passages[0], items
		}
	}
	return bestP, best
}

// items returns, for role id, the list items of a section, or when it has
// none its sentences that match words (and name the role, with named), at
// most maxDraftItems, skipping quotes already used and those that name
// another role first ("- Daniel Okafor, CTO — …" in "CTO vs VP
// Engineering" is none of the VP's). With strict set, list items too must
// match words.
func (d *drafter) items(s *section, used map[string]bool, words *lazyre.Regexp, id string, named, strict bool) []string {
	var listItems, sents []string
	ledIn := false // the list under way follows "The DFO is responsible for:"
	for _, i := range s.passages {
		if named && !d.relevant(i, id) || d.entryOfOther(d.passages[i].Text, id) {
			continue // not "SPO – Senior Plant Operative. … allocates the Site Operatives to bays." for the Site Operative
		}
		for _, q := range quotes(d.passages[i].Text) {
			if !q.Item {
				ledIn = strings.HasSuffix(q.Text, ":") && says(words, q.Text)
				if ledIn {
					continue // it only leads to its list
				}
			}
			switch {
			case used[q.Text] || tableRow.MatchString(q.Text) || negated.MatchString(q.Text):
				// A row of a table ("Activity: Sign a contract; CTO: C")
				// is no sentence of what the role does, nor is what it
				// is not ("Not the same as a lead engineer").
			case d.otherSubject(q.Text, id):
			case relationRow.MatchString(q.Text):
				// "Line manages; Deputy Stage Manager (DSM), …" in the
				// Company Stage Manager's job description: whom another
				// post manages or reports to, no duty of the roles named.
			case !q.Item && namesPeople(q.Text) >= 2:
				// "Carlos Mendoza leads Tier 1, Hannah Brooks leads
				// Tier 2": who holds the posts, no duty of the role.
			case !q.Item && covering.MatchString(q.Text):
				// "The Deputy CIO … acts as CIO when Raymond is on
				// leave": who stands in, no duty of the role.
			case q.Item && !named && (!strict || ledIn || says(words, q.Text)):
				listItems = append(listItems, q.Text)
			case !q.Item && says(words, q.Text) && (!named || firstNamed(d.find(q.Text), id) && isSubject(q.Text, d.names[id])):
				sents = append(sents, q.Text)
			}
		}
	}
	if len(listItems) == 0 {
		listItems = sents
	}
	if len(listItems) > maxDraftItems {
		listItems = listItems[:maxDraftItems]
	}
	return listItems
}

// confused drafts confused_with for role id: the other known roles named
// by sentences that say the roles differ or get confused, from the section
// with the most such sentences. It returns the index of a passage of that
// section and the role ids.
func (d *drafter) confused(id string, known map[string]bool) (int, []string) {
	bestN, bestP := 0, -1
	var best []string
	for _, s := range d.sections(id) {
		n, first := 0, -1
		var ids []string
		for _, i := range s.passages {
			for _, q := range quotes(d.passages[i].Text) {
				if q.Item || !confuseWords.MatchString(q.Text) {
					continue
				}
				named := d.find(q.Text)
				if !slices.Contains(named, id) && d.about[s.article] != id {
					continue
				}
				var others []string
				for _, o := range named {
					if o != id && known[o] {
						others = append(others, o)
					}
				}
				if len(others) == 0 {
					continue
				}
				n++
				if first < 0 {
					first = i
				}
				for _, o := range others {
					if !slices.Contains(ids, o) {
						ids = append(ids, o)
					}
				}
			}
		}
		if n > bestN {
			bestN, bestP, best = n, first, ids
		}
	}
	if len(best) > maxDraftConfused {
		best = best[:maxDraftConfused]
	}
	return bestP, best
}

// firstNamed reports whether the first of the roles a sentence names is
// id: the sentence is about it, not about another role that works with it
// ("Practice Leads hire together with the Head of People").
func firstNamed(named []string, id string) bool {
	return len(named) > 0 && named[0] == id
}

// entryOfOther reports whether a passage is a glossary's entry of another
// role than id ("SPO – Senior Plant Operative. Leads the yard shift …"):
// what it says is that role's, though it names id.
func (d *drafter) entryOfOther(text, id string) bool {
	named := d.find(text)
	return len(named) > 0 && named[0] != id && glossaryEntry(strings.TrimLeft(text, "-*•· "), d.names[named[0]])
}

// otherSubject reports whether a sentence is about another role than id:
// the first role it names, near its start ("Daniel Okafor, CTO — …", "The
// Engineering Manager owns the team"), not one it works with ("Set the
// targets with the CEO").
func (d *drafter) otherSubject(s, id string) bool {
	named := d.find(s)
	return len(named) > 0 && named[0] != id && len(d.names[named[0]]) > 0 && isSubject(s, d.names[named[0]])
}

// ownNames gives a card drafted for a role of the built-in list the names
// the articles use: "Managing Director" and the letters they spell it with
// ("MD"), not "Chief Executive Officer", when they say "Managing Director"
// more often than the title and never use "CEO". The built-in names stay
// among its aliases.
func (d *drafter) ownNames(k Card) Card {
	count := d.uses
	names := k.Aliases
	k.Aliases = nil // the names of the built-in list are no names of the card
	if count(k.Abbreviation) > 0 {
		return k
	}
	title, best := k.Title, count(k.Title)
	for _, a := range names {
		if strings.ToUpper(a) == a || strings.Count(a, " ") == 0 && a < string(rune(utf8.RuneSelf)) {
			continue // letters or one English word: no title to show
		}
		n := count(a)
		if strings.Contains(strings.ToLower(k.Title), strings.ToLower(a)) {
			n -= best // "Risk Officer" inside "Chief Risk Officer" is no use of its own
		}
		if n > best {
			title, best = a, n
		}
	}
	if title == k.Title {
		return k
	}
	// As the articles write it ("Managing Director", not "managing director").
	re := lazyre.New(`(?i)\b` + regexp.QuoteMeta(title) + `\b`)
	for _, p := range d.passages {
		if m := re.FindString(p.Text); m != "" && m != strings.ToLower(m) {
			title = m
			break
		}
	}
	k.Aliases = []string{k.Title}
	if k.Abbreviation != "" {
		k.Aliases = append(k.Aliases, k.Abbreviation)
	}
	k.Title, k.Abbreviation = title, d.lettersOf(title)
	return k
}

// uses counts the times the articles' text and headings use a name, as a
// whole word, in any case.
func (d *drafter) uses(name string) int {
	if name == "" {
		return 0
	}
	if d.lower == "" {
		var b strings.Builder
		for _, p := range d.passages {
			b.WriteString(strings.ToLower(p.Section + "\n" + p.Text + "\n"))
		}
		d.lower = b.String()
	}
	name = strings.ToLower(name)
	n := 0
	for i := 0; ; {
		j := strings.Index(d.lower[i:], name)
		if j < 0 {
			return n
		}
		start, end := i+j, i+j+len(name)
		if name[0] >= utf8.RuneSelf || (start == 0 || !wordByte(d.lower[start-1])) && (end == len(d.lower) || !wordByte(d.lower[end])) {
			n++
		}
		i = end
	}
}

func wordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 0x80
}

// lettersOf returns the letters the articles spell a title with:
// "Managing Director (MD)", "MD – Managing Director", "MD" on the line
// above "Managing Director"; "" when they use none.
func (d *drafter) lettersOf(title string) string {
	q := regexp.QuoteMeta(title)
	after := lazyre.New(`(?i)\b` + q + `\s*\(([A-Z][A-Za-z&]{1,6})\)`)
	before := lazyre.New(`(?m)^\W*([A-Z][A-Za-z&]{1,6})\s*(?:[–—:=]|\s-\s|\n)\s*(?i:` + q + `)\b`)
	for _, p := range d.passages {
		for _, re := range []*lazyre.Regexp{after, before} {
			if g := re.FindStringSubmatch(p.Text); g != nil && initialsSpell(title, g[1]) {
				return g[1]
			}
		}
	}
	return ""
}

// initialsSpell reports whether the initials of a title's words, the
// small joining words counted or not, are letters ("Managing Director",
// "MD").
func initialsSpell(title, letters string) bool {
	var all, content strings.Builder
	for _, w := range strings.Fields(title) {
		r := []rune(strings.ToLower(w))
		all.WriteRune(r[0])
		switch string(r) {
		case "and", "of", "for", "the", "&", "in", "on", "to":
		default:
			content.WriteRune(r[0])
		}
	}
	l := strings.ToLower(strings.ReplaceAll(letters, "&", ""))
	return all.String() == l || content.String() == l
}

// fullName is two capitalised words, a person's first and last name maybe.
var fullName = lazyre.New(`\b\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\b`)

// namesPeople counts the full names a sentence gives: pairs of capitalised
// words, no word of a title ("Station Manager") nor one that opens a
// sentence ("When Priya").
func namesPeople(text string) int {
	n := 0
	for _, m := range fullName.FindAllString(text, -1) {
		ws := strings.Fields(m)
		if !titleWords[strings.ToLower(ws[0])] && !titleWords[strings.ToLower(ws[1])] && !notNames[ws[0]] && !titleOpeners[ws[0]] {
			n++
		}
	}
	return n
}
