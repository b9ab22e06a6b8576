package bot

// The small words of Spanish, French, Italian, Portuguese and Dutch,
// which no English stop list has ("¿quién está de guardia?", "qui
// est le DPO"): in every passage of a page in that language, the
// subject of none. Words that are English too ("do", "van", "con",
// "al") are not among them, nor are two letters that can be an
// abbreviation ("EM", "DA", "SE").
var fillerAbroad = []string{
	"de", "del", "la", "las", "el", "los", "que", "qué", "en", "y", "por", "para", "una", "está", "están", "sus",
	"quién", "quien", "cuál", "cómo", "dónde", "cuándo", "este", "esta", "estos",
	"des", "les", "est", "sont", "une", "qui", "quel", "quelle", "où", "pour", "dans", "sur", "aux", "cette", "elle", "je", "vous", "nous",
	"della", "delle", "dei", "degli", "gli", "che", "chi", "è", "per", "nel", "nella", "sono",
	"das", "uma", "não", "quem", "qual", "são",
	"het", "een", "wie", "welke", "zijn", "niet", "bij",
}
