package bot

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/role"
)

// Searcher is what the Engine needs of an index. *index.Index implements it.
type Searcher interface {
	Search(ctx context.Context, q index.Query) ([]index.Hit, error)
	Terms(text string) []string
	Vocabulary(ctx context.Context) (map[string]uint64, error)
	Similar(ctx context.Context, term string) ([]string, error)
}

// Options are the settings of an Engine. The zero value is usable.
type Options struct {
	// Excerpts is the number of excerpts an answer quotes (default 3).
	Excerpts int
	// Index tunes how Open opens or builds the index.
	Index index.Options
	// Now, when set, is the clock of questions that name a day by today
	// ("who's on call tomorrow"; see WithClock).
	Now func() time.Time
}

// Engine answers questions from a corpus and its index. It is built
// completely by New or Open and never changes afterwards, so it is safe for
// concurrent use, and so is a copy of it.
type Engine struct {
	corpus   *corpus.Corpus
	idx      Searcher
	roles    *role.Detector
	excerpts int
	stats    Stats
	now      func() time.Time // today, for "tomorrow" (see WithClock); nil: no clock

	passages    map[string]*passage   // by passage id
	entries     map[string][]*passage // by role id: the glossary's entries that spell its letters out (see entriesFirst)
	related     thesaurus
	filler      map[string]bool            // analysed filler words of questions
	german      map[string]bool            // analysed germanWords
	compare     map[string]bool            // analysed words that only ask for a comparison
	asksFor     map[Intent]map[string]bool // per intent, analysed words that only ask for that kind of answer
	nouns       map[string]bool            // analysed roleNouns
	whose       map[string]bool            // analysed whoseWords
	whosePhrase map[string]bool            // analysed whosePhraseWords
	which       map[string]bool            // analysed whichWords
	owning      map[string]bool            // analysed owningWords
	// analysed words that ask what letters stand for (letterWords)
	letterWords map[string]bool
	// titleRoles holds, per article slug, the roles its title names: the
	// article about a role is the first place to look for it.
	titleRoles map[string][]string
	titleTerms map[string][]string // article slug -> analysed words of its title
	covered    map[string]bool     // roles with a card or named in a passage

	vocab         map[string]uint64   // analysed word -> passages holding it: what needs no correction
	folded        map[string]string   // a word of the index with accents, by how people type it (see foldedVocab)
	initials      *initialsIndex      // the articles' capitalised phrases by their initials (see phraseOf)
	prefixes      *prefixIndex        // the vocabulary in order, for words cut short (see completed)
	dated         *datedIndex         // the tables of dated rows (see datedTables)
	short         map[string][]string // Slack shorthand as typed -> analysed expansions
	spelledAs     map[string]string   // letters the articles spell out, small -> their words ("md": "Managing Director")
	called        map[string]string   // other names the articles give their names, small -> the name ("receptionist": "Client Care Advisor")
	people        map[string]holding  // a person named as a role's holder -> the role (see peopleOf)
	hyphened      map[string]string   // a word the articles hyphenate, run together -> as they write it ("cutoff" -> "cut-off")
	holderNamesOf map[string][]string // role id -> its holder's one-word names (see holderNamesOf)
	handles       map[string]string   // a handle the articles give a person -> the person's name (see handlesOf)
	profiles      *profiles           // one profile per role, to route questions that name none
	kindTerms     [][]string          // per heading kind, the words that go with it in the corpus
	why           []string            // analysed words of reasons (see whyWords)
	comparing     []string            // analysed words of comparing (see comparingWords)
	examples      []string            // questions worth trying on this corpus (see corpusExamples)
}

