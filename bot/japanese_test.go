package bot

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// Japanese question words give the intent of a question.
func TestJapaneseIntent(t *testing.T) {
	for _, tc := range []struct {
		q     string
		roles int
		want  Intent
	}{
		{"CTOとCIOの違いは何ですか", 2, IntentCompare},
		{"CTOとCIOを比較して", 2, IntentCompare},
		{"CTOとCIOの兼任", 2, IntentCompare},
		{"最高技術責任者とは", 1, IntentDefine},
		{"CKOって何", 1, IntentDefine},
		{"CTOに必要なスキルは", 1, IntentSkills},
		{"CIOの能力", 1, IntentSkills},
		{"CTOになるには", 1, IntentSkills},
		{"CIOの役割とは", 1, IntentResponsibilities},
		{"CTOの仕事", 1, IntentResponsibilities},
	} {
		t.Run(tc.q, func(t *testing.T) {
			e := shipped(t)
			d := e.roles.Detect(tc.q)
			if len(d.Roles) != tc.roles {
				t.Fatalf("roles %v, want %d", d.Roles, tc.roles)
			}
			if got := detectIntent(tc.q, d.Rest, len(d.Roles)); got != tc.want {
				t.Errorf("intent %s, want %s", got, tc.want)
			}
		})
	}
}

// A Japanese corpus (testdata/ja, one article of our own, no cards)
// answers Japanese questions from the right section.
func TestJapaneseCorpus(t *testing.T) {
	e := openFolder(t, "testdata/ja")
	for _, tc := range []struct{ q, section string }{
		{"CTOとCIOの違いは何ですか", "二つの役職の違い"},
		{"CTOとCIOの兼任はありますか", "二つの役職の違い"},
		{"CTOに必要なスキルは", "必要なスキル"},
		{"最高情報責任者の役割", "CIOとは"},
		{"最高知識責任者とは", "最高知識責任者（CKO）"},
		{"ノウハウの共有", "最高知識責任者（CKO）"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a, err := e.Answer(context.Background(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if a.NoMatch || len(a.Excerpts) == 0 {
				t.Fatalf("nothing found: %+v", a)
			}
			if got := a.Excerpts[0].Section; got != tc.section {
				t.Errorf("top excerpt from § %s, want § %s (%s)", got, tc.section, a.Excerpts[0].Text)
			}
			if !strings.Contains(a.Excerpts[0].Highlighted, "**") {
				t.Errorf("nothing marked in %q", a.Excerpts[0].Highlighted)
			}
		})
	}
}

// 最高技術責任者 is the CTO: on the shipped corpus the question finds the
// CTO's card and passages about the CTO.
func TestJapaneseTitleOnShippedCorpus(t *testing.T) {
	a, err := shipped(t).Answer(context.Background(), "最高技術責任者とは")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Roles) == 0 || a.Roles[0] != "cto" || len(a.Cards) == 0 || a.Cards[0].ID != "cto" {
		t.Fatalf("roles %v cards %d, want the CTO", a.Roles, len(a.Cards))
	}
	if a.Intent != IntentDefine || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "CTO") {
		t.Errorf("intent %s, excerpts %+v", a.Intent, a.Excerpts)
	}
}

// A Japanese question about everyday office work finds the English passage
// that answers it, through the English of its words.
func TestJapaneseQuestionEnglishArticle(t *testing.T) {
	fsys := fstest.MapFS{
		"finance.md": {Data: []byte("# Finance team\n\n## Who to ask\n\n" +
			"- A reimbursement that was rejected: the accounts payable team, run by the Controller.\n" +
			"- A new supplier contract: the procurement desk.\n\n" +
			"## The Controller\n\nThe Controller closes the books each month and reports to the CFO.\n")},
	}
	e := openFS(t, fsys)
	a := answer(t, e, "立替の精算が却下されたら誰に聞けばいい？")
	if !firstHolds(a, "reimbursement that was rejected") {
		t.Errorf("excerpts %+v, want the line on a rejected reimbursement first", a.Excerpts)
	}
}

