package role_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/role"
)

// testCards are the roles the tests know, written here so that a change of
// the shipped cards does not change what these tests mean.
var testCards = []corpus.Card{
	{ID: "cto", Abbreviation: "CTO", Title: "Chief Technology Officer", Aliases: []string{"chief technical officer", "head of technology"}},
	{ID: "cio", Abbreviation: "CIO", Title: "Chief Information Officer", Aliases: []string{"IT director"}},
	{ID: "ciso", Abbreviation: "CISO", Title: "Chief Information Security Officer", Aliases: []string{"head of security"}},
	{ID: "ceo", Abbreviation: "CEO", Title: "Chief Executive Officer", Aliases: []string{"chief executive", "company president"}},
	{ID: "cko", Abbreviation: "CKO", Title: "Chief Knowledge Officer", Aliases: []string{"knowledge officer"}},
	{ID: "coo", Abbreviation: "COO", Title: "Chief Operating Officer"},
	{ID: "chro", Abbreviation: "CHRO", Title: "Chief Human Resources Officer", Aliases: []string{"head of people"}},
	{ID: "vpe", Abbreviation: "VPE", Title: "VP of Engineering", Aliases: []string{"vice president of engineering", "head of engineering"}},
}

func TestIDs(t *testing.T) {
	want := []string{"cto", "cio", "ciso", "ceo", "cko", "coo", "chro", "vpe"}
	if got := role.New(testCards).IDs(); !slices.Equal(got[:len(want)], want) {
		t.Errorf("IDs() = %v, want the cards' first: %v", got, want)
	}
	if got := role.New(nil).Roles("the CTO"); !slices.Equal(got, []string{"cto"}) {
		t.Errorf("no cards: Roles = %v, want the lexicon's cto", got)
	}
}

// roleCases hold what both Find (exact) and Detect (forgiving) must see.
var roleCases = []struct {
	name, text string
	want       []string
}{
	{"abbreviations upper case", "difference between CTO and CIO", []string{"cto", "cio"}},
	{"abbreviations lower case", "difference between cto and cio", []string{"cto", "cio"}},
	{"a title after a word that shortens another title with it", "who runs data — Chief Technology Officer or data chief?", []string{"cto", "cdo"}},
	{"abbreviations with dots", "C.T.O. vs c.i.o?", []string{"cto", "cio"}},
	{"a title across a line break", "the Chief\nTechnology Officer", []string{"cto"}},
	{"dots that are no role", "e.g. the CFO, i.e. finance", []string{"cfo"}},
	{"title shortened", "is it time for a chief marketing person", []string{"cmo"}},
	{"title shortened, function first", "ask the knowledge chief", []string{"cko"}},
	{"longer title wins over a shortened one", "the chief information security officer", []string{"ciso"}},
	{"function boss", "does the tech boss sign off", []string{"cto"}},
	{"HR is the CHRO's function", "does HR report to the CEO", []string{"chro", "ceo"}},
	{"Japanese head of a function", "人事のトップって誰にレポートする?", []string{"chro"}},
	{"sales leader", "is our sales leader doing well", []string{"vp-sales"}},
	{"function exec", "ops exec reporting line, and the finance executive?", []string{"coo", "cfo"}},
	{"abbreviations mixed case", "Cto or cIO", []string{"cto", "cio"}},
	{"order of first mention, no repeats", "CIO, CTO, CIO again and the cto", []string{"cio", "cto"}},
	{"plural upper case", "what do CIOs do", []string{"cio"}},
	{"plural lower case", "are ctos engineers", []string{"cto"}},
	{"letters in capitals that end in S are no plural", "what does CTOS stand for", nil},
	{"plural of a four-letter abbreviation", "CISOs and CHROs", []string{"ciso", "chro"}},
	{"possessive", "the cio's job", []string{"cio"}},
	{"possessive, curly apostrophe", "the CIO’s budget", []string{"cio"}},
	{"possessive, capital S", "THE CTO'S TEAM", []string{"cto"}},
	{"plural possessive", "the CTOs' teams", []string{"cto"}},
	{"full title", "what does a chief knowledge officer do", []string{"cko"}},
	{"full title, capitals", "the Chief Information Officer", []string{"cio"}},
	{"full title, plural", "chief technology officers", []string{"cto"}},
	{"full title across a line break", "the chief\ninformation   officer", []string{"cio"}},
	{"longest name wins", "the chief information security officer", []string{"ciso"}},
	{"alias", "VP of Engineering or head of engineering", []string{"vpe"}},
	{"alias vice president", "a vice president of engineering", []string{"vpe"}},
	{"alias with an abbreviation in it", "our IT director", []string{"cio"}},
	{"alias two words", "the chief executive decides", []string{"ceo"}},
	{"question mark", "what is a CTO?", []string{"cto"}},
	{"parentheses", "Chief Information Officer (CIO)", []string{"cio"}},
	{"slash", "skills for CTO/CIO", []string{"cto", "cio"}},
	{"Japanese around the letters", "CTOとCIOの違い", []string{"cto", "cio"}},
	{"dash", "CTO-CIO overlap", []string{"cto", "cio"}},
	{"quotes", `"CTO" and 'CIO'`, []string{"cto", "cio"}},
	{"curly quotes", "CTO is “Chief Technology Officer”", []string{"cto"}},
	{"trailing punctuation", "CEO! COO... CKO;", []string{"ceo", "coo", "cko"}},
	{"id of a card", "vpe", []string{"vpe"}},
	{"not inside words", "cool costs: it is cooperation, a coop, a ctos1 or c-t-o", nil},
	{"coo is a role, cooperate is not", "cooperate with the COO", []string{"coo"}},
	{"IT alone is not a role", "it is IT", nil},
	{"chief alone is not a role", "the chief and the staff officer", nil},
	{"empty", "", nil},
	{"only punctuation", "?!… “” ()", nil},
	{"invalid UTF-8 around a role", "\xff\xfeCTO\xff", []string{"cto"}},
	{"Japanese with spaces", "CTO と CIO の違い", []string{"cto", "cio"}},
}

