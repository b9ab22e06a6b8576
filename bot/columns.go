package bot

import (
	"slices"
	"strings"
	"unicode"
)

// Which cells of a table's row say what an amount is for: its first cell,
// as its heading does, and the labels of the columns of amounts.

// columnWords returns the words of what a question is about that can name
// a column of a table of limits: not the words of every amount's column
// ("Limit: Up to £500").
func columnWords(about []string, analyse func(string) []string) []string {
	amountWords := analyse(amountLabels)
	return slices.DeleteFunc(slices.Clone(about), func(t string) bool { return slices.Contains(amountWords, t) })
}

// askedColumns returns the bands of a table row's cells whose labels hold
// a word of what the question is about, about (see columnWords):
// "Unsecured (personal loans, lines, credit cards): up to $40,000" for "a
// $30k personal loan", not the row's "Vehicle (auto, …): up to $125,000";
// nil when no label does.
func askedColumns(text string, about []string, analyse func(string) []string) []band {
	if len(about) == 0 || !strings.Contains(text, "; ") {
		return nil
	}
	var asked []string
	for _, cell := range strings.Split(text, "; ") {
		label, value, ok := strings.Cut(cell, ": ")
		if !ok || len(label) > 80 || len(bands(value)) == 0 {
			continue
		}
		if slices.ContainsFunc(analyse(label), func(t string) bool { return slices.Contains(about, t) }) {
			asked = append(asked, cell)
		}
	}
	if len(asked) == 0 {
		return nil
	}
	// The cells are read with their labels, together: "Order value from:
	// £5,001; Order value to: £25,000" is one band.
	return bands(strings.Join(asked, "; "))
}

// amountLabels are words of the labels of cells of amounts, which say
// nothing of what a column's amounts are for.
const amountLabels = "limit limits amount amounts value band range threshold level ceiling maximum max cap spend"

// keyCellWords returns how many words the first cell of a table's row
// holds, its label with it ("Spend type: General opex / PO (per order)":
// 8), as the index numbers a text's words; 0 when text is no row.
func keyCellWords(text string) int {
	cell, _, ok := strings.Cut(text, "; ")
	if !ok || !strings.Contains(cell, ": ") {
		return 0
	}
	return len(strings.FieldsFunc(cell, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}
