package state

import (
	"context"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestGaps(t *testing.T) {
	forEachBackend(t, func(t *testing.T, e *env) {
		s := e.open(t, Config{GapsTTL: time.Hour})
		ctx := context.Background()
		now := time.Now().Truncate(time.Millisecond) // Redis keeps milliseconds
		for _, g := range []Gap{
			{Question: "What is a CRO?", Roles: []string{"CRO"}, Kind: GapNoMatch, At: now.Add(-50 * time.Minute)},
			{Question: "what is a   cro", Roles: []string{"cro"}, Kind: GapNoMatch, At: now.Add(-40 * time.Minute)},
			{Question: "WHAT IS A CRO!", Roles: []string{"cro"}, Kind: GapDownvote, At: now.Add(-30 * time.Minute)},
			{Question: "cto vs cio salary", Roles: []string{"cio", "CTO"}, Kind: GapDownvote, At: now.Add(-20 * time.Minute)},
			{Question: "cio or cto for security?", Roles: []string{"cto", "cio", "cto"}, Kind: GapNoMatch, At: now.Add(-10 * time.Minute)},
			{Question: "cto vs cio salary", Roles: []string{"cto", "cio"}, Kind: GapDownvote, At: now.Add(-5 * time.Minute)},
			{Question: "who buys the coffee", Kind: GapNoMatch, At: now.Add(-55 * time.Minute)},
			{Question: "too old", Kind: GapNoMatch, At: now.Add(-2 * time.Hour)}, // never kept
			{Question: " ?? ", Kind: GapNoMatch}, // empty once normalized
		} {
			if err := s.RecordGap(ctx, g); err != nil {
				t.Fatalf("RecordGap(%q): %v", g.Question, err)
			}
		}
		want := []GapEntry{
			{"what is a cro", 3, now.Add(-30 * time.Minute), []GapKind{GapDownvote, GapNoMatch}, []string{"cro"}},
			{"cto vs cio salary", 2, now.Add(-5 * time.Minute), []GapKind{GapDownvote}, []string{"cio", "cto"}},
			{"cio or cto for security", 1, now.Add(-10 * time.Minute), []GapKind{GapNoMatch}, []string{"cio", "cto"}},
			{"who buys the coffee", 1, now.Add(-55 * time.Minute), []GapKind{GapNoMatch}, nil},
		}
		for _, tc := range []struct {
			name string
			at   time.Time
			want []GapEntry
		}{
			{"now", now, want},
			{"six minutes on, the oldest has expired", now.Add(6 * time.Minute), want[:3]},
			{"in two hours, all have expired", now.Add(2 * time.Hour), nil},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := s.Gaps(ctx, tc.at)
				if err != nil {
					t.Fatalf("Gaps: %v", err)
				}
				if len(got) != len(tc.want) {
					t.Fatalf("Gaps = %d entries, want %d:\n%s", len(got), len(tc.want), dumpGaps(got))
				}
				for i := range got {
					if !sameGap(got[i], tc.want[i]) {
						t.Errorf("Gaps[%d] = %+v, want %+v", i, got[i], tc.want[i])
					}
				}
			})
		}

		groups := GroupByRoles(mustGaps(t, s, now))
		var shape []string
		for _, g := range groups {
			shape = append(shape, strings.Join(g.Roles, "+")+":"+itoa(g.Count)+":"+itoa(len(g.Entries)))
		}
		if want := []string{"cro:3:1", "cio+cto:3:2", ":1:1"}; !reflect.DeepEqual(shape, want) {
			t.Errorf("GroupByRoles = %q, want %q", shape, want)
		}
	})
}

// TestGapsExpireInStore checks expired gaps leave the store itself, not
// just the listing.
func TestGapsExpireInStore(t *testing.T) {
	forEachBackend(t, func(t *testing.T, e *env) {
		ctx := context.Background()
		const ttl = time.Second
		s := e.open(t, Config{GapsTTL: ttl})
		// Listed as of just before each record: a busy machine may take
		// longer than the TTL between recording and listing.
		first := time.Now()
		if err := s.RecordGap(ctx, Gap{Question: "short lived", Kind: GapNoMatch}); err != nil {
			t.Fatal(err)
		}
		if got := mustGaps(t, s, first); len(got) != 1 {
			t.Fatalf("before expiry: %d gaps, want 1", len(got))
		}
		time.Sleep(ttl + 100*time.Millisecond)
		if got := mustGaps(t, s, time.Now()); len(got) != 0 {
			t.Fatalf("after expiry: %d gaps, want 0", len(got))
		}
		// Asked again after expiry: counted from one.
		again := time.Now()
		if err := s.RecordGap(ctx, Gap{Question: "short lived", Kind: GapDownvote}); err != nil {
			t.Fatal(err)
		}
		got := mustGaps(t, s, again)
		if len(got) != 1 || got[0].Count != 1 || !reflect.DeepEqual(got[0].Kinds, []GapKind{GapDownvote}) {
			t.Fatalf("asked again after expiry: %s; want one entry, count 1, downvote only", dumpGaps(got))
		}
	})
}

