package bot

import (
	"strings"
	"unicode"
)

// jaIntents are the Japanese question words of each intent, tried in the
// order of the English rules: a comparison first, then skills, then
// responsibilities, then a definition. 兼任 (one person holding both
// posts) asks how two roles relate: a comparison.
var jaIntents = []struct {
	intent Intent
	words  []string
}{
	{IntentCompare, []string{"違い", "比較", "違う", "兼任", "兼務"}},
	{IntentSkills, []string{"スキル", "能力", "必要", "なるには", "なるため", "経験", "資格", "経歴"}},
	{IntentResponsibilities, []string{"役割", "仕事", "業務", "職務", "責任範囲"}},
	{IntentDefine, []string{"とは", "何", "なに", "意味"}},
}

// japaneseIntent says what a Japanese question asks for, given how many
// known roles it names; ok is false when no Japanese question word is in
// rest (the question with its roles taken out).
func japaneseIntent(rest string, roles int) (Intent, bool) {
	if roles == 0 || !hasJapanese(rest) {
		return "", false
	}
	for _, r := range jaIntents {
		for _, w := range r.words {
			if strings.Contains(rest, w) {
				if r.intent == IntentDefine && roles > 1 {
					return IntentCompare, true
				}
				return r.intent, true
			}
		}
	}
	return "", false
}

