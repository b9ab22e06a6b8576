package bot

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/english"
	"github.com/rolebot/rolebot/internal/lazyre"
	"github.com/rolebot/rolebot/role"
)

// People. A question may name a person where it means their role: "if
// Mathieu is away, who's in charge of tech", "nadia's boss?", "who sits
// under jonas". The articles say who holds which role ("CTO — Mathieu
// Lefèvre", "Nadia Haddad, Head of Platform, …", a staff list's row); a
// question that names such a person also names the role, in the words
// the articles write it with.

// holding is the role a person holds, as the articles write it.
type holding struct {
	ID   string // role id
	Name string // the role as written where the person is named: "CTO", "Head of Platform"
}

// peopleOf returns the role each person named as its holder holds, by
// the person's first name, last name and whole name, in small letters, and
// by what their handle says people call them (handles, see handlesOf). A
// name the articles give to holders of two roles maps to a holding with
// no ID: it says nothing; a person who holds two ("Head of Training and our
// Chief Driving Instructor") holds the first the articles give.
func peopleOf(list []*passage, find func(string) []role.Match, handles map[string]string) map[string]holding {
	out := map[string]holding{}
	// A word the articles also write in small letters is a word, not a
	// name: "Head of Quality – Supply Chain" names no person "Supply".
	common := map[string]bool{}
	for _, ps := range list {
		text := ps.Text
		if strings.Contains(text, "@") {
			text = emailAddress.ReplaceAllString(text, " ") // "priya.raman@vets.co.uk" writes no word either
			text = typedHandle.ReplaceAllString(text, " ")  // "@bea.cert" writes no word
		}
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				common[w] = true
			}
		}
	}
	whose := map[string]string{} // the whole name of the person a key holds
	type held struct {
		h      holding
		n, seq int // how often the articles give the person the role; when first
	}
	posts := map[string]map[string]*held{} // of each whole name, the roles the articles give them
	add := func(person, text string, m role.Match) {
		h := holding{ID: m.ID, Name: strings.TrimSpace(text[m.Start:m.End])}
		full := strings.ToLower(strings.Join(strings.Fields(person), " "))
		first, _, _ := strings.Cut(full, " ")
		if common[first] {
			return
		}
		if posts[full] == nil {
			posts[full] = map[string]*held{}
		}
		if p := posts[full][m.ID]; p != nil {
			p.n++
		} else {
			posts[full][m.ID] = &held{h: h, n: 1, seq: len(posts[full])}
		}
		keys := []string{full, first}
		if last := full[strings.LastIndex(full, " ")+1:]; last != first && !common[last] {
			keys = append(keys, last) // "When Dr. Achebe is out"
		}
		for _, k := range keys {
			if prev, ok := out[k]; ok && prev.ID != h.ID {
				if !samePerson(whose[k], full) {
					out[k] = holding{} // two people
				}
				continue // or one with two posts: the first the articles give
			} else if ok {
				continue
			}
			out[k], whose[k] = h, full
		}
	}
	// A role that the rows of one table give to many people in turn (the
	// duty manager of a rota) is none of theirs as their job: "Yusuf's
	// boss" is not the duty manager's.
	inTurn := map[[2]string]map[string]bool{} // role id and article -> the people its rows give it
	turn := func(name, article string, m role.Match) {
		k := [2]string{m.ID, article}
		if inTurn[k] == nil {
			inTurn[k] = map[string]bool{}
		}
		inTurn[k][strings.ToLower(name)] = true
	}
	for _, ps := range list {
		if !strings.Contains(ps.Text, "; ") {
			continue // no table's row
		}
		if name, m, ok := rowHolder(ps.Text, ps.mentions); ok && !inTitleCell(ps.Text, m) {
			turn(name, ps.Article, m) // not a staff list's "Job title: Field Team Leader" of each
		}
		for _, m := range ps.mentions {
			if name := holderBeside(ps.Text, m); name != "" {
				turn(name, ps.Article, m) // "Duty port manager: Yusuf Demirci"
			}
		}
	}
	headings := map[string]bool{}
	for _, ps := range list {
		for _, m := range ps.mentions {
			if qualified(ps.Text, m) {
				continue // "The Deputy MLRO is Tom Keeling"
			}
			if name := holderBeside(ps.Text, m); name != "" && !(len(inTurn[[2]string{m.ID, ps.Article}]) >= maxHolders && strings.Contains(ps.Text, "; ")) {
				add(name, ps.Text, m)
			}
		}
		if name, m, ok := rowHolder(ps.Text, ps.mentions); ok && (len(inTurn[[2]string{m.ID, ps.Article}]) < maxHolders || inTitleCell(ps.Text, m)) {
			add(name, ps.Text, m)
		}
		// A heading that names the holder: "CTO — Mathieu Lefèvre".
		h := ps.Section[strings.LastIndex(ps.Section, "›")+1:]
		if headings[h] {
			continue
		}
		headings[h] = true
		for _, m := range find(h) {
			if name := holderBeside(h, m); name != "" && !qualified(h, m) {
				add(name, h, m)
			}
		}
	}
	// A person the articles give two roles holds the one they give most
	// often, the first of equals: "The EC is also our Designated
	// Safeguarding Lead" names Montse Vidal with the EC in most places.
	for k, h := range out {
		ps := posts[whose[k]]
		if h.ID == "" || len(ps) < 2 {
			continue
		}
		best := ps[h.ID]
		for _, p := range ps {
			if best == nil || p.n > best.n || p.n == best.n && p.seq < best.seq {
				best = p
			}
		}
		out[k] = best.h
	}
	// A name written with what people call the person: "Daniel Okafor
	// (Dan)", after the name is known as a holder's.
	for _, ps := range list {
		for _, m := range nickname.FindAllStringSubmatch(ps.Text, -1) {
			full, nick := strings.ToLower(strings.Join(strings.Fields(m[1]), " ")), strings.ToLower(m[2]+m[3])
			if h, ok := out[full]; ok && !common[nick] {
				if _, taken := out[nick]; !taken {
					out[nick] = h
				}
			}
		}
	}
	// A handle that starts with what people call the person: "Beatriz
	// Nkemelu (@bea.cert)" is Bea.
	for _, h := range slices.Sorted(maps.Keys(handles)) { // in one order: the first handle takes a nickname
		full := strings.ToLower(handles[h])
		first, _, _ := strings.Cut(full, " ")
		nick := handleName.FindString(h)
		if held, ok := out[full]; ok && len(nick) >= 3 && nick != first && strings.HasPrefix(first, nick) && !common[nick] {
			if _, taken := out[nick]; !taken {
				out[nick] = held
			}
		}
	}
	// Without accents too: "tomas" is Tomás.
	for k, h := range out {
		if f := unaccent.Replace(k); f != k {
			if prev, ok := out[f]; !ok {
				out[f] = h
			} else if prev.ID != h.ID {
				out[f] = holding{}
			}
		}
	}
	return out
}

