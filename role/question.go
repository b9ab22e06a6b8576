package role

import (
	"slices"
	"sort"
	"strings"

	"github.com/rolebot/rolebot/internal/english"
	"github.com/rolebot/rolebot/internal/lazyre"
)

// Question is what Detect found in a question.
type Question struct {
	Roles   []string // ids of the known roles named, in order of mention
	Matches []Match
	// Unknown holds role-like words that name no known role: "CXO",
	// "chief happiness officer".
	Unknown []string
	// Rest is the question with the role mentions taken out.
	Rest string
}

var (
	// Role-like words: "cxo", "cro" in any case; longer ones such as "CDAO"
	// only in capitals, since "cargo" and "condo" are words.
	abbrLike      = lazyre.New(`^c[a-z]{1,2}o$`)
	abbrLikeUpper = lazyre.New(`^c[a-z]{1,3}o$`)
	chiefLike     = lazyre.New(`(?i)\bchief\s+(\p{L}+(?:\s+\p{L}+)?)\s+officers?\b`)
)

// Detect finds the roles a question names, forgiving small typos, and the
// role-like words that name no known role. A Detector that knows no role
// (a corpus without cards) reports none as unknown: "CTO" is then no
// unknown role, only a word to search for.
func (d *Detector) Detect(q string) Question {
	ws := words(q)
	ms, unmatched := d.find(ws, true)
	ms = d.withJapanese(q, inContext(d.wholeTitles(q, ms, true)))
	out := Question{Matches: ms, Roles: ids(ms)}
	if len(d.ids) == 0 {
		unmatched = nil
	}
	for _, i := range unmatched {
		w := ws[i]
		raw := q[w.start:w.end]
		single := w.norm
		if len(single) > 3 && strings.HasSuffix(single, "s") {
			single = single[:len(single)-1] // "CXOs"
		}
		upper := raw == strings.ToUpper(raw) && raw != w.norm
		if !upper && english.Word(w.norm) {
			continue // "chaos", "cameo", "credo": words, typed as words, though "chao" looks like a chief's letters
		}
		if (abbrLike.MatchString(single) || (upper && abbrLikeUpper.MatchString(single))) && !slices.Contains(out.Unknown, single) {
			out.Unknown = append(out.Unknown, single)
		}
	}
	var chiefs [][]int
	if len(d.ids) > 0 && hasChief(q) { // a cheap test: most questions name no chief
		chiefs = chiefLike.FindAllStringIndex(q, -1)
	}
	for _, m := range chiefs {
		covered := false
		for _, k := range ms {
			if k.Start < m[1] && m[0] < k.End {
				covered = true
			}
		}
		if !covered {
			out.Unknown = append(out.Unknown, strings.ToLower(strings.Join(strings.Fields(q[m[0]:m[1]]), " ")))
		}
	}
	out.Rest = Rewrite(q, ms, func(Match) string { return " " })
	return out
}

// Rewrite returns text with each role mention of ms (found in text, in
// order) written as with says; the other senses of the same letters are
// written once.
func Rewrite(text string, ms []Match, with func(Match) string) string {
	var b strings.Builder
	pos := 0
	for _, m := range ms {
		if m.Start < pos {
			continue // another role of the same name
		}
		b.WriteString(text[pos:m.Start])
		b.WriteString(with(m))
		pos = m.End
	}
	b.WriteString(text[pos:])
	return b.String()
}

// Closest returns up to n known role ids closest in spelling to w, closest
// first. Among roles as close, those of cards come first, then those the
// articles name, then the rest of the lexicon: a suggestion should be a
// role the corpus can answer about.
func (d *Detector) Closest(w string, n int) []string {
	w = strings.ToLower(w)
	type scored struct {
		id         string
		dist, rank int
	}
	best := map[string]int{}
	for _, nm := range d.names {
		name := strings.Join(nm.words, " ")
		dist := editDistance(w, name)
		if dist >= len(name) {
			continue // shares nothing with a short name ("hr")
		}
		if old, ok := best[nm.id]; !ok || dist < old {
			best[nm.id] = dist
		}
	}
	var all []scored
	for id, dist := range best {
		all = append(all, scored{id, dist, d.rank[id]})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].dist != all[j].dist {
			return all[i].dist < all[j].dist
		}
		if all[i].rank != all[j].rank {
			return all[i].rank < all[j].rank
		}
		return all[i].id < all[j].id
	})
	var out []string
	for _, s := range all {
		if len(out) == n || s.dist > max(2, len(w)/2) {
			break
		}
		out = append(out, s.id)
	}
	return out
}

// editDistance is the Damerau-Levenshtein distance (optimal string
// alignment) between a and b, counted in bytes.
func editDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		if a == b {
			return 0
		}
		return 99
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
