package bot

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/role"
)

// Searcher is what the Engine needs of an index. *index.Index implements it.
type Searcher interface {
	Search(ctx context.Context, q index.Query) ([]index.Hit, error)
	Terms(text string) []string
	DocFreq(ctx context.Context, terms []string) (map[string]uint64, uint64, error)
}

// maxRelated caps the related words added to a search for each word of
// the question: each one is another list of passages to read.
const maxRelated = 8

// MaxQuestionBytes is the longest question the Engine reads; the rest is cut.
const MaxQuestionBytes = 2000

// Engine answers questions from a corpus and its index. It is safe for
// concurrent use.
type Engine struct {
	corpus   *corpus.Corpus
	idx      Searcher
	roles    *role.Detector
	passages map[string]corpus.Passage
	related  thesaurus
	// titleRoles holds, per article slug, the roles its title names: the
	// article about a role is the first place to look for it.
	filler      map[string]bool // analysed filler words of questions
	titleRoles  map[string][]string
	titleTerms  map[string][]string // article slug -> analysed words of its title
	userArticle map[string]bool
	order       map[string]int // passage id -> place in the corpus
	infoMu      sync.Mutex
	infos       map[string]*passageInfo // filled as passages are first found
	// Excerpts is the number of excerpts an answer quotes (default 3).
	Excerpts int
}

// NewEngine returns an Engine over a loaded corpus and its index.
func NewEngine(c *corpus.Corpus, idx Searcher, roles *role.Detector) *Engine {
	e := &Engine{corpus: c, idx: idx, roles: roles, passages: map[string]corpus.Passage{}, Excerpts: 3,
		related: newThesaurus(idx.Terms), titleRoles: map[string][]string{}, userArticle: map[string]bool{}, order: map[string]int{}, infos: map[string]*passageInfo{}}
	for i, p := range c.Passages() {
		e.passages[p.ID] = p
		e.order[p.ID] = i
	}
	e.filler = map[string]bool{}
	for _, w := range fillerWords {
		for _, t := range idx.Terms(w) {
			e.filler[t] = true
		}
	}
	e.titleTerms = map[string][]string{}
	generic := idx.Terms("chief officer vice president head of the a what is")
	for _, a := range c.Articles {
		for _, t := range idx.Terms(a.Title) {
			if !containsStr(generic, t) {
				e.titleTerms[a.Slug] = appendNew(e.titleTerms[a.Slug], t)
			}
		}
		e.titleRoles[a.Slug] = roles.Roles(a.Title)
		e.userArticle[a.Slug] = a.Source == "user"
	}
	return e
}

// Cards returns every role card, sorted by id.
func (e *Engine) Cards() []corpus.Card { return e.corpus.Cards }

// Corpus returns the corpus the engine answers from.
func (e *Engine) Corpus() *corpus.Corpus { return e.corpus }

// Examples are questions worth trying, for help texts and no-match answers.
var Examples = []string{
	"difference between CTO and CIO",
	"what does a CKO do?",
	"what skills does a CISO need?",
	"who is closer to management, the CTO or the CIO?",
	"which roles do you know?",
}

