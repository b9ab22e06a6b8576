package corpus

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// A memo's header: its kind, its addressees, its sender and its subject.

// memoKind is a first line that names the kind of a document, not the
// document: "MEMORANDUM", "Internal memo".
var memoKind = lazyre.New(`(?i)^(?:internal\s+|staff\s+)?(?:memo|memorandum|notice|circular|bulletin)\.?$`)

// subjectLine is a memo's line of its subject: "Re: Money laundering",
// "Subject: Q3 close", "Betreff: Urlaub".
var subjectLine = lazyre.New(`(?i)^(?:re|subject|subj|betreff)\s*:\s*(\S.{2,119})$`)

// memoSubject returns the subject a memo's header lines give, or title.
func memoSubject(blocks []block, title string) string {
	for _, bl := range blocks {
		for _, l := range bl.lines {
			if g := subjectLine.FindStringSubmatch(strings.TrimSpace(l)); g != nil {
				return strings.TrimSpace(g[1])
			}
		}
	}
	return title
}

// memoField is a line of a memo's header: "To: All staff", "From: Martin
// Okoye, Retail Director", "Betreff: Urlaubsvertretung".
// Outlook saves "Sent:", "Importance:" and "Attachments:" among them.
var memoField = lazyre.New(`(?i)^(to|from|date|sent|subject|subj|re|cc|bcc|ref|copy|copies|distribution|attn|importance|attachments|an|von|datum|gesendet|betreff|kopie)\s*:\s*\S`)

// memoHeader reads lines that are a memo's header, its addressees, sender,
// date and subject, and returns its sender's lines ("From: Martin Okoye,
// Retail Director"), "" when it names none: who wrote it says who someone
// is, while its list of addressees names roles it is not about.
func memoHeader(lines []string) (string, bool) {
	if len(lines) > 2 && quoteRule.MatchString(strings.TrimSpace(lines[0])) {
		lines = lines[1:] // "-----Original Message-----" over the header of the message answered
	}
	if len(lines) < 2 {
		return "", false
	}
	var from []string
	to := false
	for _, l := range lines {
		m := memoField.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			return "", false
		}
		switch strings.ToLower(m[1]) {
		case "to", "an":
			to = true
		case "from", "von":
			from = append(from, strings.TrimSpace(l))
		}
	}
	if !to || len(from) == 0 {
		return "", false
	}
	return strings.Join(from, "\n"), true
}

// quoteRule is the line a mail program writes over the message an email
// answers or forwards: "-----Original Message-----", "---------- Forwarded
// message ---------", Outlook's line of underscores.
var quoteRule = lazyre.New(`(?i)^(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}|_{10,})$`)

// fromField is a memo's line of its sender: "From: Fiona Marsh, Station
// Manager".
var fromField = lazyre.New(`(?i)^(?:from|von)\s*:\s*(\S.*?)\s*$`)

// senderOf returns the sender a memo's "From:" lines name ("Fiona Marsh,
// Station Manager"), without an address in angle brackets, "" when none.
func senderOf(from string) string {
	for _, l := range strings.Split(from, "\n") {
		if g := fromField.FindStringSubmatch(strings.TrimSpace(l)); g != nil {
			s := strings.Trim(strings.TrimSpace(emailAddress.ReplaceAllString(g[1], "")), " ,;")
			if n := lastFirst.FindStringSubmatch(s); n != nil {
				// Outlook's "Kirby, Dan (WM)": Dan Kirby, WM.
				s = n[2] + " " + n[1]
				if n[3] != "" {
					s += ", " + n[3]
				}
			}
			return s
		}
	}
	return ""
}

// lastFirst is a name as an address book writes it, the last name first:
// "Kirby, Dan (WM)", "Fairweather, Tom".
var lastFirst = lazyre.New(`^(\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}'’-]+)(?:\s+\(([^()]{1,40})\))?$`)

// emailAddress is an address after a sender's name: "<fiona@example.org>".
var emailAddress = lazyre.New(`<[^<>\s]*@[^<>\s]*>`)