// A Japanese FAQ: the question is the heading, the answer holds none of its
// words. A question in other words finds the answer through the heading.
func TestJapaneseFAQFoundByItsHeading(t *testing.T) {
	fsys := fstest.MapFS{
		"faq-ja.md": {Data: []byte("# 東京チームのよくある質問\n\n" +
			"**日本での就労ビザはだれが対応しますか？**\n人事責任者が、外部の行政書士と一緒に手続きを進めます。\n\n" +
			"**経費精算はだれに聞けばいいですか？**\n財務リードが承認します。領収書はツールにアップロードしてください。\n")},
	}
	e := openFS(t, fsys)
	a := answer(t, e, "ビザの更新、だれに相談すればいいですか")
	if !firstHolds(a, "行政書士") {
		t.Errorf("no match %v, excerpts %+v: want the answer on visas", a.NoMatch, a.Excerpts)
	}
}

// A question in Japanese is answered in Japanese where the corpus has an
// article in Japanese that answers it too (foreign13 spells ROD out in
// English and in Japanese); the same question in English, in English.
func TestJapaneseQuestionJapaneseAnswer(t *testing.T) {
	e := openFolder(t, "testdata/foreign13/articles")
	if a := answer(t, e, "ROD は何の略語ですか"); len(a.Excerpts) == 0 || !hasJapanese(a.Excerpts[0].Text) {
		t.Errorf("Japanese question: first excerpt %+v, want a Japanese one", a.Excerpts[:min(1, len(a.Excerpts))])
	}
	if a := answer(t, e, "what does ROD stand for"); len(a.Excerpts) == 0 || hasJapanese(a.Excerpts[0].Text) {
		t.Errorf("English question: first excerpt %+v, want an English one", a.Excerpts[:min(1, len(a.Excerpts))])
	}
}

// "Xは誰" asks who holds X: the passage naming the person comes first,
// in a sentence ("現在の浜松工場長は渡辺勇。") or a table's row; a short name
// the glossary spells out ("情シス") is asked by its full name too.
func TestJapaneseWhoHolds(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"組織図.md": {Data: []byte("# 組織図\n\n| 役職 | 氏名 | 報告先 |\n|---|---|---|\n| 情報システム部長 | 伊藤 直樹 | CIO |\n| 大分工場長 | 井上 大輔 | 生産本部長 |\n")},
		"方針.md": {Data: []byte("# 情報セキュリティ方針\n\n## 役割\n\n- 情報システム部長：技術的対策の実施\n- 大分工場長：工場の設備の管理\n\n" +
			"## 工場\n\n工場長は工場の生産と安全の責任者である。現在の浜松工場長は渡辺勇。\n\n情報システム部長は月に一度、CIOに報告する。\n")},
		"用語集.md": {Data: []byte("# 用語集\n\n| 略語 | 正式名称 | 説明 |\n|---|---|---|\n| 情シス | 情報システム部 | 社内ITの部門 |\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"情報システム部長は誰", "伊藤 直樹"},
		{"大分工場長って誰だっけ", "井上 大輔"},
		{"浜松工場長は誰？", "渡辺勇"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want the one naming %s first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
	if got := e.longNames("情シスの部長"); got != "情報システム部" {
		t.Errorf("longNames(情シスの部長) = %q, want 情報システム部", got)
	}
}

// The small words of a page in Spanish are in every passage of it: a
// question in Spanish does not set them in bold, nor rank by them.
func TestOtherLanguageSmallWordsNotBold(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"es.md": {Data: []byte("# Oficina de Madrid\n\n## Guardia\n\nLa persona de guardia de la oficina de Madrid es Lucía Gómez, que coordina la cobertura de noticias del fin de semana.\n\n" +
			"## Correcciones\n\nLas correcciones de la edición digital las decide la editora de normas.\n")},
	})
	a := answer(t, e, "¿quién está de guardia en la oficina de Madrid?")
	if !firstHolds(a, "La persona de guardia") {
		t.Fatalf("excerpts %v, want the passage on who is on duty first", excerptIDs(a.Excerpts))
	}
	if h := a.Excerpts[0].Highlighted; strings.Contains(h, "**de**") || strings.Contains(h, "**la**") || !strings.Contains(h, "**guardia**") {
		t.Errorf("highlighted %q: want guardia in bold, not de or la", h)
	}
}
