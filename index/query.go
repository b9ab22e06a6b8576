package index

import (
	"slices"

	"github.com/blevesearch/bleve/v2/search/query"
)

// build turns q into a Bleve query from per-field leaf queries that carry
// the boosts (see NOTES: boosts on compound queries are ignored, and a
// disjunction scales its score by the share of clauses matched).
func (x *Index) build(q Query, text, related []string, requireWords bool, other map[string]bool) query.Query {
	w := q.Weights
	var words, roles []query.Query
	// group is what a MatchQuery would build, from terms analysed once.
	// held, when not nil, says which words the field holds: the others
	// cannot match, so they are left out and the boost scaled by the share
	// kept. A disjunction scales its score by the share of its clauses
	// that match, so the scores stay as they would be with every word.
	group := func(terms []string, field string, boost float64, held func(string) bool) {
		searched := queried(terms)
		var kept []string
		for _, t := range searched {
			if held == nil || held(t) {
				kept = append(kept, t)
			}
		}
		switch {
		case len(kept) == 0 && len(searched) > 0:
			// One word that matches nothing keeps the group, so the
			// disjunction of the groups scales scores as before.
			kept = terms[:1]
		case len(kept) < len(searched):
			boost *= float64(len(kept)) / float64(len(searched))
		}
		ts := make([]query.Query, 0, len(kept))
		for _, t := range kept {
			tq := query.NewTermQuery(t)
			tq.SetField(field)
			tq.SetBoost(boost)
			ts = append(ts, tq)
		}
		switch len(ts) {
		case 0:
		case 1:
			words = append(words, ts[0])
		default:
			words = append(words, query.NewDisjunctionQuery(ts))
		}
	}
	var inHeadings func(string) bool
	if x.headings != nil {
		inHeadings = func(t string) bool { return x.headings[t] }
	}
	group(text, fieldText, 1, q.Known)
	var must query.Query // the words of Text in the passage text, when Required
	if q.Required && len(q.Roles) == 0 && len(words) == 1 {
		must, words = words[0], nil
	}
	group(splitJapanese(text), fieldJA, 1, nil)
	if x.jaHeadings {
		// Only when some heading is Japanese: an empty group would
		// still scale the scores of the others.
		group(splitJapanese(text), fieldSectionJA, w.SectionJA, nil)
	}
	group(text, fieldSection, w.Section, inHeadings)
	// The question a heading asks adds to a passage's score, outside the
	// disjunction of the words: a clause there would scale the scores of
	// every passage whose heading asks nothing.
	var asked []query.Query
	if w.Asked > 0 && slices.ContainsFunc(queried(text), func(t string) bool { return x.asked[t] }) {
		n := len(words)
		group(text, fieldAsked, w.Asked, func(t string) bool { return x.asked[t] })
		words, asked = words[:n:n], words[n:] // capped: words appended later must not overwrite asked
	}
	group(related, fieldText, w.Related, nil)
	group(related, fieldSection, w.Related, inHeadings)
	if len(q.Roles) == 0 && len(q.Routed) > 0 && w.Routed > 0 && len(words) > 0 {
		var rs []query.Query
		for i, r := range q.Routed {
			if i == maxRoles {
				break
			}
			tq := query.NewTermQuery(r.ID)
			tq.SetField(fieldHeadingRoles)
			tq.SetBoost(w.Routed * r.Weight)
			rs = append(rs, tq)
		}
		words = append(words, query.NewDisjunctionQuery(rs))
	}
	var headings, each []query.Query // each: a role's clauses, one per role (see Query.AllRoles)
	for i, r := range q.Roles {
		if i == maxRoles {
			break
		}
		first := len(roles)
		tq := query.NewTermQuery(r.ID)
		tq.SetField(fieldRoles)
		if other[r.ID] {
			tq.SetField(fieldOtherRoles)
		}
		tq.SetBoost(w.Role)
		roles = append(roles, tq)
		for _, n := range r.Names {
			nq := query.NewTermQuery(n)
			nq.SetField(fieldText)
			nq.SetBoost(w.Role)
			roles = append(roles, nq)
		}
		// A heading that names the role marks a passage about it. In the
		// text, how often a role is named says little: roles only filter.
		hq := query.NewTermQuery(r.ID)
		hq.SetField(fieldHeadingRoles)
		hq.SetBoost(w.Name)
		headings = append(headings, hq)
		each = append(each, query.NewDisjunctionQuery(slices.Clone(roles[first:])))
	}
	named := query.Query(query.NewDisjunctionQuery(roles)) // a passage names a role of the question
	if q.AllRoles && len(each) > 1 {
		named = query.NewConjunctionQuery(each) // or every one
	}
	switch {
	case len(roles) == 0 && must != nil:
		return query.NewBooleanQuery([]query.Query{must}, append(words, asked...), nil)
	case len(roles) == 0 && len(words) == 0:
		return nil
	case len(roles) == 0 && len(asked) > 0:
		return query.NewBooleanQuery([]query.Query{query.NewDisjunctionQuery(words)}, asked, nil)
	case len(roles) == 0:
		return query.NewDisjunctionQuery(words)
	case len(words) == 0 || !requireWords:
		// A passage must name a role of the question; the words rank
		// among those. A BooleanQuery sums its parts, so a passage that
		// names the roles but lacks the words is not halved as in a
		// disjunction.
		return query.NewBooleanQuery([]query.Query{named}, slices.Concat(words, headings, asked), nil)
	}
	// A passage must name a role and hold a word of the question (or a
	// related one): the two lists are walked together, which is much
	// cheaper than scoring every passage that names the role.
	return query.NewBooleanQuery([]query.Query{named, query.NewDisjunctionQuery(words)}, append(headings, asked...), nil)
}
