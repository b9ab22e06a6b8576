package corpus_test

import (
	"os"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/corpus"
)

// A page saved from a wiki reads as its text: headings start sections
// (read with the heading above them), paragraphs, lists, table rows and
// preformatted text are passages, and what the page does not say
// (navigation, scripts, styles, forms, the footer, comments) is left out.
func TestHTMLFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/html/wiki.html")
	if err != nil {
		t.Fatal(err)
	}
	a := loadArticle(t, "wiki.html", data)
	if a.Slug != "wiki" || a.Title != "Finance Roles & Who to Ask" {
		t.Errorf("slug %q, title %q", a.Slug, a.Title)
	}
	checkSections(t, a, []section{
		{"Introduction", []string{"This page says who does what in finance. It was exported from the wiki."}},
		{"The CFO", []string{"The chief financial officer (CFO) owns the budget and reports to the CEO.\nAsk the CFO about funding."}},
		{"The CFO › Responsibilities", []string{"- Annual budget and forecasts\n- Fundraising, with the CEO\n  - equity\n  - debt"}},
		{"Approvals", []string{
			"Amount: Up to 5,000 EUR; Who approves: Budget owner",
			"Amount: Above 50,000 EUR; Who approves: CFO",
			"Note: Keep receipts for ten years.",
			"expense-tool submit --receipt scan.pdf\nexpense-tool status",
		}},
	})
}

