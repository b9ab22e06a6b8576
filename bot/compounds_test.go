package bot

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// Words run together are read as the two words the articles write:
// "oncall" as "on call" (the articles say "on-call"), "timeoff" as "time off",
// "cybersecurty", one of them misspelt, as "cyber security".
func TestRunTogetherWords(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"oncall.md": {Data: []byte("# Support\n\n## Rota\n\nThe on-call engineer answers pages within 15 minutes.\n\n" +
			"## Leave\n\nAsk your manager for time off.\n\n## Security\n\nThe CISO owns cyber security and the security awareness training.\n")},
		"wiki.md": {Data: []byte("# Wiki\n\nThe engineer of the week answers questions about the wiki.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"oncall engineer?", "on-call engineer"},
		{"timeoff?", "time off"},
		{"who handles cybersecurty", "cyber security"}, // and misspelt
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want the passage with %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Letters run into their number are written as the articles write them:
// "soc2" is "SOC 2"; an amount ("100k") stays as typed.
func TestLettersIntoNumber(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"security.md": {Data: []byte("# Security\n\n## Certifications\n\nWe hold a SOC 2 report; the CISO is the owner of the audit.\n\n" +
			"## Laptops\n\nThe service desk owns laptops and phones.\n")},
	})
	if a := answer(t, e, "who owns soc2"); !firstHolds(a, "SOC 2 report") {
		t.Errorf("excerpts %s, want the SOC 2 passage first", excerptIDs(a.Excerpts))
	}
	// A number run into its unit likewise: "25ppm" is "25 ppm"; a time
	// ("5pm") stays as typed.
	f := openFS(t, fstest.MapFS{
		"ammonia.md": {Data: []byte("# Ammonia alarms\n\n## Levels\n\nLow-level alarm (25 ppm): the extract fan runs at full speed and the engineer on call is phoned.\n\n" +
			"High-level alarm (150 ppm): the plant stops and the building is cleared. The second line engineer is called.\n\n## Hours\n\nThe plant room is checked at 5 pm each day.\n")},
	})
	if a := answer(t, f, "what happens at 25ppm"); !firstHolds(a, "Low-level alarm") {
		t.Errorf("excerpts %s, want the 25 ppm alarm first", excerptIDs(a.Excerpts))
	}
	for q, want := range map[string]string{"what happens at 25ppm": "what happens at 25 ppm", "who checks it at 5pm": "who checks it at 5pm",
		"who is 2nd line": "who is second line", "who is on 2nd june": "who is on 2nd june", "who is on june 2nd": "who is on june 2nd", "the 2nd of june": "the 2nd of june"} {
		if got, _ := f.correct(context.Background(), q); got != want {
			t.Errorf("correct(%q) = %q, want %q", q, got, want)
		}
	}
}

// In a question in German, its function words are no slips of English
// words the articles use: "wann" stays "wann", not "warn".
func TestGermanWordsAreNoTypos(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"safety.md":      {Data: []byte("# Safety\n\n## Warnings\n\nWe warn crews of storms early. Warn the duty manager of a bird strike.\n")},
		"betriebsrat.md": {Data: []byte("# Betriebsrat\n\n## Sprechstunden\n\nDer Betriebsrat hat montags bis donnerstags von 9 bis 12 Uhr Sprechstunde im Büro.\n")},
	})
	q, _ := e.correct(context.Background(), "wann hat der betriebsrat sprechstunde")
	if strings.Contains(q, "warn") {
		t.Errorf("corrected to %q: a German question word read as an English slip", q)
	}
	if a := answer(t, e, "wann hat der betriebsrat sprechstunde"); !firstHolds(a, "montags") {
		t.Errorf("excerpts %v, want the office hours first", excerptIDs(a.Excerpts))
	}
}

