package corpus_test

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/corpus"
)

// A memo's passages written in the first person speak for its sender, and
// keep that through MarshalBinary; its other passages and other documents'
// passages speak for no one.
func TestMemoSpeaker(t *testing.T) {
	fsys := fstest.MapFS{
		"articles/memo.txt": {Data: []byte("MEMORANDUM\n\nTo: All station staff\nFrom: Fiona Marsh, Station Manager <fiona.marsh@example.org>\nDate: 3 February 2025\nSubject: Cover while I am on leave\n\n" +
			"I am on annual leave from Monday 10 February to Friday 21 February inclusive.\n\n" +
			"Please send anything that would normally come to me to Callum.\n\n" +
			"The duty manager rota is unchanged for Part I of the season.\n\nFiona\n")},
		"articles/notes.txt": {Data: []byte("Notes\n\nI am the author of these notes, which are no memo.\n")},
	}
	c, err := corpus.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"I am on annual leave from Monday 10 February to Friday 21 February inclusive.": "Fiona Marsh, Station Manager",
		"Please send anything that would normally come to me to Callum.":                "Fiona Marsh, Station Manager",
		"The duty manager rota is unchanged for Part I of the season.":                  "",
		"I am the author of these notes, which are no memo.":                            "",
	}
	seen := 0
	for _, p := range c.Passages() {
		if w, ok := want[p.Text]; ok {
			seen++
			if p.Speaker != w {
				t.Errorf("%q: speaker %q, want %q", p.Text, p.Speaker, w)
			}
		}
	}
	if seen != len(want) {
		t.Fatalf("found %d of the %d passages: %v", seen, len(want), c.Passages())
	}
	data, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back corpus.Corpus
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c.Passages(), back.Passages()) {
		t.Error("the passages read back differ")
	}
}

// An email as a mail program saves it, its header first and no title
// line, is titled by its subject; its first-person passages speak for its
// sender, and its sign-off and signature are no passage and no heading.
func TestEmailExport(t *testing.T) {
	fsys := fstest.MapFS{
		"articles/cover-email.txt": {Data: []byte("From: Paul Jessop <paul.jessop@example.org>\nTo: Branch Managers\nCc: Claire Ashworth;\n  Leanne Carr\nDate: Friday 20 June 2025 16:42\nSubject: Cash cover while I am away\n\nHi all,\n\n" +
			"Gemma Trask, Cash Operations Supervisor, covers for me when I am away.\n\nThe vault time lock is set by the Cash Operations Desk.\n\nThanks,\nPaul\n\n--\nPaul Jessop\nCash Operations Manager\n+44 555 0100\n")},
	}
	c, err := corpus.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 1 || c.Articles[0].Title != "Cash cover while I am away" {
		t.Fatalf("articles %v, want one titled by its subject", c.Articles)
	}
	var got []string
	for _, p := range c.Passages() {
		got = append(got, p.Section+" | "+p.Text+" | "+p.Speaker)
	}
	want := []string{
		"Introduction | From: Paul Jessop <paul.jessop@example.org> | ",
		"Introduction | Gemma Trask, Cash Operations Supervisor, covers for me when I am away. | Paul Jessop",
		"Introduction | The vault time lock is set by the Cash Operations Desk. | ",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("passages\n%q\nwant\n%q", got, want)
	}
}

// A sign-off with the name the sender goes by ("Thanks,\nPeggy" from
// Margaret Allott) is no passage either.
func TestSignOffWithTheNameSheGoesBy(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/leave.txt": {Data: []byte("From: Allott, Margaret (HoP) <m.allott@example.org>\nSent: 1 April 2025\nTo: Prosthetics\nSubject: My leave\n\n" +
			"I am away from Monday 7 April. Priya will be acting Head of Prosthetics.\n\nThanks,\nPeggy\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Passages() {
		if strings.Contains(p.Text, "Peggy") {
			t.Errorf("passage %q: a sign-off, want none", p.Text)
		}
	}
}

// Outlook saves an email with "Sent:" after "From:" and may add
// "Importance:": it is the same header, so the email is titled by its
// subject and its first person speaks for its sender.
func TestOutlookExport(t *testing.T) {
	fsys := fstest.MapFS{
		"articles/leave.txt": {Data: []byte("From: Steve Kowalczyk <steve.k@example.com.au>\nSent: Tuesday, 15 April 2025 9:12 AM\nTo: Plant Supervisors\nCc: Neil Barker\nSubject: My leave and plant cover\nImportance: High\n\n" +
			"I am on annual leave from 22 April to 9 May.\n")},
	}
	c, err := corpus.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 1 || c.Articles[0].Title != "My leave and plant cover" {
		t.Fatalf("articles %v, want one titled by its subject", c.Articles)
	}
	ps := c.Passages()
	if last := ps[len(ps)-1]; last.Speaker != "Steve Kowalczyk" {
		t.Errorf("passage %q speaks for %q, want Steve Kowalczyk", last.Text, last.Speaker)
	}
}

