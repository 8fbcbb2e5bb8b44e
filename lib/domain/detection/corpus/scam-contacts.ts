// Test corpus for the scam-contact detector: contact details disguised the way "recovery"
// scammers disguise them in comments on crypto help forums, and benign sentences of the kind
// real reports contain. Variants are generated from seeds so that every disguise is applied to
// every kind of number or address; each item is still a sentence someone would post.
// All numbers use ranges reserved for fiction (555-01xx, 020 7946 0xxx) or obviously made-up
// Japanese numbers; handles and domains are invented.

import type { ScamContactKind } from "../scam-contacts";

export type ScamContactSample = { text: string; kind: ScamContactKind };

export const CORPUS_OFFICIAL_DOMAINS: readonly string[] = [
  "kraken.com",
  "coincheck.com",
  "bitflyer.com",
  "binance.com",
  "coinbase.com",
  "bitbank.cc",
  "coin.z.com",
  "sbivc.co.jp",
  "okcoin.jp",
  "bittrade.co.jp",
  "google.com",
  "apple.com",
  "authy.com",
  "crypto.com",
];

const KANJI = "〇一二三四五六七八九";
const toFullWidth = (text: string) =>
  text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");

const PHONE_DISGUISES: ReadonlyArray<(phone: string) => string> = [
  (phone) => phone,
  toFullWidth,
  (phone) => phone.replace(/ /g, "").split("").join(" "),
  (phone) => phone.replace(/[- ]/g, "."),
  (phone) => phone.replace(/\d/g, (digit) => `${digit}\uFE0F\u20E3`),
  (phone) => phone.replace(/[- ]/g, "📞"),
  (phone) => phone.split("").join("\u200B"),
  (phone) => phone.replace(/-/g, "–"),
  (phone) => phone.replace(/\d/g, (digit) => (digit === "0" ? "⓪" : String.fromCodePoint(0x245f + Number(digit)))),
  (phone) => toFullWidth(phone).replace(/－/g, "🔥"),
];
const JAPANESE_ONLY_DISGUISES: ReadonlyArray<(phone: string) => string> = [
  (phone) => phone.replace(/\d/g, (digit) => KANJI[Number(digit)] ?? digit).replace(/-/g, "ー"),
  (phone) => phone.replace(/-/g, "・"),
  (phone) => phone.replace(/-/g, "ー"),
  (phone) => phone.replace(/-/g, " "),
];

const JAPANESE_PHONES = ["090-1234-5678", "080-9876-5432", "070-2468-1357", "03-5555-0123", "06-6543-2109", "050-3141-5926"];
const INTERNATIONAL_PHONES = ["+81 90-1234-5678", "+1 (555) 010-1234", "+44 20 7946 0958", "+234 803 123 4567", "+1 555 010 9876"];

const PHONE_TEMPLATES: ReadonlyArray<(phone: string) => string> = [
  (phone) => `サポートが遅いので、この番号${phone}に電話したら2FAをすぐ解除してくれました。`,
  (phone) => `If Kraken is ignoring you, call ${phone}, they reset my 2FA in one day.`,
  (phone) => `復旧できる人を知っています。電話番号：${phone}`,
  (phone) => `WhatsApp ${phone} for fast help with locked accounts`,
  (phone) => `詳しくは${phone}までお電話ください（24時間対応）`,
  (phone) => `Text this number ${phone} and mention Coincheck.`,
  (phone) => `コインチェックの件、${phone} に連絡すれば取り戻せます`,
  (phone) => `Tel: ${phone}`,
  (phone) => `I got my BTC back thanks to the team at ${phone}!!`,
  (phone) => `携帯${phone}（担当：佐藤）`,
  (phone) => `Lost your phone? Same here. Ring ${phone} and ask for Mike.`,
  (phone) => `スマホを失くした方は ${phone} へ。本当に助かりました`,
  (phone) => `同じ状況でしたが ${phone} の方に相談して3日で戻りました`,
];
// Written out in words: English digit names and a number split across a line break.
const SPELLED_PHONES: readonly string[] = [
  "Call zero nine zero one two three four five six seven eight and ask for the recovery desk.",
  "WhatsApp: plus one five five five zero one zero one two three four",
];

