package bot

import (
	"sort"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// The articles' own other names: "CCA: Client Care Advisor, our name for
// a receptionist", "HVS: Head of Veterinary Services, often just called
// the Head Vet", "Road Inspectors, also called service supervisors". A
// question that says the other name ("how much can a receptionist knock
// off a bill", "who does the head vet report to") also searches for the
// name the articles use, as a related word.

// calledAs matches a name and, after a comma, the other name the text
// says it goes by: the name in the first group (the last few words before
// the comma), the other in the second.
var calledAs = lazyre.New(`(?i)([\p{L}\d&'’ -]{2,60}?),\s+(?:now\s+)?(?:our\s+(?:own\s+)?(?:name|word|term)\s+for|(?:also|often|sometimes|usually|commonly)(?:\s+just)?\s+(?:called|known\s+as|referred\s+to\s+as)|known\s+(?:here\s+)?as)\s+(?:an?\s+|the\s+)?([\p{L}][\p{L}'’ -]{1,30}?)(?:\s+(?:in|on|by)\s+[^.;,]*)?\s*(?:[.;,)]|$)`)

// maxCalledWords caps the words of either name.
const maxCalledWords = 4

// calledNames adds to out the other names text gives its names (see
// calledAs), by the other name in small letters.
func calledNames(text string, out map[string]string) {
	if !strings.Contains(text, "called") && !strings.Contains(text, " name for") && !strings.Contains(text, "known") &&
		!strings.Contains(text, " word for") && !strings.Contains(text, " term for") && !strings.Contains(text, "referred") {
		return // the common case, without the pattern
	}
	for _, line := range strings.Split(text, "\n") {
		for _, m := range calledAs.FindAllStringSubmatch(line, -1) {
			name := calledName(m[1])
			other := strings.ToLower(strings.Join(strings.Fields(m[2]), " "))
			if name == "" || other == "" || len(strings.Fields(other)) > maxCalledWords || strings.EqualFold(name, other) {
				continue
			}
			if _, ok := out[other]; !ok {
				out[other] = name
			}
		}
	}
}

// calledName is the name before ", also called": after a glossary's
// letters and their colon or dash ("CCA: Client Care Advisor"), and after
// the last "the" or "a" of a clause ("The Depot Inspector runs the output
// desk"), its last few words.
func calledName(s string) string {
	for _, sep := range []string{": ", " – ", " — ", " - ", "; "} {
		if i := strings.LastIndex(s, sep); i >= 0 {
			s = s[i+len(sep):]
		}
	}
	ws := strings.Fields(strings.TrimLeft(s, "-*• "))
	for i := len(ws) - 1; i >= 0; i-- {
		switch strings.ToLower(ws[i]) {
		case "the", "a", "an", "our", "your", "their":
			ws = ws[i+1:]
			i = 0
		}
	}
	if len(ws) == 0 || len(ws) > maxCalledWords {
		return ""
	}
	return strings.Join(ws, " ")
}

// calledUnits returns, for each other name of the articles a question
// uses, the analysed words of the name they use (see calledNames).
func (e *Engine) calledUnits(q string) [][]string {
	if len(e.called) == 0 {
		return nil
	}
	lq := " " + strings.ToLower(strings.Join(strings.FieldsFunc(q, notNameRune), " ")) + " "
	var others []string
	for other := range e.called {
		if strings.Contains(lq, " "+other+" ") || strings.Contains(lq, " "+other+"s ") {
			others = append(others, other)
		}
	}
	sort.Strings(others) // the same question, the same words
	out := make([][]string, len(others))
	for i, o := range others {
		out[i] = e.idx.Terms(e.called[o])
	}
	return out
}
