package bot

import (
	"maps"
	"strings"
	"testing"
	"testing/fstest"
)

// The other names the articles give their names are learned from the
// sentences that say so, and a question that uses one searches the name
// they use.
func TestCalledNames(t *testing.T) {
	got := map[string]string{}
	for _, text := range []string{
		"- CCA: Client Care Advisor, our name for a receptionist; answers phones and takes payment.",
		"- HVS: Head of Veterinary Services, often just called the Head Vet",
		"Road Inspectors, also called service supervisors, work on the street at busy stops.",
		"The Depot Inspector runs the output desk, also called the traffic office window. They sign you on.",
		"- STW: Sewage Treatment Works, also called a water recycling centre in newer documents.",
		"The manager, who is called at night, decides.",
	} {
		calledNames(text, got)
	}
	want := map[string]string{
		"receptionist":           "Client Care Advisor",
		"head vet":               "Head of Veterinary Services",
		"service supervisors":    "Road Inspectors",
		"traffic office window":  "output desk",
		"water recycling centre": "Sewage Treatment Works",
	}
	if !maps.Equal(got, want) {
		t.Errorf("calledNames = %v\nwant %v", got, want)
	}

	e := openFS(t, fstest.MapFS{
		"glossary.md": {Data: []byte("# Glossary\n\n- HVS: Head of Veterinary Services, often just called the Head Vet\n- RVN: registered veterinary nurse\n")},
		"team.md": {Data: []byte("# Team\n\n## Reporting\n\nThe Head of Veterinary Services reports to the Clinical Director.\n\n" +
			"## Vets\n\nEvery vet reports to the head of their clinic, and the vet on call reports any death to the vet lead.\n")},
	})
	if a := answer(t, e, "who does the head vet report to"); len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "Head of Veterinary Services reports to") {
		t.Errorf("excerpts %s, want the Head of Veterinary Services' line first", excerptIDs(a.Excerpts))
	}
}