// samePerson reports whether two names (in small letters) a key of
// peopleOf holds are one person's: the same, or one the first name of the
// other ("tomasz", "tomasz wierzbicki").
func samePerson(a, b string) bool {
	return a == b || !strings.Contains(a, " ") && strings.HasPrefix(b, a+" ") || !strings.Contains(b, " ") && strings.HasPrefix(a, b+" ")
}

// handle is a person's name followed by their handle in brackets:
// "Kai Ellison (@kai.sre)"; handleName is the part of a handle before its
// dot or dash ("kai").
var (
	handle     = lazyre.New(`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*\(@([\p{L}\d._-]{2,40})\)`)
	handleName = lazyre.New(`^\p{L}+`)
)

// handlesOf returns the people's names by their handles, as the articles
// give them ("Kai Ellison (@kai.sre)": "kai.sre" -> "Kai Ellison"), in
// small letters; a handle given to two names is none.
func handlesOf(list []*passage) map[string]string {
	out := map[string]string{}
	for _, ps := range list {
		if !strings.Contains(ps.Text, "(@") {
			continue
		}
		for _, m := range handle.FindAllStringSubmatch(ps.Text, -1) {
			k, name := strings.ToLower(m[2]), strings.Join(strings.Fields(m[1]), " ")
			if prev, ok := out[k]; ok && prev != name {
				out[k] = ""
				continue
			}
			out[k] = name
		}
	}
	for k, v := range out {
		if v == "" {
			delete(out, k)
		}
	}
	return out
}

