package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/internal/lazyre"
)

// entriesFirst puts first, for a question of what a role's letters stand
// for ("what does DSM stand for"), a glossary's entry of them: a passage
// that opens with the letters spelled out ("DSM – Deputy Stage Manager: on
// the book …"), before the section on what the role does ("Calls 'Stand by
// show stop'", under "What the DSM does") and the rows that only name
// someone's role with them ("Role: Deputy Stage Manager (DSM)"). An entry
// the search did not find is added: twenty rows of a staff list that each
// say "Abbreviation: …; Authorisation: SAP" may fill every place before it.
func (e *Engine) entriesFirst(hits []ranked, id string) []ranked {
	have := make(map[*passage]bool, len(hits))
	for _, h := range hits {
		have[h.passage] = true
	}
	for _, p := range e.entries[id] {
		if !have[p] {
			hits = append(hits, ranked{hit: index.Hit{ID: p.ID}, passage: p})
		}
	}
	entry := make([]bool, len(hits))
	for i, h := range hits {
		entry[i] = slices.Contains(h.passage.expands, id) && opensWith(h.passage, id)
	}
	out, _ := putFirst(hits, entry)
	return out
}

// byLetters reports whether a question writes role id by its letters
// ("what is an HFA", "whats a TSS", "what does the CA do"): of a role the
// articles define, the glossary's entry says what it is (see
// entriesFirst), and, asked by its letters as typed, what it does.
func (e *Engine) byLetters(question, id string) bool {
	r, ok := e.roles.Lookup(id)
	if !ok || r.Abbreviation == "" {
		return false
	}
	letters := false
	for _, w := range strings.FieldsFunc(question, func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '&' && c != '\'' && c != '’'
	}) {
		switch {
		case strings.EqualFold(w, r.Abbreviation):
			letters = true
		case !whatIsWords[strings.ToLower(w)]:
			return false // "who is the DSL in kenya": not what the letters are
		}
	}
	return letters
}

// whatIsWords are the words of a question that asks only what letters
// are, or what the post they stand for does: "what is an HFA", "whats a
// TSS", "HFA?", "what does our CA do".
var whatIsWords = map[string]bool{"what": true, "whats": true, "what's": true, "what’s": true, "is": true, "are": true, "a": true, "an": true, "the": true,
	"does": true, "do": true, "our": true}

// written reports whether role id has a card written in roles/, not
// drafted from the articles.
func (e *Engine) written(id string) bool {
	c, ok := e.corpus.Card(id)
	return ok && !c.Drafted
}

// opensWith reports whether a passage, or one of its lines, opens with a
// mention of role id, after a list's bullet or number: "- DSM – Deputy
// Stage Manager", as the only entry or one of a list's.
func opensWith(p *passage, id string) bool {
	for _, m := range p.mentions {
		if m.ID == id {
			line := p.Text[strings.LastIndexByte(p.Text[:m.Start], '\n')+1 : m.Start]
			if strings.TrimLeft(line, " \t-*•·–0123456789.)") == "" {
				return true
			}
		}
	}
	return false
}

// saysMeaning reports whether a line says what term means in so many
// words: "SW means the Station Warden", "DA here means …", "SW stands for
// …", "SW is short for …".
func saysMeaning(line, term string) bool {
	for i := indexFold(line, term); i >= 0; {
		end := i + len(term)
		if (i == 0 || !isLetterByte(line[i-1])) && (end == len(line) || !isLetterByte(line[end])) {
			rest := strings.ToLower(strings.TrimLeft(line[end:], "\"'”’) "))
			rest = strings.TrimPrefix(rest, "here ")
			for _, w := range []string{"means ", "stands for ", "is short for ", "is an abbreviation for ", "is the abbreviation for "} {
				if strings.HasPrefix(rest, w) {
					return true
				}
			}
		}
		next := indexFold(line[end:], term)
		if next < 0 {
			break
		}
		i = end + next
	}
	return false
}

