package bot

import (
	"slices"
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/role"
)

// related groups words that people use for the same idea when they ask
// about roles. A question that uses one word of a group also searches,
// more weakly, for the others: "who is the CFO accountable to" finds "the
// CFO reports to the CEO". Groups are near-synonyms in general English,
// not tuned to any article; loose associations ("data" and "reporting")
// stay out, since they pull in passages about something else.
var related = [][]string{
	{"report", "reports", "reporting", "accountable", "answers", "boss", "superior"},
	{"responsible", "responsibilities", "duties", "job", "charge", "tasks", "oversees", "owns", "handles"},
	{"skills", "background", "experience", "qualifications", "qualified", "expertise", "education", "degree", "certification", "study", "studied"},
	{"become", "becoming", "land", "career", "path", "route", "aim", "promoted", "rise", "entrepreneurship", "startups"},
	{"hacked", "hack", "breach", "leak", "leaked", "attack", "incident", "security", "cyber", "threat", "ransomware", "hacker", "hackers", "attackers", "phishing", "malware"},
	{"mean", "meaning", "stands", "abbreviation", "acronym", "short", "letters"},
	{"origin", "origins", "originated", "originally", "history", "began", "beginnings", "evolved"},
	{"separate", "separately", "divided", "split", "splitting", "combine", "combined", "concurrently"},
	{"better", "advantage", "advantages", "benefit", "benefits", "pros", "worth"},
	{"president", "chair", "chairman", "chairwoman", "chairperson", "leader", "head", "boss"},
	{"overlap", "overlaps", "interact", "together", "shared", "share", "meet", "collaborate", "partner", "partners"},
	{"difference", "different", "differ", "distinct", "distinguish", "versus", "compare", "contrast", "confused", "apart", "overlap", "same", "mix", "mixed", "confusion", "vs"},
	{"executive", "executives", "board", "management", "leadership", "c-suite", "senior"},
	{"closer", "close", "closest", "near", "nearer", "nearest"},
	{"highest", "top", "topmost", "head", "ultimate"},
	{"site", "front", "line", "ground", "hands-on", "field", "floor"},
	{"hire", "hiring", "hires", "recruit", "recruiting", "recruitment", "appoint", "appoints", "appointed", "talent"},
	{"grow", "growth", "scale", "scaling", "expand", "expansion"},
	{"money", "finance", "financial", "budget", "cash", "spending", "cost", "funding"},
	{"know-how", "knowledge", "expertise", "lessons", "tacit"},
	{"retire", "retiring", "leave", "leaving", "quit", "quits", "resign", "departure", "turnover", "loss"},
	{"efficient", "efficiency", "productivity", "streamline", "automation"},
	// A verb and the noun of doing it, which the stemmer does not join
	// ("who destroys expired drugs": "Destruction of expired CDs").
	{"destroy", "destroys", "destroyed", "destroying", "destruction"}, {"deliver", "delivers", "delivered", "delivery", "deliveries"},
	{"complain", "complains", "complained", "complaint", "complaints"}, {"maintain", "maintains", "maintained", "maintenance"},
	{"fail", "fails", "failed", "failure", "failures"}, {"insure", "insured", "insurance"}, {"attend", "attends", "attended", "attendance"},
	{"depart", "departs", "departed", "departure", "departures"}, {"store", "stored", "storage"}, {"describe", "describes", "description"},
	{"receive", "receives", "received", "receipt", "receipts"}, {"admit", "admits", "admitted", "admission", "admissions"},
	{"permit", "permits", "permitted", "permission"}, {"submit", "submits", "submitted", "submission", "submissions"},
	{"apply", "applies", "applied", "application", "applications"}, {"explain", "explains", "explained", "explanation"},
	{"choose", "chooses", "chose", "chosen", "choice", "choices"}, {"sell", "sells", "sold", "sale", "sales"},
	{"pay", "pays", "paid", "payment", "payments"}, {"injure", "injured", "injury", "injuries"}, {"register", "registers", "registered", "registration"},
	{"enter", "enters", "entered", "entry", "entries"}, {"analyse", "analyses", "analysed", "analyze", "analyzed", "analysis"},
	{"recover", "recovers", "recovered", "recovery"}, {"die", "dies", "died", "dead", "death", "deaths", "deceased"},
	{"bury", "buried", "burial", "burials"}, {"safe", "safety"}, {"discover", "discovered", "discovery"},
	{"child", "children"}, {"woman", "women"},
	// Words staff type for what the documents name otherwise.
	{"price", "prices", "cost", "costs", "fee", "fees", "tariff"}, {"late", "lateness", "delay", "delayed", "delays", "overdue"},
	{"lost", "missing", "mislaid"}, {"broken", "faulty", "fault", "faults", "defect", "defects", "defective", "breakdown"},
	{"induction", "onboarding", "starter", "starters"}, {"refund", "refunds", "reimburse", "reimbursement", "repay"},
	{"sick", "illness", "sickness", "unwell"}, {"rota", "schedule", "timetable"}, {"claim", "claims", "expenses", "mileage"},
	{"course", "courses", "training"},
	{"law", "legal", "laws", "compliance", "regulation", "regulations", "regulatory"},
	{"salary", "pay", "compensation", "benefits"},
	{"outage", "down", "incident", "production", "crisis"},
	{"acronyms", "abbreviations", "titles", "names"},
	{"customers", "customer", "clients", "users"},
	{"engineer", "engineers", "engineering", "developer", "developers", "technical", "programming"},
	{"strategy", "strategic", "vision", "direction"},
	{"people", "staff", "employees", "talent", "workforce", "hr"},
	{"brand", "marketing", "advertising", "campaigns", "growth"},
	{"product", "products", "features", "roadmap"},
	{"data", "analytics", "information"},
	{"systems", "system", "it", "infrastructure", "computerization", "computerisation"},
	{"first", "early", "earliest", "pioneer", "pioneers", "adopters", "adopted"},
	{"industry", "industries", "sector", "sectors"},
	{"history", "historically", "traditionally", "tradition", "originally"},
	{"measured", "judged", "graded", "evaluated", "assessed", "kpi", "kpis"},
	{"inside", "internal", "internally", "in-house"},
	{"outside", "external", "externally", "outward"},
	{"revenue", "income", "earnings"},
	{"fundraising", "fundraise", "capital", "financing", "funding", "raising"},
	{"access", "logins", "login", "accounts", "credentials", "permissions"},
	{"buy", "buying", "purchase", "purchasing", "procurement", "procure", "vendor", "vendors", "supplier", "suppliers"},
	{"fire", "fired", "dismiss", "dismissed", "sack", "terminate", "remove", "removal"},
	{"laptop", "laptops", "devices", "equipment", "hardware"},
	{"wiki", "documentation", "docs", "intranet", "handbook"},
	{"privacy", "gdpr", "protection"},
	{"investors", "investor", "shareholders", "shareholder", "markets", "analysts"},
	{"website", "app", "platform", "online", "digital"},
	{"meetings", "coordination", "communication", "alignment"},
	{"goals", "targets", "objectives", "okrs", "kpis"},
	{"contract", "contracts", "negotiate", "negotiation", "deal", "deals"},
	{"merger", "mergers", "merge", "merging", "acquisition", "acquisitions", "acquire", "integration", "integrate", "integrating"},
	{"audit", "audits", "auditors", "controls", "assurance"},
	{"promotion", "promoted", "ladder", "advancement", "progression"},
	// Everyday business English, in groups of words that mean the same in
	// a question about work ("tell the authorities" is "notify regulators").
	{"tell", "notify", "inform", "alert", "disclose"},
	{"authorities", "regulators", "regulator", "government", "agency", "officials"},
	{"decide", "decides", "decision", "decisions", "choose", "chooses", "pick", "picks", "approve", "approves"},
	{"problem", "problems", "issue", "issues", "trouble", "mess"},
	{"fix", "fixes", "solve", "solves", "resolve", "resolves", "repair"},
	{"rules", "policy", "policies", "guidelines", "standards"},
	{"keep", "kept", "retain", "retention", "store", "storage", "hold"},
	{"usual", "usually", "typical", "typically", "common", "commonly", "often", "normally"},
	{"rare", "rarely", "uncommon", "unusual"},
	{"important", "key", "critical", "vital", "essential"},
	{"numbers", "figures", "metrics", "kpis", "statistics", "stats"},
	{"argue", "arguing", "fight", "fighting", "conflict", "conflicts", "disagree", "disagreement", "dispute", "tension", "clash"},
	{"tie", "settle", "settles", "arbitrate", "referee", "breaks"},
	{"talk", "talks", "speak", "speaks", "communicate", "present"},
	{"worry", "worries", "concern", "concerns", "risk", "risks"},
	{"kid", "kids", "child", "children", "minor", "minors"},
	{"hurt", "injured", "injury", "injuries", "harm", "harmed", "accident"},
	{"help", "helps", "support", "supports", "assist"},
	{"change", "changes", "transform", "transformation", "modernise", "modernize"},
	{"tool", "tools", "software", "application", "applications", "apps"},
	{"learn", "learning", "training", "teach", "mentor", "mentoring", "coach", "coaching"},
	{"sell", "selling", "sales", "salespeople"},
	{"invest", "investment", "investing", "spend", "spends"},
	{"deputy", "second", "right-hand", "number", "deputise", "deputises", "deputize", "deputizes", "deputising"},
	{"founder", "founders", "cofounder", "co-founder"},
	{"big", "bigger", "large", "larger", "grows", "growing"},
	{"small", "smaller", "tiny", "early-stage", "startup"},
	{"bridge", "bridges", "translate", "translates", "liaison"},
	{"department", "departments", "function", "functions", "division", "unit"},
	{"rule", "governance", "oversight", "control"},
	{"journalist", "journalists", "press", "media", "reporter", "reporters", "spokesperson", "spokespeople"},
	{"contact", "ask", "reach", "escalate"},
	{"complaint", "complaints", "grievance", "grievances", "harassment", "misconduct", "investigations"},
	{"fudge", "fudging", "fabricate", "fabricating", "fabrication", "falsify", "falsifying", "falsification", "misconduct", "fraud", "plagiarism"},
	{"appeal", "appeals", "contest", "overturn"},
	{"away", "absent", "absence", "unavailable"},
	{"stolen", "steal", "theft", "nicked", "lost"},
	{"dodgy", "suspicious", "wrongdoing", "shady", "fishy"},
	{"anonymous", "anonymously", "confidential", "confidentially"},
	{"mobile", "phone", "phones", "smartphone"},
	{"ring", "call", "calls", "phone"},
	{"quote", "quotes", "quotation", "quotations", "tender", "tenders", "bids"},
	{"deadline", "deadlines", "due", "timescale", "timescales", "turnaround"},
	{"overrule", "overrules", "override", "overrides", "veto"},
	{"allegation", "allegations", "accused", "accusation", "accusations"},
	{"loan", "loans", "debt", "borrow", "borrowing", "lender", "lenders"},
	{"bundle", "bundles", "bundling", "package", "packages", "packaging"},
	{"investigate", "investigates", "investigation", "investigations", "inquiry", "enquiry"},
	// English and German words of the same thing, for a folder written in
	// both: a question in one finds a page written only in the other.
	// Words a folder does not hold are never searched (see Engine.rare).
	{"purchasing", "procurement", "einkauf"},
	{"sales", "vertrieb"},
	{"quality", "qualität", "qualitaet"},
	{"deputy", "deputises", "vertretung", "stellvertreter", "stellvertreterin"},
	{"holiday", "holidays", "vacation", "hols", "leave", "urlaub"},
	{"trustworthy", "trusted", "reliable", "accurate", "accuracy", "quality"},
	{"faith", "religious", "religion", "church", "churches", "mosque", "mosques", "temple", "temples", "synagogue", "synagogues"},
	{"wobbly", "unstable", "loose", "stability", "unsafe"},
	{"sick", "ill", "krank", "krankheit"},
	{"on-call", "standby", "rufbereitschaft", "bereitschaft"},
	{"approval", "sign-off", "freigabe", "genehmigung"},
	{"order", "orders", "bestellung", "bestellungen"},
	{"invoice", "invoices", "rechnung", "rechnungen"},
	{"contract", "contracts", "vertrag", "verträge"},
	{"plant", "factory", "werk"},
	{"breach", "datenpanne", "datenschutzverletzung"},
	{"emergency", "notfall"},
	{"shift", "schicht"},
	{"complaint", "beschwerde", "reklamation"},
	{"payroll", "lohnabrechnung", "gehaltsabrechnung"}, {"wages", "wage", "payroll", "salaries"},
	// A country and its adjective: "our contact at the dutch hospital" is
	// in the Netherlands.
	{"dutch", "netherlands", "holland"}, {"swedish", "sweden"}, {"danish", "denmark"}, {"norwegian", "norway"},
	{"finnish", "finland"}, {"german", "germany"}, {"french", "france"}, {"spanish", "spain"}, {"italian", "italy"},
	{"czech", "czechia"}, {"turkish", "turkey", "türkiye"}, {"irish", "ireland"},
	{"portuguese", "portugal"}, {"mexican", "mexico"}, {"scottish", "scotland"}, {"welsh", "wales"},
}

