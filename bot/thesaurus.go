package bot

import "slices"

// related groups words that people use for the same idea when they ask
// about roles. A question that uses one word of a group also searches,
// more weakly, for the others: "who is the CFO accountable to" finds "the
// CFO reports to the CEO". Groups are near-synonyms in general English,
// not tuned to any article; loose associations ("data" and "reporting")
// stay out, since they pull in passages about something else.
var related = [][]string{
	{"report", "reports", "reporting", "accountable", "answers", "boss", "superior"},
	{"responsible", "responsibilities", "duties", "job", "charge", "tasks", "oversees", "owns", "handles"},
	{"skills", "background", "experience", "qualifications", "qualified", "expertise", "education", "degree", "training", "certification"},
	{"become", "becoming", "land", "career", "path", "route", "aim", "promoted", "rise", "entrepreneurship", "startups"},
	{"hacked", "hack", "breach", "attack", "incident", "security", "cyber", "threat", "ransomware"},
	{"mean", "meaning", "stands", "abbreviation", "acronym", "short", "letters"},
	{"president", "chair", "chairman", "chairwoman", "chairperson", "leader", "head", "boss"},
	{"difference", "different", "differ", "distinct", "versus", "compare", "contrast", "same", "overlap", "confused", "mix", "mixed", "confusion", "apart", "distinguish"},
	{"executive", "executives", "board", "management", "leadership", "c-suite", "senior"},
	{"closer", "close", "near", "nearer", "nearest"},
	{"site", "front", "line", "ground", "hands-on", "field", "floor"},
	{"hire", "hiring", "recruit", "needs", "size", "grow", "scale", "stage"},
	{"money", "finance", "financial", "budget", "cash", "spending", "cost", "funding"},
	{"know-how", "knowledge", "expertise", "lessons", "tacit"},
	{"retire", "retiring", "leave", "leaving", "quit", "quits", "resign", "departure", "turnover", "loss"},
	{"efficient", "efficiency", "productivity", "streamline", "automation"},
	{"law", "legal", "laws", "compliance", "regulation", "regulations", "regulatory"},
	{"salary", "pay", "compensation", "benefits"},
	{"outage", "down", "incident", "production", "crisis"},
	{"acronyms", "abbreviations", "titles", "names"},
	{"customers", "customer", "clients", "users"},
	{"engineer", "engineers", "engineering", "developer", "developers", "technical", "programming"},
	{"strategy", "strategic", "vision", "direction", "roadmap"},
	{"people", "staff", "employees", "talent", "workforce", "hr"},
	{"brand", "marketing", "advertising", "campaigns", "growth"},
	{"product", "products", "features", "roadmap"},
	{"data", "analytics", "information"},
	{"systems", "system", "it", "infrastructure", "computerization", "computerisation"},
}

// thesaurus maps an analysed word to the analysed words related to it.
type thesaurus map[string][]string

func newThesaurus(terms func(string) []string) thesaurus {
	t := thesaurus{}
	for _, group := range related {
		var stems []string
		for _, w := range group {
			// "c-suite" would expand to "c" and "suit": single words only.
			if ts := terms(w); len(ts) == 1 {
				stems = appendNew(stems, ts...)
			}
		}
		for _, s := range stems {
			t[s] = appendNew(t[s], stems...)
		}
	}
	return t
}

// expand returns the analysed words related to the analysed terms, not
// counting the terms themselves: at most perTerm for each term, so that
// every word of the question gets its share.
func (t thesaurus) expand(terms []string, perTerm int) []string {
	var out []string
	for _, s := range terms {
		n := 0
		for _, w := range t[s] {
			if n == perTerm {
				break
			}
			if !slices.Contains(terms, w) && !slices.Contains(out, w) {
				out = append(out, w)
				n++
			}
		}
	}
	return out
}