function phoneSamples(): ScamContactSample[] {
  const samples: ScamContactSample[] = [];
  let templateIndex = 0;
  const add = (phone: string) => {
    const template = PHONE_TEMPLATES[templateIndex % PHONE_TEMPLATES.length];
    templateIndex += 1;
    if (template !== undefined) samples.push({ text: template(phone), kind: "phone" });
  };
  for (const phone of JAPANESE_PHONES) {
    for (const disguise of [...PHONE_DISGUISES, ...JAPANESE_ONLY_DISGUISES]) add(disguise(phone));
  }
  for (const phone of INTERNATIONAL_PHONES) {
    for (const disguise of PHONE_DISGUISES.slice(0, 8)) add(disguise(phone));
  }
  for (const text of SPELLED_PHONES) samples.push({ text, kind: "phone" });
  return samples;
}

const HANDLES = ["recovery_pro", "assetback_jp", "Hack_Master88", "kraken_helpdesk", "cryptofixer01", "chainrescue"];

const MESSENGER_FORMS: ReadonlyArray<(handle: string) => string> = [
  (handle) => `DM on Telegram: t.me/${handle}`,
  (handle) => `t . me / ${handle} ← ここに連絡すれば解決します`,
  (handle) => `テレグラムで t[.]me/${handle} を検索してください`,
  (handle) => `https://t.me/${handle} helped me in 2 days`,
  (handle) => `${toFullWidth(`t.me/${handle}`)} で相談できます`,
  (handle) => `telegram.me/${handle} is the guy who fixed my bitFlyer login`,
  (handle) => `hxxps://t[.]me/${handle}`,
  (handle) => `Telegram: @${handle}`,
  (handle) => `TG @${handle} (he recovered my kraken account)`,
  (handle) => `テレグラム＠${handle}に連絡を`,
  (handle) => `テレグラム：${handle}`,
  (handle) => `telegram (@${handle}) ← 信頼できます`,
  (handle) => `Find him on Telegram → @${handle}`,
  (handle) => `LINE ID: ${handle}`,
  (handle) => `LINE ID：${handle} まで`,
  (handle) => `ライン @${handle} で相談受付中`,
  (handle) => `Signal: @${handle}`,
  (handle) => `シグナル（@${handle}）で連絡ください`,
  (handle) => `add me on discord: ${handle}#4821`,
  (handle) => `WeChat: ${handle}`,
  (handle) => `WeChat ID ${handle} 微信でも可`,
  (handle) => `whatsapp @${handle}`,
  (handle) => `ワッツアップ（@${handle}）にメッセージを`,
  (handle) => `line.me/ti/p/~${handle}`,
  (handle) => `Telegram username: ${handle}`,
  (handle) => `Reach them on TG: ${handle}`,
  (handle) => `${toFullWidth("Telegram:")} ＠${handle}`,
  (handle) => `テレグラムのIDは${handle}です`,
  (handle) => `ラインID→${handle}`,
  (handle) => `Telegram me @${handle} now, limited slots`,
];
const MESSENGER_LINKS: readonly string[] = [
  "discord.gg/r3cOvrX for the support server",
  "wa.me/15550101234 message them, very kind",
  "https://wa.me/819012345678",
  "WhatsApp me: wa . me / 447700900123",
  "lin.ee/AbC123x から友だち追加",
  "t.me/+AbCdEfGh123 グループに参加して",
  "https://chat.whatsapp.com/KxY7example9 join the group",
  "signal.me/#p/+15550104321",
  "reach out on Telegram, username is recovery_pro",
  "He goes by @chainrescue on telegram",
  "telegram.dog/assetback_jp (mirror link)",
  "search 'recoverypro' on telegram",
  "LINEで繋がりましょう→ ID: fix_kraken",
  "WeChat号: recover888",
  "tg: @unlock_master",
  "私も同じでしたが、テレグラムの「@kraken_jp_help」さんに頼んだら解決",
  "DM me on Instagram @crypto.fixer_",
  "👉 t.me/fixit_pro 👈",
  "My guy on Telegram (t.me/hackerjoe) can do it",
];

