package index_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/role"
)

func TestPassagesOf(t *testing.T) {
	_, byID := passages()
	for _, tc := range []struct {
		id             string
		roles, heading []string
	}{
		{"diff#0", []string{"cto", "cio"}, []string{"cto", "cio"}},
		{"cio#0", []string{"cio"}, []string{"cio"}}, // a title, in the heading
		{"cio#1", []string{"cio"}, nil},             // plural
		{"cio#2", []string{"cio"}, nil},             // possessive
		{"cio#3", []string{"cio"}, nil},             // alias and title
		{"cto#0", []string{"cto"}, nil},
		{"cto#1", []string{"cto"}, []string{"cto"}},
		{"cko#0", []string{"cko"}, nil},
		{"weather#0", nil, nil},
		{"multi#0", []string{"cto", "cio"}, nil},
	} {
		p, ok := byID[tc.id]
		if !ok {
			t.Errorf("no passage %s", tc.id)
			continue
		}
		if !slices.Equal(p.Roles, tc.roles) || !slices.Equal(p.Heading, tc.heading) {
			t.Errorf("%s: roles %v heading %v, want %v and %v", tc.id, p.Roles, p.Heading, tc.roles, tc.heading)
		}
	}
	// The text and section are those of the corpus passage.
	if p := byID["cio#0"]; p.Section != testPassages[1].Section || p.Text != testPassages[1].Text {
		t.Errorf("cio#0 = %+v", p)
	}
	// Roles named in the heading come first, then those of the text.
	ps := index.PassagesOf([]corpus.Passage{{ID: "x#0", Section: "The CKO", Text: "Unlike the CTO, and the CKO."}}, role.New(testCards).Roles)
	if !slices.Equal(ps[0].Roles, []string{"cko", "cto"}) || !slices.Equal(ps[0].Heading, []string{"cko"}) {
		t.Errorf("roles %v heading %v, want [cko cto] and [cko]", ps[0].Roles, ps[0].Heading)
	}
}

