import type { OfficialFactKind, SelfServiceAvailability, SelfServiceNeed } from "../../lib/domain/official-procedure";
import type { ContactChannel } from "../../lib/domain/stats/types";

// What each exchange's own help pages say about losing 2FA, as researched on 2026-12-02 from
// copies of the pages (the research notes list every source). Only facts read on a page of the
// exchange's official domains (or their subdomains) are here, each with that page's address and
// the date the page showed, if any. Facts read only on mirrors, look-alike domains, third-party
// help desks or a regional sister company's own domain were left out, since the guide links to
// official domains only. `recoveryPageFound: false` records that no official page about
// regaining access after losing the 2FA device was found: the guide says so instead of guessing.
// Exchanges not listed were not researched and show nothing.

export const OFFICIAL_CHECKED_ON = "2026-12-02";

export type OfficialFactSeed = {
  kind: OfficialFactKind;
  en: string;
  ja: string;
  source: string;
  /** The page's own date, where it showed one. */
  sourceDate?: string;
  language?: string;
  selfService?: SelfServiceAvailability;
  needs?: SelfServiceNeed[];
  /** Required-item vocabulary codes (prisma/seed/required-items.ts) the page names. */
  items?: string[];
  hours?: [min: number, max: number];
  channel?: ContactChannel;
};

export type OfficialProcedureSeed = { slug: string; recoveryPageFound: boolean; facts: OfficialFactSeed[] };

const KRAKEN_RECOVER = "https://support.kraken.com/hc/en-us/articles/13620135229460-How-to-recover-your-Sign-in-2FA";
const KRAKEN_PHOTO = "https://support.kraken.com/hc/en-us/articles/360001330283-Account-Recovery-Photo";
const COINBASE_FAQ = "https://help.coinbase.com/en/contact-us/support-faq/coinbase/2-step-verification-account-recovery";
const BINANCE_RESET = "https://www.binance.com/en-NG/amp/support/faq/4923de186c404986937797412bdaa6bc";
const OKX_RESET = "https://www.okx.com/en-us/help/what-if-mobile-email-google-verification-cannot-be-used";
const BYBIT_GA = "https://testnet.bybit.com/en/help-center/article/How-to-Recover-Your-Google-Authenticator-Code";
const MEXC_PHONE = "https://support.mexc.com/hc/en-001/articles/360047301311-How-to-Bind-Mobile-Phone-Number-and-Change-the-Bound-Mobile-Phone-Number-WEB-";
const BITVAVO_RESET = "https://support.bitvavo.com/l/en/article/cuv1rlnhdt-resetting-two-factor-authentication-2-fa";
const BITSO_DISABLE = "https://support.bitso.com/hc/en-us/articles/6634322207124-Disable-the-2FA-security-on-your-account";
const BITSO_TICKET = "https://help.bitso.com/en/support/solutions/articles/11000096717";
const KUCOIN_2017 = "https://www.kucoin.com/announcement/en-google-2fa-guideline";
const IR_GA = "https://www.independentreserve.com/blog/knowledge-base/setting-up-2fa-using-google-authenticator";

const notFound = (slug: string): OfficialProcedureSeed => ({ slug, recoveryPageFound: false, facts: [] });

