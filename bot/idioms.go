package bot

// idioms are phrases that mean a word the articles use: "going public" is
// an IPO, "number two" the second in command, "more high" (as written by
// someone whose first language is not English) higher.
var idioms = phraseTable{
	{newGuarded(`(?i)\b(?:go|goes|going|went|gone)\s+public\b`, "public"), " IPO "},
	// "Around here" is the place the question is asked in, no subject:
	// "who's responsible for IT around here" ("plan around").
	{newGuarded(`(?i)\ba?round\s+(?:here|these\s+parts)\b`, "round"), " here "},
	{newGuarded(`(?i)\bnumber\s+(?:two|2)\b|#\s*2\b|\bno\.\s*2\b`, "number", "#", "no."), " second in command "},
	{newGuarded(`(?i)\btrains?\s+(?:run|running|runs)\s+on\s+time\b`, "trains"), " operations run day-to-day "},
	{newGuarded(`(?i)\b(?:fills?|filling|stands?|standing)\s+in\s+for\b|\bcovers?\s+for\b|\bcovering\s+for\b|\bdeputi[sz]es?\s+for\b`, "in for", "for"), " ${0} second in command deputy deputises absent acts "},
	{newGuarded(`(?i)\btech(?:nical|nology)?\s+roadmap\b`, "roadmap"), " technical direction roadmap "},
	{newGuarded(`(?i)\b(?:responsible|responsable|accountable|answerable)\s+to(?:\s+(?:who|whom)\b|\W*$)`, "responsible", "responsable", "accountable", "answerable"), " reports to "}, // "who is the chief engineer responsible to"
	{newGuarded(`(?i)\b(?:accountable|answerable|answers?|answering)\s+(?:for|if|when)\b`, "for", "if", "when"), " responsible for "},
	{newGuarded(`(?i)\b(?:goes|went|go|going|gone|is|was|were|be)\s+down\b`, "down"), " outage incident "},
	{newGuarded(`(?i)\b(?:get|gets|getting|spread|spreads|spreading)\s+(?:the\s+)?word\s+out\b|\b(?:get|gets|getting|put|puts|putting)\s+(?:the\s+|our\s+|its\s+|the\s+company'?s\s+|our\s+company'?s\s+)?name\s+out\b`, "word out", "name out"), " marketing brand "},
	{newGuarded(`(?i)\b(?:bring|brings|bringing|generate|generates|generating|drive|drives|driving)\s+(?:in\s+)?(?:new\s+)?leads\b|\blead\s+gen(?:eration)?\b`, "in leads", "new leads", "lead gen", "e leads", "g leads"), " demand marketing "},
	{newGuarded(`(?i)\bkeeps?\s+the\s+lights\s+on\b|\bkeeping\s+the\s+lights\s+on\b`, "lights"), " keeps systems running "},
	{newGuarded(`(?i)\bre-?invent(?:s|ed|ing)?\s+the\s+wheel\b`, "wheel"), " recreated from scratch reused "},
	{newGuarded(`(?i)\b(?:build|make|develop)\s+(?:or|vs\.?|versus)\s+buy\b|\b(?:build|write|make|develop)\s+(?:it\s+|them\s+|one\s+)?ourselves\b`, "buy", "ourselves"), " ${0} in-house buy "},
	{newGuarded(`(?i)\bkeeps?\s+(?:the\s+|our\s+)?(?:business|company|place|show)\s+(?:ticking|running)(?:\s+(?:along|over))?\b|\bkeeping\s+(?:the\s+|our\s+)?(?:business|company|place|show)\s+(?:ticking|running)\b`, "ticking", "business running", "company running", "place running", "show running"), " runs day-to-day operations "},
	{newGuarded(`(?i)\bon\s+(?:their|his|her|your|my|our|the|its)\s+plate\b`, "plate"), " responsibilities "},
	{newGuarded(`(?i)\bkeeps?\s+(?:\S+\s+){0,3}busy\b`, "busy"), " day-to-day work "},
	{newGuarded(`(?i)\b(?:the|any|what'?s\s+the|whats\s+the)\s+point\s+(?:of|in)\b`, "point"), " purpose of "},
	{newGuarded(`(?i)\bseries\s+[a-e]\b|\b(?:seed|funding)\s+round\b`, "series", "round"), " funding "},
	{newGuarded(`(?i)\b(?:confluence|notion|sharepoint)\b`, "confluence", "notion", "sharepoint"), " wiki intranet "},
	{newGuarded(`(?i)\b(?:google\s+workspace|g\s*suite|(?:microsoft|office)\s+365|m365|o365|ms\s+office|microsoft\s+office)\b`, "workspace", "suite", "365", "ms office", "microsoft office"), " email collaboration tools internal systems "},
	{newGuarded(`(?i)\b(?:aws|gcp|azure)\b`, "aws", "gcp", "azure"), " cloud infrastructure "},
	{newGuarded(`(?i)\bgreen[- ]?light(?:s|ed|ing)?\b`, "light"), " approves "},
	// People who mean harm, by their everyday name: "keeping the bad guys
	// out of our computers" asks who protects against attackers.
	{newGuarded(`(?i)\bbad\s+(?:guys|guy|actors?|people)\b|\bcrooks\b|\bcriminals\b|\bscammers\b|\bfraudsters\b`, "bad", "crooks", "criminals", "scammers", "fraudsters"), " ${0} attackers threats "},
	{newGuarded(`(?i)(\d+(?:\.\d+)?\s*%)\s+off\b`, "% off", "%off"), " ${1} discount "},                         // "25% off for a big account"
	{newGuarded(`(?i)\bcall(?:s|ed|ing)?\s+(?:it\s+|them\s+|the\s+\w+\s+)?off\b`, "off"), " ${0} cancel stop "}, // "who can call off a burial": "stops the burial"
	{newGuarded(`(?i)\bknock(?:s|ed|ing)?\s+(?:\S+\s+){0,2}?off\b`, "off"), " ${0} discount reduction waive "},  // "family wants £300 knocked off"
	// A time of the night is the night, out of hours: "bus wont start
	// at 11pm", "its 2am and both ctps are down", "23:30" (not "23.30",
	// whose full stop would run the pattern on most questions).
	{newGuarded(`(?i)\b(?:(?:[1-5]|12)(?:[:.][0-5]\d)?\s?a\.?m\.?|(?:1[01])(?:[:.][0-5]\d)?\s?p\.?m\.?|midnight|(?:0[0-5]|2[2-3]):[0-5]\d)(?:\W|$)`, "am", "a.m", "pm", "p.m", "midnight", ":"), " ${0} night overnight out-of-hours "},
	// What happened, in everyday words, as a procedure's headings name
	// it: "power just went off" ("Power cut"), "someone fell on the ice
	// and banged their head" ("Someone is hurt"), "a parent can't find
	// their little boy" ("Lost child").
	{newGuarded(`(?i)\b(?:power|electricity|electrics|lights)\s+(?:has\s+|have\s+|just\s+|has\s+just\s+)?(?:went|gone|goes|go|going|is|are|keeps?|tripped)\s+(?:off|out)\b|\bblack-?out\b`, "power", "electric", "lights", "black"), " ${0} power cut failure "},
	{newGuarded(`(?i)\b(?:fell|fallen|falls|fall|falling)\s+(?:over|down|off|on|in)\b|\b(?:slipped|tripped\s+(?:over|on|up))\b|\bbang(?:ed|s|ing)?\s+(?:\w+\s+)?head\b`, "fell", "fall", "slipped", "tripped", "bang"), " ${0} hurt injured "},
	// Personal details sent to the wrong person are a data breach: "I think
	// I've sent a letter to the wrong tenant", "emailed the list to the
	// wrong address".
	{newGuarded(`(?i)\b(?:sent|send|sending|emailed|e-mailed|posted|gave|given|handed|shared|forwarded|cc'?d)\b[^.?!]{0,50}?\bto\s+(?:the\s+)?wrong\s+(?:\w+\s+)?(?:person|people|tenant|tenants|customer|customers|client|clients|address|email|recipient|family|member|patient|parent|house|flat|one|guy|lady|man|woman|supplier|school)\b|\bwrong\s+(?:email\s+)?recipient\b`, "wrong"), " ${0} data breach personal data "},
	// "someone has collapsed in screen 2" ("Medical emergency"), "a
	// volunteer cut their hand on broken glass" ("Someone injured"),
	// "smoke coming out of the baler" ("Fire"), "the projector packed up"
	// ("Projection failure").
	{newGuarded(`(?i)\b(?:someone|somebody|person|man|woman|lady|guy|bloke|boy|girl|child|kid|customer|visitor|guest|patient|resident|volunteer|member|colleague|he|she|they)(?:'s|\s+has|\s+have|\s+just|\s+has\s+just|\s+is|\s+was)?\s+(?:collapsed|fainted|passed\s+out|unconscious|having\s+a\s+seizure)\b|\bheart\s+attack\b|\bcardiac\s+arrest\b`, "collaps", "faint", "passed", "unconscious", "seizure", "heart", "cardiac"), " ${0} medical emergency first aid ill "},
	{newGuarded(`(?i)\b(?:cut|cuts|sliced|burnt|burned|scalded|trapped|crushed|twisted|sprained|broke|broken)\s+(?:their|his|her|my|a|your|our)\s+(?:hand|hands|finger|fingers|thumb|arm|arms|leg|legs|foot|feet|ankle|wrist|face|knee)\b`, "cut", "sliced", "burn", "scald", "trapped", "crushed", "twisted", "sprained", "broke"), " ${0} hurt injured first aid "},
	{newGuarded(`(?i)\bsmoke\b|\bsmoking\s+(?:bin|machine|plug|socket|baler|engine)\b|\bsmell(?:s|ing)?\s+of\s+burning\b|\b(?:on|caught|catches|catching)\s+fire\b|\bflames?\b`, "smoke", "smok", "burning", "fire", "flame"), " ${0} fire "},
	{newGuarded(`(?i)\b(?:has|have|'s|'ve|just)\s+packed\s+up\b|\bconked\s+out\b|\b(?:stopped|stops)\s+working\b|\bplaying\s+up\b|\bon\s+the\s+blink\b|\bwent\s+dead\b`, "packed", "conked", "working", "playing", "blink", "dead"), " ${0} failure fault broken "},
	{newGuarded(`(?i)\b(?:can'?t|cannot|can’t|couldn'?t|couldn’t)\s+find\s+(?:their|his|her|my|a|the|our)\s+(?:little\s+|young\s+|\d+\s*(?:yo|year\s+old)\s+)?(?:boy|girl|son|daughter|kid|kids|child|children)\b`, "find"), " ${0} lost missing child "},
	{newGuarded(`(?i)^\W*who(?:'s|’s|s|\s+is|\s+sits|\s+comes)\s+(?:directly\s+|right\s+|immediately\s+)?above\s+(.+?)[\s?.!]*$`, "above"), "who does ${1} report to"}, // "who is above the asset director"
	// Belongings left behind or found are lost property: "passenger left
	// a phone on my bus", "found a wallet in screen 2".
	{newGuarded(`(?i)\b(?:left|forgot|forgotten|found|handed\s+in)\s+(?:a|an|his|her|their|my|your|some|this|the)\s+(?:\w+\s+)?(?:phone|mobile|bag|handbag|wallet|purse|keys?|coat|jacket|umbrella|laptop|glasses|belongings|item|items|property|card|bank\s+card|scarf|hat|watch|ring)\b`, "left", "forgot", "found", "handed"), " ${0} lost property "},
	{newGuarded(`(?i)(?:\b(?:money|cash)|[£$€]\s?\d[\d,.]*\s?k?|\b\d[\d,.]*\s?(?:k|quid|pounds|euros|dollars|bucks))\s+back\b`, "back"), " ${0} refund "}, // "who sorts out their money back", "wants £400 back"
	{newGuarded(`(?i)\b(?:crash|crashed|crashes|prang|pranged|bump|bumped|shunt)\b`, "crash", "prang", "bump", "shunt"), " ${0} collision accident "},     // "who says a driver can go back on the road after a crash"
	// A figure below zero is minus: "pallet arrived at -15" ("a pallet
	// warmer than minus 18 is refused"), not the 15th of a rota.
	{newGuarded(`(?:^|\s)[-−](\d+(?:[.,]\d+)?)\s*(?:°\s*[cC]?)?`, "-", "−"), " minus ${1} "},
	// The next of a kind of meeting is its "Next meeting": "when's the
	// next yard ops meeting" ("Next meeting: Wednesday 9 April").
	{newGuarded(`(?i)\bnext\s+(?:\S+\s+){1,3}(meeting|board|committee)\b`, "next"), " ${0} next ${1} "},
	// A measure typed with its unit run on or apart is both: "400mm" and
	// "400 mm", as the articles may write either.
	{newGuarded(`(?i)\b(\d+(?:\.\d+)?)\s?(mm|cm|km|kg|kw|kv|kwh|ml|mph|kph|ft)\b`, "mm", "cm", "km", "kg", "kw", "kv", "ml", "mph", "kph", "ft"), " ${1} ${2} ${1}${2} "},
	// An ordinal before a word, not a date, is that word's order: "when
	// do we open the 2nd ring" ("opens the second ring"), "1st aid", "3rd
	// party"; not in a list of them, as the articles write it ("3rd and
	// 4th floor").
	{newGuarded(`(?i)\b1st\s+\pL`, "1st").unless(notOrdinal), " first ${0}"},
	{newGuarded(`(?i)\b2nd\s+\pL`, "2nd").unless(notOrdinal), " second ${0}"},
	{newGuarded(`(?i)\b3rd\s+\pL`, "3rd").unless(notOrdinal), " third ${0}"},
	{newGuarded(`(?i)\bmat(?:ernity)?\s+leave\b`, "leave"), " maternity leave "}, // "who runs hollins while amira is on mat leave"
	{newGuarded(`(?i)\bpat(?:ernity)?\s+leave\b`, "leave"), " paternity leave "},
	{newGuarded(`(?i)\bpay\s*slips?\b|\bpay\s+stubs?\b|\bwage\s+slips?\b`, "slip", "stub"), " ${0} payroll "}, // "payslip question who do i ask": "Payroll queries go to …"
	{newGuarded(`(?i)\btime[- ]off\b|\bpto\b|\bannual\s+leave\b|\bholiday\s+(?:request|form|booking|approval|allowance|entitlement)s?\b|\b(?:book|booking|request|requesting|take|taking)\s+(?:a\s+|some\s+|my\s+)?holidays?\b`, "time", "pto", "annual", "holiday"), " ${0} leave holiday annual "},
	{newGuarded(`(?i)\b(?:has|have|gets?)\s+the\s+(?:final|last)\s+(?:say|word|call)\b|\bmakes?\s+the\s+(?:final\s+)?call\b|\btie[- ]?break(?:er|s)?\b`, "final", "last", "call", "tie"), " ${0} decides "},
	{newGuarded(`(?i)\ball\s+over\s+the\s+place\b`, "place"), " mess "},
	// Everyday verbs of work as the articles name the work: "how folks out
	// there see us" is how the brand is perceived, "customers we're going
	// after" the ones targeted, "someone needs to look into it" an
	// investigation, "teach everyone to read the numbers" data literacy.
	{newGuarded(`(?i)\bhow\s+(?:people|folks|customers|clients|the\s+public|the\s+world|others|outsiders|the\s+market|everyone)\s+(?:\w+\s+){0,2}(?:see|sees|view|views|perceive|think\s+of)\s+(?:us|the\s+company|our\s+company|our\s+brand)\b`, "see", "view", "perceive", "think"), " ${0} brand perceived reputation "},
	{newGuarded(`(?i)\b(?:go|goes|going|went|gone)\s+after\s+(?:\w+\s+)?(?:customers|clients|markets?|segments?|buyers|users|accounts)\b|\b(?:customers|clients|markets?|segments?|buyers|users|accounts)\s+(?:that\s+|which\s+)?(?:we'?re|we\s+are|are\s+we|we)\s+(?:going\s+after|chasing|aiming\s+at|targeting)\b`, "after", "chasing", "aiming", "targeting"), " ${0} target segments "},
	{newGuarded(`(?i)\blook(?:s|ed|ing)?\s+into\b`, "into"), " ${0} investigate investigation "},
	{newGuarded(`(?i)\b(?:read|reading|understand|understanding|interpret|interpreting)\s+(?:the\s+|our\s+)?(?:numbers|charts|graphs|dashboards|data|stats|statistics)\b`, "numbers", "charts", "graphs", "dashboards", "data", "stats"), " ${0} data literacy "},
	{newGuarded(`(?i)\bnot\s+(?:picking\s+up|answering|responding|reachable)\b|\b(?:isn'?t|is\s+not|doesn'?t|does\s+not|won'?t|didn'?t)\s+(?:pick(?:ing)?\s+up|answer(?:ing)?|respond(?:ing)?)\b|\b(?:can'?t|cannot|couldn'?t)\s+(?:reach|get\s+hold\s+of|get\s+through\s+to)\b|\bunreachable\b|\bno\s+answer\b`, "not", "n't", "cannot", "unreachable", "no answer"),
		" ${0} cannot be reached unavailable "},
	// An illness by its name is being ill: "on duty tonight but I've come
	// down with flu" ("if you are taken ill while on call"), "got covid",
	// "throwing up".
	{newGuarded(`(?i)\b(?:come|comes|came|coming)\s+down\s+with\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:bad\s+|nasty\s+|stomach\s+|tummy\s+|chest\s+|man\s+)?(?:flu|cold|covid|something|bug|virus|fever|temperature|norovirus|noro|tonsillitis|chickenpox|migraine|shingles|pneumonia|bronchitis|infection)\b|\b(?:got|have|has|caught|catch|had|with)\s+(?:a\s+|the\s+|some\s+)?(?:flu|covid|covid-19|norovirus|noro|a\s+bug|stomach\s+bug|tummy\s+bug|migraine|fever|temperature|chickenpox|food\s+poisoning)\b|\bthrowing\s+up\b|\bbeen\s+sick\s+all\b`, "down with", "flu", "covid", "noro", "bug", "migraine", "fever", "temperature", "chickenpox", "poisoning", "throwing", "sick all"), " sick ill unwell cannot "},
	{newGuarded(`(?i)\b(?:feel|feels|feeling|felt)\s+(?:a\s+bit\s+|really\s+|very\s+|pretty\s+)?(?:crook|unwell|poorly|ill|rough|rubbish|awful|terrible)\b|\bunder\s+the\s+weather\b|\bnot\s+feeling\s+(?:well|good|great|100%)`, "feel", "felt", "weather"), " sick "},
	// "Who runs things when the CEO is out" asks for the deputy.
	// The one away stays in the question ("when Gavin is on leave": the
	// minutes say who acts for Gavin).
	// "Find out who …" is no one out.
	{newGuarded(`(?i)\b(find|figure|work|check|sort|suss|point|reach|help|carve|roll|phase|log|opt|print|zoom)(?:s|ed|ing)?\s+out\b`, " out"), " ${1} "},
	{newGuarded(`(?i)\blet\s+(?:them|him|her|someone|somebody|anyone|my\s+\w+|the\s+\w+|\w+)\s+know\b`, "let"), " tell "},
	// Someone away, and who stands in, in German ("personalleiterin krank –
	// wer entscheidet", "wer vertritt den qmb"): the articles say
	// "Vertretung", "Stellvertreterin", "vertritt".
	{newGuarded(`(?i)\b(?:im|in)\s+urlaub\b|\bkrank\b|\babwesend\b|\bnicht\s+(?:da|erreichbar|im\s+haus)\b|\bverhindert\b|\bvertr(?:itt|eten|etung)\b|\bstellvertret\w*`, "urlaub", "krank", "abwesend", "nicht", "verhindert", "vertr", "stellvertret"),
		" ${0} vertretung stellvertreter stellvertreterin "},
	// The asker away ("feeling crook, cant make it in tomorrow") asks how
	// to tell, not who stands in (as "the chair can't make it" does).
	{newGuarded(`(?i)(?:^\W*|[,;:.!?-]\s*|\b(?:i|we)\s+)(?:can'?t|can’t|cannot|can\s+not)\s+make\s+it\s+(?:in|into\s+work|to\s+work|today|tomorrow|this\s+morning)\b`, "make it"), " not at work "},
	// Off sick: the asker, said first ("off sick tomorrow, who do i
	// tell"), asks how to tell; someone else is away. Either way, sick.
	{newGuarded(`(?i)^\W*(?:(?:i'?m|i’m|i\s+am|i\s+will\s+be|i'?ll\s+be)\s+)?(?:off|out)\s+sick\b`, "sick"), " sick not at work "},
	{newGuarded(`(?i)\b(?:off|out)\s+sick\b`, "sick"), " sick absent second in command deputy deputises "},
	{away, " ${1}${2} absent second in command deputy deputises "},
	{awayFirst, " ${1} absent second in command deputy deputises "},
	{newGuarded(`(?i)\bw/?c(\s+\d|\s+(?:mon|monday)\b)`, "w/c", "wc"), " week commencing${1}"}, // "whos dmoc w/c 9 june"
	{newGuarded(`(?i)\bw/?b(\s+\d|\s+(?:mon|monday)\b)`, "w/b", "wb"), " week beginning${1}"},
	{newGuarded(`(?i)\bsign(?:s|ed|ing)?[- ]off\b`, "sign"), " sign approve "},
	{newGuarded(`(?i)\bok(?:s|'?d|ed|ay)?\s+(?:that|this|it)\b|\b(?:to|can|could|may|might|must|will|would|should|who|pls|please)\s+ok(?:ay)?\s+(?:a|an|the|my|our|their|his|her|any|\d|£|\$|€)`, "ok"), " approve "}, // "who needs to ok a 100k analyser"
	{newGuarded(`(?i)\bco[- ]?sec\b`, "co sec", "cosec", "co-sec"), " company secretary "},
	// Security by its side, in Slack's shorthand: "prod sec vs corp sec".
	{newGuarded(`(?i)\bprod\s*sec\b`, "sec"), " product security "},
	{newGuarded(`(?i)\bcorp\s*sec\b`, "sec"), " corporate security "},
	{newGuarded(`(?i)\bapp\s*sec\b`, "sec"), " application security "},
	{newGuarded(`(?i)\binfo\s*sec\b`, "sec"), " information security "},
	// Who follows the top people one day is succession; spending more
	// than planned is the plan's drift; what is fixed first, priorities.
	{newGuarded(`(?i)\b(?:takes?|taking|took)\s+over\s+from\s+(?:\w+\s+){1,4}?(?:one\s+day|eventually|in\s+(?:the\s+)?future|when\s+(?:they|he|she)\s+(?:retires?|leaves?|goes?))\b|\bwhen\s+(?:the\s+|our\s+)?(?:ceo|md|boss|founder|chief\s+exec\w*)\s+retires\b`, "over from", "retires"), " ${0} succession successor "},
	{newGuarded(`(?i)\bburn(?:s|ing|t|ed)?\s+(?:through\s+)?(?:more|cash|money|too\s+much)\b|\boverspend\w*|\bover\s+budget\b|\b(?:more|faster)\s+than\s+(?:we\s+)?(?:planned|budgeted|said|forecast)\b`, "burn", "overspend", "budget", "than"), " ${0} spending budget plan drift "},
	{newGuarded(`(?i)\b(?:fix|fixed|build|built|tackle|ship)\s+(?:\w+\s+){0,2}?first\b|\bwhat\s+(?:comes|goes)\s+first\b`, "first"), " ${0} priorities order "},
	{newGuarded(`(?i)\b(?:not\s+under|without)\s+my\s+(?:own\s+)?name\b|\bwithout\s+(?:giving|saying)\s+(?:my\s+)?name\b`, "name"), " anonymously "},
	// "Different" before a plural is "various", no comparison: "our data
	// sits in different spreadsheets".
	{newGuarded(`(?i)\bdifferent\s+([a-z]+[^s\W]s)\b`, "different"), " various $1 "},
	{newGuarded(`(?i)\b(?:get|gets|getting|got)\s+rid\s+of\b`, "rid"), " remove dismiss "},
	{newGuarded(`\$\$+`, "$$"), " salary pay "},
	{newGuarded(`(?i)\bR\s*&\s*D\b`, "&"), " research and development "},
	{newGuarded(`(?i)\bH\s*&\s*S\b`, "&"), " health and safety "},
	{newGuarded(`(?i)\bmit(?:igating)?\s+circs?\b`, "circ"), " mitigating circumstances "},
	{newGuarded(`(?i)\bM\s*&\s*A\b`, "&"), " mergers and acquisitions "},
	{newGuarded(`(?i)\bP\s*&\s*L\b`, "&"), " profit and loss "},
	{newGuarded(`\bDX\b`, "dx"), " digital transformation "},
	{newGuarded(`(?i)\bmore\s+high\b`, "high"), " higher "},
	{newGuarded(`(?i)\bmore\s+low\b`, "low"), " lower "},
	{newGuarded(`(?i)\bmore\s+big\b`, "big"), " bigger "},
	{newGuarded(`(?i)\bmore\s+close\b`, "close"), " closer "},
}