// An Outlook thread: the sender written last name first ("Kirby, Dan
// (WM)") is Dan Kirby; a greeting of one name ("Tom,"), a sign-off and a
// signature without "--" are no passages; the header of the message it
// answers starts that message, in its own sender's voice.
func TestOutlookThread(t *testing.T) {
	fsys := fstest.MapFS{
		"articles/cover.txt": {Data: []byte("From:\tKirby, Dan (WM)\r\nSent:\t14 March 2025 16:42\r\nTo:\tFairweather, Tom (SM)\r\nSubject:\tRE: Cover for Red Watch\r\n\r\nTom,\r\n\r\n" +
			"I'm on the ICS refresher from Monday 24 March to Friday 28 March.\r\n\r\nCM Leah Dunn will act up as Watch Manager for those shifts.\r\n\r\nRegards,\r\nDan\r\n\r\n" +
			"Dan Kirby\r\nWatch Manager, Red Watch\r\nTel: 01632 960 214\r\n\r\n\r\n" +
			"From:\tFairweather, Tom (SM)\r\nSent:\t14 March 2025 11:05\r\nTo:\tKirby, Dan (WM)\r\nSubject:\tCover for Red Watch\r\n\r\nDan,\r\n\r\nCan you confirm who is covering while you're away? I need it by Monday.\r\n\r\nThanks\r\nTom\r\n")},
	}
	c, err := corpus.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range c.Passages() {
		got = append(got, p.Text+" | "+p.Speaker)
	}
	want := []string{
		"From:\tKirby, Dan (WM) | ",
		"I'm on the ICS refresher from Monday 24 March to Friday 28 March. | Dan Kirby, WM",
		"CM Leah Dunn will act up as Watch Manager for those shifts. | ",
		"From:\tFairweather, Tom (SM) | ",
		"Can you confirm who is covering while you're away? I need it by Monday. | Tom Fairweather, SM",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("passages\n%q\nwant\n%q", got, want)
	}
}

// An Outlook reply that quotes the message it answers under "-----Original
// Message-----", with a "Sent:" line on each day's date: the two "Sent:"
// lines are no page's running header, the sender's name alone over the
// signature is no heading, and the quoted message speaks for its sender.
func TestOutlookQuotedReply(t *testing.T) {
	fsys := fstest.MapFS{
		"articles/handover.txt": {Data: []byte("From: Wierzbicki, Tomasz (HB)\nSent: Thursday, 17 April 2025 16:42\nTo: Brewhouse Team\nSubject: Handover while I'm away\n\nHi all,\n\n" +
			"I am on leave from Tuesday 22 April and back on Monday 5 May.\n\nTomasz\n\n--\nTomasz Wierzbicki\nHead Brewer | Kestrel Yard\n\n" +
			"-----Original Message-----\nFrom: Byrne, Fraser (OD)\nSent: Thursday, 17 April 2025 11:05\nTo: Wierzbicki, Tomasz (HB)\nSubject: RE: leave cover\n\n" +
			"Tomasz, that's fine by me. I'm on leave myself over Easter, so Ruth is duty director that week.\n")},
	}
	c, err := corpus.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 1 || c.Articles[0].Title != "Handover while I'm away" {
		t.Fatalf("articles %v, want one titled by its subject", c.Articles)
	}
	var got []string
	for _, p := range c.Passages() {
		got = append(got, p.Section+" | "+p.Text+" | "+p.Speaker)
	}
	want := []string{
		"Introduction | From: Wierzbicki, Tomasz (HB) | ",
		"Introduction | I am on leave from Tuesday 22 April and back on Monday 5 May. | Tomasz Wierzbicki, HB",
		"Introduction | From: Byrne, Fraser (OD) | ",
		"Introduction | Tomasz, that's fine by me. I'm on leave myself over Easter, so Ruth is duty director that week. | Fraser Byrne, OD",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("passages\n%q\nwant\n%q", got, want)
	}
}

// A document's control block is its owner's, version and review, each
// line one or more of its fields; a sentence or a row of another table is
// none.
func TestControlBlock(t *testing.T) {
	for text, want := range map[string]bool{
		"Owner: Helen Barraclough, Inventory Control Manager    Version: 2.3    Review date: March 2026":          true,
		"- Owner: Fiona McBride, SHE Advisor\n- Approved by: Rachel Ambrose, General Manager\n- Review: annually": true,
		"Owner: Helen Barraclough\nHelen runs the stock counts.":                                                  false,
		"Role: Inventory Control Manager; Holder: Helen Barraclough":                                              false,
		"The owner of the procedure is Helen.":                                                                    false,
		"- Owner: Danny Okafor, Touring Producer\n- Reviewed: January 2025\n- Applies to: all staff on tour":      true,
	} {
		if got := corpus.ControlBlock(text); got != want {
			t.Errorf("ControlBlock(%q) = %v, want %v", text, got, want)
		}
	}
}

// A line of who issued a document, or of its control in sentences, is
// no more than that; a sentence that goes on to say more is not.
func TestIssuedLine(t *testing.T) {
	for text, want := range map[string]bool{
		"Issued by Stuart Bell, Finance Assistant, and Priya Raman, Head of Retail. Version 2, March 2025.":                                                        true,
		"Document FIN-003, version 5. Approved by the Board of Trustees on 12 March 2025. Owner: Pauline Greaves, FM.":                                             true,
		"Document FIN-003, version 5. The Finance Manager approves purchases up to £500.":                                                                          false,
		"Approved by the board, this policy sets out who may sign contracts for the charity, how much each post may commit and what happens when someone is away.": false,
	} {
		if got := corpus.IssuedLine(text); got != want {
			t.Errorf("IssuedLine(%q) = %v, want %v", text, got, want)
		}
	}
}

// A meeting's header is its date, place, chair and who was there, each a
// line; a rota's row, or a line of what was decided, is none.
func TestMeetingHeader(t *testing.T) {
	for text, want := range map[string]bool{
		"Date: Tuesday 18 March 2025, 10:00\nPlace: Board Room\nChair: Priya Sandhu (Director of Housing and Communities)\nPresent: Helen, Tom": true,
		"Date: 2025-03-17; Duty manager: Martin Gregson":        false,
		"Chair: Priya Sandhu\nThe panel agreed the new limits.": false,
		"Chair: Priya Sandhu":                                   false,
	} {
		if got := corpus.MeetingHeader(text); got != want {
			t.Errorf("MeetingHeader(%q) = %v, want %v", text, got, want)
		}
	}
}
