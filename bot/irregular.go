package bot

// irregular groups the forms of English verbs that change their stem in
// the past ("the picture froze", "a frozen screen", "if it freezes"), which
// the stemmer cannot join: each form is a related word of the others (see
// newThesaurus). Verbs too common to tell passages apart ("do", "go",
// "make", "get", "say") and forms that are also other words ("left",
// "led", "lay") stay out.
var irregular = [][]string{
	{"freeze", "froze", "frozen"}, {"break", "broke", "broken"}, {"steal", "stole", "stolen"},
	{"write", "wrote", "written"}, {"give", "gave", "given"}, {"lose", "lost"},
	{"send", "sent"}, {"spend", "spent"}, {"buy", "bought"}, {"bring", "brought"},
	{"catch", "caught"}, {"fall", "fell", "fallen"}, {"hide", "hid", "hidden"},
	{"keep", "kept"}, {"meet", "met"}, {"sell", "sold"}, {"tell", "told"},
	{"win", "won"}, {"forget", "forgot", "forgotten"}, {"throw", "threw", "thrown"},
	{"drive", "drove", "driven"}, {"ride", "rode", "ridden"}, {"choose", "chose", "chosen"},
	{"speak", "spoke", "spoken"}, {"begin", "began", "begun"}, {"tear", "tore", "torn"},
	{"wear", "wore", "worn"}, {"bite", "bit", "bitten"}, {"fly", "flew", "flown"},
	{"grow", "grew", "grown"}, {"find", "found"}, {"hold", "held"}, {"stand", "stood"},
	{"feel", "felt"}, {"fight", "fought"}, {"seek", "sought"}, {"teach", "taught"},
	{"deal", "dealt"}, {"burn", "burnt"}, {"dig", "dug"}, {"sink", "sank", "sunk"},
	{"shake", "shook", "shaken"}, {"swim", "swam", "swum"}, {"sting", "stung"},
	{"spill", "spilt"}, {"lend", "lent"}, {"bend", "bent"}, {"build", "built"},
	{"feed", "fed"}, {"bleed", "bled"}, {"hang", "hung"}, {"shoot", "shot"},
	{"strike", "struck"}, {"swear", "swore", "sworn"}, {"wake", "woke", "woken"},
	{"undertake", "undertook", "undertaken"}, {"withdraw", "withdrew", "withdrawn"},
	{"overtake", "overtook", "overtaken"}, {"oversee", "oversaw", "overseen"},
}
