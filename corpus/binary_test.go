package corpus_test

import (
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/corpus"
)

// A corpus reads back from MarshalBinary as it was; cut data is an error.
func TestBinaryRoundTrip(t *testing.T) {
	c := loadEmbedded(t)
	data, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back corpus.Corpus
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, &back) {
		t.Error("the corpus read back differs")
	}
	for _, n := range []int{0, 1, len(data) / 2, len(data) - 1} {
		if err := new(corpus.Corpus).UnmarshalBinary(data[:n]); err == nil {
			t.Errorf("cut to %d bytes: no error", n)
		}
	}
}

// What of an article may be read wrong reads back too: an index reused
// says it as the one built.
func TestBinaryKeepsWarnings(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{"articles/limits.csv": {Data: []byte("Role,Limit\nBursar,Up to £5,000,extra\n")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 1 || len(c.Articles[0].Warnings) == 0 {
		t.Fatalf("articles %v: want one with a warning", c.Articles)
	}
	data, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back corpus.Corpus
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if got := back.Articles[0].Warnings; !reflect.DeepEqual(got, c.Articles[0].Warnings) {
		t.Errorf("warnings read back %q, want %q", got, c.Articles[0].Warnings)
	}
}