func TestTerms(t *testing.T) {
	x := memIndex(t)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"question", "What's the difference between CTO and CIO?", []string{"differ", "cto", "cio"}},
		{"possessive", "CIO's", []string{"cio"}},
		{"curly possessive", "CIO’s", []string{"cio"}},
		{"plural", "CIOs", []string{"cio"}},
		{"stemming", "differences differ different", []string{"differ", "differ", "differ"}},
		{"words the stemmer would fold into another", "production product reporter reports marketing markets", []string{"production", "product", "reporter", "report", "marketing", "market"}},
		{"office is no stem of officer", "the Florence office officers officer", []string{"florenc", "office", "offic", "offic"}},
		{"stop words only", "what is the and of a", nil},
		{"syntax is just punctuation", "+cto -cio title:x /.*/ a~2 cto^5", []string{"cto", "cio", "title:x", "2", "cto", "5"}},
		{"empty", "", nil},
		{"IT in capitals is no pronoun", "Is IT in the IT-related IT’s remit? it is", []string{"i.t.", "i.t.", "relat", "i.t.", "remit"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := x.Terms(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Terms(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
	// Long text is cut to MaxQueryBytes before analysis.
	if n := len(x.Terms(strings.Repeat("word ", 10000))); n > index.MaxQueryBytes/5+1 || n == 0 {
		t.Errorf("Terms of 50,000 bytes: %d terms, want at most %d", n, index.MaxQueryBytes/5+1)
	}
}

func TestDocFreq(t *testing.T) {
	x := memIndex(t)
	got, total, err := x.DocFreq(context.Background(), []string{"cio", "cto", "knowledg", "nowhere"})
	if err != nil {
		t.Fatal(err)
	}
	if total != uint64(len(testPassages)) {
		t.Errorf("total %d, want %d", total, len(testPassages))
	}
	// Counted in the text field only, as analysed: "CIO's", "CIOs", "cio’s", "CIO".
	want := map[string]uint64{"cio": 4, "cto": 2, "knowledg": 1, "nowhere": 0}
	for term, n := range want {
		if got[term] != n {
			t.Errorf("DocFreq[%s] = %d, want %d", term, got[term], n)
		}
	}
	if n, err := x.Count(); err != nil || n != uint64(len(testPassages)) {
		t.Errorf("Count() = %d, %v", n, err)
	}
}

func TestSearchRanks(t *testing.T) {
	x := memIndex(t)
	for _, tc := range []struct {
		name string
		q    index.Query
		top  string
	}{
		{"one word", index.Query{Text: "knowledge"}, "cko#0"},
		{"question", index.Query{Text: "what's the weather like?"}, "weather#0"},
		{"stemmed", index.Query{Text: "skill"}, "cto#0"},
		{"heading words count", index.Query{Text: "budget"}, "cio#2"},
		{"related words", index.Query{Text: "zzz", Related: []string{"complianc"}, Weights: index.Weights{Related: 0.6}}, "cio#0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := x.Search(context.Background(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 || hits[0].ID != tc.top {
				t.Fatalf("hits %v, want %s first", hitIDs(hits), tc.top)
			}
			for i := 1; i < len(hits); i++ {
				if hits[i].Score > hits[i-1].Score {
					t.Errorf("hit %d scores %g, more than hit %d (%g)", i, hits[i].Score, i-1, hits[i-1].Score)
				}
			}
			if hits[0].Score <= 0 {
				t.Errorf("top score %g", hits[0].Score)
			}
		})
	}
}

// Spans point at the words of the passage text that match a word of the
// query, after analysis (so "differences" highlights "difference").
func TestHighlightSpans(t *testing.T) {
	x := memIndex(t)
	_, byID := passages()
	for _, tc := range []struct {
		name, text string
		want       map[string][]string // id -> text of its spans, for some hits
	}{
		{"stemmed plural", "differences", map[string][]string{
			"diff#0":  {"difference"},
			"multi#0": {"differences", "differ"},
		}},
		{"any case", "CHIEF information OFFICER", map[string][]string{
			"cio#0": {"chief", "information", "officer"},
			"cio#3": {"Chief", "Information", "Officer"},
		}},
		{"possessive and plural", "CIO's budget", map[string][]string{
			"cio#2":  {"cio’s", "budget"},
			"cio#1":  {"CIOs"},
			"diff#0": {"CIO's"},
		}},
		{"after multi-byte runes", "CTO matters", map[string][]string{
			"multi#0": {"CTO", "matters"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := x.Search(context.Background(), index.Query{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			queryTerms := x.Terms(tc.text)
			found := map[string]bool{}
			for _, h := range hits {
				text := byID[h.ID].Text
				var spans []string
				for i, s := range h.Spans {
					if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
						t.Fatalf("%s: span %+v out of range", h.ID, s)
					}
					if i > 0 && s.Start <= h.Spans[i-1].End {
						t.Errorf("%s: spans %v not sorted and merged", h.ID, h.Spans)
					}
					word := text[s.Start:s.End]
					if terms := x.Terms(word); len(terms) != 1 || !slices.Contains(queryTerms, terms[0]) {
						t.Errorf("%s: span %q (terms %q) is not a word of the query %q (terms %q)", h.ID, word, terms, tc.text, queryTerms)
					}
					spans = append(spans, word)
				}
				for _, term := range h.Terms {
					if !slices.Contains(queryTerms, term) {
						t.Errorf("%s: term %q not in the query terms %q", h.ID, term, queryTerms)
					}
				}
				if !slices.IsSorted(h.Terms) {
					t.Errorf("%s: terms %q not sorted", h.ID, h.Terms)
				}
				if want, ok := tc.want[h.ID]; ok {
					found[h.ID] = true
					if !slices.Equal(spans, want) {
						t.Errorf("%s: spans %q, want %q", h.ID, spans, want)
					}
				}
			}
			for id := range tc.want {
				if !found[id] {
					t.Errorf("%s not among the hits %v", id, hitIDs(hits))
				}
			}
		})
	}
}

// A query with roles returns passages tagged with one of them; with
// MinHits above the number of such passages, all of them.
func TestRoleFilter(t *testing.T) {
	x := memIndex(t)
	ps, byID := passages()
	for _, tc := range []struct {
		name string
		q    index.Query
	}{
		{"roles only", index.Query{Roles: []index.Role{{ID: "cio"}}}},
		{"roles and related", index.Query{Related: []string{"skill"}, Roles: []index.Role{{ID: "cto"}}}},
		{"roles and words found elsewhere", index.Query{Text: "weather knowledge", Roles: []index.Role{{ID: "cio"}}}},
		{"two roles", index.Query{Text: "differences", Roles: []index.Role{{ID: "cto"}, {ID: "cko"}}}},
		{"unknown role", index.Query{Text: "knowledge", Roles: []index.Role{{ID: "cfo"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.q.Size, tc.q.MinHits = 100, 100
			hits, err := x.Search(context.Background(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			var wantIDs []string
			for _, p := range ps {
				if slices.ContainsFunc(tc.q.Roles, func(r index.Role) bool { return slices.Contains(p.Roles, r.ID) }) {
					wantIDs = append(wantIDs, p.ID)
				}
			}
			got := hitIDs(hits)
			for _, id := range got {
				if !slices.Contains(wantIDs, id) {
					t.Errorf("hit %s has roles %v, none of the query's", id, byID[id].Roles)
				}
			}
			for _, id := range wantIDs {
				if !slices.Contains(got, id) {
					t.Errorf("passage %s (roles %v) not found", id, byID[id].Roles)
				}
			}
		})
	}
}

// When enough passages name a role of the question and hold one of its
// words (or a related one), only those are ranked; with too few, every
// passage naming the role is.
func TestWordsNarrowRolePassages(t *testing.T) {
	x := memIndex(t)
	_, byID := passages()
	q := index.Query{Text: "differences", Roles: []index.Role{{ID: "cto"}}, Size: 100, MinHits: 1}
	hits, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 {
		t.Fatal("no hits")
	}
	for _, h := range hits {
		if !slices.Contains(byID[h.ID].Roles, "cto") || len(h.Terms) == 0 {
			t.Errorf("hit %s: roles %v, words matched %v; want cto and a word", h.ID, byID[h.ID].Roles, h.Terms)
		}
	}
	q.MinHits = len(hits) + 1
	all, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) <= len(hits) {
		t.Errorf("with MinHits %d: %d hits, want more than the %d that hold a word", q.MinHits, len(all), len(hits))
	}
}

// "chief information officer", "CIO", "cio's" and "CIOs" find the same
// passages, including one that never says "CIO".
func TestRoleSynonyms(t *testing.T) {
	x := memIndex(t)
	det := role.New(testCards)
	var first []string
	for _, q := range []string{"chief information officer", "CIO", "cio's", "CIOs", "Chief Information Officers", "IT director", "the cio’s job"} {
		t.Run(q, func(t *testing.T) {
			d := det.Detect(q)
			if !slices.Equal(d.Roles, []string{"cio"}) {
				t.Fatalf("Detect(%q).Roles = %v", q, d.Roles)
			}
			hits, err := x.Search(context.Background(), index.Query{Text: d.Rest, Roles: []index.Role{{ID: "cio"}}, Size: 100, MinHits: 100})
			if err != nil {
				t.Fatal(err)
			}
			got := hitIDs(hits)
			slices.Sort(got)
			if !slices.Contains(got, "cio#0") {
				t.Errorf("%q: hits %v lack cio#0, which says only \"chief information officer\"", q, got)
			}
			if first == nil {
				first = got
			} else if !slices.Equal(got, first) {
				t.Errorf("%q finds %v; %q found %v", q, got, "chief information officer", first)
			}
		})
	}
}

func TestSearchSize(t *testing.T) {
	var many []index.Passage
	for i := range 150 {
		many = append(many, index.Passage{ID: fmt.Sprintf("p#%d", i), Text: fmt.Sprintf("Passage %d about the technology officer.", i), Roles: []string{"cto"}})
	}
	x, err := index.NewMemory(context.Background(), many)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	for _, tc := range []struct {
		size, want int
	}{{0, 10}, {-5, 10}, {3, 3}, {100, 100}, {1000, 100}} {
		t.Run(fmt.Sprint(tc.size), func(t *testing.T) {
			hits, err := x.Search(context.Background(), index.Query{Text: "technology", Size: tc.size})
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != tc.want {
				t.Errorf("Size %d: %d hits, want %d", tc.size, len(hits), tc.want)
			}
		})
	}
}

// Passages of equal score are cut by id: Bleve numbers a batch's passages
// in the order their analysis finished, different on each build, and
// breaks ties by those numbers. A tie longer than the margin fetched past
// the cut (the rows of a rota) is fetched whole.
func TestTiesCutByID(t *testing.T) {
	var same []index.Passage
	for i := range 40 {
		same = append(same, index.Passage{ID: fmt.Sprintf("p#%02d", i), Text: "The technology officer leads the technical department.", Roles: []string{"cto"}})
	}
	want := []string{"p#00", "p#01", "p#02", "p#03", "p#04"}
	for build := range 5 {
		x, err := index.NewMemory(context.Background(), same)
		if err != nil {
			t.Fatal(err)
		}
		hits, err := x.Search(context.Background(), index.Query{Text: "technology", Size: 5})
		x.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got := hitIDs(hits); !slices.Equal(got, want) {
			t.Errorf("build %d: %v, want %v", build, got, want)
		}
	}
}

// hostile are texts that would break Bleve's query-string syntax, or cost
// a lot, if they reached it.
var hostile = []string{
	"+cto -cio",
	"title:x",
	"text:cto",
	"/.*/",
	"a~2",
	"cto~3",
	`"unbalanced`,
	`"cto" "`,
	"cto^5",
	"*",
	"?",
	"cto*",
	"c?o",
	"CTO vs CIO: difference",
	"...between CTO and CIO?",
	"( [ { ) ] }",
	`\`,
	"AND OR NOT",
	"",
	"   \t\n",
	"\x00",
	"cto\x00cio",
	"\xff\xfe\xfd",
	"c\xffto",
	strings.Repeat("😀", 2560), // 10 KB of emoji
	strings.Repeat("What is a CTO? ", 100000/15+1), // 100 KB of text
	strings.Repeat("é", 1000),                      // a rune across the MaxQueryBytes cut
	strings.Repeat("x", 999) + "😀",
	strings.Repeat("cto ", 3000),
	strings.Repeat("a", 10000),
	"最高技術責任者とは",
}

// Hostile text gives no error and no panic in any part of a query.
func TestHostileQueries(t *testing.T) {
	x := memIndex(t)
	ctx := context.Background()
	for i, s := range hostile {
		name := fmt.Sprintf("%d %.20q", i, s)
		t.Run(name, func(t *testing.T) {
			for _, q := range []index.Query{
				{Text: s},
				{Related: []string{s}},
				{Related: x.Terms(s)},
				{Terms: []string{s}},
				{Text: s, Related: []string{s, s}, Terms: []string{s, ""}},
				{Text: s, Roles: []index.Role{{ID: "cto"}}},
				{Roles: []index.Role{{ID: s}}},
			} {
				if _, err := x.Search(ctx, q); err != nil {
					t.Errorf("Search(%.40q): %v", s, err)
				}
			}
			x.Terms(s)
		})
	}
	// Syntax is read as words: "+cto -cio" finds passages with either.
	hits, err := x.Search(ctx, index.Query{Text: "+cto -cio", Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(hitIDs(hits), "cio#1") || !slices.Contains(hitIDs(hits), "cto#1") {
		t.Errorf("+cto -cio: hits %v, want passages naming CTO and ones naming CIO", hitIDs(hits))
	}
}

func TestEmptyQuery(t *testing.T) {
	x := memIndex(t)
	for _, q := range []index.Query{{}, {Text: "the of and"}, {Text: "?!"}, {Roles: []index.Role{}}} {
		hits, err := x.Search(context.Background(), q)
		if err != nil || len(hits) != 0 {
			t.Errorf("Search(%+v) = %v, %v; want nothing", q, hitIDs(hits), err)
		}
	}
}

func TestSearchManyRoles(t *testing.T) {
	x := memIndex(t)
	var roles []index.Role
	for i := range 50 {
		roles = append(roles, index.Role{ID: fmt.Sprint("r", i)})
	}
	roles = append(roles, index.Role{ID: "cio"})
	if _, err := x.Search(context.Background(), index.Query{Text: "knowledge", Related: slices.Repeat([]string{"officer"}, 500), Roles: roles}); err != nil {
		t.Fatal(err)
	}
}

func TestSearchCancelled(t *testing.T) {
	x := memIndex(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	hits, err := x.Search(ctx, index.Query{Text: "chief officer"})
	if err == nil {
		t.Errorf("Search with a cancelled context: %v, no error", hitIDs(hits))
	}
}

// A routed role (no role named) finds the passages under headings that
// name it, though they hold no word of the question; with a weight of
// zero it finds nothing.
func TestRoutedFindsByHeading(t *testing.T) {
	x := memIndex(t)
	ps, byID := passages()
	var under []string
	for _, p := range ps {
		if slices.Contains(p.Heading, "cio") {
			under = append(under, p.ID)
		}
	}
	if len(under) == 0 {
		t.Fatal("no test passage under a heading naming the CIO")
	}
	q := index.Query{Text: "helpdesk", Routed: []index.Routed{{ID: "cio", Weight: 1}}, Size: 100,
		Weights: index.Weights{Related: 0.6, Routed: 0.5}}
	hits, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(hits); len(got) != len(under) {
		t.Errorf("hits %v, want the passages under a CIO heading %v", got, under)
	}
	for _, h := range hits {
		if !slices.Contains(byID[h.ID].Heading, "cio") {
			t.Errorf("hit %s: heading roles %v", h.ID, byID[h.ID].Heading)
		}
	}
	q.Weights.Routed = 0
	if hits, _ := x.Search(context.Background(), q); len(hits) != 0 {
		t.Errorf("routed weight 0: %d hits, want none", len(hits))
	}
}

// Words no passage holds, left out of the search by Query.Known, change
// neither which passages are found nor how they rank against each other.
func TestKnownKeepsRanking(t *testing.T) {
	x := memIndex(t)
	v, err := x.Vocabulary(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	known := func(term string) bool { return v[term] > 0 }
	for _, text := range []string{
		"budget knowledge zzzq qqqz",
		"technical skills of the chief wibble",
		"differences flibber",
	} {
		// The heading is weighed too: the text's words then count
		// against another group's, as in rolebot's questions.
		w := index.Weights{Section: 0.5, Related: 0.3}
		all, err := x.Search(context.Background(), index.Query{Text: text, Related: []string{"system"}, Weights: w})
		if err != nil {
			t.Fatal(err)
		}
		kept, err := x.Search(context.Background(), index.Query{Text: text, Related: []string{"system"}, Weights: w, Known: known})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) < 2 || !slices.Equal(hitIDs(all), hitIDs(kept)) {
			t.Fatalf("%q: hits %v with every word, %v with the known ones", text, hitIDs(all), hitIDs(kept))
		}
		// Scores may differ by one factor (Bleve's query norm), not in
		// their ratios.
		for i := 1; i < len(all); i++ {
			a, k := all[i].Score/all[0].Score, kept[i].Score/kept[0].Score
			if math.Abs(a-k) > 1e-9 {
				t.Errorf("%q: %s scores %.6f of the best with every word, %.6f with the known ones", text, all[i].ID, a, k)
			}
		}
	}
}

// A passage of an article whose title names one role is about that role,
// though the passage does not name it: "## Skills" in "The Chief Risk
// Officer" is found for the CRO.
func TestPassagesOfArticleTitleRole(t *testing.T) {
	det := role.New(testCards)
	ps := index.PassagesOf([]corpus.Passage{
		{ID: "cto#3", ArticleTitle: "The Chief Technology Officer", Section: "Skills", Text: "Deep technical skills and a track record."},
		{ID: "pair#0", ArticleTitle: "CTO and CIO", Section: "Skills", Text: "Both need to persuade the board."},
	}, det.Roles)
	if !slices.Contains(ps[0].Roles, "cto") || len(ps[0].Heading) != 0 {
		t.Errorf("roles %v, heading roles %v: want the CTO from the title, not as a heading role", ps[0].Roles, ps[0].Heading)
	}
	if len(ps[1].Roles) != 0 {
		t.Errorf("roles %v: an article on two roles says nothing of each passage", ps[1].Roles)
	}
}

// Required: with no role, only passages holding a word of Text are hits;
// related words rank them but bring in no other.
func TestRequiredWords(t *testing.T) {
	x := memIndex(t)
	for _, tc := range []struct {
		name     string
		required bool
		want     []string
	}{
		{"related words bring in others", false, []string{"cio#0", "weather#0"}},
		{"required", true, []string{"weather#0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := index.Query{Text: "weather", Related: []string{"complianc"}, Weights: index.Weights{Related: 0.6}, Required: tc.required}
			hits, err := x.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			got := hitIDs(hits)
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("hits %v, want %v", got, tc.want)
			}
		})
	}
}

// A role's Names stand for it: a passage that holds one counts as naming
// the role (the person who holds it, named without the title).
func TestRoleNames(t *testing.T) {
	x := memIndex(t)
	ps, _ := passages()
	q := index.Query{Text: "weather", Roles: []index.Role{{ID: "cfo", Names: x.Terms("weather")}}, Size: 100, MinHits: 1}
	hits, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, p := range ps {
		if strings.Contains(strings.ToLower(p.Text), "weather") {
			want = append(want, p.ID)
		}
	}
	got := hitIDs(hits)
	slices.Sort(got)
	slices.Sort(want)
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("hits %v, want the passages holding the name: %v", got, want)
	}
	q.Roles[0].Names = nil
	if hits, err := x.Search(context.Background(), q); err != nil || len(hits) != 0 {
		t.Errorf("without Names: hits %v (%v), want none: no passage names the CFO", hitIDs(hits), err)
	}
}

// AllRoles finds only the passages that name every role of the query; by
// default a passage naming one of them is enough.
func TestSearchAllRoles(t *testing.T) {
	ps := []index.Passage{
		{ID: "one#0", Text: "The CEO leads the company and sets its direction.", Roles: []string{"ceo"}},
		{ID: "two#0", Text: "The CFO reports to the CEO on the budget.", Roles: []string{"cfo", "ceo"}},
		{ID: "all#0", Text: "The CEO leads, the CFO manages money and the COO runs operations.", Roles: []string{"ceo", "cfo", "coo"}},
		{ID: "none#0", Text: "Nothing about anyone here.", Roles: nil},
	}
	x, err := index.NewMemory(context.Background(), ps)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	roles := []index.Role{{ID: "ceo"}, {ID: "coo"}, {ID: "cfo"}}
	for _, tc := range []struct {
		all  bool
		want []string
	}{
		{false, []string{"all#0", "one#0", "two#0"}},
		{true, []string{"all#0"}},
	} {
		hits, err := x.Search(context.Background(), index.Query{Text: "split the work", Roles: roles, Optional: true, AllRoles: tc.all})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.ID)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("AllRoles %v: hits %v, want %v", tc.all, got, tc.want)
		}
	}
}

// The question an FAQ's heading asks finds its answer, which holds few of
// its words, above passages that hold more of them; a heading that asks
// nothing adds nothing.
func TestAskedHeading(t *testing.T) {
	ps := []index.Passage{
		{ID: "faq#1", Section: "Who to ask › Where do I get uniform, high-vis or a new cash bag?", Text: "From the Depot Quartermaster, who runs the stores."},
		{ID: "jd#1", Section: "Main responsibilities", Text: "Keep the number of new drivers at the agreed level; plan each new intake."},
		{ID: "jd#2", Section: "Training budget", Text: "New simulator software or new courses go to the Operations Director."},
		{ID: "plain#1", Section: "Uniform, high-vis or a new cash bag", Text: "Stores open at nine."},
	}
	x, err := index.NewMemory(context.Background(), ps)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	q := index.Query{Text: "who do i get a new hi vis off", Size: 10, Weights: index.Weights{Section: 0.1, Asked: 0.2}}
	hits, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(hits); len(got) == 0 || got[0] != "faq#1" {
		t.Errorf("hits %v, want faq#1 first", got)
	}
	q.Weights.Asked = 0
	hits, _ = x.Search(context.Background(), q)
	if got := hitIDs(hits); len(got) > 0 && got[0] == "faq#1" {
		t.Errorf("without the asked heading's weight, hits %v: the test shows nothing", got)
	}
}