function messengerSamples(): ScamContactSample[] {
  const samples = MESSENGER_FORMS.flatMap((form, index) => [
    form(HANDLES[index % HANDLES.length] ?? "recovery_pro"),
    form(HANDLES[(index + 3) % HANDLES.length] ?? "chainrescue"),
  ]);
  return [...samples, ...MESSENGER_LINKS].map((text) => ({ text, kind: "messenger" }));
}

const EMAILS: ReadonlyArray<readonly [local: string, domain: string]> = [
  ["recoverypro99", "gmail.com"],
  ["kraken.support.desk", "outlook.com"],
  ["assetreturn", "protonmail.com"],
  ["help", "kraken-support.com"],
  ["fixer.jp", "yahoo.co.jp"],
  ["chain.hunter", "tutanota.com"],
];
const EMAIL_DISGUISES: ReadonlyArray<(local: string, domain: string) => string> = [
  (local, domain) => `${local}@${domain}`,
  (local, domain) => `${local}＠${domain}`,
  (local, domain) => `${local} (at) ${domain.replace(/\./g, " dot ")}`,
  (local, domain) => `${local}[at]${domain.replace(/\./g, "[.]")}`,
  (local, domain) => `${local}アットマーク${domain}`,
  (local, domain) => `${local} AT ${domain.replace(/\./g, " DOT ")}`,
  (local, domain) => toFullWidth(`${local}@${domain}`),
  (local, domain) => `${local} @ ${domain}`,
];
const EMAIL_TEMPLATES: ReadonlyArray<(email: string) => string> = [
  (email) => `Email ${email} and explain your case, they answer within hours.`,
  (email) => `メールはこちら→ ${email}`,
  (email) => `I was stuck for 2 months until I wrote to ${email}`,
  (email) => `復旧の相談は ${email} まで`,
  (email) => `Contact: ${email}`,
  (email) => `問い合わせ先：${email}（日本語OK）`,
];

function emailSamples(): ScamContactSample[] {
  const samples: ScamContactSample[] = [];
  EMAILS.forEach(([local, domain], emailIndex) => {
    EMAIL_DISGUISES.forEach((disguise, disguiseIndex) => {
      // Free-mail with " at " is how people write it; a custom domain with " at " is prose-like.
      if (disguiseIndex === 7 && emailIndex % 2 === 1) return;
      const template = EMAIL_TEMPLATES[(emailIndex + disguiseIndex) % EMAIL_TEMPLATES.length];
      if (template !== undefined) samples.push({ text: template(disguise(local, domain)), kind: "email" });
    });
  });
  return samples;
}

const LOOKALIKE_DOMAINS = [
  "kraken-support.com",
  "krakken.com",
  "kraken.com.evil.io",
  "xn--krken-k3a.com",
  "kr\u0430ken.com",
  "coinch\u0435ck.com",
  "coincheck-help.net",
  "support-coincheck.jp",
  "bitflyer-recovery.org",
  "binance-unlock.io",
  "kraken.support",
  "kraken-2fa-reset.xyz",
  "secure-kraken.co",
  "coincheck.co",
  "bitfIyer.com",
  "recoverfunds.top",
  "bitbank-cc.net",
  "gmo-coin-support.com",
  "coinbase.help",
  "kraken.com-login.info",
];
const LINK_FORMS: ReadonlyArray<(domain: string) => string> = [
  (domain) => `https://${domain}/login`,
  (domain) => `hxxps://${domain.replace(/\./g, "[.]")}`,
  (domain) => domain.replace(/\./g, "(dot)"),
  (domain) => `www.${domain}`,
  (domain) => `${domain}/reset-2fa`,
  (domain) => `${domain.replace(/\./g, " . ")} / help`,
  (domain) => domain.replace(/\./g, "。"),
  (domain) => toFullWidth(`https://${domain}`),
  (domain) => `http://${domain}:8080/kyc`,
  (domain) => `https://kraken.com@${domain}/verify`,
];
const LINK_TEMPLATES: ReadonlyArray<(link: string) => string> = [
  (link) => `公式より早いです→ ${link}`,
  (link) => `Go to ${link} and fill the form, they fixed my 2FA`,
  (link) => `本人確認はこちらのサイトで：${link}`,
  (link) => `Kraken support moved to ${link}`,
  (link) => `2段階認証のリセットは ${link} から申請できます`,
  (link) => `I used ${link} and got access back in 3 days.`,
  (link) => `${link} ←ここ`,
];