// passage is a corpus passage with what the Engine knows of it, found once
// when the Engine is built.
type passage struct {
	corpus.Passage
	order        int          // place in the corpus, for stable ties
	named        []string     // roles its heading and text name
	subject      string       // the role it is about
	mentions     []role.Match // role names in its text
	headingTerms []string     // analysed words of its section heading
	headingRoles []string     // roles its section heading names
	headingOnly  string       // the role its heading names and nothing else (see heading.Only)
	headingKinds uint64       // see headingKindsOf
	lead         bool         // first of its section
	expands      []string     // roles whose letters it spells out (see expansions)
	japanese     bool         // its text is Japanese
	senderLine   bool         // it is only a memo's or an email's line of who sent it ("From: Gwen Prosser, Head of Libraries")
	control      bool         // it is only a document's control block ("Owner: Helen Barraclough, ICM    Version: 2.3") or a meeting's header ("Date: …\nChair: …\nPresent: …")
	spells       []string     // analysed letters it spells out, of roles or not (see spelled)
	meaning      []uint16     // its words that carry meaning (see meaningIDs)
}

// New returns an Engine over a loaded corpus, its index and its role
// detector. It works out everything the Engine knows of the corpus (see
// derive); Open reads that from the index folder instead when it can.
func New(c *corpus.Corpus, idx Searcher, roles *role.Detector, opt Options) *Engine {
	vocab := vocabulary(idx)
	return assemble(c, idx, roles, vocab, derive(c, idx, roles, vocab), opt)
}

// assemble builds an Engine from what derive found, doing only the cheap
// work: no role detection over the passages, no analysis of their text.
func assemble(c *corpus.Corpus, idx Searcher, roles *role.Detector, vocab map[string]uint64, d *derived, opt Options) *Engine {
	e := &Engine{corpus: c, idx: idx, roles: roles, excerpts: opt.Excerpts, now: opt.Now,
		related: newThesaurus(idx.Terms),
		filler:  analysedSet(idx, fillerWords), german: analysedSet(idx, germanWords), compare: analysedSet(idx, compareWords),
		asksFor: analysedAsks(idx), nouns: analysedSet(idx, roleNouns), whose: analysedSet(idx, whoseWords), whosePhrase: analysedSet(idx, whosePhraseWords), which: analysedSet(idx, whichWords), owning: analysedSet(idx, owningWords), letterWords: analysedSet(idx, letterWords),
		titleRoles: d.TitleRoles, titleTerms: d.TitleTerms, vocab: vocab, folded: foldedVocab(vocab), initials: &initialsIndex{}, prefixes: &prefixIndex{}, dated: &datedIndex{}, kindTerms: d.KindTerms}
	if e.excerpts <= 0 {
		e.excerpts = defaultExcerpts
	}
	// In a question, letters the articles use are themselves: no typo of
	// a role's ("ICO" is no "CIO" where a glossary spells it out).
	e.roles = roles.WithWords(e.usesWord)
	all := make([]passage, len(d.Mentions)) // one allocation for every passage
	e.passages = make(map[string]*passage, len(all))
	e.entries = map[string][]*passage{}
	i := 0
	for _, a := range c.Articles {
		for _, s := range a.Sections {
			for j, p := range s.Passages {
				h := d.Headings[p.Section]
				all[i] = newPassage(p, i, &h, d.Mentions[i])
				all[i].lead = j == 0
				all[i].meaning = d.Meaning[i]
				all[i].spells = d.Spells[i]
				e.passages[p.ID] = &all[i]
				for _, id := range all[i].expands {
					if opensWith(&all[i], id) {
						e.entries[id] = append(e.entries[id], &all[i])
					}
				}
				i++
			}
		}
	}
	e.covered = coveredRoles(c, e.passages)
	e.examples = corpusExamples(c, e.passages, e.covered)
	e.short = newShorthand(idx.Terms)
	e.spelledAs = d.Letters
	e.people = d.People
	e.holderNamesOf = holderNamesOf(d.People)
	e.handles = d.Handles
	e.hyphened = d.Hyphened
	e.called = d.Called
	e.why = analysedList(idx, whyWords)
	e.comparing = analysedList(idx, comparingWords)
	e.profiles = newProfiles(d.Profiles)
	e.stats = Stats{Articles: len(c.Articles), Passages: len(e.passages), Cards: len(c.Cards), Skipped: c.Skipped}
	for _, k := range c.Cards {
		if k.Drafted {
			e.stats.Drafted++
		}
	}
	for _, a := range c.Articles {
		if a.Encoding != "" {
			e.stats.Decoded = append(e.stats.Decoded, a.File+": "+a.Encoding)
		}
		for _, w := range a.Warnings {
			e.stats.Warnings = append(e.stats.Warnings, a.File+": "+w)
		}
	}
	return e
}

