package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Issue 10, defect 3: an over-long line gets an error answer and reading
// goes on; every line of input gets exactly one line of output.
func TestAskStdinEveryLineAnswered(t *testing.T) {
	long := strings.Repeat("cto ", maxLine/4+1)
	input := strings.Join([]string{"what is a CIO", long, "\v", "\u00a0", "\u2028", "", "\r", "what does a CKO do?"}, "\n") // no final newline
	code, out, errOut := runCmd(t, input, "ask", "--index", t.TempDir(), "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 8 {
		t.Fatalf("%d output lines for 8 input lines", len(lines))
	}
	if !strings.HasPrefix(lines[1], `{"error":"line 2 is 1048576 bytes or longer`) {
		t.Errorf("long line: %.200s", lines[1])
	}
	for i, l := range lines {
		if i != 1 {
			decodeAnswer(t, l)
		}
	}
	if a := decodeAnswer(t, lines[7]); len(a.Roles) == 0 || a.Roles[0] != "cko" {
		t.Errorf("last line, after the long one: %+v", a.Roles)
	}
}

// In text mode the over-long line gets a one-line error, and the answers
// after it still come.
func TestAskStdinLongLineText(t *testing.T) {
	input := "cto\n" + strings.Repeat("x", maxLine+5) + "\ncio\n"
	code, out, errOut := runCmd(t, input, "ask", "--index", t.TempDir(), "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "rolebot: line 2 is 1048576 bytes or longer: not answered") || !strings.Contains(out, "Chief Information Officer") {
		t.Errorf("output:\n%.2000s", out)
	}
}

// A line just under the limit is answered.
func TestReadLinesLimit(t *testing.T) {
	in := strings.Repeat("a", 9) + "\n" + strings.Repeat("b", 10) + "\n" + strings.Repeat("c", 30) + "\nd"
	got := readLinesAll(t, in, 11)
	want := []string{"aaaaaaaaa", "bbbbbbbbbb", "TOO LONG", "d"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines %q, want %q", got, want)
	}
}

func readLinesAll(t *testing.T, in string, max int) []string {
	t.Helper()
	var out []string
	for batch := range readLines(context.Background(), strings.NewReader(in), max) {
		for _, l := range batch {
			switch {
			case l.eof:
				return out
			case l.err != nil:
				t.Fatal(l.err)
			case l.tooLong:
				out = append(out, "TOO LONG")
			default:
				out = append(out, l.text)
			}
		}
	}
	return out
}

// Ctrl-C and SIGTERM stop `ask -` while it waits for input, with the
// shell's exit status for the signal.
func TestAskStdinSignals(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCmd(t, "", "index", "--index", dir); code != 0 {
		t.Fatal(errOut)
	}
	for _, tc := range []struct {
		sig  syscall.Signal
		want int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			ctx, cancel := context.WithCancelCause(context.Background())
			stdin, w := io.Pipe() // never closed: the read blocks
			defer w.Close()
			go func() {
				w.Write([]byte("cto\n"))
				time.Sleep(100 * time.Millisecond)
				cancel(signalCause{tc.sig})
			}()
			done := make(chan int)
			var out, errOut bytes.Buffer
			go func() { done <- run(ctx, []string{"ask", "--index", dir, "-"}, stdin, &out, &errOut) }()
			select {
			case code := <-done:
				if code != tc.want {
					t.Errorf("exit %d, want %d (stderr %q)", code, tc.want, errOut.String())
				}
				if !strings.Contains(out.String(), "Chief Technology Officer") {
					t.Errorf("the line before the signal was not answered")
				}
			case <-time.After(10 * time.Second):
				t.Fatal("ask - did not stop on the signal")
			}
		})
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// A failed write is reported and exits 1, for one question and for a stream.
func TestAskWriteError(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{{"ask", "--index", dir, "cto"}, {"ask", "--index", dir, "-"}, {"ask", "--index", dir, "--format", "json", "cto"}, {"index", "--index", dir}} {
		var errOut bytes.Buffer
		code := run(context.Background(), args, strings.NewReader("cto\n"), failingWriter{}, &errOut)
		if code != 1 || !strings.Contains(errOut.String(), "no space left") {
			t.Errorf("%v: exit %d, stderr %q; want 1 and the reason", args, code, errOut.String())
		}
	}
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer full.Close()
	var errOut bytes.Buffer
	if code := run(context.Background(), []string{"ask", "--index", dir, "cto"}, strings.NewReader(""), full, &errOut); code != 1 {
		t.Errorf("> /dev/full: exit %d, stderr %q", code, errOut.String())
	}
}

// chunks passes on each write it gets.
type chunks chan string

func (c chunks) Write(p []byte) (int, error) {
	c <- string(p)
	return len(p), nil
}

// A person typing into `ask -` sees each answer before typing the next
// question: piped questions are answered in batches, but an answer never
// waits for input that has not come.
func TestAskStdinAnswersBeforeTheNextLine(t *testing.T) {
	in, typing := io.Pipe()
	out := make(chunks, 16)
	done := make(chan int, 1)
	dir := t.TempDir()
	go func() { done <- runAsk(context.Background(), []string{"--index", dir, "-"}, in, out, io.Discard) }()
	if _, err := io.WriteString(typing, "what does a CKO do?\n"); err != nil {
		t.Fatal(err)
	}
	select {
	case got := <-out:
		if !strings.Contains(got, "CKO") {
			t.Errorf("first answer: %.200q", got)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("no answer shown while the next line is awaited")
	}
	typing.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
}

// Lines already read are handed over together, and a line is not held
// back waiting for the next one to be complete.
func TestReadLinesBatches(t *testing.T) {
	batches := readLines(context.Background(), strings.NewReader("one\ntwo\nthree\n"), 100)
	if b := <-batches; len(b) != 3 || b[0].text != "one" || b[2].text != "three" {
		t.Errorf("first batch %+v, want the three lines", b)
	}
	if b := <-batches; len(b) != 1 || !b[0].eof {
		t.Errorf("second batch %+v, want the end", b)
	}

	r, w := io.Pipe()
	defer w.Close()
	batches = readLines(context.Background(), r, 100)
	go w.Write([]byte("first\nsec"))
	if b := <-batches; len(b) != 1 || b[0].text != "first" {
		t.Errorf("batch %+v, want the whole line only", b)
	}
	go w.Write([]byte("ond\n"))
	if b := <-batches; len(b) != 1 || b[0].text != "second" {
		t.Errorf("batch %+v, want the line once whole", b)
	}
}

// Text answers to piped questions each start with the question they
// answer, so a file of questions gives answers one can match to them.
func TestAskStdinTextEchoes(t *testing.T) {
	code, out, errOut := runCmd(t, "what does a cko do\n\ncto vs cio\n", "ask", "--index", t.TempDir(), "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	first, second := strings.Index(out, "> what does a cko do\nCKO"), strings.Index(out, "> cto vs cio\n")
	if first < 0 || second < first || !strings.Contains(out, "> \n") {
		t.Errorf("answers do not start with their questions:\n%s", out)
	}
}