func TestHTML(t *testing.T) {
	for _, tc := range []struct {
		name, text, title string
		want              []section
	}{
		{
			name:  "no title element: the first h1",
			text:  "<h1>Roles</h1><h2>CTO</h2><p>Leads technology.</p>",
			title: "Roles",
			want:  []section{{"CTO", []string{"Leads technology."}}},
		},
		{
			name:  "a site header (a logo, links) is left out, an article's header kept; a logo says nothing",
			text:  `<header class="site-header"><a href="/"><img src="l.png" alt="Acme Health logo"></a> <a href="/a">Staff A-Z</a></header><main><article><header><h1>The CMIO</h1><p>Digital lead</p></header><p><img src="x.png" alt="Acme logo"> The CMIO speaks for clinicians.</p></article></main>`,
			title: "The CMIO",
			want:  []section{{"Introduction", []string{"Digital lead", "The CMIO speaks for clinicians."}}},
		},
		{
			name:  "a post's table of fields, its labels in bold: one passage, a field a line",
			text:  `<h1>SPO</h1><table><tr><td><b>Post</b></td><td>Senior Plant Operative (SPO)</td></tr><tr><td><b>Reports to</b></td><td>Deputy Centre Manager</td></tr><tr><td><b>Grade</b></td><td>Band 4</td></tr></table>`,
			title: "SPO",
			want:  []section{{"Introduction", []string{"Post; Senior Plant Operative (SPO)\nReports to; Deputy Centre Manager\nGrade; Band 4"}}},
		},
		{
			name:  "Word's table header: bold <td> cells over the rows, not <th>",
			text:  `<h1>Guests</h1><table class=MsoTableGrid><tr><td><p class=MsoNormal><b>Category</b></p></td><td><p class=MsoNormal><b>Hotel nights paid</b></p></td></tr><tr><td><p class=MsoNormal>A</p></td><td><p class=MsoNormal>Up to <b>5</b> nights</p></td></tr></table>`,
			title: "Guests",
			want:  []section{{"Introduction", []string{"Category: A; Hotel nights paid: Up to 5 nights"}}},
		},
		{
			name:  "Word's title paragraph (MsoTitle) is the title, not <title>, and no passage",
			text:  `<html><head><title>IBM-HSE-STD-004 Statutory Positions</title></head><body><p class=MsoTitle>Statutory Positions and OHS Responsibilities</p><h1>1. Purpose</h1><p class=MsoNormal>This standard names the statutory positions.</p></body></html>`,
			title: "Statutory Positions and OHS Responsibilities",
			want:  []section{{"1. Purpose", []string{"This standard names the statutory positions."}}},
		},
		{
			name:  "a Confluence box's title paragraph (class title) under the page's sections titles no page",
			text:  `<html><head><title>Client finance - Wiki</title></head><body><h1 id="title-text">Client estimates and payment</h1><h2>Discounts</h2><p>The treating clinician may take up to 10% off.</p><div class="confluence-information-macro"><p class="title">Staff pets</p><div class="confluence-information-macro-body"><p>Employees get 25% off their own animals' treatment.</p></div></div></body></html>`,
			title: "Client estimates and payment",
			want:  []section{{"Discounts", []string{"The treating clinician may take up to 10% off.", "Staff pets", "Employees get 25% off their own animals' treatment."}}},
		},
		{
			name:  "a Google Doc's title paragraph (class title) is the title, its h1s sections",
			text:  `<html><head><title>Complaints</title></head><body class="c5 doc-content"><p class="c2 title" id="h.7yx"><span class="c3">Client complaints procedure</span></p><h1 class="c4" id="h.1"><span>1. What counts as a complaint</span></h1><p class="c1"><span>Any expression of dissatisfaction.</span></p><h1 id="h.2">2. Who owns it</h1><p>The account director.</p></body></html>`,
			title: "Client complaints procedure",
			want:  []section{{"1. What counts as a complaint", []string{"Any expression of dissatisfaction."}}, {"2. Who owns it", []string{"The account director."}}},
		},
		{
			name:  "a SharePoint page's h1 holds its breadcrumb; a crest says nothing",
			text:  `<html><head><title>Principal Officers</title></head><body><img src="c.png" alt="Northmoor Fire and Rescue Service crest"><h1 id="pageTitle" class="ms-core-pageTitle"><span><a title="Home" href="/sites/intranet">Home</a><span class="ms-ltr">&nbsp;<span class="ms-pageTitle-separator">›</span>&nbsp;</span>Principal Officers and Senior Management</span></h1><p>The CFO leads the Service.</p></body></html>`,
			title: "Principal Officers and Senior Management",
			want:  []section{{"Introduction", []string{"The CFO leads the Service."}}},
		},
		{
			name:  "SharePoint's search box and site icon are page furniture",
			text:  `<div id="siteIcon" class="ms-tableCell"><a href="/sites/ops"><img src="logo.png" alt="Hadley Stone Construction" /></a></div><div id="DeltaPlaceHolderSearchArea" class="ms-mpSearchBox"><div id="SearchBox"><input type="text" title="Search..." /><a title="Search" class="ms-srch-sb-searchLink" href="#">Search</a></div></div><h1>Operations</h1><p>The Site Manager runs the site.</p>`,
			title: "Operations",
			want:  []section{{"Introduction", []string{"The Site Manager runs the site."}}},
		},
		{
			name:  "a wiki's header div (the site's name and search) is page furniture; one that holds the page's title is not",
			text:  `<div id="header" class="aui-header"><a href="/">Larkspur Wiki</a> <form class="search"><input name="q"></form></div><div class="page-header"><h1>Housekeeping</h1></div><p>Joan leads the team.</p>`,
			title: "Housekeeping",
			want:  []section{{"Introduction", []string{"Joan leads the team."}}},
		},
		{
			name:  "a heading whose id holds a word of page furniture (Confluence's, of a page named Menu Planning) is a heading",
			text:  `<h1>Menu Planning</h1><h2 id="MenuPlanning-Costs">Costs</h2><p>The chef sets the menu costs.</p>`,
			title: "Menu Planning",
			want:  []section{{"Costs", []string{"The chef sets the menu costs."}}},
		},
		{
			name:  "a first row with a bold cell and a plain one is a row",
			text:  `<h1>Guests</h1><table><tr><td><b>A</b></td><td>Up to 5 nights</td></tr><tr><td><b>B</b></td><td>Up to 3 nights</td></tr></table>`,
			title: "Guests",
			want:  []section{{"Introduction", []string{"A; Up to 5 nights", "B; Up to 3 nights"}}},
		},
		{
			name:  "SharePoint's suite bar and ribbon are page furniture",
			text:  `<div id="suiteBarTop">Office 365 SharePoint</div><div id="s4-ribbonrow" class="ms-ribbon"><span>Browse</span> <span>Page</span> <span>Share</span> <span>Follow</span> <span>Edit</span></div><h1>Planning</h1><p>The Head of Planning leads the service.</p>`,
			title: "Planning",
			want:  []section{{"Introduction", []string{"The Head of Planning leads the service."}}},
		},
		{
			name:  "SharePoint's side navigation is page furniture",
			text:  `<h1>Planning</h1><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap"><ul><li>Home</li><li>Policies</li><li>Teams</li></ul></div><p>The Head of Planning leads the service.</p>`,
			title: "Planning",
			want:  []section{{"Introduction", []string{"The Head of Planning leads the service."}}},
		},
		{
			name:  "a site's header over every page is page furniture",
			text:  `<div class="ms-siteheader"><img src="c.png" alt="Fenmoor crest"> Fenmoor Intranet</div><header class="masthead">Fenmoor Power Networks</header><h1>Planning</h1><p>The Head of Planning leads the service.</p>`,
			title: "Planning",
			want:  []section{{"Introduction", []string{"The Head of Planning leads the service."}}},
		},
		{
			name:  "no title anywhere: the slug; text outside any element is a passage",
			text:  "Just some text about the CFO.",
			title: "page",
			want:  []section{{"Introduction", []string{"Just some text about the CFO."}}},
		},
		{
			name:  "broken markup still reads",
			text:  "<h2>CIO</h2><p>Runs internal systems<p>and the help desk</b><li>a stray item",
			title: "page",
			want:  []section{{"CIO", []string{"Runs internal systems", "and the help desk", "a stray item"}}},
		},
		{
			name:  "the one h1 is the title, whatever <title> adds",
			text:  "<title>Roles - Company Wiki</title><h1>Roles</h1><h2>CTO</h2><p>Leads technology.</p>",
			title: "Roles",
			want:  []section{{"CTO", []string{"Leads technology."}}},
		},
		{
			name:  "several h1: the <title>, and each h1 a section",
			text:  "<title>Roles</title><h1>Tech</h1><h2>CTO</h2><p>Leads technology.</p><h1>Money</h1><p>The CFO.</p>",
			title: "Roles",
			want:  []section{{"Tech › CTO", []string{"Leads technology."}}, {"Money", []string{"The CFO."}}},
		},
		{
			name:  "paragraphs inside a heading: the heading is the text before them",
			text:  "<h2>CIO<p>Runs internal systems</p><p>and the help desk</p></h2>",
			title: "page",
			want:  []section{{"CIO", []string{"Runs internal systems", "and the help desk"}}},
		},
		{
			name:  "a definition list: each term heads its definitions",
			text:  "<h2>FAQ</h2><dl><dt>Who signs contracts?</dt><dd>The General Counsel.</dd><dt>Who owns churn?</dt><dd><p>The CCO.</p><p>With sales.</p></dd></dl>",
			title: "page",
			want: []section{
				{"FAQ › Who signs contracts?", []string{"The General Counsel."}},
				{"FAQ › Who owns churn?", []string{"The CCO.", "With sales."}},
			},
		},
		{
			name: "a term that is no question also begins its definition's first passage",
			text: "<h2>Glossary</h2><dl><dt>DND</dt><dd>Do Not Disturb.</dd><dt>IT Manager – Lukas Brandt:</dt><dd><p>Runs every laptop.</p><p>And the Wi-Fi.</p></dd>" +
				"<dt>Steps</dt><dd><ul><li>One</li><li>Two</li></ul></dd></dl>",
			title: "page",
			want: []section{
				{"Glossary › DND", []string{"DND: Do Not Disturb."}},
				{"Glossary › IT Manager – Lukas Brandt:", []string{"IT Manager – Lukas Brandt: Runs every laptop.", "And the Wi-Fi."}},
				{"Glossary › Steps", []string{"Steps:\n- One\n- Two"}},
			},
		},
		{
			name:  "a wiki's line of who last changed the page is furniture",
			text:  `<h1 id="title-text">On call</h1><div class="page-metadata">Created by Priya Raman, last modified by Jonas Keller on 12 Mar 2024</div><div id="main-content"><p>Call the CTO.</p></div>`,
			title: "On call",
			want:  []section{{"Introduction", []string{"Call the CTO."}}},
		},
		{
			name: "a Confluence export: its title without the space's name, no list of attachments",
			text: `<html><head><title>Product : Team Roles</title></head><body><div id="main-header"><h1 id="title-heading" class="pagetitle"><span id="title-text">Product : Team Roles</span></h1></div>` +
				`<div id="main-content"><h2>Chief Product Officer</h2><p>The CPO leads Product.</p></div>` +
				`<div class="pageSection group"><div class="pageSectionHeader"><h2 id="attachments" class="pageSectionTitle">Attachments:</h2></div><div class="greybox"><a href="a.png">org.png</a> (image/png)</div></div></body></html>`,
			title: "Team Roles",
			want:  []section{{"Chief Product Officer", []string{"The CPO leads Product."}}},
		},
		{
			name:  "Word's title paragraph repeats the title: no passage",
			text:  `<html><head><title>IT Services</title></head><body><div class=WordSection1><p class=MsoTitle>IT Services</p><p class=MsoNormal>The CIO runs IT.</p></div></body></html>`,
			title: "IT Services",
			want:  []section{{"Introduction", []string{"The CIO runs IT."}}},
		},
		{
			name:  "a page wrapped in one form (ASP.NET, SharePoint) is read; a search form is not",
			text:  `<div><form role="search"><label>Search</label><input name="q"></form></div><form id="aspnetForm"><h2>Trust and Safety</h2><div class="ms-rtestate-field"><p>The Head of Trust and Safety reviews takedown requests.</p></div></form>`,
			title: "page",
			want:  []section{{"Trust and Safety", []string{"The Head of Trust and Safety reviews takedown requests."}}},
		},
		{
			name:  "a MediaWiki page: no [edit] links, contents box or what it does not print",
			text:  `<h1>CCO</h1><div id="siteSub" class="noprint">From the wiki</div><div id="toc" class="toc"><ul><li>1 Duties</li></ul></div><h2><span class="mw-headline">Duties</span><span class="mw-editsection">[<a href="?action=edit">edit</a>]</span></h2><p>The CCO owns the content slate.</p>`,
			title: "CCO",
			want:  []section{{"Duties", []string{"The CCO owns the content slate."}}},
		},
		{
			name:  "a table that lays out the page (headings in its cells) is read as the page",
			text:  `<h1>Trust</h1><table><tbody><tr><td><div><p>Two roles.</p></div><div><h2>Head of Trust &amp; Safety (HoTS)</h2></div><div><p>The HoTS leads the moderators.</p><ul><li>Takedowns</li></ul></div></td><td><h3>Contacts</h3><p>Ask Legal.</p></td></tr></tbody></table>`,
			title: "Trust",
			want: []section{{"Introduction", []string{"Two roles."}}, {"Head of Trust & Safety (HoTS)", []string{"The HoTS leads the moderators.", "- Takedowns"}},
				{"Head of Trust & Safety (HoTS) › Contacts", []string{"Ask Legal."}}},
		},
		{
			name:  "Word's web page: a paragraph all in bold is a heading; a stressed sentence is not",
			text:  `<h1>Children's Services</h1><p class=MsoNormal>&nbsp;</p><p class=MsoNormal><b><span style='font-size:12.0pt'>Director of Children's Services (DCS)</span></b></p><p class=MsoNormal>Joanne Whitfield is the DCS.</p><p class=MsoNormal><b>Call the LADO within one working day.</b></p><p class=MsoNormal><b>Virtual</b> <strong>School Head</strong></p><p class=MsoNormal>Mark Ellison is <b>Virtual School Head</b>.</p>`,
			title: "Children's Services",
			want: []section{{"Director of Children's Services (DCS)", []string{"Joanne Whitfield is the DCS.", "Call the LADO within one working day."}},
				{"Virtual School Head", []string{"Mark Ellison is Virtual School Head."}}},
		},
		{
			name:  "Google Docs: a header row and a heading in bold by a class of the page's style sheet",
			text:  `<html><head><style type="text/css">.c4{color:#000}.c1{font-weight:700}.c2, span.c7{font-style:italic;font-weight:bold}</style><title>Bar</title></head><body><h1><span>Hours</span></h1><table><tr><td><p><span class="c1">Day</span></p></td><td><p><span class="c4 c1">Last orders</span></p></td></tr><tr><td><p><span>Friday</span></p></td><td><p><span class="c1">11.30pm</span></p></td></tr></table><p><span class="c7">Who holds the licence</span></p><p><span>Mark is the DPS.</span></p><p class="c1">Workshop cover</p><p>Callum covers.</p></body></html>`,
			title: "Hours",
			want: []section{{"Introduction", []string{"Day: Friday; Last orders: 11.30pm"}},
				{"Who holds the licence", []string{"Mark is the DPS."}}, {"Workshop cover", []string{"Callum covers."}}},
		},
		{
			name:  "a table without header cells: cells joined",
			text:  "<table><tr><td>CFO</td><td>budget</td></tr></table>",
			title: "page",
			want:  []section{{"Introduction", []string{"CFO; budget"}}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := loadArticle(t, "page.html", []byte(tc.text))
			if a.Title != tc.title {
				t.Errorf("title %q, want %q", a.Title, tc.title)
			}
			checkSections(t, a, tc.want)
		})
	}
}

func TestHTMLNothingToSay(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/good.md":   {Data: []byte("# Good\n\nText.\n")},
		"articles/page.html": {Data: []byte("<html><head><title>T</title><script>x()</script></head><body><nav>Home</nav></body></html>")},
		"roles":              noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Skipped) != 1 || c.Skipped[0].File != "articles/page.html" {
		t.Errorf("skipped %+v, want articles/page.html: nothing but navigation", c.Skipped)
	}
}