// Letters people type for a name the articles write out but never
// abbreviate ("what does the CCB decide": the Change Control Board) search for
// that name; letters two names share search for neither.
func TestLettersOfAPhrase(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"cc.md": {Data: []byte("# Change control\n\n## Approval\n\nA major change goes to the Change Control Board, which decides whether it may go ahead.\n\n" +
			"## Safety\n\nThe Safety Review Committee decides on label changes and decides what the company tells doctors.\n\n" +
			"## Records\n\nRecords go to the Central Records Bureau and to the Customer Relations Bureau.\n")},
	})
	if got := slices.Concat(e.shorthandUnits("what does the CCB decide")...); !slices.Equal(got, e.idx.Terms("change control board")) {
		t.Errorf("CCB searched as %v, want the Change Control Board's words", got)
	}
	if a := answer(t, e, "what does the CCB decide"); !firstHolds(a, "Change Control Board") {
		t.Errorf("excerpts %v, want the Change Control Board first", excerptIDs(a.Excerpts))
	}
	if got := e.lettersOfPhrase("CRB"); got != "" {
		t.Errorf("lettersOfPhrase(CRB) = %q, want none: two names have those letters", got)
	}
	// Letters the articles use but never spell out ("ask your ROD"),
	// typed in the plural too; a name written in the plural is the same.
	e = openFS(t, fstest.MapFS{
		"memo.txt": {Data: []byte("Summer cover\n\nIf anyone needs cover agreeing, ask your AM first, then your ROD. RODs and AMs sign off rotas.\n")},
		"regions.md": {Data: []byte("# Regional structure\n\n## Regions\n\n| Region | Regional Operations Director | Stores |\n|---|---|---|\n| North | Karen McAllister | 38 |\n| South | Tom Avery | 41 |\n\n" +
			"## What an Area Manager does\n\nAn Area Manager coaches the Store Managers on their patch and visits each store every month. Area Managers report to their Regional Operations Director.\n\n" +
			"## What a Regional Operations Director does\n\nRegional Operations Directors own the sales and standards of their region.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"whos the ROD for the north", "Karen McAllister"},
		{"what does an AM actually do", "An Area Manager coaches"},
		{"who do AMs report to", "Area Managers report to"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Letters the articles spell out once ("local governing board (LGB)") also
// search for what they stand for, where the articles write it out.
func TestSpelledLettersSearchTheirWords(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"gov.md": {Data: []byte("# Governance\n\n## Boards\n\nEach school has a local governing board (LGB) of parents, staff and community members.\n\n" +
			"## Marshgate\n\nChair of the Local Governing Board: Mrs Fiona Clarke.\n\n" +
			"## Chairs\n\nThe chair of the trust board chairs its meetings; the chair is elected each year; a chair serves three years.\n")},
	})
	a := answer(t, e, "lgb chair marshgate")
	at := func(s string) int {
		return slices.IndexFunc(a.Excerpts, func(x Excerpt) bool { return strings.Contains(x.Text, s) })
	}
	if board, trust := at("Fiona Clarke"), at("trust board"); board < 0 || trust >= 0 && trust < board {
		t.Errorf("excerpts %v, want the chair of the Local Governing Board before the trust board's", excerptIDs(a.Excerpts))
	}
}

// A German question finds the other forms of its words ("Bestellung":
// "Bestellungen"), which the English analyser leaves apart; a question
// with "wer" and one German verb is German.
func TestGermanForms(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"a-urlaub.md":  {Data: []byte("# Urlaub\n\n## Freigabe\n\nUrlaub gibt die direkte Führungskraft in HiBob frei.\n")},
		"b-einkauf.md": {Data: []byte("# Einkauf\n\n## Freigabe\n\nBestellungen gibt der Leiter Einkauf frei, Frank Eisele.\n")},
	})
	if a := answer(t, e, "wer gibt meine Bestellung frei?"); !firstHolds(a, "Leiter Einkauf") {
		t.Errorf("excerpts %v, want the purchase orders' passage first", excerptIDs(a.Excerpts))
	}
	for q, want := range map[string]bool{"bestelung 12.000 EUR wer zeichnet??": true, "wer vertritt den qmb": true, "who is the cfo": false} {
		if got := inGerman(q); got != want {
			t.Errorf("inGerman(%q) = %v, want %v", q, got, want)
		}
	}
}

// The lexicon knows German titles of its roles: a German page covers the
// DPO ("Datenschutzbeauftragte"), asked in English or by its German
// letters.
func TestGermanTitlesOfKnownRoles(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"datenschutz.md": {Data: []byte("# Datenschutz\n\n## Ansprechpartner\n\nDr. Anja Keller ist unsere Datenschutzbeauftragte. Sie berät die Geschäftsführung.\n")},
		"it.md":          {Data: []byte("# Group IT\n\n## Service desk\n\nThe service desk answers every ticket within a day.\n")},
	})
	for _, q := range []string{"who is the data protection officer pls", "wer ist unser DSB?"} {
		a := answer(t, e, q)
		if len(a.Uncovered) > 0 || !firstHolds(a, "Anja Keller") {
			t.Errorf("%q: excerpts %v, uncovered %v, want Anja Keller first", q, excerptIDs(a.Excerpts), a.Uncovered)
		}
	}
}

