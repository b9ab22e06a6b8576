package bot

import (
	"context"
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/english"
	"github.com/rolebot/rolebot/internal/wordvec"
)

// correct returns the question with each word that the index has never
// seen replaced by the most common word of the index one edit away ("who
// does the ciso reprot to" -> "who does the ciso report to"), so that the
// word is searched and keeps its intent. An edit is an insertion, a
// deletion, a substitution (Bleve's fuzzy dictionary walk) or two letters
// swapped (looked up in the vocabulary). Words found in the index, filler,
// stop words, English words (see englishWords) and words of fewer than four
// letters are left alone. The
// second result tells whether anything changed.
func (e *Engine) correct(ctx context.Context, q string) (string, bool) {
	if len(e.vocab) == 0 || e.allKnown(e.idx.Terms(q)) && !e.anyKeptWholeSlip(q) {
		return q, false // the common case: one analysis, no lookup
	}
	type fix struct {
		start, end int
		word       string
	}
	var fixes []fix
	german := inGerman(q) // "wann hat der Betriebsrat …": "wann" is no slip of "warn"
	spans := wordSpans(q)
	for i, w := range spans {
		word := q[w[0]:w[1]]
		if lw := strings.ToLower(word); german && (slices.Contains(germanWords, lw) || germanMarks[lw]) {
			continue
		}
		if o, ok := e.ordinalWord(q, spans, i); ok {
			fixes = append(fixes, fix{w[0], w[1], o})
			continue
		}
		if fixed, ok := e.correctWord(ctx, word); ok {
			fixes = append(fixes, fix{w[0], w[1], fixed})
		}
	}
	write := func() string {
		var b strings.Builder
		pos := 0
		for _, f := range fixes {
			b.WriteString(q[pos:f.start])
			b.WriteString(f.word)
			pos = f.end
		}
		b.WriteString(q[pos:])
		return b.String()
	}
	if len(fixes) == 0 {
		return q, false
	}
	out := write()
	// "chief executve officer" names the CEO as typed, forgiven by the
	// role detector; the nearest word ("execute") would name no role. A
	// role the question names as typed is kept as typed when the fixes
	// lose it.
	kept := e.roles.Detect(out).Roles
	for _, m := range e.roles.Detect(q).Matches {
		if !slices.Contains(kept, m.ID) {
			fixes = slices.DeleteFunc(fixes, func(f fix) bool { return m.Start <= f.start && f.end <= m.End })
		}
	}
	if len(fixes) == 0 {
		return q, false
	}
	return write(), true
}

func (e *Engine) allKnown(terms []string) bool {
	for _, t := range terms {
		if !e.known(t) {
			return false
		}
	}
	return true
}

// known reports whether an analysed word needs no correction: the index
// has it, or it is filler, a related word, shorthand or a word of a role's
// everyday work that rolebot knows though the articles may not use it
// ("hacked", "boss", "eng", "helpdesk").
func (e *Engine) known(t string) bool {
	if _, ok := e.vocab[t]; ok {
		return true
	}
	if _, ok := e.hyphened[t]; ok {
		return false // "wifi", shorthand, where the articles write "Wi-Fi": read as they write it
	}
	_, related := e.related[t]
	_, short := e.short[t]
	return e.filler[t] || related || short || e.lexiconKnows(t)
}

// lexiconKnows reports whether the lexicon's everyday words of a role hold
// the analysed word t ("helpdesk" for the CIO), which routing reads.
func (e *Engine) lexiconKnows(t string) bool {
	if e.profiles == nil {
		return false
	}
	for _, r := range e.profiles.roles {
		if r.Known[t] > 0 {
			return true
		}
	}
	return false
}

