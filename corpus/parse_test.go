package corpus_test

import (
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/rolebot/rolebot/corpus"
)

// loadArticle loads a corpus of one article file and returns the article.
// noCards is an empty roles/ folder: these tests are about articles.
var noCards = &fstest.MapFile{Mode: fs.ModeDir | 0o755}

func loadArticle(t *testing.T, name string, data []byte) *corpus.Article {
	t.Helper()
	c, err := corpus.Load(fstest.MapFS{"articles/" + name: {Data: data}, "roles": noCards})
	if err != nil {
		t.Fatalf("Load %s: %v", name, err)
	}
	if len(c.Skipped) > 0 || len(c.Articles) != 1 {
		t.Fatalf("Load %s: %d articles, skipped %v", name, len(c.Articles), c.Skipped)
	}
	return c.Articles[0]
}

// section is the expected shape of a section: its heading and the text
// of its passages.
type section struct {
	heading  string
	passages []string
}

func sectionsOf(a *corpus.Article) []section {
	var out []section
	for _, s := range a.Sections {
		sec := section{heading: s.Heading}
		for _, p := range s.Passages {
			sec.passages = append(sec.passages, p.Text)
		}
		out = append(out, sec)
	}
	return out
}

func checkSections(t *testing.T, a *corpus.Article, want []section) {
	t.Helper()
	got := sectionsOf(a)
	if !slices.EqualFunc(got, want, func(a, b section) bool {
		return a.heading == b.heading && slices.Equal(a.passages, b.passages)
	}) {
		t.Errorf("sections:\n got %q\nwant %q", got, want)
	}
}

func TestMarkdownFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/markdown/full.md")
	if err != nil {
		t.Fatal(err)
	}
	a := loadArticle(t, "full.md", data)
	if a.Slug != "full" || a.Title != "Front Matter Title" || a.Source != "user" || a.File != "articles/full.md" {
		t.Errorf("slug %q, title %q, source %q, file %q", a.Slug, a.Title, a.Source, a.File)
	}
	checkSections(t, a, []section{
		{"Introduction", []string{
			"Intro paragraph before any heading,\nwritten over two lines.",
			"A first-level heading that repeats the title starts no section.",
		}},
		{"ATX heading", []string{
			"First paragraph of the ATX section.",
			"Second paragraph, after a blank line.",
		}},
		{"Setext heading", []string{"Under a setext heading of the first level."}},
		{"Setext heading › Another setext heading", []string{
			"- a list item\n- another list item",
			"a block quote\nover two lines", // a quotation reads as its text
		}},
		{"Another setext heading › Code", []string{
			"```bash\n# install the tool\ngo install example.com/tool@latest\n\n# run it\ntool --help\n```",
			"Text after the code block.",
		}},
		{"Setext heading › Indented heading", []string{
			"Up to three spaces before the hashes still make a heading.\n#Not a heading because no space follows the hash.",
		}},
	})
}

