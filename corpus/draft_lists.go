package corpus

import (
	"slices"
	"sort"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// section is one section of an article, with the passages of it that
// drafting looks at.
type section struct {
	article, heading string
	passages         []int // indexes into drafter.passages
}

// sections groups the passages about role id by section, in corpus order.
func (d *drafter) sections(id string) []*section {
	var out []*section
	var cur *section
	for i, p := range d.passages {
		if d.about[p.Article] != id && !slices.Contains(d.heading[p.Section], id) && !d.relevant(i, id) {
			continue
		}
		if cur == nil || cur.article != p.Article || cur.heading != p.Section {
			cur = &section{article: p.Article, heading: p.Section}
			out = append(out, cur)
		}
		cur.passages = append(cur.passages, i)
	}
	return out
}

// list drafts a list field (responsibilities, skills) for role id: the
// list items, else the sentences with words, of the best section whose
// heading matches heading and that is about the role (its article is, or
// its heading names it). With no such section, the sentences with words
// that name the role, from the section with the most of them. It returns
// the index of a passage of the section and the items.
func (d *drafter) list(id string, used map[string]bool, heading, words *lazyre.Regexp) (int, []string) {
	secs := d.sections(id)
	type cand struct {
		s     *section
		score int
	}
	var cands []cand
	for _, s := range secs {
		about := d.aboutArticle(s.article, s.heading, id)
		named := slices.Contains(d.heading[s.heading], id)
		if !heading.MatchString(s.heading) || !about && !named {
			continue
		}
		cands = append(cands, cand{s, 2*boolScore(about) + boolScore(named)})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	for _, c := range cands {
		if items := d.items(c.s, used, words, ""); len(items) > 0 {
			return c.s.passages[0], items
		}
	}
	// No heading to go by: sentences that name the role.
	bestN, bestP := 0, -1
	var best []string
	for _, s := range secs {
		items := d.items(s, used, words, id)
		if len(items) > bestN {
			bestN, bestP, best = len(items), s.passages[0], items
		}
	}
	return bestP, best
}

// items returns the list items of a section, or when it has none its
// sentences that match words (and name role id, when id is set), at most
// maxDraftItems, skipping quotes already used.
func (d *drafter) items(s *section, used map[string]bool, words *lazyre.Regexp, id string) []string {
	var listItems, sents []string
	for _, i := range s.passages {
		if id != "" && !d.relevant(i, id) {
			continue
		}
		for _, q := range quotes(d.passages[i].Text) {
			switch {
			case used[q.Text]:
			case q.Item && id == "":
				listItems = append(listItems, q.Text)
			case !q.Item && words.MatchString(q.Text) && (id == "" || slices.Contains(d.find(q.Text), id)):
				sents = append(sents, q.Text)
			}
		}
	}
	if len(listItems) == 0 {
		listItems = sents
	}
	if len(listItems) > maxDraftItems {
		listItems = listItems[:maxDraftItems]
	}
	return listItems
}

// confused drafts confused_with for role id: the other known roles named
// by sentences that say the roles differ or get confused, from the section
// with the most such sentences. It returns the index of a passage of that
// section and the role ids.
func (d *drafter) confused(id string, known map[string]bool) (int, []string) {
	bestN, bestP := 0, -1
	var best []string
	for _, s := range d.sections(id) {
		n, first := 0, -1
		var ids []string
		for _, i := range s.passages {
			for _, q := range quotes(d.passages[i].Text) {
				if q.Item || !confuseWords.MatchString(q.Text) {
					continue
				}
				named := d.find(q.Text)
				if !slices.Contains(named, id) && d.about[s.article] != id {
					continue
				}
				var others []string
				for _, o := range named {
					if o != id && known[o] {
						others = append(others, o)
					}
				}
				if len(others) == 0 {
					continue
				}
				n++
				if first < 0 {
					first = i
				}
				for _, o := range others {
					if !slices.Contains(ids, o) {
						ids = append(ids, o)
					}
				}
			}
		}
		if n > bestN {
			bestN, bestP, best = n, first, ids
		}
	}
	if len(best) > maxDraftConfused {
		best = best[:maxDraftConfused]
	}
	return bestP, best
}
