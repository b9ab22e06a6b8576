// Package index keeps the passages of a corpus in a Bleve index on disk and
// searches them. Nothing of Bleve leaves this package: searches take a Query
// and return Hits, both plain structs.
package index

import (
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	keywordmarker "github.com/blevesearch/bleve/v2/analysis/token/keyword"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/analysis/tokenmap"
	"github.com/blevesearch/bleve/v2/mapping"
)

// textAnalyzer is Bleve's English analysis with a few words kept whole:
// the stemmer would fold them into a word of another meaning that matters
// here ("production" into "product", "reporter" into "report", "response"
// into "respons" of "responsible": "who is responsible for X" is no
// question about incident response; "office" into "offic" of "officer":
// "who runs the Florence office" is no question about every officer).
const textAnalyzer = "rolebot_en"

// keptWhole are the words the stemmer leaves alone (see textAnalyzer).
var keptWhole = []string{"production", "reporter", "reporters", "marketing", "response", "responses", "office", "offices"}

// KeptWhole returns the words the analysis keeps whole, which a slip of
// the fingers does not reach through the stemmer ("marketting" is analysed
// as "market", the word of "markets", never as "marketing").
func KeptWhole() []string { return slices.Clone(keptWhole) }

// mappingVersion goes into the fingerprint of an index: change it whenever
// the mapping or what is indexed changes, so old indexes are rebuilt.
const mappingVersion = "rolebot-index-14"

// Field names of an indexed passage.
const (
	fieldText    = "text"    // the passage, English analysis, with term vectors for highlights
	fieldSection = "section" // the section heading, English analysis
	fieldRoles   = "roles"   // ids of the roles the passage names, in any form
	// ids of the roles its section heading names
	fieldHeadingRoles = "heading_roles"
	// ids of other roles it names: see Passage.Other
	fieldOtherRoles = "other_roles"
	// the question its own heading asks, in an FAQ ("Where do I get
	// uniform, high-vis or a new cash bag?"): see askedHeading
	fieldAsked = "asked"
)

// passageDoc is what is indexed for one passage. Nothing is stored: the
// caller keeps the passages and looks hits up by id.
type passageDoc struct {
	Text    string   `json:"text"`
	Section string   `json:"section"`
	Roles   []string `json:"roles"`
	Heading []string `json:"heading_roles"`
	TextJA  string   `json:"text_ja,omitempty"` // the text again, when it is Japanese
	// the heading again, when it is Japanese
	SectionJA string   `json:"section_ja,omitempty"`
	Other     []string `json:"other_roles,omitempty"`
	Asked     string   `json:"asked,omitempty"`
}

// indexedField maps a field that is searched but never stored or sorted on.
func indexedField(analyzer string, termVectors bool) *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Analyzer = analyzer
	f.Store = false
	f.IncludeTermVectors = termVectors
	f.IncludeInAll = false
	f.DocValues = false
	return f
}

func newMapping() mapping.IndexMapping {
	text := indexedField(textAnalyzer, true) // term vectors: highlights
	section := indexedField(textAnalyzer, false)
	roles := indexedField(keyword.Name, false)

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldText, text)
	doc.AddFieldMappingsAt(fieldSection, section)
	doc.AddFieldMappingsAt(fieldRoles, roles)
	doc.AddFieldMappingsAt(fieldHeadingRoles, roles)
	doc.AddFieldMappingsAt(fieldJA, indexedField(cjkAnalyzer, true))
	doc.AddFieldMappingsAt(fieldSectionJA, indexedField(cjkAnalyzer, true)) // term vectors: which words matched
	doc.AddFieldMappingsAt(fieldOtherRoles, roles)
	doc.AddFieldMappingsAt(fieldAsked, section)

	m := bleve.NewIndexMapping()
	must(m.AddCustomTokenMap("rolebot_unstemmed", map[string]any{"type": tokenmap.Name, "tokens": anySlice(keptWhole)}))
	must(m.AddCustomTokenFilter("rolebot_keep", map[string]any{"type": keywordmarker.Name, "keywords_token_map": "rolebot_unstemmed"}))
	must(m.AddCustomAnalyzer(textAnalyzer, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []any{en.PossessiveName, itFilter, lowercase.Name, en.StopName, "rolebot_keep", porter.Name},
	}))
	m.DefaultMapping = doc
	m.DefaultAnalyzer = textAnalyzer
	m.ScoringModel = "bm25"
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	return m
}

// must panics on an error building the mapping: the mapping is a constant
// of the program, so an error there is a bug, caught by every test.
func must(err error) {
	if err != nil {
		panic("index: mapping: " + err.Error())
	}
}

func anySlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
