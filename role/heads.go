package role

import (
	"slices"
	"strings"
)

// What heads a title: the word that makes a phrase in capitals a role
// ("Director of Nursing", "Manager on call", "Vice President Education").

// namesRole reports whether the words of a title in capitals name a role:
// its head is a role's noun. The head is the last word ("General
// Manager") or the one before "of" ("Director of Nursing").
func namesRole(t []string) bool {
	head := strings.ToLower(t[headAt(t)])
	if k := strings.LastIndex(head, "-"); k >= 0 && !roleNouns[strings.ReplaceAll(head, "-", "")] {
		head = head[k+1:] // "Auditor-Controller"; not "Co-ordinator"
	}
	focal := head == "point" && len(t) > 1 && strings.EqualFold(t[len(t)-2], "focal")                                                        // "Security Focal Point (SFP)"
	return roleNouns[head] || tradeNouns[head] || personSuffix(head) || head == "chief" || focal || appointedPerson(t) || vicePresidentOf(t) // "Chief of Police (CP)", "Nominated Person Flight Operations (NPFO)"
}

// personSuffixes end nouns of a person who does a kind of work, not of a
// thing: "On-call Keyholder", "Night Sky Astronomer", "Microbiologist",
// "Photographer", "Beekeeper".
var personSuffixes = []string{"holder", "keeper", "onomer", "ologist", "ographer", "smith", "wright"}

// personSuffix reports whether a title's head ends as a person's noun
// does (see personSuffixes), a word of its own before it.
func personSuffix(head string) bool {
	for _, s := range personSuffixes {
		if len(head) > len(s)+2 && strings.HasSuffix(head, s) {
			return true
		}
	}
	return false
}

// headAt returns the index of the head of title words: the last word
// ("General Manager"), or the one before "of", "for" or a duty ("Director
// of Nursing", "Manager on Call", "Nurse in Charge").
func headAt(t []string) int {
	for j := 1; j < len(t); j++ {
		if t[j] == "of" || t[j] == "for" || onDuty(t[j:]) {
			return j - 1
		}
	}
	return len(t) - 1
}

// singularHead returns title words whose head is a role noun in the
// plural as the one post each holds: "Heads of Department (HoD)" is the
// Head of Department. Other words come back as they are.
func singularHead(t []string) []string {
	h := headAt(t)
	one, ok := strings.CutSuffix(t[h], "s")
	if !ok || !roleNouns[strings.ToLower(one)] || roleNouns[strings.ToLower(t[h])] {
		return t
	}
	out := slices.Clone(t)
	out[h] = one
	return out
}

// onDuty reports whether words are what a duty adds after its holder's
// title: "on Call", "on Duty", "in Charge".
func onDuty(ws []string) bool {
	if len(ws) != 2 {
		return false
	}
	switch strings.ToLower(ws[0]) + " " + strings.ToLower(ws[1]) {
	case "on call", "on duty", "in charge", "on site", "on shift":
		return true
	}
	return false
}

// vicePresidentOf reports whether title words are a vice president's
// title with the field after it, "of" left out: "Vice President
// Education", "VP Engineering", "SVP Sales".
func vicePresidentOf(t []string) bool {
	if len(t) >= 3 && strings.EqualFold(t[0], "vice") && strings.EqualFold(t[1], "president") {
		return true
	}
	switch strings.ToLower(t[0]) {
	case "vp", "svp", "evp", "avp":
		return len(t) >= 2
	}
	return false
}

// appointedPerson reports whether title words name a person appointed to
// a post by law or rule: "Nominated Person Crew Training", "Designated
// Person", "Responsible Person (Fire)", "Qualified Person (QP)".
func appointedPerson(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if strings.EqualFold(ws[i], "person") {
			switch strings.ToLower(ws[i-1]) {
			case "nominated", "designated", "responsible", "accountable", "authorised", "authorized", "appointed", "competent", "qualified":
				return true
			}
		}
	}
	return false
}
