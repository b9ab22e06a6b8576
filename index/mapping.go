// Package index keeps the passages of a corpus in a Bleve index on disk and
// searches them. Nothing of Bleve leaves this package: searches take a Query
// and return Hits, both plain structs.
package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
)

// mappingVersion goes into the fingerprint of an index: change it whenever
// the mapping or what is indexed changes, so old indexes are rebuilt.
const mappingVersion = "rolebot-index-7"

// Field names of an indexed passage.
const (
	fieldText    = "text"    // the passage, English analysis, with term vectors for highlights
	fieldSection = "section" // the section heading, English analysis
	fieldRoles   = "roles"   // ids of the roles the passage names, in any form
	// ids of the roles its section heading names
	fieldHeadingRoles = "heading_roles"
	// ids of other roles it names: see Passage.Other
	fieldOtherRoles = "other_roles"
)

// passageDoc is what is indexed for one passage. Nothing is stored: the
// caller keeps the passages and looks hits up by id.
type passageDoc struct {
	Text    string   `json:"text"`
	Section string   `json:"section"`
	Roles   []string `json:"roles"`
	Heading []string `json:"heading_roles"`
	TextJA  string   `json:"text_ja,omitempty"` // the text again, when it is Japanese
	Other   []string `json:"other_roles,omitempty"`
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
	text := indexedField(en.AnalyzerName, true) // term vectors: highlights
	section := indexedField(en.AnalyzerName, false)
	roles := indexedField(keyword.Name, false)

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldText, text)
	doc.AddFieldMappingsAt(fieldSection, section)
	doc.AddFieldMappingsAt(fieldRoles, roles)
	doc.AddFieldMappingsAt(fieldHeadingRoles, roles)
	doc.AddFieldMappingsAt(fieldJA, indexedField(cjkAnalyzer, true))
	doc.AddFieldMappingsAt(fieldOtherRoles, roles)

	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = en.AnalyzerName
	m.ScoringModel = "bm25"
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	return m
}
