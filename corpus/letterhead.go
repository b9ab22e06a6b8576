package corpus

import (
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// What heads a document above its title, and what is no heading though it
// looks like one: a letterhead, a postal address, a date, a control block.

// letterhead is a line that names a company by its legal form, or a public
// body, maybe with its address after a bar ("HARCOURT LYLE LLP | 1 Fenwick
// Street, London | T +44 …"), as the letterhead of a document: "HARTWELL PRYCE LLP", "Acme
// Widgets Ltd", "KESTREL LOWE GMBH / KESTREL LOWE LTD", "BRAMFORD CITY
// COUNCIL", "株式会社ミナト精機".
var letterhead = lazyre.New(`(?i)^` + company + `(?:\s*[/|&,]\s*` + company + `)*(?:\s+[|·•]\s.*)?$|^` + organisation + `(?:\s+[|·•]\s.*)?$|^(?:株式会社|有限会社|合同会社)\S{1,30}$|^\S{1,30}(?:株式会社|有限会社|合同会社)$`)

// controlField is a field of a document's control block, on its own or
// among others on one line ("Document HZA-AO-011   Version 5.0   Owner:
// Director of Animal Operations"): text of the document, no heading.
var controlField = lazyre.New(`(?i)(?:^|\s)(?:owner|document owner|author|version|status|approved by|approver|review(?: date)?|next review(?: date)?|last reviewed|reviewed(?: by)?|(?:last )?updated|revised|issue date|date of issue|document (?:no|number|ref)\.?|classification|effective(?: date| from)?|issued(?: by)?|prepared by|sponsor|applies to|contact)\s*:\s*\S`)

// issuedBy is a line of a document's control block written without a
// colon: "Issued by Becky Sutcliffe, Hire Desk Manager, 28 March 2025".
var issuedBy = lazyre.New(`(?i)^(?:(?:version|v|rev|revision|issue)\.?\s*[\d.]+[.,;:]?\s+)?(?:issued|prepared|written|compiled|approved|agreed|updated|produced|authori[sz]ed|circulated|maintained|owned)\s+by\s+\S`)

// meetingField is a field of a meeting's header, text of the minutes, no
// heading: "Date: Tuesday 11 March 2025, 9.30am, Board Room".
var meetingField = lazyre.New(`(?i)^(?:date|time|venue|location|place|present|attendees|attending|apologies|in attendance|chair|chaired by|minutes(?: taken)? by|minute taker|note taker)\s*:\s*\S`)

// ControlBlock reports whether text is only a document's control block:
// each line one of its fields or several ("Owner: Helen Barraclough,
// Inventory Control Manager    Version: 2.3"), maybe as a list's items
// ("- Owner: Fiona McBride, SHE Advisor\n- Review: annually"). It says
// who owns the document, not what anyone does.
func ControlBlock(text string) bool {
	if !strings.Contains(text, ":") {
		return false
	}
	// A cheap test first: the first word is one a field starts with (every
	// row of a table holds ": ", few open so).
	first := strings.TrimLeft(text, "-*• \t")
	if i := strings.IndexAny(first, " :"); i > 0 {
		first = first[:i]
	}
	if !controlFirst[strings.ToLower(first)] {
		return false
	}
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "-*•"))
		if l == "" {
			continue
		}
		if loc := controlField.FindStringIndex(l); loc == nil || loc[0] != 0 {
			return false
		}
	}
	return true
}

