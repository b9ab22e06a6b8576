// Package wordvec tells which English words are near in meaning, from an
// embedded table worked out from GloVe word vectors (see gen.go and
// COPYING): for each of the 30,000 most frequent words of Wikipedia and
// newswire English, up to 100 others whose vectors are close (cosine above
// Floor), with how close. "investors" is near "shareholders", "laptop" near
// "computers". Nothing is built at start-up: the table is read in place.
package wordvec

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed near.bin
var data string

// Version names the table: the CRC-32 of near.bin. IDs are positions in
// the table, so whoever keeps IDs (an engine snapshot) keeps this with
// them. TestVersion fails until it is updated after gen.go writes a new
// table.
const Version = "near.bin crc32 4a907da9"

// Floor is the cosine a neighbour's vector passes (gen.go's floor); a
// neighbour's Sim is how far above it, scaled to 0..1.
const Floor = 0.6

// Common is how many of the most frequent words carry no meaning of their
// own ("the", "which", "said"): they are never anyone's neighbour.
const Common = 150

// ID names a word of the table.
type ID uint16

// List is the neighbours of a word, in order of their IDs, read in place.
type List struct {
	ids  string // uint16 per neighbour
	sims string // uint8 per neighbour
}

// Len is the number of neighbours.
func (l List) Len() int { return len(l.sims) }

// ID is the i-th neighbour.
func (l List) ID(i int) ID { return ID(uint16(l.ids[2*i]) | uint16(l.ids[2*i+1])<<8) }

// Sim is how near the i-th neighbour is: from just above Floor (0) to the
// same direction (1).
func (l List) Sim(i int) float64 { return float64(l.sims[i]) / 255 }

type table struct {
	n      int
	text   string // the words, each ended by '\n', in byte order
	starts string // n+1 uint32: where each word starts in text
	ranks  string // n uint16: frequency rank of each word
	lists  string // n+1 uint32: where each word's neighbours start
	ids    string // uint16 per neighbour, by word then ID
	sims   string // uint8 per neighbour
}

var load = sync.OnceValue(func() *table {
	d := data
	if !strings.HasPrefix(d, "RBWV1") {
		panic("wordvec: near.bin is not a table")
	}
	u32 := (*table)(nil).u32
	d = d[5:]
	n, tl := u32(d, 0), u32(d, 1)
	d = d[8:]
	t := &table{n: n, text: d[:tl]}
	d = d[tl:]
	t.starts, d = d[:4*(n+1)], d[4*(n+1):]
	t.ranks, d = d[:2*n], d[2*n:]
	t.lists, d = d[:4*(n+1)], d[4*(n+1):]
	m := u32(t.lists, n)
	t.ids, t.sims = d[:2*m], d[2*m:2*m+m]
	return t
})

// u32 reads the i-th little-endian uint32 of s.
func (*table) u32(s string, i int) int {
	return int(uint32(s[4*i]) | uint32(s[4*i+1])<<8 | uint32(s[4*i+2])<<16 | uint32(s[4*i+3])<<24)
}

func (t *table) word(i int) string {
	return t.text[t.u32(t.starts, i) : t.u32(t.starts, i+1)-1]
}

// Lookup returns the ID of a lower-case word, and whether the table has it.
func Lookup(w string) (ID, bool) {
	t := load()
	lo, hi := 0, t.n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch x := t.word(mid); {
		case x == w:
			return ID(mid), true
		case x < w:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return 0, false
}

// Word returns the word an ID names.
func Word(id ID) string { return load().word(int(id)) }

// Rank is how frequent the word is: 0 for the most frequent ("the").
func Rank(id ID) int {
	t := load()
	return int(t.ranks[2*int(id)]) | int(t.ranks[2*int(id)+1])<<8
}

// Neighbours returns the words near id, in order of their IDs, read in
// place, without allocating.
func Neighbours(id ID) List {
	t := load()
	from, to := t.u32(t.lists, int(id)), t.u32(t.lists, int(id)+1)
	return List{ids: t.ids[2*from : 2*to], sims: t.sims[from:to]}
}