// withHandles writes, for a handle the articles give a person ("who is
// @kai.sre"), the person's name: what the articles say of them is found
// by it, not only the rows that list the handle.
func (e *Engine) withHandles(q string) string {
	if len(e.handles) == 0 || !strings.Contains(q, "@") {
		return q
	}
	return typedHandle.ReplaceAllStringFunc(q, func(h string) string {
		if name, ok := e.handles[strings.ToLower(strings.TrimRight(h[1:], "._-"))]; ok {
			return name
		}
		return h
	})
}

// emailAddress is an email address: "priya.raman@vets.co.uk".
var emailAddress = lazyre.New(`[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+`)

// typedHandle is a handle typed in a question: "@kai.sre".
var typedHandle = lazyre.New(`@[\p{L}\d._-]{2,40}`)

// maxHolders is the fewest people the rows of one table name as holders
// of one role that make it a duty taken in turn, no one's job.
const maxHolders = 3

// nickname is a person's name followed by what people call them, in
// brackets or in words: "Daniel Okafor (Dan)", "Margaret Allott, known
// to everybody as Peggy". The nickname is the second group or the third.
var nickname = newGuarded(`(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:\s+\((\p{Lu}\p{Ll}{1,11})\)|,?\s+(?:(?:better\s+|also\s+)?known\s+(?:to\s+\p{Ll}+\s+)?as|who\s+goes\s+by|(?:usually\s+)?called)\s+["“']?(\p{Lu}\p{Ll}{1,11})\b)`, "(", " as ", " by ", "called")

// unaccent writes the letters of names without their accents, as people
// type them: "Tomás" as "tomas". (Lower case only: names are looked up so.)
var unaccent = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ā", "a", "ą", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ē", "e", "ę", "e", "ě", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ī", "i", "ı", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ō", "o", "ő", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ū", "u", "ů", "u", "ű", "u",
	"ñ", "n", "ń", "n", "ň", "n", "ç", "c", "ć", "c", "č", "c", "ý", "y", "ÿ", "y",
	"š", "s", "ś", "s", "ş", "s", "ž", "z", "ź", "z", "ż", "z", "ł", "l", "ř", "r", "ğ", "g", "đ", "d", "ď", "d", "ť", "t",
)

// qualified reports whether the role text mentions at m is qualified as
// another ("Deputy MLRO"), before the mention or as its first word.
func qualified(text string, m role.Match) bool {
	first, _, _ := strings.Cut(text[m.Start:m.End], " ")
	return qualifierBefore(text, m.Start) != "" || qualifiers[strings.ToLower(first)]
}

