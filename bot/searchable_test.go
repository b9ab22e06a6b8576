package bot

import (
	"slices"
	"testing"
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