func TestMarkdown(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		title      string
		source     string
		want       []section
	}{
		{
			name:   "no front matter: title from the first # heading",
			text:   "# The Title\n\nBody.\n\n## Part\n\nMore.\n",
			title:  "The Title",
			source: "rolebot",
			want:   []section{{"Introduction", []string{"Body."}}, {"Part", []string{"More."}}},
		},
		{
			name:   "a short line that leads into a list is one passage with it; a long one is not",
			text:   "# T\n\n## Who to escalate to\n\nEscalate staffing concerns in this order:\n\n1. Ward manager\n2. Matron\n\n" + strings.Repeat("A long paragraph that goes on. ", 8) + "It ends so:\n\n- an item\n",
			title:  "T",
			source: "rolebot",
			want: []section{{"Who to escalate to", []string{"Escalate staffing concerns in this order:\n1. Ward manager\n2. Matron",
				strings.Repeat("A long paragraph that goes on. ", 8) + "It ends so:", "- an item"}}},
		},
		{
			name:   "a post's table of fields (a label and its value, no header of its own): one passage, a field a line; a table of two columns that is no post's is a row a passage",
			text:   "# JD\n\n| | |\n|---|---|\n| **Post** | Reuse Shop Lead (RSL) |\n| **Reports to** | Centre Manager |\n| **Postholder** | Bernadette Quaye |\n\n## Fees\n\n| | |\n|---|---|\n| Adult | £5 |\n| Child | £2 |\n| Family | £12 |\n",
			title:  "JD",
			source: "rolebot",
			want: []section{{"Introduction", []string{"Post; Reuse Shop Lead (RSL)\nReports to; Centre Manager\nPostholder; Bernadette Quaye"}},
				{"Fees", []string{"Adult; £5", "Child; £2", "Family; £12"}}},
		},
		{
			name:   "a table: one passage a row, each cell under its header",
			text:   "# T\n\n## Who\n\n| Area | Accountable | Consulted |\n|---|:---:|---|\n| Annual budget | CFO | All execs |\n| Hiring plan | | CFO |\n",
			title:  "T",
			source: "rolebot",
			want: []section{{"Who", []string{
				"Area: Annual budget; Accountable: CFO; Consulted: All execs",
				"Area: Hiring plan; Consulted: CFO",
			}}},
		},
		{
			name: "a table in HTML, as wikis leave them, blank lines and all: a passage a row",
			text: "# T\n\n## Who\n\nAll three report to the CEO.\n\n<table class=\"wide\">\n  <thead>\n    <tr><th>Role</th><th>Owns</th></tr>\n  </thead>\n\n" +
				"  <tbody>\n    <tr>\n      <td>CFO</td>\n      <td>Budgeting &amp; payroll</td>\n    </tr>\n    <tr><td>CMO</td><td>Brand</td></tr>\n  </tbody>\n</table>\n\n" +
				"<ul><li>One</li><li>Two</li></ul>\n\nAfter.\n",
			title:  "T",
			source: "rolebot",
			want: []section{{"Who", []string{
				"All three report to the CEO.", "Role: CFO; Owns: Budgeting & payroll", "Role: CMO; Owns: Brand", "- One\n- Two", "After.",
			}}},
		},
		{
			name:   "an HTML table never closed is read alone, not the rest of the article",
			text:   "# T\n\n<table><tr><td>A</td><td>B</td></tr>\n\n## Part\n\nText.\n",
			title:  "T",
			source: "rolebot",
			want:   []section{{"Introduction", []string{"A; B"}}, {"Part", []string{"Text."}}},
		},
		{
			name:   "pipes without a row of dashes are no table",
			text:   "# T\n\na | b\nc | d\n",
			title:  "T",
			source: "rolebot",
			want:   []section{{"Introduction", []string{"a | b\nc | d"}}},
		},
		{
			name:   "no title anywhere: the slug",
			text:   "Just a paragraph.\n",
			title:  "article",
			source: "rolebot",
			want:   []section{{"Introduction", []string{"Just a paragraph."}}},
		},
		{
			name:   "empty front matter",
			text:   "---\n---\n## Part\n\nText.\n",
			title:  "article",
			source: "rolebot",
			want:   []section{{"Part", []string{"Text."}}},
		},
		{
			name:   "a paragraph wrapped to a width is one line; short lines and a list stay lines",
			text:   "# Repairs\n\nThe Head of Repairs runs the responsive repairs service and\nreports to the Director of Property.\n\nOn call:\n- Dean\n- Leanne\n",
			title:  "Repairs",
			source: "rolebot",
			want:   []section{{"Introduction", []string{"The Head of Repairs runs the responsive repairs service and reports to the Director of Property.", "On call:\n- Dean\n- Leanne"}}},
		},
		{
			name:   "Windows line ends",
			text:   "---\r\ntitle: CRLF\r\nsource: user\r\n---\r\n\r\n## Part\r\n\r\nOne.\r\nStill one.\r\n\r\nTwo.\r\n",
			title:  "CRLF",
			source: "user",
			want:   []section{{"Part", []string{"One.\nStill one.", "Two."}}},
		},
		{
			name:   "heading right above its text, no blank line",
			text:   "## Part\nText under it.\n### Sub\nMore text.\n",
			title:  "article",
			source: "rolebot",
			want:   []section{{"Part", []string{"Text under it."}}, {"Part › Sub", []string{"More text."}}},
		},
		{
			// The section of a subsection says what it is under: the
			// nearest heading above it, not the title, not two levels.
			name:   "a heading under another is read with it",
			text:   "# Roles\n\n## Chief of Staff\n\n### 2.1 Summary\n\nRight hand of the CEO.\n\n#### Note\n\nNo line authority.\n\n## Chief Strategy Officer\n\nOwns the long-term plan.\n\n### Reporting line\n\nReports to the CEO.\n",
			title:  "Roles",
			source: "rolebot",
			want: []section{
				{"Chief of Staff › 2.1 Summary", []string{"Right hand of the CEO."}},
				{"2.1 Summary › Note", []string{"No line authority."}},
				{"Chief Strategy Officer", []string{"Owns the long-term plan."}},
				{"Chief Strategy Officer › Reporting line", []string{"Reports to the CEO."}},
			},
		},
		{
			name:   "numbered headings at one level",
			text:   "## 2. Chief of Staff\n\n## 2.1 Summary\n\nRight hand of the CEO.\n\n## 3. Review\n\nYearly.\n",
			title:  "article",
			source: "rolebot",
			want: []section{
				{"2. Chief of Staff › 2.1 Summary", []string{"Right hand of the CEO."}},
				{"3. Review", []string{"Yearly."}},
			},
		},
		{
			// Wikis export headings as lines in bold.
			name:   "a line all in bold is a heading",
			text:   "**Who approves budgets?**\n\nThe CCO approves them.\n\n__Who approves discounts?__\nThe Head of Customer Success, up to 10%.\n\n**This sentence in bold** is part of a paragraph.\n\n**A whole paragraph in bold that goes on for far too many words to be read as any kind of heading at all.**\n",
			title:  "article",
			source: "rolebot",
			want: []section{
				{"Who approves budgets?", []string{"The CCO approves them."}},
				{"Who approves discounts?", []string{
					"The Head of Customer Success, up to 10%.",
					"This sentence in bold is part of a paragraph.",
					"A whole paragraph in bold that goes on for far too many words to be read as any kind of heading at all.",
				}},
			},
		},
		{
			// An FAQ's question in bold may be long.
			name:   "a long question all in bold is a heading",
			text:   "**A councillor keeps phoning me to press for a decision on an application in their ward before the deadline. What should I do?**\n\nSpeak to the Development Management Manager first.\n",
			title:  "article",
			source: "rolebot",
			want: []section{
				{"A councillor keeps phoning me to press for a decision on an application in their ward before the deadline. What should I do?", []string{"Speak to the Development Management Manager first."}},
			},
		},
		{
			// An answer quotes what the article says, not its markup.
			name:   "links, images, emphasis and code read as text",
			text:   "## See [the **people** directory](https://example.com/people \"People\")\n\n![org chart](chart.png) The _Chief of Staff_ reports to the *CEO*; ask in `#exec-office` or <https://example.com/help>.\n\n* a list item, not italics\n* another\n\nsnake_case_name and 2 * 3 * 4 stay as they are; so does a lone * or _.\n\n```\n**code** stays [as](typed)\n```\n",
			title:  "article",
			source: "rolebot",
			want: []section{{"See the people directory", []string{
				"org chart The Chief of Staff reports to the CEO; ask in #exec-office or https://example.com/help.",
				"* a list item, not italics\n* another",
				"snake_case_name and 2 * 3 * 4 stay as they are; so does a lone * or _.",
				"```\n**code** stays [as](typed)\n```",
			}}},
		},
		{
			name:   "TOML front matter, heading anchors and inline HTML",
			text:   "+++\ntitle = \"Hugo Page\"\ndraft = false\n+++\n\n## Reporting line {#reporting}\n\nThe <b>CFO</b> reports to the CEO.<br/>Always.\n\nRevenue < target is no tag.\n",
			title:  "Hugo Page",
			source: "rolebot",
			want:   []section{{"Reporting line", []string{"The CFO reports to the CEO.\nAlways.", "Revenue < target is no tag."}}},
		},
		{
			name:   "HTML comments are left out",
			text:   "<!-- Draft owner: ops. TODO: replace the\norg chart -->\n\n## Teams\n\nOperations <!-- check --> reports to the COO.\n",
			title:  "article",
			source: "rolebot",
			want:   []section{{"Teams", []string{"Operations  reports to the COO."}}},
		},
		{
			name:   "heading with nothing under it is dropped",
			text:   "## Empty\n\n## Full\n\nText.\n\n## Trailing\n",
			title:  "article",
			source: "rolebot",
			want:   []section{{"Full", []string{"Text."}}},
		},
		{
			name:   "heading spaces collapsed",
			text:   "##   Spread    out   heading   \n\nText.\n",
			title:  "article",
			source: "rolebot",
			want:   []section{{"Spread out heading", []string{"Text."}}},
		},
		{
			name:   "closing hashes need a space before them",
			text:   "## Learning C#\n\nText.\n\n## Closed ##\n\nMore.\n",
			title:  "article",
			source: "rolebot",
			want:   []section{{"Learning C#", []string{"Text."}}, {"Closed", []string{"More."}}},
		},
		{
			name:   "setext with a one-line paragraph only",
			text:   "Heading\n---\n\nText.\n",
			title:  "article",
			source: "rolebot",
			want:   []section{{"Heading", []string{"Text."}}},
		},
		{
			name:   "fence with a # line is code, not a heading",
			text:   "## Setup\n\n```sh\n# comment\n\nmake\n```\n",
			title:  "article",
			source: "rolebot",
			want:   []section{{"Setup", []string{"```sh\n# comment\n\nmake\n```"}}},
		},
		{
			name:   "unclosed fence runs to the end",
			text:   "## Part\n\n```\ncode\n\nstill code\n",
			title:  "article",
			source: "rolebot",
			want:   []section{{"Part", []string{"```\ncode\n\nstill code"}}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := loadArticle(t, "article.md", []byte(tc.text))
			if a.Title != tc.title || a.Source != tc.source {
				t.Errorf("title %q source %q, want %q %q", a.Title, a.Source, tc.title, tc.source)
			}
			checkSections(t, a, tc.want)
		})
	}
}