// askedTerm matches a question of what a term or letters mean, the term
// in its first group: "what does 'second on' mean", "what does revpar
// stand for", "meaning of PTS", "whats a VIP2", "what counts as a p3".
var askedTerm = lazyre.New(`(?i)^\W*(?:(?:hey|hi|quick\s+q)\W+)?(?:what(?:'s|’s|s)?\s+(?:does|do|is)\s+(?:an?\s+|the\s+)?(?:term\s+|word\s+|abbreviation\s+)?["'‘“]?([\p{L}\d&/.+-]+(?:\s+[\p{L}\d&/.+-]+){0,2}?)["'’”]?\s+(?:mean|means|stand\s+for|stands\s+for|short\s+for)\b|(?:what\s+is\s+the\s+)?meaning\s+of\s+(?:an?\s+|the\s+)?["'‘“]?([\p{L}\d&/.+-]+(?:\s+[\p{L}\d&/.+-]+){0,2}?)["'’”]?\s*\??\s*$|wh?at(?:'s|’s|s|\s+is)\s+(?:an?\s+|the\s+)?["'‘“]?([\p{L}\d&/.+-]*\d[\p{L}\d&/.+-]*|[\p{L}&/.+-]{2,12}(?:\s+(?:up|down|in|out|off|over|on|back))?)["'’”]?\s*\??\s*$|wh?at\s+(?:counts|(?:is|are|gets?)\s+(?:classed|classified|treated))\s+as\s+(?:an?\s+|the\s+)?["'‘“]?([\p{L}\d&/.+-]+(?:\s+[\p{L}\d&/.+-]+){0,2}?)["'’”]?\s*\??\s*$)`)

// innerHyphen is a hyphen between two letters: "swap-out".
var innerHyphen = lazyre.New(`(\p{L})-(\p{L})`)

// maxBareTermQuestion is the longest question that may ask what a term
// means without a word of meaning ("whats a VIP2").
const maxBareTermQuestion = 40

// countsAs is the cheap test of a question that asks what counts as a term.
func countsAs(q string) bool {
	return containsFold(q, " as ") && (containsFold(q, "counts") || containsFold(q, "class") || containsFold(q, "treated"))
}

// termAsked returns the term a question asks the meaning of (see
// askedTerm), or "", and whether it asks so in words of meaning ("mean",
// "stand for", "meaning of"), not only "what is".
func termAsked(q string) (string, bool) {
	if len(q) > maxBareTermQuestion && !containsFold(q, "mean") && !containsFold(q, "stand") && !containsFold(q, "short for") && !countsAs(q) {
		return "", false // a cheap test: the pattern folds case, and every question would run it
	}
	g := askedTerm.FindStringSubmatch(q)
	if g == nil {
		return "", false
	}
	for i, t := range g[1:] {
		if t != "" {
			return strings.TrimSpace(t), i < 2
		}
	}
	return "", false
}

// termEntriesFirst puts first, for a question of what a term means, the
// passages that are an entry of it in a glossary: a line that opens with
// the term and a colon or a dash ("Second on: the backup vet …", "RevPAR
// – revenue per available room"), or a table's row whose first cell is the
// term ("Abbreviation: VIP2; Stands for: …"), before the passages that
// only use it ("VIP2 arrival on 22 July").
func termEntriesFirst(hits []ranked, term string) []ranked {
	entry := make([]bool, len(hits))
	for i, h := range hits {
		entry[i] = entryOf(h.passage.Text, term)
	}
	out, _ := putFirst(hits, entry)
	return out
}

// keyCell reports whether a table row's first cell is term, or term and a
// name of a word or two ("P3 Routine" of a table of priorities).
func keyCell(cell, term string) bool {
	if strings.EqualFold(cell, term) {
		return true
	}
	return len(cell) > len(term)+1 && strings.EqualFold(cell[:len(term)], term) && cell[len(term)] == ' ' && len(strings.Fields(cell)) <= maxKeyCellWords
}

// maxKeyCellWords is the most words of a first cell that names a term
// with its name ("P3 Routine", "Category 1 severe").
const maxKeyCellWords = 3

// roleLabel is the label of a table's first cell of a role or a person,
// not of a term: "Role", "Job title", "Name".
var roleLabel = lazyre.New(`(?i)^(?:role|job\s+title|title|name|holder|position|post)$`)

