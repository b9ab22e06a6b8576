package role

import (
	_ "embed"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/rolebot/rolebot/corpus"
)

// Where a Detector learnt a role.
const (
	FromCard    = "card"    // a role card in roles/
	FromLexicon = "lexicon" // the built-in lexicon (lexicon.yaml)
	FromText    = "text"    // a title the articles use ("Chief Revenue Officer (CRO)")
)

// Role is a role a Detector knows, with every name it goes by.
type Role struct {
	ID           string
	Abbreviation string // "" when the role has none
	Title        string // the full title shown for it
	// Names holds the other names: titles, aliases, Japanese titles.
	Names  []string
	Origin string // FromCard, FromLexicon or FromText
	// Words are everyday words of what the role looks after ("laptops",
	// "vendors" for the CIO), from the lexicon: role knowledge that needs
	// no card and no article. Routing reads them (see bot.profiles).
	Words []string
}

// entry is one role of lexicon.yaml.
type entry struct {
	ID           string   `yaml:"id"`
	Abbreviation string   `yaml:"abbreviation"`
	Titles       []string `yaml:"titles"`
	Aliases      []string `yaml:"aliases"`
	JA           []string `yaml:"ja"`
	Words        []string `yaml:"words"`
}

//go:embed lexicon.yaml
var lexiconYAML []byte

// LexiconVersion names the built-in lexicon as it is: an index records the
// roles its passages name, so one built with another lexicon is rebuilt.
var LexiconVersion = fmt.Sprintf("lexicon %08x", crc32.ChecksumIEEE(lexiconYAML))

// lexicon is the built-in lexicon, parsed once.
var lexicon = func() []entry {
	var es []entry
	if err := yaml.Unmarshal(lexiconYAML, &es); err != nil {
		panic(fmt.Errorf("role: lexicon.yaml: %w", err))
	}
	return es
}()

// Lexicon returns the roles of the built-in lexicon, as it is written:
// ambiguous abbreviations are not resolved.
func Lexicon() []Role {
	out := make([]Role, 0, len(lexicon))
	for _, e := range lexicon {
		out = append(out, e.role())
	}
	return out
}

func (e entry) role() Role {
	return Role{ID: e.ID, Abbreviation: e.Abbreviation, Title: e.Titles[0], Names: e.names()[1:], Origin: FromLexicon, Words: e.Words}
}

// names returns every name of the role: its titles (the first first),
// aliases, Japanese names, shortened titles, and for each name "X chief"
// also "X exec" and "X executive" (whoever is the "ops chief" is the "ops
// exec" too).
func (e entry) names() []string {
	names := append(append(append([]string{}, e.Titles...), e.Aliases...), e.JA...)
	names = append(names, shortTitles(e.Titles)...)
	for _, n := range names {
		if x, ok := strings.CutSuffix(n, " chief"); ok && !strings.HasPrefix(x, "chief") {
			names = append(names, x+" exec", x+" executive")
		}
	}
	return names
}

// shortTitles returns what people shorten a title "Chief X Officer" to:
// "chief X" ("our chief marketing guy", "a chief HR person"), "X chief"
// ("the marketing chief") and "X officer" ("the strategy officer"). A longer name still wins where both match
// ("chief information security officer" is not "chief information").
func shortTitles(titles []string) []string {
	var out []string
	for _, t := range titles {
		f := strings.Fields(strings.ToLower(t))
		if len(f) < 3 || f[0] != "chief" || f[len(f)-1] != "officer" {
			continue
		}
		mid := strings.Join(f[1:len(f)-1], " ")
		out = append(out, "chief "+mid, mid+" chief", mid+" officer")
	}
	return out
}

// New returns a Detector for the roles on the cards, the roles of the
// built-in lexicon and the roles that texts (the passages of a corpus)
// name in a title of their own. A card wins over everything else: its id,
// abbreviation and aliases are its own, and a lexicon role whose title is
// one of its names adds its other names to it. An abbreviation that stands
// for several roles of the lexicon (CPO: product, people or privacy) means
// the roles whose titles the texts use, all of them when they use several,
// and the first of the lexicon when they use none.
func New(cards []corpus.Card, texts ...string) *Detector {
	return NewFound(cards, Scan(texts...))
}