function linkSamples(): ScamContactSample[] {
  return LOOKALIKE_DOMAINS.flatMap((domain, domainIndex) =>
    [0, 1, 2].map((offset) => {
      const form = LINK_FORMS[(domainIndex * 3 + offset) % LINK_FORMS.length] ?? LINK_FORMS[0];
      const template = LINK_TEMPLATES[(domainIndex + offset) % LINK_TEMPLATES.length] ?? LINK_TEMPLATES[0];
      return { text: template && form ? template(form(domain)) : domain, kind: "link" as const };
    }),
  );
}

const RECOVERY_OFFERS: readonly string[] = [
  "I lost access too until I found a recovery expert who got my account back in 48 hours.",
  "Don't waste time with support, hire an ethical hacker instead.",
  "There is a hacker who can recover any exchange account, ask around.",
  "Contact him and mention my name.",
  "He helped me recover my BTC after Kraken refused to reset 2FA.",
  "DM me for the method that worked for me.",
  "復旧業者に頼んだら1日で戻ってきました。",
  "復元の専門家を紹介できます。",
  "ホワイトハッカーに依頼すれば取り戻せます。",
  "DMください、復旧の方法を教えます。",
  "この方に連絡すれば2FAを解除してもらえます。",
  "I can help you recover your locked Coincheck account.",
  "We can recover your funds even if you lost the phone and the backup codes.",
  "Thanks to a crypto recovery specialist I have my coins back.",
  "Fund recovery service that actually works, 100% guaranteed.",
  "She is legit, she recovered everything for my brother.",
  "Search for a recovery agent, it is faster than the exchange.",
  "必ず取り戻せます。諦めないでください。",
  "私に連絡をくれれば、やり方を教えます。",
  "資産回収の専門家がいます、個別にご連絡ください。",
  "凄腕のハッカーさんにお願いしたら一晩で戻りました",
  "復旧代行を使えば本人確認なしでいけます",
  "I hired a hacker and he bypassed the 2FA for me.",
  "message me privately, I know someone inside the exchange",
  "A certified cyber security expert fixed this for me, get in touch with him.",
  "Recovery specialist here, I can get your account back.",
  "Beware of fake ones, but this recovery expert is legit.",
  "詐欺も多いですが、この方は本物の復旧の専門家です。",
  "He is the best, contact him today.",
  "Asset recovery company in Tokyo did it for a small fee.",
  "I recommend this hacker to everyone in this thread.",
  "返金代行の業者に頼めばすぐです",
  "inbox me if you still need help with 2FA",
  "確実に復旧します。DMまで。",
  "Professional hackers can unlock this, reach out to me.",
  "I never thought I'd see my BTC again until a recovery expert stepped in.",
  "Ignore the official support, a recovery agent is ten times faster.",
];

