package bot

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

func TestSearchable(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ＣＦＯの担当は？", "CFOの担当は?"},
		{"情報ｼｽﾃﾑ部長", "情報システム部長"},
		{"ｶﾞｲﾄﾞとﾊﾟｿｺﾝとﾂﾞとｳﾞ", "ガイドとパソコンとヅとヴ"},
		{"ｯﾞ", "ッ゛"}, // no voiced form: the mark stays, at full width
		{"経費　１００万円", "経費 100万円"},
		{"who is https://example.com/a?b=1 now", "who is   now"},
		{"see www.Example.com", "see  "},
		{"plain question", "plain question"},
		{"<!channel> zqxjv <!subteam^S0ENG|@eng> <@U0BOB0002> cc @U0BOB0002", "  zqxjv     cc "},
		{"\u200bwho\u200d is", " who  is"},
		{":wave: hey team, who runs it? :pray::skin-tone-2:", " ☺  hey team, who runs it?  ☺ "},
		{"(:thinking_face:) who", "( ☺ ) who"},
		{"meet at 10:30:00 re:cto: ok", "meet at 10:30:00 re:cto: ok"},
		{":+1: :white_check_mark:", " ☺   ☺ "},
	} {
		if got := searchable(tc.in); got != tc.want {
			t.Errorf("searchable(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// A link's parts are not asked about: "com" is no typo of the CMO.
	a := answer(t, shipped(t), "who is https://example.com")
	if slices.Contains(a.Roles, "cmo") {
		t.Errorf("roles %v: a link named the CMO", a.Roles)
	}
}

// A question in German is read without its function words ("wer ist
// der"), and a compound no article writes is split into words they do.
func TestGermanQuestion(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"wer ist der Betriebsratsvorsitzende?", true},
		{"Wann ist die Sprechstunde vom Betriebsrat", true},
		{"who is the CTO", false},
		{"die Hard: who is in charge", false}, // one German-looking word is not German
	} {
		if got := inGerman(tc.q); got != tc.want {
			t.Errorf("inGerman(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
	e := openFS(t, fstest.MapFS{
		"betriebsrat.md": {Data: []byte("# Betriebsrat\n\nWer krank ist, meldet sich vor 10 Uhr bei der Teamleitung und trägt die Abwesenheit ein.\n\n" +
			"Der Betriebsrat hat drei Mitglieder. Vorsitzende ist Monika Schulz.\n\nDie Datenschutzbeauftragte ist Dr. Elke Brandt.\n\n" +
			"Die Kantine ist von 12 bis 14 Uhr geöffnet, und der Parkplatz ist hinter dem Haus.\n")},
		"handbook.md": {Data: []byte("# Handbook\n\nThe Works Council of the Berlin office meets every month.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"wer ist der Betriebsratsvorsitzende?", "Vorsitzende ist Monika Schulz"},
		{"wer ist die Datenschutzbeauftragte", "Datenschutzbeauftragte ist Dr. Elke Brandt"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A message longer than the engine reads is read from its end, up to its
// last question mark: people give the context first and ask last. What is
// read then starts with "…", so that the echo says the start was cut.
func TestQuestionPart(t *testing.T) {
	context := strings.Repeat("we met about the reorg and the budget again ", 40)
	for _, tc := range []struct{ in, wantSuffix string }{
		{context + "anyway: what does a CKO do?", "anyway: what does a CKO do?"},
		{context + "what does a CKO do? thanks a lot, see you", "what does a CKO do?"},
		{context + "no question at all", "no question at all"},
		{"short? yes", "short? yes"},
	} {
		got := questionPart(tc.in)
		cut := len(tc.in) > MaxQuestionBytes
		if len(got) > MaxQuestionBytes || !strings.HasSuffix(got, tc.wantSuffix) || !utf8.ValidString(got) || cut != strings.HasPrefix(got, "…") {
			t.Errorf("questionPart(%d bytes) = %q…, want it to end with %q", len(tc.in), got[:min(40, len(got))], tc.wantSuffix)
		}
	}
}