// firstPerson reports whether a memo's passage speaks in its sender's
// person: "I am on leave from 10 February", "While I am away, Callum
// acts", "send anything that would normally come to me to Callum", "Ich
// bin im Urlaub".
func firstPerson(text string) bool {
	for _, m := range firstPersonWord.FindAllStringSubmatchIndex(text, -1) {
		if text[m[2]:m[3]] != "I" {
			return true
		}
		before := strings.Fields(text[max(0, m[2]-24):m[2]]) // the word before, not all of them: a long text of "Part I" is no cost
		if len(before) == 0 || !romanAfter[strings.ToLower(strings.Trim(before[len(before)-1], "([,;:"))] {
			return true
		}
	}
	return false
}

// romanAfter are words a Roman numeral follows: "Part I", "Tier I".
var romanAfter = map[string]bool{"part": true, "phase": true, "schedule": true, "annex": true, "appendix": true, "section": true,
	"chapter": true, "stage": true, "level": true, "tier": true, "grade": true, "class": true, "type": true, "category": true,
	"volume": true, "book": true, "article": true, "table": true, "figure": true, "war": true, "form": true, "title": true, "band": true}

// firstPersonWord is a word of the first person singular, English or
// German (the languages of a memo's header that memoField reads). "I" is
// upper case only, and not a list's number ("Part I").
var firstPersonWord = lazyre.New(`(?:^|[^\p{L}\p{N}'’.])(I(?:'m|’m|'ll|’ll|'ve|’ve)?|(?i:me|my|myself|ich|mich|mir|mein|meine|meiner|meinem|meinen))(?:[^\p{L}\p{N}'’]|$)`)

// unfold joins a header's continuation lines, which start with a space or
// a tab ("Cc: Ana Silva;\n  Tom Hadley"), to the line they continue.
func unfold(lines []string) []string {
	var out []string
	for _, l := range lines {
		if n := len(out); n > 0 && l != "" && (l[0] == ' ' || l[0] == '\t') && !memoField.MatchString(strings.TrimSpace(l)) {
			out[n-1] += " " + strings.TrimSpace(l)
			continue
		}
		out = append(out, l)
	}
	return out
}

// signOff reports whether a block at the end of a memo or an email is its
// sender's sign-off: a closing ("Thanks,", "Kind regards"), then or only
// the sender's name or a word of it ("Fiona", "Paul Jessop"), and maybe
// their title and number under it.
func signOff(lines []string, sender string) bool {
	name, _, _ := strings.Cut(sender, ",")
	names := strings.Fields(strings.ToLower(name))
	if len(lines) > 6 || len(names) == 0 {
		return false
	}
	first := strings.TrimSpace(lines[0])
	if first == "--" && len(lines) > 1 {
		return true // the line that opens a signature
	}
	if closing.MatchString(first) {
		if len(lines) == 1 {
			return true
		}
		first = strings.TrimSpace(lines[1])
		if len(lines) == 2 && oneName.MatchString(first) {
			return true // "Thanks,\nPeggy" from Margaret Allott: the name she goes by
		}
	}
	words := strings.Fields(strings.ToLower(strings.Trim(first, " .,-–—")))
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !slices.Contains(names, w) {
			return false
		}
	}
	return true
}

// oneName is a name alone on its line, as a letter is signed.
var oneName = lazyre.New(`^\p{Lu}\p{Ll}+[.,]?$`)

// closing is the line that closes a letter: "Thanks,", "Kind regards",
// "Best wishes", "Cheers", "Many thanks", "Mit freundlichen Grüßen".
var closing = lazyre.New(`(?i)^(?:(?:many\s+|with\s+)?thanks(?:\s+(?:all|again|everyone))?|thank\s+you|(?:kind|best|warm|warmest)\s+regards|regards|best(?:\s+wishes)?|all\s+the\s+best|cheers|yours(?:\s+(?:sincerely|faithfully))?|sincerely|mit\s+freundlichen\s+grüßen|viele\s+grüße|beste\s+grüße|gruß)\s*[,.!]?$`)

// greeting is a line that greets a memo's readers: "Hi all,", "Dear
// colleagues,", "Hello team".
// A name alone with a comma greets one reader: "Tom,".
var greeting = lazyre.New(`(?i:^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon))(?:\s+[\p{L}'’-]+){0,3}\s*[,!:]?$)|^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,$`)