// Answer answers one question. Any text gives an answer: questions that find
// nothing relevant come back with NoMatch and Suggestions; the error is only
// for a failing index or a cancelled context.
func (e *Engine) Answer(ctx context.Context, question string) (Answer, error) {
	q := cleanQuestion(question)
	a := Answer{Question: q, Roles: []string{}, Cards: []corpus.Card{}, Excerpts: []Excerpt{}}
	d := e.roles.Detect(q)
	a.Roles = append(a.Roles, d.Roles...)
	a.Intent = detectIntent(q, d.Rest, len(d.Roles))
	terms := e.ownTerms(d.Rest) // the question's own words, analysed

	switch a.Intent {
	case IntentHelp:
		a.Suggestions = Examples
		return a, nil
	case IntentList:
		a.Cards = append(a.Cards, e.corpus.Cards...)
		return a, nil
	}
	if len(d.Unknown) > 0 && len(d.Roles) == 0 {
		a.Unknown = d.Unknown
		a.NoMatch = true
		for _, u := range d.Unknown {
			a.Suggestions = appendNew(a.Suggestions, e.roles.Closest(u, 3)...)
		}
		if len(a.Suggestions) == 0 {
			a.Suggestions = Examples
		}
		return a, nil
	}
	a.Unknown = d.Unknown

	for _, id := range d.Roles {
		if c, ok := e.corpus.Card(id); ok && len(a.Cards) < 4 {
			a.Cards = append(a.Cards, c)
		}
	}
	wanted := d.Roles
	if a.Intent == IntentSearch && len(d.Roles) == 1 && len(contentTerms(terms)) == 0 {
		// Nothing but the role: "CIO?", "is a CDO a chief data officer
		// or a chief digital officer?"
		a.Intent = IntentDefine
	}
	if a.Intent == IntentCompare && len(d.Roles) == 1 && len(d.Matches) > 1 {
		// "Is the CEO the same as the company president?": two names of
		// one role, so the answer is what the role is.
		a.Intent = IntentDefine
	}
	if a.Intent == IntentCompare && len(d.Roles) == 1 && len(contentTerms(terms)) == 0 {
		// "How is a CIO different?": compare with what it is confused with.
		if c, ok := e.corpus.Card(d.Roles[0]); ok && len(c.ConfusedWith) > 0 {
			if other, ok := e.corpus.Card(c.ConfusedWith[0]); ok {
				a.Cards = append(a.Cards, other)
				a.Roles = append(a.Roles, other.ID)
				wanted = a.Roles
			}
		}
	}

	hits, err := e.search(ctx, q, d.Rest, terms, a.Intent, wanted)
	if err != nil {
		return a, err
	}
	if len(d.Roles) == 0 && !e.relevant(ctx, hits) {
		a.NoMatch = true
		a.Suggestions = Examples
		return a, nil
	}
	a.Excerpts = e.excerpts(hits, wanted)
	if len(a.Excerpts) == 0 && len(a.Cards) == 0 {
		a.NoMatch = true
		a.Suggestions = Examples
	}
	if a.Intent == IntentWhich && len(a.Cards) == 0 && len(a.Excerpts) > 0 {
		// "Who is closer to management?": show the roles the best passage names.
		for _, id := range e.roles.Roles(a.Excerpts[0].Text) {
			if c, ok := e.corpus.Card(id); ok && len(a.Cards) < 2 {
				a.Cards = append(a.Cards, c)
				a.Roles = append(a.Roles, id)
			}
		}
	}
	return a, nil
}

