package bot

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// "What does DSM stand for" is answered by the glossary's entry that
// spells the letters out, not by the section on what the DSM does, whose
// "Stand by" matches the question's words, nor by a contact sheet's rows.
func TestLettersAnsweredByGlossaryEntry(t *testing.T) {
	var rota strings.Builder
	rota.WriteString("# Show rota\n\n| Date | Deputy Stage Manager (DSM) on the book | Notes |\n|---|---|---|\n")
	for d := 1; d <= 20; d++ {
		rota.WriteString("| " + string(rune('0'+d/10)) + string(rune('0'+d%10)) + " April | Kofi Mensah | The DSM calls the show |\n")
	}
	e := openFS(t, fstest.MapFS{
		"show-stop.md": {Data: []byte("# Show stop procedure\n\n## What the DSM does\n\n1. Calls \"Stand by show stop\" to LX and sound, then \"Go show stop\".\n2. Reads the announcement from the prompt desk.\n\n" +
			"## Who can call a show stop\n\nOnly the DSM stops the show, on the call of the CSM or the Duty Manager.\n")},
		"contacts.md": {Data: []byte("# Contact sheet\n\n| Name | Role | Mobile |\n|---|---|---|\n| Kofi Mensah | Deputy Stage Manager (DSM) | 07700 900101 |\n| Joanna Reilly | Company Stage Manager (CSM) | 07700 900102 |\n")},
		"rota.md":     {Data: []byte(rota.String())},
		"glossary.md": {Data: []byte("# Glossary\n\n## Job titles\n\n- CSM – Company Stage Manager: looks after the company\n- DSM – Deputy Stage Manager: on the book, keeps the prompt copy and calls the show\n- FOH – front of house: the audience side\n")},
	})
	for _, q := range []string{"what does DSM stand for", "DSM stands for what?"} {
		a := answer(t, e, q)
		if !firstHolds(a, "DSM – Deputy Stage Manager: on the book") {
			t.Errorf("%q: excerpts %v, want the glossary's entry first", q, excerptIDs(a.Excerpts))
		}
	}
}

// A question of what a term means is answered by the glossary's entry of
// it, before the passages that only use the term.
func TestTermEntriesFirst(t *testing.T) {
	for q, want := range map[string]string{
		"what does 'second on' mean":           "second on",
		"what does PTS mean on the board":      "PTS",
		"whats a VIP2":                         "VIP2",
		"wat is revpar?":                       "revpar",
		"meaning of float":                     "float",
		"what does the night manager do":       "",
		"what is the difference":               "difference",
		"what counts as a p3":                  "p3",
		"what is classed as gross misconduct?": "gross misconduct",
	} {
		if got, _ := termAsked(q); got != want {
			t.Errorf("termAsked(%q) = %q, want %q", q, got, want)
		}
	}
	e := openFS(t, fstest.MapFS{
		"ops.md": {Data: []byte("# Night operations\n\n## Arrivals\n\nThe VIP2 arrival on 22 July will be greeted by the GM. Second on duty is whoever is free.\n\n" +
			"The second on call rota is on the board; PTS means the board is updated.\n")},
		"glossary.csv": {Data: []byte("Abbreviation,Stands for\nVIP2,VIP level two: press or owners' guests\nRevPAR,revenue per available room\n")},
		"repairs.md": {Data: []byte("# Repairs\n\n## Priorities\n\n| Priority | What it covers |\n|---|---|\n| P2 Urgent | a blocked sink |\n| P3 Routine | dripping taps, sticking doors |\n\n" +
			"## Performance\n\nIn target: P2 91%, P3 84%. P3 counts would recover once the P3 backlog of P3 jobs is cleared.\n")},
		"slang.md": {Data: []byte("# Slang\n\n- Second on: the backup vet on the rota who comes in when needed.\n- PTS: put to sleep.\n- Float: the cash in the till at the start of a shift.\n- Comp: a free room.\n- OOO: out of order.\n- OOS: out of service.\n")},
	})
	for q, want := range map[string]string{
		"what does 'second on' mean": "Second on: the backup vet",
		"whats a VIP2":               "VIP level two",
		"what counts as a p3":        "dripping taps",
	} {
		if a := answer(t, e, q); len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, want) {
			t.Errorf("%q: excerpts %s, want %q first", q, excerptIDs(a.Excerpts), want)
		}
	}
}

// A glossary's entry of a term: a line that opens with it and a colon or
// a dash, a table's row whose first cell it is, or a sentence that says
// what it means in so many words.
func TestEntryOf(t *testing.T) {
	for _, tc := range []struct {
		text, term string
		want       bool
	}{
		{"- Second on: the backup vet", "second on", true},
		{"RevPAR – revenue per available room", "RevPAR", true},
		{"Abbreviation: VIP2; Stands for: VIP level two", "VIP2", true},
		{"Priority: P3 Routine; What it covers: dripping taps", "p3", true},                     // the term and its name
		{"Priority: P3 Routine work of the week; Days: 20", "p3", false},                        // a phrase that starts with it
		{"- CH: Chargehand, the working lead of a grounds crew", "chargehand", true},            // spelled out after its letters
		{"Role: Chargehand; Abbreviation: CH; Purchase limit: up to £150", "chargehand", false}, // a row of a role, no glossary
		{"At the Fenwick Institute, SW means the Station Warden.", "SW", true},
		{"Here DA here means directly allocated costs.", "DA", true},
		{"The VIP2 arrival on 22 July", "VIP2", false},
		{"The SWAT team means business.", "SW", false},
		{"Ask the SW; it means a call.", "SW", false},
		{"Rag-out\nAn item taken out of circulation because it is torn.", "rag out", true}, // the term over its meaning
		{"Rag-out", "rag out", false},                                                      // a heading alone
		{"Rag-outs rose in May\nso linen control counted them.", "rag out", false},
		{"\"The Linhay\" is the family room at the end of the ward.", "linhay", true}, // a sentence that says what it is
		{"A sublet job is a job we send out to another garage.", "sublet job", true},
		{"The Linhay is where the funeral directors collect.", "linhay", true},
		{"The Linhay is being repainted in May.", "linhay", false},
		{"Funeral directors collect from the side door by the Linhay.", "linhay", false},
	} {
		if got := entryOf(tc.text, tc.term); got != tc.want {
			t.Errorf("entryOf(%q, %q) = %v, want %v", tc.text, tc.term, got, tc.want)
		}
	}
}