// Who stands in, asked in German ("wer vertritt den QMB"), is read in the
// articles' "Stellvertreterin", not in "vertritt das Unternehmen".
func TestGermanDeputies(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"qm.md": {Data: []byte("# Qualität\n\n## Kundenkontakt\n\nDer QMB vertritt das Unternehmen gegenüber Kunden in allen Qualitätsfragen und bei Audits.\n\n" +
			"## Der QMB\n\nDr. Bernd Kiefer ist unser QMB nach ISO 9001. Seine Stellvertreterin ist Anja Maier.\n")},
		"personal.md": {Data: []byte("# Personal\n\n## Personalfragen\n\nPersonalfragen entscheidet die Personalleiterin Claudia Reutter.\n\n" +
			"## Vertretung\n\nIst die Personalleiterin abwesend, entscheidet in Vertretung Hanna Keck.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"wer vertritt den qmb", "Stellvertreterin ist Anja Maier"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Whom someone reports to, asked in German ("an wen berichtet frau
// reutter"), is read in a row's "berichtet an" cell, by the surname the
// row writes with a first name.
func TestGermanReportingLine(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"gf.md": {Data: []byte("# Geschäftsführung\n\n## Berichtswege\n\n| Funktion | Name | berichtet an |\n|---|---|---|\n" +
			"| Personalleiterin | Claudia Reutter | Sprecher der Geschäftsführung |\n| Leiter Einkauf | Frank Eisele | Kaufmännische Geschäftsführerin |\n")},
		"vertretung.md": {Data: []byte("# Vertretung\n\n## Besondere Regeln\n\nFrau Reutter arbeitet in Teilzeit und berichtet jeden Montag über offene Stellen.\n\n" +
			"## Personal\n\nClaudia Reutter berichtet im Intranet; Reutter berichtet auch im Betriebsrat über Reutter-Themen.\n")},
	})
	if a := answer(t, e, "an wen berichtet frau reutter"); !firstHolds(a, "Claudia Reutter; berichtet an") {
		t.Errorf("excerpts %v, want her row first", excerptIDs(a.Excerpts))
	}
}

// "Wer ist der QMB?" opens on the sentence that says who is ("Dr. Bernd
// Kiefer ist unser QMB"), not on one about the QMB's powers or a
// minutes' list of who attended; "personalleiterin krank" is someone away
// ("krank" is no typo of "Frank", a name the articles hold).
func TestGermanWhoIsAndAway(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"qm.md": {Data: []byte("# Qualität\n\n## Der QMB\n\nDer QMB ist in Qualitätsfragen gegenüber allen Bereichen weisungsbefugt; der QMB kann eine Auslieferung stoppen.\n\n" +
			"Dr. Bernd Kiefer ist unser QMB nach ISO 9001. Er hält das Managementsystem aufrecht.\n")},
		"protokoll.txt": {Data: []byte("Protokoll GF/BR\n\nTeilnehmer: Dr. Brenner (GF), Frau Gönner (BR), Herr Kiefer (QMB), Frank Eisele (Einkauf)\n\nTOP 1 Arbeitszeit\n\nDie Gleitzeit bleibt.\n")},
		"vertretung.md": {Data: []byte("# Vertretungsregelung\n\n## Vertretungen\n\n| Funktion | Inhaber | 1. Vertretung |\n|---|---|---|\n" +
			"| Personalleiterin | Claudia Reutter | Hanna Keck |\n| Leiter Einkauf | Frank Eisele | Nicole Rapp |\n\n## Personal\n\nPersonalsachen entscheidet die Personalleiterin.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"wer ist der QMB?", "Dr. Bernd Kiefer ist unser QMB"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
	q := "personalleiterin krank – wer entscheidet personalsachen?"
	if got, _ := e.correct(context.Background(), q); got != q {
		t.Errorf("correct(%q) = %q: a German word read as a typo", q, got)
	}
	if g := awayFirst.FindStringSubmatch(q); g == nil || strings.TrimSpace(g[1]) != "personalleiterin" {
		t.Errorf("awayFirst(%q) = %q, want the Personalleiterin away", q, g)
	}
}

// In a folder written in English and German, a question in one finds a
// page written only in the other, by the words of the same thing
// ("procurement": "Einkauf").
func TestEnglishQuestionGermanPage(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"einkauf.md": {Data: []byte("# Einkauf\n\n## Leitung\n\nDer Einkauf bestellt alle Materialien für beide Werke. Leiter Einkauf ist Frank Eisele.\n")},
		"it.md":      {Data: []byte("# Group IT\n\n## Service desk\n\nThe service desk answers every ticket within a day and looks after laptops.\n")},
	})
	if a := answer(t, e, "who is in charge of procurement"); !firstHolds(a, "Leiter Einkauf ist Frank Eisele") {
		t.Errorf("excerpts %v (no match %v), want the German page first", excerptIDs(a.Excerpts), a.NoMatch)
	}
}

// Letters the articles spell out that are a common word too ("DO", the
// Duty Officer) are those letters only when typed in capitals: "what does
// kwame do" asks what Kwame does.
func TestCommonWordIsNoLetters(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"glossary.md": {Data: []byte("# Abbreviations\n\n| Letters | What they mean here | Watch out for |\n|---|---|---|\n" +
			"| DO | Duty Officer in the security control room | In charge of a building out of hours |\n" +
			"| DM | Duty Manager on the gallery floor | In charge during opening hours |\n")},
		"duty.md": {Data: []byte("# Duty roles\n\n## Duty Officer\n\nThe Duty Officer watches the alarms and the cameras around the clock and calls the police when needed. " +
			"The duty officer logs every incident.\n\n## Duty Manager\n\nThe Duty Manager runs the building during opening hours and is the duty lead for visitors.\n")},
		"learning.md": {Data: []byte("# Learning\n\n## The team\n\nKwame Boateng is the Schools and Families Manager. He runs school sessions, teacher training and family weekends.\n")},
	})
	if a := answer(t, e, "what does kwame do"); !firstHolds(a, "Kwame Boateng") {
		t.Errorf("excerpts %v, want Kwame's passage first", excerptIDs(a.Excerpts))
	}
	if a := answer(t, e, "what does the DO do"); !firstHolds(a, "The Duty Officer watches") {
		t.Errorf("excerpts %v, want the Duty Officer's passage first", excerptIDs(a.Excerpts))
	}
}