func TestFind(t *testing.T) {
	d := role.New(testCards)
	for _, tc := range roleCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := d.Roles(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Roles(%q) = %v, want %v", tc.text, got, tc.want)
			}
			for _, m := range d.Find(tc.text) {
				if m.Start < 0 || m.End > len(tc.text) || m.Start >= m.End {
					t.Errorf("match %+v out of range of %q", m, tc.text)
				}
			}
		})
	}
}

func TestDetectRoles(t *testing.T) {
	d := role.New(testCards)
	for _, tc := range roleCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := d.Detect(tc.text).Roles; !slices.Equal(got, tc.want) {
				t.Errorf("Detect(%q).Roles = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Match offsets cover the mention as written, possessive included.
func TestFindOffsets(t *testing.T) {
	d := role.New(testCards)
	for _, tc := range []struct {
		name, text string
		want       []string // text[m.Start:m.End] of each match
	}{
		{"abbreviations", "CTO vs CIO?", []string{"CTO", "CIO"}},
		{"possessive", "the CIO’s job", []string{"CIO’s"}},
		{"plural", "two CTOs", []string{"CTOs"}},
		{"title", "a Chief Knowledge Officer, or CKO", []string{"Chief Knowledge Officer", "CKO"}},
		{"multi-byte before", "“最高” CTO", []string{"CTO"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range d.Find(tc.text) {
				got = append(got, tc.text[m.Start:m.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) mentions %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// Find forgives no typos; Detect forgives small ones in questions.
func TestTypos(t *testing.T) {
	d := role.New(testCards)
	for _, tc := range []struct {
		name, text string
		detect     []string // Detect(text).Roles
		find       []string // Roles(text): exact names only
	}{
		{"doubled letter", "what does a ctoo do", []string{"cto"}, nil},
		{"doubled letter, capitals", "CIIO vs CTO", []string{"cio", "cto"}, []string{"cto"}},
		{"doubled letter, plural", "ctoos", []string{"cto"}, nil},
		{"swapped letters", "cot or cio", []string{"cto", "cio"}, []string{"cio"}},
		{"misspelt title word", "cheif technology officer", []string{"cto"}, []string{"cto"}}, // "technology officer", a shortened title, is exact
		{"misspelt second word", "chief technolgy officer", []string{"cto"}, nil},
		{"misspelt alias word", "head of enginering", []string{"vpe"}, nil},
		{"two typos is too many", "cheif technolgy offcer", nil, nil},
		{"missing letter of an abbreviation", "ct and co", nil, nil},
		{"replaced letter is a different word", "cat or ceo", []string{"ceo"}, []string{"ceo"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := d.Detect(tc.text).Roles; !slices.Equal(got, tc.detect) {
				t.Errorf("Detect(%q).Roles = %v, want %v", tc.text, got, tc.detect)
			}
			if got := d.Roles(tc.text); !slices.Equal(got, tc.find) {
				t.Errorf("Roles(%q) = %v, want %v", tc.text, got, tc.find)
			}
		})
	}
}

// Two letters and an s in small letters are a word or a unit, not the
// plural of an abbreviation: "20 hrs" is hours; "HRs" is still HR.
func TestShortPlurals(t *testing.T) {
	d := role.New(nil)
	for text, want := range map[string][]string{
		"who approves overtime over 20 hrs": nil,
		"ask the HRs of both companies":     {"chro"},
		"ask hr":                            {"chro"},
		"ctos and cios":                     {"cto", "cio"},
	} {
		if got := d.Detect(text).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", text, got, want)
		}
	}
}

// A word the texts use is read as itself, not as a typo of a role's
// letters: "ICO" where a glossary spells it out is no "CIO".
func TestWithWords(t *testing.T) {
	d := role.New(testCards)
	used := d.WithWords(func(w string) bool { return w == "ico" })
	for _, tc := range []struct {
		text       string
		plain, now []string
	}{
		{"what does ICO stand for", []string{"cio"}, nil},
		{"ask the ICO", []string{"cio"}, nil},
		{"cot or cio", []string{"cto", "cio"}, []string{"cto", "cio"}}, // "cot" no text uses
		{"the CIO", []string{"cio"}, []string{"cio"}},
	} {
		if got := d.Detect(tc.text).Roles; !slices.Equal(got, tc.plain) {
			t.Errorf("Detect(%q).Roles = %v, want %v", tc.text, got, tc.plain)
		}
		if got := used.Detect(tc.text).Roles; !slices.Equal(got, tc.now) {
			t.Errorf("WithWords: Detect(%q).Roles = %v, want %v", tc.text, got, tc.now)
		}
	}
}

// A common English word is no typo of a role's letters, a rare one can be.
func TestCommonWordNoTypo(t *testing.T) {
	d := role.New(append(slices.Clip(testCards), corpus.Card{ID: "cpo", Abbreviation: "CPO", Title: "Chief Product Officer"},
		corpus.Card{ID: "pap", Abbreviation: "PAP", Title: "Principal Accountable Person"},
		corpus.Card{ID: "lo", Abbreviation: "LO", Title: "Line Operator"}))
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"a cop showed up at the branch", nil},
		{"who deals with right to acquire apps", nil}, // the plural of a common word
		{"who is the pap", []string{"pap"}},
		{"cot or cpo", []string{"cto", "cpo"}},
		{"ask the cpoo", []string{"cpo"}},
		{"the loo is blocked", nil}, // common, though the word list lacks it
	} {
		if got := d.Detect(tc.text).Roles; !slices.Equal(got, tc.want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// "The director of the member contact center" names the Director of
// Member Contact Center: a "the" after "of" is no word of the title.
func TestTitleWithThe(t *testing.T) {
	d := role.New(append(slices.Clip(testCards), corpus.Card{ID: "dmcc", Title: "Director of Member Contact Center"}))
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"who is the director of the member contact center", []string{"dmcc"}},
		{"who is director of member contact center", []string{"dmcc"}},
		{"the director of the the member contact center", nil},
	} {
		if got := d.Detect(tc.text).Roles; !slices.Equal(got, tc.want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestDetectUnknown(t *testing.T) {
	d := role.New(testCards)
	for _, tc := range []struct {
		name, text string
		roles      []string
		unknown    []string
	}{
		{"CXO", "what is a CXO?", nil, []string{"cxo"}},
		{"cqo lower case", "who is the cqo", nil, []string{"cqo"}},
		{"CXOs plural", "CXOs and CQOs", nil, []string{"cxo", "cqo"}},
		{"repeated unknown listed once", "CXO, cxo and CXOs", nil, []string{"cxo"}},
		{"unknown possessive", "the CXO’s job", nil, []string{"cxo"}},
		{"unknown title", "what does a chief happiness officer do", nil, []string{"chief happiness officer"}},
		{"unknown two-word title", "Chief Customer Success Officers", nil, []string{"chief customer success officers"}},
		{"known and unknown", "CTO vs CQO", []string{"cto"}, []string{"cqo"}},
		{"known from the lexicon", "CTO vs CRO", []string{"cto", "cro"}, nil},
		{"known title is not unknown", "the chief knowledge officer", []string{"cko"}, nil},
		{"misspelt known title is not unknown", "the cheif technology officer", []string{"cto"}, nil},
		{"ordinary words", "cool cost cooperation it is", nil, nil},
		{"ordinary words shaped like c...o", "ship the cargo in a combo, said the cameo in the condo", nil, nil},
		{"an ordinary word that is c...o with an s", "it's chaos over there, who decides", nil, nil},
		{"an ordinary word in capitals is letters", "what is a CHAOS officer", nil, []string{"chao"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := d.Detect(tc.text)
			if !slices.Equal(q.Roles, tc.roles) {
				t.Errorf("Roles = %v, want %v", q.Roles, tc.roles)
			}
			if !slices.Equal(q.Unknown, tc.unknown) {
				t.Errorf("Unknown = %q, want %q", q.Unknown, tc.unknown)
			}
		})
	}
}

func TestDetectRest(t *testing.T) {
	d := role.New(testCards)
	for _, tc := range []struct {
		name, text, rest string // rest with spaces collapsed
	}{
		{"two abbreviations", "difference between CTO and CIO?", "difference between and ?"},
		{"possessive taken with the role", "what is the CIO’s job", "what is the job"},
		{"title", "what does a chief knowledge officer do", "what does a do"},
		{"typo", "skills of a ctoo", "skills of a"},
		{"no roles", "what's the weather?", "what's the weather?"},
		{"only a role", "CTO", ""},
		{"roles glued by a slash", "CTO/CIO skills", "/ skills"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := d.Detect(tc.text)
			if got := strings.Join(strings.Fields(q.Rest), " "); got != tc.rest {
				t.Errorf("Rest = %q, want %q", q.Rest, tc.rest)
			}
		})
	}
}

func TestClosest(t *testing.T) {
	d := role.New(testCards)
	for _, tc := range []struct {
		name, word string
		n          int
		want       []string
	}{
		{"one letter off, ties by id", "cxo", 3, []string{"ceo", "cio", "cko"}},
		{"n limits", "cxo", 1, []string{"ceo"}},
		{"closest first", "ctp", 1, []string{"cto"}},
		{"upper case", "CTP", 1, []string{"cto"}},
		{"four letters", "cisso", 1, []string{"ciso"}},
		{"tie broken by id", "cixo", 2, []string{"cio", "ciso"}},
		{"a title", "chief knowlege officer", 1, []string{"cko"}},
		{"an alias", "head of enginering", 1, []string{"vpe"}},
		{"nothing close", "xyzzy", 3, nil},
		{"empty", "", 3, nil},
		{"n is zero", "cto", 0, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := d.Closest(tc.word, tc.n); !slices.Equal(got, tc.want) {
				t.Errorf("Closest(%q, %d) = %v, want %v", tc.word, tc.n, got, tc.want)
			}
		})
	}
}

// The shipped cards: every card is found by its id, abbreviation, title
// and aliases, in the forms people write them.
func TestShippedCards(t *testing.T) {
	c, err := corpus.Load(corpus.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	d := role.New(c.Cards)
	for _, k := range c.Cards {
		for _, n := range append([]string{k.ID, k.Abbreviation, k.Abbreviation + "s", k.Abbreviation + "’s", strings.ToLower(k.Title), k.Title + "?"}, k.Aliases...) {
			text := "tell me about the " + n + " please"
			if got := d.Detect(text).Roles; !slices.Equal(got, []string{k.ID}) {
				t.Errorf("Detect(%q).Roles = %v, want [%s]", text, got, k.ID)
			}
		}
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"difference between CTO and CIO", []string{"cto", "cio"}},
		{"what does a chief knowledge officer do", []string{"cko"}},
		{"is the CISO under the CIO?", []string{"ciso", "cio"}},
		{"VP of Engineering vs CTO", []string{"vpe", "cto"}},
		{"head of engineering", []string{"vpe"}},
		{"chief data officer or chief digital officer", []string{"cdo"}},
		{"ctoo", []string{"cto"}},
		{"what's the weather?", nil},
		{"cool cost cooperation", nil},
	} {
		if got := d.Detect(tc.text).Roles; !slices.Equal(got, tc.want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", tc.text, got, tc.want)
		}
	}
	if q := d.Detect("what is a CXO?"); len(q.Roles) != 0 || !slices.Equal(q.Unknown, []string{"cxo"}) {
		t.Errorf("Detect(CXO): roles %v unknown %v", q.Roles, q.Unknown)
	}
}

// Without cards the lexicon still knows the roles (issue 7); a role-like
// word it does not know is reported as unknown.
func TestDetectWithoutCards(t *testing.T) {
	d := role.New(nil)
	for _, tc := range []struct {
		q              string
		roles, unknown []string
	}{
		{"cto", []string{"cto"}, nil},
		{"difference between CTO and CIO", []string{"cto", "cio"}, nil},
		{"what does a CXO do?", nil, []string{"cxo"}},
		{"what is a chief happiness officer", nil, []string{"chief happiness officer"}},
	} {
		got := d.Detect(tc.q)
		if !slices.Equal(got.Roles, tc.roles) || !slices.Equal(got.Unknown, tc.unknown) {
			t.Errorf("Detect(%q) = roles %v unknown %v, want %v and %v", tc.q, got.Roles, got.Unknown, tc.roles, tc.unknown)
		}
	}
}

// "C.T.O." is found where it is written, its dots included.
func TestDottedOffsets(t *testing.T) {
	d := role.New(testCards)
	text := "ask the C.T.O. today"
	ms := d.Find(text)
	if len(ms) != 1 || text[ms[0].Start:ms[0].End] != "C.T.O." {
		t.Errorf("Find(%q) = %+v, want C.T.O. at 8-14", text, ms)
	}
}

// No name of a role runs across a question mark, a semicolon, a dash or a
// bar; it may run across a line break.
func TestNoNameAcrossABreak(t *testing.T) {
	d := role.New(testCards)
	for _, text := range []string{"who runs it, chief? — technology officer", "the chief; technology officer", "chief | technology officer"} {
		for _, m := range d.Find(text) {
			if strings.ContainsAny(text[m.Start:m.End], "?;—|") {
				t.Errorf("Find(%q): %q is no name", text, text[m.Start:m.End])
			}
		}
	}
}

// Letters and a small s are a plural of the letters ("the DMs": Duty
// Managers), though the texts define the letters with the s too (DMS);
// letters a card or a text defines that spell a common word name the role
// only as written ("open up" is no UP).
func TestPluralLettersAndCommonWords(t *testing.T) {
	cards := []corpus.Card{{ID: "up", Abbreviation: "UP", Title: "Union President"}}
	d := role.New(cards, "The Duty Manager (DM) opens the bar. The Director of Member Services (DMS) runs the advice centre.")
	for text, want := range map[string][]string{
		"who do the DMs report to":      {"dm"},
		"who is the DMS":                {"dms"},
		"what time does the dm open up": {"dm"},
		"who is the UP":                 {"up"},
		"union president":               {"up"},
	} {
		if got := d.Detect(text).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", text, got, want)
		}
	}
}

// A plural of a shortened word in small letters is no plural of letters:
// "on hols" is on holiday, not Heads of Learning.
func TestShortPluralIsNoLetters(t *testing.T) {
	d := role.New(nil, "The Head of Learning (HoL) leads the education team.")
	if got := d.Roles("can a school book the dome while marcie is on hols"); len(got) != 0 {
		t.Errorf("on hols: roles %v, want none", got)
	}
	if got := d.Roles("are the HoLs on leave"); len(got) != 1 {
		t.Errorf("the HoLs: roles %v, want the HoL", got)
	}
}

// An English word typed as a word is no plural of letters: "the SPO's
// boss" names no Box Office Supervisor (BOS); "the BOSs" does.
func TestWordIsNoPluralOfLetters(t *testing.T) {
	d := role.New(nil, "The Box Office Supervisor (BOS) runs the tills. The Senior Planetarium Officer (SPO) runs the shows.")
	for q, want := range map[string][]string{
		"who is the SPO's boss":    {"spo"},
		"Boss of the SPO?":         {"spo"},
		"are both BOSs in today":   {"bos"},
		"is the bos in today":      {"bos"},
		"who manages the BOS team": {"bos"},
	} {
		if got := d.Roles(q); !slices.Equal(got, want) {
			t.Errorf("%q: roles %v, want %v", q, got, want)
		}
	}
}
