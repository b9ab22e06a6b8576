package wordvec

import (
	"fmt"
	"hash/crc32"
	"testing"
)

func TestVersion(t *testing.T) {
	if got := fmt.Sprintf("near.bin crc32 %08x", crc32.ChecksumIEEE([]byte(data))); got != Version {
		t.Errorf("the table is %q, Version says %q: set Version to it", got, Version)
	}
}

func TestLookup(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"investors", true}, {"laptop", true}, {"the", true}, {"c-level", false},
		{"Investors", false}, // lower case only
		{"", false}, {"reprot", false}, {"zzzz", false},
	} {
		id, ok := Lookup(c.w)
		if ok != c.want {
			t.Errorf("Lookup(%q) = %v, want %v", c.w, ok, c.want)
			continue
		}
		if ok && Word(id) != c.w {
			t.Errorf("Word(Lookup(%q)) = %q", c.w, Word(id))
		}
	}
}

func TestRank(t *testing.T) {
	the, _ := Lookup("the")
	inv, _ := Lookup("investors")
	if Rank(the) != 0 || Rank(inv) < Common {
		t.Errorf("Rank(the) = %d, Rank(investors) = %d", Rank(the), Rank(inv))
	}
}

// TestNeighbours checks pairs people would call near in meaning, and
// pairs that are not.
func TestNeighbours(t *testing.T) {
	near := func(a, b string) float64 {
		x, ok1 := Lookup(a)
		y, ok2 := Lookup(b)
		if !ok1 || !ok2 {
			t.Fatalf("%q or %q not in the table", a, b)
		}
		ns := Neighbours(x)
		for i := 1; i < ns.Len(); i++ {
			if ns.ID(i-1) >= ns.ID(i) {
				t.Fatalf("neighbours of %q not in ID order", a)
			}
		}
		for i := range ns.Len() {
			if ns.ID(i) == y {
				return ns.Sim(i)
			}
		}
		return 0
	}
	for _, p := range [][2]string{{"investors", "shareholders"}, {"laptop", "computers"}, {"hiring", "recruiting"}, {"salary", "wages"}} {
		if s := near(p[0], p[1]); s <= 0 {
			t.Errorf("%q is not near %q", p[1], p[0])
		}
	}
	for _, p := range [][2]string{{"investors", "laptop"}, {"salary", "knowledge"}, {"hiring", "the"}} {
		if s := near(p[0], p[1]); s > 0 {
			t.Errorf("%q is near %q (%.2f)", p[1], p[0], s)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	for b.Loop() {
		Lookup("shareholders")
	}
}