// IssuedLine reports whether text is only a line of who issued the
// document, as a guide opens: "Issued by Stuart Bell, Finance Assistant,
// and Priya Raman, Head of Retail. Version 2, March 2025.", or of its
// control in sentences: "Document FIN-003, version 5. Approved by the
// Board on 12 March 2025. Owner: Pauline Greaves, Finance Manager." It
// says who wrote the document, not what anyone does.
func IssuedLine(text string) bool {
	if text == "" || len(text) > maxIssuedLine || strings.IndexByte(issuedFirst, text[0]) < 0 || strings.Contains(text, "\n") {
		return false // a cheap test first: the first letter of a word issuedBy or docRef opens with
	}
	issued := issuedBy.MatchString(text)
	if !issued && !docRef.MatchString(text) {
		return false
	}
	for _, s := range strings.Split(strings.TrimSuffix(text, "."), ". ") {
		if len(strings.Fields(s)) > maxControlWords {
			return false // "Approved by the board, this policy sets out who may sign …": it goes on
		}
		if !issued && !docRef.MatchString(s) && !issuedBy.MatchString(s) && !controlField.MatchString(s) {
			return false
		}
	}
	return true
}

// issuedFirst are the first letters of the words issuedBy and docRef
// open with ("Issued", "Prepared", "Version", "Document", …).
const issuedFirst = "IiPpWwCcAaUuMmOoVvRrDd"

// docRef is a document's reference, its version after it: "Document
// FIN-003, version 5", "Policy HR-12 v2.1".
var docRef = lazyre.New(`(?i)^(?:document|doc|policy|procedure|ref(?:erence)?)\.?\s+(?:no\.?\s+)?[a-z]*[-/.]?\d[\w/.-]*(?:,?\s+(?:version|v|rev|issue)\.?\s*[\d.]+)?$|^(?:document|doc|policy|procedure|ref(?:erence)?)\.?\s+(?:no\.?\s+)?[a-z]+[-/.]\d[\w/.-]*,?\s+(?:version|v|rev|issue)\.?\s*[\d.]+\b`)

// maxControlWords is the most words of one sentence of a document's
// control ("Issued by Stuart Bell, Finance Assistant, and Priya Raman,
// Head of Retail.", "Written by Gwen Pritchard, Lab Manager, for everyone who
// works on the third floor of the Kendrew Building.").
const maxControlWords = 20

// maxIssuedLine is the longest line of who issued a document, in bytes;
// a longer text that opens so says more ("Approved by the board, this
// policy sets out …").
const maxIssuedLine = 160

// MeetingHeader reports whether text is only the header of a meeting's
// minutes: two lines or more, each one of its fields ("Date: Tuesday 18
// March", "Place: Board Room", "Chair: Priya Sandhu (Director of …)",
// "Present: …", "Apologies: …"), no table's row. It says who sat where,
// not what anyone does.
func MeetingHeader(text string) bool {
	if strings.Contains(text, "; ") || strings.Count(text, "\n") == 0 {
		return false
	}
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		label, _, ok := strings.Cut(l, ":")
		if !ok || !meetingFields[strings.ToLower(strings.TrimSpace(label))] {
			return false
		}
	}
	return true
}

// meetingFields are the labels of the fields of a meeting's header.
var meetingFields = map[string]bool{"date": true, "time": true, "place": true, "venue": true, "location": true, "where": true,
	"chair": true, "chaired by": true, "present": true, "attendees": true, "attending": true, "in attendance": true,
	"also present": true, "apologies": true, "absent": true, "minutes": true, "minute taker": true, "minutes by": true,
	"notes by": true, "secretary": true, "meeting": true, "quorum": true}

// controlFirst are the first words of the fields of controlField.
var controlFirst = map[string]bool{"owner": true, "document": true, "author": true, "version": true, "status": true,
	"approved": true, "approver": true, "review": true, "next": true, "last": true, "reviewed": true, "classification": true,
	"effective": true, "issued": true, "prepared": true, "sponsor": true, "applies": true, "contact": true, "updated": true, "revised": true, "issue": true}

