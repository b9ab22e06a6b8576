package bot

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/rolebot/rolebot/corpus"
)

// TextStyle says how WriteText marks matched terms.
type TextStyle struct {
	Before, After string // around matched terms: "**" or ANSI bold
	// Cards are all known role cards, which name the roles a card is
	// often confused with ("Bursar", not "BURSAR"); without them a role
	// is named by its id in capitals.
	Cards []corpus.Card
}

// Plain marks matched terms as **term**; ANSI uses terminal bold.
var (
	Plain = TextStyle{Before: "**", After: "**"}
	ANSI  = TextStyle{Before: "\x1b[1m", After: "\x1b[0m"}
)

// WriteText writes an answer for a terminal: the cards, then the excerpts
// with "article § section".
func WriteText(w io.Writer, a Answer, style TextStyle) error {
	var b strings.Builder
	size := 1024 // the cards and the lines around the excerpts, about
	for _, x := range a.Excerpts {
		size += len(x.Text) + len(x.Article) + len(x.Section) + 16 + len(x.Spans)*(len(style.Before)+len(style.After))
	}
	b.Grow(size)
	if line := UncoveredText(a.Uncovered); line != "" {
		b.WriteString(line + "\n")
	}
	if line := UnknownText(a); line != "" {
		b.WriteString(line + "\n")
	}
	switch {
	case len(a.Uncovered) > 0 && a.NoMatch && len(a.Unknown) == 0:
		// said above
	case a.Intent == IntentHelp && a.Thanks:
		b.WriteString(ThanksText + "\n")
	case a.Intent == IntentHelp:
		b.WriteString(HelpText(a.Suggestions))
	case a.Intent == IntentList && len(a.Cards) == 0:
		b.WriteString(NoCardsText + "\n")
	case a.Intent == IntentList:
		b.WriteString("Roles I know:\n")
		for _, c := range a.Cards {
			line := fmt.Sprintf("  %-5s %s", c.Abbreviation, c.Title)
			if c.Summary != "" {
				line += " — " + oneLine(c.Summary)
			}
			b.WriteString(line + "\n")
		}
	case len(a.Unknown) > 0 && a.NoMatch:
		fmt.Fprintf(&b, "I don't know the role %s.", strings.ToUpper(strings.Join(a.Unknown, ", ")))
		if len(a.Suggestions) > 0 {
			fmt.Fprintf(&b, " Did you mean %s?", strings.Join(roleNames(a.Suggestions, style.Cards), ", "))
		}
		b.WriteString("\nAsk \"which roles do you know?\" for the full list.\n")
	case a.NoMatch:
		if Japanese(a.Question) {
			b.WriteString("記事に該当する内容が見つかりませんでした。会社の役職について答えます。例えば：\n")
		} else {
			b.WriteString("I found nothing about that in my articles. I answer questions about company roles; try:\n")
		}
		for _, s := range a.Suggestions {
			fmt.Fprintf(&b, "  • %s\n", s)
		}
	}
	for i, c := range a.Cards {
		if a.Intent == IntentList {
			break
		}
		if i > 0 {
			b.WriteString("\n")
		}
		writeCard(&b, c, style.Cards)
	}
	if line := DayText(a); line != "" {
		b.WriteString(line + "\n")
	}
	if line := MoreRolesText(a.MoreRoles); line != "" {
		b.WriteString("\n" + line + "\n")
	}
	if line := NoCardText(a.NoCard); line != "" && !a.NoMatch {
		b.WriteString("\n" + line + "\n")
	}
	if len(a.Excerpts) > 0 {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString("From the articles:\n")
	}
	var text strings.Builder
	for _, x := range a.Excerpts {
		b.WriteString("\n" + strconv.Itoa(x.Rank) + ". ")
		// A passage of several lines (a list, a table's cells) keeps
		// them under its number, not at the start of the line.
		text.Reset()
		markTo(&text, x.Text, x.Spans, nil, style.Before, style.After)
		b.WriteString(strings.ReplaceAll(text.String(), "\n", "\n   "))
		where := x.Article
		if x.Section != "" && x.Section != x.Article {
			where += " § " + x.Section
		}
		b.WriteString("\n   — " + where + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeCard(b *strings.Builder, c corpus.Card, all []corpus.Card) {
	switch {
	case c.Abbreviation == "":
		b.WriteString(c.Title + "\n") // "Head of Platform"
	case c.Title == "" || c.Title == c.Abbreviation:
		b.WriteString(c.Abbreviation + "\n")
	default:
		b.WriteString(c.Abbreviation + " — " + c.Title + "\n")
	}
	line := func(label, text string) {
		if text != "" {
			b.WriteString("  ")
			b.WriteString(label)
			b.WriteString(oneLine(text)) // a quote keeps its file's line breaks
			b.WriteString("\n")
		}
	}
	line("", c.Summary)
	line("Focus: ", c.Focus)
	line("Responsibilities: ", joinItems(c.Responsibilities))
	line("Skills: ", joinItems(c.Skills))
	line("Often confused with: ", strings.Join(roleNames(c.ConfusedWith, all), ", "))
	line("Sources: ", JoinSources(CardSources(c), "; ", func(s string) string { return s }))
	line("", DraftedNote(c))
}

// roleNames returns what the roles of ids are called in short: a card's
// abbreviation, else its title ("Conservation Officer"), else the id in
// capitals.
func roleNames(ids []string, all []corpus.Card) []string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = strings.ToUpper(id)
		if k := slices.IndexFunc(all, func(o corpus.Card) bool { return o.ID == id }); k >= 0 {
			names[i] = cmp.Or(all[k].Abbreviation, all[k].Title, names[i])
		}
	}
	return names
}

// oneLine joins the lines of a text with spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// joinItems joins the items of a list field with "; ", each without the
// full stop a quoted sentence ends with ("…for the OCC Manager; The DOM…").
func joinItems(items []string) string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = strings.TrimRight(oneLine(it), ".;, ") // a list item's own ";" would give ";;"
	}
	return strings.Join(out, "; ")
}

