package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"strings"
)

// readAhead is how many lines of standard input are read before they are
// answered, handed over together: piped questions are then answered
// without a hand-over each (each one woke a thread on the other core).
const readAhead = 64

// maxLine is the length from which `ask -` refuses a line, newline not
// counted: far above
// any question (the engine keeps the first MaxQuestionBytes), low enough
// that a stray binary file cannot exhaust memory.
const maxLine = 1 << 20

// line is one line of standard input, or how reading ended.
type line struct {
	n       int // 1-based line number
	text    string
	tooLong bool // the line was maxLine bytes or more; text is empty
	eof     bool
	err     error
}

// readLines reads lines from r in a goroutine, so that the caller can stop
// on a signal while a read blocks, and hands them over in batches: the
// lines read before reading on would wait. A line of max bytes or more
// comes as tooLong and is skipped to its end; reading goes on after it.
func readLines(ctx context.Context, r io.Reader, max int) <-chan []line {
	out := make(chan []line, 1)
	go func() {
		br := bufio.NewReaderSize(r, 64*1024)
		var batch []line
		// send hands l over with the lines before it once reading on
		// would wait (or readAhead lines are read, or reading ends).
		send := func(l line) bool {
			batch = append(batch, l)
			if len(batch) < readAhead && !l.eof && l.err == nil && lineBuffered(br) {
				return true
			}
			select {
			case out <- batch:
				batch = nil
				return true
			case <-ctx.Done():
				return false
			}
		}
		for n := 1; ; n++ {
			var buf []byte
			tooLong := false
			var err error
			for {
				var chunk []byte
				chunk, err = br.ReadSlice('\n')
				if !tooLong {
					if len(buf)+len(bytes.TrimSuffix(chunk, []byte("\n"))) >= max {
						tooLong, buf = true, nil
					} else {
						buf = append(buf, chunk...)
					}
				}
				if err != bufio.ErrBufferFull {
					break
				}
			}
			if err != nil && err != io.EOF {
				send(line{n: n, err: err})
				return
			}
			if err == io.EOF && len(buf) == 0 && !tooLong {
				send(line{eof: true})
				return
			}
			text := strings.TrimSuffix(strings.TrimSuffix(string(buf), "\n"), "\r")
			if !send(line{n: n, text: text, tooLong: tooLong}) {
				return
			}
			if err == io.EOF {
				send(line{eof: true})
				return
			}
		}
	}()
	return out
}

// lineBuffered reports whether br holds a whole line already, so that
// reading it will not wait.
func lineBuffered(br *bufio.Reader) bool {
	b, _ := br.Peek(br.Buffered())
	return bytes.IndexByte(b, '\n') >= 0
}
