package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
)

// runCards prints the role cards, written or drafted, as YAML that can be
// saved into roles/ and edited.
func runCards(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSetOut("cards", `rolebot cards [--corpus DIR] [ROLE...]

Prints the role cards of the corpus as YAML, one document a card, in the format
of roles/*.yaml: the cards written in roles/ and the cards drafted from the
articles for roles that have none. Each drafted field quotes a sentence or list
items of the section it cites. Save a card into roles/ID.yaml to edit it: what
a card in roles/ says wins, field by field. ROLE limits the output to those
cards, by id or by a name of the role ("cfo", "CFO", "head of people").`, stdout, stderr)
	fsys, _, want, code, done := corpusCommand(ctx, "cards", fs, args, stderr)
	if done {
		return code
	}
	c, det, err := bot.LoadCorpus(fsys)
	if err != nil {
		fmt.Fprintf(stderr, "rolebot cards: %v\n", err)
		return 1
	}
	cards := c.Cards
	if len(want) > 0 {
		cards = nil
		for _, id := range want {
			k, ok := c.Card(strings.ToLower(id))
			if !ok {
				// "ISO", "head of delivery": a name of the card, as the
				// articles or the card write it.
				if ids := det.Roles(id); len(ids) == 1 {
					k, ok = c.Card(ids[0])
				}
			}
			if !ok {
				var ids []string
				for _, k := range c.Cards {
					ids = append(ids, k.ID)
				}
				return usageError(stderr, "cards", "no card %q (the cards are %s)", id, strings.Join(ids, ", "))
			}
			if !slices.ContainsFunc(cards, func(x corpus.Card) bool { return x.ID == k.ID }) {
				cards = append(cards, k)
			}
		}
	}
	if err := corpus.WriteCards(stdout, cards); err != nil {
		fmt.Fprintf(stderr, "rolebot cards: %v\n", err)
		return 1
	}
	return 0
}