// Written after the detector, as a held-out check; kept so that the fixes they prompted stay.
const HELD_OUT: readonly ScamContactSample[] = [
  { kind: "phone", text: "Mrs. Helen (on WhatsApp: +1-555-010-7788) got my funds out of a frozen account" },
  { kind: "phone", text: "電話 ０８０ ー ９９９９ ー １２３４" },
  { kind: "phone", text: "Tel.03.6666.7777" },
  { kind: "phone", text: "Signal +44 7700 900 461" },
  { kind: "phone", text: "フリーダイヤル 0120-55-1234 の業者に頼んだ" },
  { kind: "phone", text: "his whatsapp is 44 7700 900 461" },
  { kind: "phone", text: "+８１　９０　１２３４　５６７８" },
  { kind: "email", text: "email: support(at)kraken-help(dot)com" },
  { kind: "email", text: "問い合わせ先 kraken_help＠yahoo.co.jp" },
  { kind: "email", text: "contact recovery wizard james at jameswizard77 at gmail dot com" },
  { kind: "link", text: "visit krakensupport . net for instant help" },
  { kind: "link", text: "https://bit.ly/3kRaKen" },
  { kind: "link", text: "https://kraken.com.support-ticket.live/" },
  { kind: "link", text: "go to ｋｒａｋｅｎ－ｈｅｌｐ．ｃｏｍ" },
  { kind: "link", text: "Google 'cryptoassetrecovery dot org'" },
  { kind: "recovery-offer", text: "ウォレット復元のプロに相談すれば一発です" },
  { kind: "recovery-offer", text: "a friend's hacker recovered my bitFlyer account in 2 days, message me for his contact" },
];

export const SCAM_CONTACT_SAMPLES: readonly ScamContactSample[] = [
  ...HELD_OUT,
  ...phoneSamples(),
  ...messengerSamples(),
  ...emailSamples(),
  ...linkSamples(),
  ...RECOVERY_OFFERS.map((text) => ({ text, kind: "recovery-offer" as const })),
];

const DATES = [
  "2017-10-05",
  "2017/10/05",
  "2017年10月5日",
  "10月5日",
  "10/05",
  "Oct 5, 2017",
  "5 October 2023",
  "2023.10.05",
  "令和5年10月5日",
  "２０２３年１０月５日",
];
const DATE_TEMPLATES: ReadonlyArray<(date: string) => string> = [
  (date) => `${date}にサポートへ問い合わせました。`,
  (date) => `Submitted the recovery form on ${date}.`,
  (date) => `${date} 本人確認書類を再提出`,
  (date) => `Kraken replied on ${date}, asking for a selfie holding my ID.`,
];

const DURATIONS = ["2 days", "11日", "3週間", "about 2 weeks", "48 hours", "1ヶ月半", "10営業日", "3〜5営業日", "two months", "半年"];
const DURATION_TEMPLATES: ReadonlyArray<(duration: string) => string> = [
  (duration) => `返信まで${duration}かかりました。`,
  (duration) => `The whole 2FA reset took ${duration} from the first ticket.`,
];

const ROUNDED_AMOUNTS = [
  "about 0.1 BTC",
  "約10万円",
  "roughly $500",
  "0.5 ETHほど",
  "100万円くらい",
  "around 2 BTC",
  "数万円",
  "1,000円",
  "$1,000",
  "3.5 ETH",
  "50万円程度",
  "less than 0.01 BTC",
];
const AMOUNT_TEMPLATES: ReadonlyArray<(amount: string) => string> = [
  (amount) => `口座には${amount}が残ったままです。`,
  (amount) => `I had ${amount} on the account when I lost my phone.`,
];

const TICKET_MENTIONS = [
  "#123456",
  "Ticket 12345678",
  "チケット番号 #4567890",
  "Case ID 01234567",
  "問い合わせ番号: 2023100512",
  "Request #98765432",
  "ticket no. 7654321",
  "受付番号 A-20231005-0042",
  "case #00123456",
  "お問い合わせ番号：1234567",
];
const TICKET_TEMPLATES: ReadonlyArray<(ticket: string) => string> = [
  (ticket) => `${ticket} で問い合わせ中、まだ返信なし。`,
  (ticket) => `Support opened ${ticket} and asked me to wait.`,
];

