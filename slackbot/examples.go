package slackbot

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/corpus"
)

// examples are the commands the help and the Home tab offer, made of the
// roles the corpus has: a folder of a council's roles is not offered
// "/role cio".
type examples struct {
	about    string // "roles such as the CTO, the CIO or the CKO"
	card     string // "cio"
	cardName string // "CIO"
	pair     string // "cto vs cio"
	question string // "what does a CKO do?"
}

// examplesOf picks the example roles among cards: the CIO, the CTO and
// the CKO when there are (the shipped corpus), else the first cards, those
// with letters first. The texts are escaped for mrkdwn.
func examplesOf(cards []corpus.Card) examples {
	x := pickExamples(cards)
	for _, f := range []*string{&x.about, &x.card, &x.cardName, &x.pair, &x.question} {
		*f = escape(*f)
	}
	return x
}

func pickExamples(cards []corpus.Card) examples {
	var picked []corpus.Card
	for _, id := range []string{"cio", "cto", "cko"} {
		if c := findCard(cards, id); c.Title != "" {
			picked = append(picked, c)
		}
	}
	if len(picked) < 3 {
		picked = slices.Clone(cards)
		slices.SortStableFunc(picked, func(a, b corpus.Card) int {
			return boolInt(a.Abbreviation == "") - boolInt(b.Abbreviation == "")
		})
	}
	name := func(c corpus.Card) string { return cutText(cardName(c, c.ID), maxExampleName) }
	command := func(c corpus.Card) string { return strings.ToLower(name(c)) }
	switch len(picked) {
	case 0:
		return examples{about: "roles", card: "<role>", cardName: "role", pair: "<role> vs <role>", question: "who approves a new hire?"}
	case 1:
		a := picked[0]
		return examples{about: "roles such as the " + name(a), card: command(a), cardName: name(a),
			pair: command(a) + " vs <role>", question: "what does the " + name(a) + " do?"}
	}
	a, b := picked[0], picked[1]
	c := a
	if len(picked) > 2 {
		c = picked[2]
	}
	about := "roles such as the " + name(b) + " or the " + name(a)
	if len(picked) > 2 {
		about = "roles such as the " + name(b) + ", the " + name(a) + " or the " + name(c)
	}
	return examples{about: about, card: command(a), cardName: name(a),
		pair: command(b) + " vs " + command(a), question: "what does the " + name(c) + " do?"}
}

// maxExampleName caps the name of a role in the examples, in characters.
const maxExampleName = 40

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
