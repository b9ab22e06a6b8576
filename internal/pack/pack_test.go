package pack

import (
	"errors"
	"slices"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	var w Writer
	w.String("cto")
	w.Int(300)
	w.Strings([]string{"cio", "cto", ""})
	w.Strings(nil)
	w.Uint(1 << 40)
	r := NewReader(w.Bytes())
	if s, n, l, e, u := r.String(), r.Int(), r.Strings(), r.Strings(), r.Uint(); s != "cto" || n != 300 || !slices.Equal(l, []string{"cio", "cto", ""}) || e != nil || u != 1<<40 {
		t.Errorf("read %q %d %q %q %d", s, n, l, e, u)
	}
	if err := r.Err(); err != nil {
		t.Error(err)
	}
}

func TestCorrupt(t *testing.T) {
	var w Writer
	w.Strings([]string{"a", "b"})
	data := w.Bytes()
	for i := range data {
		r := NewReader(data[:i])
		r.Strings()
		if err := r.Err(); !errors.Is(err, ErrCorrupt) {
			t.Errorf("cut at %d: %v, want ErrCorrupt", i, err)
		}
	}
	r := NewReader([]byte{0xff, 0xff, 0xff, 0xff, 0x0f})
	if s := r.String(); s != "" || !errors.Is(r.Err(), ErrCorrupt) {
		t.Errorf("huge table: %v", r.Err())
	}
}
