package corpus

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Headings and sentences that name a role without saying what it does,
// which drafted cards leave out (see drafter.list).

// standInHeading is a heading of who stands in for a role, which names the
// role but says nothing of what it does: "6. DEPUTY FOR THE SENIOR
// PARTNER", "Cover for the Head Brewer", "When the Duty Manager is away".
var standInHeading = lazyre.New(`(?i)\b(?:deputy|deputies|deputising|cover|covering|covers|acting|absence|absent|away|stand-ins?|standing\s+in|substitutes?)\b`)

// standIn reports whether a heading names role id without being about
// what it does: one of who stands in for it (see standInHeading), its
// words of standing in no part of the role's own names ("Deputy Stage
// Manager" is the DSM's heading), or a numbered item that names it only
// in brackets.
func (d *drafter) standIn(heading, id string) bool {
	h := strings.ToLower(heading)
	for _, n := range d.names[id] {
		h = strings.ReplaceAll(h, strings.ToLower(n), " ")
	}
	if standInHeading.MatchString(h) {
		return true
	}
	// "3. ACCOUNTS AND BUDGET (HT, Bursar)": an item of minutes and who
	// brings it, which names the role only in its brackets.
	if !headingNumber.MatchString(heading) {
		return false
	}
	outside := strings.ToLower(inBrackets.ReplaceAllString(heading, " "))
	return outside != strings.ToLower(heading) && !slices.ContainsFunc(d.names[id], func(n string) bool { return n != "" && strings.Contains(outside, strings.ToLower(n)) })
}

// objectOnly reports whether a sentence names role id only as whom
// something goes to ("She reports to the Yard Safety Officer so that she
// can judge …") or as the owner of what it is about ("The CNA's stability
// check is still needed"): no skill of the role's.
func (d *drafter) objectOnly(s, id string) bool {
	low := strings.ToLower(s)
	found := false
	for _, n := range d.names[id] {
		n = strings.ToLower(n)
		if n == "" {
			continue
		}
		for at := 0; ; {
			k := strings.Index(low[at:], n)
			if k < 0 {
				break
			}
			k += at
			found = true
			before := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(low[:k]), "the"), "a")
			after := low[k+len(n):]
			possessive := strings.TrimSpace(before) == "" && (strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s"))
			if !possessive && !toWhom.MatchString(low[:k]) {
				return false
			}
			at = k + len(n)
		}
	}
	return found
}

// toWhom ends the words before a role named as whom something goes to:
// "reports to the", "answers straight to".
var toWhom = lazyre.New(`\b(?:reports?|reporting|answers?|goes|go|passes|refers?|escalated?|escalates)\s+(?:straight\s+|directly\s+)?to\s+(?:the\s+|our\s+)?$`)

// inBrackets is a part of a heading in brackets.
var inBrackets = lazyre.New(`\([^()]*\)`)
