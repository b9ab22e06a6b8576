package reload

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Ready is closed once Run watches the folder, or knows it cannot: a
// change made after that is seen.
func (r *Engine) Ready() <-chan struct{} { return r.ready }

// Run reloads the corpus when a file under Options.Dir changes (after
// Options.Debounce of quiet) and on SIGHUP, until ctx is done. With no Dir
// (the embedded corpus) it never reloads: SIGHUP is logged and ignored.
// When the folder cannot be watched, Run logs why and still reloads on
// SIGHUP. Reloads run one at a time; changes during one start another.
// Call Run once.
func (r *Engine) Run(ctx context.Context) error {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)

	kick := make(chan string, 1) // cause of the next reload; one pending is enough
	trigger := func(cause string) {
		select {
		case kick <- cause:
		default:
		}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case cause := <-kick:
				r.reload(ctx, cause)
			}
		}
	}()
	defer func() { <-done }()

	if r.opt.Dir == "" {
		close(r.ready)
		return r.loop(ctx, nil, hup, trigger)
	}
	w, err := fsnotify.NewWatcher()
	if err == nil {
		defer w.Close()
		err = r.watchTree(w, r.opt.Dir)
	}
	close(r.ready)
	if err != nil {
		r.log.Error("cannot watch the corpus folder: reload with SIGHUP", "dir", r.opt.Dir, "err", err)
		return r.loop(ctx, nil, hup, trigger)
	}
	r.log.Info("watching the corpus folder", "dir", r.opt.Dir, "debounce_ms", r.opt.Debounce.Milliseconds())
	return r.loop(ctx, w, hup, trigger)
}

// loop handles folder events (none when w is nil) and SIGHUP until ctx is
// done.
func (r *Engine) loop(ctx context.Context, w *fsnotify.Watcher, hup <-chan os.Signal, trigger func(string)) error {
	var events <-chan fsnotify.Event
	var errs <-chan error
	if w != nil {
		events, errs = w.Events, w.Errors
	}
	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	defer quiet.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-hup:
			if r.opt.Dir == "" {
				r.log.Info("SIGHUP: the embedded corpus never reloads; start with --corpus DIR to reload")
				continue
			}
			r.log.Info("SIGHUP: reloading the corpus")
			trigger("signal")
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			if !r.matters(ev) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Lstat(ev.Name); err == nil && info.IsDir() {
					if err := r.watchTree(w, ev.Name); err != nil {
						r.log.Warn("cannot watch a new folder", "dir", ev.Name, "err", err)
					}
				}
			}
			quiet.Reset(r.opt.Debounce)
		case <-quiet.C:
			trigger("change")
		case err, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			// An overflow loses events: reload to be sure.
			r.log.Warn("watching the corpus folder", "err", err)
			quiet.Reset(r.opt.Debounce)
		}
	}
}

// matters reports whether an event may change the corpus: not a change of
// mode alone, not a hidden file or an editor's backup, not in IgnoreDir.
func (r *Engine) matters(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	base := filepath.Base(ev.Name)
	if strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") {
		return false
	}
	if r.opt.IgnoreDir != "" {
		if rel, err := filepath.Rel(r.opt.IgnoreDir, ev.Name); err == nil && !strings.HasPrefix(rel, "..") {
			return false
		}
	}
	return true
}

// watchTree adds dir and every folder under it to w, except hidden ones
// and IgnoreDir: fsnotify watches one folder, not the tree under it.
func (r *Engine) watchTree(w *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == dir {
				return fmt.Errorf("reload: watch %s: %w", path, err)
			}
			return nil // gone or unreadable: the loader will say so
		}
		if !d.IsDir() {
			return nil
		}
		if path != dir && (strings.HasPrefix(d.Name(), ".") || path == r.opt.IgnoreDir) {
			return filepath.SkipDir
		}
		if err := w.Add(path); err != nil {
			return fmt.Errorf("reload: watch %s: %w", path, err)
		}
		return nil
	})
}
