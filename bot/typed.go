package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// A question as people type it: longer than the engine reads, with links,
// Slack's markup, letters of another width, or in German. What is here
// turns it into what the engine searches.

// questionPart returns, of a message longer than MaxQuestionBytes, the
// part that ends with its last question mark, else its end: people give
// the context first and ask last ("<1,000 characters of background>
// anyway: what does a CKO do?"). A shorter message is returned whole.
func questionPart(s string) string {
	if len(s) <= MaxQuestionBytes {
		return s
	}
	end := len(s)
	if i := max(strings.LastIndex(s, "?"), strings.LastIndex(s, "？")); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		end = i + size
	}
	start := max(0, end-(MaxQuestionBytes-len(ellipsis)))
	for start < end && !utf8.RuneStart(s[start]) {
		start++
	}
	if start == 0 {
		return s[:end]
	}
	// Begin on a word, when one begins near the cut, and say it was cut.
	if sp := strings.IndexAny(s[start:min(end, start+40)], " \n"); sp >= 0 {
		start += sp + 1
	}
	return ellipsis + s[start:end]
}

// ellipsis marks where a question was cut.
const ellipsis = "…"

// webAddress is a link typed in a question ("see https://example.com/x"):
// none of its parts is a word to search ("com" is no typo of the CMO).
var webAddress = lazyre.New(`(?i)\b(?:https?://|www\.)[^\s<>]+`)

// slackMarkup is what Slack puts in a message's text for a broadcast, a
// user group or a person ("<!channel>", "<!subteam^S1|@eng>", "<@U0BOB>",
// "@U0BOB"): no words of the question.
var slackMarkup = lazyre.New(`<![^<>]*>|<@[A-Z0-9]+(?:\|[^<>]*)?>|(?:^|\s)@[UW][A-Z0-9]{6,}\b`)

// emojiCodes are emoji as Slack writes them in a message's text, one or
// several together (":wave:", ":thumbsup::skin-tone-2:"), with what comes
// before and after them: a sign, as the emoji itself would be, and no
// words of the question (":wave: hey team" is a greeting, not a wave). A time ("10:30:00") or a label ("Re:cto:") is none.
var emojiCodes = lazyre.New(`(^|[^\p{L}\p{N}:])((?::[a-z0-9_+'-]*[a-z+][a-z0-9_+'-]*:)+)([^\p{L}\p{N}]|$)`)