// correctWord returns the correction of one word of a question, if it needs one.
func (e *Engine) correctWord(ctx context.Context, word string) (string, bool) {
	if strings.ContainsAny(word, "0123456789") {
		// "100k", "2fa", "q3": an amount or a code, never a slip of a
		// word ("100k" is one edit from "100", and loses its thousands).
		// Letters run into their number are written apart, as the
		// articles write them: "soc2" is "SOC 2", "iso27001" "ISO 27001".
		if g := lettersDigits.FindStringSubmatch(word); g != nil && !e.knownWord(word) && e.knownWord(g[1]) {
			return g[1] + " " + g[2], true
		}
		if g := digitsUnit.FindStringSubmatch(word); g != nil && !unitsAsTyped[strings.ToLower(g[2])] && !e.knownWord(word) && e.knownWord(g[2]) {
			return g[1] + " " + g[2], true // "25ppm": the articles' "25 ppm"
		}
		return "", false
	}
	if w, ok := e.keptWholeSlip(word); ok {
		return w, true
	}
	terms := e.idx.Terms(word)
	if len(terms) == 1 && !e.known(terms[0]) {
		if w, ok := e.folded[terms[0]]; ok {
			// "jorg", "joerg": the articles write "Jörg"; the ending the
			// analysis cut off stays ("tomas": "tomá" and "s").
			return w + strings.TrimPrefix(strings.ToLower(word), terms[0]), true
		}
		if w, ok := questionWordTypo(terms[0], englishWords(word)); ok {
			return w, true
		}
		if w, ok := askWordSlip(strings.ToLower(word)); ok {
			return w, true
		}
	}
	if len(terms) == 1 && !e.known(terms[0]) {
		if w, ok := e.nounOf(word); ok {
			return w, true
		}
		if w, ok := e.otherGender(word); ok {
			return w, true
		}
	}
	if h, ok := e.hyphened[strings.ToLower(word)]; ok && len(terms) == 1 && !e.known(terms[0]) {
		return h, true // "cutoff": the articles write "cut-off"
	}
	if len(terms) != 1 || len(terms[0]) > maxCorrect {
		return "", false
	}
	t := terms[0]
	if e.known(t) || e.short[strings.ToLower(word)] != nil {
		return "", false
	}
	short := len([]rune(t)) < minCorrect
	if short && len([]rune(word)) < minCorrect {
		return "", false
	}
	if capitalLetters(word) {
		// "COLP", typed in capitals, is letters the articles may not
		// have, no typo of "Cole": better nothing found than a name.
		return "", false
	}
	if e.namesRole(word) {
		// A role name, a typo of one, or a role-like word ("CINO",
		// "CXO"): role detection reads these, never the speller.
		return "", false
	}
	if englishWords(word) {
		return e.rareWordSlip(word)
	}
	if w, ok := e.englishFix(word); ok || short {
		// "hirs" is analysed as "hir", too short to look for among the
		// index's words; typed with four letters, it is looked for
		// among English words only ("hire").
		return w, ok
	}
	if w, ok := e.split(word); ok {
		return w, true
	}
	best, bestDF := "", uint64(0)
	consider := func(c string) {
		if df := e.vocab[c]; df > bestDF || df == bestDF && best != "" && c < best {
			best, bestDF = c, df
		}
	}
	r := []rune(t)
	for i := 0; i+1 < len(r); i++ {
		if r[i] == r[i+1] {
			continue
		}
		s := slices.Clone(r)
		s[i], s[i+1] = s[i+1], s[i]
		if _, ok := e.vocab[string(s)]; ok {
			consider(string(s))
		}
	}
	if similar, err := e.idx.Similar(ctx, t); err == nil {
		for _, c := range similar {
			if typo(t, c) {
				consider(c)
			}
		}
	}
	if best == "" || bestDF == 0 {
		if c := e.completed(word); c != "" {
			return c, true // "defib": "defibrillator"
		}
		return e.splitSlip(ctx, word)
	}
	// Keep the word's own ending: "reprots" is analysed as "reprot",
	// corrected as "report", written back as "reports".
	lower := strings.ToLower(word)
	if strings.HasPrefix(lower, t) {
		return best + lower[len(t):], true
	}
	return best, true
}

// namesRole reports whether role detection reads the word: a role's name,
// a typo of one, or a role-like word.
func (e *Engine) namesRole(word string) bool {
	d := e.roles.Detect(word)
	return len(d.Roles) > 0 || len(d.Unknown) > 0
}

// nounOf returns the noun an adjective in -y is made of, when the
// articles use the noun and not the adjective: "windy" -> "wind" ("wind
// speed"), "foggy" -> "fog", "noisy" -> "noise". A word among the
// commonAdjectiveRank most frequent is itself ("ready", "party", "early").
func (e *Engine) nounOf(word string) (string, bool) {
	w := strings.ToLower(word)
	n := len(w)
	if n < 5 || w[n-1] != 'y' || !english.Word(w) {
		return "", false
	}
	if id, ok := wordvec.Lookup(w); ok && wordvec.Rank(id) < commonAdjectiveRank {
		return "", false // "ready" is no "read", "party" no "part"
	}
	stem := w[:n-1]
	cands := []string{stem, stem + "e"}
	if stem[len(stem)-1] == stem[len(stem)-2] {
		cands = append(cands, stem[:len(stem)-1]) // "foggy"
	}
	for _, c := range cands {
		if english.Word(c) {
			if ts := e.idx.Terms(c); len(ts) == 1 && e.known(ts[0]) {
				return c, true
			}
		}
	}
	return "", false
}

