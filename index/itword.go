package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// itFilter is the name of the token filter that keeps "IT" (information
// technology) from the stop list, which would drop it as the pronoun "it":
// written in capitals, it is indexed and searched as itTerm. "The IT
// department" then matches "who runs IT", and "it" still matches nothing.
const itFilter = "rolebot_it"

// itTerm is what "IT" is indexed as: no word the tokenizer makes, so it
// stands for nothing else, and the stemmer leaves it alone.
const itTerm = "i.t."

func init() {
	err := registry.RegisterTokenFilter(itFilter, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return itWord{}, nil
	})
	if err != nil {
		panic("index: " + err.Error())
	}
}

type itWord struct{}

func (itWord) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if len(t.Term) == 2 && t.Term[0] == 'I' && t.Term[1] == 'T' {
			t.Term = []byte(itTerm)
		}
	}
	return in
}