// vocabulary returns the analysed words of the index with the passages
// holding each, or nil when the index cannot tell (then no word is
// corrected as a typo).
func vocabulary(idx Searcher) map[string]uint64 {
	v, err := idx.Vocabulary(context.Background())
	if err != nil {
		return nil
	}
	return v
}

// heading is what the Engine knows of a section heading.
type heading struct {
	Terms []string // analysed words
	Kinds uint64   // see headingKindsOf
	Roles []string // roles it names
	Only  string   // the role its last part names and nothing else ("The Vice-Chancellor (VC)"), or ""
}

func newPassage(p corpus.Passage, order int, h *heading, mentions []role.Match) passage {
	named := slices.Clone(h.Roles)
	for _, m := range mentions {
		named = appendNew(named, m.ID)
	}
	out := passage{Passage: p, order: order, mentions: mentions, named: named,
		headingTerms: h.Terms, headingKinds: h.Kinds, headingRoles: h.Roles, headingOnly: h.Only}
	switch at := rowSubject(p.Text, mentions); {
	case at >= 0:
		out.subject = mentions[at].ID
	case len(h.Roles) > 0:
		out.subject = h.Roles[0]
	}
	out.expands = expansions(p.Text, mentions)
	out.japanese = hasJapanese(p.Text)
	out.senderLine = p.Text != "" && strings.IndexByte("FfVv", p.Text[0]) >= 0 && fromLine.MatchString(p.Text) // most passages cost no pattern at start-up
	out.control = strings.Contains(p.Text, ": ") && (corpus.ControlBlock(p.Text) || corpus.MeetingHeader(p.Text)) ||
		corpus.IssuedLine(p.Text) // "Issued by …", "Version 2. Prepared by …", "Document FIN-003, version 5. Approved by …"
	return out
}

// expansions returns the roles whose letters a text spells out: two
// mentions of the role side by side, "CGO (Chief Growth Officer)", "the
// chief technology officer (CTO)", "CTO is an abbreviation for Chief
// Technical Officer".
func expansions(text string, ms []role.Match) []string {
	var out []string
	for i := 1; i < len(ms); i++ {
		a, b := ms[i-1], ms[i]
		if a.ID != b.ID || b.Start < a.End || slices.Contains(out, a.ID) {
			continue
		}
		gap := strings.ToLower(strings.Trim(text[a.End:b.Start], " ()[],:;-–—"))
		switch gap {
		case "", "stands for", "is short for", "is an abbreviation for", "is the abbreviation for", "means", "or", "aka":
			out = append(out, a.ID)
		}
	}
	return out
}

// analysedSet returns the analysed forms of plain words, as a set.
// analysedList analyses words, each analysed form once, in order.
func analysedList(idx Searcher, words []string) []string {
	var out []string
	for _, w := range words {
		out = appendNew(out, idx.Terms(w)...)
	}
	return out
}

func analysedSet(idx Searcher, words []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words {
		for _, t := range idx.Terms(w) {
			out[t] = true
		}
	}
	return out
}

// WithExcerpts returns an Engine that quotes n excerpts an answer and
// otherwise answers as e does. e is unchanged; the two share what they
// know, which never changes.
func (e *Engine) WithExcerpts(n int) *Engine {
	c := *e
	c.excerpts = n
	if n <= 0 {
		c.excerpts = defaultExcerpts
	}
	return &c
}