// DraftedNote says which parts of a card were drafted from the articles
// rather than written in roles/: "" for a card written in full.
func DraftedNote(c corpus.Card) string {
	if !c.Drafted {
		return ""
	}
	written := c.Summary != "" && !slices.Contains(c.DraftedFields, "summary") ||
		c.Focus != "" && !slices.Contains(c.DraftedFields, "focus") ||
		len(c.Responsibilities) > 0 && !slices.Contains(c.DraftedFields, "responsibilities") ||
		len(c.Skills) > 0 && !slices.Contains(c.DraftedFields, "skills") ||
		len(c.ConfusedWith) > 0 && !slices.Contains(c.DraftedFields, "confused_with")
	if !written {
		return "(drafted from the articles)"
	}
	return "(" + strings.ReplaceAll(strings.Join(c.DraftedFields, ", "), "_", " ") + " drafted from the articles)"
}

// SourceGroup is one article a card cites, with the sections it cites.
type SourceGroup struct {
	Article  string // title, or slug when the title is unknown
	Sections []string
}

// CardSources lists the articles a card cites, each once with its
// sections, in the order of the card's fields.
func CardSources(c corpus.Card) []SourceGroup {
	var out []SourceGroup
	for _, f := range corpus.CardFields() {
		ref, ok := c.Sources[f]
		if !ok {
			continue
		}
		name := ref.ArticleTitle
		if name == "" {
			name = ref.Article
		}
		if name == "" {
			continue
		}
		k := slices.IndexFunc(out, func(g SourceGroup) bool { return g.Article == name })
		if k < 0 {
			out = append(out, SourceGroup{Article: name})
			k = len(out) - 1
		}
		if ref.Section != "" && !slices.Contains(out[k].Sections, ref.Section) {
			out[k].Sections = append(out[k].Sections, ref.Section)
		}
	}
	return out
}

// JoinSources writes source groups as "Article § Section, Section" joined
// by sep, each text passed through escape.
func JoinSources(groups []SourceGroup, sep string, escape func(string) string) string {
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = escape(g.Article)
		if len(g.Sections) > 0 {
			parts[i] += " § " + escape(strings.Join(g.Sections, ", "))
		}
	}
	return strings.Join(parts, sep)
}

// ThanksText answers a message that only thanks the bot.
const ThanksText = "You're welcome! Ask me anything else about the roles here."

// HelpText explains what to ask, with questions worth trying: those given
// (an answer's suggestions, about the corpus's own roles), else the
// built-in examples.
func HelpText(suggestions []string) string {
	if len(suggestions) == 0 {
		suggestions = examples
	}
	var b strings.Builder
	b.WriteString("Ask me about company roles, for example:\n")
	for _, e := range suggestions {
		fmt.Fprintf(&b, "  • %s\n", e)
	}
	return b.String()
}
