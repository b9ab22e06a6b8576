package corpus

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

// MaxUnsupported is how many distinct content words of one card field may be
// missing from the section the field cites. A card condenses a passage and
// now and then needs one word of its own to do so ("lead", "set"); two
// missing words are already a claim of the card's own, which is what this
// check exists to catch. The allowance never covers a qualifier.
const MaxUnsupported = 1

// qualifiers are words that say how often, how much or how surely something
// holds. They are how a card overstates its source ("usually" for "in many
// cases", "strong" added to "technical skills"), so one missing from the
// section is never allowed, and the few that are English stop words count
// as content words here.
var qualifiers = map[string]bool{
	"always": true, "never": true, "usually": true, "normally": true, "typically": true,
	"generally": true, "often": true, "frequently": true, "sometimes": true, "rarely": true,
	"mostly": true, "mainly": true, "main": true, "most": true, "all": true, "every": true,
	"only": true, "top": true, "highest": true, "strong": true, "strongly": true,
}

// Gap is a card field that the section it cites does not support.
type Gap struct {
	Card   string    // card id
	Field  string    // summary, focus, responsibilities, skills or confused_with
	Source SourceRef // the section the field cites
	// Missing lists the words of the field (as written) whose stems are
	// neither in the section nor in the card's own names; for
	// confused_with, the ids of the cards the section does not name.
	Missing []string
	Words   int    // distinct content words (or ids) in the field
	Problem string // set instead of Missing when the source cannot be read
}

func (g Gap) String() string {
	where := fmt.Sprintf("card %s: %s (%s § %s)", g.Card, g.Field, g.Source.Article, g.Source.Section)
	if g.Problem != "" {
		return where + ": " + g.Problem
	}
	if g.Field == "confused_with" {
		return fmt.Sprintf("%s: the section never names %s", where, strings.Join(g.Missing, ", "))
	}
	return fmt.Sprintf("%s: %d of %d content words not in the section: %s", where, len(g.Missing), g.Words, strings.Join(g.Missing, ", "))
}

// Unsupported checks each field of card against the section it cites, and
// returns the fields that section does not support, in display order. A
// text field is supported when each of its content words, stemmed and with
// stop words dropped, appears in the section (heading included) or in the
// card's own id, abbreviation, title and aliases, with at most
// MaxUnsupported exceptions, none of them a qualifier. confused_with is supported when the section
// names every card listed, by abbreviation, title or alias.
//
// The card need not be one of c.Cards: a drafted card can be checked
// against a loaded corpus before it is added.
func (c *Corpus) Unsupported(card Card) []Gap {
	own := map[string]bool{}
	for _, n := range cardNames(card) {
		for _, w := range contentWords(n) {
			own[w.stem] = true
		}
	}
	var gaps []Gap
	for _, f := range cardFields {
		ref, ok := card.Sources[f]
		if !ok {
			continue // validate reports missing sources
		}
		gap := Gap{Card: card.ID, Field: f, Source: ref}
		text, ok := c.sectionText(ref)
		if !ok {
			gap.Problem = "no such article or section"
			gaps = append(gaps, gap)
			continue
		}
		section := contentWords(text)
		if f == "confused_with" {
			gap.Words = len(card.ConfusedWith)
			for _, id := range card.ConfusedWith {
				other, ok := c.Card(id)
				if !ok || !namesAny(section, cardNames(other)) {
					gap.Missing = append(gap.Missing, id)
				}
			}
			if len(gap.Missing) > 0 {
				gaps = append(gaps, gap)
			}
			continue
		}
		have := map[string]bool{}
		for _, w := range section {
			have[w.stem] = true
		}
		seen := map[string]bool{}
		for _, w := range contentWords(strings.Join(card.Field(f), "\n")) {
			if seen[w.stem] {
				continue
			}
			seen[w.stem] = true
			gap.Words++
			if !have[w.stem] && !own[w.stem] {
				gap.Missing = append(gap.Missing, w.text)
			}
		}
		if len(gap.Missing) > MaxUnsupported || slices.ContainsFunc(gap.Missing, isQualifier) {
			gaps = append(gaps, gap)
		}
	}
	return gaps
}

