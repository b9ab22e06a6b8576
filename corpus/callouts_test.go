package corpus

import (
	"strings"
	"testing"
)

// A callout of a documentation site is quoted as its title and its text,
// never its marks, and stands as a passage of its own.
func TestCallouts(t *testing.T) {
	for _, tc := range []struct {
		name, md string
		want     []string // the passages of the article, in order
	}{
		{"docusaurus with a title", "Before.\n\n:::caution Not the marketing CMO\nNobody here has that title.\n:::\n\nAfter.",
			[]string{"Before.", "Not the marketing CMO\nNobody here has that title.", "After."}},
		{"docusaurus without a title, closed right after", "Before.\n:::tip\nAsk the matron first.\n:::\nAfter.",
			[]string{"Before.", "Ask the matron first.", "After."}},
		{"docusaurus with a bracketed title", ":::note[Reading the lines]\nA solid line is line management.\n:::",
			[]string{"Reading the lines\nA solid line is line management."}},
		{"mkdocs with its text indented", "!!! note \"Abbreviations\"\n    CNO: Chief Nursing Officer.\n    DON: Director of Nursing.\n\nNot in the box.",
			[]string{"Abbreviations\nCNO: Chief Nursing Officer.\nDON: Director of Nursing.", "Not in the box."}},
		{"mkdocs folded, without a title, text after a blank line", "??? info\n\n    Two levels since 2019.\n\nAfter.",
			[]string{"Two levels since 2019.", "After."}},
		{"github alert", "> [!NOTE]\n> The CTO does not run sprint planning.",
			[]string{"The CTO does not run sprint planning."}},
		{"quotation", "> 💡 Tip: page someone only for outages.\n> Everything else waits.",
			[]string{"💡 Tip: page someone only for outages.\nEverything else waits."}},
		{"fenced code is left alone", "```\n> not a quote\n:::tip\n```",
			[]string{"```\n> not a quote\n:::tip\n```"}},
		{"words that are no marks", "Is it a CTO ::: or a CIO? We use -> arrows and !!! for emphasis.",
			[]string{"Is it a CTO ::: or a CIO? We use -> arrows and !!! for emphasis."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := parseMarkdown("a", []byte("# A\n\n"+tc.md+"\n"), meta{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range a.Sections {
				for _, p := range s.Passages {
					got = append(got, p.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("passages:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
