package bot

import (
	"context"
	"reflect"
	"testing"

	"github.com/rolebot/rolebot/index"
)

// sameHits searches the index both ways, finding the words of the hits in
// their passages (as the Engine does) and asking Bleve for them, and fails
// when the hits differ in anything.
type sameHits struct {
	Searcher
	t *testing.T
	n *int
}

func (s sameHits) Search(ctx context.Context, q index.Query) ([]index.Hit, error) {
	located, err := s.Searcher.Search(ctx, q)
	if err != nil || q.Passage == nil {
		return located, err
	}
	q.Passage = nil
	asked, err := s.Searcher.Search(ctx, q)
	if err != nil {
		return nil, err
	}
	*s.n++
	if !reflect.DeepEqual(located, asked) {
		s.t.Errorf("%q: the words found in the passages differ from Bleve's locations:\n got %+v\nwant %+v", q.Text, located, asked)
	}
	return located, nil
}

// The words of a hit, found in its passage, are those Bleve's locations
// give, in English, Japanese and mixed corpora, for every question of a
// tuning set.
func TestLocatedHitsAsBleveSays(t *testing.T) {
	engines := map[string]*Engine{"shipped": shipped(t), "foreign13": openFolder(t, "testdata/foreign13/articles"), "foreign17": openFolder(t, "testdata/foreign17/articles")}
	questions := map[string][]string{}
	for _, c := range loadEval(t, "testdata/tune-slack.yaml") {
		questions["shipped"] = append(questions["shipped"], c.Q)
	}
	for _, dir := range []string{"foreign13", "foreign17"} {
		for _, c := range loadEval(t, "testdata/"+dir+"/questions.yaml") {
			questions[dir] = append(questions[dir], c.Q)
		}
	}
	questions["shipped"] = append(questions["shipped"], "CTOとCIOの違いは？", "CIOのレポートラインは？", "最高技術責任者 vs CIO")
	n := 0
	for name, e := range engines {
		c := *e
		c.idx = sameHits{Searcher: e.idx, t: t, n: &n}
		for _, q := range questions[name] {
			if _, err := c.Answer(context.Background(), q); err != nil {
				t.Fatalf("%s: %q: %v", name, q, err)
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d searches compared", n)
	}
}