// NewFound is New with the texts already scanned: New(cards, texts...) and
// NewFound(cards, Scan(texts...)) know the same roles.
func NewFound(cards []corpus.Card, found *Found) *Detector {
	s := newSet()
	for _, c := range cards {
		s.add(Role{ID: c.ID, Abbreviation: c.Abbreviation, Title: c.Title, Names: c.Aliases, Origin: FromCard}, true)
	}
	for _, c := range cards { // after every card's own names
		variants := dutyVariants(norm(c.Title))
		if c.Drafted {
			// A post the articles define is written their other ways too,
			// as it is without a card: "h&s officer" for the Health and
			// Safety Officer (see titleVariants).
			variants = slices.DeleteFunc(titleVariants(norm(c.Title)), func(v string) bool { return !strings.Contains(v, " ") })
		}
		for _, v := range variants {
			if k := s.byID[c.ID]; s.claim(v, c.ID) {
				s.roles[k].Names = append(s.roles[k].Names, v)
			}
		}
	}
	s.addLexicon(found)
	s.addFound(found)
	return newDetector(s.roles, s.abbrs, s.initials(found), found.usesTitle)
}

// set is a list of roles being put together, with the names taken.
type set struct {
	roles []Role
	byID  map[string]int    // id -> index in roles
	taken map[string]string // normalised name -> id
	abbrs map[string][]string
}

func newSet() *set {
	return &set{byID: map[string]int{}, taken: map[string]string{}, abbrs: map[string][]string{}}
}

