package corpus

import (
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// loadFixture loads one file of testdata/markup as the only article of a
// folder.
func loadFixture(t *testing.T, name string) *Article {
	t.Helper()
	data, err := os.ReadFile("testdata/markup/" + name)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(fstest.MapFS{name: {Data: data}})
	if err != nil {
		t.Fatalf("Load(%s): %v", name, err)
	}
	if len(c.Articles) != 1 {
		t.Fatalf("Load(%s): %d articles, want 1", name, len(c.Articles))
	}
	return c.Articles[0]
}

// passageUnder returns the text of the passage of a section heading
// (ending in heading) that holds part, or "" when none does.
func passageUnder(a *Article, heading, part string) string {
	for _, s := range a.Sections {
		if !strings.HasSuffix(s.Heading, heading) {
			continue
		}
		for _, p := range s.Passages {
			if strings.Contains(p.Text, part) {
				return p.Text
			}
		}
	}
	return ""
}

// reStructuredText, AsciiDoc and CSV files are articles: their sections,
// admonitions and table rows are passages; what no reader sees (comments,
// a table of contents, a header's attributes, markup) is not.
func TestMarkupFormats(t *testing.T) {
	type want struct{ heading, part, whole string }
	for _, tc := range []struct {
		file    string
		title   string
		want    []want
		notSeen []string
	}{
		{
			file:  "harbour-board.rst",
			title: "Harbour Authority Roles",
			want: []want{
				{"The Harbour Master", "controls every movement", "The Harbour Master controls every movement of ships inside the port limits and reports to the Chief Executive. See the bylaws and rule 4."},
				{"The Harbour Master", "bad weather", "Note: In bad weather the Harbour Master may close the port without asking the board."},
				{"The Harbour Master", "three days goes", "Important: A berth closed for more than three days goes to the board."},
				{"Pilots", "licensed", "Pilots are licensed by the Harbour Master:"},
				{"Pilots", "Licence renewals", "Licence renewals happen every two years."},
				{"Pilots", "Closing a berth", "Decision: Closing a berth; Approved by: The Harbour Master, for up to three days"},
				{"Pilots", "Dredging", "Decision: Dredging contracts; Approved by: The Chief Executive"},
				{"Pilots", "Marine Warden", "Title: Marine Warden; Reports to: The Harbour Master"},
				{"Pilots", "Señora", "Title: Señora — Año; Reports to: Begoña Uranga (CE)"}, // columns counted in characters, not bytes
				{"Pilots", "first numbered", ""},
				{"", "Owner", ""},
			},
			notSeen: []string{"contents", "editors", ":local:", "``", "`_", "#.", "header-rows", "list-table", "===="},
		},
		{
			file:  "harbour-board.adoc",
			title: "Harbour Authority Roles",
			want: []want{
				{"Introduction", "who runs the harbour", "This page says who runs the harbour and who they answer to."},
				{"The Harbour Master", "controls every movement", "The Harbour Master controls every movement of ships inside the port limits and reports to the Chief Executive. See the bylaws and the pilots section."},
				{"The Harbour Master", "bad weather", "Note: In bad weather the Harbour Master may close the port without asking the board."},
				{"The Harbour Master", "leave its berth", "Warning: Only the Harbour Master can order a ship to leave its berth."},
				{"Pilots", "licensed", ""},
				{"Pilots", "Marine Warden", "Marine Warden: Patrols the quays and reports to the Harbour Master."},
				{"Pilots", "Lock Keeper", "Lock Keeper: Runs the locks and reports to the Harbour Master."}, // an item of the list a passage
				{"Pilots", "Closing a berth", "Decision: Closing a berth; Approved by: The Harbour Master, for up to three days"},
				{"Pilots", "Dredging", "Decision: Dredging contracts; Approved by: The Chief Executive"},
				{"Pilots", "Dock Surveyor", "Title: Dock Surveyor; Reports to: The Chief Engineer"},
			},
			notSeen: []string{"secretariat@", "v2.1", ":toc:", "editor's note", "[[", "<<", "link:", "|===", "cols=", "Who approves what"},
		},
		{
			file:  "who-reports-where.csv",
			title: "Who reports where",
			want: []want{
				{"", "Harbour Master", "Role title: Harbour Master; Reports to: Chief Executive; Notes: Controls ships; closes the port in storms"},
				{"", "Chief Engineer", "Role title: Chief Engineer; Reports to: Chief Executive; Notes: Looks after the quays, cranes and dredgers"},
			},
			notSeen: []string{"\ufeff", "role_title", "\"", ";;"},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			a := loadFixture(t, tc.file)
			if a.Title != tc.title {
				t.Errorf("title %q, want %q", a.Title, tc.title)
			}
			for _, w := range tc.want {
				got := passageUnder(a, w.heading, w.part)
				switch {
				case got == "":
					t.Errorf("no passage under %q holds %q; sections %+v", w.heading, w.part, a.Sections)
				case w.whole != "" && got != w.whole:
					t.Errorf("passage under %q\n got %q\nwant %q", w.heading, got, w.whole)
				}
			}
			for _, s := range a.Sections {
				for _, p := range s.Passages {
					for _, n := range tc.notSeen {
						if strings.Contains(p.Text, n) || strings.Contains(s.Heading, n) {
							t.Errorf("section %q passage %q holds %q", s.Heading, p.Text, n)
						}
					}
				}
			}
		})
	}
}

