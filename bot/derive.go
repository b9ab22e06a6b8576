package bot

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/internal/lazyre"
	"github.com/rolebot/rolebot/role"
)

// derived is what the Engine works out from the corpus before it answers
// anything: the costly part of building one (role detection over every
// passage, analysis of every title and heading, the words of each heading
// kind, the role profiles). It is a pure function of the corpus, the role
// detector, the analyzer and the index's vocabulary, so Open stores it
// beside the index when it builds one and reads it back at start-up (see
// snapshot.go). Its fields are exported for encoding/gob only.
type derived struct {
	Headings   map[string]heading  // by section heading
	Mentions   [][]role.Match      // per passage, in corpus order: role names in its text
	Meaning    [][]uint16          // per passage, in corpus order: see meaningIDs
	Spells     [][]string          // per passage, in corpus order: see spelled
	TitleRoles map[string][]string // article slug -> roles its title names
	TitleTerms map[string][]string // article slug -> analysed words of its title, generic ones left out
	KindTerms  [][]string          // per heading kind, the words that go with it in the corpus
	Profiles   []roleProfile       // one per role card; see newProfiles
	// Letters holds the letters the articles spell out, in small letters,
	// with the words of the first passage that does ("pl": "Practice
	// Lead"): a question that uses them asks about those words.
	Letters map[string]string
	// People holds the role each person named as its holder holds, by
	// first name and whole name, in small letters (see peopleOf).
	People map[string]holding
	// Handles holds people's names by their handles, in small letters
	// (see handlesOf).
	Handles map[string]string
	// Hyphened holds the words the articles write with a hyphen, by how
	// people type them run together: "cutoff" -> "cut-off" (see
	// hyphenedWords).
	Hyphened map[string]string
	// Called holds the other names the articles give their names, by
	// the other name in small letters: "receptionist" -> "Client Care
	// Advisor" (see calledNames).
	Called map[string]string
}

// mainClause returns a title up to a clause of circumstance: "Arrangements
// When the Vice-Chancellor Is Absent" is about arrangements, not about the
// Vice-Chancellor.
func mainClause(title string) string {
	if loc := circumstance.FindStringIndex(title); loc != nil {
		return title[:loc[0]]
	}
	return title
}

// circumstance opens a clause of when or why, in a title.
var circumstance = lazyre.New(`(?i)\b(?:when|if|while|whilst|during|until|in the absence of)\b`)

// onlyRole returns the role the last part of a section heading names and
// nothing else ("Senior leadership › The Vice-Chancellor (VC)"), or "":
// the section is that role's own.
func onlyRole(section string, roles *role.Detector, terms func(string) []string) string {
	last := section[strings.LastIndex(section, "›")+1:]
	ms := roles.Find(last)
	if len(ms) == 0 || slices.ContainsFunc(ms, func(m role.Match) bool { return m.ID != ms[0].ID }) {
		return ""
	}
	var rest strings.Builder
	at := 0
	for _, m := range ms {
		if m.Start >= at {
			rest.WriteString(last[at:m.Start] + " ")
			at = m.End
		}
	}
	rest.WriteString(last[at:])
	if len(terms(rest.String())) > 0 {
		return ""
	}
	return ms[0].ID
}