func TestPlainText(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		title      string
		want       []section
	}{
		{
			name:  "title, intro, headings",
			text:  "The Title\n\nIntro text.\n\nA heading\n\nBody text.\nSecond line.\n\nAnother heading?\n\nMore.\n",
			title: "The Title",
			want: []section{
				{"Introduction", []string{"Intro text."}},
				{"A heading", []string{"Body text.\nSecond line."}},
				{"Another heading?", []string{"More."}},
			},
		},
		{
			name:  "lines ending like a sentence are text",
			text:  "T\n\nEnds with a full stop.\n\nEnds with a comma,\n\nThis line ends with a long colon:\n\nEnds with a semicolon;\n",
			title: "T",
			want: []section{{"Introduction", []string{
				"Ends with a full stop.", "Ends with a comma,", "This line ends with a long colon:\nEnds with a semicolon;",
			}}},
		},
		{
			// A numbered heading is read with the one it is numbered
			// under, so the section still says which role it is about.
			name:  "numbered headings under numbered headings",
			text:  "T\n\n1. Purpose\n\nWhy this exists.\n\n2. Chief of Staff\n\n2.1. Summary\n\nRight hand of the CEO.\n\n2.2 Reporting line\n\nTo the CEO.\n\n3 Review\n\nYearly.\n",
			title: "T",
			want: []section{
				{"1. Purpose", []string{"Why this exists."}},
				{"2. Chief of Staff › 2.1. Summary", []string{"Right hand of the CEO."}},
				{"2. Chief of Staff › 2.2 Reporting line", []string{"To the CEO."}},
				{"3 Review", []string{"Yearly."}},
			},
		},
		{
			name:  "an underlined line is a heading",
			text:  "T\n\nReporting lines\n===============\n\nTo the CEO.\n\nSkills\n------\n\nMany.\n",
			title: "T",
			want:  []section{{"Reporting lines", []string{"To the CEO."}}, {"Skills", []string{"Many."}}},
		},
		{
			name:  "a short line ending with a colon is a heading",
			text:  "T\n\nWho approves budgets:\n\nYour director does.\n",
			title: "T",
			want:  []section{{"Who approves budgets", []string{"Your director does."}}},
		},
		{
			// As people type notes: no blank line under the heading.
			name:  "a capital word or a question over its text",
			text:  "T\n\nEXPENSES\nClaim expenses in the finance tool within a month.\n\nWho to ask about your laptop:\nThe IT Service Desk hands them out and mends them.\n\nCEO\nleads.\n\nNOTES\n1. The DSL reports to the ED.\n",
			title: "T",
			want: []section{
				{"EXPENSES", []string{"Claim expenses in the finance tool within a month."}},
				{"Who to ask about your laptop", []string{"The IT Service Desk hands them out and mends them.", "CEO\nleads.", "NOTES\n1. The DSL reports to the ED."}},
			},
		},
		{
			name:  "long lines and bullets are text",
			text:  "T\n\n" + strings.Repeat("word ", 20) + "end\n\n・CEO (Chief Executive Officer): Chief Executive Officer\n\n- a list item\n\n12345\n",
			title: "T",
			want: []section{{"Introduction", []string{
				strings.Repeat("word ", 20) + "end", "・CEO (Chief Executive Officer): Chief Executive Officer", "- a list item", "12345",
			}}},
		},
		{
			name:  "title block with more lines",
			text:  "The Title\nA subtitle that belongs to the intro.\n\nText.\n",
			title: "The Title",
			want:  []section{{"Introduction", []string{"A subtitle that belongs to the intro.", "Text."}}},
		},
		{
			name: "table of contents not indexed; missing heading after a wide gap",
			text: "T\n\nIntro.\n\nContents:\n\n 1. First part\n 2) Second part\n  3. last words\n\n" +
				"First part\n\nOne.\n\nSecond part\n\nTwo.\n\n\nThree, after two blank lines.\n",
			title: "T",
			want: []section{
				{"Introduction", []string{"Intro."}},
				{"First part", []string{"One."}},
				{"Second part", []string{"Two."}},
				{"Last words", []string{"Three, after two blank lines."}},
			},
		},
		{
			// Exported from Word: the contents, then numbered clauses,
			// which are no entries of the contents.
			name: "contents, then numbered clauses",
			text: "Policy X\n\nContents\n1. Purpose ........ 1\n2. Limits ........ 2\n\n1. Purpose\n\n1.1 This scheme sets out which posts may commit money.\n\n" +
				"2. Limits\n\n2.1 Ward Managers may approve orders up to 2,500 pounds.\n",
			title: "Policy X",
			want: []section{
				{"1. Purpose", []string{"1.1 This scheme sets out which posts may commit money."}},
				{"2. Limits", []string{"2.1 Ward Managers may approve orders up to 2,500 pounds."}},
			},
		},
		{
			name:  "contents without page numbers end where the body repeats an entry",
			text:  "Policy Y\n\nContents\n\n1. Purpose\n2. Limits\n\n1. Purpose\n\n1.1 Why.\n\n2. Limits\n\n2.1 How much.\n",
			title: "Policy Y",
			want: []section{
				{"1. Purpose", []string{"1.1 Why."}},
				{"2. Limits", []string{"2.1 How much."}},
			},
		},
		{
			// Exported from Word: the firm's letterhead, then the title.
			name:  "a letterhead over the title",
			text:  "HARTWELL PRYCE LLP\n\nRISK AND COMPLIANCE POLICY\n\n1. Purpose\n\n1.1 Why we have this policy.\n",
			title: "RISK AND COMPLIANCE POLICY",
			want:  []section{{"1. Purpose", []string{"1.1 Why we have this policy."}}},
		},
		{
			name:  "a letterhead of two companies, the title on the next line",
			text:  "KESTREL LOWE GMBH / KESTREL LOWE LTD\nPurchasing and Approval Policy\nVersion 3.2\n\n1. Purpose\n\n1.1 Why.\n",
			title: "Purchasing and Approval Policy",
			want:  []section{{"Introduction", []string{"Version 3.2"}}, {"1. Purpose", []string{"1.1 Why."}}},
		},
		{
			name:  "a table aligned with spaces: a passage a row, each cell under its header; prose with double spaces is prose",
			text:  "ON CALL\n\nROTA\n\nDay        Silver                      Gold\nMonday     Rachel Green (DDO Medicine) Mark Delaney (COO)\nThursday   Ayesha Khan (DDO W&C)       Dr Rajesh Iyer (CMO)\n\nSilver attends site.  Gold decides.\nBoth keep  their phones on.\n",
			title: "ON CALL",
			want: []section{{"ROTA", []string{"Day: Monday; Silver: Rachel Green (DDO Medicine); Gold: Mark Delaney (COO)",
				"Day: Thursday; Silver: Ayesha Khan (DDO W&C); Gold: Dr Rajesh Iyer (CMO)", "Silver attends site.  Gold decides.\nBoth keep  their phones on."}}},
		},
		{
			name:  "a table aligned with spaces and indented as a whole, as minutes indent it",
			text:  "MINUTES\n\nACTIONS\n\n  Action                     Owner            By\n  Breach log to FARC         Mark Ellison     Dec 2024\n  Out-of-hours rota          Christopher Lane 1 Oct 2024\n",
			title: "MINUTES",
			want: []section{{"ACTIONS", []string{"Action: Breach log to FARC; Owner: Mark Ellison; By: Dec 2024",
				"Action: Out-of-hours rota; Owner: Christopher Lane; By: 1 Oct 2024"}}},
		},
		{
			name:  "a table aligned with spaces right under its heading or its label, no blank line between",
			text:  "MINUTES\n\nACTIONS\nAction                     Owner            By\nBreach log to FARC         Mark Ellison     Dec 2024\nOut-of-hours rota          Christopher Lane 1 Oct 2024\n\nQuotes:\nSupplier      Price\nAcme          £300\nBolt          £320\n",
			title: "MINUTES",
			want: []section{{"ACTIONS", []string{"Action: Breach log to FARC; Owner: Mark Ellison; By: Dec 2024",
				"Action: Out-of-hours rota; Owner: Christopher Lane; By: 1 Oct 2024"}}, {"Quotes", []string{"Supplier: Acme; Price: £300", "Supplier: Bolt; Price: £320"}}},
		},
		{
			name:  "a table aligned with spaces with a rule of dashes under each column's header: the rule is no row, and rows that differ by their dates alone are kept",
			text:  "DUTY ROTA\n\nThe Duty Foreman runs the floor for the week.\n\nWeek commencing   Duty Foreman      Mobile\n---------------   ---------------   --------------\n04 Jan 2027       Steve Larkin      07700 900 311\n11 Jan 2027       Ann Whitworth     07700 900 418\n25 Jan 2027       Steve Larkin      07700 900 311\n",
			title: "DUTY ROTA",
			want: []section{{"Introduction", []string{"The Duty Foreman runs the floor for the week.", "Week commencing: 04 Jan 2027; Duty Foreman: Steve Larkin; Mobile: 07700 900 311",
				"Week commencing: 11 Jan 2027; Duty Foreman: Ann Whitworth; Mobile: 07700 900 418", "Week commencing: 25 Jan 2027; Duty Foreman: Steve Larkin; Mobile: 07700 900 311"}}},
		},
		{
			name:  "a table aligned with spaces right under an underlined heading, no blank line between: a row a passage",
			text:  "DUTY ROTA\n\nWEEKLY ROTA\n-----------\nWeek commencing   Duty Manager (on call)   Sat weighbridge\n---------------   ----------------------   ---------------\nMon 30 Nov 2026   Tomasz Wieczorek         Priya Nandakumar\nMon 07 Dec 2026   Bernadette Quaye         Dean Ruddock\n\nHow to read it\n--------------\nThe DM carries the phone.\nSwaps go to the DCM.\n",
			title: "DUTY ROTA",
			want: []section{{"WEEKLY ROTA", []string{"Week commencing: Mon 30 Nov 2026; Duty Manager (on call): Tomasz Wieczorek; Sat weighbridge: Priya Nandakumar",
				"Week commencing: Mon 07 Dec 2026; Duty Manager (on call): Bernadette Quaye; Sat weighbridge: Dean Ruddock"}}, {"How to read it", []string{"The DM carries the phone.\nSwaps go to the DCM."}}},
		},
		{
			name:  "a table aligned with spaces with one rule of dashes under its whole header: the header is no heading, the rule no row",
			text:  "ROTA\n\nWho is on.\n\nDate         Day  Early DM         Manager on call\n--------------------------------------------------\n14 Dec 2026  Mon  Ngozi Adeyemi    Tomasz Wierzba\n30 Dec 2026  Wed  Felix Ambrose    Ngozi Adeyemi\n",
			title: "ROTA",
			want: []section{{"Introduction", []string{"Who is on.", "Date: 14 Dec 2026; Day: Mon; Early DM: Ngozi Adeyemi; Manager on call: Tomasz Wierzba",
				"Date: 30 Dec 2026; Day: Wed; Early DM: Felix Ambrose; Manager on call: Ngozi Adeyemi"}}},
		},
		{
			name:  "a table aligned with spaces whose header in capitals has a rule of dashes under it: a header, no heading",
			text:  "ROTA\n\nWho carries the phone.\n\nWEEK (MON-SUN)          DUTY MANAGER       BACKUP\n----------------------  -----------------  ----------------\n30 Nov - 06 Dec 2026    Oskar Brenntvedt   Rosalind Vey\n07 Dec - 13 Dec 2026    Declan Morrow      Ingrid Haugseth\n",
			title: "ROTA",
			want: []section{{"Introduction", []string{"Who carries the phone.", "WEEK (MON-SUN): 30 Nov - 06 Dec 2026; DUTY MANAGER: Oskar Brenntvedt; BACKUP: Rosalind Vey",
				"WEEK (MON-SUN): 07 Dec - 13 Dec 2026; DUTY MANAGER: Declan Morrow; BACKUP: Ingrid Haugseth"}}},
		},
		{
			name:  "a label in small letters over its indented key heads the key alone: what follows is under the heading before it",
			text:  "ROTA\n\nIssued by the Programme Captain.\n\nHow to read this:\n  CDO  = Camp Duty Officer, 07:00-22:00.\n  NW   = Night Warden, 22:00-07:00.\n\nRed duty phone, Hollin:  +44 15394 30777\nRed duty phone, Lodge:   +372 5340 1964\n",
			title: "ROTA",
			want: []section{{"Introduction", []string{"Issued by the Programme Captain."}}, {"How to read this", []string{"CDO  = Camp Duty Officer, 07:00-22:00.\n  NW   = Night Warden, 22:00-07:00."}},
				{"Introduction", []string{"Red duty phone, Hollin:  +44 15394 30777\nRed duty phone, Lodge:   +372 5340 1964"}}},
		},
		{
			name:  "a table whose rule has two dashes under a narrow column: the rule is no row",
			text:  "ROTA\n\nWho is on.\n\nWk  From (Mon)    Duty Yard Officer\n--  ------------  -------------------\n51  14 Dec 2026   Eyðun Thomsen\n52  21 Dec 2026   Kristian Mikkelsen\n",
			title: "ROTA",
			want: []section{{"Introduction", []string{"Who is on.", "Wk: 51; From (Mon): 14 Dec 2026; Duty Yard Officer: Eyðun Thomsen",
				"Wk: 52; From (Mon): 21 Dec 2026; Duty Yard Officer: Kristian Mikkelsen"}}},
		},
		{
			name:  "a numbered heading in capitals right over its bullets: a heading, not the list's first item",
			text:  "MINUTES\n\n6. DEPUTY\nThe Farm Partner deputises.\n\n7. ABSENCES NOTED\n- Owain Rees on leave 7-18 December.\n- Carys Evans on leave 28 December to 8 January.\n",
			title: "MINUTES",
			want: []section{{"6. DEPUTY", []string{"The Farm Partner deputises."}},
				{"7. ABSENCES NOTED", []string{"- Owain Rees on leave 7-18 December.\n- Carys Evans on leave 28 December to 8 January."}}},
		},
		{
			name:  "a table aligned with spaces with days set in under their week, one cell running into the next column by one space",
			text:  "ROTA\n\nWho is on.\n\nWEEK / DATE               NV               BSV\n------------------------  ---------------  ---------------\nMon 21 Dec - Mon 28 Dec   Jac Bevan        Tomos Llewellyn\n  Fri 25 Dec (Xmas Day)   Siân Pugh        Tomos Llewellyn\n  Sat 26 Dec (Boxing Day) Iwan Price       Rhian Prosser\nMon 28 Dec - Mon 4 Jan    Megan O'Rourke   Siân Pugh\n",
			title: "ROTA",
			want: []section{{"Introduction", []string{"Who is on.", "WEEK / DATE: Mon 21 Dec - Mon 28 Dec; NV: Jac Bevan; BSV: Tomos Llewellyn",
				"WEEK / DATE: Fri 25 Dec (Xmas Day); NV: Siân Pugh; BSV: Tomos Llewellyn", "WEEK / DATE: Sat 26 Dec (Boxing Day); NV: Iwan Price; BSV: Rhian Prosser",
				"WEEK / DATE: Mon 28 Dec - Mon 4 Jan; NV: Megan O'Rourke; BSV: Siân Pugh"}}},
		},
		{
			name:  "a table framed by rules under a heading wrapped on two lines, a note of its header's cells under it, and a note after its closing rule",
			text:  "ROTA\n\nPART 1 - ON-CALL MANAGER (OCM), WEEK BY WEEK\n-----------------------------------------------------\n Week starting     OCM                  Back-up\n (Mon 09:00)\n-----------------------------------------------------\n Mon 30 Nov 2026   Gareth Lumb          Tom Pilkington\n Mon 07 Dec 2026   Priya Ramsden        Tom Pilkington\n-----------------------------------------------------\n * Swap: Ann takes w/c 8 Feb.\n\nPART 3 - SATURDAY PIC AT CENTRAL AND RECORD ROOM\n         FIRST-SATURDAY OPENING\n-----------------------------------------------------\n Saturday          Central PIC\n-----------------------------------------------------\n Sat 05 Dec 2026   Leanne Booth\n Sat 12 Dec 2026   Gareth Lumb\n-----------------------------------------------------\n",
			title: "ROTA",
			want: []section{{"PART 1 - ON-CALL MANAGER (OCM), WEEK BY WEEK", []string{"Week starting: Mon 30 Nov 2026; OCM: Gareth Lumb; Back-up: Tom Pilkington",
				"Week starting: Mon 07 Dec 2026; OCM: Priya Ramsden; Back-up: Tom Pilkington", "* Swap: Ann takes w/c 8 Feb."}},
				{"PART 3 - SATURDAY PIC AT CENTRAL AND RECORD ROOM FIRST-SATURDAY OPENING", []string{"Saturday: Sat 05 Dec 2026; Central PIC: Leanne Booth", "Saturday: Sat 12 Dec 2026; Central PIC: Gareth Lumb"}}},
		},
		{
			name:  "a table aligned with spaces whose columns are numbered in a series (\"Court 1\", \"Court 2\")",
			text:  "Allocations\n\nFor next week:\n\n    Day         Court 1          Court 2\n    Monday      Bilal Rahman     Joan McAllister\n    Tuesday     Stefan Novak     Joan McAllister\n",
			title: "Allocations",
			want: []section{{"For next week", []string{"Day: Monday; Court 1: Bilal Rahman; Court 2: Joan McAllister",
				"Day: Tuesday; Court 1: Stefan Novak; Court 2: Joan McAllister"}}},
		},
		{
			name:  "a table aligned with spaces whose header's cells end in a time of day (\"Morning 04:30\", \"Late 14:00-22:00\")",
			text:  "Parlour\n\nWEEK STARTING 24 MARCH\nDay           Morning 04:30                    Late 14:00-22:00                 Calves\nMon 24 Mar    Gareth Lloyd and Jess Carver     Dan Whitlock and Tomasz Nowak    Molly Evans\nTue 25 Mar    Gareth Lloyd and Dan Whitlock    Jess Carver and Tomasz Nowak     Molly Evans\n",
			title: "Parlour",
			want: []section{{"WEEK STARTING 24 MARCH", []string{"Day: Mon 24 Mar; Morning 04:30: Gareth Lloyd and Jess Carver; Late 14:00-22:00: Dan Whitlock and Tomasz Nowak; Calves: Molly Evans",
				"Day: Tue 25 Mar; Morning 04:30: Gareth Lloyd and Dan Whitlock; Late 14:00-22:00: Jess Carver and Tomasz Nowak; Calves: Molly Evans"}}},
		},
		{
			name:  "a table aligned with spaces whose header's cells end in a note in brackets, with numbers (\"Silver (day 09-23)\")",
			text:  "Control\n\nCONTROL ROOM ROTA\nDay                Gold               Silver (day 09-23)    Silver (night 23-09)\nFriday 25 July     Helen Achterberg   Ruth Ellingham        Ben Hollis\nSaturday 26 July   Helen Achterberg   Ruth Ellingham        Ben Hollis\n",
			title: "Control",
			want: []section{{"CONTROL ROOM ROTA", []string{"Day: Friday 25 July; Gold: Helen Achterberg; Silver (day 09-23): Ruth Ellingham; Silver (night 23-09): Ben Hollis",
				"Day: Saturday 26 July; Gold: Helen Achterberg; Silver (day 09-23): Ruth Ellingham; Silver (night 23-09): Ben Hollis"}}},
		},
		{
			name:  "a table aligned with spaces whose one cell runs a little past its column keeps its rows",
			text:  "Turnaround\n\nTimes\n  Type of work                 Standard               Rush\n  Full denture finish          5 working days         2 working days\n  Denture repair               Same day if in by 10.00  Not applicable\n",
			title: "Turnaround",
			want: []section{{"Times", []string{"Type of work: Full denture finish; Standard: 5 working days; Rush: 2 working days",
				"Type of work: Denture repair; Standard: Same day if in by 10.00; Rush: Not applicable"}}},
		},
		{
			name:  "an organisation chart under its letterhead keeps its own title",
			text:  "BRACKENFORD COMBINED COURT AND TRIBUNAL CENTRE\n\nAdministration Office Organisation Chart\n\nThis chart shows line management only.\n",
			title: "Administration Office Organisation Chart",
			want:  []section{{"Introduction", []string{"This chart shows line management only."}}},
		},
		{
			name:  "a job description titled only by its kind is titled by its JOB TITLE field",
			text:  "HOLLINS & REED GARDEN CENTRES LTD\n\nJob Description\n\nJOB TITLE\nPlant Area Manager (PAM)\n\nPURPOSE OF THE ROLE\n\nThe PAM runs the plant area.\n",
			title: "Job Description: Plant Area Manager (PAM)",
			want:  []section{{"JOB TITLE", []string{"Plant Area Manager (PAM)"}}, {"PURPOSE OF THE ROLE", []string{"The PAM runs the plant area."}}},
		},
		{
			name:  "a table aligned with spaces right under a heading of one short word in capitals",
			text:  "ROTA\n\nWho is on.\n\nROTA\n  Week from      DSM days          Notes\n  Mon 30 Nov     Natalie Osei      KLR passes\n  Mon 7 Dec      Funmi Adeyemi     Graduation\n",
			title: "ROTA",
			want: []section{{"Introduction", []string{"Who is on."}}, {"ROTA", []string{"Week from: Mon 30 Nov; DSM days: Natalie Osei; Notes: KLR passes",
				"Week from: Mon 7 Dec; DSM days: Funmi Adeyemi; Notes: Graduation"}}},
		},
		{
			name:  "a list whose items open with \"o\" under its heading is no table",
			text:  "HANDBOOK\n\nABBREVIATIONS\n  o  CEO — Chief Executive Officer\n  o  CFO — Chief Financial Officer\n  o  GC — General Counsel\n",
			title: "HANDBOOK",
			want:  []section{{"Introduction", []string{"ABBREVIATIONS\n  o  CEO — Chief Executive Officer\n  o  CFO — Chief Financial Officer\n  o  GC — General Counsel"}}},
		},
		{
			name:  "a meeting's \"Date: …\" line on its own is text of the minutes, no heading",
			text:  "Team Minutes\n\nDate: Tuesday 11 March 2025, 9.30am, Board Room\n\nPresent: Priya, Tomasz\n\n1. VISITORS\n\nNumbers rose.\n",
			title: "Team Minutes",
			want:  []section{{"Introduction", []string{"Date: Tuesday 11 March 2025, 9.30am, Board Room", "Present: Priya, Tomasz"}}, {"1. VISITORS", []string{"Numbers rose."}}},
		},
		{
			name:  "\"Issued by …\" on its own line is the document's control block, no heading",
			text:  "Saturday Rota\n\nIssued by Becky Sutcliffe, Hire Desk Manager, 28 March 2025\n\nEvery depot opens on Saturday.\n",
			title: "Saturday Rota",
			want:  []section{{"Introduction", []string{"Issued by Becky Sutcliffe, Hire Desk Manager, 28 March 2025", "Every depot opens on Saturday."}}},
		},
		{
			name:  "\"Issued by …\" after a version's number is no heading either",
			text:  "Organisation Chart\n\nVersion 4. Issued by Sinead Brennan, Operations Manager, 6 January 2025\n\nThe Hospital Director leads the hospital.\n",
			title: "Organisation Chart",
			want:  []section{{"Introduction", []string{"Version 4. Issued by Sinead Brennan, Operations Manager, 6 January 2025", "The Hospital Director leads the hospital."}}},
		},
		{
			name:  "a job description's field whose value looks like a heading keeps it: \"CURRENT POSTHOLDER\" over a name, then the next heading",
			text:  "Job Description: Transport Manager\n\nHOURS\n45 hours a week\n\nCURRENT POSTHOLDER\nNadia Hussain\n\nPURPOSE OF THE JOB\n\nThe Transport Manager holds the licence.\n",
			title: "Job Description: Transport Manager",
			want:  []section{{"HOURS", []string{"45 hours a week"}}, {"CURRENT POSTHOLDER", []string{"Nadia Hussain"}}, {"PURPOSE OF THE JOB", []string{"The Transport Manager holds the licence."}}},
		},
		{
			name:  "a field's value that looks like a heading, over a field with its value right under it: \"SUPERVISES\" over \"Production roasters\", then \"HOURS\" over its value",
			text:  "Job Description: Head Roaster\n\nSUPERVISES\nTwo Production Roasters\n\nHOURS\n40 hours a week\n\nPURPOSE OF THE JOB\n\nThe Head Roaster roasts the coffee.\n",
			title: "Job Description: Head Roaster",
			want:  []section{{"SUPERVISES", []string{"Two Production Roasters"}}, {"HOURS", []string{"40 hours a week"}}, {"PURPOSE OF THE JOB", []string{"The Head Roaster roasts the coffee."}}},
		},
		{
			name:  "a table aligned with spaces whose first column is the rows' numbers, \"No.\"",
			text:  "MINUTES\n\nACTIONS\n  No.   Action                       Owner              Due\n  1     Report on worst circuits     Fiona Castellano   8 April\n  2     Add Seun to DIM shadowing    Declan Moriarty    31 March\n",
			title: "MINUTES",
			want: []section{{"ACTIONS", []string{"No: 1; Action: Report on worst circuits; Owner: Fiona Castellano; Due: 8 April",
				"No: 2; Action: Add Seun to DIM shadowing; Owner: Declan Moriarty; Due: 31 March"}}},
		},
		{
			name:  "rows aligned with spaces under no header are no table",
			text:  "THRESHOLDS\n\nLIMITS\n\n  Up to 5,000 EUR       budget owner approves, buy via catalog or purchase card\n  5,000 - 50,000 EUR    three quotes required, procurement team reviews\n  Over 50,000 EUR       competitive tender run by procurement\n",
			title: "THRESHOLDS",
			want:  []section{{"LIMITS", []string{"Up to 5,000 EUR       budget owner approves, buy via catalog or purchase card 5,000 - 50,000 EUR    three quotes required, procurement team reviews Over 50,000 EUR       competitive tender run by procurement"}}},
		},
		{
			name:  "a memo's fields aligned with spaces are no table; of its header, its sender is a passage",
			text:  "MEMO\n\nTo:       All staff\nFrom:     Gareth Pryce, Finance Director\nCc:       Rajiv Menon (Treasurer)\nDate:     3 October 2026\n\nReport suspected fraud to the Finance Director.\n",
			title: "MEMO",
			want: []section{{"Introduction", []string{"From:     Gareth Pryce, Finance Director",
				"Report suspected fraud to the Finance Director."}}},
		},
		{
			name:  "numbered clauses over their indented text are no table",
			text:  "CHARTER\n\n1.   INTRODUCTION\n\n1.1  This charter sets out the role of the actuarial function at Northmere\n     Assurance plc, and the process by which reserves are set.\n1.2  It applies to the UK business.\n\nScope    Who\nUK       The Board\nJapan    The branch\n",
			title: "CHARTER",
			want: []section{{"1. INTRODUCTION", []string{"1.1  This charter sets out the role of the actuarial function at Northmere Assurance plc, and the process by which reserves are set.\n1.2  It applies to the UK business.",
				"Scope: UK; Who: The Board", "Scope: Japan; Who: The branch"}}},
		},
		{
			name:  "a public body's letterhead",
			text:  "BRAMFORD CITY COUNCIL\r\n\r\nFINANCIAL PROCEDURE RULES\r\n\r\n1. INTRODUCTION\r\n\r\n1.1 These rules set out how the Council manages its money.\r\n",
			title: "FINANCIAL PROCEDURE RULES",
			want:  []section{{"1. INTRODUCTION", []string{"1.1 These rules set out how the Council manages its money."}}},
		},
		{
			name:  "a long line ending with a colon over its paragraph heads it",
			text:  "Out-of-hours rota\n\nPhones forward to whoever is on the rota.\n\nWhat the producer on call can approve:\n\nThe producer on call may approve up to £1,500 of overtime.\n\nPay:\n\nEach call-out is paid at £40.\n",
			title: "Out-of-hours rota",
			want: []section{{"Introduction", []string{"Phones forward to whoever is on the rota."}},
				{"What the producer on call can approve", []string{"The producer on call may approve up to £1,500 of overtime."}},
				{"Pay", []string{"Each call-out is paid at £40."}}},
		},
		{
			name:  "an emergency service's letterhead",
			text:  "NORTHMOOR FIRE AND RESCUE SERVICE\n\nTraining Framework for Operational Staff\n\n1. PURPOSE\n\nThis framework sets the courses each role must hold.\n",
			title: "Training Framework for Operational Staff",
			want:  []section{{"1. PURPOSE", []string{"This framework sets the courses each role must hold."}}},
		},
		{
			name:  "a Japanese memo: its salutation is no heading, its closing 以上 no passage",
			text:  "情シスからのお知らせ\n\n社員各位\n\n伊藤部長の不在中は、森課長が代行します。\n\n以上\n",
			title: "情シスからのお知らせ",
			want:  []section{{"Introduction", []string{"社員各位", "伊藤部長の不在中は、森課長が代行します。"}}},
		},
		{
			name:  "a letterhead with the address on its line",
			text:  "HARCOURT LYLE LLP | 1 Fenwick Street, London EC2V 4AB | T +44 20 7946 0000\n\nCOMPLIANCE OFFICERS: ROLES AND REPORTING\n\n1. PURPOSE\n\n1.1 This policy sets out who the COLP is.\n",
			title: "COMPLIANCE OFFICERS: ROLES AND REPORTING",
			want:  []section{{"1. PURPOSE", []string{"1.1 This policy sets out who the COLP is."}}},
		},
		{
			name:  "a letterhead and its address over the title",
			text:  "HALDEN PHARMA LIMITED\nUnit 7, Carrigtwohill Business Park, Co. Cork\n\nMEMO: LEAVE COVER, Q4 2024\n\nThe QP's deputy signs while she is away.\n",
			title: "MEMO: LEAVE COVER, Q4 2024",
			want:  []section{{"Introduction", []string{"The QP's deputy signs while she is away."}}},
		},
		{
			name:  "a trust's letter: letterhead, address with a postcode, date, no title, its file's name instead",
			text:  "Fenbridge Learning Trust\nTrust House, Station Road, Fenbridge PE15 8QT\n\n13 December 2024\n\nDear parents,\n\nMr Davies is acting headteacher from January.\n",
			title: "article",
			want:  []section{{"Introduction", []string{"Dear parents,", "Mr Davies is acting headteacher from January."}}},
		},
		{
			name:  "a trust's letterhead over its minutes; a heading of six words ending with a colon",
			text:  "FENBRIDGE LEARNING TRUST\nTrust House, Fenbridge Academy, Station Road, Fenbridge PE15 8QT\n\nMinutes of the Board of Trustees\n\nGas leak or smell of gas:\n\nEvacuate the area and call the emergency line.\n",
			title: "Minutes of the Board of Trustees",
			want:  []section{{"Gas leak or smell of gas", []string{"Evacuate the area and call the emergency line."}}},
		},
		{
			name:  "a credit union's letterhead over its procedure's title",
			text:  "BLUESTEM FEDERAL CREDIT UNION\nFraud Escalation Procedure (SOP RM-210)\n\nReport every suspected fraud to the Director of Fraud Prevention.\n",
			title: "Fraud Escalation Procedure (SOP RM-210)",
			want:  []section{{"Introduction", []string{"Report every suspected fraud to the Director of Fraud Prevention."}}},
		},
		{
			name:  "a state department's letterhead over its minutes",
			text:  "DEPARTMENT OF TRANSPORT AND ROADS\nExecutive Board - Minutes of Meeting\n\nPresent: the Secretary (Chair) and the Deputy Secretaries.\n",
			title: "Executive Board - Minutes of Meeting",
			want:  []section{{"Introduction", []string{"Present: the Secretary (Chair) and the Deputy Secretaries."}}},
		},
		{
			name:  "a line of when the page was last changed is no passage",
			text:  "Ferryman production team\n\nLast edited 12 February 2025 by Tom Hadley\n\nThe Line Producer runs the budget.\n\nLast updated: 3 March 2025\n",
			title: "Ferryman production team",
			want:  []section{{"Introduction", []string{"The Line Producer runs the budget."}}},
		},
		{
			name:  "a charity's letterhead over its minutes",
			text:  "THREADLINE INTERNATIONAL\nMinutes of the Board of Trustees meeting held on 18 September 2024\n\nHeld at the Bristol office.\n",
			title: "Minutes of the Board of Trustees meeting held on 18 September 2024",
			want:  []section{{"Introduction", []string{"Held at the Bristol office."}}},
		},
		{
			name:  "a US county's letterhead",
			text:  "MARLOW COUNTY\nEMERGENCY OPERATIONS PLAN - BASE PLAN (EXCERPT)\nRevised September 2023\n\n1. PURPOSE\n\nThis plan explains how the county organizes itself.\n",
			title: "EMERGENCY OPERATIONS PLAN - BASE PLAN (EXCERPT)",
			want:  []section{{"Introduction", []string{"Revised September 2023"}}, {"1. PURPOSE", []string{"This plan explains how the county organizes itself."}}},
		},
		{
			name:  "a county board's letterhead over its minutes",
			text:  "MARLOW COUNTY BOARD OF SUPERVISORS\nMINUTES OF THE REGULAR MEETING\nMarch 12, 2024\n\nCALL TO ORDER\n\nThe Chair called the meeting to order.\n",
			title: "MINUTES OF THE REGULAR MEETING",
			want:  []section{{"Introduction", []string{"March 12, 2024"}}, {"CALL TO ORDER", []string{"The Chair called the meeting to order."}}},
		},
		{
			name:  "a memo under a letterhead: its subject line is its title",
			text:  "THORNBURY VALE LLP\n\nMEMORANDUM\n\nTo: All fee earners\nFrom: Hannah Pryor-Watts, MLRO\nRe: Money laundering - who to contact and when\n\nThis memo is a reminder of the AML arrangements.\n",
			title: "Money laundering - who to contact and when",
			want:  []section{{"Introduction", []string{"From: Hannah Pryor-Watts, MLRO", "This memo is a reminder of the AML arrangements."}}},
		},
		{
			name:  "a memo's header in its title's block, in German; a list of two fields is no header",
			text:  "MEMO\nAn: Alle Teamleiter\nVon: Jörg Reutter, Werkleiter\nBetreff: Urlaub\n\nVon: 5.000 €\nBis: 25.000 €\n",
			title: "Urlaub",
			want:  []section{{"Introduction", []string{"Von: Jörg Reutter, Werkleiter", "Von: 5.000 €\nBis: 25.000 €"}}},
		},
		{
			name:  "a body a document is about is its title",
			text:  "WORKS COUNCIL\n\nTERMS OF REFERENCE\n\nThe works council meets monthly.\n",
			title: "WORKS COUNCIL",
			want:  []section{{"TERMS OF REFERENCE", []string{"The works council meets monthly."}}},
		},
		{
			name:  "a Japanese letterhead",
			text:  "株式会社ミナト精機\n\n職務権限規程\n\n第１章　総則\n\n第１条　この規程は職務権限を定める。\n",
			title: "職務権限規程",
			want:  []section{{"第１章 総則", []string{"第１条　この規程は職務権限を定める。"}}},
		},
		{
			name:  "Japanese page numbers are no passages",
			text:  "職務権限規程\n\n第１章　総則\n\n第１条　この規程は職務権限を定める。\n\n－　１　－\n\n第２条　部長は部を統括する。\n\n- 2 -\n",
			title: "職務権限規程",
			want:  []section{{"第１章 総則", []string{"第１条　この規程は職務権限を定める。", "第２条　部長は部を統括する。"}}},
		},
		{
			name:  "an organisation in capitals over a blank line and a title that names the document's kind is no title",
			text:  "LARKSPUR PHARMACY GROUP\n\nControlled Drugs Procedure\n\nThe Superintendent Pharmacist owns this procedure.\n",
			title: "Controlled Drugs Procedure",
			want:  []section{{"Introduction", []string{"The Superintendent Pharmacist owns this procedure."}}},
		},
		{
			name:  "a company named in a title line of its own is the title",
			text:  "Acme Widgets Ltd\nwho we are and what we do.\n\nText.\n",
			title: "Acme Widgets Ltd",
			want:  []section{{"Introduction", []string{"who we are and what we do.", "Text."}}},
		},
		{
			name:  "an organisation in capitals over a title that names the document's kind is no title",
			text:  "HARROWMERE ZOO AND AQUARIUM\nAnimal Escape and Emergency Recall Procedure\n\nDocument HZA-AO-011   Version 5.0   Owner: Director of Animal Operations\n\n1. Purpose\n\nWhat staff do.\n",
			title: "Animal Escape and Emergency Recall Procedure",
			want: []section{
				{"Introduction", []string{"Document HZA-AO-011   Version 5.0   Owner: Director of Animal Operations"}},
				{"1. Purpose", []string{"What staff do."}},
			},
		},
		{
			name:  "an organisation in capitals, a blank line, then a title that is a summary or an overview is no title",
			text:  "ARDLAN MOUNTAIN CLUB\n\nHelicopter Supply Contract: Summary for Staff\n\nDocument OPS-07, version 2.\n\n1. THE CONTRACT\n\nWhat it covers.\n",
			title: "Helicopter Supply Contract: Summary for Staff",
			want: []section{
				{"Introduction", []string{"Document OPS-07, version 2."}},
				{"1. THE CONTRACT", []string{"What it covers."}},
			},
		},
		{
			name:  "a heading in capitals over labels with a colon keeps them as its parts (\"SKILLS AND EXPERIENCE\", \"Essential:\", \"Desirable:\")",
			text:  "Job Description: Wigs Supervisor\n\nPURPOSE OF THE JOB\n\nTo run the wig room.\n\nSKILLS AND EXPERIENCE\n\nEssential:\n\n- Five years of wig making.\n- Stage make-up.\n\nDesirable:\n\n- A qualification in theatrical hair.\n\nCOVER\n\nThe Wigs Assistant runs the wig room.\n\nNotes:\n\nAsk the Head of Costume.\n",
			title: "Job Description: Wigs Supervisor",
			want: []section{
				{"PURPOSE OF THE JOB", []string{"To run the wig room."}},
				{"SKILLS AND EXPERIENCE › Essential", []string{"- Five years of wig making.\n- Stage make-up."}},
				{"SKILLS AND EXPERIENCE › Desirable", []string{"- A qualification in theatrical hair."}},
				{"COVER", []string{"The Wigs Assistant runs the wig room."}},
				{"Notes", []string{"Ask the Head of Costume."}},
			},
		},
		{
			name:  "a title in capitals over its subtitle stays the title",
			text:  "ON-CALL ROTA\nNorth Region, Spring 2025\n\nWeek 1: Ann.\n",
			title: "ON-CALL ROTA",
			want:  []section{{"Introduction", []string{"North Region, Spring 2025", "Week 1: Ann."}}},
		},
		{
			name:  "a note that opens on a sentence running on to the next line has no title line",
			text:  "If the boiler fails out of hours ring Sam Okafor the Facilities Lead\non 07700 900123 and he will send an engineer\n",
			title: "Article",
			want: []section{{"Introduction", []string{
				"If the boiler fails out of hours ring Sam Okafor the Facilities Lead\non 07700 900123 and he will send an engineer"}}},
		},
		{
			name:  "a note that opens on a sentence with its full stop has no title line",
			text:  "Ring Sam Okafor the Facilities Lead if the boiler fails.\nHe will send an engineer.\n",
			title: "Article",
			want:  []section{{"Introduction", []string{"Ring Sam Okafor the Facilities Lead if the boiler fails.\nHe will send an engineer."}}},
		},
		{
			name:  "a title in capitals over a line in small letters stays the title",
			text:  "Minutes of a Meeting of the Board of Directors\nheld on 12 March 2026 at the Old Mill\n\nPresent: Ann.\n",
			title: "Minutes of a Meeting of the Board of Directors",
			want:  []section{{"Introduction", []string{"held on 12 March 2026 at the Old Mill", "Present: Ann."}}},
		},
		{
			name:  "a short line ending with a colon after a sentence leads into what follows",
			text:  "T\n\nWHAT EACH TEAM DOES IN RED\n\nEverything in amber continues. In addition:\n\nThe Director approves appeals.\n",
			title: "T",
			want:  []section{{"WHAT EACH TEAM DOES IN RED", []string{"Everything in amber continues. In addition:\nThe Director approves appeals."}}},
		},
		{
			name:  "wide gap without a table of contents is only a gap",
			text:  "T\n\nA heading\n\nOne.\n\n\n\nTwo.\n",
			title: "T",
			want:  []section{{"A heading", []string{"One.", "Two."}}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := loadArticle(t, "article.txt", []byte(tc.text))
			if a.Title != tc.title || a.Source != "rolebot" {
				t.Errorf("title %q source %q, want %q rolebot", a.Title, a.Source, tc.title)
			}
			checkSections(t, a, tc.want)
		})
	}
}

