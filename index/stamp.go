package index

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// stampName is the file written last into a built index: it records what
// the index must hold, so that Open can tell a complete index from one that
// a crash, a full disk or a stray edit damaged.
const stampName = "rolebot-stamp.json"

// stamp is what a complete index folder says about itself.
type stamp struct {
	Fingerprint string               `json:"fingerprint"`
	Passages    uint64               `json:"passages"`
	Files       map[string]fileStamp `json:"files"` // slash paths inside the folder
}

// fileStamp is the size and SHA-256 of one file of the index.
type fileStamp struct {
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// errDamaged wraps every reason why an index folder cannot be trusted.
var errDamaged = errors.New("index damaged")

func damaged(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errDamaged, fmt.Sprintf(format, args...))
}

// sumFiles returns the size and hash of every file in path except the stamp
// and the marker.
func sumFiles(path string) (map[string]fileStamp, error) {
	out := map[string]fileStamp{}
	err := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(path, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() || rel == stampName || rel == markerName {
			return nil
		}
		if !d.Type().IsRegular() {
			return damaged("%q is not a regular file", rel)
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		h := sha256.New()
		n, err := io.Copy(h, f)
		if err != nil {
			return err
		}
		out[rel] = fileStamp{Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}
		return nil
	})
	return out, err
}

// writeStamp records the files of the finished index in path, then syncs
// the stamp and the folder so that the stamp never reaches the disk before
// what it describes.
func writeStamp(path, fingerprint string, passages int) error {
	files, err := sumFiles(path)
	if err != nil {
		return fmt.Errorf("index: stamp %s: %w", path, err)
	}
	for rel := range files {
		if err := syncFile(filepath.Join(path, filepath.FromSlash(rel))); err != nil {
			return fmt.Errorf("index: stamp %s: %w", path, err)
		}
	}
	data, err := json.MarshalIndent(stamp{Fingerprint: fingerprint, Passages: uint64(passages), Files: files}, "", "  ")
	if err != nil {
		return err
	}
	p := filepath.Join(path, stampName)
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("index: stamp %s: %w", path, err)
	}
	if _, err := f.Write(append(data, '\n')); err != nil {
		f.Close()
		return fmt.Errorf("index: stamp %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("index: stamp %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("index: stamp %s: %w", path, err)
	}
	return syncFile(path)
}

// syncFile flushes a file or a folder to disk. Folders that cannot be
// synced (some file systems) are not an error.
func syncFile(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		if info, serr := f.Stat(); serr == nil && info.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// checkStamp reads the stamp of the index in path and checks that it is for
// fingerprint and that every file is as it was built. It returns the number
// of passages the index must hold.
func checkStamp(path, fingerprint string) (uint64, error) {
	data, err := os.ReadFile(filepath.Join(path, stampName))
	if errors.Is(err, fs.ErrNotExist) {
		return 0, damaged("no %s: its build did not finish", stampName)
	}
	if err != nil {
		return 0, err
	}
	var st stamp
	if err := json.Unmarshal(data, &st); err != nil {
		return 0, damaged("%s is unreadable: %v", stampName, err)
	}
	if st.Fingerprint != fingerprint {
		return 0, damaged("%s is for index %q, not %q", stampName, st.Fingerprint, fingerprint)
	}
	if len(st.Files) == 0 {
		return 0, damaged("%s lists no files", stampName)
	}
	files, err := sumFiles(path)
	if err != nil {
		return 0, err
	}
	var names []string
	for rel := range st.Files {
		names = append(names, rel)
	}
	for rel := range files {
		if _, ok := st.Files[rel]; !ok {
			names = append(names, rel)
		}
	}
	sort.Strings(names)
	for _, rel := range names {
		want, wok := st.Files[rel]
		got, gok := files[rel]
		switch {
		case !gok:
			return 0, damaged("file %q is missing", rel)
		case !wok:
			return 0, damaged("file %q was not there when it was built", rel)
		case got.Size != want.Size:
			return 0, damaged("file %q has %d bytes, built with %d", rel, got.Size, want.Size)
		case got.SHA256 != want.SHA256:
			return 0, damaged("file %q changed since it was built", rel)
		}
	}
	return st.Passages, nil
}
