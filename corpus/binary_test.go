package corpus_test

import (
	"reflect"
	"testing"

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
