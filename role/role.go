// Package role finds the company roles that a text names: abbreviations
// ("CTO", "CIOs", "cio's"), full titles ("chief knowledge officer") and
// aliases, in any case. In questions it also forgives small typos ("ctoo")
// and reports role-like words that name no known role ("CXO").
package role

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/internal/english"
)

// Match is one mention of a role in a text.
type Match struct {
	ID         string
	Start, End int // byte offsets of the mention in the text
}

// name is one way of writing a role, as a sequence of lower-case words.
type name struct {
	id    string
	words []string
	abbr  bool // a single-word abbreviation such as "cto"
	// exact, when set, is how the abbreviation must be written (or in
	// capitals): letters the texts define that are also an English word
	// ("DoN", the Director of Nursing; "US") are no role in "don't" or
	// "tell us".
	exact string
}

// Detector finds role mentions. Build one with New; it is safe for
// concurrent use.
type Detector struct {
	names  []name
	byWord map[string][]int // first word -> indexes into names
	abbrs  map[string]string
	ids    []string
	roles  map[string]Role
	firsts []string // first words of the names of two words or more
	ja     []jaName // names in Japanese, longest first
	// rank orders roles for suggestions: 0 a card, 1 named in the
	// texts, 2 only in the lexicon.
	rank map[string]int
	// isWord, when set, says which words the texts use: such a word is
	// read as itself, never as a typo of a role's letters (see
	// WithWords).
	isWord func(string) bool
}

// WithWords returns a copy of d that reads a word the texts use as that
// word, not as a typo of a role's letters: "ICO", which a glossary spells
// out as the Information Commissioner's Office, is no "CIO" with two
// letters swapped. isWord gets the word in lower case.
func (d *Detector) WithWords(isWord func(string) bool) *Detector {
	c := *d
	c.isWord = isWord
	return &c
}

// newDetector indexes the names of roles. abbrs maps an abbreviation, in
// lower case, to the roles it stands for: one, or several senses.
func newDetector(roles []Role, abbrs map[string][]string, initials map[string]string, named func(Role) bool) *Detector {
	d := &Detector{byWord: map[string][]int{}, abbrs: map[string]string{}, roles: map[string]Role{}, rank: map[string]int{}}
	addName := func(id, n string) {
		if corpus.HasJapanese(n) {
			d.ja = append(d.ja, jaName{text: n, id: id})
			return
		}
		ws := words(n)
		if len(ws) == 0 {
			return
		}
		var lw []string
		for _, w := range ws {
			lw = append(lw, w.norm)
		}
		nm := name{id: id, words: lw, abbr: len(lw) == 1 && utf8.RuneCountInString(lw[0]) <= 5}
		if nm.abbr {
			if _, ok := d.abbrs[lw[0]]; !ok {
				d.abbrs[lw[0]] = id
			}
		}
		d.byWord[lw[0]] = append(d.byWord[lw[0]], len(d.names))
		if len(lw) > 1 && !slices.Contains(d.firsts, lw[0]) {
			d.firsts = append(d.firsts, lw[0])
		}
		d.names = append(d.names, nm)
	}
	for _, r := range roles {
		d.ids = append(d.ids, r.ID)
		d.roles[r.ID] = r
		switch {
		case r.Origin == FromCard:
		case r.Origin == FromText || named(r):
			d.rank[r.ID] = 1
		default:
			d.rank[r.ID] = 2
		}
		// Letters that spell a common word, which a text or a card drafted
		// from one defines, are added below, to be read only as written
		// ("open up" names no Union President, "UP").
		writtenOnly := func(n string) bool {
			return (r.Origin == FromText || r.Origin == FromCard) && strings.EqualFold(n, r.Abbreviation) && asWritten(r.Abbreviation) && slices.Contains(abbrs[strings.ToLower(n)], r.ID)
		}
		if r.Origin == FromCard && !writtenOnly(r.ID) {
			addName(r.ID, r.ID)
		}
		addName(r.ID, r.Title)
		for _, n := range r.Names {
			if !writtenOnly(n) {
				addName(r.ID, n)
			}
		}
	}
	for _, a := range sortedKeys(abbrs) {
		for _, id := range abbrs[a] {
			n := len(d.names)
			addName(id, a)
			if r := d.roles[id]; len(d.names) > n && (r.Origin == FromText || r.Origin == FromCard) && strings.EqualFold(r.Abbreviation, a) && asWritten(r.Abbreviation) {
				d.names[n].exact = r.Abbreviation
			}
		}
	}
	// Initials no text writes are read only in capitals: "who is the AM",
	// not "I am".
	for _, a := range sortedKeys(initials) {
		n := len(d.names)
		addName(initials[a], a)
		if len(d.names) > n {
			d.names[n].exact = a
		}
	}
	// "Group PM" is the Group Product Manager: a title that is a word
	// before another role's title is also named by that word and the
	// other role's letters.
	lettersOf := map[string]string{} // a title, in small letters -> its role's letters
	for _, r := range roles {
		if t := strings.ToLower(r.Title); t != "" && r.Abbreviation != "" && lettersOf[t] == "" {
			lettersOf[t] = strings.ToLower(r.Abbreviation)
		}
	}
	for _, r := range roles {
		first, rest, ok := strings.Cut(strings.ToLower(r.Title), " ")
		if a := lettersOf[rest]; ok && a != "" && len(strings.Fields(rest)) > 1 {
			addName(r.ID, first+" "+a)
		}
	}
	sortJapanese(d.ja)
	return d
}

