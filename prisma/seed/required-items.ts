// The shared vocabulary of what support desks ask for. Codes are stable identifiers used by
// reports and statistics; labels may be reworded freely.
export type RequiredItemSeed = {
  code: string;
  labelEn: string;
  labelJa: string;
  descriptionEn: string;
  descriptionJa: string;
};

export const requiredItems: RequiredItemSeed[] = [
  {
    code: "FULL_NAME",
    labelEn: "Registered full name",
    labelJa: "登録氏名",
    descriptionEn: "Your name exactly as registered with the exchange.",
    descriptionJa: "取引所に登録したとおりの氏名。",
  },
  {
    code: "NAME_KANA",
    labelEn: "Name reading (kana)",
    labelJa: "氏名のフリガナ",
    descriptionEn: "The kana reading (furigana) of your registered name.",
    descriptionJa: "登録氏名の読み仮名（フリガナ）。",
  },
  {
    code: "DATE_OF_BIRTH",
    labelEn: "Date of birth",
    labelJa: "生年月日",
    descriptionEn: "Your date of birth as registered.",
    descriptionJa: "登録した生年月日。",
  },
  {
    code: "PHONE",
    labelEn: "Registered phone number",
    labelJa: "登録電話番号",
    descriptionEn: "The phone number registered to the account.",
    descriptionJa: "アカウントに登録した電話番号。",
  },
  {
    code: "EMAIL",
    labelEn: "Registered e-mail address",
    labelJa: "登録メールアドレス",
    descriptionEn: "The e-mail address you sign in with.",
    descriptionJa: "ログインに使うメールアドレス。",
  },
  {
    code: "ADDRESS",
    labelEn: "Residential address",
    labelJa: "登録住所",
    descriptionEn: "The address registered during identity verification.",
    descriptionJa: "本人確認で登録した住所。",
  },
  {
    code: "USER_ID",
    labelEn: "User ID",
    labelJa: "ユーザーID",
    descriptionEn: "Your account or customer ID, often shown in e-mails from the exchange.",
    descriptionJa: "アカウントIDや顧客番号。取引所からのメールに書かれていることが多い。",
  },
  {
    code: "REGISTRATION_DATE",
    labelEn: "Registration date",
    labelJa: "登録日時",
    descriptionEn: "When you opened the account. The date of the sign-up confirmation e-mail tells you.",
    descriptionJa: "口座を開設した日時。登録確認メールの日付で分かる。",
  },
  {
    code: "LAST_LOGIN",
    labelEn: "Last successful login",
    labelJa: "最終ログイン日時",
    descriptionEn: "Roughly when you last signed in successfully.",
    descriptionJa: "最後にログインできたおおよその日時。",
  },
  {
    code: "BALANCES",
    labelEn: "Approximate balances",
    labelJa: "おおよその残高",
    descriptionEn: "What the account holds, rounded if you are unsure.",
    descriptionJa: "口座の残高。不確かなら概算で。",
  },
  {
    code: "DEPOSIT_WITHDRAWAL_HISTORY",
    labelEn: "Deposit and withdrawal history",
    labelJa: "入出金履歴",
    descriptionEn: "Deposits and withdrawals you remember: dates, amounts, bank or address.",
    descriptionJa: "覚えている入金・出金（日付、金額、銀行やアドレス）。",
  },
  {
    code: "TRADE_HISTORY",
    labelEn: "Trade / transaction history",
    labelJa: "取引履歴",
    descriptionEn: "Trades or transactions you remember; one you are sure of can be enough.",
    descriptionJa: "覚えている取引。確かなものが一つあれば足りることもある。",
  },
  {
    code: "GOVERNMENT_ID",
    labelEn: "Government ID details",
    labelJa: "本人確認書類の情報",
    descriptionEn: "Country, type and expiry date of the ID document used for verification.",
    descriptionJa: "本人確認に使った書類の発行国・種類・有効期限。",
  },
  {
    code: "ID_SELFIE",
    labelEn: "ID selfie / recovery photo",
    labelJa: "本人確認書類を持った自撮り写真",
    descriptionEn: "A photo of yourself holding your identity document next to your face.",
    descriptionJa: "本人確認書類を顔の横に持って撮った本人の写真。",
  },
  {
    code: "HANDWRITTEN_NOTE",
    labelEn: "Handwritten note with date",
    labelJa: "日付入りの手書きメモ",
    descriptionEn: "A note with the date (and often ticket number and signature) held in the photo.",
    descriptionJa: "写真に写す、日付（や問い合わせ番号・署名）を書いたメモ。",
  },
  {
    code: "OTHER",
    labelEn: "Other",
    labelJa: "その他",
    descriptionEn: "Anything else support asked for; the note says what.",
    descriptionJa: "その他に求められたもの。内容はメモに記載。",
  },
];
