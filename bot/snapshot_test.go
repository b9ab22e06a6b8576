package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/role"
)

// evalQuestions are the questions of every eval set.
func evalQuestions(t *testing.T) []string {
	var qs []string
	for _, f := range []string{"testdata/eval.yaml", "testdata/heldout.yaml", "testdata/heldout-slack.yaml"} {
		for _, c := range loadEval(t, f) {
			qs = append(qs, c.Q)
		}
	}
	return qs
}

// sameAnswers fails unless a and b answer every question alike: the same
// roles, cards and excerpts in the same order, with scores equal to 12
// significant digits. The last bits of a score vary from one run of a
// question to the next even on one Engine (sums taken in another order).
func sameAnswers(t *testing.T, a, b *Engine, qs []string) {
	t.Helper()
	round := func(x Answer) Answer {
		x.Excerpts = slices.Clone(x.Excerpts)
		for i := range x.Excerpts {
			x.Excerpts[i].Score, _ = strconv.ParseFloat(strconv.FormatFloat(x.Excerpts[i].Score, 'g', 12, 64), 64)
		}
		return x
	}
	for _, q := range qs {
		x, err := a.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		y, err := b.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if x, y := round(x), round(y); !reflect.DeepEqual(x, y) {
			jx, _ := json.Marshal(x)
			jy, _ := json.Marshal(y)
			t.Errorf("%q answered differently:\n%s\n%s", q, jx, jy)
		}
	}
}

// An Engine built from the snapshot stored in the index answers every
// eval question exactly as one that loaded the corpus and derived
// everything itself.
func TestSnapshotAnswersAlike(t *testing.T) {
	shipped(t) // builds the index, with its snapshot, into shippedDir
	saved := openSaved(corpus.Embedded(), shippedDir, Options{})
	if saved == nil {
		t.Fatal("no usable snapshot in the index just built")
	}
	defer saved.Close()
	c, det, err := LoadCorpus(corpus.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	fresh := New(c, saved.idx, det, Options{})
	if !reflect.DeepEqual(saved.Stats().Articles, fresh.Stats().Articles) || saved.Stats().Passages != fresh.Stats().Passages {
		t.Errorf("stats: saved %+v, fresh %+v", saved.Stats(), fresh.Stats())
	}
	sameAnswers(t, fresh, saved, evalQuestions(t))
	sameAnswers(t, shipped(t), saved, []string{"which roles do you know?", "what is a CRO", "最高技術責任者とは"})
}

// A folder whose files were touched but not changed is loaded in full and
// answered from the same index and snapshot; an edited one gets a new
// index.
func TestSnapshotTouchedAndEdited(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("..", "corpus", "articles", userSlug+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, userSlug+".txt")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	idxDir := t.TempDir()
	open := func() *Engine {
		t.Helper()
		fsys, err := corpus.Dir(dir)
		if err != nil {
			t.Fatal(err)
		}
		e, err := Open(context.Background(), fsys, idxDir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { e.Close() })
		return e
	}
	first := open()
	if !first.Stats().Index.Built {
		t.Fatal("first open did not build")
	}
	fsys, _ := corpus.Dir(dir)
	if openSaved(fsys, idxDir, Options{}) == nil {
		t.Fatal("untouched folder: snapshot not used")
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(file, later, later); err != nil {
		t.Fatal(err)
	}
	fsys, _ = corpus.Dir(dir)
	if openSaved(fsys, idxDir, Options{}) != nil {
		t.Fatal("touched folder: snapshot used without reading the files")
	}
	touched := open()
	if touched.Stats().Index.Built || touched.Stats().Index.Dir != first.Stats().Index.Dir {
		t.Errorf("touched folder: index %+v, want %s reopened", touched.Stats().Index, first.Stats().Index.Dir)
	}
	qs := []string{"difference between CTO and CIO", "what does CTO stand for", "what is a CKO", "最高技術責任者とは"}
	sameAnswers(t, first, touched, qs)
	if err := os.WriteFile(file, append(data, "\n\nThe chief zebra officer (CZO) looks after zebras.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	edited := open()
	if !edited.Stats().Index.Built {
		t.Error("edited folder: index not rebuilt")
	}
	if a, _ := edited.Answer(context.Background(), "what is a CZO"); a.NoMatch {
		t.Errorf("edited folder: the new article text is not found: %+v", a)
	}
}

// wantDerived is the digest of what a snapshot of the shipped corpus holds.
// When TestSnapshotVersion fails, the code that loads a corpus or derives
// from it computes something else than before: increment snapshotVersion
// (snapshot.go), so that every index, and the snapshot in it, is rebuilt,
// then set wantDerived to the digest the test prints. An edit of the
// shipped articles alone changes the digest too; it needs no new version.
const wantDerived = "ba2e22a4db825735"

func TestSnapshotVersion(t *testing.T) {
	c, found, det, err := loadCorpus(corpus.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	e := shipped(t)
	d := derive(c, e.idx, det, vocabulary(e.idx))
	data, err := json.Marshal(struct {
		Version int
		Corpus  *corpus.Corpus
		Found   any
		Derived *derived
	}{snapshotVersion, c, found, d})
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:8]); got != wantDerived {
		t.Errorf("a snapshot of the shipped corpus now holds %s, not %s: if code changed, not only the articles, increment snapshotVersion; then set wantDerived to %q", got, wantDerived, got)
	}
}

// An index records the roles its passages name: one built with another
// built-in lexicon of roles must not be reopened.
func TestFingerprintNamesTheLexicon(t *testing.T) {
	c, err := corpus.Load(corpus.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	if fp := indexFingerprint(c); !strings.Contains(fp, role.LexiconVersion) || len(role.LexiconVersion) < len("lexicon 00000000") {
		t.Errorf("fingerprint %q does not name the lexicon %q", fp, role.LexiconVersion)
	}
}