// rowHolder reads a table's row that names a person and their role in
// cells of their own ("Name: Katrin Vogel; Role: Data Protection Officer;
// …"): the person, and the mention of the role in the role's cell.
func rowHolder(text string, mentions []role.Match) (string, role.Match, bool) {
	if !strings.Contains(text, "; ") || len(mentions) == 0 {
		return "", role.Match{}, false
	}
	var person string
	roleCell := [2]int{-1, -1}
	at := 0
	for _, cell := range strings.Split(text, "; ") {
		label, value, ok := strings.Cut(cell, ": ")
		if ok {
			start := at + len(label) + 2
			switch l := strings.ToLower(strings.TrimSpace(label)); {
			case slices.Contains(nameLabels, l):
				if personName(value) && startsUpper(value) {
					person = value
				}
			case titleLabels[l]:
				roleCell = [2]int{start, start + len(value)}
			}
		}
		at += len(cell) + 2
	}
	if person == "" || roleCell[0] < 0 {
		return "", role.Match{}, false
	}
	for _, m := range mentions {
		if m.Start >= roleCell[0] && m.End <= roleCell[1] {
			return person, m, true
		}
	}
	return "", role.Match{}, false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// namedPerson finds the words of a question that name a person the way a
// question does when it means their role: before 's ("nadia's boss"), as
// who is away ("if mathieu is away", "when Hannah's on leave", "samuel is
// out this week"), after "under", "reports to" or "covering for" ("who
// sits under jonas"), as the whole of "who is …", as who reports ("who
// does bram report to"), as whose job is asked ("what does tomasz
// actually do all day"), or as whose limit ("how much discount can marcus
// give", "how much can marek raise a PO for").
var namedPerson = newGuarded(`(?i)\b(\p{L}+(?:\s+\p{L}+)?)(?:'s|’s)\b|\b(?:when|if|while|whilst|until)\s+(\p{L}+(?:\s+\p{L}+)?)\s+(?:is|are|was|goes|gets|'s|’s|isn'?t|isn’t|aren'?t|aren’t)\b|\b(?:under|reports?\s+(?:(?:directly|straight|direct)\s+)?to|report\s+into|cover(?:s|ing)?(?:\s+for)?|(?:line[- ])?manages|supervises|stand(?:s|ing)?\s+in\s+for|instead\s+of|replac\w*|boss\s+of|manager\s+of|deputi[sz](?:es|ing)\s+for)\s+(\p{L}+(?:\s+\p{L}+)?)|^\W*(\p{L}+(?:\s+\p{L}+)?)\s+(?:is|are|'s|’s)\s+(?:away|out|off|on\s+(?:\w+\s+)?leave|sick|ooo|unavailable|not\s+available)\b|^\W*(?:who\s+is|who's|who’s|whos)\s+(\p{L}+(?:\s+\p{L}+)?)\W*$|\b(?:does|do|did|should|would|will)\s+(\p{L}+(?:\s+\p{L}+)?)\s+(?:report|answer|sit|work)\b|^\W*what\s+(?:does|do|did)\s+(\p{L}+(?:\s+\p{L}+)?)\s+(?:do|does|handle|own|cover|look\s+after|deal\s+with|manage|run|oversee)\b|\b(?:can|may|could)\s+(\p{L}+(?:\s+\p{L}+)?)\s+(?:approve|sign|spend|give|authori[sz]e|agree|offer|order|buy|okay|ok|raise|place|issue|refund|void)\b`,
	"what", "can", "may", "could", "manages", "supervises", "'s", "’s", "when", "if", "while", "until", "under", "report", "cover", "stand", "instead", "replac", "boss", "manager", "deput", "who", "answer", "sit", "work",
	"away", "out", "off", "leave", "sick", "ooo", "unavailable", "not available")

// withPeople returns q with the role of each person it names added at its
// end, as the articles write it ("if mathieu is away, who's in charge
// (CTO)"), when the articles say who holds it and q does not name that
// role already; q itself otherwise.
func (e *Engine) withPeople(q string) string {
	if len(e.people) == 0 {
		return q
	}
	var add []string
	var named []string
	for _, m := range namedPerson.FindAllStringSubmatchIndex(q, -1) {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] < 0 {
				continue
			}
			h, ok := e.personIn(q, m[g], m[g+1])
			if !ok {
				continue
			}
			if named == nil {
				named = append(e.roles.Roles(q), "")
			}
			if containsAny(named, []string{h.ID}) {
				continue
			}
			add = append(add, h.Name)
			named = append(named, h.ID)

		}
	}
	if len(add) == 0 {
		return q
	}
	// At the end: the question's own phrases ("if mathieu is away")
	// stay as they are for what reads them.
	return q + " — " + strings.Join(add, ", ")
}

// personIn looks up the person q names in q[start:end], one or two words:
// by the whole name ("owen pritchard"), else by one of its words ("ask
// nadia": "nadia").
func (e *Engine) personIn(q string, start, end int) (holding, bool) {
	phrase := unaccent.Replace(strings.ToLower(strings.Join(strings.Fields(q[start:end]), " ")))
	first, last, two := strings.Cut(phrase, " ")
	if h, ok := e.people[phrase]; ok && h.ID != "" {
		return h, true
	}
	if _, name := e.people[first]; name && two && e.vocab[last] > 0 && !english.Word(last) && e.people[last].ID != e.people[first].ID {
		// "daniel hirsch": another Daniel than the holder Daniel Okafor,
		// named so in the articles; not "whats priya's limit".
		return holding{}, false
	}
	for _, k := range []string{phrase, first, last} {
		if h, ok := e.people[k]; ok && h.ID != "" && (k != last || two) {
			return h, true
		}
	}
	return holding{}, false
}
