package bot

// questionWords carry a question's intent but are stop words, which the
// index drops and so cannot offer as corrections: "waht does a CPO do",
// "who dose the COO manage", "teh". A word the index does not know that
// is a slip of the fingers for one of them is read as it.
var questionWords = []string{
	"what", "who", "whom", "whose", "which", "when", "where", "why", "how",
	"does", "did", "the", "are", "should", "would", "could", "can", "about",
	"their", "there", "than", "between", "with", "have", "into", "from",
}

// questionWordTypo returns the question word that t (analysed, unknown to
// the index) is a typo of: two letters swapped ("dose"), or, for words of
// four letters or more that are not English words themselves (isWord:
// "show" is not "how"), any slip that typo accepts.
func questionWordTypo(t string, isWord bool) (string, bool) {
	for _, w := range questionWords {
		if swapped(t, w) || !isWord && len(t) >= minCorrect && oneEditApart(t, w) && typo(t, w) {
			return w, true
		}
	}
	return "", false
}
