package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// ErrOutside is the reason a symlink that leads out of the corpus folder is
// not read.
var ErrOutside = errors.New("symlink pointing outside the corpus folder: not read")

// Dir returns the folder at path as a file system that never leaves it: a
// symlink leading outside (to /etc/passwd, to a .env file) gives an error
// wrapping ErrOutside, and only folders and regular files can be opened,
// without blocking (a named pipe is refused, never waited on). Use it, not
// os.DirFS, for a corpus folder: os.DirFS follows any symlink.
func Dir(path string) (fs.FS, error) {
	root, err := os.OpenRoot(path)
	if err != nil {
		return nil, fmt.Errorf("corpus folder %s: %w", path, err)
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		root.Close()
		return nil, fmt.Errorf("corpus folder %s: %w", path, err)
	}
	abs, err := filepath.Abs(real)
	if err != nil {
		root.Close()
		return nil, fmt.Errorf("corpus folder %s: %w", path, err)
	}
	return &dirFS{root: root, dir: path, real: abs}, nil
}

// dirFS is a corpus folder opened with os.Root. The Root stays open for the
// life of the process, as os.DirFS keeps its path.
type dirFS struct {
	root *os.Root
	dir  string // as given, for messages
	real string // absolute, symlinks resolved
}

// Open opens name for reading. Symlinks are followed only when they stay in
// the folder; anything but a folder or a regular file is refused.
func (d *dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	rel, err := d.path(name)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	// O_NONBLOCK: opening a named pipe for reading otherwise waits for a
	// writer. Regular files and folders ignore the flag.
	f, err := d.root.OpenFile(rel, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		if _, rerr := d.resolve(name); rerr != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: rerr}
		}
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() && !info.IsDir() {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: fmt.Errorf("%s: not read", kindOf(info.Mode()))}
	}
	return f, nil
}

// Stat returns what name is, following symlinks that stay in the folder.
func (d *dirFS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	rel, err := d.path(name)
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	info, err := d.root.Stat(rel)
	if err != nil {
		if _, rerr := d.resolve(name); rerr != nil {
			return nil, &fs.PathError{Op: "stat", Path: name, Err: rerr}
		}
	}
	return info, err
}

// ReadDir lists a folder; it reads no file.
func (d *dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	f, err := d.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir, ok := f.(fs.ReadDirFile)
	if !ok {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a folder")}
	}
	list, err := dir.ReadDir(-1)
	if err != nil {
		return nil, err
	}
	sortEntries(list)
	return list, nil
}

// path returns the name to open name by: itself, unless it is a symlink.
// A symlinked folder on the way needs no care: os.Root refuses it when it
// leads out, and Open then asks resolve why.
func (d *dirFS) path(name string) (string, error) {
	info, err := os.Lstat(filepath.Join(d.real, filepath.FromSlash(name)))
	if err == nil && info.Mode()&fs.ModeSymlink == 0 {
		return name, nil
	}
	return d.resolve(name)
}

// resolve returns name with every symlink on the way resolved, relative to
// the folder, or ErrOutside when that lies outside it. os.Root refuses such
// a path too (and any absolute symlink, even one that stays inside); this
// gives the reason in plain words and lets a link to a file of the folder
// be read however it is written.
func (d *dirFS) resolve(name string) (string, error) {
	full := filepath.Join(d.real, filepath.FromSlash(name))
	real, err := filepath.EvalSymlinks(full)
	if err != nil {
		return name, nil // missing or a broken link: os.Root reports it
	}
	if real == d.real {
		return ".", nil
	}
	if !strings.HasPrefix(real, d.real+string(filepath.Separator)) {
		return "", ErrOutside
	}
	return filepath.ToSlash(real[len(d.real)+1:]), nil
}

// kindOf names a file mode that is neither a file nor a folder.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symlink"
	case m.IsDir():
		return "a folder"
	}
	return "not a regular file"
}
