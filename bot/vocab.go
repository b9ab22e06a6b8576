package bot

import "slices"

// rare returns the related words that some passages lack: a related word in
// most passages adds almost nothing to a BM25 score, and walking its long
// list of passages is most of what a search costs on a large corpus.
func (e *Engine) rare(related []string) []string {
	limit := uint64(max(commonShare*float64(e.stats.Passages), commonMin))
	if len(e.vocab) == 0 {
		return related
	}
	return slices.DeleteFunc(slices.Clone(related), func(t string) bool { return e.vocab[t] > limit })
}

// inIndex returns the words of ws that some passage holds, in its text or
// its heading.
func (e *Engine) inIndex(ws []string) []string {
	if len(e.vocab) == 0 {
		return ws
	}
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if _, ok := e.vocab[w]; ok {
			out = append(out, w)
		}
	}
	return out
}

// inText says whether some passage text holds the analysed word t.
func (e *Engine) inText(t string) bool { return e.vocab[t] > 0 }

// indexed gives the index the text and heading of a passage (see
// index.Query.Passage).
func (e *Engine) indexed(id string) (text, section string, ok bool) {
	p, ok := e.passages[id]
	if !ok {
		return "", "", false
	}
	return p.Text, p.Section, true
}