// "What does SAP stand for" is answered by the glossary's entry, though a
// staff list's rows that each name the letters and an "Abbreviation" cell
// fill every place the search gives.
func TestEntryBeyondTheRowsFound(t *testing.T) {
	var staff strings.Builder
	staff.WriteString("name,job_title,abbreviation,authorisation\n")
	for i := range 30 {
		fmt.Fprintf(&staff, "Person %c%c,Field Engineer %d,FE%d,SAP (HV)\n", 'A'+i%26, 'a'+i/26, i, i)
	}
	e := openFS(t, fstest.MapFS{
		"staff.csv": {Data: []byte(staff.String())},
		"glossary.md": {Data: []byte("# Glossary\n\n## Roles\n\n- SAP: Senior Authorised Person, the highest level of authorisation; can issue a Permit to Work.\n" +
			"- AP: Authorised Person, can carry out switching.\n- CP: Competent Person, works under a safety document.\n")},
		"rules.md": {Data: []byte("# Safety rules\n\nOnly a Senior Authorised Person (SAP) may issue a Permit to Work on HV plant.\n")},
	})
	if a := answer(t, e, "what does SAP stand for"); !firstHolds(a, "SAP: Senior Authorised Person, the highest") {
		t.Errorf("excerpts %v, want the glossary's entry first", excerptIDs(a.Excerpts))
	}
}

// "What does HSEQ stand for", letters of no role but inside one's (the
// HSEQ Manager's), is answered by the passage whose words spell them out,
// "health, safety, environment and quality", not by the rows that only
// use them.
func TestLettersSpelledOutInARow(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"tasks.md": {Data: []byte("# Tasks\n\n| Task | Who |\n|---|---|\n| Report to the HSE under RIDDOR | HSEQ Manager, or the MD when she is away |\n" +
			"| Approve a new subcontractor's RAMS | HSEQ Manager |\n| Sign off the HSEQ annual report | HSEQ Manager |\n")},
		"org.md": {Data: []byte("# Organisation\n\n## Safety\n\nRachel Opie is the HSEQ Manager (HSEQM) – health, safety, environment and quality. She reports to the Managing Director and chairs the safety committee.\n")},
	})
	if a := answer(t, e, "what does HSEQ stand for"); !firstHolds(a, "health, safety, environment and quality") {
		t.Errorf("excerpts %v, want the passage that spells HSEQ out first", excerptIDs(a.Excerpts))
	}
	for _, tc := range []struct {
		text, letters string
		want          bool
	}{
		{"HSEQ Manager, health, safety, environment and quality", "hseq", true},
		{"the Head of Valuations leads the specialists", "hov", true},
		{"the Managing Director signs", "md", true},
		{"she will make decisions", "md", false},
		{"Who: HSEQ Manager, or the MD when she is away", "hseq", false},
	} {
		if got := inRow(tc.text, tc.letters); got != tc.want {
			t.Errorf("inRow(%q, %q) = %v, want %v", tc.text, tc.letters, got, tc.want)
		}
	}
}

// "What does the CA do", asked by the letters of a post the articles
// define only in their glossary, is answered by the glossary's entry ("CA:
// Conservation Adviser, who advises on historic pipework"), not by the
// minutes' line that names the post and little else.
func TestWhatLettersDoAnsweredByGlossaryEntry(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"minutes.txt": {Data: []byte("Team meeting, 3 March 2025\n\n1. Quotations\n\nMarcus asked that the Conservation Adviser be copied into every quotation. Agreed.\n\n" +
			"2. Fire drill\n\nGareth reminded everyone that the fire drill is on 16 April.\n")},
		"restoration.md": {Data: []byte("# Restoration stages\n\n## Survey\n\nThe Tonal Director and the Conservation Adviser visit together and write a survey report on the organ's history and condition.\n\n" +
			"## Dismantling\n\nThe site crew takes down the pipework under the Site Foreman. Every part is photographed and labelled before it moves.\n")},
		"glossary.md": {Data: []byte("# Glossary\n\n## Our abbreviations\n\n- CA: Conservation Adviser, who advises on historic pipework and fabric\n- TD: Tonal Director, who writes the tonal scheme of every organ\n- SF: Site Foreman, who runs the crew on site\n")},
	})
	for _, q := range []string{"what does the CA do", "what does a CA do?"} {
		if a := answer(t, e, q); !firstHolds(a, "who advises on historic pipework") {
			t.Errorf("%q: excerpts %v, want the glossary's entry first", q, excerptIDs(a.Excerpts))
		}
	}
}
