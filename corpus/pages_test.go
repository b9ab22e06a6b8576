package corpus_test

import (
	"strings"
	"testing"
)

// Text exported from a PDF: a contents list with dotted leaders, numbered
// and capital headings with their text right under them, lines wrapped
// (joined again) with words hyphenated across them, a running footer and a
// form feed between pages, one of them in the middle of a paragraph.
func TestPDFExport(t *testing.T) {
	text := "ACME FREIGHT\nLEADERSHIP HANDBOOK\n\n" +
		"CONTENTS\n1. Purpose ........................ 1\n2. The Executive Committee .......... 1\n   2.1 Chief Financial Officer ...... 2\n\n" +
		"1. PURPOSE\nThis handbook explains who leads Acme Freight and what each senior\nrole is respon-\nsible for.\n\n" +
		"2. THE EXECUTIVE COMMITTEE\nThe committee meets every Tuesday and is chaired by the chief execu-\ntive, who decides when it cannot agree.\n\n" +
		"2.1 Chief Financial Officer\nThe Chief Financial Officer owns the budget, cash and the financial\n\n" +
		"Acme Freight — Leadership Handbook        Page 1 of 2\n\freporting of the group, and signs off any purchase above a million.\n\n" +
		"A strong CFO here knows the cost of empty running.\n\n" +
		"Acme Freight — Leadership Handbook        Page 2 of 2\n"
	a := loadArticle(t, "handbook.txt", []byte(text))
	if a.Title != "ACME FREIGHT — LEADERSHIP HANDBOOK" {
		t.Errorf("title %q, want both lines of the title", a.Title)
	}
	checkSections(t, a, []section{
		{"1. PURPOSE", []string{"This handbook explains who leads Acme Freight and what each senior role is responsible\nfor."}},
		{"2. THE EXECUTIVE COMMITTEE", []string{"The committee meets every Tuesday and is chaired by the chief executive, who decides when it cannot agree."}},
		{"2. THE EXECUTIVE COMMITTEE › 2.1 Chief Financial Officer", []string{
			"The Chief Financial Officer owns the budget, cash and the financial reporting of the group, and signs off any purchase above a million.",
			"A strong CFO here knows the cost of empty running.",
		}},
	})
}

// Lines that only look like page furniture stay: a line of dashes under a
// heading underlines it, a sentence said twice is text, a hyphen before a
// capital is no broken word.
func TestPDFLookalikes(t *testing.T) {
	text := "Roles\n\nReporting lines\n-----------------\nThe CFO reports to the CEO.\n\nAsk early.\n\nThe CFO reports to the CEO.\n\nAsk early.\n\nSee the Anglo-\nSaxon model.\n"
	a := loadArticle(t, "roles.txt", []byte(text))
	checkSections(t, a, []section{
		{"Reporting lines", []string{"The CFO reports to the CEO.", "Ask early.", "The CFO reports to the CEO.", "Ask early.", "See the Anglo-\nSaxon model."}},
	})
}

// A heading underlined with dashes is no rule between pages: a table's
// rows that differ by their dates alone stay rows ("Sat 02 Jan 2027
// Dafydd Morgan Van 1", "Sat 30 Jan 2027 Dafydd Morgan Van 1"), and an
// underlined title's rule is no passage.
func TestUnderlinedHeadingIsNoPageRule(t *testing.T) {
	text := "How the rota works\n------------------\n\nSwaps go to Rhian.\n\nSATURDAY DRIVER\n\nSaturday          Driver               Van\n" +
		"---------------   ------------------   ------\nSat 26 Dec 2026   no deliveries        -\nSat 02 Jan 2027   Dafydd Morgan        Van 1\n" +
		"Sat 09 Jan 2027   Kieran Lloyd         Van 2\nSat 30 Jan 2027   Dafydd Morgan        Van 1\n"
	a := loadArticle(t, "rota.txt", []byte(text))
	var all []string
	for _, s := range a.Sections {
		for _, p := range s.Passages {
			all = append(all, p.Text)
		}
	}
	got := strings.Join(all, "\n")
	for _, want := range []string{"Sat 02 Jan 2027; Driver: Dafydd Morgan", "Sat 30 Jan 2027; Driver: Dafydd Morgan"} {
		if !strings.Contains(got, want) {
			t.Errorf("passages %q: no %q", all, want)
		}
	}
	if strings.Contains(got, "-----") {
		t.Errorf("passages %q: a rule quoted", all)
	}
}