// docKind names a kind of document in its title: "… Recall Procedure",
// "Staff Handbook", "Minutes of …", "Job Description: …", "… Contract:
// Summary for Staff".
var docKind = lazyre.New(`(?i)\b(?:procedures?|summary|overview|briefing|fact\s?sheet|faqs?|guidelines|polic(?:y|ies)|guide|guidance|handbook|manual|rotas?|minutes|plan|protocol|scheme|standards?|instructions|arrangements|terms of reference|code of (?:practice|conduct)|checklist|register|charter|framework|strategy|regulations|rules|standing orders|job description|job profile|role profile|person specification|organi[sz]ation chart|org chart|structure chart|staff list|contact list|phone list|who.s who)\b`)

// dateLine is a line that is only a date: "13 December 2024", "March
// 12, 2024", "2024-12-13".
var dateLine = lazyre.New(`^(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})$`)

// isoDate is a date a file's name starts with: "2024-12-13 ".
var isoDate = lazyre.New(`^\d{4}-\d{2}-\d{2}[ _-]*`)

// postal is a line of a postal address under a letterhead: "Unit 7,
// Carrigtwohill Business Park, Co. Cork", "12 Fenwick Street, London EC2V
// 4AB", "PO Box 118, Venlo".
var postal = lazyre.New(`(?i)^(?:(?:unit|suite|floor|level|building|block|po\s+box|p\.o\.\s+box)\s+\w+|\d{1,5}[a-z]?\s+[\p{L}' -]{2,40}?\s(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|way|drive|park|place|square|boulevard|blvd\.?|strasse|straße|weg|laan|plein))\b[^!?]*,[^!?]*$|^[^!?]{3,80},[^!?]*\b(?:[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}|\d{5}(?:-\d{4})?)$`)

// organisation is the name of a public body or institution by its kind:
// "BRAMFORD CITY COUNCIL", "Northgate NHS Foundation Trust", "University
// of Eastmoor", a US county and its bodies ("MARLOW COUNTY", "MARLOW
// COUNTY BOARD OF SUPERVISORS", "MARLOW COUNTY PUBLIC HEALTH DEPARTMENT",
// "COUNTY OF MARLOW"), a credit union, a building society, a charity
// ("THREADLINE INTERNATIONAL", "… FOUNDATION"), a government's department
// ("DEPARTMENT OF TRANSPORT AND ROADS"). A "Works Council" or a
// "Steering Group" is what a document is about, not who wrote it.
const organisation = `[\p{L}&'’., -]{2,60}?\b(?:(?:City|County|District|Borough|Town|Parish|Metropolitan|Municipal|Regional)\s+Council|NHS(?:\s+Foundation)?\s+Trust|University|College|Hospitals?|Constabulary|Police|(?:Fire\s+(?:and|&)\s+Rescue|Fire|Ambulance|Rescue|Health|Probation|Prison|Coastguard)\s+Service|Fire\s+Department|Ministry|Agency|Authority|Corporation|(?:Federal\s+)?Credit\s+Union|Building\s+Society|International|Foundation)|(?:University|College)\s+of\s+[\p{L}' -]{2,40}` +
	`|\p{L}[\p{L}'’. -]{1,40}?\s+(?:Learning|Academy|Academies|Education|Educational|Schools?|Multi-Academy|Charitable|Housing|Community)\s+Trust` +
	`|\p{L}[\p{L}'’. -]{1,40}?\s+(?:County|Township|Parish|Borough)(?:\s+Board\s+of\s+(?:Supervisors|Commissioners|Education)|\s+[\p{L}& ]{2,40}?\s+Department|\s+Government)?|(?:City|County|State|Town|Village|Borough|Commonwealth)\s+of\s+[\p{L}' -]{2,40}` +
	`|(?:Department|Dept\.?|Government)\s+of\s+(?:the\s+)?[\p{L}&' -]{2,60}`

// company is the name of a company with its legal form.
const company = `[\p{L}&'’., -]{2,60}?\b(?:LLP|Ltd\.?|Limited|PLC|Inc\.?|LLC|GmbH|AG|S\.A\.|N\.V\.|B\.V\.|Pty|SE|SAS|S\.r\.l\.|K\.K\.)`
