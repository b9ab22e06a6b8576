// Package pack writes and reads long lists of small records compactly and
// fast: unsigned numbers as varints, strings as numbers into a table that
// holds each distinct string once. The table is read back as one string
// that every decoded string is a part of, so decoding allocates little.
// Record layouts are the caller's: a Reader reads what a Writer wrote, in
// the same order. For data a program writes and reads back itself
// (rolebot's start-up snapshot), not for exchange.
package pack

import (
	"encoding/binary"
	"errors"
)

// Writer collects numbers and strings; Bytes returns them packed.
type Writer struct {
	ids  map[string]uint64
	strs []string
	body []byte
}

// Uint appends a number.
func (w *Writer) Uint(n uint64) { w.body = binary.AppendUvarint(w.body, n) }

// Int appends a number that is never negative.
func (w *Writer) Int(n int) { w.Uint(uint64(n)) }

// String appends a string, as its place in the table.
func (w *Writer) String(s string) {
	if w.ids == nil {
		w.ids = map[string]uint64{}
	}
	id, ok := w.ids[s]
	if !ok {
		id = uint64(len(w.strs))
		w.ids[s] = id
		w.strs = append(w.strs, s)
	}
	w.Uint(id)
}

// Strings appends a list of strings with its length.
func (w *Writer) Strings(list []string) {
	w.Int(len(list))
	for _, s := range list {
		w.String(s)
	}
}

// Bytes returns the table and what was appended: the number of strings,
// their lengths, the strings, then the body.
func (w *Writer) Bytes() []byte {
	var out []byte
	out = binary.AppendUvarint(out, uint64(len(w.strs)))
	for _, s := range w.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range w.strs {
		out = append(out, s...)
	}
	return append(out, w.body...)
}

// ErrCorrupt is the error of a Reader given bytes no Writer wrote.
var ErrCorrupt = errors.New("pack: corrupt data")

// Reader reads back what a Writer wrote. After the first error every read
// returns zero values and Err returns it.
type Reader struct {
	strs []string
	body []byte
	err  error
}

// NewReader reads the table of data.
func NewReader(data []byte) *Reader {
	r := &Reader{body: data}
	n := r.Uint()
	if n > uint64(len(data)) {
		return &Reader{err: ErrCorrupt}
	}
	lens := make([]uint64, n)
	var total uint64
	for i := range lens {
		lens[i] = r.Uint()
		total += lens[i]
	}
	if r.err != nil || total > uint64(len(r.body)) {
		return &Reader{err: ErrCorrupt}
	}
	all := string(r.body[:total]) // one copy; every string is a part of it
	r.body = r.body[total:]
	r.strs = make([]string, n)
	var at uint64
	for i, l := range lens {
		r.strs[i] = all[at : at+l]
		at += l
	}
	return r
}

// Uint reads a number.
func (r *Reader) Uint() uint64 {
	if r.err != nil {
		return 0
	}
	n, k := binary.Uvarint(r.body)
	if k <= 0 {
		r.err = ErrCorrupt
		return 0
	}
	r.body = r.body[k:]
	return n
}

// Int reads a number written by Int.
func (r *Reader) Int() int { return int(r.Uint()) }

// Len reads a number that counts items still to read, each at least one
// byte long: a count larger than what is left is corrupt data.
func (r *Reader) Len() int {
	n := r.Uint()
	if n > uint64(len(r.body)) {
		r.err = ErrCorrupt
		return 0
	}
	return int(n)
}

// String reads a string.
func (r *Reader) String() string {
	id := r.Uint()
	if r.err != nil {
		return ""
	}
	if id >= uint64(len(r.strs)) {
		r.err = ErrCorrupt
		return ""
	}
	return r.strs[id]
}

// Strings reads a list written by Strings; nil when it is empty.
func (r *Reader) Strings() []string {
	n := r.Len()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.String()
	}
	return out
}

// Err returns the first error, or nil; also ErrCorrupt when bytes are
// left over, so call it once everything was read.
func (r *Reader) Err() error {
	if r.err == nil && len(r.body) > 0 {
		return ErrCorrupt
	}
	return r.err
}

// Rest returns the bytes not read yet, and reads them.
func (r *Reader) Rest() []byte {
	b := r.body
	r.body = nil
	return b
}