func TestAskedName(t *testing.T) {
	for q, want := range map[string]string{
		"who is kwame mensah":                   "kwame mensah",
		"who is Priyanka and what does she do?": "Priyanka",
		"who's priyanka, what does she handle":  "priyanka",
		"who is the CFO and what do they do":    "",
		"who's covering owen in june":           "", // a verb, no name
		"who's baz on the freight desk":         "baz",
		"who is marine on call 10 march":        "", // a duty, no name
		"who's yard on duty this weekend":       "",
		"who is priyanka on call with":          "priyanka",
	} {
		if got := askedName(q); got != want {
			t.Errorf("askedName(%q) = %q, want %q", q, got, want)
		}
	}
}

// A title's word with another ending of who does it is the one the
// articles write: "herdsman" where they say "herdsperson", "craftswoman"
// where they say "craftsperson".
func TestOtherGender(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"farm.md": {Data: []byte("# The farm\n\n## Herd\n\nThe Head Herdsperson, Bethan Morgan, leads the day-to-day care of the herd: breeding, calving and foot trimming.\n\n" +
			"## Estate\n\nThe estate craftsperson, Idris Jones, mends the gates, the fences and the farm shop's shelving.\n\n## Parlour\n\nThe parlour team milks twice a day and washes the plant.\n")},
		"shop.md": {Data: []byte("# The shop\n\n## Who is who\n\nWho is who in the shop: the Shop Manager is the head of the shop and does the ordering.\n\n" +
			"## Signing\n\nWho signs for deliveries: whoever is on the till signs for them.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who is the herdsman", "Head Herdsperson"},
		{"who is our craftswoman", "estate craftsperson"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want the passage with %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
	if w, ok := e.otherGender("German"); ok {
		t.Errorf("otherGender(German) = %q, want none", w)
	}
}

// "Foreman" finds the articles' "Foremen", which the stemmer does not
// join.
func TestManAndMen(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"limits.md": {Data: []byte("# Spending limits\n\n| Who | Can approve up to | Notes |\n|---|---|---|\n" +
			"| Works Manager | £15,000 | Anything else |\n| Foremen and supervisors | £1,000 | Within their department budget |\n\n" +
			"## Approvals\n\nEvery order is approved before it is placed, and approved orders are filed by the office.\n\n" +
			"## Owner\n\nOwner: Stan Kowalczyk, Beamhouse Foreman. Approved by the Works Manager.\n")},
	})
	if a := answer(t, e, "how much can a foreman approve"); !firstHolds(a, "Foremen and supervisors") {
		t.Errorf("excerpts %v, want the foremen's row first", excerptIDs(a.Excerpts))
	}
}