// Field returns the text of a card field that cites a source ("summary",
// "focus", "responsibilities", "skills"); nil for any other name.
func (k *Card) Field(name string) []string {
	switch name {
	case "summary":
		return []string{k.Summary}
	case "focus":
		return []string{k.Focus}
	case "responsibilities":
		return k.Responsibilities
	case "skills":
		return k.Skills
	}
	return nil
}

func cardNames(k Card) []string {
	return append([]string{k.ID, k.Abbreviation, k.Title}, k.Aliases...)
}

// sectionText returns the heading and the passages of the section ref
// names, matched the way card sources are.
func (c *Corpus) sectionText(ref SourceRef) (string, bool) {
	a := c.Article(ref.Article)
	if a == nil {
		return "", false
	}
	for _, s := range a.Sections {
		if normHeading(s.Heading) != normHeading(ref.Section) {
			continue
		}
		parts := []string{s.Heading}
		for _, p := range s.Passages {
			parts = append(parts, p.Text)
		}
		return strings.Join(parts, "\n"), true
	}
	return "", false
}

// namesAny reports whether one of names occurs in words as a run of
// content words.
func namesAny(words []word, names []string) bool {
	stems := make([]string, len(words))
	for i, w := range words {
		stems[i] = w.stem
	}
	for _, n := range names {
		var want []string
		for _, w := range contentWords(n) {
			want = append(want, w.stem)
		}
		if len(want) == 0 {
			continue
		}
		for i := 0; i+len(want) <= len(stems); i++ {
			if slices.Equal(stems[i:i+len(want)], want) {
				return true
			}
		}
	}
	return false
}

// splitScripts splits each token where Latin letters meet Japanese ones:
// Japanese writes no space after a role's letters ("CIOは社内の…").
func splitScripts(tokens []string) []string {
	var out []string
	for _, t := range tokens {
		start, prev := 0, -1
		for i, r := range t {
			class := 0
			if r >= 0x2E80 {
				class = 1
			}
			if prev >= 0 && class != prev {
				out = append(out, t[start:i])
				start = i
			}
			prev = class
		}
		out = append(out, t[start:])
	}
	return out
}

func isQualifier(w string) bool { return qualifiers[strings.ToLower(w)] }

// word is a content word: its text as written and its stem.
type word struct{ text, stem string }

// contentWords splits text into words the way Bleve's English analyzer
// does (possessive 's dropped, lower case, stop words dropped, Porter
// stems), so "support" means what search would match.
func contentWords(text string) []word {
	var out []word
	tokens := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	tokens = splitScripts(tokens)
	for _, t := range tokens {
		t = strings.ReplaceAll(t, "’", "'")
		t = strings.Trim(t, "'")
		t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "'S")
		lower := strings.ToLower(t)
		if lower == "" || stopWords[lower] && !qualifiers[lower] {
			continue
		}
		out = append(out, word{t, porterstemmer.StemString(lower)})
	}
	return out
}

// stopWords is the Snowball English stop list, the one Bleve's "en"
// analyzer drops.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		i me my myself we our ours ourselves you your yours yourself yourselves
		he him his himself she her hers herself it its itself they them their
		theirs themselves what which who whom this that these those am is are
		was were be been being have has had having do does did doing would
		should could ought i'm you're he's she's it's we're they're i've you've
		we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll
		we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't
		don't didn't won't wouldn't shan't shouldn't can't cannot couldn't
		mustn't let's that's who's what's here's there's when's where's why's
		how's a an the and but if or because as until while of at by for with
		about against between into through during before after above below to
		from up down in out on off over under again further then once here
		there when where why how all any both each few more most other some
		such no nor not only own same so than too very`) {
		m[w] = true
	}
	return m
}()
