package corpus

import (
	"slices"
	"testing"
	"testing/fstest"
)

// A table drawn as a box in plain text, as database shells and reports
// print it (a border above and below its header, one under its last row),
// is a passage a row, each cell under its header; a line whose first cell
// is empty goes on the row above, and a line in capitals right over the box
// heads it.
func TestBoxedTableInPlainText(t *testing.T) {
	text := "KEYHOLDER ROTA\n\nThe keyholder opens the hall.\n\n" +
		"WEEKDAY EVENINGS\n" +
		"+------------------+---------+------------------+\n" +
		"| Week beginning   | Keys    | Saturday         |\n" +
		"+------------------+---------+------------------+\n" +
		"| Mon 30 Nov 2026  | GM      | Sat 5 Dec: MI    |\n" +
		"| Mon 07 Dec 2026  | Iñaki   | Sat 12 Dec: JA   |\n" +
		"|                  |         |   + IA (evening) |\n" +
		"+------------------+---------+------------------+\n" +
		"Swaps go to the front desk.\n"
	c, err := Load(fstest.MapFS{"rota.txt": {Data: []byte(text)}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range c.Articles[0].Sections {
		for _, p := range s.Passages {
			got = append(got, s.Heading+" | "+p.Text)
		}
	}
	want := []string{
		"Introduction | The keyholder opens the hall.",
		"WEEKDAY EVENINGS | Week beginning: Mon 30 Nov 2026; Keys: GM; Saturday: Sat 5 Dec: MI",
		"WEEKDAY EVENINGS | Week beginning: Mon 07 Dec 2026; Keys: Iñaki; Saturday: Sat 12 Dec: JA + IA (evening)",
		"WEEKDAY EVENINGS | Swaps go to the front desk.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n got %q\nwant %q", got, want)
	}
}

// A table whose cells are set apart by bars, a rule of dashes and "+"
// under its header (as psql prints one), is a passage a row; its header
// is no heading.
func TestPipeTableInPlainText(t *testing.T) {
	text := "DUTY ROTA\n\nCHRISTMAS\n\n" +
		"DATE             | DUTY DENTIST     | OOHD\n" +
		"-----------------+------------------+-------------------\n" +
		"Thu 24 Dec 2026  | as week of 21 Dec| Dr Claire Moss from 13.00\n" +
		"Fri 25 Dec 2026  | -                | Dr Claire Moss\n" +
		"                 |                  | (phone only)\n" +
		"\nThe OOHD covers the phone.\n"
	c, err := Load(fstest.MapFS{"rota.txt": {Data: []byte(text)}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range c.Articles[0].Sections {
		for _, p := range s.Passages {
			got = append(got, s.Heading+" | "+p.Text)
		}
	}
	want := []string{
		"CHRISTMAS | DATE: Thu 24 Dec 2026; DUTY DENTIST: as week of 21 Dec; OOHD: Dr Claire Moss from 13.00",
		"CHRISTMAS | DATE: Fri 25 Dec 2026; DUTY DENTIST: -; OOHD: Dr Claire Moss (phone only)",
		"CHRISTMAS | The OOHD covers the phone.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n got %q\nwant %q", got, want)
	}
}
