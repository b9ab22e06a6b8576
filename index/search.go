package index

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/rolebot/rolebot/corpus"
)

// Limits that keep any question cheap, whatever its size.
const (
	MaxQueryBytes = 1000 // longer text is cut (on a rune boundary)
	maxRoles      = 4
	maxTerms      = 64 // terms per part of a query
	maxSize       = 100
)

// Index is an open passage index. It is safe for concurrent use.
type Index struct {
	b        bleve.Index
	analyzer analysis.Analyzer
	cjk      analysis.Analyzer
	// headings holds every word of the section headings (a few hundred
	// even on a large corpus): a word no heading holds is not searched in
	// them. nil when they could not be read; then every word is.
	headings map[string]bool
	// jaHeadings: some section heading is Japanese (see fieldSectionJA).
	jaHeadings bool
	// asked holds every word of the headings that ask a question (see
	// fieldAsked); empty when none does.
	asked map[string]bool
	// otherOnly holds the roles the index names only in the field of
	// other roles (see Passage.Other). nil when it could not be read.
	otherOnly map[string]bool
	located   locations // see locate
	close     sync.Once
	closeErr  error
}

func newIndex(b bleve.Index) *Index {
	x := &Index{b: b, analyzer: b.Mapping().AnalyzerNamed(textAnalyzer), cjk: b.Mapping().AnalyzerNamed(cjkAnalyzer)}
	x.headings = x.fieldWords(fieldSection)
	x.jaHeadings = len(x.fieldWords(fieldSectionJA)) > 0
	x.asked = x.fieldWords(fieldAsked)
	if named, other := x.fieldWords(fieldRoles), x.fieldWords(fieldOtherRoles); named != nil && other != nil {
		x.otherOnly = map[string]bool{}
		for id := range other {
			if !named[id] {
				x.otherOnly[id] = true
			}
		}
	}
	return x
}

// fieldWords returns the words a field holds, or nil if they cannot be read.
func (x *Index) fieldWords(field string) map[string]bool {
	r, err := x.reader()
	if err != nil {
		return nil
	}
	defer r.Close()
	d, err := r.FieldDict(field)
	if err != nil {
		return nil
	}
	defer d.Close()
	out := map[string]bool{}
	for e, err := d.Next(); e != nil && err == nil; e, err = d.Next() {
		out[e.Term] = true
	}
	return out
}

// Close releases the index files. Closing twice is harmless.
func (x *Index) Close() error {
	x.close.Do(func() { x.closeErr = x.b.Close() })
	return x.closeErr
}

// Count returns the number of passages indexed.
func (x *Index) Count() (uint64, error) { return x.b.DocCount() }

// Role is a role that a question names, by id ("cto").
type Role struct {
	ID string
	// Names are analysed words of the text that stand for the role too:
	// the name of the person the question names as its holder ("lindiwe
	// is off": a passage that names Lindiwe, not her title, is about it).
	Names []string
}

// Routed is a role a question points to without naming it, with its weight.
type Routed struct {
	ID     string
	Weight float64
}

// Query is a search for passages. Text is free text from a user: it is only
// ever analysed into words, never parsed as query syntax.
type Query struct {
	Text    string   // the question, or what is left of it once roles are taken out
	Terms   []string // Text already analysed (see Terms); nil: analyse Text
	Related []string // analysed words (see Terms) related to those of Text ("report" for "accountable"), a little weaker
	Roles   []Role   // roles the question names; passages naming them rank higher
	// Routed are the roles a question that names none points to, each with
	// a weight (1 for the best): a passage under a heading that names one
	// is found though it holds no word of the question ("who runs the
	// helpdesk", when no article says "helpdesk"). Ignored with Roles.
	Routed []Routed
	// Known, when not nil, says whether some passage text holds a word of
	// Terms: the others cannot match, so they cost no lookup (the scores
	// stay what they would be with them).
	Known func(term string) bool
	// Passage, when not nil, gives the text and section heading of the
	// passage of an id, as indexed: the words of a hit are then found in
	// its text (analysed once, see locate), not asked of Bleve, which is
	// much cheaper. A hit whose id it does not know is left out.
	Passage func(id string) (text, section string, ok bool)
	Size    int // number of hits (default 10, at most 100)
	// MinHits: when fewer passages than this hold both a role of the
	// question and one of its words, passages that only name the role are
	// ranked too (default 1).
	MinHits int
	// Optional: a passage that names a role of the question need not hold
	// a word of it; the words only rank.
	Optional bool
	// AllRoles: a passage must name every role of Roles, not one of them
	// ("CEO, COO and CFO: how do the three split the work").
	AllRoles bool
	// Required: with no role, a passage must hold a word of Text in its
	// text; the related words only rank those. For a question whose words
	// are the whole of what it asks ("PPFM??"), so that words of the kind
	// of answer ("stands for", "abbreviation") do not bring up every row
	// of a glossary.
	Required bool
	// Weights of the parts of the query against a word of Text in the
	// passage text (1). A part whose weight is zero adds nothing.
	Weights Weights
}

