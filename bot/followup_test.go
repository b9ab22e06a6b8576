package bot

import (
	"context"
	"strings"
	"testing"
)

func TestFollowUpReading(t *testing.T) {
	e := shipped(t)
	tests := []struct {
		prev, q string
		want    string // the question as read; "" for q unchanged
	}{
		{"who does the CTO report to?", "and the CIO?", "who does the CIO report to?"},
		{"what does a cto do", "what about the cdo", "what does a cdo do"},
		{"what skills does a CTO need", "same for the CFO?", "what skills does a CFO need"},
		{"who does the CTO report to?", "who does she manage?", "who does the CTO manage?"},
		{"what does a CKO do?", "what are his main duties", "what are the CKO's main duties"},
		{"cto vs cio", "who do they report to", "who do the cto and the cio report to"},
		{"what skills does a CIO need", "does that role need an MBA?", "does the CIO need an MBA?"},
		{"CIOの役割は？", "じゃあCTOは？", "CTOの役割は?"},
		{"CTOの役割は？", "彼女の上司は誰？", "CTOの上司は誰?"},
		{"CIOの役割は？", "では、ＣＴＯはどうですか？", "CTOの役割は?"},
		// Slack's markup, emoji and thanks around a follow-up.
		{"<!channel> what does a CIO do? <!here>", "<!here> thanks! and the ｃｔｏ? :thinking_face: 🤔", "what does a cto do?"},
		// Not follow-ups: a question of its own, a role alone, a new
		// question that names a role, a role before it that names none.
		{"who does the CTO report to?", "who approves the budget?", ""},
		{"who does the CTO report to?", "cio", ""},
		{"who does the CTO report to?", "what does the CIO do?", ""},
		{"cto vs cio", "and the cdo?", ""}, // which of the two is replaced?
		{"who approves the budget?", "who does she report to?", ""},
		{"", "and the CIO?", ""},
		{"who does the CTO report to?", "who is the person responsible for security?", ""},
		{"who does the CTO report to?", "what about it?", ""}, // no role to ask it of
		{"who does the CTO report to?", "ok, and then?", ""},
	}
	for _, tt := range tests {
		got, ok := e.followUp(tt.prev, tt.q)
		want := tt.want
		if want == "" {
			want = tt.q
		}
		if got != want || ok != (tt.want != "") {
			t.Errorf("followUp(%q, %q) = %q, %v; want %q, %v", tt.prev, tt.q, got, ok, want, tt.want != "")
		}
	}
}

// A follow-up is answered as the question it reads as: "and the CIO?"
// after the CTO's reporting line is the CIO's reporting line, said so.
func TestAnswerAfterAnswersTheFollowUp(t *testing.T) {
	e := shipped(t)
	ctx := context.Background()
	a, err := e.AnswerAfter(ctx, "who does the CTO report to?", "and the CIO?")
	if err != nil {
		t.Fatal(err)
	}
	want, err := e.Answer(ctx, "who does the CIO report to?")
	if err != nil {
		t.Fatal(err)
	}
	if !a.FollowUp || a.Question != "who does the CIO report to?" || a.Intent != want.Intent ||
		len(a.Excerpts) == 0 || a.Excerpts[0].Text != want.Excerpts[0].Text {
		t.Fatalf("AnswerAfter = follow-up %v, %q, intent %v, first %q; want the answer to %q (intent %v)",
			a.FollowUp, a.Question, a.Intent, firstText(a), want.Question, want.Intent)
	}
	if line := FollowUpText(a); !strings.Contains(line, "who does the CIO report to?") {
		t.Errorf("FollowUpText = %q, want the question as read", line)
	}
	plain, _ := e.AnswerAfter(ctx, "who does the CTO report to?", "what does a CKO do?")
	if plain.FollowUp || FollowUpText(plain) != "" {
		t.Errorf("a question of its own is read as a follow-up: %q", plain.Question)
	}
}

func firstText(a Answer) string {
	if len(a.Excerpts) == 0 {
		return ""
	}
	return a.Excerpts[0].Text
}
