package corpus

import (
	"sort"
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// meaningHeader is the header of a table's column that says what its
// row's term is or does: "What it means here", "Description", "Role
// summary", "Duties", "What the post does", "Remit".
var meaningHeader = lazyre.New(`(?i)\b(?:means?|meaning|descri\w*|definition|defined|explanation|summary|purpose|duties|responsibilit\w*|what\s+(?:it|they|he|she)\s+(?:is|are|does|do)|what\s+(?:the|this|each)\s+(?:post|role|job|position|person)\s+(?:is|does|involves|covers)|remit)\b`)

// rowMeaning returns the quote of a table's row that says what role t is,
// when no sentence does: the row of a glossary kept as a table, one of
// whose cells is the role's letters or title and another, under a header
// of meaning, says more than four words ("Term: ECM; Stands for: Event
// Control Manager; What it means here: Runs the event control room …"
// gives "Runs the event control room …").
func (d *drafter) rowMeaning(t Card, used map[string]bool) (found, bool) {
	names := cardNames(t)
	for i, p := range d.passages {
		if !d.relevant(i, t.ID) || !tableRow.MatchString(p.Text) {
			continue
		}
		var named bool
		var meaning string
		for _, cell := range rowCells(p.Text) {
			head, value, ok := strings.Cut(cell, ": ")
			if !ok {
				continue
			}
			value = strings.TrimSpace(value)
			for _, n := range names {
				named = named || n != "" && strings.EqualFold(value, n)
			}
			if meaning == "" && meaningHeader.MatchString(head) && (len(strings.Fields(value)) > 4 || len(strings.Fields(value)) >= 3 && strings.HasSuffix(value, ".")) && !limitLine.MatchString(value) && !used[value] {
				meaning = value
			}
		}
		if named && meaning != "" {
			return found{p: i, q: quote{Text: meaning}, score: rowMeaningScore}, true
		}
	}
	return found{}, false
}

// rowMeaningScore is how well a glossary row's cell of meaning fits a
// card's summary: above a sentence that only opens with the role's letters
// ("A DKH week runs Monday 08:00 to …"), below one that defines the role
// by its title and letters ("The Duty Keyholder (DKH) is …").
const rowMeaningScore = 3

// rowCells splits a table row's text into its "header: value" cells; a
// piece with no header of its own is the cell before it, which held "; "
// ("What it means in practice: Runs a brew shift. Two of them; Maëlle is
// the senior.").
func rowCells(text string) []string {
	var out []string
	for _, piece := range strings.Split(text, "; ") {
		if head, _, ok := strings.Cut(piece, ": "); (!ok || len(head) > 40 || strings.ContainsAny(head, ".,") && !meaningHeader.MatchString(head)) && len(out) > 0 {
			out[len(out)-1] += "; " + piece
			continue
		}
		out = append(out, piece)
	}
	return out
}

// glossaryEntry reports whether a list item opens with one of names and a
// colon or a dash, then says more ("CCA: Client Care Advisor, our name for
// a receptionist").
func glossaryEntry(item string, names []string) bool {
	for _, n := range names {
		if n == "" || len(item) <= len(n) || !strings.EqualFold(item[:len(n)], n) {
			continue
		}
		rest := strings.TrimLeft(item[len(n):], " ")
		if m := bracketedLetters.FindString(rest); m != "" {
			rest = rest[len(m):] // "Event Control Manager (ECM): Ruth Ellingham, who runs the control room"
		}
		for _, sep := range []string{":", "–", "—", "- "} {
			if strings.HasPrefix(rest, sep) {
				// not "NPCA: AOG spare parts up to 50,000 EUR", a limit,
				// nor "Deputy Quarry Manager: The Pit Foreman, Wayne
				// Oddie, covers …", a line of what another post does
				return len(strings.Fields(rest)) >= 6 && !limitLine.MatchString(rest) &&
					!otherHolderOpens.MatchString(strings.TrimLeft(rest[len(sep):], " ")) && !holderReports.MatchString(rest)
			}
		}
	}
	return false
}

// holderReports is a line of an organisation chart after a title: its
// holder and whom the post reports to ("– Hannah Lindqvist – reports to
// the MG"), no word of what the post does.
var holderReports = lazyre.New(`^[—–:-]\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s*[—–,-]\s*(?:reports?|answers?|accountable)\s+(?:directly\s+|straight\s+)?to\b[^.;]*\.?$`)

// otherHolderOpens is a line that opens with another post and the name
// of who holds it: "The Pit Foreman, Wayne Oddie, covers …" says what he
// does, not what the post of its label is.
var otherHolderOpens = lazyre.New(`^[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*` + appositive)

// mayApprove is a sentence of how much a role may spend or approve.
var mayApprove = lazyre.New(`(?i)\b(?:may|can|could)\s+(?:approve|authori[sz]e|sign|commit|spend)\b[^.;]*?(?:[£$€]\s?\d|\bup\s+to\b)`)

// bracketedLetters is letters in brackets after a title: "(ECM) ".
var bracketedLetters = lazyre.New(`^\(\s*[A-Za-z]{1,6}\s*\)\s*`)

// limitLine holds an amount of money or a limit: a line of a table of
// limits, no definition.
var limitLine = lazyre.New(`[£$€¥]\s?\d|\d{1,3}(?:,\d{3})+|\d{4,}|(?i:\bup\s+to\s+\S*\d)`)

// afterNameLine reports whether quote q is the sentence right after the
// one that opens passage i and only names role t ("SpL – Sparks Lead.").
func (d *drafter) afterNameLine(i int, q quote, t Card) bool {
	text := strings.TrimSpace(d.passages[i].Text)
	opens := false
	for _, n := range cardNames(t) {
		if n != "" && len(text) > len(n) && strings.EqualFold(text[:len(n)], n) {
			opens = true
			break
		}
	}
	if !opens {
		return false // the common case: a passage that opens with no name of the role
	}
	qs := quotes(text)
	if len(qs) >= 3 && !qs[1].Item && holderNamesOnly(qs[1].Text) {
		// "FC – Finance Controller. Hannah Lindqvist. Budgets, payments,
		// payroll and the approval matrix.": the holder's name, then what
		// the post does.
		qs = append(qs[:1:1], qs[2:]...)
	}
	return len(qs) >= 2 && !qs[0].Item && !qs[1].Item && qs[1].Text == q.Text && onlyNames(qs[0].Text, t) && len(strings.Fields(q.Text)) >= 4
}

// holderNamesOnly reports whether a sentence is nothing but the names of
// a post's holders: "Hannah Lindqvist.", "Aidan Ross (senior TT) and Shona
// Matheson."
func holderNamesOnly(s string) bool {
	s = strings.TrimSpace(inBrackets.ReplaceAllString(s, ""))
	s = strings.TrimSuffix(s, ".")
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(s, " and ", ","), func(r rune) bool { return r == ',' }) {
		if part = strings.TrimSpace(part); !holderNameOnly.MatchString(part) || !namesOnePerson(part) {
			return false
		}
	}
	return s != ""
}

// holderNameOnly is a sentence of nothing but a person's name: "Hannah
// Lindqvist.", "Dr Tomasz Wielgosz.", "Joan-Pau Roudier."
var holderNameOnly = lazyre.New(`^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Capt|Revd|Rev|Cllr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|de|der|von|ter|da|du|le|la)\s+)*\p{Lu}[\p{L}'’-]+){1,2}\s*\.?$`)

// onlyNames reports whether s says nothing but names of role t ("COO –
// Chief Operating Officer", "CMO – Chief Medical Officer (formerly Medical
// Director)." keeps "formerly"): no word of its own besides small ones.
func onlyNames(s string, t Card) bool {
	low := " " + strings.ToLower(s) + " "
	names := cardNames(t)
	sort.SliceStable(names, func(a, b int) bool { return len(names[a]) > len(names[b]) })
	for _, n := range names {
		if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
			low = strings.ReplaceAll(low, n, " ")
		}
	}
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !smallWords[w] {
			return false
		}
	}
	return true
}

// smallWords say nothing on their own in a line that names a role.
var smallWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "is": true, "our": true}