// IDs returns the ids of every known role: the cards' first, in card order.
func (d *Detector) IDs() []string { return d.ids }

// Lookup returns the role with the given id.
func (d *Detector) Lookup(id string) (Role, bool) {
	r, ok := d.roles[id]
	return r, ok
}

// sameWord reports whether a text word stands for a name word, allowing a
// plural ("officers", "CIOs", "CEOes" is not a thing but "CISOs" is).
func sameWord(text, name string) bool {
	if text == name {
		return true
	}
	return len(text) == len(name)+1 && text[len(name)] == 's' && text[:len(name)] == name
}

// wordNotLetters reports whether a word ending in s, typed in small
// letters or as a word, is a word of its own, no plural of letters: "on
// hols" (shortPlural), "the SPO's boss" (no Box Office Supervisors, BOS).
func wordNotLetters(w word) bool {
	return shortPlural[w.raw] || w.raw != strings.ToUpper(w.raw) && english.Word(w.norm)
}

// pluralLetters reports whether a word is capitals and a small s: "DMs",
// "CTOs", a plural of letters.
func pluralLetters(raw string) bool {
	return len(raw) >= 3 && raw[len(raw)-1] == 's' && strings.ToUpper(raw[:len(raw)-1]) == raw[:len(raw)-1] && strings.ToLower(raw[:len(raw)-1]) != raw[:len(raw)-1]
}

// Find returns the role mentions in text, in order, longest name first
// where names overlap. A name that stands for several roles (an ambiguous
// abbreviation) gives one Match for each, with the same offsets. It forgives no typos: use it on articles.
func (d *Detector) Find(text string) []Match {
	ms, _ := d.find(words(text), false)
	return d.withJapanese(text, inContext(d.wholeTitles(text, ms, false)))
}

// Roles returns the distinct role ids that text names, in order of first
// mention.
func (d *Detector) Roles(text string) []string {
	return ids(d.Find(text))
}

func ids(ms []Match) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.ID] {
			seen[m.ID] = true
			out = append(out, m.ID)
		}
	}
	return out
}

func (d *Detector) find(ws []word, fuzzy bool) ([]Match, []int) {
	var out []Match
	var unmatched []int
	for i := 0; i < len(ws); {
		var best []string // the roles of the longest name here: several for an ambiguous abbreviation
		bestLen := 0
		if otherRole[ws[i].prefix] {
			// "Pro-Vice-Chancellor" is not the Vice-Chancellor.
			unmatched = append(unmatched, i)
			i++
			continue
		}
		cands := d.byWord[ws[i].norm]
		if s := d.byWord[strings.TrimSuffix(ws[i].norm, "s")]; len(s) > 0 && pluralLetters(ws[i].raw) {
			cands = s // "the DMs": Duty Managers, though DMS are letters too
		}
		if fuzzy {
			for _, full := range wordShort[ws[i].norm] {
				cands = append(slices.Clone(cands), d.byWord[full]...) // "eng mgr": engineering manager
			}
		}
		if len(cands) == 0 {
			// try the singular of a plural first word ("ctos", "CTOs"); not
			// of letters all in capitals ("MDS" is no plural of MD)
			if s := strings.TrimSuffix(ws[i].norm, "s"); s != ws[i].norm && (ws[i].raw != strings.ToUpper(ws[i].raw) || ws[i].raw == ws[i].norm) && !(wordNotLetters(ws[i]) && len(d.byWord[s]) > 0 && d.names[d.byWord[s][0]].abbr) {
				cands = append(append([]int{}, cands...), d.byWord[s]...)
			}
		}
		for _, k := range cands {
			nm := d.names[k]
			if len(nm.words) < bestLen || i+len(nm.words) > len(ws) {
				continue
			}
			ok := (nm.exact == "" || ws[i].raw == nm.exact || ws[i].raw == strings.ToUpper(nm.exact)) && !(nm.abbr && ws[i].contraction)
			if nm.abbr && len(nm.words[0]) <= 2 && ws[i].norm != nm.words[0] && ws[i].raw == ws[i].norm {
				// Two letters and an s in small letters are a word or a
				// unit ("20 hrs" is hours), not HRs.
				ok = false
			}
			k := i // the word of the text that name word j is matched with
			for j, w := range nm.words {
				if !ok {
					break
				}
				if j > 0 && k+1 < len(ws) && ws[k].norm == "the" && w != "the" && (nm.words[j-1] == "of" || nm.words[j-1] == "for") {
					k++ // "director of the member contact center": the Director of Member Contact Center
				}
				if k >= len(ws) || j > 0 && ws[k].broken || !sameWord(ws[k].norm, w) && !(fuzzy && j > 0 && near(ws[k].norm, w)) && !(fuzzy && slices.Contains(wordShort[ws[k].norm], w)) {
					ok = false
					break
				}
				k++
			}
			switch {
			case !ok:
			case k-i > bestLen:
				best, bestLen = []string{nm.id}, k-i
			case k-i == bestLen && !slices.Contains(best, nm.id):
				best = append(best, nm.id)
			}
		}
		if bestLen == 0 && fuzzy {
			if id, n := d.fuzzyAt(ws, i); n > 0 {
				best, bestLen = []string{id}, n
			}
		}
		if bestLen == 0 {
			unmatched = append(unmatched, i)
			i++
			continue
		}
		for _, id := range best {
			out = append(out, Match{ID: id, Start: ws[i].start, End: ws[i+bestLen-1].end})
		}
		i += bestLen
	}
	return out, unmatched
}

