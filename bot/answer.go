// Package bot is the answering engine: it turns a question, as plain text,
// into an Answer (roles, intent, role cards and ranked excerpts) and writes
// it as text or JSON for the terminal. It knows nothing of Slack: the
// slackbot package reads Slack's markup and renders Block Kit.
package bot

import (
	"github.com/rolebot/rolebot/corpus"
)

// Intent is what a question asks for.
type Intent string

// The intents a question can have.
const (
	IntentDefine           Intent = "define"           // "what is a CKO"
	IntentCompare          Intent = "compare"          // "CTO vs CIO"
	IntentSkills           Intent = "skills"           // "what skills does a CTO need"
	IntentResponsibilities Intent = "responsibilities" // "what does a CIO do"
	IntentWhich            Intent = "which"            // "who is closer to management?"
	IntentList             Intent = "list"             // "which roles do you know?"
	IntentHelp             Intent = "help"             // "help", or nothing at all
	IntentSearch           Intent = "search"           // anything else
)

// Answer is everything rolebot says about one question. Renderers turn it
// into terminal text, JSON or Slack blocks.
type Answer struct {
	Question string        `json:"question"`
	Roles    []string      `json:"roles"`
	Intent   Intent        `json:"intent"`
	Cards    []corpus.Card `json:"cards"`
	Excerpts []Excerpt     `json:"excerpts"`
	// NoMatch is set when nothing relevant was found; Suggestions then holds
	// questions or role ids worth trying instead.
	NoMatch     bool     `json:"no_match"`
	Suggestions []string `json:"suggestions,omitempty"`
	// Thanks is set when the message only thanks the bot ("thanks!",
	// "cheers 🙏"): the answer is a short reply, not the help.
	Thanks bool `json:"thanks,omitempty"`
	// Unknown holds role-like words of the question that name no known role
	// ("cxo"); Suggestions then starts with the closest known role ids.
	Unknown []string `json:"unknown_roles,omitempty"`
	// Uncovered holds roles the question names that rolebot knows (from
	// its built-in lexicon) but that no article covers; when the question
	// names no other role, NoMatch is set and there are no Suggestions.
	Uncovered []RoleName `json:"uncovered_roles,omitempty"`
	// MoreRoles holds the roles the question names whose cards are not
	// shown, past the maxCards an answer holds ("cto vs cio vs ceo vs cfo
	// vs cmo"); renderers say so (see MoreRolesText).
	MoreRoles []string `json:"more_roles,omitempty"`
	// NoCard holds the roles the question names that have no card, beside
	// one that has ("mlro vs dpo", no card for the DPO): their names were
	// searched as words; renderers say so (see NoCardText).
	NoCard []RoleName `json:"no_card_roles,omitempty"`
	// FollowUp is set when the question was read after the one before it
	// in its conversation (see AnswerAfter): Question is then the question
	// as read ("who does the CTO report to" for "who does she report
	// to"); renderers say so (see FollowUpText).
	FollowUp bool `json:"follow_up,omitempty"`
	// Day is the day a word of the question naming a day by today was
	// read as ("Thursday 3 December 2026" for DayWord "tomorrow"), when
	// the Engine has a clock (see WithClock); renderers say so (see
	// DayText).
	Day     string `json:"day,omitempty"`
	DayWord string `json:"day_word,omitempty"`
}

// Excerpt is one ranked passage of an article.
type Excerpt struct {
	Rank        int     `json:"rank"`
	Article     string  `json:"article"`      // article title
	ArticleSlug string  `json:"article_slug"` // article file name without extension
	Section     string  `json:"section"`
	Text        string  `json:"text"`        // the passage as the article has it
	Highlighted string  `json:"highlighted"` // Text with matched terms as **term**
	Score       float64 `json:"score"`
	// Spans are the byte ranges of Text that matched the question, sorted and
	// not overlapping. Renderers use them to bold terms after escaping.
	Spans []Span `json:"-"`
}

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }
