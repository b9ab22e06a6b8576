package role

import "testing"

// A section heading that is a role's title names a role, letters or not;
// other headings do not.
func TestHeadingTitle(t *testing.T) {
	for _, tc := range []struct{ heading, want string }{
		{"The Fire Chief", "fire chief"},
		{"City Clerk", "city clerk"},
		{"3. THE MAYOR", "mayor"},
		{"Emergencies › Police Chief", "police chief"},
		{"Director of Pharmacy", "director of pharmacy"},
		{"The Caldicott Guardian:", "caldicott guardian"},
		{"Treasurer", "treasurer"},
		{"Section 151 Officer", "section 151 officer"}, // a number inside a title
		{"Manager", ""},                                // one word that names any role
		{"Who the CFO reports to", ""},                 // a sentence, not a title
		{"Responsibilities of the CTO", ""},            // not ending in a role's noun
		{"Chief Financial Officer", ""},                // a chief's title is read from the texts
		{"Heads of Nursing and Matrons", ""},           // plural
		{"Deputy City Manager (DCM)", ""},              // with letters: read from the texts
		{"what the project manager does", ""},          // not in capitals
		{"Roles, Titles and the Board", ""},            // punctuation
		{"The Very Long Title Of A Strange Committee Member Director", ""},
		{"CFO and Director of Finance", ""},                    // two names of one post
		{"Registrar and Secretary", "registrar and secretary"}, // one post's title
		{"The Purchasing Agent", "purchasing agent"},
		{"Chief Pilot", "chief pilot"},
		{"Chief Geologist", "chief geologist"}, // a chief of a trade
		{"Chief Concerns", ""},
		{"Base Captains", ""}, // plural
		{"County Auditor-Controller", "county auditor-controller"},
		{"Nominated Person Crew Training", "nominated person crew training"}, // a post the law names
		{"Missing Person", ""},
		{"Above the Scheme Manager", ""}, // who stands above a role, no title
		{"Under the Head Brewer", ""},
		{"Flight Operations", ""},
		{"What an Area Manager does", "area manager"}, // a section about the role
		{"What the Store Manager Does", "store manager"},
		{"The role of the Duty Manager", "duty manager"},
		{"Duties of the Clerk", ""}, // one word that names any role
		{"Responsibilities of the Head of Buying", "head of buying"},
		{"Loss Prevention Manager responsibilities", "loss prevention manager"},
		{"What a good day looks like", ""},
		{"Duty Harbour Master", "duty harbour master"},
		{"Master Data", ""},
		{"What the Board does", ""},
	} {
		if got := headingTitle(tc.heading); got != tc.want {
			t.Errorf("headingTitle(%q) = %q, want %q", tc.heading, got, tc.want)
		}
	}
}

// A role whose title only a heading gives is found in questions.
func TestRoleFromHeading(t *testing.T) {
	d := NewFound(nil, Scan("Emergency arrangements", "The Fire Chief", "The Fire Chief leads the Fire Department.", "City Clerk", "The clerk keeps the minutes."))
	q := d.Detect("fire chief or city clerk, who keeps the minutes?")
	if len(q.Roles) != 2 || q.Roles[0] != "fire-chief" || q.Roles[1] != "city-clerk" {
		t.Errorf("roles %v, want [fire-chief city-clerk]", q.Roles)
	}
}

// A staff list's "Job title" cell names a role of the organisation, as a
// heading does; a cell of another label names none.
func TestRoleFromTitleCell(t *testing.T) {
	d := NewFound(nil, Scan("Name: Sophie Marchetti; Job title: Grants Manager; Location: London; Reports to: Director of Fundraising",
		"Name: Tom Ode; Team: Warehouse Supervisor; Location: Leeds"))
	if q := d.Detect("what does the grants manager do"); len(q.Roles) != 1 || q.Roles[0] != "grants-manager" {
		t.Errorf("Detect = %v, want the Grants Manager of the staff list", q.Roles)
	}
	if q := d.Detect("what does the warehouse supervisor do"); len(q.Roles) != 0 {
		t.Errorf("Detect = %v, want none: a team is no job title", q.Roles)
	}
}

