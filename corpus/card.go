package corpus

import "slices"

// Card is a short role card: what a role is, in a few fields, each backed by
// a passage of an article.
type Card struct {
	ID               string   `json:"id" yaml:"id"`
	Abbreviation     string   `json:"abbreviation" yaml:"abbreviation"`
	Title            string   `json:"title" yaml:"title"`
	Aliases          []string `json:"aliases,omitempty" yaml:"aliases"`
	Summary          string   `json:"summary" yaml:"summary"`
	Focus            string   `json:"focus" yaml:"focus"`
	Responsibilities []string `json:"responsibilities" yaml:"responsibilities"`
	Skills           []string `json:"skills" yaml:"skills"`
	ConfusedWith     []string `json:"confused_with,omitempty" yaml:"confused_with"`
	// NoDraft names the fields left empty on purpose: they are never
	// drafted from the articles ("confused_with" for a role that is
	// confused with none). See WithDrafts.
	NoDraft []string `json:"-" yaml:"no_draft"`
	// Sources maps each field name (summary, focus, responsibilities, skills,
	// confused_with) to the passage it comes from.
	Sources map[string]SourceRef `json:"sources" yaml:"sources"`
	// Drafted is set when some of the card was drafted from the articles
	// rather than written in roles/: the whole card when the role has no
	// file there, else the fields in DraftedFields. See WithDrafts.
	Drafted       bool     `json:"drafted,omitempty" yaml:"-"`
	DraftedFields []string `json:"drafted_fields,omitempty" yaml:"-"`
}

// SourceRef names a section of an article by slug and heading.
type SourceRef struct {
	Article      string `json:"article" yaml:"article"`
	Section      string `json:"section" yaml:"section"`
	ArticleTitle string `json:"article_title,omitempty" yaml:"-"`
}

// cardFields lists the fields of a card that must name a source, in display order.
var cardFields = []string{"summary", "focus", "responsibilities", "skills", "confused_with"}

// CardFields returns the fields of a card that must name a source, in
// display order. The slice is a copy; changing it changes nothing else.
func CardFields() []string { return slices.Clone(cardFields) }