// Section levels in reStructuredText come from the order in which each
// underline style first appears, whatever the characters.
func TestRSTSectionLevels(t *testing.T) {
	md := rstToMarkdown("Title\n#####\n\nOne\n~~~\n\ntext\n\nTwo\n***\n\nmore\n\nThree\n~~~\n\nend\n")
	var got []string
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "#") {
			got = append(got, l)
		}
	}
	if want := []string{"# Title", "## One", "### Two", "## Three"}; !slices.Equal(got, want) {
		t.Errorf("headings %q, want %q", got, want)
	}
}

// A CSV's separator is what its header line uses most.
func TestCSVSeparator(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a.csv", "role,boss\nCFO,CEO\n", "Role: CFO; Boss: CEO"},
		{"a.csv", "role;boss\nCFO;CEO, acting\n", "Role: CFO; Boss: CEO, acting"},
		{"a.tsv", "role\tboss\nCFO\tCEO\n", "Role: CFO; Boss: CEO"},
		{"a.csv", "role,boss\nCFO,\"CEO \"\"acting\"\"\"\nbad \"quote,x\n", "Role: CFO; Boss: CEO \"acting\""},
		// An amount left unquoted: its thousands separator split the field.
		{"a.csv", "ref,limit,approver\nA1,Up to £2,500,Supervising partner\n", "Ref: A1; Limit: Up to £2,500; Approver: Supervising partner"},
		{"a.csv", "ref,limit,approver\nA2,£25,001 to £100,000,Managing Partner\n", "Ref: A2; Limit: £25,001 to £100,000; Approver: Managing Partner"},
	} {
		c, err := Load(fstest.MapFS{tc.name: {Data: []byte(tc.text)}})
		if err != nil {
			t.Fatalf("%q: %v", tc.text, err)
		}
		if got := c.Articles[0].Sections[0].Passages[0].Text; got != tc.want {
			t.Errorf("%q: first row %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A CSV written by hand: a comma inside brackets splits no cell; a row
// with more cells than its header, and a quote no quote closes, are read
// and said, by line.
func TestCSVWrittenByHand(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		rows       []string // the passages, in order
		warnings   []string
	}{
		{"comma in brackets", "Item,Approver,Limit\nNon-stock purchase (consumables, small items),Practice Manager,£750\n",
			[]string{"Item: Non-stock purchase (consumables, small items); Approver: Practice Manager; Limit: £750"}, nil},
		{"two commas in brackets", "Area,Decision,Approver,Limit\nEmergencies,Emergency spend (hotel rooms, board-ups, skips),Duty Manager (Silver),\"Up to £3,000\"\n",
			[]string{"Area: Emergencies; Decision: Emergency spend (hotel rooms, board-ups, skips); Approver: Duty Manager (Silver); Limit: Up to £3,000"}, nil},
		// A cell too many goes on the last, as written: free text, with
		// its commas, is most often a table's last column ("Notes").
		{"a cell too many", "Item,Approver\nDrugs, fluids,Head Nurse\nFood,Kitchen\n",
			[]string{"Item: Drugs; Approver: fluids, Head Nurse", "Item: Food; Approver: Kitchen"},
			[]string{"line 2 has 3 cells, its header 2: its cells may be under the wrong headers (put a cell that holds a ',' in quotes)"}},
		{"a note with commas", "Role,Limit,Notes\nFTL,Up to £2500,Materials, tools and consumables\nAFM,Up to £25000,Depot budget\n",
			[]string{"Role: FTL; Limit: Up to £2500; Notes: Materials, tools and consumables", "Role: AFM; Limit: Up to £25000; Notes: Depot budget"},
			[]string{"line 2 has 4 cells, its header 3: its cells may be under the wrong headers (put a cell that holds a ',' in quotes)"}},
		{"quote never closed", "Week,Vet,Notes\n1,Ann,\"covers Bath\n2,Bob,none\n3,Cy,none\n",
			[]string{"Week: 1; Vet: Ann; Notes: covers Bath", "Week: 2; Vet: Bob; Notes: none", "Week: 3; Vet: Cy; Notes: none"},
			[]string{"line 2: a quote opens a cell and no quote closes it; read without that quote"}},
		{"two quotes never closed on a line", "name,role,notes\n\"Jo Bloggs,Runner,\"unclosed quote\nAl,Runner,ok\n",
			[]string{"Name: Jo Bloggs; Role: Runner; Notes: unclosed quote", "Name: Al; Role: Runner; Notes: ok"},
			[]string{"line 2: a quote opens a cell and no quote closes it; read without that quote"}},
		{"quote never closed, two rows", "Name,Role\n\"Jade,TL\nOwen,TL\n",
			[]string{"Name: Jade; Role: TL", "Name: Owen; Role: TL"},
			[]string{"line 2: a quote opens a cell and no quote closes it; read without that quote"}},
		// A cell that a quote opens and closes is no quote left open,
		// on the last line as on any.
		{"a quoted cell on the last line", "name,title,notes\nTom,\"Safety Environment Advisor\",keeps\n",
			[]string{"Name: Tom; Title: Safety Environment Advisor; Notes: keeps"}, nil},
		{"quote never closed on the last line", "Role,Limit,Notes\nBursar,\"Up to £5,000\",none\n\"Drama HoD,Up to £750,cards only\n",
			[]string{"Role: Bursar; Limit: Up to £5,000; Notes: none", "Role: Drama HoD; Limit: Up to £750; Notes: cards only"},
			[]string{"line 3: a quote opens a cell and no quote closes it; read without that quote"}},
		{"quote never closed in the last cell", "Role,Limit,Notes\nPractice Manager,£1500,none\nLab Manager,£3000,\"Lab materials\n",
			[]string{"Role: Practice Manager; Limit: £1500; Notes: none", "Role: Lab Manager; Limit: £3000; Notes: Lab materials"},
			[]string{"line 3: a quote opens a cell and no quote closes it; read to the end of the file"}},
		{"a cell of two lines in the last row", "Role,Notes\nHM,none\nGM,\"first line\nsecond, and last\"\n",
			[]string{"Role: HM; Notes: none", "Role: GM; Notes: first line second, and last"}, nil},
		{"a cell of two lines", "Role,Notes\nGM,\"first line\nsecond line\"\nHM,none\n",
			[]string{"Role: GM; Notes: first line second line", "Role: HM; Notes: none"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Load(fstest.MapFS{"t.csv": {Data: []byte(tc.text)}})
			if err != nil {
				t.Fatal(err)
			}
			a := c.Articles[0]
			var got []string
			for _, s := range a.Sections {
				for _, p := range s.Passages {
					got = append(got, p.Text)
				}
			}
			if !slices.Equal(got, tc.rows) {
				t.Errorf("passages\n%q\nwant\n%q", got, tc.rows)
			}
			if !slices.Equal(a.Warnings, tc.warnings) {
				t.Errorf("warnings %q, want %q", a.Warnings, tc.warnings)
			}
		})
	}
}

// A CSV of bytes that are no UTF-8 (nor Latin-1) is skipped by name, as
// any such file; the converter itself takes any bytes without a panic.
func TestCSVOfInvalidUTF8(t *testing.T) {
	_, err := Load(fstest.MapFS{"bad.csv": {Data: []byte("\x96\xf0role,\x8a\x84boss\nCFO,CEO\n")}})
	if err == nil || !strings.Contains(err.Error(), `"bad.csv"`) {
		t.Errorf("Load: %v, want the file named", err)
	}
	if md, _ := csvToMarkdown("bad.csv", "\xbfrole,\xffboss\nCFO,CEO\n"); !strings.Contains(md, "CFO") {
		t.Errorf("csvToMarkdown: %q, want the row", md)
	}
	for s, want := range map[string]string{"": "", "\xbf": "\xbf", "élan": "Élan", "x": "X", "\xffab": "\xffab"} {
		if got := capitalize(s); got != want {
			t.Errorf("capitalize(%q) = %q, want %q", s, got, want)
		}
	}
}

// Windows-1252 as a British Word export writes it: the pound sign, curly
// quotes and dashes, each one byte. A file that mixes it with UTF-8
// ("Café" pasted in UTF-8, "£" in Latin-1) keeps its UTF-8 characters,
// and says it mixes the two.
func TestWindows1252(t *testing.T) {
	for _, c := range []struct{ in, want, encoding string }{
		{"Up to \xa3250 \x93per event\x94 \x96 caf\xe9 \x80 \x81", "Up to £250 “per event” – café € \uFFFD", Windows1252},
		{"Caf\xc3\xa9 refit,Up to \xa35,000\nCaf\xe9 float,\xa3150", "Café refit,Up to £5,000\nCafé float,£150", MixedWindows1252},
	} {
		got, encoding := windows1252([]byte(c.in))
		if string(got) != c.want || encoding != c.encoding {
			t.Errorf("windows1252(%q) = %q, %q; want %q, %q", c.in, got, encoding, c.want, c.encoding)
		}
	}
}

// A greeting is "Hi all," or a name alone with a comma ("Tom,"), not any
// word alone with a comma.
func TestGreeting(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Hi all,", true}, {"Dear colleagues,", true}, {"hello team", true},
		{"Tom,", true}, {"Mary Jane,", true},
		{"however,", false}, {"in short,", false},
	} {
		if got := greeting.MatchString(tc.line); got != tc.want {
			t.Errorf("greeting(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
