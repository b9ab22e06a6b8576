// Command plainbleve is the whole-process baseline of rolebot's speed
// figures: plain Bleve over the same passages (default mapping, one
// document per passage), one MatchQuery with highlighting per line of
// standard input, the best hit printed. It builds its index in -index
// the first time. It lives under testdata so that it is never part of
// rolebot; run it by path:
//
//	go build -o /tmp/plainbleve ./bot/testdata/plainbleve
//	/tmp/plainbleve -index /tmp/plain-idx [-corpus DIR] < questions.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io/fs"
	"os"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/rolebot/rolebot/corpus"
)

func main() {
	dir := flag.String("index", "", "index `folder` (built when missing)")
	from := flag.String("corpus", "", "corpus `folder` (default: the embedded one)")
	flag.Parse()
	if err := run(*dir, *from); err != nil {
		fmt.Fprintln(os.Stderr, "plainbleve:", err)
		os.Exit(1)
	}
}

func run(dir, from string) error {
	idx, err := bleve.Open(dir)
	if err != nil {
		if idx, err = build(dir, from); err != nil {
			return err
		}
	}
	defer idx.Close()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(in.Text()), 10, 0, false)
		req.Highlight = bleve.NewHighlight()
		res, err := idx.Search(req)
		if err != nil {
			return err
		}
		if len(res.Hits) > 0 {
			fmt.Fprintln(out, res.Hits[0].ID, res.Hits[0].Fragments["text"])
		} else {
			fmt.Fprintln(out, "-")
		}
	}
	return in.Err()
}

func build(dir, from string) (bleve.Index, error) {
	fsys := corpus.Embedded()
	if from != "" {
		var err error
		if fsys, err = corpus.Dir(from); err != nil {
			return nil, err
		}
	}
	c, err := corpus.Load(fsys.(fs.FS))
	if err != nil {
		return nil, err
	}
	idx, err := bleve.NewUsing(dir, bleve.NewIndexMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, err
	}
	batch := idx.NewBatch()
	ps := c.Passages()
	for i, p := range ps {
		if err := batch.Index(p.ID, map[string]any{"text": p.Text}); err != nil {
			return nil, err
		}
		if batch.Size() == 1000 || i == len(ps)-1 {
			if err := idx.Batch(batch); err != nil {
				return nil, err
			}
			batch.Reset()
		}
	}
	return idx, nil
}
