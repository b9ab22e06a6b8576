package bot

import (
	"math"
	"slices"
	"sort"
)

// routed is a role that a question naming no role points to, with its
// weight against the best such role (1 for the best).
type routed struct {
	id     string
	weight float64
}

// roleProfile is what routing knows of one role: how often each analysed
// word occurs in its names (abbreviation, title, aliases) and in the rest
// of its profile: its card (summary, focus, responsibilities, skills), the
// passages of the articles whose title names only that role, and the
// passages whose heading names it first; and the everyday words of its
// work that the lexicon gives it (Known). Its fields are exported for
// encoding/gob only (it is part of the snapshot).
type roleProfile struct {
	ID    string
	Names map[string]int
	Words map[string]int
	Known map[string]int // the lexicon's everyday words of the role
	Len   int            // words in the rest of the profile
}

// profiles ranks the roles for a question that names none, with BM25 over
// one profile per role, so that "who is the face of the company to
// investors" goes to the CEO before any passage is read. A word of the
// question and its related words count once, as their best match plus a
// small share of the others (routeTie): five words of money must not
// outweigh one word of IT. The profiles stay
// small however big the corpus: generated or bulk articles add to them
// only through headings that name a role. It never changes once built.
type profiles struct {
	roles  []roleProfile
	df     map[string]int // profiles holding each word, in its names or the rest
	avgLen float64
}

// newProfiles returns the router over the role profiles, or nil when there
// are none (questions are then not routed).
func newProfiles(ps []roleProfile) *profiles {
	if len(ps) == 0 {
		return nil
	}
	r := &profiles{roles: ps, df: map[string]int{}}
	total := 0
	for _, p := range ps {
		total += p.Len
		for w := range p.Words {
			r.df[w]++
		}
		for w := range p.Names {
			if _, ok := p.Words[w]; !ok {
				r.df[w]++
			}
		}
		for w := range p.Known {
			_, word := p.Words[w]
			_, name := p.Names[w]
			if !word && !name {
				r.df[w]++
			}
		}
	}
	r.avgLen = max(1, float64(total)/float64(len(ps)))
	return r
}

// alt is one way a word of a question may be found in a profile: the word
// itself, or a related word, with its weight.
type alt struct {
	term   string
	weight float64
}

// route ranks the roles for the words of a question, each given as its
// alternatives, and returns the best few whose score is at least
// routeKeep of the best one's.
func (r *profiles) route(units [][]alt) []routed {
	if r == nil || len(units) == 0 {
		return nil
	}
	type scored struct {
		id    string
		score float64
	}
	list := make([]scored, 0, len(r.roles))
	for i := range r.roles {
		p := &r.roles[i]
		s := 0.0
		for _, u := range units {
			best, sum := 0.0, 0.0
			for _, a := range u {
				x := a.weight * r.bm25(p, a.term)
				best = max(best, x)
				sum += x
			}
			s += best + routeTie*(sum-best)
		}
		if s > 0 {
			list = append(list, scored{p.ID, s})
		}
	}
	if len(list) == 0 {
		return nil
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].score > list[j].score })
	best := list[0].score
	var out []routed
	for _, s := range list {
		if len(out) == routeRoles || s.score < routeKeep*best {
			break
		}
		out = append(out, routed{id: s.id, weight: s.score / best})
	}
	return out
}

// bm25 scores one word for one profile: BM25 over the rest of the profile,
// and a bonus for a word of its names. Its idf is log(N/df), so a word
// that every profile holds routes nowhere.
func (r *profiles) bm25(p *roleProfile, t string) float64 {
	df := r.df[t]
	if df == 0 {
		return 0
	}
	n := float64(len(r.roles))
	idf := math.Log(n / float64(df))
	s := 0.0
	if tf := float64(p.Words[t]); tf > 0 {
		s = idf * tf * (routeK1 + 1) / (tf + routeK1*(1-routeB+routeB*float64(p.Len)/r.avgLen))
	}
	if p.Names[t] > 0 {
		s += routeNameBonus * idf
	}
	if p.Known[t] > 0 {
		s += routeKnown * idf
	}
	return s
}

// routeUnits returns the words of a question as routing reads them: each
// analysed word with its related words (weighed below it), and each piece
// of shorthand with what it stands for ("IT": information, technology,
// systems), counted once.
func (e *Engine) routeUnits(terms []string, short [][]string) [][]alt {
	units := make([][]alt, 0, len(terms)+len(short))
	for _, t := range terms {
		u := []alt{{t, 1}}
		for _, w := range e.related.expand([]string{t}, maxRelated) {
			u = append(u, alt{w, routeRelated})
		}
		units = append(units, u)
	}
	for _, s := range short {
		var u []alt
		for _, w := range s {
			if !slices.Contains(terms, w) {
				u = append(u, alt{w, 1})
			}
		}
		if len(u) > 0 {
			units = append(units, u)
		}
	}
	return units
}

// routeWeight returns the weight of the best routed role that a passage is
// about (its subject, the role its heading names first, or a role its
// article's title names), or 0 when it is about none of them. "How the CMO
// relates to the CTO and the CIO" is about the CMO: a question routed to
// the CIO ("who signs off on a new laptop purchase") must not favour it for
// its "sign-up flows", as the role profiles leave it out of the CIO's.
func (e *Engine) routeWeight(p *passage, routes []routed) float64 {
	for _, r := range routes {
		if p.subject == r.id || len(p.headingRoles) > 0 && p.headingRoles[0] == r.id || slices.Contains(e.titleRoles[p.Article], r.id) {
			return r.weight
		}
	}
	return 0
}

// unseenRoutes returns the routed roles whose lexicon words hold a word of
// the question that no passage holds ("helpdesk" for the CIO): their
// passages must be found by their headings, since no word of theirs
// matches.
func (e *Engine) unseenRoutes(terms []string, routes []routed) []routed {
	if e.profiles == nil {
		return nil
	}
	var out []routed
	for _, r := range routes {
		i := slices.IndexFunc(e.profiles.roles, func(p roleProfile) bool { return p.ID == r.id })
		if i < 0 {
			continue
		}
		for _, t := range terms {
			if _, seen := e.vocab[t]; !seen && e.profiles.roles[i].Known[t] > 0 {
				out = append(out, r)
				break
			}
		}
	}
	return out
}