// An FAQ in plain text: a section heading in capitals right over its first
// question, questions written "Q: …" (with or without a question mark),
// answers "A: …" under them.
func TestPlainFAQ(t *testing.T) {
	text := "Who do I ask?\n\nSECTION A — PAY\nQ: My payslip is wrong. Who sorts this out?\n\nA: Payroll, led by the Head of People.\n\n" +
		"Q: My expense claim has not been paid.\n\nA: The finance service centre pays expenses.\n"
	a := loadArticle(t, "faq.txt", []byte(text))
	checkSections(t, a, []section{
		{"Q: My payslip is wrong. Who sorts this out?", []string{"A: Payroll, led by the Head of People."}},
		{"Q: My expense claim has not been paid.", []string{"A: The finance service centre pays expenses."}},
	})
}

// Wiki exports: a Markdown page whose title is a setext heading, and an
// AsciiDoc-like text whose headings are marked "= " and "== ".
func TestWikiExportTitles(t *testing.T) {
	md := loadArticle(t, "gm.md", []byte("Regional Managers\n=================\n\nIntro.\n\nReporting lines\n---------------\n\nThe GM reports to the CEO.\n"))
	if md.Title != "Regional Managers" {
		t.Errorf("Markdown title %q, want the setext heading", md.Title)
	}
	checkSections(t, md, []section{{"Introduction", []string{"Intro."}}, {"Reporting lines", []string{"The GM reports to the CEO."}}})
	adoc := loadArticle(t, "faq.txt", []byte("= Leadership FAQ\n\nIntro.\n\n== Who reports to the CEO?\n\nThe CTO and the CFO.\n"))
	if adoc.Title != "Leadership FAQ" {
		t.Errorf("AsciiDoc title %q, want it without its mark", adoc.Title)
	}
	checkSections(t, adoc, []section{{"Introduction", []string{"Intro."}}, {"Who reports to the CEO?", []string{"The CTO and the CFO."}}})
}

// Markdown converted by pandoc: a "%" title block, and a grid table whose
// cells run over several lines, read a row at a time under its header.
func TestPandocMarkdown(t *testing.T) {
	text := "% Leadership at Acme\n% Office of the Secretary\n% 1 March\n\n# Reporting lines\n\n" +
		"+------------------+-------------+\n" +
		"| Role             | Reports to  |\n" +
		"+==================+=============+\n" +
		"| Chief Financial  | CEO         |\n" +
		"| Officer (CFO)    |             |\n" +
		"+------------------+-------------+\n" +
		"| Chief Actuary    | CFO (solid  |\n" +
		"|                  | line)       |\n" +
		"+------------------+-------------+\n"
	a := loadArticle(t, "lead.md", []byte(text))
	if a.Title != "Leadership at Acme" {
		t.Errorf("title %q, want the title block's", a.Title)
	}
	checkSections(t, a, []section{{"Reporting lines", []string{
		"Role: Chief Financial Officer (CFO); Reports to: CEO",
		"Role: Chief Actuary; Reports to: CFO (solid line)",
	}}})
}

// A list keeps its lines, wrapped or not; a paragraph wrapped to a width
// is one line again.
func TestUnwrapKeepsLists(t *testing.T) {
	text := "Who to ask\n\nEvery request goes to the team that owns it, as the list below says for the\nmost common ones.\n\n" +
		"• Laptops and accounts: the IT service desk, which answers within a working\n  day.\n• Payslips: the payroll team.\na) First, log the request.\nb) Then wait.\n"
	a := loadArticle(t, "ask.txt", []byte(text))
	checkSections(t, a, []section{{"Introduction", []string{
		"Every request goes to the team that owns it, as the list below says for the most common ones.",
		"• Laptops and accounts: the IT service desk, which answers within a working day.\n• Payslips: the payroll team.\na) First, log the request.\nb) Then wait.",
	}}})
}

