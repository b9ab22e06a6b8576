package bot

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/role"
)

// snapshotName is the file, inside an index folder, holding the corpus the
// index was built from and what an Engine derives from it. It is written
// before the index is stamped, so the stamp covers it (see
// index.Options.Beside), and read at start-up instead of loading the
// corpus and deriving it again: on 10,000 articles, milliseconds instead
// of seconds.
const snapshotName = "rolebot-engine.gob"

// snapshotVersion is the version of what a snapshot holds: the types
// encoded and the code that computes them (corpus parsing, role detection,
// derive). It is part of the index fingerprint, so changing it rebuilds
// every index once. Change it whenever that code changes what it computes;
// TestSnapshotVersion fails until you do.
const snapshotVersion = 216

// snapshotHeader comes first in a snapshot file: enough to tell whether
// the rest is for the corpus at hand without decoding it.
type snapshotHeader struct {
	Version int
	Files   string // corpus.Corpus.Files of the corpus it was built from
}

// snapshot is what Open needs to build an Engine without reading the
// corpus folder.
type snapshot struct {
	Corpus  *corpus.Corpus
	Found   *role.Found
	Derived *derived
}

// The snapshot file is four parts, each preceded by its length as a
// varint: the header (gob), the corpus (corpus.Corpus.MarshalBinary), what
// the texts say about roles (gob) and what derive found
// (derived.MarshalBinary). The file is read whole in one go: gob would read
// the large parts in chunks, copying them again and again.

// writeSnapshot writes s into the index folder dir. The index's stamp
// syncs it to disk with the rest.
func writeSnapshot(dir string, s *snapshot) error {
	p := filepath.Join(dir, snapshotName)
	var head, found bytes.Buffer
	if err := gob.NewEncoder(&head).Encode(snapshotHeader{Version: snapshotVersion, Files: s.Corpus.Files}); err != nil {
		return fmt.Errorf("snapshot %s: %w", p, err)
	}
	if err := gob.NewEncoder(&found).Encode(s.Found); err != nil {
		return fmt.Errorf("snapshot %s: %w", p, err)
	}
	c, err := s.Corpus.MarshalBinary()
	if err != nil {
		return fmt.Errorf("snapshot %s: %w", p, err)
	}
	d, err := s.Derived.MarshalBinary()
	if err != nil {
		return fmt.Errorf("snapshot %s: %w", p, err)
	}
	var out []byte
	for _, part := range [][]byte{head.Bytes(), c, found.Bytes(), d} {
		out = binary.AppendUvarint(out, uint64(len(part)))
		out = append(out, part...)
	}
	if err := os.WriteFile(p, out, 0o644); err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	return nil
}

// readSnapshot reads the snapshot in the index folder dir: only its header
// when full is false (the snapshot is then nil).
func readSnapshot(dir string, full bool) (snapshotHeader, *snapshot, error) {
	var h snapshotHeader
	p := filepath.Join(dir, snapshotName)
	var data []byte
	var err error
	if full {
		data, err = os.ReadFile(p)
	} else {
		data, err = readHead(p)
	}
	if err != nil {
		return h, nil, fmt.Errorf("snapshot: %w", err)
	}
	parts := make([][]byte, 0, 4)
	for len(data) > 0 && len(parts) < cap(parts) {
		n, k := binary.Uvarint(data)
		if k <= 0 || n > uint64(len(data)-k) {
			break // cut short: a header alone is enough without full
		}
		parts = append(parts, data[k:k+int(n)])
		data = data[k+int(n):]
	}
	if len(parts) == 0 {
		return h, nil, fmt.Errorf("snapshot %s: no header", p)
	}
	if err := gob.NewDecoder(bytes.NewReader(parts[0])).Decode(&h); err != nil {
		return h, nil, fmt.Errorf("snapshot %s: header: %w", p, err)
	}
	if h.Version != snapshotVersion {
		return h, nil, fmt.Errorf("snapshot %s: version %d, want %d", p, h.Version, snapshotVersion)
	}
	if !full {
		return h, nil, nil
	}
	if len(parts) != 4 || len(data) > 0 {
		return h, nil, fmt.Errorf("snapshot %s: %d parts, want 4", p, len(parts))
	}
	s := snapshot{Corpus: &corpus.Corpus{}, Derived: &derived{}}
	if err := s.Corpus.UnmarshalBinary(parts[1]); err != nil {
		return h, nil, fmt.Errorf("snapshot %s: %w", p, err)
	}
	if err := gob.NewDecoder(bytes.NewReader(parts[2])).Decode(&s.Found); err != nil {
		return h, nil, fmt.Errorf("snapshot %s: roles found: %w", p, err)
	}
	if err := s.Derived.UnmarshalBinary(parts[3]); err != nil {
		return h, nil, fmt.Errorf("snapshot %s: %w", p, err)
	}
	if s.Found == nil || len(s.Derived.Mentions) != countPassages(s.Corpus) {
		return h, nil, fmt.Errorf("snapshot %s: incomplete", p)
	}
	return h, &s, nil
}

// readHead reads the start of the file p, where the header is.
func readHead(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, 4<<10)
	n, err := io.ReadFull(f, buf)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return buf[:n], err
}

// countPassages returns the number of passages of c.
func countPassages(c *corpus.Corpus) int {
	n := 0
	for _, a := range c.Articles {
		for _, s := range a.Sections {
			n += len(s.Passages)
		}
	}
	return n
}
