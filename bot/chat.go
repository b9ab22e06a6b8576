package bot

// chatSaid is what a question says besides what it asks, as Slack types
// it: a greeting to the bot ("hi rolebot 👋", "morning all!"), an excuse
// ("sorry if dumb q but", "sorry to bug you -"), an aside ("never heard
// of it", "asking for a friend", "always forget"). Its words are no
// subject: "morning" would find a morning shift, "rolebot" or "dumb"
// whatever the spelling corrector makes of them. A greeting counts only
// at the start and followed by a mark or whom it greets ("morning shift
// rota" asks for the morning shift).
var chatSaid = phraseTable{
	{newGuarded(`(?i)^[\s\p{P}\p{S}]*(?:(?:hi+|hey+|hello|hiya|heya|howdy|yo|morning|mornin|evening|afternoon|good\s+(?:morning|afternoon|evening)|thanks|thank\s+you|thx|cheers)(?:\s+(?:all|everyone|folks|team|there|guys|again|@?rolebot|bot))*(?:\s*[\p{P}\p{S}]+\s*|\s*$))+`,
		"hi", "hey", "hello", "yo", "morning", "mornin", "evening", "afternoon", "thank", "thx", "cheers"), " "},
	{newGuarded(`(?i)^[\s\p{P}\p{S}]*(?:hey+|hiya|heya|howdy|yo)\s`, "hey", "hiya", "heya", "yo", "howdy"), " "}, // "heyyy what's a CHRO": a greeting, however it goes on ("hi vis" is no greeting)
	{newGuarded(`(?i)\b(?:hi+|hey+|hello|hiya|heya|yo|thanks|thank\s+you|thx|cheers)\s+(?:@?rolebot|bot)\b|@?\brolebot\b`, "bot"), " "},
	{newGuarded(`(?i)\b(?:lol|lmao|haha+|hehe+|thx|ty)\b`, "lol", "lmao", "haha", "hehe", "thx", "ty"), " "},
	{newGuarded(`(?:[,.!?]\s*|\s+)ta\s*[\p{P}\p{S}\s]*$`, "ta"), " "}, // "difference between cto and cio? ta", not a TA
	{newGuarded(`(?i)\b(?:sorry\s+(?:if\s+(?:this\s+is\s+)?(?:a\s+)?|for\s+(?:the\s+|a\s+)?)?)?(?:dumb|silly|stupid|daft|noob|newbie)\s+(?:q|qs|question|questions)\b(?:\s*[,;:–—-]?\s*but\b)?`, "dumb", "silly", "stupid", "daft", "noob", "newbie"), " "},
	{newGuarded(`(?i)\bsorry\s+to\s+(?:bug|bother|pester|trouble)(?:\s+(?:u|you|ya|y'all|everyone|all|you\s+all))?\b(?:\s*[,;:–—-]?\s*but\b)?`, "sorry"), " "},
	{newGuarded(`(?i)\bnever\s+heard\s+of\s+(?:it|one|them|this|that|those)\b`, "heard"), " "},
	{newGuarded(`(?i)\basking\s+for\s+(?:a|my)\s+(?:friend|mate|pal|client|colleague|co-?worker|podcast)\b`, "asking"), " "},
	{newGuarded(`(?i)\b(?:i\s+)?(?:always|keep)\s+forget(?:ting)?\b`, "forget"), " "},
	{newGuarded(`(?i)\bwhen\s+it(?:'|’)?s\s+at\s+home\b`, "home"), " "},
	{newGuarded(`(?i)\b(?:thanks|thank\s+you|thx|ty|cheers|tia)\s+in\s+advance\b`, "advance"), " "},
	// Where letters were heard, after a question of what they are ("what's
	// an MRT? the workshop keeps going on about it", "what's the DIR they
	// keep saying on the radio"): no subject of the question. Letters in
	// capitals only: "what's the policy? my manager keeps saying i need
	// approval" tells what the question is about.
	{newGuarded(`((?i:\bwhat(?:'s|’s|s|\s+is|\s+are|\s+does|\s+do))\s+(?i:an?\s+|the\s+)?["'‘“]?[A-Z][A-Z0-9&/]{1,6}["'’”]?(?i:\s+(?:mean|stand\s+for))?)\s*(?:[?!.,;:–—-]+\s*|\s+(?i:that|which)\s+|\s+)(?i:(?:they|people|everyone|everybody|folks?|you|we|i|he|she|(?:the|my|our)\s+\p{L}+)\s+(?:keeps?|kept|always|often|are\s+always|is\s+always)\s+(?:saying|says?|said|mention(?:ing|s)?|us(?:ing|es?)|writ(?:ing|es?)|going\s+on\s+about|talking\s+about|seeing|sees?|hearing|hears?|putting)\b[^?]*)$`,
		"keep", "kept", "always", "often"), "$1"},
	// Who keeps talking of it, at the end, of a word the question asks
	// about: "who is the gaffer everyone keeps going on about", "what's a
	// brite tank people keep mentioning?". Nothing after it ("my manager
	// keeps saying i need approval" tells the subject), and not what they
	// keep saying, which may quote it.
	{newGuarded(`(?i)\s+(?:that\s+|which\s+|who\s+)?(?:everyone|everybody|people|they|folks|you\s+all|y'?all)\s+(?:keeps?|kept|always|are\s+always|is\s+always)\s+(?:going\s+on\s+about|talking\s+about|mentioning|banging\s+on\s+about|on\s+about)\s*([?!.]*)\s*$`,
		"keep", "kept", "always"), "$1"},
}

// onlyThanks is a message that only thanks: "thanks!", "thx 🙏", "cheers
// rolebot", "thank you so much".
var onlyThanks = newGuarded(`(?i)^[\s\p{P}\p{S}]*(?:thanks|thank\s+you|thx|ty|cheers|ta|many\s+thanks)(?:\s+(?:so\s+much|a\s+lot|a\s+bunch|again|all|team|@?rolebot|bot|mate))*[\s\p{P}\p{S}]*$`, "thank", "thx", "ty", "cheers", "ta")