// idiomsOfWhen are the idioms for a question of when ("when is fiona on
// leave"): someone's absence is what it asks the day of, so it is
// searched as typed, not as a question of who stands in.
// Leave is time away: "when is rupert on leave" is answered by "I am away
// from Monday 14 April".
var idiomsOfWhen = func() phraseTable {
	out := phraseTable{{newGuarded(`(?i)\bon\s+(?:\w+\s+)?(?:leave|holiday|vacation)\b`, "leave", "holiday", "vacation"), " ${0} away "},
		{newGuarded(`(?i)\bon\s+hols?\b`, "hol"), " on leave away "},                                                                        // "when is helen on hols"
		{newGuarded(`(?i)\b(?:is|are|will\s+be)\s+(?:\p{L}+\s+)?(?:off|out|away|ooo)\b`, "off", "out", "away", "ooo"), " ${0} leave away "}} // "when is helen off"
	for _, p := range idioms {
		if p.phrase != away && p.phrase != awayFirst {
			out = append(out, p)
		}
	}
	return out
}()

// notOrdinal is an ordinal of a date ("2nd may", "1st of june") or of a
// list ("3rd and 4th floor"): no order to read as a word.
var notOrdinal = `(?i)\b\d{1,2}(?:st|nd|rd|th)\s+(?:(?:of\s+)?(?:` + monthNames + `)\b|and\b|or\b|&|to\b)`