func TestGapsOff(t *testing.T) {
	forEachBackend(t, func(t *testing.T, e *env) {
		s := e.open(t, Config{GapsOff: true})
		if err := s.RecordGap(context.Background(), Gap{Question: "what is a cro", Kind: GapNoMatch}); err != nil {
			t.Fatal(err)
		}
		if got := mustGaps(t, s, time.Now()); len(got) != 0 {
			t.Fatalf("GapsOff recorded %s", dumpGaps(got))
		}
	})
}

func TestRecordGapRejectsUnknownKind(t *testing.T) {
	s := newEnv(t, "bolt").open(t, Config{})
	err := s.RecordGap(context.Background(), Gap{Question: "q", Kind: "meh"})
	if err == nil || !strings.Contains(err.Error(), `unknown kind "meh"`) {
		t.Fatalf("RecordGap with kind meh: %v", err)
	}
}

func TestVotes(t *testing.T) {
	forEachBackend(t, func(t *testing.T, e *env) {
		s := e.open(t, Config{})
		other := e.open(t, Config{}) // a replica
		ctx := context.Background()
		for _, step := range []struct {
			name         string
			s            *Store
			answer       string
			up           bool
			want, stands bool
		}{
			{"first vote counts", s, "A1", true, true, true},
			{"same vote again does not", s, "A1", true, false, true},
			{"changed mind does not, and the 👍 stands", s, "A1", false, false, true},
			{"on another replica does not", other, "A1", false, false, true},
			{"another answer counts", other, "A2", false, true, false},
			{"its 👎 stands on the first replica", s, "A2", true, false, false},
		} {
			got, stands, err := step.s.RecordVote(ctx, step.answer, step.up)
			if err != nil {
				t.Fatalf("%s: RecordVote: %v", step.name, err)
			}
			if got != step.want || stands != step.stands {
				t.Errorf("%s: RecordVote(%q, %v) = %v, %v; want %v, %v", step.name, step.answer, step.up, got, stands, step.want, step.stands)
			}
		}
		// Votes and claims live apart: an answer id may equal a claim key.
		if first, err := s.Claim(ctx, "A1", time.Hour); err != nil || !first {
			t.Errorf("Claim(A1) after a vote on A1 = %v, %v; want true", first, err)
		}
	})
}

func TestNormalizeQuestion(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"case and spaces", "  What  is a\tCTO?  ", "what is a cto"},
		{"trailing marks", "cto vs cio?!...", "cto vs cio"},
		{"inner marks stay", "c.t.o. vs c.i.o?", "c.t.o. vs c.i.o"},
		{"japanese", "CTOとCIOの違いは？", "ctoとcioの違いは"},
		{"only marks", "???", ""},
		{"cut on a rune boundary", strings.Repeat("é", MaxQuestionLen), strings.Repeat("é", MaxQuestionLen/2)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := NormalizeQuestion(tc.in); got != tc.want {
				t.Errorf("NormalizeQuestion(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestGroupByRoles(t *testing.T) {
	e := func(q string, n int, roles ...string) GapEntry { return GapEntry{Question: q, Count: n, Roles: roles} }
	for _, tc := range []struct {
		name string
		in   []GapEntry
		want []GapGroup
	}{
		{"empty", nil, nil},
		{"one group keeps order", []GapEntry{e("a", 2, "cto"), e("b", 1, "cto")},
			[]GapGroup{{[]string{"cto"}, 3, []GapEntry{e("a", 2, "cto"), e("b", 1, "cto")}}}},
		{"bigger total first, ties by first seen",
			[]GapEntry{e("a", 3, "cfo"), e("b", 2, "cio", "cto"), e("c", 2, "cio", "cto"), e("d", 3)},
			[]GapGroup{
				{[]string{"cio", "cto"}, 4, []GapEntry{e("b", 2, "cio", "cto"), e("c", 2, "cio", "cto")}},
				{[]string{"cfo"}, 3, []GapEntry{e("a", 3, "cfo")}},
				{nil, 3, []GapEntry{e("d", 3)}},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := GroupByRoles(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("GroupByRoles = %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func mustGaps(t *testing.T, s *Store, now time.Time) []GapEntry {
	t.Helper()
	got, err := s.Gaps(context.Background(), now)
	if err != nil {
		t.Fatalf("Gaps: %v", err)
	}
	return got
}

func sameGap(a, b GapEntry) bool {
	return a.Question == b.Question && a.Count == b.Count && a.Last.Equal(b.Last) &&
		reflect.DeepEqual(a.Kinds, b.Kinds) && reflect.DeepEqual(a.Roles, b.Roles)
}

func dumpGaps(es []GapEntry) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString("  " + e.Question + " ×" + itoa(e.Count) + " " + e.Last.Format(time.RFC3339Nano) + "\n")
	}
	return b.String()
}

func itoa(n int) string { return strconv.Itoa(n) }
