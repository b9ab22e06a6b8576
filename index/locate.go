package index

import (
	"slices"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/rolebot/rolebot/corpus"
)

// Where the words of a question are in a hit is what the caller ranks and
// marks by. Bleve can say (IncludeLocations), but then works out the places
// of every word in every passage it scores, to keep sixteen: a fifth of a
// question's time on the shipped corpus. A passage's text is analysed
// instead, once, when it is first a hit, as the index analysed it.

// maxLocated caps the memory the kept analyses take, about 3.5 KB for a
// passage of 430 bytes (see locatedSize), so some 9,000 such passages: on
// a larger corpus the passages first hit are kept, the others analysed
// each time they are a hit.
const maxLocated = 32 << 20

// locatedSize estimates the memory the analysis of a text takes.
func locatedSize(text string) int64 { return int64(8*len(text) + 256) }

// place is where one analysed word is in a text.
type place struct{ start, end, pos int32 }

// located is a passage analysed as each field of the index analyses it.
type located struct {
	text      map[string][]place // English analysis of the text
	ja        map[string][]place // CJK analysis, when the text is Japanese
	sectionJA map[string]bool    // CJK analysis, when the heading is Japanese
}

// locations caches located passages by id; an index's passages never
// change, so neither does what is cached.
type locations struct {
	m sync.Map     // id -> *located
	n atomic.Int64 // bytes they take, about (see locatedSize)
}

// locate returns the analysis of a passage, from the cache when it is there.
func (x *Index) locate(id, text, section string) *located {
	if l, ok := x.located.m.Load(id); ok {
		return l.(*located)
	}
	l := &located{text: places(x.analyzer, text)}
	if corpus.HasJapanese(text) {
		l.ja = places(x.cjk, text)
	}
	if corpus.HasJapanese(section) {
		l.sectionJA = map[string]bool{}
		for t := range places(x.cjk, section) {
			l.sectionJA[t] = true
		}
	}
	if x.located.n.Load() < maxLocated {
		if _, loaded := x.located.m.LoadOrStore(id, l); !loaded {
			x.located.n.Add(locatedSize(text) + locatedSize(section))
		}
	}
	return l
}

func places(a analysis.Analyzer, text string) map[string][]place {
	out := map[string][]place{}
	for _, t := range a.Analyze([]byte(text)) {
		term := string(t.Term)
		out[term] = append(out[term], place{int32(t.Start), int32(t.End), int32(t.Position)})
	}
	return out
}

// searched are the words of a query whose places a hit reports: the
// same words of the same fields as toHit reads from Bleve's locations
// (see build): text words (and related words) in the text, Japanese text
// words in the Japanese text and heading.
type searched struct {
	text, related, ja []string
	jaHeadings        bool
}

func (x *Index) searched(text, related []string) searched {
	return searched{text: queried(text), related: queried(related), ja: queried(splitJapanese(text)), jaHeadings: x.jaHeadings}
}

// locatedHit fills in a hit what its passage holds of the words searched.
func locatedHit(out Hit, l *located, s searched) Hit {
	for _, t := range s.ja {
		if s.jaHeadings && l.sectionJA[t] {
			out.Terms = append(out.Terms, t) // matched, with nothing to mark in the text
		}
		if ps := l.ja[t]; len(ps) > 0 {
			out.Terms = append(out.Terms, t)
			for _, p := range ps {
				out.Spans = append(out.Spans, Span{int(p.start), int(p.end)})
			}
		}
	}
	for _, t := range s.text {
		ps := l.text[t]
		if len(ps) == 0 {
			continue
		}
		out.Terms = append(out.Terms, t)
		if out.Positions == nil {
			out.Positions = map[string][]int{}
		}
		pos := make([]int, len(ps))
		for i, p := range ps {
			out.Spans = append(out.Spans, Span{int(p.start), int(p.end)})
			pos[i] = int(p.pos)
		}
		out.Positions[t] = pos
	}
	for _, t := range s.related {
		if len(l.text[t]) > 0 {
			out.Terms = append(out.Terms, t)
		}
	}
	return tidy(out)
}

// queried returns the different terms a part of the query searches for,
// the first maxTerms of them: build searches these, and locatedHit reports
// them.
func queried(terms []string) []string {
	out := make([]string, 0, len(terms))
	for _, t := range terms {
		if len(out) < maxTerms && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