export const officialProcedures: OfficialProcedureSeed[] = [
  {
    slug: "zaif",
    recoveryPageFound: false,
    facts: [
      {
        kind: "NOTE",
        en: "Zaif's 2FA uses an authenticator app (TOTP): a one-time code is asked for at login and at withdrawal, in addition to the password. It is set up from the account page (2段階認証) by scanning a QR code.",
        ja: "Zaifの二段階認証は認証アプリ（TOTP）を使い、ログイン時と出金時にパスワードに加えてワンタイムコードを求めます。アカウントページの「二段階認証」からQRコードを読み取って設定します。",
        source: "https://corp.zaif.jp/faq/5906/",
      },
      {
        kind: "NOTE",
        en: "Opening an account takes five registrations, including identity verification by post. The address in \"basic info\" is compared with the address on your documents during identity checks and password reissue, so it must be written exactly the same.",
        ja: "口座開設には郵送による本人確認を含む5つの登録が必要です。「基本情報」の住所は本人確認やパスワード再発行の際に書類の住所と照合されるため、まったく同じ表記で登録する必要があります。",
        source: "https://corp.zaif.jp/faq/5889/",
        items: ["ADDRESS"],
      },
    ],
  },
  {
    slug: "coincheck",
    recoveryPageFound: true,
    facts: [
      {
        kind: "SELF_SERVICE",
        en: "If the device holding your 2FA is unusable you cannot log in with 2FA, but the 16-character secret key lets you set up 2FA again. The key is shown only at setup: keep it where you can reach it without the phone. Each new setup issues a new key.",
        ja: "二段階認証を設定した端末が使えないとログインできませんが、16桁のシークレットキーがあれば二段階認証を設定し直して引き継げます。キーは設定時にしか表示されないため、スマートフォンがなくても見られる場所に保管してください。設定し直すたびに新しいキーが発行されます。",
        source: "https://coincheck.com/ja/info/faq_posts/114",
        sourceDate: "2018-09-25",
        selfService: "WITH_PRESET_KEY",
        needs: ["PRESET_KEY"],
      },
      {
        kind: "WITHDRAWAL_HOLD",
        en: "Crypto cannot be sent for 24 hours after the registered phone number is changed. A Japanese mobile number is required.",
        ja: "登録電話番号を変更してから24時間は暗号資産を送金できません。日本の携帯電話番号が必要です。",
        source: "https://faq.coincheck.com/answer/685d3ea91f67f46d4a5e850f",
        hours: [24, 24],
      },
      {
        kind: "NOTE",
        en: "If codes are refused: use the newest code, wait for it to change, and turn on the device's automatic time setting.",
        ja: "コードが通らないときは、最新のコードを使い、コードが切り替わるのを待ち、端末の日時の自動設定をオンにしてください。",
        source: "https://coincheck.com/ja/info/faq_posts/59",
        sourceDate: "2019-04-15",
      },
    ],
  },
  {
    slug: "kraken",
    recoveryPageFound: true,
    facts: [
      {
        kind: "HELP_PAGE",
        en: "How to recover your Sign-in 2FA",
        ja: "サインイン用二段階認証の復旧方法（英語）",
        source: KRAKEN_RECOVER,
        language: "en",
      },
      {
        kind: "SELF_SERVICE",
        en: "Self-service works only with a Master Key set up in advance: Sign in → Help → \"Recover my sign-in 2FA\", enter the account e-mail, username and Master Key, and a bypass code arrives by e-mail (check it comes from noreply@kraken.com). Without a Master Key, or if it is lost, submit a support request. A Master Key cannot be created after the sign-in 2FA is lost.",
        ja: "セルフサービスは事前にマスターキーを設定していた場合のみ使えます。サインイン→ヘルプ→「Recover my sign-in 2FA」でメールアドレス、ユーザー名、マスターキーを入力すると、回避コードがメールで届きます（送信元がnoreply@kraken.comか確認してください）。マスターキーがない、または紛失した場合はサポートに依頼します。二段階認証を失った後でマスターキーを作ることはできません。",
        source: KRAKEN_RECOVER,
        selfService: "WITH_PRESET_KEY",
        needs: ["PRESET_KEY", "EMAIL_CONFIRMATION"],
        items: ["EMAIL"],
      },
      {
        kind: "SUPPORT_REQUIREMENTS",
        en: "Account Recovery Photo: a photo of you holding, next to your face, the government ID used for verification, and a handwritten note saying the photo is for unlocking your Kraken account and matches ticket [number], with the current date and your signature. Face, ID and note must all be readable. Support may ask for different wording.",
        ja: "アカウント復旧用写真：本人確認に使った身分証を顔の横に持った写真と、「Krakenアカウントのロック解除のための写真で、チケット［番号］に対応する」旨と当日の日付、署名を書いた手書きのメモ。顔、身分証、メモのすべてが読み取れる必要があります。サポートから別の文言を指定されることもあります。",
        source: KRAKEN_PHOTO,
        needs: ["RECOVERY_PHOTO"],
        items: ["GOVERNMENT_ID", "ID_SELFIE", "HANDWRITTEN_NOTE"],
      },
      {
        kind: "PROCESSING_TIME",
        en: "No time is stated; the page says that because of demand, account verification may be delayed, and asks you not to send duplicate requests.",
        ja: "所要時間の記載はありません。需要が多いため本人確認が遅れることがあるとし、同じ依頼を重ねて送らないよう求めています。",
        source: "https://support.kraken.com/hc/en-us/articles/360026925951-How-to-transfer-authenticator-app-sign-in-2FA-to-a-new-phone-and-bypass-sign-in-2FA-for-a-lost-phone-",
      },
      {
        kind: "CONTACT",
        en: "Without a Master Key, the way back is a support request.",
        ja: "マスターキーがない場合は、サポートへの依頼が唯一の方法です。",
        source: KRAKEN_RECOVER,
        channel: "WEB_FORM",
      },
      {
        kind: "NOTE",
        en: "The Master Key also blocks unwanted password resets and turns off the Global Settings Lock at once. Store it apart from your other 2FA methods.",
        ja: "マスターキーは不正なパスワードリセットも防ぎ、グローバル設定ロックを即座に解除できます。ほかの二段階認証の手段とは別に保管してください。",
        source: "https://support.kraken.com/articles/360000444923",
      },
    ],
  },
  {
    slug: "bitflyer",
    recoveryPageFound: false,
    facts: [
      {
        kind: "NOTE",
        en: "bitFlyer requires 2FA for crypto withdrawals and strongly recommends it for login. Codes come by SMS, by e-mail (with a 4-digit PIN) or from an authenticator app. Update your SMS settings when your phone number changes.",
        ja: "bitFlyerは暗号資産の出金に二段階認証を必須とし、ログインにも強く推奨しています。コードはSMS、メール（4桁のPINと併用）、認証アプリのいずれかで受け取ります。電話番号を変えたらSMSの設定も更新してください。",
        source: "https://bitflyer.com/en-jp/s/glossary/two-factor-authentication",
      },
    ],
  },
  notFound("bitbank"),
  notFound("gmo-coin"),
  notFound("sbi-vc-trade"),
  notFound("rakuten-wallet"),
  notFound("bitpoint"),
  notFound("okcoin-japan"),
  notFound("bittrade"),
  {
    slug: "coinbase",
    recoveryPageFound: true,
    facts: [
      {
        kind: "HELP_PAGE",
        en: "2-Step verification and account recovery",
        ja: "二段階認証とアカウント復旧（英語）",
        source: COINBASE_FAQ,
        language: "en",
      },
      {
        kind: "PROCESSING_TIME",
        en: "With an authenticator app and a new phone: first update your phone number, then complete the account recovery process to enable the app on the new phone, which \"may take 48-72 hours\".",
        ja: "認証アプリを使っていて電話を替えた場合、まず電話番号を更新し、次にアカウント復旧の手続きをして新しい電話でアプリを有効にします。これには「48〜72時間かかる場合がある」とされています。",
        source: COINBASE_FAQ,
        hours: [48, 72],
      },
      {
        kind: "NOTE",
        en: "SMS codes may stop after repeated attempts as a security measure and resume after 24 hours. With a new number and without the old one, sign in and choose \"Code not working?\" at the 2-step prompt.",
        ja: "SMSコードは試行を繰り返すと安全のため止まることがあり、24時間後に再開します。新しい番号に替えて旧番号がない場合は、サインインして二段階認証の画面で「Code not working?」を選びます。",
        source: "https://help.coinbase.com/en/coinbase/managing-my-account/account-recovery/i-have-lost-or-need-to-update-my-phone-or-2-factor-authentication-device",
      },
    ],
  },
  {
    slug: "binance",
    recoveryPageFound: true,
    facts: [
      {
        kind: "SELF_SERVICE",
        en: "Log in with e-mail and password, choose \"Security verification unavailable\", select the lost item and confirm the reset, then enter the e-mail code (valid 30 minutes). Next come security questions, ID verification (front and back, and a selfie; no screenshots or edited photos) and facial verification, after which Binance reviews the request. Steps differ by account.",
        ja: "メールアドレスとパスワードでログインし、「Security verification unavailable」を選んで失くした項目を指定し、リセットを確定してからメールのコード（30分有効）を入力します。続いて秘密の質問、本人確認書類（表裏とセルフィー。スクリーンショットや加工した写真は不可）、顔認証があり、その後Binanceが審査します。手順はアカウントによって異なります。",
        source: BINANCE_RESET,
        sourceDate: "2020-07-20",
        selfService: "AVAILABLE",
        needs: ["EMAIL_CONFIRMATION", "SECURITY_QUESTIONS", "ID_DOCUMENT", "SELFIE", "FACE_CHECK"],
        items: ["EMAIL", "GOVERNMENT_ID"],
      },
    ],
  },
  {
    slug: "gemini",
    recoveryPageFound: false,
    facts: [
      {
        kind: "NOTE",
        en: "2FA is mandatory at Gemini and cannot be turned off. Methods, most secure first: passkeys, authenticator app, hardware security keys, Authy, SMS.",
        ja: "Geminiでは二段階認証が必須で、無効にできません。安全性の高い順に、パスキー、認証アプリ、ハードウェアセキュリティキー、Authy、SMSが使えます。",
        source: "https://support.gemini.com/hc/en-us/articles/204732985-What-is-two-factor-authentication",
      },
    ],
  },
  notFound("bitstamp"),
  {
    slug: "bitfinex",
    recoveryPageFound: true,
    facts: [
      {
        kind: "CONTACT",
        en: "Resetting a U2F key goes through support only: contact support with the reason, and Bitfinex then says how to provide identity evidence. It must be sure \"beyond a reasonable doubt\" that you own the account.",
        ja: "U2Fキーのリセットはサポート経由のみです。理由を添えてサポートに連絡すると、本人確認の資料の出し方が案内されます。アカウントの所有者であることを「合理的な疑いの余地なく」確認する必要があるとしています。",
        source: "https://support.bitfinex.com/hc/en-us/articles/360021555813-Universal-2nd-Factor-U2F-Troubleshooting-on-Bitfinex",
      },
    ],
  },
  {
    slug: "okx",
    recoveryPageFound: true,
    facts: [
      {
        kind: "SELF_SERVICE",
        en: "Self-service tool: at the 2FA prompt choose \"Switch authentication method\" → \"Reset two-factor authentication\", then pick phone, e-mail or authenticator app. On the web you continue in the OKX app. You may have to provide an ID document and complete facial recognition.",
        ja: "セルフサービスのツールがあります。二段階認証の画面で「Switch authentication method」→「Reset two-factor authentication」を選び、電話、メール、認証アプリのいずれかを選びます。ウェブからはOKXアプリに移って続けます。本人確認書類の提出と顔認証を求められることがあります。",
        source: OKX_RESET,
        sourceDate: "2025-10-24",
        selfService: "AVAILABLE",
        needs: ["ID_DOCUMENT", "FACE_CHECK"],
        items: ["GOVERNMENT_ID"],
      },
      {
        kind: "WITHDRAWAL_HOLD",
        en: "No withdrawals for 24 hours after resetting or changing the authenticator app (stated on OKX TR's page).",
        ja: "認証アプリをリセットまたは変更してから24時間は出金できません（OKX TRのページの記載）。",
        source: "https://tr.okx.com/en/help/what-if-mobile-email-google-verification-cannot-be-used-tr",
        hours: [24, 24],
      },
      {
        kind: "CONTACT",
        en: "If SMS codes never arrive, write to support from the e-mail address tied to the same account.",
        ja: "SMSのコードが届かない場合は、同じアカウントに登録したメールアドレスからサポートに連絡します。",
        source: "https://www.okx.com/support/hc/ru/articles/4402545702925",
        channel: "EMAIL",
        items: ["EMAIL"],
      },
    ],
  },
  {
    slug: "bybit",
    recoveryPageFound: true,
    facts: [
      {
        kind: "SELF_SERVICE",
        en: "First look for your Recovery Key Phrase (shown once, when binding; Bybit does not store it). Without it: log in → \"Having problems with verification\" → enter the codes sent to your registered e-mail and mobile, and Google Authenticator is turned off. Further checks may be asked for by e-mail.",
        ja: "まずリカバリーキーフレーズ（連携時に一度だけ表示され、Bybitは保管していません）を探してください。ない場合は、ログイン→「Having problems with verification」→登録メールと携帯電話に届いたコードを入力すると、Google認証システムが解除されます。追加の確認をメールで求められることがあります。",
        source: BYBIT_GA,
        selfService: "AVAILABLE",
        needs: ["PRESET_KEY", "EMAIL_CONFIRMATION", "SMS_CODE"],
        items: ["EMAIL", "PHONE"],
      },
      {
        kind: "REPLY_TIME",
        en: "If support has to step in, it contacts you by e-mail within 1-3 working days; an automatic e-mail gives a case number.",
        ja: "サポートの対応が必要な場合は、1〜3営業日以内にメールで連絡があります。受付の自動メールにケース番号が書かれています。",
        source: BYBIT_GA,
        channel: "EMAIL",
      },
      {
        kind: "WITHDRAWAL_HOLD",
        en: "After changing the e-mail address, withdrawals and P2P are suspended for 24 hours, and the e-mail cannot be changed again for 7 days.",
        ja: "メールアドレスを変更すると、出金とP2Pが24時間停止され、7日間はメールアドレスを再変更できません。",
        source: "https://bybit.com/zh-TW/help-center/article/How-to-Change-Unlink-Your-Registered-Email-Address",
        hours: [24, 24],
      },
    ],
  },
  {
    slug: "kucoin",
    recoveryPageFound: true,
    facts: [
      {
        kind: "SUPPORT_REQUIREMENTS",
        en: "Announcement (2017): if Google Authenticator is lost, KuCoin unbinds it on request by e-mail. State your coin balances, registration date and trade records, send a photo of your ID card, passport or driver's licence, and include a signed voluntary-application statement.",
        ja: "お知らせ（2017年）：Google認証システムを失くした場合、メールで依頼すれば解除します。コインの残高、登録日、取引履歴を記し、身分証（IDカード、パスポート、運転免許証）の写真と、署名した任意の申請書を送ります。",
        source: KUCOIN_2017,
        sourceDate: "2017-10-13",
        items: ["BALANCES", "REGISTRATION_DATE", "TRADE_HISTORY", "GOVERNMENT_ID"],
      },
      {
        kind: "PROCESSING_TIME",
        en: "Unbinding on request by e-mail takes about 3-7 days (2017 announcement).",
        ja: "メールでの解除依頼には3〜7日ほどかかります（2017年のお知らせ）。",
        source: KUCOIN_2017,
        sourceDate: "2017-10-13",
        hours: [72, 168],
      },
      {
        kind: "NOTE",
        en: "KuCoin support never asks for your trading password, in any channel.",
        ja: "KuCoinのサポートは、どの窓口でも取引パスワードを尋ねることはありません。",
        source: "https://kucoin.com/ko/support/31708353840793",
      },
    ],
  },
  {
    slug: "crypto-com",
    recoveryPageFound: false,
    facts: [
      {
        kind: "NOTE",
        en: "Disabling 2FA (a toggle in Settings) is not a reset. Reset only when you no longer have access to the authenticator, because it makes the registered key unusable.",
        ja: "二段階認証の無効化（設定画面の切り替え）はリセットとは別です。リセットは登録済みのキーを使えなくするため、認証アプリにアクセスできなくなった場合にのみ使ってください。",
        source: "https://help.crypto.com/en/articles/3208595-all-about-2fa",
      },
    ],
  },
  notFound("bitget"),
  notFound("htx"),
  {
    slug: "mexc",
    recoveryPageFound: true,
    facts: [
      {
        kind: "SUPPORT_REQUIREMENTS",
        en: "If the old number can no longer receive SMS, e-mail customer service for manual unbinding with: your MEXC e-mail, current token holdings, trade, deposit and withdrawal records, a photo of you holding your ID card and a paper with your MEXC e-mail, the date and the unbinding request, and the new number.",
        ja: "旧番号でSMSを受け取れない場合は、カスタマーサービスにメールで手動の解除を依頼します。MEXCの登録メールアドレス、現在の保有トークン、取引・入金・出金の履歴、身分証と「MEXCのメールアドレス、日付、解除の依頼」を書いた紙を持った写真、新しい電話番号を添えます。",
        source: MEXC_PHONE,
        channel: "EMAIL",
        items: ["EMAIL", "BALANCES", "TRADE_HISTORY", "DEPOSIT_WITHDRAWAL_HISTORY", "ID_SELFIE", "HANDWRITTEN_NOTE", "PHONE"],
      },
      {
        kind: "WITHDRAWAL_HOLD",
        en: "After the phone number is changed, withdrawals and OTC are blocked for 24 hours.",
        ja: "電話番号を変更すると、出金とOTC取引が24時間停止されます。",
        source: MEXC_PHONE,
        hours: [24, 24],
      },
    ],
  },
  notFound("upbit"),
  notFound("bithumb"),
  {
    slug: "bitvavo",
    recoveryPageFound: true,
    facts: [
      {
        kind: "SELF_SERVICE",
        en: "\"Reset 2FA\" link → enter username and password → \"Disable 2FA\" → confirm with the link in the e-mail → enter the code sent by text message.",
        ja: "「Reset 2FA」のリンク→ユーザー名とパスワードを入力→「Disable 2FA」→メールのリンクで確認→SMSで届いたコードを入力します。",
        source: BITVAVO_RESET,
        selfService: "AVAILABLE",
        needs: ["EMAIL_CONFIRMATION", "SMS_CODE"],
      },
      {
        kind: "WITHDRAWAL_HOLD",
        en: "Crypto withdrawals are blocked for 7 days after a 2FA reset.",
        ja: "二段階認証をリセットすると、暗号資産の出金が7日間停止されます。",
        source: BITVAVO_RESET,
        hours: [168, 168],
      },
    ],
  },
  {
    slug: "bitso",
    recoveryPageFound: true,
    facts: [
      {
        kind: "SELF_SERVICE",
        en: "Self-service with the emergency code made when 2FA was turned on. Without it, a form under \"I lost my device with 2FA\" sends a link if the details match; the page says manual deactivation is temporarily disabled and tells you to contact support.",
        ja: "二段階認証を有効にしたときに作られる緊急コードがあれば自分で解除できます。ない場合は「I lost my device with 2FA」のフォームから申請し、情報が一致すればリンクが届きますが、現在は手動での解除を一時停止しており、サポートに連絡するよう案内しています。",
        source: BITSO_DISABLE,
        selfService: "SUSPENDED",
        needs: ["PRESET_KEY"],
      },
      {
        kind: "SUPPORT_REQUIREMENTS",
        en: "Open a Help Center ticket (\"I want to disable 2FA\" → \"No, I don't have my emergency token\" → \"Request a manual deactivation\"). A link comes by e-mail for uploading an ID photo (both sides) and a selfie with the same ID. Documents sent by e-mail are not accepted.",
        ja: "ヘルプセンターでチケットを作成します（「I want to disable 2FA」→「No, I don't have my emergency token」→「Request a manual deactivation」）。身分証の写真（表裏）と同じ身分証を持ったセルフィーをアップロードするリンクがメールで届きます。メールに添付した書類は受け付けられません。",
        source: BITSO_TICKET,
        channel: "WEB_FORM",
        items: ["GOVERNMENT_ID", "ID_SELFIE"],
      },
    ],
  },
  {
    slug: "independent-reserve",
    recoveryPageFound: false,
    facts: [
      {
        kind: "WITHDRAWAL_HOLD",
        en: "Withdrawals are disabled for 72 hours after Google Authenticator is turned off; to withdraw sooner, send a support message.",
        ja: "Google認証システムを無効にすると、72時間は出金できません。早めたい場合はサポートに連絡します。",
        source: IR_GA,
        hours: [72, 72],
      },
    ],
  },
  {
    slug: "btc-markets",
    recoveryPageFound: false,
    facts: [
      {
        kind: "NOTE",
        en: "At setup BTC Markets shows a secret key to store offline (not in e-mail, notes apps, screenshots or cloud storage): it helps you regain access if the phone is lost or damaged.",
        ja: "BTC Marketsは設定時にシークレットキーを表示します。メールやメモアプリ、スクリーンショット、クラウドではなくオフラインで保管してください。スマートフォンを失くしたり壊したりしたときに、アクセスを取り戻す助けになります。",
        source: "https://support.btcmarkets.net/hc/en-us/articles/360001307907-Two-Factor-Authentication-2FA-Set-up-Guide",
      },
    ],
  },
];