// A sidecar <slug>.meta.yaml gives a plain-text article its title and
// source; the text stays as it is.
func TestPlainTextSidecar(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"roles":                   noCards,
		"articles/mine.txt":       {Data: []byte("First line\n\nText.\n")},
		"articles/mine.meta.yaml": {Data: []byte("title: Better Title\nsource: user\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 1 || len(c.Skipped) != 0 {
		t.Fatalf("%d articles, skipped %v; the sidecar is not an article", len(c.Articles), c.Skipped)
	}
	a := c.Articles[0]
	if a.Title != "Better Title" || a.Source != "user" {
		t.Errorf("title %q source %q, want Better Title, user", a.Title, a.Source)
	}
	if p := a.Sections[0].Passages[0]; p.ArticleTitle != "Better Title" {
		t.Errorf("passage article title %q", p.ArticleTitle)
	}
}

// A paragraph over 1200 bytes is split into passages of at most 1200
// bytes, on UTF-8 boundaries, without losing or adding text.
func TestLongParagraph(t *testing.T) {
	sentence := "The chief technology officer leads the technical department. "
	for _, tc := range []struct {
		name, text string
		sentences  bool // the pieces end at sentence ends
	}{
		{"sentences", strings.Repeat(sentence, 20000/len(sentence)+1), true},
		{"sentences of multi-byte runes", strings.Repeat("Le directeur général décide — ça coûte cher, très cher! ", 350), true},
		{"Japanese with spaces", strings.Repeat("最高技術責任者は 技術部門を 率いる ", 400), false},
		{"words, no sentence ends", strings.Repeat("technology ", 2000), false},
		{"one word, ASCII", strings.Repeat("x", 20000), false},
		{"one word, 2-byte runes", strings.Repeat("é", 10000), false},
		{"one word, 3-byte runes", strings.Repeat("技", 6700), false},
		{"one word, 4-byte runes", strings.Repeat("🚀", 5000), false},
		{"one word, mixed widths", strings.Repeat("aé技🚀", 2000), false},
		{"a space early then no spaces", "start " + strings.Repeat("技", 6700), false},
		{"just over the limit", strings.Repeat("y", 1201), false},
		{"at the limit", strings.Repeat("z", 1200), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.TrimSpace(tc.text)
			a := loadArticle(t, "long.md", []byte("## Long\n\n"+text+"\n"))
			ps := a.Sections[0].Passages
			var joined strings.Builder
			for i, p := range ps {
				if len(p.Text) > 1200 {
					t.Errorf("passage %d: %d bytes, want at most 1200", i, len(p.Text))
				}
				if !utf8.ValidString(p.Text) {
					t.Errorf("passage %d: cut inside a rune: %q ... %q", i, p.Text[:10], p.Text[len(p.Text)-10:])
				}
				if p.Position != i || p.Section != "Long" {
					t.Errorf("passage %d: position %d, section %q", i, p.Position, p.Section)
				}
				if tc.sentences && i < len(ps)-1 && !strings.HasSuffix(p.Text, ".") && !strings.HasSuffix(p.Text, "!") {
					t.Errorf("passage %d ends mid-sentence: ...%q", i, p.Text[len(p.Text)-20:])
				}
				joined.WriteString(p.Text)
			}
			if wantN := (len(text) + 1199) / 1200; len(ps) < wantN {
				t.Errorf("%d passages for %d bytes, want at least %d", len(ps), len(text), wantN)
			}
			if len(text) <= 1200 && len(ps) != 1 {
				t.Errorf("%d passages for %d bytes, want 1", len(ps), len(text))
			}
			if got, want := noSpace(joined.String()), noSpace(text); got != want {
				t.Errorf("text lost or added: joined %d bytes without spaces, original %d", len(got), len(want))
			}
		})
	}
}