// entryOf reports whether text, or one of its lines, is a glossary's entry
// of term (see termEntriesFirst).
func entryOf(text, term string) bool {
	if strings.Contains(term, " ") && strings.Contains(text, "-") {
		text = innerHyphen.ReplaceAllString(text, "$1 $2") // "whats a swap out": "Swap-out: replacing …"
	}
	if first, rest, ok := strings.Cut(text, "\n"); ok && strings.TrimSpace(rest) != "" && strings.EqualFold(strings.Trim(strings.TrimSpace(first), "*_:"), term) {
		return true // "Rag-out" over "An item taken out of circulation …": a glossary's term over its meaning
	}
	for _, line := range strings.Split(text, "\n") {
		if saysMeaning(line, term) {
			return true // "At the Fenwick Institute, SW means the Station Warden."
		}
		line = strings.TrimLeft(line, " \t-*•·0123456789.)")
		if label, rest, ok := strings.Cut(line, ": "); ok && len(label) <= 20 && !strings.EqualFold(label, term) {
			// "Abbreviation: VIP2; Stands for: …": the row's first cell,
			// not a row of a role ("Role: Chargehand; Purchase limit: …")
			cell, _, _ := strings.Cut(rest, ";")
			if keyCell(strings.Trim(strings.TrimSpace(cell), "*_\"'“”‘’"), term) && strings.Contains(rest, ";") && !roleLabel.MatchString(label) {
				return true
			}
			// "CH: Chargehand, the working lead of a crew": the term
			// spelled out after its letters, then what it is
			if len(label) <= 6 && strings.ToUpper(label) == label && len(rest) > len(term) && strings.EqualFold(rest[:len(term)], term) && strings.ContainsAny(rest[len(term):len(term)+1], ",;(.–—-") {
				return true
			}
		}
		line = openingTerm(line, term)
		if len(line) <= len(term) || !strings.EqualFold(line[:len(term)], term) {
			continue
		}
		after := strings.TrimLeft(line[len(term):], "*_\"'”’)")
		for _, sep := range []string{":", " –", " —", " -", " =", "=", " ("} {
			if strings.HasPrefix(after, sep) {
				return true
			}
		}
		if definedAs.MatchString(after) {
			return true // "\"The Linhay\" is the family room at the end of the ward", "A rag-out is an item …"
		}
	}
	return false
}

// openingTerm returns a line without the quotes and the article that open
// it ("\"The Linhay\" is …": "Linhay\" is …"), unless the term itself
// starts with the article.
func openingTerm(line, term string) string {
	rest := strings.TrimLeft(line, "\"'“‘*_")
	for _, a := range []string{"the ", "a ", "an "} {
		if len(rest) > len(a) && strings.EqualFold(rest[:len(a)], a) && !strings.EqualFold(term[:min(len(a), len(term))], a) {
			return rest[len(a):]
		}
	}
	return rest
}

// definedAs is what follows a term a sentence defines: "is the family
// room …", "means a …", "refers to …".
var definedAs = lazyre.New(`(?i)^\s+(?:is|are)\s+(?:an?|the|our|what|where|when|how)\b|^\s+(?:means|refers\s+to|describes)\b`)

// spelledFirst puts first, among the hits of a question of what letters
// stand for, those whose words spell them out anywhere, not only beside
// them ("what does HSEQ stand for": "HSEQ Manager (HSEQM) – health,
// safety, environment and quality", which spelledWords reads as no
// spelling of HSEQM), before those that only use them ("Who: HSEQ
// Manager, or the MD when she is away"). See inRow.
func spelledFirst(hits []ranked, letters string) []ranked {
	spelled := make([]bool, len(hits))
	for i, h := range hits {
		spelled[i] = inRow(h.passage.Text, letters)
	}
	out, _ := putFirst(hits, spelled)
	return out
}

// inRow reports whether text holds words in a row whose initials are the
// letters (in small letters; see spellsOut), none of them the letters
// themselves. Two letters are spelled only by two words in capitals
// ("Managing Director"), not by any two words ("make decisions").
func inRow(text, letters string) bool {
	if len(letters) < 2 || !strings.ContainsFunc(text, unicode.IsSpace) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(letters)
	ws := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' })
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.ToLower(r) != first || len(letters) == 2 && !unicode.IsUpper(r) {
			continue
		}
		for n := len(letters); n <= len(letters)+2 && i+n <= len(ws); n++ {
			row := ws[i : i+n]
			if spellsOut(row, letters) && !slices.ContainsFunc(row, func(w string) bool { return strings.EqualFold(w, letters) }) &&
				(len(letters) > 2 || unicode.IsUpper([]rune(row[n-1])[0])) {
				return true
			}
		}
	}
	return false
}