// A meeting's header keeps a line a field, however long the line before:
// "Place: …, Harrogate" does not go on into "Chair: …".
func TestUnwrapKeepsFields(t *testing.T) {
	text := "Minutes of the Managers' Meeting\n\nDate: Tuesday 8 April 2025, 9.30am\nPlace: Head office meeting room, Station Parade, Harrogate\nChair: Marcus Threlfall (OD)\n" +
		"In attendance: Tom Kirkby (AMS), Dan Whitaker (KM Fernbeck), Aisha Begum (KM Moorside)\nApologies: Priya Nandakumar (FM)\n\n" +
		"Notes: the room was booked for the whole morning, and the meeting ran over into\nlunch.\n"
	a := loadArticle(t, "minutes.txt", []byte(text))
	checkSections(t, a, []section{{"Introduction", []string{
		"Date: Tuesday 8 April 2025, 9.30am\nPlace: Head office meeting room, Station Parade, Harrogate\nChair: Marcus Threlfall (OD)\nIn attendance: Tom Kirkby (AMS), Dan Whitaker (KM Fernbeck), Aisha Begum (KM Moorside)\nApologies: Priya Nandakumar (FM)",
		"Notes: the room was booked for the whole morning, and the meeting ran over into lunch.",
	}}})
}

// A Markdown profile's fields in bold, one a line, stay lines however long
// the one before: "**Sites:**" does not go on the line of "**Direct
// reports:**".
func TestMarkdownFieldsInBoldStayLines(t *testing.T) {
	text := "# Role profile: Kennel Manager\n\n**Reports to:** Operations Director\n" +
		"**Direct reports:** Deputy Kennel Manager, Night Warden, Cattery Supervisor; Kennel Assistants through the deputy\n" +
		"**Sites:** Fernbeck Kennels and Cattery; Moorside Boarding Kennels\n**Grade:** Manager band 2\n"
	a := loadArticle(t, "km.md", []byte(text))
	checkSections(t, a, []section{{"Introduction", []string{
		"Reports to: Operations Director\nDirect reports: Deputy Kennel Manager, Night Warden, Cattery Supervisor; Kennel Assistants through the deputy\nSites: Fernbeck Kennels and Cattery; Moorside Boarding Kennels\nGrade: Manager band 2",
	}}})
}

// A job description's field heading keeps the one line under it as its
// value, though the line looks like a heading: "JOB TITLE" over "Senior
// Groomer (SG)".
func TestFieldHeadingKeepsItsValue(t *testing.T) {
	text := "PAWSWORTH PET CARE LTD\n\nJob Description: Senior Groomer\n\nJOB TITLE\nSenior Groomer (SG)\n\nBAND\nBand 4 (pay point 12)\n\nHOURS\n37.5 hours a week, some Saturdays\n\n" +
		"RESPONSIBLE TO\nThe Salon Manager of that salon.\n\nJOB PURPOSE\nThe Senior Groomer sets the standard for everyone else's work.\n"
	a := loadArticle(t, "sg.txt", []byte(text))
	if a.Title != "Job Description: Senior Groomer" {
		t.Errorf("title %q, want the job description's over the letterhead", a.Title)
	}
	checkSections(t, a, []section{
		{"JOB TITLE", []string{"Senior Groomer (SG)"}},
		{"BAND", []string{"Band 4 (pay point 12)"}},
		{"HOURS", []string{"37.5 hours a week, some Saturdays"}},
		{"RESPONSIBLE TO", []string{"The Salon Manager of that salon."}},
		{"JOB PURPOSE", []string{"The Senior Groomer sets the standard for everyone else's work."}},
	})
}