func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

// A long list whose items have no full stop is cut between items, never
// inside one: each passage starts with an item.
func TestLongListCutBetweenItems(t *testing.T) {
	var b strings.Builder
	for i := range 40 {
		b.WriteString("- A big customer threatens not to renew their plan number " + strings.Repeat("x", i%7) + ": the Customer Success Lead, who brings in the CEO above 100k ARR\n")
	}
	a := loadArticle(t, "who.md", []byte("## Who to ask\n\n"+b.String()))
	ps := a.Sections[0].Passages
	if len(ps) < 2 {
		t.Fatalf("%d passages, want the list cut", len(ps))
	}
	for i, p := range ps {
		if !strings.HasPrefix(p.Text, "- A big customer") || !strings.HasSuffix(p.Text, "100k ARR") {
			t.Errorf("passage %d cut inside an item: %q … %q", i, p.Text[:20], p.Text[len(p.Text)-20:])
		}
	}
}

// A long list whose items hold full stops is cut between items too, not at
// a full stop inside one.
func TestLongListOfSentencesCutBetweenItems(t *testing.T) {
	var b strings.Builder
	for i := range 30 {
		b.WriteString("- Board number " + strings.Repeat("x", i%5) + " meets. It sits. It votes. It reads. It approves changes. It keeps the register of them.\n")
	}
	a := loadArticle(t, "boards.md", []byte("## Boards\n\n"+b.String()))
	ps := a.Sections[0].Passages
	if len(ps) < 2 {
		t.Fatalf("%d passages, want the list cut", len(ps))
	}
	for i, p := range ps {
		if !strings.HasPrefix(p.Text, "- Board number") || !strings.HasSuffix(p.Text, "register of them.") {
			t.Errorf("passage %d cut inside an item: %q … %q", i, p.Text[:20], p.Text[len(p.Text)-20:])
		}
	}
}