const OFFICIAL_LINKS = [
  "https://support.kraken.com/hc/en-us/articles/360000919966",
  "https://coincheck.com/ja/info/faq_posts/132",
  "https://bitflyer.com/ja-jp/faq/2-12",
  "https://www.binance.com/en/support/faq/360038295772",
  "support.kraken.com",
  "https://help.coinbase.com/en/coinbase/getting-started/verify-my-account",
  "https://bitbank.cc/docs/two-factor-authentication/",
  "https://support.google.com/accounts/answer/1066447",
  "https://appleid.apple.com/",
  "coincheck.com/ja/info/",
  "https://coin.z.com/jp/corp/guide/",
  "https://support.kraken.com/hc/ja/requests/new",
  "https://kraken.com/ja-jp/login",
  "https://www.coinbase.com/ja/security",
  "help.bitflyer.com",
];
const LINK_TEMPLATES_BENIGN: ReadonlyArray<(link: string) => string> = [
  (link) => `公式の手順はこちら: ${link}`,
  (link) => `I followed the official guide (${link}) step by step.`,
];

const HANDWRITTEN_BENIGN: readonly string[] = [
  "10月5日に問い合わせ、2日後に返信",
  "ヘッダーの「お問い合わせ」→ フォーム",
  "Settings > Security > Two-factor authentication > Reset",
  "ログイン画面の「二段階認証ができない方」→ 本人確認書類をアップロード",
  "機種変更でGoogle Authenticatorのデータが消えました。",
  "iPhone 12を紛失して2段階認証アプリごとなくなった。",
  "本人確認は3回やり直しになった。",
  "セルフィーと運転免許証の写真を提出しました。",
  "Kraken's account recovery team asked for a selfie with a handwritten note.",
  "Telegramで「復旧業者」を名乗る人から連絡が来たが詐欺だった。",
  "Recovery experts on Telegram are scammers, ignore them.",
  "Don't trust anyone who DMs you offering help; real support never does that.",
  "My phone number on file was 090-xxxx-xxxx, so SMS was useless.",
  "I got the reply from support@kraken.com after 4 days.",
  "noreply@coincheck.com から本人確認完了のメールが来た",
  "I tweeted @KrakenSupport and they answered the same day.",
  "X（旧Twitter）の@bitFlyer公式アカウントに案内されたフォームから申請しました。",
  "The 6-digit code was 123456 but it kept failing.",
  "Updated to iOS 17.2.1 and the authenticator lost its data.",
  "Google Authenticator 6.0 does cloud sync now, I wish I had turned it on.",
  "サポート対応時間は10:00〜18:00です。",
  "2023/10/05 14:32 JSTにログインを試して失敗。",
  "The 2FA reset took 2 weeks and 3 days.",
  "手数料は0.0005 BTCでした。",
  "$500 worth of ETH was stuck for a month.",
  "LINEで友達に相談したら、公式の手順を教えてくれた。",
  "The line for the selfie check was surprisingly short.",
  "Telegram: never share your 2FA codes with anyone.",
  "Step 1 → Step 2 → Step 3 in the help center article.",
  "電話サポートはありません。メールとフォームのみ。",
  "本人確認に使ったのはマイナンバーカードです。",
  "パスポートと住民票の写しを提出しました。",
  "I had to send a photo of my passport next to today's newspaper.",
  "2017年に口座を作り、2023年に2段階認証が使えなくなった。",
  "バックアップコードを印刷していなかったのが敗因です。",
  "Authy had a backup, but I forgot the backup password.",
  "Support asked for the date of my last deposit and the amount, roughly.",
  "回答まで平均して5営業日ほど。",
  "The form only accepts JPG or PNG under 10 MB.",
  "ファイルは10MB以下のJPGかPNGのみ。",
  "They asked for a video selfie of about 5 seconds.",
  "3回目の申請でようやく通った。",
  "Re-submitted on day 11, approved on day 14.",
  "本人確認のビデオ通話は15分くらいでした。",
  "Someone in the forum offered help by DM; I reported them to the mods.",
  "Scammers posing as recovery experts contacted me twice, I ignored them.",
  "「復元の専門家」を名乗るアカウントは全部詐欺なので注意。",
  "Never pay a hacker who claims he can recover your account.",
  "The official app version was 4.12.0 at the time.",
  "Version 2.3.1 of the app fixed the login loop.",
  "I logged in at kraken.com from my laptop and requested the reset.",
  "Contacted support at 9:30 and again at 17:45.",
  "Support said they cannot recover your account without ID.",
  "Coincheckのサポートから「2〜3日お待ちください」と返信。",
  "bitFlyerは本人確認の再提出に1週間ほどかかった。",
  "GMOコインはチャットで対応してもらえた。",
  "Kraken asked me to confirm my 3 most recent deposits.",
  "I wrote down 12 of the 24 recovery words, which did not help.",
  "The account had 2FA on login, withdrawals and API keys.",
  "Binance Japanに移管されたアカウントだったので手順が違った。",
  "60日以上ログインしていなかったため追加の確認が必要でした。",
  "My old number was cancelled in 2021, so no SMS either.",
  "Support Ticket opened at 2023-10-05 08:12 UTC.",
  "The selfie must show the ID and a note with today's date (e.g. 2023-10-05).",
  "Reset request #2 was approved after 9 days.",
  "Tip: photograph the QR code when you set up 2FA.",
  "ヒント：2段階認証の設定時にQRコードを撮影して保管しておくこと。",
  "申請フォームの「その他」欄に事情を書いたら通った。",
  "I used the desktop site because the mobile form kept timing out.",
  "FAQ 2-12 explains the document requirements.",
  "Chrome 118 had a bug with the upload button.",
  "Passed KYC level 2 back in 2019.",
  "The fee for the reset was zero; anyone asking for money is a scammer.",
  "It took 1.5 months in total.",
  "I sent 3 emails and 2 follow-ups.",
  "Withdrawals were locked for 72 hours after the reset.",
  "出金は2段階認証リセット後72時間ロックされました。",
  "Coinbase asked me to verify with the same ID I used in 2018.",
  "My ID expired in 2022, so I had to send the new one.",
  "The support agent's name was Alex, very polite.",
  "公式サイトの右下のチャットボタン → 「担当者と話す」",
  "Account > Security > 2FA > Lost device",
  "アカウント → セキュリティ → 2段階認証 → 端末を紛失した場合",
  "They reply only in English, so I used a translator.",
  "ビデオ通話は日本語で対応してもらえました。",
  "The reset email link expires after 24 hours.",
  "リセット用のメールリンクは24時間で期限切れになります。",
  "My LINE account was also on that phone, so I lost that too.",
  "WhatsApp: the scammer's number started with +44, obviously fake.",
  "Discord: the official server never sends DMs first.",
  "LINE：使っていないので関係なし",
  "@everyone in this thread: don't click links in DMs.",
  "Binance's official Telegram channel is listed on binance.com.",
  "The Kraken app (v2.3.1) on Android 14 showed a blank screen.",
  "Google Pixel 7aからiPhone 15に機種変更した際にデータ移行を忘れた。",
  "I called the 0120 number listed on the official site, but it was only for Japanese residents.",
  "電話で問い合わせたら0570から始まる番号に案内された。",
  "The number ending in 5678 was mine, but the SIM was cancelled.",
  "手順1-2-3の順にやれば大丈夫です。",
  "The backup codes looked like 1234-5678, and I had none left.",
  "I entered 123 456 (the TOTP) three times before it locked.",
  "Dec 24-26: no replies because of the holidays.",
  "Blocked from 2023-10-05 10:00 - 2023-10-12 18:00.",
  "My account number ends in 0457.",
  "Transaction ID 1234567890 was in the deposit history.",
  "Reference 0123456789 was given to me by support.",
  "I also have an account on Crypto.com, their reset was faster.",
  "Mt.Gox時代からのユーザーです。",
  "I waited.It took ages before anyone answered.",
  "Support told me they would contact me within 48 hours.",
  "Kraken said an agent will email me once the review is done.",
  "They promised to reach out to me after the video call.",
  "A specialist will get in touch with me, they said.",
  "The Kraken account recovery specialist asked for more documents.",
  "ハッカーに依頼するのは絶対にやめましょう。",
  "Anyone who says 'DM me' in these threads is a scammer.",
  "公式サポートは電話番号を聞いてきませんでした。",
  "Years: 2017, 2018, 2019 and 2021 had deposits.",
  "It was 3:00 a.m. in Tokyo, 6 p.m. in London.",
  "e.g. a utility bill, i.e. something with your name on it.",
  "YubiKey 5 NFCを2本登録しておくべきだった。",
  "TOTP codes change every 30 seconds; mine were always off by one.",
  "SMS認証（電話番号認証）は使っていなかった。",
  "The address on my ID did not match, so I sent a utility bill.",
  "住所変更をしていなかったので、住民票を追加で送った。",
  "Support wrote: 'Please allow 3-5 business days.'",
  "I had about 1.2 BTC and some ETH there.",
  "They asked for the approximate balance, I said around 300,000 yen.",
  "ログイン履歴のスクショ（2023/09/30〜10/02）を添付した。",
  "Coincheck → 設定 → 本人確認 → 再提出",
  "Ticket 87654321 was merged into 87654322.",
  "The support page at support.kraken.com/hc/en-us was down for an hour.",
  "Avoid anyone calling themselves a recovery expert in the comments.",
  "サポートを装ったDMください系のアカウントは全部詐欺です。",
  "Kraken support replied within 48 hours (ticket #9876543).",
  "I had to use the 'I lost my 2FA device' link on the login page.",
  "The selfie had to include a sheet with 'Kraken' and today's date written on it.",
  "2段階認証を再設定するまで約1ヶ月。途中で2回追加書類を求められた。",
  "Coincheckは本人確認の動画撮影が必要でした（スマホのカメラで約30秒）。",
  "Don't bother calling, they only answer by email.",
  "If you see 'recovery services' offered in replies here, report them.",
  "I was offered help by a 'hacker' on Twitter – obviously I ignored it.",
  "My old SIM (docomo) was cancelled, so SMS recovery was impossible.",
  "Version 3.2 of the iOS app finally had the 'Lost 2FA' button.",
  "Deposited 10万円 in 2018, withdrew everything in 2021.",
  "Used a Ledger for cold storage, only about 0.05 BTC was on the exchange.",
  "申請から承認まで: 10/5 → 10/19（14日）",
  "Binance asked for a video of me holding my passport, 5-10 seconds long.",
  "bitbankのサポートは土日も返信が来た。",
  "The email came from no-reply@kraken.com, which is legit.",
  "Two-factor: TOTP via Authy, backed up to iCloud (which I lost access to as well).",
  "Step 2 of 4: upload ID front and back.",
  "Total time: 3 weeks, 2 days.",
  "Phone: Pixel 6 → Pixel 8",
  "Their Telegram support account does not exist; only email.",
  "Kraken's page says: never share your 2FA code with anyone, including Kraken staff.",
  "I contacted them at 2:14 AM JST and got a reply at 9:02.",
  "Case number 0001234567 on the reply email.",
];

export const BENIGN_REPORT_SAMPLES: readonly string[] = [
  ...DATES.flatMap((date) => DATE_TEMPLATES.map((template) => template(date))),
  ...DURATIONS.flatMap((duration) => DURATION_TEMPLATES.map((template) => template(duration))),
  ...ROUNDED_AMOUNTS.flatMap((amount) => AMOUNT_TEMPLATES.map((template) => template(amount))),
  ...TICKET_MENTIONS.flatMap((ticket) => TICKET_TEMPLATES.map((template) => template(ticket))),
  ...OFFICIAL_LINKS.flatMap((link) => LINK_TEMPLATES_BENIGN.map((template) => template(link))),
  ...HANDWRITTEN_BENIGN,
];
