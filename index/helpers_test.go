package index_test

import (
	"context"
	"testing"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/role"
)

// testCards name the roles the test passages speak of.
var testCards = []corpus.Card{
	{ID: "cto", Abbreviation: "CTO", Title: "Chief Technology Officer", Aliases: []string{"chief technical officer"}},
	{ID: "cio", Abbreviation: "CIO", Title: "Chief Information Officer", Aliases: []string{"IT director"}},
	{ID: "cko", Abbreviation: "CKO", Title: "Chief Knowledge Officer"},
}

// testPassages are small literal passages. Some name a role only by its
// title ("chief information officer"), some by a plural or possessive.
var testPassages = []corpus.Passage{
	{ID: "diff#0", Section: "Differences and Roles of CTO and CIO", Text: "The CTO is responsible for technical strengths, while the CIO's main job is computerization. The difference is clear."},
	{ID: "cio#0", Section: "What a chief information officer does", Text: "The chief information officer runs internal systems and oversees legal compliance."},
	{ID: "cio#1", Section: "Executives", Text: "CIOs are often executives of companies."},
	{ID: "cio#2", Section: "Budget", Text: "The cio’s budget covers information systems and the people who run them."},
	{ID: "cio#3", Section: "Directors", Text: "An IT director is a Chief Information Officer in all but name."},
	{ID: "cto#0", Section: "Skills", Text: "Chief technology officers need deep technical skills and a track record."},
	{ID: "cto#1", Section: "What a CTO does", Text: "Leads the technical department and supports problem solving at the site."},
	{ID: "cko#0", Section: "Knowledge", Text: "The chief knowledge officer manages knowledge and shares it throughout the company."},
	{ID: "weather#0", Section: "Elsewhere", Text: "Nothing about roles here: the weather is sunny and warm."},
	{ID: "multi#0", Section: "Différences", Text: "« Différences » — 最高技術責任者: the differences between a CTO and a CIO differ in focus; “différence” matters."},
}

// passages returns the test passages ready for indexing, tagged with their
// roles by the role detector, and a map from id to passage.
func passages() ([]index.Passage, map[string]index.Passage) {
	det := role.New(testCards)
	ps := index.PassagesOf(testPassages, det.Roles)
	byID := map[string]index.Passage{}
	for _, p := range ps {
		byID[p.ID] = p
	}
	return ps, byID
}

// memIndex builds an in-memory index of the test passages.
func memIndex(t testing.TB) *index.Index {
	t.Helper()
	ps, _ := passages()
	x, err := index.NewMemory(context.Background(), ps)
	if err != nil {
		t.Fatalf("NewMemory: %v", err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

func hitIDs(hits []index.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}