// thesaurus maps an analysed word to the analysed words related to it.
type thesaurus map[string][]string

func newThesaurus(terms func(string) []string) thesaurus {
	t := thesaurus{}
	for _, group := range slices.Concat(related, irregular) {
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

// shorthandUnits returns the analysed expansions of each piece of
// shorthand a question uses, in order.
func (e *Engine) shorthandUnits(q string) [][]string {
	var out [][]string
	for _, w := range shorthandWords(q) {
		if ts, ok := e.short[w]; ok && w == "IT" {
			out = append(out, ts)
		} else if lw := strings.ToLower(w); lw != "it" && len(e.short[lw]) > 0 {
			out = append(out, e.short[lw])
		} else if long, ok := e.spelledAs[lw]; ok && len(lw) > 1 && !hasJapanese(long) {
			if w != strings.ToUpper(w) && role.CommonWord(lw) {
				// "what does kwame do": "do" is the word, not the "DO"
				// (Duty Officer) of the articles' glossary, unless typed so.
				continue
			}
			out = append(out, e.idx.Terms(long)) // "lgb": the articles' "local governing board (LGB)"
		} else if ph := e.lettersOfPhrase(w); ph != "" {
			out = append(out, e.idx.Terms(ph)) // "CCB": the Change Control Board
		}
	}
	return out
}

// shorthandWords splits a question into the words shorthand is looked
// up by: letters and digits, with hyphens inside ("c-level").
func shorthandWords(q string) []string {
	ws := strings.FieldsFunc(q, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-')
	})
	for i, w := range ws {
		ws[i] = strings.Trim(w, "-")
	}
	return ws
}

// standIns returns the words that shorthand of a question no passage
// holds stands for ("fin": finance, "mktg": marketing): the user's own
// words, said short, searched as the question's own (see search).
func (e *Engine) standIns(q string) []string {
	var out []string
	for _, w := range shorthandWords(q) {
		lw := strings.ToLower(w)
		if lw == "it" || len(e.short[lw]) == 0 || slices.ContainsFunc(e.idx.Terms(lw), e.inText) {
			continue
		}
		out = appendNew(out, e.short[lw]...)
	}
	return out
}

// compound are phrases in which a word of a thesaurus group means
// something else: the customer experience is no experience of a career.
// A job post is an advert, no duty.
var compounds = []*guarded{
	newGuarded(`(?i)\b(?:customer|user|client|patient|employee|guest|candidate|member|developer|visitor|shopper)s?\s+(experience)\b`, "experience"),
	newGuarded(`(?i)\b(job)\s+(?:posts?|postings?|ads?|adverts?|advertisements?|listings?|descriptions?|specs?|offers?|boards?)\b`, "job"),
}

// expandable returns the words of a question whose near-synonyms are
// searched: those not part of a compound (see compound).
func (e *Engine) expandable(question string, terms []string) []string {
	var in []string
	for _, c := range compounds {
		if loc := c.FindStringSubmatchIndex(question); loc != nil {
			in = append(in, e.idx.Terms(question[loc[2]:loc[3]])...)
		}
	}
	if in == nil {
		return terms
	}
	return slices.DeleteFunc(slices.Clone(terms), func(t string) bool { return slices.Contains(in, t) })
}

// lettersOfPhrase returns the phrase of the articles whose initials a word
// of two to five capitals is ("CCB": "change control board", "RODs":
// "regional operations director"), or "": letters the articles never
// spell out, whether they use them ("ask your ROD") or not.
func (e *Engine) lettersOfPhrase(w string) string {
	if len(w) >= 3 && strings.HasSuffix(w, "s") {
		w = w[:len(w)-1] // "AMs", "RODs"
	}
	if len(w) < 2 || len(w) > 5 || w != strings.ToUpper(w) || strings.ContainsFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) || e.vocab == nil {
		return ""
	}
	return e.phraseOf(w)
}
