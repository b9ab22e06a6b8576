package bot

import (
	"testing"
	"testing/fstest"
)

// A question of who holds a role, asking of no absence, is answered by the
// passage that says who holds it, not by the one that opens with the
// holder's absence and who acts then; a question of the absence by that.
func TestCoverSentenceAnswersOnlyAbsence(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"control-room.md": {Data: []byte("# Aire Bridge Control Room\n\nThe control room at Aire Bridge watches the electricity network and the water network 24 hours a day.\n\n## Control Room Manager\n\n" +
			"Priya Raman is the Control Room Manager. She reports to the Operations Director and line-manages the four shift teams. Her responsibilities:\n\n" +
			"- set the shift pattern and make sure every shift has a competent Shift Control Engineer in charge\n- own the network switching procedures and the control room's log\n- approve overtime for control room staff\n\n" +
			"When Priya is on leave, the Senior Authorised Person, Callum Reid, acts as Control Room Manager. If both are away, the Field Operations Manager covers.\n\n" +
			"## Shift Control Engineer\n\nEach shift is led by a Shift Control Engineer, who restores faults in order.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who runs the control room", "Priya Raman is the Control Room Manager"},
		{"when priya is on leave who runs the control room", "Callum Reid, acts as Control Room Manager"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}