// search runs the index query for a question and re-ranks the hits: a
// passage that names the roles asked about ranks higher, and in a comparison
// one that names all of them ranks highest.
func (e *Engine) search(ctx context.Context, question, rest string, terms []string, intent Intent, wanted []string) ([]ranked, error) {
	q := index.Query{Text: rest, Terms: terms, Related: e.related.expand(terms, maxRelated), Size: max(15, 2*e.excerptCount()), MinHits: e.excerptCount()}
	for _, id := range wanted {
		q.Roles = append(q.Roles, index.Role{ID: id})
	}
	hits, err := e.idx.Search(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("answer: %w", err)
	}
	kinds := questionKinds(intent, question)
	out := make([]ranked, 0, len(hits))
	for _, h := range hits {
		p, ok := e.passages[h.ID]
		if !ok {
			continue // index older than the corpus in memory; skip
		}
		score := h.Score
		if len(terms) > 0 && len(h.Positions) == 0 && !containsAny(e.info(p).headingTerms, terms) {
			// Related words support the question's own; alone they are
			// a weaker sign.
			score *= 0.5
		}
		// Words of the question side by side in the passage, as in the
		// question ("chief of staff", "closer to management"), count more.
		score *= 1 + proximityBonus*float64(adjacentPairs(terms, h.Positions))
		if len(wanted) > 0 {
			info := e.info(p)
			named := info.named
			covered := 0
			for _, id := range wanted {
				if containsStr(named, id) {
					covered++
				}
			}
			switch {
			case covered == 0:
				score *= 0.5
			case len(wanted) > 1:
				score *= 1 + 0.6*float64(covered-1)/float64(len(wanted)-1)
			}
			if (len(wanted) == 1 || intent == IntentCompare) && info.subject == wanted[0] {
				// The passage is about the role (in a comparison, the first
				// one named), not just naming it in passing: "the CKO
				// reports to the CEO" is not about the CEO.
				score *= subjectPrior
			}
			for _, id := range e.titleRoles[p.Article] {
				if containsStr(wanted, id) {
					score *= titlePrior
					break
				}
			}
		}
		if intent == IntentDefine {
			// Articles say what a thing is before they go into detail.
			score *= 1 + 0.5/float64(1+p.Position)
		}
		// A passage of a few words ("I will explain this later.") says
		// little, however well it matches.
		if n := len(p.Text); n < shortPassage {
			score *= 0.5 + 0.5*float64(n)/float64(shortPassage)
		}
		if containsAny(e.titleTerms[p.Article], terms) {
			// A word of the question in the article's title: "knowledge"
			// points at the article on the chief knowledge officer.
			score *= titleWordPrior
		}
		if kinds&e.info(p).headingKinds != 0 {
			score *= headingPrior
		}
		if e.userArticle[p.Article] {
			score *= userPrior
		}
		out = append(out, ranked{hit: h, passage: p, score: score})
	}
	// Ties go to the passage that comes first in the corpus, so answers do
	// not depend on the order in which the index returns equal scores.
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return e.order[out[i].passage.ID] < e.order[out[j].passage.ID]
	})
	return out, nil
}

// Priors of the re-ranking: a passage of the article whose title names a
// role of the question (the article about that role), and a passage of the
// user's own article, which is the reference the corpus was built around.
var (
	titlePrior   = 2.0
	shortPassage = 160 // bytes; shorter passages rank lower

	proximityBonus = 0.3
	subjectPrior   = 1.5
	headingPrior   = 1.3
	titleWordPrior = 1.3
	userPrior      = 1.0
)

// adjacentPairs counts the pairs of words next to each other in the
// question (terms, in order) that also stand within three words of each
// other, in the same order, in a passage (pos: positions of each word).
func adjacentPairs(terms []string, pos map[string][]int) int {
	n := 0
	for i := 0; i+1 < len(terms); i++ {
		a, b := pos[terms[i]], pos[terms[i+1]]
	pair:
		for _, pa := range a {
			for _, pb := range b {
				if d := pb - pa; d >= 1 && d <= 3 {
					n++
					break pair
				}
			}
		}
	}
	return n
}

// passageInfo is what the Engine knows of a passage's roles.
type passageInfo struct {
	named        []string     // roles its heading and text name
	subject      string       // the role it is about
	mentions     []role.Match // role names in its text
	headingTerms []string     // analysed words of its section heading
	headingKinds uint64       // see headingKindsOf
}

// info returns the roles of a passage, found once and then remembered.
func (e *Engine) info(p corpus.Passage) *passageInfo {
	e.infoMu.Lock()
	defer e.infoMu.Unlock()
	if in, ok := e.infos[p.ID]; ok {
		return in
	}
	mentions := e.roles.Find(p.Text)
	in := &passageInfo{named: e.roles.Roles(p.Section + "\n" + p.Text), mentions: mentions,
		headingTerms: e.idx.Terms(p.Section), headingKinds: headingKindsOf(p.Section)}
	if len(mentions) > 0 {
		in.subject = mentions[0].ID
	} else if len(in.named) > 0 {
		in.subject = in.named[0]
	}
	e.infos[p.ID] = in
	return in
}

// ownTerms returns the analysed words of a question worth searching for:
// not the filler ("usually", "actually").
func (e *Engine) ownTerms(text string) []string {
	out := []string{} // not nil: the index then analyses nothing itself
	for _, t := range e.idx.Terms(text) {
		if !e.filler[t] {
			out = append(out, t)
		}
	}
	return out
}