func norm(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// add adds r, dropping names already taken; withAbbr also claims its
// abbreviation as a name. A role whose id is taken is not added.
func (s *set) add(r Role, withAbbr bool) bool {
	if _, dup := s.byID[r.ID]; dup {
		return false
	}
	keep := r.Names[:0:0]
	for _, n := range r.Names {
		if s.claim(n, r.ID) {
			keep = append(keep, n)
		}
	}
	r.Names = keep
	s.claim(r.ID, r.ID)
	s.claim(r.Title, r.ID)
	if withAbbr && r.Abbreviation != "" {
		s.claim(r.Abbreviation, r.ID)
		s.abbrs[norm(r.Abbreviation)] = append(s.abbrs[norm(r.Abbreviation)], r.ID)
	}
	s.byID[r.ID] = len(s.roles)
	s.roles = append(s.roles, r)
	return true
}

// claim takes name for id unless another role has it.
func (s *set) claim(name, id string) bool {
	k := norm(name)
	if k == "" {
		return false
	}
	if owner, ok := s.taken[k]; ok && owner != id {
		return false
	}
	s.taken[k] = id
	return true
}

// addLexicon adds the lexicon: into a card that already has one of its
// titles, else as a role of its own.
func (s *set) addLexicon(found *Found) {
	// The senses of each abbreviation: a role of the lexicon, or a card
	// that took in a lexicon role with other letters (the CISO card takes
	// in the chief security officer, one sense of CSO).
	type sense struct {
		k      int      // index in s.roles
		titles []string // the lexicon's titles of the sense
	}
	senses := map[string][]sense{}
	for _, e := range lexicon {
		r := e.role()
		a := norm(e.Abbreviation)
		if id, ok := s.cardFor(e); ok {
			k := s.byID[id]
			for _, n := range e.names() {
				if s.claim(n, id) {
					s.roles[k].Names = append(s.roles[k].Names, n)
				}
			}
			s.roles[k].Words = append(s.roles[k].Words, e.Words...)
			if a != "" && a != norm(s.roles[k].Abbreviation) {
				senses[a] = append(senses[a], sense{k, e.Titles})
			}
			continue
		}
		if _, dup := s.byID[r.ID]; dup || s.taken[r.ID] != "" && s.taken[r.ID] != r.ID {
			r.ID = strings.ReplaceAll(norm(r.Title), " ", "-")
		}
		if !s.add(r, false) {
			continue
		}
		if a != "" {
			senses[a] = append(senses[a], sense{len(s.roles) - 1, e.Titles})
		}
	}
	for _, e := range lexicon { // in lexicon order, for stable ids
		a := norm(e.Abbreviation)
		list, ok := senses[a]
		if !ok {
			continue
		}
		delete(senses, a)
		if owner, ok := s.taken[a]; ok && s.roles[s.byID[owner]].Origin == FromCard {
			continue // a card has these letters
		}
		var used, own []int
		for _, sn := range list {
			if found.usesTitle(Role{Title: sn.titles[0], Names: sn.titles[1:]}) {
				used = append(used, sn.k)
			}
			if s.roles[sn.k].Origin != FromCard {
				own = append(own, sn.k)
			}
		}
		if len(used) == 0 {
			switch {
			case len(own) > 0:
				used = own[:1]
			case len(list) == 1:
				// Letters of one sense only, which a card with letters of
				// its own took in ("Finance Director (FD)" has the CFO's
				// "finance director"): "who is the cfo" asks for that card.
				used = []int{list[0].k}
			default:
				continue // only cards with letters of their own, which of them unknown
			}
		}
		for _, k := range used {
			s.abbrs[a] = append(s.abbrs[a], s.roles[k].ID)
		}
		s.taken[a] = s.roles[used[0]].ID
	}
}

// cardFor returns the card that already has a title or an alias of e.
func (s *set) cardFor(e entry) (string, bool) {
	for _, n := range append(append([]string{}, e.Titles...), e.Aliases...) {
		if id, ok := s.taken[norm(n)]; ok && s.roles[s.byID[id]].Origin == FromCard {
			return id, true
		}
	}
	return "", false
}

// addFound adds the roles the texts define that no card or lexicon role
// has, and the abbreviations the texts give to known titles.
func (s *set) addFound(found *Found) {
	for _, d := range found.Roles {
		released := s.releaseAlias(d, found)
		// "Duty Manager on Call (DMOC)", with letters of its own, is a
		// duty, not the Duty Manager's other name.
		if id := s.takenVariant(d.Title); !released && id != "" && s.taken[norm(d.Title)] == "" && (d.Abbr == "" || dutyVariants(norm(d.Title)) == nil) {
			s.claim(d.Title, id) // "Director of Human Resources" is the HR Director
			k := s.byID[id]
			s.roles[k].Names = append(s.roles[k].Names, norm(d.Title))
		}
		if id, ok := s.taken[norm(d.Title)]; ok {
			if d.Abbr != "" && s.claim(d.Abbr, id) {
				k := s.byID[id]
				if s.roles[k].Abbreviation == "" {
					s.roles[k].Abbreviation = d.Abbr
				}
				s.abbrs[norm(d.Abbr)] = append(s.abbrs[norm(d.Abbr)], id)
			}
			continue
		}
		if x, y, ok := strings.Cut(norm(d.Title), " and "); ok && s.taken[x] != "" && s.taken[y] != "" {
			continue // "Company Secretary and General Counsel": two roles one person holds
		}
		id := strings.ReplaceAll(norm(d.Title), " ", "-")
		a := norm(d.Abbr)
		if a != "" && s.taken[a] == "" {
			id = a
		}
		abbr := d.Abbr
		owner, taken := s.taken[a], s.taken[a] != ""
		if taken {
			abbr = ""
		}
		title := found.Written[norm(d.Title)]
		if title == "" {
			title = titleCase(d.Title)
		}
		r := Role{ID: id, Abbreviation: abbr, Title: title, Origin: FromText}
		for _, v := range titleVariants(norm(d.Title)) {
			if s.taken[v] == "" && strings.Contains(v, " ") {
				r.Names = append(r.Names, v) // "head of qa", "qa head" for the Head of Quality Assurance
			}
		}
		if first, _, ok := strings.Cut(norm(d.Title), " and "); ok && singleRoles[first] && s.taken[first] == "" {
			r.Names = []string{first} // "the Registrar" of the Registrar and Secretary
		}
		if !s.add(r, true) || !taken || a == "" {
			continue
		}
		// The texts define letters a role of the lexicon has ("CHIEF
		// PROCUREMENT OFFICER (CPO)", where the lexicon's CPO is the chief
		// product officer): here the letters mean what the texts say,
		// unless they also use the lexicon's title (then both, as any
		// letters with two senses). A card's letters stay the card's.
		o := s.roles[s.byID[owner]]
		if o.Origin == FromCard {
			continue
		}
		k := s.byID[id]
		s.roles[k].Abbreviation = d.Abbr
		if found.usesTitle(o) {
			s.abbrs[a] = append(s.abbrs[a], id)
			continue
		}
		s.abbrs[a] = []string{id}
		s.taken[a] = id
	}
}

// releaseAlias lets a title the texts define with letters of their own be
// a role of its own where only an alias of a lexicon role has it, and
// reports whether it did: "Head of
// Security (HoS)" of an airport is no Chief Information Security Officer,
// unless the texts also write the lexicon's title or letters.
func (s *set) releaseAlias(d Definition, found *Found) bool {
	k := norm(d.Title)
	id, ok := s.taken[k]
	if !ok || d.Abbr == "" {
		return false
	}
	o := &s.roles[s.byID[id]]
	if o.Origin != FromLexicon || norm(o.Title) == k || strings.TrimSuffix(norm(o.Title), " officer") == k ||
		norm(o.Abbreviation) == norm(d.Abbr) || found.usesTitle(Role{Title: o.Title}) || found.Titles[norm(o.Abbreviation)] {
		return false // "Chief Executive (CE)" is the Chief Executive Officer, its letters short of the "O"
	}
	delete(s.taken, k)
	o.Names = slices.DeleteFunc(o.Names, func(n string) bool { return norm(n) == k })
	return true
}