// jaSearchWords are English words searched for along with a Japanese
// question word, so that a Japanese question finds English articles too.
var jaSearchWords = [][2]string{
	{"違い", "difference"}, {"比較", "compare"}, {"違う", "different"},
	{"兼任", "concurrently also serve"}, {"兼務", "concurrently also serve"},
	{"スキル", "skills"}, {"能力", "skills"}, {"必要", "required"}, {"経験", "experience"},
	{"なるには", "become background"}, {"なるため", "become background"}, {"資格", "qualifications"}, {"経歴", "background"},
	{"役割", "role"}, {"仕事", "job"}, {"業務", "operations"}, {"職務", "duties"},
	{"報告", "reports"}, {"経営", "management"}, {"技術", "technology"}, {"情報", "information"},
	{"知識", "knowledge"}, {"ナレッジ", "knowledge"},
	{"レポートライン", "reports"}, {"上司", "reports"}, {"報酬", "compensation"}, {"給与", "salary"},
	{"役員", "executives"}, {"経営陣", "executives"}, {"責任者", "head"}, {"担当", "charge"},
	{"システム", "systems"}, {"セキュリティ", "security"}, {"データ", "data"}, {"予算", "budget"},
	{"エンジニア", "engineers"}, {"エンジニアリング", "engineering"}, {"マネージャー", "manager"},
	{"プロダクト", "product"}, {"製品", "product"}, {"マーケティング", "marketing"}, {"顧客", "customers"},
	{"組織図", "organisation chart"}, {"組織", "organisation"}, {"共有", "share"},
	{"人事", "human resources"}, {"採用", "hiring"}, {"財務", "finance"}, {"戦略", "strategy"},
	{"実績", "track record"}, {"社内", "internal"}, {"社外", "external"},
	{"歴史", "history"}, {"由来", "origin"}, {"起源", "origin"}, {"いつ", "when"}, {"規模", "size"},
	{"同じ", "same"}, {"カテゴリ", "category"},
	{"直属", "reports"}, {"部下", "reports"}, {"配下", "reports"}, {"傘下", "reports"},
	{"出身", "background"}, {"キャリア", "career"}, {"転職", "career"}, {"年収", "salary"},
	{"決める", "decides"}, {"決定", "decides"}, {"責任", "responsible"}, {"会社", "company"},
	{"業界", "industries"}, {"スタートアップ", "startup"}, {"ベンチャー", "startup"}, {"大企業", "large companies"},
	{"タイミング", "when"}, {"時期", "when"}, {"置く", "needs"}, {"必要になる", "needs"},
	{"保存期間", "retention"}, {"保存", "retention"}, {"アクセス", "access"}, {"権限", "access"}, {"ルール", "rules"}, {"規則", "rules"},
	{"セキュリティ事故", "incident"}, {"障害", "incident"}, {"品質", "quality"}, {"ガバナンス", "governance"},
	// Everyday business words, for questions about any role.
	{"レポート", "reports"}, {"報告先", "reports"}, {"契約", "contracts"}, {"法務", "legal"},
	{"弁護士", "lawyer"}, {"法律", "law"}, {"訴訟", "litigation lawsuits"}, {"規制", "regulation"},
	{"コンプライアンス", "compliance"}, {"監査", "audit"}, {"売上", "revenue sales"}, {"営業", "sales"},
	{"収益", "revenue"}, {"人工知能", "AI"}, {"リスク", "risk"}, {"承認", "approve"},
	{"取締役会", "board"}, {"株主", "shareholders"}, {"投資家", "investors"}, {"資金調達", "fundraising"},
	{"創業者", "founder"}, {"解雇", "dismissal"}, {"退職", "leave"}, {"評価", "performance reviews"},
	{"研修", "training"}, {"文化", "culture"}, {"目標", "goals targets"}, {"計画", "planning"},
	{"予測", "forecast"}, {"会計", "accounting"}, {"経理", "accounting"}, {"税務", "tax"},
	{"広告", "advertising"}, {"ブランド", "brand"}, {"価格", "pricing"}, {"調達", "procurement"},
	{"ベンダー", "vendors"}, {"外注", "outsourcing"}, {"インフラ", "infrastructure"}, {"クラウド", "cloud"},
	{"開発", "development"}, {"設計", "architecture design"}, {"アーキテクチャ", "architecture"},
	{"漏洩", "leak breach"}, {"攻撃", "attack"}, {"個人情報", "personal data privacy"}, {"プライバシー", "privacy"},
	{"分析", "analytics"}, {"指標", "metrics"}, {"定義", "definitions"}, {"効率", "efficiency"},
	{"自動化", "automation"}, {"ノートPC", "laptop"}, {"ノートパソコン", "laptop"}, {"パソコン", "laptop computer"},
	{"壊れ", "broken"}, {"故障", "broken"}, {"連絡", "contact"}, {"問い合わせ", "contact"}, {"昇進", "promotion"},
	{"昇格", "promotion"}, {"記者", "journalist press"}, {"取材", "press journalist"},
	{"有給", "time off leave"}, {"休暇", "time off leave"}, {"休み", "time off"}, {"申請", "request"},
	{"経費", "expenses"}, {"精算", "expenses claim reimbursement"}, {"立替", "reimbursement"}, {"却下", "rejected"},
	{"差し戻", "rejected returned"}, {"返金", "refund"}, {"払い戻", "refund"}, {"請求書", "invoice"}, {"支払", "payment"},
	{"給与計算", "payroll"}, {"入金", "payment"}, {"買収", "acquisition"}, {"合併", "merger"}, {"統合", "integration"}, {"備品", "equipment"}, {"クレーム", "complaint escalation"},
	{"エスカレーション", "escalation"}, {"値引き", "discount"}, {"割引", "discount"}, {"入社", "joining onboarding"}, {"右腕", "second in command"}, {"会議", "meetings"}, {"調整", "coordination"},
	// Everyday words for what rules and tables write otherwise.
	{"接待", "entertainment 交際費"}, {"結ぶ", "sign 締結"}, {"結び", "sign 締結"}, {"雇う", "hire 採用"},
	{"辞め", "resign 退職"}, {"買う", "purchase 購入"}, {"買い", "purchase 購入"},
	// Someone away, and who stands in: the articles say 不在 and 代行.
	{"不在", "absent deputy 代行"}, {"いない", "absent 不在 代行"}, {"居ない", "absent 不在 代行"}, {"出張中", "absent 不在 代行"},
	{"代わり", "deputy acts 代行"}, {"代理", "deputy acts 代行"},
	{"ヘルプデスク", "helpdesk support"}, {"サポート", "support"}, {"管轄", "oversees responsible"}, {"所管", "oversees responsible"}, {"社内システム", "internal systems"}, {"情報システム", "information systems"}, {"ビジョン", "vision"}, {"方向性", "direction"},
}

// englishFor returns the English words for the Japanese question words in
// text, or "".
func englishFor(text string) string {
	if !hasJapanese(text) {
		return ""
	}
	var out []string
	for _, w := range jaSearchWords {
		if strings.Contains(text, w[0]) {
			out = append(out, w[1])
		}
	}
	return strings.Join(out, " ")
}

// Japanese reports whether a question is written in Japanese, for
// answers that say something of their own ("nothing found").
func Japanese(question string) bool { return hasJapanese(question) }

// hasJapanese reports whether s holds kana or kanji.
func hasJapanese(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 && unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) { // kana and kanji are all above U+2E80
			return true
		}
	}
	return false
}
