package bot

import "slices"

// The excerpts of an answer: the best hits, each text once, its words
// and the roles asked about marked.

// textKey hashes the words of a text, so that texts that differ only in
// spacing hash alike.
func textKey(text string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211 // FNV-1a
	h := uint64(offset)
	space, started := false, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			space = true
			continue
		}
		if space && started {
			h = (h ^ ' ') * prime
		}
		space, started = false, true
		h = (h ^ uint64(c)) * prime
	}
	return h
}

// quote turns the best hits into excerpts, skipping repeated texts.
// Words of the question and names of the wanted roles are marked.
func (e *Engine) quote(hits []ranked, wanted []string) []Excerpt {
	out := []Excerpt{}
	seen := map[uint64]bool{}
	for _, h := range hits {
		if len(out) == e.excerpts {
			break
		}
		key := textKey(h.passage.Text)
		if seen[key] {
			continue
		}
		seen[key] = true
		spans := make([]Span, 0, len(h.hit.Spans))
		for _, s := range h.hit.Spans {
			spans = append(spans, Span{s.Start, s.End})
		}
		for _, m := range h.passage.mentions {
			if slices.Contains(wanted, m.ID) {
				spans = append(spans, Span{m.Start, m.End})
			}
		}
		spans = mergeSpans(spans)
		section := h.passage.Section
		if a := e.corpus.Article(h.passage.Article); a != nil && len(a.Sections) == 1 && section == "Introduction" {
			section = "" // a file without headings (a CSV, a page): its title says where
		}
		out = append(out, Excerpt{
			Rank:        len(out) + 1,
			Article:     h.passage.ArticleTitle,
			ArticleSlug: h.passage.Article,
			Section:     section,
			Text:        h.passage.Text,
			Highlighted: Mark(h.passage.Text, spans, nil, "**", "**"),
			Score:       h.score,
			Spans:       spans,
		})
	}
	return out
}