// derive works out what an Engine over c knows of it. vocab is the index's
// vocabulary (see vocabulary).
func derive(c *corpus.Corpus, idx Searcher, roles *role.Detector, vocab map[string]uint64) *derived {
	d := &derived{Headings: map[string]heading{}, TitleRoles: map[string][]string{}, TitleTerms: map[string][]string{}, Letters: map[string]string{}, Hyphened: map[string]string{}, Called: map[string]string{}}
	ps := c.Passages()
	d.Mentions = make([][]role.Match, len(ps))
	d.Meaning = make([][]uint16, len(ps))
	d.Spells = make([][]string, len(ps))
	seen := map[string]int32{}
	list := make([]*passage, len(ps))
	for i, p := range ps {
		h, ok := d.Headings[p.Section] // headings repeat: each is read once
		if !ok {
			h = heading{Terms: idx.Terms(p.Section), Kinds: headingKindsOf(p.Section), Roles: roles.Roles(p.Section), Only: onlyRole(p.Section, roles, idx.Terms)}
			d.Headings[p.Section] = h
		}
		d.Mentions[i] = roles.Find(p.Text)
		d.Meaning[i] = meaningIDs(p.Section+"\n"+p.Text, seen)
		spelt := spelledWords(p.Text)
		d.Spells[i] = spelledFrom(p.Text, spelt, idx.Terms)
		for letters, words := range spelt {
			k := strings.ToLower(letters)
			if _, ok := d.Letters[k]; !ok {
				d.Letters[k] = words
			}
		}
		hyphenedWords(p.Text, d.Hyphened)
		calledNames(p.Text, d.Called)
		np := newPassage(p, i, &h, d.Mentions[i])
		list[i] = &np
	}
	generic := idx.Terms("chief officer vice president head of the a what is")
	for _, a := range c.Articles {
		for _, t := range idx.Terms(a.Title) {
			if !slices.Contains(generic, t) {
				d.TitleTerms[a.Slug] = appendNew(d.TitleTerms[a.Slug], t)
			}
		}
		d.TitleRoles[a.Slug] = roles.Roles(mainClause(a.Title))
	}
	roleWords := analysedSet(idx, fillerWords)
	for _, k := range c.Cards {
		for _, n := range append([]string{k.ID, k.Abbreviation, k.Title}, k.Aliases...) {
			for _, t := range idx.Terms(n) {
				roleWords[t] = true
			}
		}
	}
	d.KindTerms = kindWords(list, vocab, len(list), idx.Terms, roleWords)
	d.Handles = handlesOf(list)
	d.People = peopleOf(list, roles.Find, d.Handles)
	d.Profiles = profileDocs(c, list, d.TitleRoles, idx.Terms, roles)
	for joined := range d.Hyphened {
		if ts := idx.Terms(joined); len(ts) == 1 && vocab[ts[0]] > 0 {
			delete(d.Hyphened, joined) // "e-mail" beside "email": the word is there as typed
		}
	}
	return d
}

// hyphenedWords adds to out the words of text written with one hyphen
// between two words of letters ("cut-off", "get-in", "on-call"), by the
// word run together ("cutoff"), in small letters.
func hyphenedWords(text string, out map[string]string) {
	const minHyphened = 4 // letters of a hyphened word, both sides two or more: "wi-fi" is typed "wifi"
	for i := strings.IndexByte(text, '-'); i >= 0; {
		a := i
		for a > 0 && isASCIILetter(text[a-1]) {
			a--
		}
		b := i + 1
		for b < len(text) && isASCIILetter(text[b]) {
			b++
		}
		if i-a >= 2 && b-i-1 >= 2 && b-a-1 >= minHyphened && (a == 0 || text[a-1] != '-') && (b == len(text) || text[b] != '-') {
			w := strings.ToLower(text[a:b])
			if _, ok := out[strings.ReplaceAll(w, "-", "")]; !ok {
				out[strings.ReplaceAll(w, "-", "")] = w
			}
		}
		next := strings.IndexByte(text[i+1:], '-')
		if next < 0 {
			break
		}
		i += 1 + next
	}
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// profileDocs returns the role profiles of a corpus: one per card,
// counting the analysed words of its card (title, aliases, summary, focus,
// responsibilities, skills), of the passages of the articles whose title
// names only that role, and of the passages whose heading names it first,
// with the everyday words the lexicon gives the role (role.Role.Words).
// None when the corpus has no cards.
func profileDocs(c *corpus.Corpus, list []*passage, titleRoles map[string][]string, terms func(string) []string, roles *role.Detector) []roleProfile {
	if len(c.Cards) == 0 {
		return nil
	}
	out := make([]roleProfile, len(c.Cards))
	at := map[string]*roleProfile{}
	count := func(p *roleProfile, text string) {
		for _, t := range terms(text) {
			p.Words[t]++
			p.Len++
		}
	}
	for i, k := range c.Cards {
		p := &out[i]
		*p = roleProfile{ID: k.ID, Names: map[string]int{}, Words: map[string]int{}, Known: map[string]int{}}
		for _, n := range append([]string{k.Abbreviation, k.Title}, k.Aliases...) {
			for _, t := range terms(n) {
				p.Names[t]++
			}
		}
		if r, ok := roles.Lookup(k.ID); ok {
			for _, w := range r.Words {
				for _, t := range terms(w) {
					p.Known[t]++
				}
			}
		}
		for _, s := range [][]string{{k.Title, k.Summary, k.Focus}, k.Aliases, k.Responsibilities, k.Skills} {
			for _, line := range s {
				count(p, line)
			}
		}
		at[k.ID] = p
	}
	for _, ps := range list {
		var about []string
		if tr := titleRoles[ps.Article]; len(tr) == 1 {
			about = tr
		} else if len(ps.headingRoles) > 0 {
			about = ps.headingRoles[:1]
		}
		for _, id := range about {
			if p, ok := at[id]; ok {
				count(p, ps.Section)
				count(p, ps.Text)
			}
		}
	}
	return out
}