// Weights are the boosts of the parts of a query.
type Weights struct {
	Section float64 // a word of Text in the section heading
	Asked   float64 // a word of Text in the question its heading asks (an FAQ's)
	// SectionJA: a Japanese word of Text in a Japanese section heading
	// (an FAQ's question)
	SectionJA float64
	Related   float64 // a word of Related, in the text or the heading
	Role      float64 // the passage names a role of the question, in any form
	Name      float64 // the section heading names such a role
	Routed    float64 // the section heading names a routed role, at weight 1
}

// Hit is one passage found.
type Hit struct {
	ID    string
	Score float64
	// Spans are the byte ranges of the passage text where words of
	// Query.Text occur, sorted; they never overlap.
	Spans []Span
	// Terms are the analysed words of Query.Text and Query.Related that
	// the passage text contains ("differ", "cto").
	Terms []string
	// Positions holds, for each word of Query.Text found, its positions
	// in the passage text (1 = first word), for proximity.
	Positions map[string][]int
}

// Span is a byte range [Start, End) of a passage text.
type Span struct{ Start, End int }

// Terms returns the analysed words of text, as the index sees them
// ("What's the difference?" -> ["differ"]). Japanese in text gives pairs
// of characters ("最高技術" -> ["最高", "高技", "技術"]).
func (x *Index) Terms(text string) []string {
	text = Clip(text)
	if corpus.HasJapanese(text) {
		return mixedTerms(x.analyzer, x.cjk, text)
	}
	var out []string
	for _, t := range x.analyzer.Analyze([]byte(text)) {
		out = append(out, string(t.Term))
	}
	return out
}

// DocFreq returns in how many passages each analysed term occurs, and the
// number of passages.
func (x *Index) DocFreq(ctx context.Context, terms []string) (map[string]uint64, uint64, error) {
	adv, err := x.b.Advanced()
	if err != nil {
		return nil, 0, fmt.Errorf("index: doc freq: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, 0, fmt.Errorf("index: doc freq: %w", err)
	}
	defer r.Close()
	total, err := r.DocCount()
	if err != nil {
		return nil, 0, fmt.Errorf("index: doc freq: %w", err)
	}
	out := make(map[string]uint64, len(terms))
	for _, t := range terms {
		field := fieldText
		if corpus.HasJapanese(t) {
			field = fieldJA
		}
		tfr, err := r.TermFieldReader(ctx, []byte(t), field, false, false, false)
		if err != nil {
			return nil, 0, fmt.Errorf("index: doc freq %q: %w", t, err)
		}
		out[t] = tfr.Count()
		tfr.Close()
	}
	return out, total, nil
}

// Search returns the passages that best match q, best first.
func (x *Index) Search(ctx context.Context, q Query) (hits []Hit, err error) {
	defer func() {
		// Bleve has had panics in scorch; one bad search must not take the
		// bot down.
		if r := recover(); r != nil {
			hits, err = nil, fmt.Errorf("index: search panicked: %v", r)
		}
	}()
	text, related := q.Terms, q.Related
	if text == nil {
		text = x.Terms(q.Text)
	}
	size := q.Size
	if size <= 0 {
		size = 10
	}
	size = min(size, maxSize)
	other := x.otherRoles(q.Roles)
	run := func(requireWords bool) (*bleve.SearchResult, error) {
		bq := x.build(q, text, related, requireWords, other)
		if bq == nil {
			return &bleve.SearchResult{}, nil
		}
		req := bleve.NewSearchRequestOptions(bq, size+tieMargin, 0, false)
		req.IncludeLocations = q.Passage == nil // else see locatedHit
		res, err := x.b.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("index: search: %w", err)
		}
		if n := len(res.Hits); n == size+tieMargin && res.Hits[size-1].Score == res.Hits[n-1].Score {
			// The tie runs past the margin (the rows of a rota, all
			// naming the role asked about alone): fetch the whole tie.
			req.Size = size + maxTieRun
			if res, err = x.b.SearchInContext(ctx, req); err != nil {
				return nil, fmt.Errorf("index: search: %w", err)
			}
		}
		res.Hits = firstByScoreAndID(res.Hits, size)
		return res, nil
	}
	// A question of only roles ("what does a CIO do") requires no word:
	// its related words (those of a kind of heading, another name of the
	// role) rank the passages that name the role, they do not pick them.
	require := len(text) > 0 && !q.Optional
	res, err := run(require)
	if err != nil {
		return nil, err
	}
	if require && len(q.Roles) > 0 && len(res.Hits) < max(q.MinHits, 1) {
		// Too few passages hold both a role and a word: rank every
		// passage that names the role instead.
		if res, err = run(false); err != nil {
			return nil, err
		}
	}
	own, rel := map[string]bool{}, map[string]bool{}
	for _, t := range text {
		own[t] = true
	}
	for _, t := range related {
		rel[t] = true
	}
	hits = make([]Hit, 0, len(res.Hits))
	var words searched
	if q.Passage != nil {
		words = x.searched(text, related)
	}
	for _, h := range res.Hits {
		if q.Passage == nil {
			hits = append(hits, toHit(h, own, rel))
			continue
		}
		body, section, ok := q.Passage(h.ID)
		if !ok {
			continue // not in the caller's corpus (an index older than it)
		}
		hits = append(hits, locatedHit(Hit{ID: h.ID, Score: h.Score}, x.locate(h.ID, body, section), words))
	}
	return hits, nil
}

