package corpus

import (
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
var memoField = lazyre.New(`(?i)^(to|from|date|subject|subj|re|cc|bcc|ref|copy|copies|distribution|attn|an|von|datum|betreff|kopie)\s*:\s*\S`)

// memoHeader reads lines that are a memo's header, its addressees, sender,
// date and subject, and returns its sender's lines ("From: Martin Okoye,
// Retail Director"), "" when it names none: who wrote it says who someone
// is, while its list of addressees names roles it is not about.
func memoHeader(lines []string) (string, bool) {
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
