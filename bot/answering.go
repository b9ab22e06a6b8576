package bot

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/role"
)

// Answer answers one question, given as plain text. Any text gives an
// answer: questions that find nothing relevant come back with NoMatch and
// Suggestions; the error is only for a failing index or a cancelled context.
func (e *Engine) Answer(ctx context.Context, question string) (Answer, error) {
	a := Answer{Question: cleanQuestion(question), Roles: []string{}, Cards: []corpus.Card{}, Excerpts: []Excerpt{}}
	// Words the index has never seen are read as the closest word it has
	// ("reprot" -> "report"), before anything else reads the question.
	read := a.Question
	if e.now != nil {
		if word, day, ok := dayMeant(read, e.now()); ok {
			a.Day, a.DayWord = day.Format(dayLayout), word
			read += " (" + day.Format("Monday 2 January") + ")" // "who's on call tomorrow (Thursday 3 December)"
		}
	}
	q, _ := e.correct(ctx, e.spellWhat(chatSaid.replace(e.withoutAsker(searchable(e.withHandles(e.possessives(read)))))))
	q = readTop(q)
	// "If Mathieu is away": the person's role is asked about too.
	asked := q
	q = e.withPeople(q)
	q = theirManager.ReplaceAllString(q, "'s boss ${1}")
	q = notIn.ReplaceAllString(q, "${1}${2} is away") // "fatima's not in, who can sign off a demonstration"
	q = headsUp.ReplaceAllString(q, "${1}who is the head of ")
	detected := e.roles.Detect(q)
	d, uncovered := e.splitUncovered(detected)
	if top, ok := mostSenior(q, detected.Matches, uncovered); ok {
		q = top
		detected = e.roles.Detect(q)
		d, uncovered = e.splitUncovered(detected)
	}
	uncovered = e.notMistyped(q, d, detected.Matches, uncovered)
	named := d.Roles
	d = e.preferCards(q, d)
	// Roles the question names that have no card, beside one that has:
	// searched as words; the answer says so.
	for _, id := range named {
		if !slices.Contains(d.Roles, id) {
			r, _ := e.roles.Lookup(id)
			a.NoCard = append(a.NoCard, RoleName{ID: id, Abbreviation: r.Abbreviation, Title: r.Title})
		}
	}
	var typed []string // the analysed words of the uncovered roles as typed
	asWords := len(uncovered) > 0 && len(d.Roles) == 0
	if asWords {
		// "Who is the finance director": a role the lexicon knows (the
		// CFO) that no article covers, though one may name it its way
		// ("Director of Finance"). Its words are searched; unless a
		// passage holds them side by side, the answer says the role is
		// not covered.
		typed = e.typedNames(q, detected, uncovered)
		d = role.Question{Rest: q}
	}
	if loc := pastedAsk.FindStringIndex(q); loc != nil && quoted.MatchString(q) {
		// "'Partner with the CEO on strategy' — which role is this?": a
		// line pasted from a job ad. The roles it names are those the
		// role works with, not the answer: it is read as a question that
		// names no role, about what the line describes.
		d = role.Question{Rest: q[:loc[0]] + " " + q[loc[1]:]}
	}
	if rest, ok := guessOnly(q, d.Matches); ok {
		// "… is that the CTO or somebody else?": the CTO is a guess, and
		// the question is what comes before it.
		q = rest
		d = role.Question{Rest: rest}
	}
	if i := askedAfter(q, d.Matches); i > 0 {
		// "The CTO builds the product — so who runs the IT helpdesk?":
		// the roles named before the question are its setting; the
		// question names none, so it is asked as such.
		q = q[i:]
		d = e.preferCards(q, e.roles.Detect(q))
	}
	var setting []string
	if rest, ok := beyondUnknown(q, d); ok {
		// "Our startup has a 'chief vibes officer', what are the real
		// c-level roles?": the unknown title is the setting; the question
		// is about the roles as a whole, and the answer says which title
		// it does not know.
		setting = d.Unknown
		q = rest
		d = role.Question{Rest: rest}
	}
	a.Roles = append(a.Roles, d.Roles...)
	a.Intent = detectIntent(q, d.Rest, len(d.Roles))
	if a.Intent == IntentResponsibilities && (away.MatchString(q) || awayFirst.MatchString(q)) {
		// "If Mathieu is away, who's in charge of tech": who stands in,
		// not what the role does.
		a.Intent = IntentSearch
	}
	if a.Intent == IntentCompare && !reCompare.MatchString(strings.ToLower(d.Rest)) && (q != asked || away.MatchString(q)) {
		// "Can liam sign new contracts while denise is away": two roles,
		// their holders', asked about without a word of comparing.
		a.Intent = IntentSearch
	}
	if len(d.Roles) == 0 && len(d.Unknown) == 0 && e.titleUnknown(q) {
		// "Who is the zebra officer": a title with a word no article
		// holds is no title of this organisation, whatever "officer"
		// finds.
		a.NoMatch = true
		a.Suggestions = slices.Clone(e.examples)
		return a, nil
	}
	terms := e.ownTerms(d.Rest) // the question's own words, analysed
	// "What does EHS stand for", letters of no role: "stand" only asks,
	// and would find "FBP stands for …" first.
	letters := len(d.Roles) == 0 && asksLetters(q)
	terms = slices.DeleteFunc(terms, func(t string) bool {
		return e.asksFor[a.Intent][t] || len(d.Roles) > 0 && e.nouns[t] || letters && e.letterWords[t]
	})
	if len(d.Roles) == 0 && asksWho(q) {
		// "Who owns security", "who's in charge of hiring": the verb only
		// asks whose job it is (see whoseWords); what is left is the subject.
		lq := strings.ToLower(q)
		oneOf := execAsked(lq) // "which c-suite person handles security", "exec in charge of fin"
		if kept := slices.DeleteFunc(slices.Clone(terms), func(t string) bool { return e.whose[t] || oneOf && e.which[t] }); len(kept) > 0 {
			terms = kept
		}
		if whosePhrase.MatchString(q) {
			// "who looks after the data": "look" only asks whose job it
			// is, unless no other word is one the articles use ("who
			// deals with our lenders": "deals" is all there is to find).
			kept := slices.DeleteFunc(slices.Clone(terms), func(t string) bool { return e.whosePhrase[t] })
			if slices.ContainsFunc(kept, func(t string) bool { return e.vocab[t] > 0 }) {
				terms = kept
			}
		}
	}

	switch a.Intent {
	case IntentHelp:
		a.Suggestions = slices.Clone(e.examples)
		a.Thanks = onlyThanks.MatchString(a.Question)
		return a, nil
	case IntentList:
		for _, c := range e.corpus.Cards {
			if !saysNothing(c) {
				a.Cards = append(a.Cards, c)
			}
		}
		return a, nil
	}
	if !asWords {
		a.Uncovered = uncovered
	}
	// Letters that look like a role's but that the articles use ("CPeO",
	// which they spell out in their own way) are words to search for.
	d.Unknown = slices.DeleteFunc(d.Unknown, func(u string) bool { return e.usesWord(u) })
	if len(d.Unknown) > 0 && len(d.Roles) == 0 {
		a.Unknown = d.Unknown
		a.NoMatch = true
		// Suggestions are role ids only: an unknown role is never answered
		// with "did you mean" and a question.
		for _, u := range d.Unknown {
			a.Suggestions = appendNew(a.Suggestions, e.roles.Closest(u, 3)...)
		}
		return a, nil
	}
	a.Unknown = append(d.Unknown, setting...)

	var absent []string // "who signs off payments while Hester is away": the roles of the people away
	if q != asked && (away.MatchString(q) || awayFirst.MatchString(q) || someonesBoss.MatchString(asked)) {
		// (or whose boss is asked, "who is tomasz's boss": not his role)
		named := e.roles.Roles(asked) // the roles the question names itself
		absent = slices.DeleteFunc(slices.Clone(d.Roles), func(id string) bool { return slices.Contains(named, id) })
	}
	for _, id := range d.Roles {
		if slices.Contains(absent, id) {
			// Her role is searched for who stands in, but its card would
			// answer with her, whom the question says is away.
			continue
		}
		if c, ok := e.corpus.Card(id); ok && !saysNothing(c) {
			if len(a.Cards) < maxCards {
				a.Cards = append(a.Cards, c)
			} else {
				a.MoreRoles = append(a.MoreRoles, c.Abbreviation)
			}
		}
	}
	wanted := d.Roles
	content := e.contentTerms(terms)
	switch {
	case a.Intent == IntentDefine && len(d.Roles) == 1 && e.namesSomethingRare(q, content):
		// "who's safety officer in control for the Dunmore game": a word
		// only a passage or two hold (a fixture, a place, a project) asks
		// for those, not for what the role is.
		a.Intent = IntentSearch
	case a.Intent == IntentDefine && asksLimit.MatchString(q):
		// "what's marcus's spending limit": how much, not what the
		// role is.
		a.Intent = IntentSearch
	case a.Intent == IntentDefine && len(d.Roles) == 1 && namesADay(q):
		// "whos on call as edo on 19 march": the row of that day, not
		// what an EDO is.
		a.Intent = IntentSearch
	case a.Intent == IntentSearch && len(d.Roles) == 1 && len(content) == 0:
		// Nothing but the role: "CIO?", "is a CDO a chief data officer
		// or a chief digital officer?"
		a.Intent = IntentDefine
	case a.Intent == IntentCompare && len(d.Roles) == 1 && len(d.Matches) > 1:
		// "Is the CEO the same as the company president?": two names of
		// one role, so the answer is what the role is.
		a.Intent = IntentDefine
	case a.Intent == IntentCompare && len(d.Roles) == 1 && len(content) == 0:
		// "How is a CIO different?": compare with what it is confused with.
		if c, ok := e.corpus.Card(d.Roles[0]); ok && len(c.ConfusedWith) > 0 {
			if other, ok := e.corpus.Card(c.ConfusedWith[0]); ok && !saysNothing(other) {
				a.Cards = append(a.Cards, other)
				a.Roles = append(a.Roles, other.ID)
				wanted = a.Roles
			}
		}
	}

	// "broken down": "breakdowns", a related word (see phrasalNouns).
	hits, telling, err := e.search(ctx, e.lettersFor(q, d.Matches), q, d.Rest, terms, appendNew(e.aliasTerms(q, d.Matches), e.phrasalNouns(d.Rest)...), a.Intent, wanted)
	if err != nil {
		return a, err
	}
	if len(wanted) > 0 && !asWords && len(hits) < e.excerpts && a.Intent != IntentCompare {
		// "Who does hr for our own staff": a role the articles name in a
		// passage or two ("HR (Louise Tennant) keeps them") leaves the
		// answer short; the question's words with the role's name as
		// typed, searched without the role, find the rest ("Louise
		// Tennant, HR Manager, looks after our own internal staff").
		more, _, err := e.search(ctx, q, q, d.Rest, appendNew(slices.Clone(terms), e.typedTerms(q, d.Matches)...), nil, a.Intent, nil)
		if err != nil {
			return a, err
		}
		for _, h := range more {
			if !slices.ContainsFunc(hits, func(x ranked) bool { return x.passage == h.passage }) {
				hits = append(hits, h)
			}
		}
	}
	if asWords && len(hits) > 0 && !namesTogether(hits[0].hit, typed) {
		// "At what point does an order go to the university's finance
		// director": the passage that names "the University Director of
		// Finance" answers, though others rank above it.
		together := make([]bool, len(hits))
		for i, h := range hits {
			together[i] = namesTogether(h.hit, typed)
		}
		hits, _ = putFirst(hits, together)
	}
	if asWords && (len(hits) == 0 || !namesTogether(hits[0].hit, typed)) {
		a.NoMatch = true
		a.Uncovered = uncovered // "I know the CRO, but my articles don't cover it yet."
		return a, nil
	}
	relevant := len(d.Roles) > 0 || e.relevant(hits, telling) || fitsAmount(q, hits) || fitsDate(q, hits)
	if !relevant {
		hits, relevant = e.relevantFirst(hits, telling)
	}
	if !relevant {
		a.NoMatch = true
		if asWords {
			a.Uncovered = uncovered // "I know the CRO, but my articles don't cover it yet."
			return a, nil
		}
		a.Suggestions = append(e.nearLetters(q), e.examples...)
		return a, nil
	}
	a.Excerpts = e.quote(hits, wanted)
	if len(a.Excerpts) == 0 && len(a.Cards) == 0 {
		a.NoMatch = true
		a.Suggestions = append(e.nearLetters(q), e.examples...)
	}
	if a.Intent == IntentWhich && len(a.Cards) == 0 && len(a.Excerpts) > 0 {
		// "Who is closer to management?": show the roles the best passage names.
		for _, id := range e.roles.Roles(a.Excerpts[0].Text) {
			if c, ok := e.corpus.Card(id); ok && len(a.Cards) < 2 && !saysNothing(c) {
				a.Cards = append(a.Cards, c)
				a.Roles = append(a.Roles, id)
			}
		}
	}
	return a, nil
}

// saysNothing reports whether a card has nothing to say (see
// corpus.Card.SaysNothing): shown, it would be a title over "(drafted from
// the articles)".
func saysNothing(c corpus.Card) bool { return c.SaysNothing() }

// beyondUnknown returns a question that names only unknown roles with
// them taken out, when what is left asks about the roles as a whole.
func beyondUnknown(q string, d role.Question) (string, bool) {
	if len(d.Unknown) == 0 || len(d.Roles) > 0 {
		return "", false
	}
	rest := q
	for _, u := range d.Unknown {
		re, err := regexp.Compile(`(?i)\b` + strings.Join(strings.Fields(regexp.QuoteMeta(u)), `\s+`) + `s?\b`)
		if err != nil {
			return "", false
		}
		rest = re.ReplaceAllString(rest, " ")
	}
	return rest, aboutAll(rest)
}