// A glossary's line gives a role's letters before its title: "TD:
// Technical Director. Studio-wide tech owner" makes "TD" the Technical
// Director; a note ("NOTE: Research time …") or a person ("CC: Camille
// Dubois") is no role.
func TestRoleFromGlossaryLine(t *testing.T) {
	d := NewFound(nil, Scan("TD: Technical Director. Studio-wide tech owner; Hamza.", "GD — Game Director; owns the vision of one game.",
		"Words you will hear:\n- TEU – the standard container.\n- HoTO – Head of Terminal Operations.",
		"NOTE: Research time may be charged", "CC: Camille Dubois"))
	for q, want := range map[string]string{"who is the TD": "td", "who is the technical director": "td", "what does a GD do": "gd", "HoTO?": "hoto"} {
		if got := d.Detect(q).Roles; len(got) != 1 || got[0] != want {
			t.Errorf("Detect(%q) = %v, want [%s]", q, got, want)
		}
	}
	if got := d.Detect("who is the CC, and the NOTE?").Roles; len(got) != 0 {
		t.Errorf("Detect = %v, want none", got)
	}
}

// The posts of a trade, with the letters that stand for them, are roles
// ("Head Brewer (HB)", "TSR: Trade Sales Rep"), letters from inside a word
// too ("TRM" for the TapRoom Manager); a thing's title with letters ("Key
// Performance Indicator (KPI)") and a heading that ends in a trade's noun
// are none. Letters in mixed case ("HoPL", "HoD") may be typed in small
// letters, unless that spells an English word ("don" is no DoN).
func TestRoleOfTrade(t *testing.T) {
	d := NewFound(nil, Scan("The Head Brewer (HB), Tomasz, owns the recipes.", "- TSR: Trade Sales Rep, sells to free trade pubs",
		"The QC Technician (QCT), Sam Lowry, runs the lab.", "Bea Holloway, Taproom Manager (TRM), runs the bar.", "The Head of Parks and Leisure (HoPL) is Marion.", "Head of Department (HoD): leads a subject.",
		"Each team has a Key Performance Indicator (KPI).", "Lab Technician", "The lab technician keeps the log.",
		"- NSA — Night Sky Astronomer. Runs public observing.", "The Site Keyholder (SKH) carries the alarm phone."))
	for q, want := range map[string]string{"who is the HB": "hb", "what does the head brewer do": "hb", "who does the TSR report to": "tsr",
		"what does an NSA do": "nsa", "who is the SKH this week": "skh", // a noun of a person by its ending: "astronomer", "keyholder"
		"who is the QCT": "qct", "who is the TRM": "trm", "who is the taproom manager": "trm", "hopl?": "hopl", "what does a hod do": "hod"} {
		if got := d.Detect(q).Roles; len(got) != 1 || got[0] != want {
			t.Errorf("Detect(%q) = %v, want [%s]", q, got, want)
		}
	}
	for _, q := range []string{"what is a KPI", "what does the lab technician do"} {
		if got := d.Detect(q).Roles; len(got) != 0 {
			t.Errorf("Detect(%q) = %v, want none", q, got)
		}
	}
}