// contentTerms returns the analysed words of a question that are not about
// comparing: what is left of "how is a CIO different from a CTO" once the
// roles are out is nothing.
func contentTerms(terms []string) []string {
	var out []string
	for _, t := range terms {
		switch t {
		case "how", "differ", "vs", "versu", "versus", "same", "compar", "comparison", "distinguish", "contrast", "overlap", "confus":
		default:
			out = append(out, t)
		}
	}
	return out
}

type ranked struct {
	hit     index.Hit
	passage corpus.Passage
	score   float64
}

// relevant decides whether hits for a question that names no role are worth
// showing: the best one must contain a word of the question that is not in
// most passages ("company" is everywhere, "weather" nowhere).
func (e *Engine) relevant(ctx context.Context, hits []ranked) bool {
	if len(hits) == 0 {
		return false
	}
	top := hits[0].hit.Terms
	if len(top) == 0 {
		return false
	}
	df, total, err := e.idx.DocFreq(ctx, top)
	if err != nil || total == 0 {
		return true
	}
	for _, t := range top {
		if float64(df[t]) <= max(2, 0.12*float64(total)) {
			return true
		}
	}
	return false
}

func (e *Engine) excerptCount() int {
	if e.Excerpts <= 0 {
		return 3
	}
	return e.Excerpts
}

// excerpts turns the best hits into excerpts, skipping repeated texts.
// Words of the question and names of the wanted roles are marked.
func (e *Engine) excerpts(hits []ranked, wanted []string) []Excerpt {
	n := e.excerptCount()
	out := []Excerpt{}
	seen := map[string]bool{}
	for _, h := range hits {
		if len(out) == n {
			break
		}
		key := strings.Join(strings.Fields(h.passage.Text), " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		spans := make([]Span, 0, len(h.hit.Spans))
		for _, s := range h.hit.Spans {
			spans = append(spans, Span{s.Start, s.End})
		}
		for _, m := range e.info(h.passage).mentions {
			if containsStr(wanted, m.ID) {
				spans = append(spans, Span{m.Start, m.End})
			}
		}
		spans = mergeSpans(spans)
		out = append(out, Excerpt{
			Rank:        len(out) + 1,
			Article:     h.passage.ArticleTitle,
			ArticleSlug: h.passage.Article,
			Section:     h.passage.Section,
			Text:        h.passage.Text,
			Highlighted: Mark(h.passage.Text, spans, nil, "**", "**"),
			Score:       h.score,
			Spans:       spans,
		})
	}
	return out
}

// slackSequence matches Slack's special sequences in message text: <!here>,
// <!channel|@channel>, <@U123>, <#C123|general>, <https://x|label>.
var slackSequence = regexp.MustCompile(`<([!@#][^<>]*|[a-z]+:[^<>]*)>`)

// cleanQuestion makes any input safe to work with: valid UTF-8, Slack's
// mentions and links reduced to their visible words (broadcasts and user
// mentions dropped), no control characters, single spaces, at most
// MaxQuestionBytes.
func cleanQuestion(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = slackSequence.ReplaceAllStringFunc(s, func(m string) string {
		inner := m[1 : len(m)-1]
		switch inner[0] {
		case '!', '@':
			return " " // <!channel>, <@U123>: nothing to search for
		}
		if i := strings.IndexByte(inner, '|'); i >= 0 {
			return " " + inner[i+1:] + " " // a channel or link: its label
		}
		if inner[0] == '#' {
			return " "
		}
		return " " + inner + " "
	})
	if len(s) > MaxQuestionBytes {
		cut := MaxQuestionBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsAny(list, items []string) bool {
	for _, s := range items {
		if containsStr(list, s) {
			return true
		}
	}
	return false
}

func appendNew(list []string, items ...string) []string {
	for _, s := range items {
		if !containsStr(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// Close closes the index if the engine was given one that can be closed.
func (e *Engine) Close() error {
	if c, ok := e.idx.(interface{ Close() error }); ok {
		return c.Close()
	}
	return nil
}
