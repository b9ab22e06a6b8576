package bot

import (
	"slices"
	"strings"
)

// entriesFirst puts first, for a question of what a role's letters stand
// for ("what does DSM stand for"), a glossary's entry of them: a passage
// that opens with the letters spelled out ("DSM – Deputy Stage Manager: on
// the book …"), before the section on what the role does ("Calls 'Stand by
// show stop'", under "What the DSM does") and the rows that only name
// someone's role with them ("Role: Deputy Stage Manager (DSM)").
func entriesFirst(hits []ranked, id string) []ranked {
	entry := make([]bool, len(hits))
	for i, h := range hits {
		entry[i] = slices.Contains(h.passage.expands, id) && opensWith(h.passage, id)
	}
	out, _ := putFirst(hits, entry)
	return out
}

// opensWith reports whether a passage, or one of its lines, opens with a
// mention of role id, after a list's bullet or number: "- DSM – Deputy
// Stage Manager", as the only entry or one of a list's.
func opensWith(p *passage, id string) bool {
	for _, m := range p.mentions {
		if m.ID == id {
			line := p.Text[strings.LastIndexByte(p.Text[:m.Start], '\n')+1 : m.Start]
			if strings.TrimLeft(line, " \t-*•·–0123456789.)") == "" {
				return true
			}
		}
	}
	return false
}
