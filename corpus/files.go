package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io/fs"
	"path"
)

// FilesKey returns a digest of what Load would find in fsys without
// reading it: the layout, the name, size, modification time and mode of
// every file it would read (articles, sidecars, role cards), the files of
// other kinds and the files it would skip. It lists folders and stats
// files; only a file system that gives no modification times (the
// embedded corpus) has its files read and hashed. While no file changes,
// FilesKey equals the Files of the Corpus Load returned, so a caller that
// stored what it derived from a corpus can tell, cheaply, that it still
// holds. A file that is touched but not changed gives another digest: the
// caller then loads the corpus in full, which costs time, never a wrong
// answer.
func FilesKey(fsys fs.FS) (string, error) {
	l := findLayout(fsys)
	found, err := walk(fsys, l)
	if err != nil {
		return "", err
	}
	return filesKey(fsys, l, found), nil
}

// filesKey is FilesKey over what a walk found.
func filesKey(fsys fs.FS, l layout, found files) string {
	h := sha256.New()
	fmt.Fprintf(h, "corpus-files 1\nlayout %q %v %v\n", l.root, l.nested, l.hasRole)
	for _, f := range found.stats {
		statLine(h, fsys, f.name, f.info)
	}
	for _, s := range found.skipped {
		fmt.Fprintf(h, "skipped %s\n", s)
	}
	// The cards, as loadCards finds them (fs.Glob follows symlinks).
	entries, err := fs.ReadDir(fsys, "roles")
	if err != nil {
		fmt.Fprintf(h, "roles: %v\n", err)
	}
	for _, e := range entries {
		p := path.Join("roles", e.Name())
		info, err := fs.Stat(fsys, p)
		if err != nil {
			fmt.Fprintf(h, "card %q: %v\n", p, err)
			continue
		}
		statLine(h, fsys, p, info)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// statLine writes what stat says of one file into h; a file without a
// modification time is hashed whole.
func statLine(h hash.Hash, fsys fs.FS, name string, info fs.FileInfo) {
	if info == nil {
		fmt.Fprintf(h, "file %q gone\n", name)
		return
	}
	mt := info.ModTime()
	fmt.Fprintf(h, "file %q %d %d %v\n", name, info.Size(), mt.UnixNano(), info.Mode())
	if mt.IsZero() && info.Mode().IsRegular() {
		data, err := fs.ReadFile(fsys, name)
		fmt.Fprintf(h, "content %d %x %v\n", len(data), sha256.Sum256(data), err)
	}
}