// A list of job titles and their letters, most of them roles by their
// nouns, makes the others posts too ("MF: Mobile Fitter", "TP: Transport
// Planner"), whether the list is one passage or one a line; a staff
// list's row gives a title letters in a cell of their
// own ("Job title: Lead Fitter; Abbreviation: LF"), unless other letters
// already name it ("Role: Volunteer Coordinators; Letters: VCo" is the
// VCo of the glossary, no role of its own). A list of terms is no list of
// posts.
func TestPostsByWhereTheyAreWritten(t *testing.T) {
	d := NewFound(nil, Scan("Job titles", "- MD: Managing Director, Graham\n- DM: Depot Manager, one a depot\n- HC: Hire Controller, takes orders\n- MF: Mobile Fitter, a fitter with a van",
		"- TP: Transport Planner, who books the wagons", // the list's next item, a passage of its own
		"Staff list", "Name: Shane Pearson; Job title: Lead Fitter; Abbreviation: LF; Depot: Doncaster",
		"Volunteers", "- VCo: Volunteer Coordinator, one an area", "Organisation chart", "Role: Volunteer Coordinators; Letters: VCo; Postholder: Amira Haddad",
		"Terms", "- PDI: Pre Delivery Inspection, before it goes out\n- PHI: Post Hire Inspection, when it comes back\n- HC: Hire Controller, takes orders"))
	for q, want := range map[string]string{"what does an MF do": "mf", "who is the transport planner": "tp", "lf?": "lf", "what does a vco do": "vco", "what does a volunteer coordinator do": "vco"} {
		if got := d.Detect(q).Roles; len(got) != 1 || got[0] != want {
			t.Errorf("Detect(%q) = %v, want [%s]", q, got, want)
		}
	}
	if got := d.Detect("what is a PDI").Roles; len(got) != 0 {
		t.Errorf("Detect(what is a PDI) = %v, want none: a list of terms", got)
	}
}

// A title is written as the texts write it: "Out-of-hours Duty Manager"
// keeps its small letters after the hyphens, as "Site QA Manager" keeps
// its capitals; a duty's "on" in small letters between words in capitals
// ("The Retail Manager on Call (RMOC) takes calls") is part of the title
// and stays small. A title in the plural names the post each holds ("The
// Heads of Department (HoD)": the Head of Department), its letters in the
// singular ("Booking Agents (BAs)": the BA). A short word the word list
// lacks is a word, not letters, when the text writes it so ("Rota").
func TestTitleAsWritten(t *testing.T) {
	d := NewFound(nil, Scan("ODM: Out-of-hours Duty Manager, the manager on call at nights.", "The Site QA Manager (SQM) signs the release.",
		"The Retail Manager on Call (RMOC) takes calls from café staff.", "SMOD: Site Manager on Duty, who locks up the depot.",
		"The Heads of Department (HoD) each lead one clinical service.", "Booking Agents (BAs) take bookings at the counter.",
		"DATES: Mon 4 Jan; NIGHT PORTER (NP): Ines Vallory", "NP: Night Porter, overnight cover at the desk.",
		"The News Editor of the Day (NED) picks the lead story.", "People & Rota Coordinator (PRC) – Anne Lozac'h, Tuesday to Thursday."))
	for id, want := range map[string]string{"odm": "Out-of-hours Duty Manager", "sqm": "Site QA Manager", "rmoc": "Retail Manager on Call", "smod": "Site Manager on Duty",
		"hod": "Head of Department", "ba": "Booking Agent", "np": "Night Porter", "ned": "News Editor of the Day",
		"prc": "People & Rota Coordinator"} { // a short word the text writes as a word, not letters
		if r, ok := d.Lookup(id); !ok || r.Title != want {
			t.Errorf("Lookup(%s).Title = %q, want %q", id, r.Title, want)
		}
	}
}

// A person said to be a title with its letters holds a post, whatever the
// title's last word; a thing is none. A word of a title may be hyphened
// in small letters.
func TestPostsPeopleHold(t *testing.T) {
	s := Scan(
		"Ollie Brandt is the Senior Rigger (SR). He rigs with Siobhan.",
		"Delphine Okoro is our Ringmaster (RM). She presents the show.",
		"From November the site has an Out-of-hours Site Lead (OSL) every night.",
		"Harry is the Site Access Card (SAC) holder for the yard.",
		"The west field is the Main Car Park (MCP), used on show days.",
		"Sam Ode is the Senior Rigger Crane Hook Spotter (SRCHS).",
	)
	got := map[string]string{}
	for _, d := range s.Roles {
		got[d.Abbr] = d.Title
	}
	for abbr, want := range map[string]string{"SR": "senior rigger", "RM": "ringmaster", "OSL": "out-of-hours site lead", "SAC": "", "MCP": "", "SRCHS": ""} {
		if got[abbr] != want {
			t.Errorf("%s: title %q, want %q", abbr, got[abbr], want)
		}
	}
}