// Cards returns every role card, sorted by id.
func (e *Engine) Cards() []corpus.Card { return slices.Clone(e.corpus.Cards) }

// Stats describes the corpus and the index the Engine answers from.
func (e *Engine) Stats() Stats { return e.stats }

// examples are questions worth trying, for help texts and no-match answers.
var examples = []string{
	"difference between CTO and CIO",
	"what does a CKO do?",
	"what skills does a CISO need?",
	"who is closer to management, the CTO or the CIO?",
	"which roles do you know?",
}

// Examples returns questions worth trying, for help texts.
func Examples() []string { return slices.Clone(examples) }

// corpusExamples returns questions worth trying on corpus c: the built-in
// ones when it covers their roles, else ones about the roles with cards
// that its passages name most. A hospital's folder is not offered "what
// does a CKO do?".
func corpusExamples(c *corpus.Corpus, ps map[string]*passage, covered map[string]bool) []string {
	if covered["cto"] && covered["cio"] && covered["cko"] && covered["ciso"] {
		return Examples()
	}
	count := map[string]int{}
	for _, p := range ps {
		for _, id := range p.named {
			count[id]++
		}
	}
	var cards []corpus.Card
	for _, k := range c.Cards {
		if count[k.ID] > 0 {
			cards = append(cards, k)
		}
	}
	sort.SliceStable(cards, func(i, j int) bool { return count[cards[i].ID] > count[cards[j].ID] })
	name := func(k corpus.Card) string {
		if k.Abbreviation != "" {
			return k.Abbreviation
		}
		return k.Title
	}
	var out []string
	switch {
	case len(cards) >= 2:
		a, b := name(cards[0]), name(cards[1])
		out = []string{"what does the " + a + " do?", "difference between " + a + " and " + b, "who does the " + b + " report to?"}
	case len(cards) == 1:
		out = []string{"what does the " + name(cards[0]) + " do?", "who does the " + name(cards[0]) + " report to?"}
	}
	return append(out, "which roles do you know?")
}

// Close closes the index if the engine was given one that can be closed.
func (e *Engine) Close() error {
	if c, ok := e.idx.(interface{ Close() error }); ok {
		return c.Close()
	}
	return nil
}

// countIn returns how many of items list holds.
func countIn(list, items []string) int {
	n := 0
	for _, s := range items {
		if slices.Contains(list, s) {
			n++
		}
	}
	return n
}

// wordsIn counts the words of terms that list holds, and the words: a
// Japanese word is analysed as bigrams that chain ("工場長": "工場",
// "場長"), which count as one word, held when one of them is.
func wordsIn(list, terms []string) (n, of int) {
	held := false
	for i, t := range terms {
		if i > 0 && chains(terms[i-1], t) {
			if !held && slices.Contains(list, t) {
				held = true
				n++
			}
			continue
		}
		of++
		held = slices.Contains(list, t)
		if held {
			n++
		}
	}
	return n, of
}

// chains reports whether b is the bigram of Japanese that follows a in a
// word: "工場" then "場長".
func chains(a, b string) bool {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == rb && ra >= 0x2E80 && utf8.RuneCountInString(a) == 2 && utf8.RuneCountInString(b) == 2
}

func containsAny(list, items []string) bool {
	return slices.ContainsFunc(items, func(s string) bool { return slices.Contains(list, s) })
}

// wordsBesideRoles counts the words of a passage outside its mentions of
// roles: "CKO (Chief Knowledge Officer): Chief Knowledge Officer" has none.
func (p *passage) wordsBesideRoles() int {
	n, at := 0, 0
	count := func(s string) {
		n += len(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
	}
	for _, m := range p.mentions {
		if m.Start >= at {
			count(p.Text[at:m.Start])
			at = m.End
		}
	}
	count(p.Text[at:])
	return n
}