// wordShort are the short forms of the words of titles that people type
// in questions ("eng mgr", "fin dir", "store mgr"), with the words they
// stand for.
var wordShort = map[string][]string{
	"eng": {"engineering", "engineer"}, "engg": {"engineering"}, "mgr": {"manager"}, "mngr": {"manager"},
	"mgmt": {"management"}, "dir": {"director"}, "mktg": {"marketing"}, "mkt": {"marketing"},
	"fin": {"finance", "financial"}, "ops": {"operations"}, "sr": {"senior"}, "snr": {"senior"},
	"jr": {"junior"}, "asst": {"assistant"}, "dept": {"department"}, "exec": {"executive"},
	"admin": {"administrator", "administration"}, "info": {"information"}, "tech": {"technology", "technical"},
	"prod": {"product", "production"}, "dev": {"development", "developer"}, "comms": {"communications"},
	"cust": {"customer"}, "svc": {"service"}, "acct": {"account"}, "gen": {"general"}, "intl": {"international"},
}

// shortPlural are plurals of shortened words, typed in small letters, that
// are no plural of letters: "on hols" is on holiday, not Heads of
// Learning (HoL); "20 mins", "3 yrs".
var shortPlural = map[string]bool{"hols": true, "mins": true, "hrs": true, "yrs": true, "wks": true, "mths": true,
	"secs": true, "docs": true, "pics": true, "reps": true, "temps": true, "specs": true, "stats": true, "subs": true,
	"labs": true, "apps": true, "pls": true, "thx": true, "qs": true, "pts": true, "mos": true}

// otherRole are the prefixes that, joined by a hyphen, make a title another
// role: the Pro-Vice-Chancellor is not the Vice-Chancellor, a
// Vice-President not the President.
var otherRole = map[string]bool{"pro": true, "vice": true, "sub": true, "non": true, "under": true}

// fuzzyAt tries a typo-tolerant match of a name starting at word i.
func (d *Detector) fuzzyAt(ws []word, i int) (string, int) {
	w := strings.TrimSuffix(ws[i].norm, "s")
	if n := utf8.RuneCountInString(w); n >= 3 && n <= 6 {
		// (isWord is asked last: it analyses the word, and few words are
		// a typo of letters at all)
		if id := d.abbrTypo(w); id != "" && !commonWord(ws[i].norm) && !commonWord(w) && (d.isWord == nil || !d.isWord(ws[i].norm)) {
			return id, 1
		}
	}
	// Multi-word names with a misspelt word ("cheif technology officer").
	// Only names whose first word is this word or one edit from it, which
	// takes five letters or more (see near).
	first := ws[i].norm
	if _, ok := d.byWord[first]; !ok {
		nearby := false
		for _, f := range d.firsts {
			if near(first, f) {
				nearby = true
				break
			}
		}
		if !nearby {
			return "", 0
		}
	}
	bestID, bestLen := "", 0
	for _, nm := range d.names {
		if len(nm.words) < 2 || len(nm.words) <= bestLen || i+len(nm.words) > len(ws) {
			continue
		}
		if f := nm.words[0]; f != first && !near(first, f) {
			continue
		}
		typos := 0
		for j, nw := range nm.words {
			tw := ws[i+j].norm
			if sameWord(tw, nw) {
				continue
			}
			if near(tw, nw) {
				typos++
				continue
			}
			typos = 99
			break
		}
		if typos == 1 {
			bestID, bestLen = nm.id, len(nm.words)
		}
	}
	return bestID, bestLen
}
