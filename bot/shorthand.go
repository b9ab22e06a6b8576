package bot

// shorthand is how people abbreviate in Slack what the articles spell out.
// A question that says "eng" also searches for "engineering" (as a
// related word, below the question's own words). Keys are lower-case
// words or hyphenated words as typed, except "IT", which must be typed so.
var shorthand = map[string][]string{
	"eng":     {"engineering", "engineers"},
	"infra":   {"infrastructure"},
	"exec":    {"executive"},
	"execs":   {"executives"},
	"c-level": {"executive", "chief", "titles"},
	"c-suite": {"executive", "chief", "titles"},
	"prod":    {"product", "production"},
	"comp":    {"compensation", "pay"},
	"hr":      {"human", "resources", "people"},
	"ops":     {"operations"},
	"sec":     {"security"},
	"infosec": {"security", "information"},
	"sev":     {"severity"},
	"prio":    {"priority"},
	"secops":  {"security", "monitoring"},
	"devops":  {"development", "operations", "infrastructure"},
	"IT":      {"information", "technology", "systems"}, // only in capitals: "it" is a pronoun
	"tech":    {"technology", "technical"},
	"dev":     {"development", "developers"},
	"devs":    {"developers", "engineers"},
	"mgmt":    {"management"},
	"dept":    {"department"},
	"depts":   {"departments"},
	"biz":     {"business"},
	"uni":     {"university"},
	"reorg":   {"reorganisation", "restructured", "restructuring", "organisational"},
	"reorgs":  {"reorganisation", "restructured", "restructuring", "organisational"},
	"ipo":     {"ipo", "listing", "listed"},
	"org":     {"organisation", "company"},
	"cust":    {"customers"},
	"mktg":    {"marketing"},
	"km":      {"knowledge", "management"},
	"fin":     {"finance", "financial"},
	"inc":     {"including", "includes"},
	"incl":    {"including", "includes"},
	"excl":    {"excluding", "excludes"},
	"hon":     {"honorary", "secretary"}, // "hon sec", "hon treasurer": an officer of a club or a charity
	"treas":   {"treasurer"},
	"mgr":     {"manager"},
	"mgrs":    {"managers"},
	"ppl":     {"people"},
	"info":    {"information"},
	"comms":   {"communications"},
	"promo":   {"promotion"},
	"promos":  {"promotions"},
	"hrbp":    {"hr", "business", "partner"},
	"hrbps":   {"hr", "business", "partners"},
	"sre":     {"reliability", "on-call", "incident"},
	"sres":    {"reliability", "on-call", "incident"},
	"dm":      {"message"},
	"ping":    {"contact", "ask"},
	"down":    {"outage", "incident"},
	"backend": {"infrastructure", "systems"},
	"resp":    {"responsibilities", "responsible"},
	"resps":   {"responsibilities"},
	"prez":    {"president"},
	"pres":    {"president"},
	"prof":    {"professor", "instructor", "faculty"},
	"profs":   {"professors", "instructors", "faculty"},
	"reqs":    {"requirements", "skills"},
	"quals":   {"qualifications", "qualified"},
	"po":      {"purchase", "order"},
	"capex":   {"capital", "expenditure"},
	"opex":    {"operating", "expenses"},
	"wfh":     {"home", "remote"},
	"ute":     {"vehicle", "fleet"},
	"slt":     {"senior", "leadership", "team"},
	"smt":     {"senior", "management", "team"},
	"elt":     {"executive", "leadership", "team"},
	"ht":      {"headteacher", "head"},
	"dht":     {"deputy", "headteacher"},
	"nda":     {"non-disclosure", "confidentiality", "agreement"},
	"ndas":    {"non-disclosure", "confidentiality", "agreements"},
	"wifi":    {"wireless", "network"},
	"hrs":     {"hours"},
	"mins":    {"minutes"},
	"wks":     {"weeks"},
	"yrs":     {"years"},
	"mths":    {"months"},
	"ooh":     {"out-of-hours", "hours"},
	"vuln":    {"vulnerability", "vulnerabilities"},
	"vulns":   {"vulnerabilities"},
}

// newShorthand analyses the shorthand table: typed form -> analysed
// expansions.
func newShorthand(terms func(string) []string) map[string][]string {
	out := map[string][]string{}
	for k, words := range shorthand {
		for _, w := range words {
			out[k] = appendNew(out[k], terms(w)...)
		}
	}
	return out
}