// A glossary's list, each item a term and what it stands for, is a passage
// per item: "what does LMC mean" quotes its line, not the list.
func TestGlossaryListItemByItem(t *testing.T) {
	text := "## Acronyms\n\n- ATC: air traffic control.\n- LMC: last minute change to the loadsheet.\n- GSE – ground support equipment.\n" +
		"- HOT: holdover time of the de-icing fluid.\n- PRM = passenger with reduced mobility.\n- **DM**: Duty Manager.\n\n" +
		"## Steps\n\n- Check the loadsheet.\n- Sign the loadsheet: the captain keeps a copy.\n- Send the LMC.\n- Close the flight.\n- File the papers.\n- Go home.\n"
	a := loadArticle(t, "glossary.md", []byte(text))
	if got := a.Sections[0].Passages; len(got) != 6 || got[1].Text != "- LMC: last minute change to the loadsheet." || got[5].Text != "- DM: Duty Manager." {
		t.Errorf("glossary passages %q, want one per item", texts(got))
	}
	if got := a.Sections[1].Passages; len(got) != 1 {
		t.Errorf("steps passages %q, want one list", texts(got))
	}
}

func texts(ps []corpus.Passage) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
	}
	return out
}

// Ordered lists keep their numbers, as readers see them: in HTML (from
// its start), in AsciiDoc, where every item is written ". ".
func TestOrderedListsNumbered(t *testing.T) {
	for _, tc := range []struct {
		name, file, text string
		want             []section
	}{
		{"HTML", "steps.html", "<h2>Steps</h2><ol><li>Report it</li><li>Call the ISO<ol><li>By phone</li></ol></li></ol><ol start=\"4\"><li>Write it up</li></ol>",
			[]section{{"Steps", []string{"1. Report it\n2. Call the ISO\n  1. By phone", "4. Write it up"}}}},
		{"AsciiDoc", "steps.adoc", "= Steps\n\n== Incident\n\n. Report it\n. Do not reboot\n. Write it up\n\nThen rest.\n\n. Again\n",
			[]section{{"Incident", []string{"1. Report it\n2. Do not reboot\n3. Write it up", "Then rest.", "1. Again"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkSections(t, loadArticle(t, tc.file, []byte(tc.text)), tc.want)
		})
	}
}

// A glossary written a line a term, without a list's marks, is a passage
// a line too, when most of its terms are letters; a record's six fields
// ("Name: …", "Role: …") stay one passage: each says whose only with the
// others.
func TestGlossaryLinesWithoutMarks(t *testing.T) {
	a := loadArticle(t, "glossary.txt", []byte("Glossary\n\nJob titles\n\nMD: Managing Director, head of the company.\nCM: Contracts Manager, one for each contract.\n"+
		"QS: Quantity Surveyor, prices the jobs.\nLGE: Lead Gas Engineer, checks other engineers' work.\nP2 Urgent: a repair within 3 working days.\nSS: Senior Scheduler, deputy of the PSM.\n"))
	if got := a.Sections[0].Passages; len(got) != 6 || got[2].Text != "QS: Quantity Surveyor, prices the jobs." {
		t.Errorf("glossary passages %q, want one per line", texts(got))
	}
	// Words of a trade, their terms mostly words, some of them with
	// letters after them, each line long enough to run on into the next.
	w := loadArticle(t, "words.txt", []byte("Glossary\n\nWords of the trade\n\n"+
		"SOR: sale or return, stock we can send back to the publisher for credit if it does not sell within the agreed period\n"+
		"Firm sale: stock bought outright with no right of return, usually at a better discount\n"+
		"Dues: titles a publisher owes us that were ordered before publication or were out of stock, and which arrive later\n"+
		"Customer order (CO): a book ordered for a named customer, kept on the orders shelf behind the till until collected\n"+
		"RA: returns authorisation, the publisher's permission to send stock back, with a number to put on the box\n"+
		"P&L: the profit and loss estimate that must go with every proposal to the acquisitions meeting\n"+
		"Pub date: publication day, before which a book must not be sold unless the publisher allows it\n"))
	if got := w.Sections[0].Passages; len(got) != 7 || got[4].Text != "RA: returns authorisation, the publisher's permission to send stock back, with a number to put on the box" {
		t.Errorf("glossary passages %q, want one per line", texts(got))
	}
	// A few lines of letters and what they stand for, under a heading of
	// their own: a passage each, as a longer glossary's.
	f := loadArticle(t, "duties.txt", []byte("Glossary\n\nDuties and on-call titles\n\n"+
		"DEOC: Duty Engineer On Call, the alarm engineer who takes out-of-hours callouts that week\n"+
		"SOC: Sprinkler On Call, the fitter who takes sprinkler callouts out of hours\n"+
		"DM: Duty Manager, the manager on call who backs up the DEOC and SOC\n"+
		"IC: Impairment Coordinator, the person who authorises any sprinkler impairment\n"))
	if got := f.Sections[0].Passages; len(got) != 4 || got[1].Text != "SOC: Sprinkler On Call, the fitter who takes sprinkler callouts out of hours" {
		t.Errorf("short glossary passages %q, want one per line", texts(got))
	}
	// A meeting's header is no glossary, however long who was present.
	m := loadArticle(t, "minutes.txt", []byte("Minutes\n\nHeader\n\nDate: Thursday 15 October 2026, 10:00 to 12:30, Split office\nChair: Helen Marsh-Okafor (CEO)\n"+
		"Present: Tomás Reilly (PD), Daniel Osei (HoF), Olivia Grant (HoFR), James Achebe (HoC)\nIn attendance: Priya Nair (MEAL Manager) for item 4\nApologies: none\nMinutes: Grace Whitfield (PA to the CEO)\n"))
	if got := m.Sections[0].Passages; len(got) != 1 {
		t.Errorf("meeting header passages %q, want one", texts(got))
	}
	r := loadArticle(t, "profile.txt", []byte("Profile\n\nThe post\n\nName: Aisha Begum\nRole: Customer Liaison Manager\nReports to: Operations Director\nDeputy: Nadia Khan\nPhone: 4410\nBase: Halifax office\n"))
	if got := r.Sections[0].Passages; len(got) != 1 {
		t.Errorf("record passages %q, want one", texts(got))
	}
}