// otherRoles returns the roles of the question that the index holds only
// in the field of other roles (see Passage.Other).
func (x *Index) otherRoles(roles []Role) map[string]bool {
	var out map[string]bool
	for _, role := range roles {
		if x.otherOnly[role.ID] {
			if out == nil {
				out = map[string]bool{}
			}
			out[role.ID] = true
		}
	}
	return out
}

// toHit converts a Bleve hit. It keeps the locations of the question's own
// words (own) and lists those and the related words matched, leaving out
// the intent words added to the search.
func toHit(h *search.DocumentMatch, own, related map[string]bool) Hit {
	out := Hit{ID: h.ID, Score: h.Score}
	for term := range h.Locations[fieldSectionJA] {
		if own[term] && corpus.HasJapanese(term) {
			out.Terms = append(out.Terms, term) // matched, with nothing to mark in the text
		}
	}
	for term, locs := range h.Locations[fieldJA] {
		if own[term] {
			if corpus.HasJapanese(term) { // Latin words are listed from fieldText
				out.Terms = append(out.Terms, term)
			}
			for _, l := range locs {
				out.Spans = append(out.Spans, Span{int(l.Start), int(l.End)})
			}
		}
	}
	for term, locs := range h.Locations[fieldText] {
		if own[term] || related[term] {
			out.Terms = append(out.Terms, term)
		}
		if !own[term] {
			continue
		}
		if out.Positions == nil {
			out.Positions = map[string][]int{}
		}
		for _, l := range locs {
			out.Spans = append(out.Spans, Span{int(l.Start), int(l.End)})
			out.Positions[term] = append(out.Positions[term], int(l.Pos))
		}
	}
	return tidy(out)
}

// tidy sorts a hit's terms and spans, without repeats.
func tidy(out Hit) Hit {
	sort.Strings(out.Terms)
	out.Terms = slices.Compact(out.Terms)
	// Words of one field never overlap, but pairs of Japanese characters
	// do, and overlap the same Latin words in both fields: merge.
	sort.Slice(out.Spans, func(i, j int) bool { return out.Spans[i].Start < out.Spans[j].Start })
	merged := out.Spans[:0]
	for _, s := range out.Spans {
		if n := len(merged); n > 0 && s.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	out.Spans = merged
	return out
}

// Clip cuts text to MaxQueryBytes on a rune boundary and replaces invalid
// UTF-8. Every question is cut by it once, where it enters.
func Clip(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if len(s) <= MaxQueryBytes {
		return s
	}
	cut := MaxQueryBytes
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}
