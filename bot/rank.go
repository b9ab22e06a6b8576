package bot

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/rolebot/rolebot/index"
)

// search runs the index query for a question and re-ranks the hits: a
// passage that names the roles asked about ranks higher, and in a comparison
// one that names all of them ranks highest. A question that names no role
// is first routed to the roles it points to (see profiles), and passages
// about those rank higher. See weights.go for the numbers. It also returns
// the analysed words that show a hit is relevant: the question's own and
// their near-synonyms, not the words that only go with a kind of heading.
// The question comes with its roles written as their letters (see
// lettersFor), and as typed.
func (e *Engine) search(ctx context.Context, question, typed, rest string, terms, alias []string, intent Intent, wanted []string) ([]ranked, []string, error) {
	// A Japanese question is read for its kind through the English of its
	// question words too ("レポートライン": "reports").
	kinds := questionKinds(intent, strings.TrimSpace(question+" "+englishFor(question)))
	name := askedName(question) // "who is ollie": a person, not whose job something is
	if len(wanted) == 0 && asksWho(question) && name == "" {
		// "Who keeps our metric definitions consistent?" asks whose job
		// it is: the answer is under a heading of responsibilities.
		kinds |= questionKinds(IntentResponsibilities, "")
	}
	letters := len(wanted) == 0 && (intent == IntentSearch || intent == IntentDefine) && !asksOtherThanWhat.MatchString(question) && e.onlyLetters(question, terms)
	if letters {
		// "PPFM??", "what's the PPFM": letters alone ask what they stand
		// for ("ELT - who's on it" asks who).
		kinds |= expansionKind
	}
	kinds |= skillsOfUnknown(rest, wanted)
	// Shorthand ("eng") is the user's own word for what the articles
	// spell out; near-synonyms ("accountable" for "report") are weaker.
	var short []string
	units := e.shorthandUnits(rest)
	called := e.calledUnits(rest)
	units = append(units, called...)
	for _, u := range units {
		for _, t := range u {
			if !slices.Contains(terms, t) && !slices.Contains(short, t) {
				short = append(short, t)
			}
		}
	}
	// Shorthand no passage holds ("exec in charge of fin") is only the
	// user's way to write the words it stands for: those are searched
	// as the question's own, not as related words below them.
	own := terms
	in := e.standIns(rest)
	short, in = e.notExec(question, wanted, short), e.notExec(question, wanted, in)
	for _, u := range called {
		// "the head vet", which the articles say is what people call
		// their Head of Veterinary Services: that name is meant.
		in = appendNew(in, u...)
	}
	in = appendNew(in, e.limitTitleWords(question, wanted)...) // "whats gareths spending limit": the Yard Manager's row
	in = appendNew(in, e.otherNumber(terms)...)                // "foreman": the articles' "Foremen"
	if len(in) > 0 {
		own = appendNew(slices.Clone(terms), in...)
		short = slices.DeleteFunc(short, func(t string) bool { return slices.Contains(in, t) })
	}
	whoTitle, spelt := e.whoTitleAsked(question, wanted) // "who is the works council chair": a title no lexicon knows
	short = appendNew(short, spelt...)
	synonyms := e.related.expand(e.expandable(question, terms), maxRelated)
	related := appendNew(slices.Clone(synonyms), short...)
	related = appendNew(related, alias...)
	why := asksWhy(question)
	long := asksDuration.MatchString(question)
	when := asksWhenOnly(question)
	back := when && asksReturn.MatchString(question)
	speaker := e.speakerNamed(question)
	limit := asksLimit.MatchString(question)
	number := numberAsked(question)
	if why {
		// "Why do people mix up the CTO and the CIO": the answer gives a
		// reason, in words of reasons.
		related = appendNew(related, e.why...)
	}
	if long {
		// "How long to answer an FOI": the passage that answers states
		// a span of time, maybe no word of the question.
		related = appendNew(related, e.idx.Terms(durationWords)...)
	}
	telling := append(slices.Clone(own), related...)
	// Words that go with the kind of heading asked for ride along, a few.
	added := 0
	for k, words := range e.kindTerms {
		for _, t := range words {
			if kinds&(1<<k) != 0 && added < maxKindRelated && !slices.Contains(telling, t) && !slices.Contains(related, t) {
				related = append(related, t)
				added++
			}
		}
	}
	generic := aboutAll(question)
	japanese := hasJapanese(question)
	var whoIs bool
	var qualifier, place string // "who is the deputy MLRO", "who is the site manager for wexley fen"
	if len(wanted) == 1 {
		if g := asksWhoIs.FindStringSubmatch(rest); g != nil {
			whoIs, qualifier = true, strings.ToLower(g[1])
		} else if g := asksWhoIsAt.FindStringSubmatch(rest); g != nil {
			whoIs, qualifier, place = true, strings.ToLower(g[1]), g[2]
		}
	}
	below := len(wanted) == 1 && asksBelow.MatchString(question)
	above := len(wanted) == 1 && !below && kinds&reportingKind != 0
	var acts func(*passage) bool // "treasurer out, who covers"
	if !when {
		acts = e.awayAsked(question, wanted) // "when is fiona on leave" asks when, not who acts
	}
	// A title no lexicon knows ("who does the company secretary report
	// to"): its reporting line is read by its words.
	var title, deputy string // or who stands in for one: "who covers for the finance manager"
	if len(wanted) == 0 && kinds&reportingKind != 0 {
		title = titleAsked(idioms.replace(question))
	} else if len(wanted) == 0 && acts == nil {
		deputy = deputyTitleAsked(question) // not "who covers martin when he's away": see awayAsked
	}
	// "who covers gareth when hes on leave": his row's deputy. With a role
	// asked, its cover table's row comes first only where no sentence says
	// who acts (see actsFirst below), and is no line of the score: the
	// sentence, where there is one, is the answer.
	var actsElse func(*passage) bool
	if acts != nil {
		actsElse = awayElse(question, wanted)
	}
	var holders, covered []string // the names of the holder of the role whose reporting line is asked, or who stands in for
	if above {
		holders = e.holderNames(wanted[0])
	} else if acts != nil && len(wanted) == 1 {
		covered = lowered(e.holderNames(wanted[0])) // "who covers priya": not the row she covers in
	}
	who := len(wanted) == 0 && asksWho(question) // asks whose job something is
	// "Who runs the control room", "what does kwabena do": not who stands
	// in when the holder is away.
	notCover := sync.OnceValue(func() bool {
		return acts == nil && deputy == "" && !asksCover.MatchString(question) && !hasJapanese(question)
	})
	var routes []routed
	if len(wanted) == 0 && !generic {
		routes = e.profiles.route(e.routeUnits(terms, units))
	}
	// Related words no passage holds cannot match, but each would cost the
	// search a lookup. They are left out, and the weight of the related
	// words scaled by the share kept: a disjunction scales its score by the
	// share of its clauses matched, so the scores stay what they were.
	related = e.rare(related)
	present := e.inIndex(related)
	w := indexWeights
	switch {
	case len(present) == 0 && len(related) > 0:
		present = related[:1] // keeps the group: see index.Index.build
	case len(present) < len(related):
		w.Related *= float64(len(present)) / float64(len(related))
	}
	size0 := max(minSearchSize, e.excerpts)
	size := size0
	amount, asksAmount := askedAmount(question)
	if asksAmount {
		// The row of a table of limits that holds the amount shares few
		// words with the question ("a 300k research grant"), and each
		// row of the table shares them all: it may rank well below the
		// usual few.
		size = max(size, amountSearchSize)
	}
	q := index.Query{Text: rest, Terms: own, Related: present,
		Size: size, MinHits: minHits, Weights: w}
	if len(e.vocab) > 0 {
		q.Known = e.inText
	}
	q.Passage = e.indexed
	// Letters the articles use are the whole question: a passage without
	// them is no answer, however many words of glossaries it holds.
	q.Required = letters && e.inText(terms[0])
	// "What does 'second on' mean", "whats a VIP2": of a role, only in
	// words of meaning ("what is the VC" asks what the role is).
	term, meaning := termAsked(question)
	if len(wanted) > 0 && (!meaning || e.written(wanted[0])) {
		term = ""
	}
	if title != "" || deputy != "" || whoIs || acts != nil || len(wanted) == 1 && kinds&expansionKind != 0 || term != "" || len(wanted) == 1 && (intent == IntentDefine || intent == IntentResponsibilities) {
		// Its line may rank low among many: "who is the COLP" is answered by
		// "From 1 April 2024 the COLP is Priya Shah", "what does DSM stand
		// for" by a glossary's line, "what does the DPP do" by the long
		// passage that says what it is, below short notes: a wider look.
		q.Size *= titleSearchWidth
	}
	for _, id := range wanted {
		q.Roles = append(q.Roles, index.Role{ID: id, Names: e.holderWords(question, id)})
	}
	if intent == IntentCompare && len(wanted) > 1 && len(terms) > 0 && !slices.ContainsFunc(terms, func(t string) bool { return !slices.Contains(e.comparing, t) }) {
		// "CFO vs CEO": a passage that weighs the two roles need not say
		// "versus"; the word only ranks (see comparingWords).
		q.Optional = true
	}
	if limit && len(wanted) > 0 && !asksAmount {
		// "How much can an AM approve": the row of the AM's limit holds
		// no word of the question but the role's, one among the many
		// passages that name the role.
		q.Optional = true
		q.Size *= titleSearchWidth
	}
	if who && len(routes) > 0 {
		// "Who is responsible for the product": the opening of the
		// article on the role it points to says who that is, though
		// the role's own name hides the question's word there (see
		// routeLeadPrior): a wider look.
		q.Size *= titleSearchWidth
	}
	unseen := e.unseenRoutes(terms, routes)
	for _, r := range unseen {
		q.Routed = append(q.Routed, index.Routed{ID: r.id, Weight: r.weight})
	}
	hits, err := e.idx.Search(ctx, q)
	if err != nil {
		return nil, nil, fmt.Errorf("answer: %w", err)
	}
	if intent == IntentCompare && len(wanted) >= 2 && !e.namesAll(hits, wanted) {
		// "CEO, COO and CFO: how do the three split the work", "cfo vs
		// coo": the few passages that name them all, which words seldom
		// find.
		all := q
		all.AllRoles, all.Optional, all.Size = true, true, allRolesHits
		more, err := e.idx.Search(ctx, all)
		if err != nil {
			return nil, nil, fmt.Errorf("answer: %w", err)
		}
		for _, h := range more {
			if !slices.ContainsFunc(hits, func(x index.Hit) bool { return x.ID == h.ID }) {
				hits = append(hits, h)
			}
		}
	}
	var person []string // "when is steve on leave": whose time is asked
	if when {
		person = e.personAsked(question, hits)
	}
	var deny []string // words of approving a question of who asks of
	if who || title != "" {
		deny = approvingAsked(terms)
	}
	// A question of what roles do or how they differ, not of a value a
	// table's row gives (who is on call, a number).
	describes := !who && !asksAmount && (intent == IntentCompare || intent == IntentResponsibilities || slices.ContainsFunc(terms, func(t string) bool { return e.compare[t] }))
	out := make([]ranked, 0, len(hits))
	for _, h := range hits {
		p, ok := e.passages[h.ID]
		if !ok {
			continue // index older than the corpus in memory; skip
		}
		line := below && p.below(wanted[0]) || above && (p.above(wanted[0]) || holderAbove(p, holders) || e.fieldAbove(p, wanted[0])) || title != "" && p.aboveTitle(title) || deputy != "" && (p.deputyOfTitle(deputy) || p.speaksAway(deputy)) || acts != nil && (acts(p) || actsElse != nil && len(wanted) == 0 && actsElse(p))
		score := e.score(h, p, own, intent, wanted, kinds, line)
		if w := e.routeWeight(p, routes); w > 0 {
			score *= 1 + routeBonus*w
			if who && p.Position == 0 && p.subject == routes[0].id {
				// "Who looks after the money at the top": the opening of
				// the article on the role it points to most says who that
				// is and what the role covers.
				score *= 1 + routeLeadPrior
			}
		}
		if generic && len(e.titleRoles[p.Article]) != 1 {
			score *= overviewPrior
		}
		switch {
		case japanese && p.japanese:
			score *= japanesePrior // a Japanese question, answered in Japanese where an article is
		case !japanese && p.japanese:
			score /= japanesePrior // and an English one in English
		}
		if len(deny) > 0 && onlyDenied(p.Text, deny) {
			score *= deniedPrior // "who approves my extension": not "Your personal tutor cannot approve an extension"
		}
		if number && statesNumber(p.Text) {
			score *= numberPrior // "engineer on call number": "Senior engineer on call (evenings, nights and weekends): 07700 900200"
		}
		if long && duration.MatchString(p.Text) {
			score *= durationPrior // "how long to answer an FOI": "decided within 20 working days"
		}
		spoken := speaker(p.Speaker) // in the voice of whom the question names
		if spoken {
			score *= speakerPrior // "when is fiona on leave": "I am on annual leave …" in the memo from Fiona Marsh
		}
		if when && statesWhen(p.Text) {
			score *= whenPrior // "when is fiona on leave": "I am on annual leave from Monday 10 February"
			if spoken {
				// in her own memo, which names her only as its sender:
				// above "When Fiona Marsh is away, …", which says not when
				score *= whenPrior
			}
			if back && statesReturn(p.Text) {
				score *= whenPrior // "when is gareth back": "back in the office on Monday 31 March"
			}
		}
		if p.senderLine && !whoIs && whoTitle == "" && name == "" {
			score *= senderLinePrior // "when is gwen off": not "From: Gwen Prosser, Head of Libraries"
		}
		if len(person) > 0 && !namesPerson(p, person) && !containsAny(p.named, wanted) {
			score *= otherPersonPrior // "when is steve on leave": not the leave policy's "Annual leave is requested …"
		}
		if limit && !asksAmount && len(amounts(p.Text, false)) > 0 {
			score *= limitPrior // "how much can the line producer sign": "Line Producer; Up to £25,000"
		}
		if opensWithCover(p.Text) && notCover() {
			score *= coverPrior // "who runs the control room": not "When Priya is on leave, Callum acts as Control Room Manager"
		}
		if why && containsAny(h.Terms, e.why) {
			score *= whyPrior // "why do people mix up the CTO and CIO": "one of the factors that makes it difficult"
		}
		if describes && labelsOnly(p.Text, h.Spans) || intent == IntentDefine && !whoIs && len(wanted) == 1 && p.onlyLabel(wanted[0]) {
			score *= labelPrior // "duty officer vs duty director": not a rota's row
		}
		if !line && (title != "" && p.namedOnlyAsRelation(title) || slices.ContainsFunc(covered, p.namedOnlyAsRelation) || acts != nil && len(wanted) == 1 && p.roleOnlyAsRelation(wanted[0])) {
			score *= otherRowPrior // "who does lorraine report to": not the row she deputises in
		}
		switch {
		case line && below:
			score *= belowPrior
		case line:
			score *= abovePrior
		case below && p.above(wanted[0]):
			score /= belowPrior // "who reports to shona": not her own "Reports to: LGM"
		}
		out = append(out, ranked{hit: h, passage: p, score: score, unseen: e.routeWeight(p, unseen) > 0})
	}
	// Ties go to the passage that comes first in the corpus, so answers do
	// not depend on the order in which the index returns equal scores.
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].passage.order < out[j].passage.order
	})
	blend(out, questionMeaning(rest, terms, e.idx.Terms, e.personWord(person)), wanted)
	dayAsked := false
	if asksAmount {
		out = fitAmount(e.withBands(bandsBeyond(out, size0, amount), amount, terms), amount, append(slices.Clone(own), short...), e.idx.Terms) // "who can sign off a 20k purchase"
	} else if limit {
		out = e.limitFirst(out, e.withoutHolders(terms, question, wanted), wanted, e.holdersTyped(question, wanted)) // "how much can the line producer sign": "Line Producer; Up to £25,000"
	} else if day, ok := askedDate(question); ok {
		out = e.fitDate(out, day, terms, wanted) // "on call the week of 24 march": "Week starting: 2025-03-24"
		dayAsked = true
	} else if sp, ok := askedSpanOf(question); ok && len(out) > 0 {
		out = e.fitSpan(out, sp) // "left in week 6, how much rebate": "Candidate leaves in: Weeks 5 to 8"
	}
	if whoIs && whoTitle == "" {
		out = holdersFirst(out, wanted[0], qualifier, place) // "who is the MLRO": "Our MLRO is Helen Marsh"
	} else if whoTitle != "" {
		of, near := e.chairOf(whoTitle, terms)
		if near != nil {
			out = e.titleHoldersFirst(out, whoTitle, near) // "who chairs the board": "the Board, which is chaired by …"
		}
		out = e.titleHoldersFirst(out, whoTitle, of) // "who is the MD": "Sabine Hartmann is the Managing Director"
	}
	both := bothAway.MatchString(question)
	if both {
		// "the md and the od both away": where both are away at once,
		// not a comparison of the two.
		out, _ = actsFirst(out, func(p *passage) bool { return bothAwaySaid.MatchString(p.Text) })
	} else if acts != nil {
		var n int
		out, n = actsFirst(out, acts) // "carla is out, who signs": "When Carla Menendez is out, Brian Koh … signs"
		if n == 0 && actsElse != nil {
			out, _ = actsFirst(out, actsElse)
		}
	} else if deputy != "" {
		// "who covers katja": "Holder: Katja Hofer; Deputy: Simone Baptiste"
		out, _ = actsFirst(out, func(p *passage) bool { return p.deputyOfTitle(deputy) || p.speaksAway(deputy) })
	}
	if asksWhoIsName.MatchString(question) {
		out = rollsLast(out) // "who is kwame mensah": not the minutes' "Present: …"
	}
	if name != "" && len(e.roles.Detect(name).Roles) == 0 && !dayAsked { // a name, not "head of IT"; "who's backstop on boxing day": the day's row
		out = introducedFirst(out, name) // "Kwame Mensah is …", not "Backup: Kwame Mensah"
	}
	if letters && len(terms) == 1 {
		out = spelledFirst(out, terms[0]) // "what does HSEQ stand for": "health, safety, environment and quality"
	}
	if len(wanted) > 1 && (intent == IntentCompare || intent == IntentWhich) && !both {
		out = compareOrder(out, wanted)
	}
	if len(wanted) == 1 && (kinds&expansionKind != 0 || (intent == IntentDefine && e.byLetters(question, wanted[0]) || intent == IntentResponsibilities && e.byLetters(typed, wanted[0]))) && !e.written(wanted[0]) {
		out = e.entriesFirst(out, wanted[0]) // "what does DSM stand for": "DSM – Deputy Stage Manager: …"
	} else if term != "" {
		out = termEntriesFirst(out, term) // "what does 'second on' mean": "Second on: the backup vet …"
	}
	return out, telling, nil
}
