package corpus

import (
	"slices"
	"sort"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// RoleFinder returns the ids of the roles a text names, in order of first
// mention. role.Detector.Roles is one.
type RoleFinder func(text string) []string

// maxDraftItems is how many responsibilities or skills a drafted card
// quotes: a card is a summary, and the section it cites has the rest.
const maxDraftItems = 5

// maxDraftConfused is how many roles a drafted card says it is confused
// with: more is a list of the C-suite, not a confusion.
const maxDraftConfused = 3

// Words that mark the sentences and headings each field is drafted from.
var (
	bracketed   = lazyre.New(`^\([^)]*\)`)
	definingThe = lazyre.New(`(?i)^(?:is|are) (?:the|a|an|one)\b`)
	defining    = lazyre.New(`(?i)^(?:is|are|was|refers to|stands for|means)\b`)
	// passive follows a role's name with what is done to it: "The CSO is
	// told the next morning", "is paged", not what the role is.
	passive       = lazyre.New(`(?i)^(?:is|are|was)\s+(?:(?:also|usually|often|then|always|only|immediately)\s+)?(?:\p{L}+ed|told|sent|given|kept|shown|taken|paid|seen|rung|brought|woken)\b`)
	whatIs        = lazyre.New(`(?i)^(?:what\b.*\b(?:is|are|means?)\b|introduction|overview|definition)|とは|概要|定義`)
	focusWords    = lazyre.New(`(?i)\b(?:focus(?:es|ed)?|concentrates on|purpose|mission|is about|concerned with|cent(?:re|er)s? on|main job|goal)\b|目的|使命|重視|注力`)
	respHeading   = lazyre.New(`(?i)responsib|dut(?:y|ies)|\bdoes\b|\bdo\b|role of|\bjob\b|day[- ]to[- ]day|\bwork\b|役割|責任|職務|業務|担当|仕事`)
	respWords     = lazyre.New(`(?i)responsib|oversee|in charge|\bleads?\b|\bmanag|\bruns?\b|\bowns?\b|\bsets?\b|\bdesigns?\b|\bbuilds?\b|work includes|looks? after|takes? care of|\bhandles?\b|accountable|責任|統括|担当|管理|指揮|監督|決裁|主導|運営`)
	skillsHeading = lazyre.New(`(?i)skill|background|qualif|experience|\bbecom|career|profile|what it takes|スキル|経験|資格|要件|求められる`)
	// "Most CISOs come from security engineering", not "Alarm calls come
	// from Highland Alarm Monitoring".
	skillWords = lazyre.New(`(?i)skill|background|experience|knowledge|understand|abilit|degree|(?:\b(?:they|most|many|who|people|candidates|holders|usually|often|typically)\b|(?-i:\b[A-Z][A-Za-z]{1,5}s\b))[^.;]{0,30}?\bcome\s+from|judg|スキル|経験|知識|資格|能力`)
	theRole    = lazyre.New(`(?i)\b(?:the|this) (?:role|job|position|title)\b`)
	// leadsWith is a verb of what a role does, right after its name.
	leadsWith = lazyre.New(`(?i)^(?:owns|leads|runs|heads|oversees|manages|is responsible for|is accountable for|sets|directs|looks after|takes care of|handles)\b`)
	// tableRow is a passage read from a row of a table, each cell under
	// its header: "Name: Ann Lee; Role: CTO; Reports to: CEO".
	tableRow     = lazyre.New(`^[^;:\n]{1,40}: [^\n]*?(?:; [^;:\n]{1,40}: [^\n]*?)+$`) // (a cell may hold "; ": "Two of them; Maëlle is the senior.")
	confuseWords = lazyre.New(`(?i)differ|confus|\bvs\b|versus|mistak|tell (?:\w+ )?apart|distinguish|compared|mixed up|overlap|blur|違い|混同|異なる|区別`)
)

// WithDrafts returns a copy of c whose cards are completed from the
// articles. roles are the roles that role detection knows beyond the cards
// (only their ID, Abbreviation, Title and Aliases are read); find tells
// which roles a text names, cards and roles alike.
//
// A role of roles with no card gets a card drafted from the corpus when
// the corpus covers it: an article is about it (its title names it first)
// or a passage names it. A card of c that leaves summary, focus,
// responsibilities or skills empty gets each of its empty fields drafted:
// what the card says wins, field by field. A complete card is kept as is.
//
// Each drafted field quotes, verbatim, a sentence or list items of one
// section, and cites it; a field with no fitting sentence stays empty, and
// one that Unsupported would reject is dropped. Drafting is deterministic:
// the same corpus gives the same cards.
func (c *Corpus) WithDrafts(roles []Card, find RoleFinder) *Corpus {
	d := newDrafter(c, find)
	names := map[string]bool{}
	var targets []Card
	note := func(k Card) {
		for _, n := range cardNames(k) {
			if n := normHeading(n); n != "" { // a role without letters has "" for them
				names[n] = true
			}
		}
	}
	for _, k := range c.Cards {
		note(k)
		if !k.complete() {
			targets = append(targets, k)
		}
	}
	for _, r := range roles {
		if _, ok := c.Card(r.ID); ok || !cardID.MatchString(r.ID) || slices.ContainsFunc(cardNames(r), func(n string) bool { return names[normHeading(n)] }) {
			continue
		}
		note(r)
		targets = append(targets, Card{ID: r.ID, Abbreviation: r.Abbreviation, Title: r.Title, Aliases: r.Aliases, Drafted: true})
	}
	if len(targets) == 0 && !namesUnknown(c.Cards) {
		return c
	}
	out := *c
	out.Cards = slices.Clone(c.Cards)
	known := map[string]bool{}
	for _, t := range targets {
		known[t.ID] = true
	}
	for _, k := range c.Cards {
		known[k.ID] = true
	}
	// Every role's names, to tell a sentence about another role (see
	// otherSubject), whichever card is drafted first.
	for _, k := range slices.Concat(c.Cards, targets) {
		if _, ok := d.names[k.ID]; !ok {
			d.names[k.ID] = cardNames(k)
		}
	}
	for _, t := range targets {
		if t.Drafted && !d.covers(t.ID) {
			continue
		}
		if t.Drafted {
			t = d.ownNames(t)
		}
		k := d.draft(t, known)
		if i := slices.IndexFunc(out.Cards, func(w Card) bool { return w.ID == k.ID }); i >= 0 {
			out.Cards[i] = k
		} else {
			out.Cards = append(out.Cards, k)
		}
	}
	sort.Slice(out.Cards, func(i, j int) bool { return out.Cards[i].ID < out.Cards[j].ID })
	// A card may only name cards that exist: a card of roles/ may name
	// one drafted ("confused_with: [cio]", the CIO's card drafted from
	// the articles), and what names none is dropped. A drafted card may
	// only say what its sources say.
	for i := range out.Cards {
		k := &out.Cards[i]
		k.ConfusedWith = slices.DeleteFunc(slices.Clone(k.ConfusedWith), func(id string) bool {
			_, ok := out.Card(id)
			return !ok
		})
		for _, g := range out.Unsupported(*k) {
			if slices.Contains(k.DraftedFields, g.Field) {
				k.clear(g.Field)
			}
		}
	}
	return &out
}

// namesUnknown reports whether a card names in confused_with a card that
// is not among cards.
func namesUnknown(cards []Card) bool {
	for _, k := range cards {
		for _, id := range k.ConfusedWith {
			if !slices.ContainsFunc(cards, func(o Card) bool { return o.ID == id }) {
				return true
			}
		}
	}
	return false
}

// complete reports whether a card says something in each field that a
// card must have.
func (k *Card) complete() bool {
	return k.Summary != "" && k.Focus != "" && len(k.Responsibilities) > 0 && len(k.Skills) > 0
}

// SaysNothing reports whether a card has nothing to say of its role: no
// summary, focus, responsibilities or skills, as the card of a role the
// articles only name. Its names still find the role in questions.
func (k Card) SaysNothing() bool {
	return k.Summary == "" && k.Focus == "" && len(k.Responsibilities) == 0 && len(k.Skills) == 0
}

// empty reports whether a card field says nothing.
func (k *Card) empty(field string) bool {
	if field == "confused_with" {
		return len(k.ConfusedWith) == 0
	}
	return strings.TrimSpace(strings.Join(k.Field(field), "")) == ""
}

// clear empties a drafted field and forgets its source.
func (k *Card) clear(field string) {
	switch field {
	case "summary":
		k.Summary = ""
	case "focus":
		k.Focus = ""
	case "responsibilities":
		k.Responsibilities = nil
	case "skills":
		k.Skills = nil
	case "confused_with":
		k.ConfusedWith = nil
	}
	delete(k.Sources, field)
	k.DraftedFields = slices.DeleteFunc(k.DraftedFields, func(f string) bool { return f == field })
}

// drafter holds what drafting needs to know of every passage, found once.
type drafter struct {
	passages []Passage
	named    [][]string        // per passage: the roles its heading and text name
	about    map[string]string // article slug -> the role its title names first
	heading  map[string][]string
	find     RoleFinder
	lower    string              // every heading and passage text, in small letters (see uses)
	names    map[string][]string // role id -> the names of the card being drafted
}

func newDrafter(c *Corpus, find RoleFinder) *drafter {
	d := &drafter{passages: c.Passages(), about: map[string]string{}, heading: map[string][]string{}, find: find, names: map[string][]string{}}
	for _, a := range c.Articles {
		if ids := find(a.Title); len(ids) > 0 {
			d.about[a.Slug] = ids[0]
		}
	}
	for _, p := range d.passages {
		d.named = append(d.named, find(p.Section+"\n"+p.Text))
		if _, ok := d.heading[p.Section]; !ok {
			d.heading[p.Section] = find(p.Section)
		}
	}
	return d
}

// relevant reports whether passage i is about role id: its article is
// (unless its heading names other roles only: "Chief of Staff ›
// Responsibilities" in an article titled after the CEO's office), or it
// names the role.
func (d *drafter) relevant(i int, id string) bool {
	return d.aboutArticle(d.passages[i].Article, d.passages[i].Section, id) || slices.Contains(d.named[i], id)
}

// aboutArticle reports whether a section is about role id because its
// article is: the article's title names the role first, and the section's
// heading names no other role without it.
func (d *drafter) aboutArticle(article, heading, id string) bool {
	if d.about[article] != id {
		return false
	}
	h := d.heading[heading]
	return len(h) == 0 || slices.Contains(h, id)
}

func (d *drafter) covers(id string) bool {
	for i := range d.passages {
		if d.relevant(i, id) {
			return true
		}
	}
	return false
}

// found is a quote of passage p, with its score.
type found struct {
	p     int
	q     quote
	score int
}

// draft fills the empty fields of card t from the passages.
func (d *drafter) draft(t Card, known map[string]bool) Card {
	d.names[t.ID] = cardNames(t)
	k := t
	k.Sources = map[string]SourceRef{}
	for f, ref := range t.Sources {
		if !t.empty(f) {
			k.Sources[f] = ref
		}
	}
	used := map[string]bool{}
	if !t.Drafted {
		used[t.Summary], used[t.Focus] = true, true
	}
	// A field is drafted when it is empty and not left so on purpose.
	open := func(field string) bool { return k.empty(field) && !slices.Contains(t.NoDraft, field) }
	set := func(field string, p int, texts ...string) {
		k.DraftedFields = append(k.DraftedFields, field)
		k.Drafted = true
		ps := d.passages[p]
		k.Sources[field] = SourceRef{Article: ps.Article, Section: ps.Section, ArticleTitle: ps.ArticleTitle}
		for _, s := range texts {
			used[s] = true
		}
	}
	if open("summary") {
		f, ok := d.best(t.ID, used, func(i int, q quote) int { return d.defines(i, q, t) })
		if r, found := d.rowMeaning(t, used); found && (!ok || f.score <= r.score) {
			f, ok = r, true // a glossary kept as a table says what its term means, as an item of a list does
		}
		if ok {
			k.Summary = oneLine(f.q.Text)
			set("summary", f.p, f.q.Text)
		}
	}
	if open("focus") {
		if f, ok := d.best(t.ID, used, func(i int, q quote) int {
			return d.focuses(i, q, t)
		}); ok {
			k.Focus = oneLine(f.q.Text)
			set("focus", f.p, f.q.Text)
		}
	}
	if open("responsibilities") {
		if p, items := d.list(t.ID, used, respHeading, respWords); len(items) > 0 {
			set("responsibilities", p, items...)
			k.Responsibilities = oneLines(items)
		}
	}
	if open("skills") {
		if p, items := d.list(t.ID, used, skillsHeading, skillWords); len(items) > 0 {
			set("skills", p, items...)
			k.Skills = oneLines(items)
		}
	}
	if open("confused_with") {
		if p, ids := d.confused(t.ID, known); len(ids) > 0 {
			k.ConfusedWith = ids
			set("confused_with", p)
		}
	}
	return k
}

// best returns the quote of a passage about role id with the highest
// score, the first one in corpus order on a tie; a score of 0 never wins,
// nor does a sentence that ends with a colon ("The CPO is responsible
// for:").
func (d *drafter) best(id string, used map[string]bool, score func(i int, q quote) int) (found, bool) {
	var top found
	for i, p := range d.passages {
		if !d.relevant(i, id) {
			continue
		}
		for _, q := range withHolderPairs(quotes(p.Text)) {
			if used[q.Text] || strings.HasSuffix(q.Text, ":") || tableRow.MatchString(q.Text) || covering.MatchString(q.Text) && !q.Item && !glossaryEntry(q.Text, d.names[id]) && !coversAsHolder(q.Text, d.names[id]) {
				continue // a sentence ending with a colon only leads to what follows; a table's row is no sentence; who covers is not what the role is, unless a glossary says so ("ACC: Assistant Case Controller, deputises for the CC")
			}
			if s := score(i, q); s > top.score {
				top = found{i, q, s}
			}
		}
	}
	return top, top.score > 0
}

// oneLine joins the lines of a quote that its source broke by hand
// (reStructuredText, plain text wrapped at 80 columns): a card's field is
// one line of text.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func oneLines(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = oneLine(s)
	}
	return out
}

// WithoutDrafted returns the corpus without the drafted cards drop
// reports, or c itself when it drops none.
func (c *Corpus) WithoutDrafted(drop func(Card) bool) *Corpus {
	if !slices.ContainsFunc(c.Cards, func(k Card) bool { return k.Drafted && drop(k) }) {
		return c
	}
	out := *c
	out.Cards = slices.DeleteFunc(slices.Clone(c.Cards), func(k Card) bool { return k.Drafted && drop(k) })
	for i := range out.Cards { // a card names only cards that exist (see WithDrafts)
		k := &out.Cards[i]
		k.ConfusedWith = slices.DeleteFunc(slices.Clone(k.ConfusedWith), func(id string) bool {
			_, ok := out.Card(id)
			return !ok
		})
	}
	return &out
}
