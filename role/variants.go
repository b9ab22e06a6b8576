package role

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/english"
)

// Other ways people write the titles the texts use: the initials of a
// title the texts never abbreviate, and a title written the other way
// round or with a field's letters.

// initials returns the letters people type for a role the texts name
// (learnt from them, or of the lexicon) but never abbreviate ("who is the AM" for the
// Accountable Manager, "CMM" for the Compliance Monitoring Manager), in
// capitals, when no other role or name has them and no other such role
// would: the initials of its title's words, without "of", "and", "for".
func (s *set) initials(found *Found) map[string]string {
	out, dup := map[string]string{}, map[string]bool{}
	for _, r := range s.roles {
		if r.Abbreviation != "" || r.Origin != FromText && !found.usesTitle(r) {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(strings.ReplaceAll(r.Title, "-", " ")) {
			switch strings.ToLower(w) {
			case "of", "and", "for", "the", "&":
				continue
			}
			c, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(unicode.ToUpper(c))
		}
		a := b.String()
		if utf8.RuneCountInString(a) < 2 || len(a) > 5 {
			continue
		}
		if owner := s.taken[norm(a)]; owner != "" {
			if s.unusedLetters(norm(a), found) && !slices.Contains(s.abbrs[norm(a)], r.ID) {
				// "CSO" of the lexicon's chief security officer, whom the
				// texts never name: also the Chief Scientific Officer
				// they do, a sense of the letters as any other.
				s.abbrs[norm(a)] = append(s.abbrs[norm(a)], r.ID)
			}
			continue
		}
		if _, ok := out[a]; ok {
			dup[a] = true
		}
		out[a] = r.ID
	}
	for a := range dup {
		delete(out, a)
	}
	return out
}

// unusedLetters reports whether letters are those of lexicon roles only,
// none of which the texts name.
func (s *set) unusedLetters(a string, found *Found) bool {
	ids := s.abbrs[a]
	if len(ids) == 0 {
		return false
	}
	for _, id := range ids {
		if r := s.roles[s.byID[id]]; r.Origin != FromLexicon || found.usesTitle(r) {
			return false
		}
	}
	return true
}

// takenVariant returns the role that has a name written another way of
// title ("Director of Human Resources": "HR Director", "director of hr"),
// or "".
func (s *set) takenVariant(title string) string {
	for _, v := range titleVariants(norm(title)) {
		if id := s.taken[v]; id != "" {
			return id
		}
	}
	return ""
}

// spelledShort are words of titles and the letters people write for them.
var spelledShort = [][2]string{{"human resources", "hr"}, {"information technology", "it"}, {"public relations", "pr"}, {"research and development", "r&d"},
	{"quality assurance", "qa"}, {"quality control", "qc"}, {"pharmacovigilance", "pv"}, {"health and safety", "h&s"},
	{"operations", "ops"}, {"nominated person", "np"}, {"responsible person", "rp"}, {"designated person", "dp"},
	{"undergraduate", "ug"}, {"postgraduate", "pg"}, {"engineering", "eng"}, {"department", "dept"}, {"assistant", "asst"},
	{"manager", "mgr"}, {"senior", "snr"}, {"senior", "sr"}}

// titleVariants returns other ways to write a title: "director of x" and
// "x director", with a field's words or its letters ("human resources",
// "hr").
func titleVariants(t string) []string {
	var out []string
	add := func(v string) {
		if v != t && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	if vs := dutyVariants(t); len(vs) > 0 {
		return vs
	}
	var forms []string
	if head, field, ok := strings.Cut(t, " of "); ok && !strings.Contains(head, " ") {
		forms = append(forms, t, field+" "+head) // "director of hr": "hr director"
	} else if i := strings.LastIndex(t, " "); i > 0 {
		forms = append(forms, t, t[i+1:]+" of "+t[:i]) // "hr director": "director of hr"
	} else {
		forms = append(forms, t)
	}
	for _, f := range forms {
		add(f)
		for _, p := range spelledShort {
			add(replaceWords(f, p[0], p[1]))
			add(replaceWords(f, p[1], p[0]))
		}
	}
	return out
}

// replaceWords replaces the whole words old of s by new.
func replaceWords(s, old, new string) string {
	return strings.TrimSpace(strings.ReplaceAll(" "+s+" ", " "+old+" ", " "+new+" "))
}

// dutyVariants returns the other names of a title of a duty ("duty
// manager on call"): people say "the duty manager", "the on call manager".
func dutyVariants(t string) []string {
	ws := strings.Fields(t)
	if len(ws) < 4 || !onDuty(ws[len(ws)-2:]) {
		return nil // the duty after a title of two words or more (see onDuty)
	}
	title, duty := ws[:len(ws)-2], ws[len(ws)-2:]
	return []string{strings.Join(title, " "), strings.Join(append(slices.Clone(duty), title[len(title)-1]), " ")}
}

// lettersInCaps are letters titles write in capitals.
var lettersInCaps = map[string]bool{"hr": true, "it": true, "qa": true, "qc": true, "pv": true, "pr": true, "r&d": true, "h&s": true,
	"ehs": true, "hse": true, "hseq": true, "gdp": true, "gmp": true, "ict": true, "uk": true, "us": true, "eu": true, "emea": true, "apac": true}

// notLetters are short words of titles that are no English words and no
// letters either: "Dev Lead", "Snr Manager".
var notLetters = map[string]bool{"dev": true, "mgr": true, "snr": true, "asst": true, "ops": true}

// smallInTitles are the small words a title writes in small letters
// after its first word.
var smallInTitles = map[string]bool{"of": true, "and": true, "for": true, "the": true, "a": true, "an": true, "in": true, "at": true, "to": true, "by": true, "with": true}

// titleCase writes "chief zebra officer" as "Chief Zebra Officer",
// "vice-chancellor" as "Vice-Chancellor" and "site qa manager" as "Site QA
// Manager", keeping short joining words in lower case; a short word that
// is no English word is letters ("bsa officer": "BSA Officer").
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if i > 0 && smallInTitles[w] {
			continue // "Head of Wardrobe", "News Editor of the Day"
		}
		if w == strings.ToLower(w) {
			parts := strings.Split(w, "-") // "vice-chancellor": Vice-Chancellor
			for j, p := range parts {
				switch {
				case lettersInCaps[p] || len(p) >= 2 && len(p) <= 4 && !english.Word(p) && !notLetters[p]:
					parts[j] = strings.ToUpper(p) // "Site QA Manager", "EHS Manager", "BSA Officer"
				case p != "":
					parts[j] = strings.ToUpper(p[:1]) + p[1:]
				}
			}
			ws[i] = strings.Join(parts, "-")
		}
	}
	return strings.Join(ws, " ")
}