// searchable returns a question as it is read: links, Slack's mentions
// and emoji left out, zero-width characters as spaces, letters,
// digits and signs typed full width (ＣＦＯ, １００, ？) as ASCII, half-width
// katakana (ｼｽﾃﾑ) at full width, as the articles write them.
func searchable(q string) string {
	if strings.Contains(q, "://") || strings.Contains(strings.ToLower(q), "www.") {
		q = webAddress.ReplaceAllString(q, " ")
	}
	if strings.Contains(q, "<") || strings.Contains(q, "@") {
		q = slackMarkup.ReplaceAllString(q, " ")
	}
	if strings.Count(q, ":") >= 2 {
		// twice: a match takes the space before the next one
		q = emojiCodes.ReplaceAllString(emojiCodes.ReplaceAllString(q, "$1 ☺ $3"), "$1 ☺ $3")
	}
	var b strings.Builder
	rs := []rune(q)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
			b.WriteRune(r - 0xFEE0)
		case r == 0x3000: // ideographic space
			b.WriteByte(' ')
		case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF: // zero width
			b.WriteByte(' ')
		case r >= 0xFF61 && r <= 0xFF9F:
			k := halfKana[r-0xFF61]
			if i+1 < len(rs) && (rs[i+1] == 0xFF9E || rs[i+1] == 0xFF9F) {
				if v, ok := voiced(k, rs[i+1] == 0xFF9F); ok {
					k = v
					i++
				}
			}
			b.WriteRune(k)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// halfKana holds the full-width forms of U+FF61 to U+FF9F.
var halfKana = []rune("。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜")

// voiced returns a katakana with its voiced mark (ｶﾞ -> ガ) or, when
// semi is set, its semi-voiced mark (ﾊﾟ -> パ).
func voiced(k rune, semi bool) (rune, bool) {
	switch {
	case semi && k >= 'ハ' && k <= 'ホ' && (k-'ハ')%3 == 0:
		return k + 2, true
	case !semi && k == 'ウ':
		return 'ヴ', true
	case !semi && (k >= 'カ' && k <= 'ト' && (k-'カ')%2 == 0 && k != 'ッ' || k == 'ツ' || k == 'テ' || k == 'ト'):
		return k + 1, true
	case !semi && k >= 'ハ' && k <= 'ホ' && (k-'ハ')%3 == 0:
		return k + 1, true
	}
	return k, false
}

// germanWords are the words of a question in German that carry no
// subject ("wer ist der Betriebsratsvorsitzende?"): in a German question
// they are filler, as the analyser's English stop words are in English;
// else every German passage holding "ist" would match.
var germanWords = []string{
	"wer", "wen", "wem", "wessen", "was", "wie", "wo", "wann", "warum", "welche", "welcher", "welches", "welchen",
	"ist", "sind", "war", "wird", "werden", "hat", "haben", "kann", "muss", "darf", "soll", "gibt",
	"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
	"und", "oder", "nicht", "kein", "keine", "ich", "du", "mein", "meine", "mir", "mich", "es", "sie", "er", "wir", "ihr", "man",
	"für", "von", "vom", "zum", "zur", "mit", "bei", "beim", "im", "am", "auf", "aus", "ab", "zu", "bis", "an", "in",
	"bitte", "hier", "da", "noch", "auch", "nur", "mal", "denn", "doch", "schon", "eigentlich", "gerade", "jetzt",
}

// germanMarks are words that show a question is in German: two of them
// make it so (English has none of them).
var germanMarks = map[string]bool{
	"wer": true, "ist": true, "der": true, "das": true, "und": true, "nicht": true, "ich": true, "wie": true,
	"wann": true, "welche": true, "welcher": true, "sind": true, "ein": true, "eine": true, "für": true,
	"vom": true, "zum": true, "zur": true, "beim": true, "im": true, "bitte": true, "gibt": true, "wo": true, "mein": true,
	"wen": true, "wem": true, "darf": true, "muss": true, "bei": true, "einer": true, "einen": true, "über": true, "unser": true,
	"unsere": true, "oder": true, "auch": true, "vertritt": true, "berichtet": true, "zeichnet": true, "unterschreibt": true,
	"genehmigt": true, "urlaub": true, "krank": true,
}

// inGerman reports whether a question is written in German.
func inGerman(q string) bool {
	n := 0
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if germanMarks[w] && !seen[w] {
			seen[w] = true
			n++
		}
	}
	return n >= 2
}

// longNames returns the full names of the Japanese short names a question
// uses that the articles spell out ("情シスの部長" -> "情報システム部"): the
// articles may only use the full one.
func (e *Engine) longNames(q string) string {
	if !hasJapanese(q) {
		return ""
	}
	var out []string
	for short, long := range e.spelledAs {
		if hasJapanese(short) && strings.Contains(q, short) && !strings.Contains(q, long) {
			out = append(out, long)
		}
	}
	slices.Sort(out) // the same words, whatever the map's order
	return strings.Join(out, " ")
}

// germanForms adds to the terms of a German question the other forms of
// each that the articles hold, by the endings German inflects with:
// "Bestellung" finds "Bestellungen", "Vorsitzender" "Vorsitzende". The
// analyser, an English one, leaves them apart.
func (e *Engine) germanForms(terms []string) []string {
	out := slices.Clone(terms)
	for _, t := range terms {
		if len(t) < 5 || t[0] >= utf8.RuneSelf {
			continue
		}
		var forms []string
		for _, end := range germanEndings {
			forms = append(forms, t+end)
			if s, ok := strings.CutSuffix(t, end); ok && len(s) >= 4 {
				forms = append(forms, s)
			}
		}
		for _, f := range forms {
			if f != t && !slices.Contains(out, f) && e.inText(f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// germanEndings are the endings German nouns and adjectives inflect with.
var germanEndings = []string{"en", "n", "e", "s", "er", "es"}

// decompound splits the German compounds of a question that no passage
// holds into two words that passages do, with or without the joining
// "s" or "n" between: "Betriebsratsvorsitzende" is "Betriebsrat" and
// "Vorsitzende", which an article writes apart.
func (e *Engine) decompound(terms []string) []string {
	var out []string
	for _, t := range terms {
		out = append(out, t)
		if len(t) < 10 || e.inText(t) || t[0] >= utf8.RuneSelf {
			continue
		}
		for i := 4; i <= len(t)-4; i++ {
			left, right := t[:i], t[i:]
			if !e.inText(right) {
				continue
			}
			if !e.inText(left) {
				if j := strings.TrimRight(left, "sn"); len(j) < len(left) && len(j) >= 4 && e.inText(j) {
					left = j
				} else {
					continue
				}
			}
			out = append(out[:len(out)-1], left, right)
			break
		}
	}
	return out
}
