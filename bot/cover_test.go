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

// A question of who stands in for a person, named as a role's holder, is
// answered by the passage that names the person and who covers them,
// though it does not name the role: "lindiwe's deputy?".
func TestDeputyOfAPersonNamedOnly(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"structure.md": {Data: []byte("# Directorate structure\n\n## Leadership team\n\n" +
			"Role: Head of Infrastructure and Networks; Name: Lindiwe Dube; Reports to: Deputy CIO\n\n" +
			"## Deputies\n\nEvery head of service names a deputy in the business continuity plan.\n\n" +
			"Lindiwe Dube is covered by the Network Manager, Stefan Kowalczyk.\n")},
		"infra.md": {Data: []byte("# Infrastructure\n\n## About the team\n\n" +
			"The Head of Infrastructure and Networks runs the data centres and the network, and approves every change to them.\n\n" +
			"## Spending\n\nThe Head of Infrastructure and Networks approves network equipment up to £20,000.\n")},
	})
	for _, q := range []string{"lindiwe's deputy?", "who is lindiwe's deputy"} {
		if a := answer(t, e, q); !firstHolds(a, "Lindiwe Dube is covered by the Network Manager") {
			t.Errorf("%q: excerpts %v, want who covers Lindiwe first", q, excerptIDs(a.Excerpts))
		}
	}
}
