package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/cjk" // registers the "cjk" analyzer
	"github.com/rolebot/rolebot/corpus"
)

// cjkAnalyzer is Bleve's CJK analysis: Japanese text cut into overlapping
// pairs of characters (最高技術 -> 最高 高技 技術), since Japanese puts no
// spaces between words; Latin words stay words.
const cjkAnalyzer = "cjk"

// fieldJA holds the text of passages written in Japanese, analysed as CJK.
// English analysis would cut it into single characters, which match
// everywhere.
const fieldJA = "text_ja"

// fieldSectionJA holds the section heading of passages whose heading is
// Japanese, analysed as CJK: a Japanese FAQ's question is its heading
// ("日本での就労ビザはだれが対応しますか？"), its answer may hold none of
// the question's words.
const fieldSectionJA = "section_ja"

// japaneseText is what goes into fieldJA: the text when it is Japanese.
func japaneseText(text string) string {
	if corpus.HasJapanese(text) {
		return text
	}
	return ""
}

// mixedTerms analyses text that holds Japanese: the English analyzer's
// terms of its Latin words, and the CJK analyzer's pairs of Japanese
// characters, in order of position.
func mixedTerms(en, cjk analysis.Analyzer, text string) []string {
	var out []string
	for _, t := range en.Analyze([]byte(text)) {
		if !corpus.HasJapanese(string(t.Term)) {
			out = append(out, string(t.Term))
		}
	}
	for _, t := range cjk.Analyze([]byte(text)) {
		if term := string(t.Term); corpus.HasJapanese(term) && !particlePair(term) {
			out = append(out, term)
		}
	}
	return out
}

// particles are the one-kana words that join Japanese words (の, は, と…).
// A pair of characters that starts or ends with one ("の役" of "CIOの役割",
// "とは") spans two words: in a question it matches passages by accident.
const particles = "のはがをにでとへもやかね"

// particlePair reports whether a pair of characters starts or ends with
// a particle.
func particlePair(term string) bool {
	rs := []rune(term)
	return len(rs) == 2 && (strings.ContainsRune(particles, rs[0]) || strings.ContainsRune(particles, rs[1]))
}

// splitJapanese returns the terms of terms that are Japanese.
func splitJapanese(terms []string) (ja []string) {
	for _, t := range terms {
		if corpus.HasJapanese(t) {
			ja = append(ja, t)
		}
	}
	return ja
}