// englishFix returns the English word one edit from word (not itself an
// English word) that the articles use most, read through the analyser:
// "diffrence" -> "difference" ("differ"), "presdient" -> "president".
// Looking among English words, not the analysed words of the index,
// finds slips that the analyser's stemming hides ("diffrenc" is three
// edits from "differ"). Words the articles never use are no correction:
// the search could not find them anyway.
func (e *Engine) englishFix(word string) (string, bool) {
	w := strings.ToLower(word)
	if !plainLetters(w) {
		return "", false
	}
	best, bestDF, bestSlip := "", uint64(0), 0
	consider := func(c string) {
		if c == w || !english.Word(c) {
			return
		}
		ts := e.idx.Terms(c)
		if len(ts) != 1 {
			return
		}
		df := e.vocab[ts[0]]
		slip := 0
		switch {
		case swapped(w, c):
			slip = 2 // "cheif": "chief" before "chef"
		case typo(w, c):
			slip = 1
		}
		// A slip of the fingers first, two letters swapped before the
		// others, then the word the articles use most, then the first
		// in the alphabet: the same answer each time.
		if df > 0 && (best == "" || slip > bestSlip || slip == bestSlip && (df > bestDF || df == bestDF && c < best)) {
			best, bestDF, bestSlip = c, df, slip
		}
	}
	b := []byte(w)
	for i := range b { // deletions and swaps
		consider(w[:i] + w[i+1:])
		if i+1 < len(b) && b[i] != b[i+1] {
			s := slices.Clone(b)
			s[i], s[i+1] = s[i+1], s[i]
			consider(string(s))
		}
	}
	for i := 0; i <= len(b); i++ { // insertions and substitutions
		for c := byte('a'); c <= 'z'; c++ {
			consider(w[:i] + string(c) + w[i:])
			if i < len(b) && c != b[i] {
				consider(w[:i] + string(c) + w[i+1:])
			}
		}
	}
	return best, best != ""
}

// englishWords reports whether every part of a word ("old-timers",
// "great") is an English word: a word the articles do not use is then
// what the user meant, not a slip for a word they do use ("great" is not
// "treat", "always" is not "away").
func englishWords(word string) bool {
	parts := strings.FieldsFunc(word, func(r rune) bool { return r == '-' || r == '\'' || r == '’' })
	for _, p := range parts {
		if !english.Word(p) {
			return false
		}
	}
	return len(parts) > 0
}

// capitalLetters reports whether word is letters typed in capitals, as
// people write acronyms ("COLP", "SIRO"): two to eight, all of them capital.
func capitalLetters(word string) bool {
	if len(word) < 2 || len(word) > 8 {
		return false
	}
	for i := 0; i < len(word); i++ {
		if word[i] < 'A' || word[i] > 'Z' {
			return false
		}
	}
	return true
}

// askWordSlip returns the word of askSlips that word (not an English
// word) is one slip from: "descripton" -> "description".
func askWordSlip(word string) (string, bool) {
	if englishWords(word) {
		return "", false
	}
	for _, w := range askSlips {
		if oneEditApart(word, w) && typo(word, w) {
			return w, true
		}
	}
	return "", false
}

// chatWhat is "what" as chat spells it ("wat does red cover mean", "wut's
// a KHA"): read as "what", so that the question asks what it asks.
var chatWhat = newGuarded(`\b(?:[Ww]at|[Ww]ut|wot|wht|waht|whta)(s|['’]s)?\b`, "at", "ut", "ot", "wht", "waht", "whta")

// chatDoes is "does" as chat slips it after a question word: "what dos a
// cmo do", "who dos the ciso report to".
var chatDoes = newGuarded(`(?i)\b(what|wat|who|how|where|when|why)\s+(?:dos|doe|dose|deos)\b`, "dos", "doe", "dose", "deos")

// spellWhat writes "what" for chatWhat, unless the articles use the word
// (a Thai temple's "Wat"), and "does" for chatDoes.
func (e *Engine) spellWhat(q string) string {
	q = chatDoes.ReplaceAllString(q, "$1 does")
	return chatWhat.ReplaceAllStringFunc(q, func(m string) string {
		w := strings.TrimRight(strings.ToLower(m), "s'’")
		if e.vocab[w] > 0 {
			return m
		}
		return "what" + m[len(strings.TrimRight(m, "s'’")):]
	})
}
