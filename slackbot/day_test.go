package slackbot

import (
	"strings"
	"testing"
	"time"
)

// A question that names a day by today ("who's on call tomorrow") says,
// in Slack, which day it was read as.
func TestDayReadInSlack(t *testing.T) {
	wed := func() time.Time { return time.Date(2026, 12, 2, 15, 0, 0, 0, time.UTC) }
	h := startBot(t, shipped(t).WithClock(wed))
	h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> who is the CTO's boss tomorrow?"))
	p := h.fake.WaitPosts(1)[0]
	if all := texts(p.Blocks); !strings.Contains(all, "“tomorrow” read as Thursday 3 December 2026.") {
		t.Errorf("the answer does not say which day it read:\n%s", all)
	}
}
