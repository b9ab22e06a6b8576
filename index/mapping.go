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
const mappingVersion = "rolebot-index-4"

// Field names of an indexed passage.
const (
	fieldText    = "text"    // the passage, English analysis, with term vectors for highlights
	fieldSection = "section" // the section heading, English analysis
	fieldRoles   = "roles"   // ids of the roles the passage names, in any form
	// ids of the roles its section heading names
	fieldHeadingRoles = "heading_roles"
)

// passageDoc is what is indexed for one passage. Nothing is stored: the
// caller keeps the passages and looks hits up by id.
type passageDoc struct {
	Text    string   `json:"text"`
	Section string   `json:"section"`
	Roles   []string `json:"roles"`
	Heading []string `json:"heading_roles"`
}

func newMapping() mapping.IndexMapping {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = en.AnalyzerName
	text.Store = false
	text.IncludeTermVectors = true
	text.IncludeInAll = false
	text.DocValues = false

	section := bleve.NewTextFieldMapping()
	section.Analyzer = en.AnalyzerName
	section.Store = false
	section.IncludeTermVectors = false
	section.IncludeInAll = false
	section.DocValues = false

	roles := bleve.NewKeywordFieldMapping()
	roles.Analyzer = keyword.Name
	roles.Store = false
	roles.IncludeTermVectors = false
	roles.IncludeInAll = false
	roles.DocValues = false

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldText, text)
	doc.AddFieldMappingsAt(fieldSection, section)
	doc.AddFieldMappingsAt(fieldRoles, roles)
	doc.AddFieldMappingsAt(fieldHeadingRoles, roles)

	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = en.AnalyzerName
	m.ScoringModel = "bm25"
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	return m
}
