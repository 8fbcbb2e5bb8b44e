// The starting catalogue. Official domains decide which links a report may contain, so a domain
// is listed only when it is certain; support URLs are left empty unless they are.
export type ExchangeSeed = {
  slug: string;
  nameEn: string;
  nameJa: string;
  aliases: string[];
  country: string | null;
  officialDomains: string[];
  supportUrl?: string;
  status: "OPERATING" | "CLOSED" | "UNKNOWN";
  notesEn?: string;
  notesJa?: string;
};

export const catalogue: ExchangeSeed[] = [
  {
    slug: "valu",
    nameEn: "VALU",
    nameJa: "バリュー",
    aliases: ["ばりゅー"],
    country: "JP",
    officialDomains: ["valu.is"],
    status: "UNKNOWN",
    notesEn: "A personal-token (\"personal share\") marketplace rather than a coin exchange in the strict sense.",
    notesJa: "厳密には暗号資産取引所ではなく、個人の「VA」を売買するマーケットプレイス。",
  },
  {
    slug: "zaif",
    nameEn: "Zaif",
    nameJa: "ザイフ",
    aliases: ["ざいふ", "Tech Bureau", "テックビューロ"],
    country: "JP",
    officialDomains: ["zaif.jp"],
    status: "OPERATING",
  },
  {
    slug: "coincheck",
    nameEn: "Coincheck",
    nameJa: "コインチェック",
    aliases: ["coin check", "こいんちぇっく"],
    country: "JP",
    officialDomains: ["coincheck.com"],
    status: "OPERATING",
  },
  {
    slug: "kraken",
    nameEn: "Kraken",
    nameJa: "クラーケン",
    aliases: ["くらーけん", "Payward"],
    country: "US",
    officialDomains: ["kraken.com"],
    supportUrl: "https://support.kraken.com",
    status: "OPERATING",
    notesEn:
      "A Master Key set up in advance allows self-service 2FA bypass. Without it, support may ask for an \"account recovery photo\": you holding the verification ID plus a handwritten note with ticket number, date and signature.",
    notesJa:
      "事前にマスターキーを設定していれば自分で二段階認証を解除できる。ない場合、サポートは「アカウント復旧用写真」（本人確認書類と、問い合わせ番号・日付・署名を書いた手書きメモを持った写真）を求めることがある。",
  },
  { slug: "bitflyer", nameEn: "bitFlyer", nameJa: "ビットフライヤー", aliases: ["bit flyer", "びっとふらいやー"], country: "JP", officialDomains: ["bitflyer.com"], status: "OPERATING" },
  { slug: "bitbank", nameEn: "bitbank", nameJa: "ビットバンク", aliases: ["びっとばんく"], country: "JP", officialDomains: ["bitbank.cc"], status: "OPERATING" },
  { slug: "gmo-coin", nameEn: "GMO Coin", nameJa: "GMOコイン", aliases: ["GMO", "ジーエムオーコイン"], country: "JP", officialDomains: ["coin.z.com"], status: "OPERATING" },
  { slug: "sbi-vc-trade", nameEn: "SBI VC Trade", nameJa: "SBI VCトレード", aliases: ["SBIVC", "SBI VC"], country: "JP", officialDomains: ["sbivc.co.jp"], status: "OPERATING" },
  { slug: "rakuten-wallet", nameEn: "Rakuten Wallet", nameJa: "楽天ウォレット", aliases: ["らくてんうぉれっと", "Rakuten"], country: "JP", officialDomains: ["rakuten-wallet.co.jp"], status: "OPERATING" },
  { slug: "bitpoint", nameEn: "BITPOINT", nameJa: "ビットポイント", aliases: ["bit point"], country: "JP", officialDomains: ["bitpoint.co.jp"], status: "OPERATING" },
  { slug: "okcoin-japan", nameEn: "OKJ (OKCoin Japan)", nameJa: "オーケーコイン・ジャパン", aliases: ["OKJ", "OKCoin Japan", "オーケージェー"], country: "JP", officialDomains: ["okcoin.jp"], status: "OPERATING" },
  { slug: "bittrade", nameEn: "BitTrade (formerly Huobi Japan)", nameJa: "ビットトレード", aliases: ["BitTrade", "Huobi Japan", "フォビジャパン"], country: "JP", officialDomains: ["bittrade.co.jp"], status: "OPERATING" },
  {
    slug: "dmm-bitcoin",
    nameEn: "DMM Bitcoin",
    nameJa: "DMMビットコイン",
    aliases: ["DMM"],
    country: "JP",
    officialDomains: ["bitcoin.dmm.com"],
    status: "CLOSED",
    notesEn: "Closed; accounts moved to SBI VC Trade in 2025.",
    notesJa: "サービス終了。口座は2025年にSBI VCトレードへ移管。",
  },
  {
    slug: "coinbase",
    nameEn: "Coinbase",
    nameJa: "コインベース",
    aliases: ["coin base"],
    country: "US",
    officialDomains: ["coinbase.com"],
    status: "OPERATING",
    notesEn: "Its help centre says recovery after losing the authenticator \"may take 48-72 hours\".",
    notesJa: "ヘルプセンターによると、認証アプリを失った場合の復旧には「48〜72時間かかることがある」。",
  },
  {
    slug: "binance",
    nameEn: "Binance",
    nameJa: "バイナンス",
    aliases: ["びなんす"],
    country: "global",
    officialDomains: ["binance.com"],
    status: "OPERATING",
    notesEn: "Reset flow: e-mail code, security questions, ID front and back, selfie and facial verification. Withdrawals pause 24-48 hours after security changes.",
    notesJa: "リセットの流れ：メール認証コード、セキュリティ質問、身分証の表裏、自撮りと顔認証。セキュリティ設定の変更後24〜48時間は出金が停止される。",
  },
  { slug: "gemini", nameEn: "Gemini", nameJa: "ジェミナイ", aliases: ["ジェミニ"], country: "US", officialDomains: ["gemini.com"], status: "OPERATING" },
  { slug: "bitstamp", nameEn: "Bitstamp", nameJa: "ビットスタンプ", aliases: [], country: "LU", officialDomains: ["bitstamp.net"], status: "OPERATING" },
  { slug: "bitfinex", nameEn: "Bitfinex", nameJa: "ビットフィネックス", aliases: [], country: "global", officialDomains: ["bitfinex.com"], status: "OPERATING" },
  {
    slug: "okx",
    nameEn: "OKX",
    nameJa: "オーケーエックス",
    aliases: ["OKEx"],
    country: "global",
    officialDomains: ["okx.com"],
    status: "OPERATING",
    notesEn: "The in-app reset may need ID and facial recognition; withdrawals pause 24 hours after it.",
    notesJa: "アプリ内のリセットでは身分証と顔認証が必要なことがある。リセット後24時間は出金が停止される。",
  },
  { slug: "bybit", nameEn: "Bybit", nameJa: "バイビット", aliases: [], country: "global", officialDomains: ["bybit.com"], status: "OPERATING" },
  { slug: "kucoin", nameEn: "KuCoin", nameJa: "クーコイン", aliases: [], country: "global", officialDomains: ["kucoin.com"], status: "OPERATING" },
  { slug: "crypto-com", nameEn: "Crypto.com", nameJa: "クリプト・ドットコム", aliases: ["cryptocom", "クリプトドットコム"], country: "global", officialDomains: ["crypto.com"], status: "OPERATING" },
  { slug: "bitget", nameEn: "Bitget", nameJa: "ビットゲット", aliases: [], country: "global", officialDomains: ["bitget.com"], status: "OPERATING" },
  { slug: "htx", nameEn: "HTX (formerly Huobi)", nameJa: "フォビ", aliases: ["HTX", "Huobi", "Huobi Global", "フオビ"], country: "global", officialDomains: ["htx.com"], status: "OPERATING" },
  { slug: "mexc", nameEn: "MEXC", nameJa: "メクシー", aliases: [], country: "global", officialDomains: ["mexc.com"], status: "OPERATING" },
  { slug: "upbit", nameEn: "Upbit", nameJa: "アップビット", aliases: [], country: "KR", officialDomains: ["upbit.com"], status: "OPERATING" },
  { slug: "bithumb", nameEn: "Bithumb", nameJa: "ビッサム", aliases: [], country: "KR", officialDomains: ["bithumb.com"], status: "OPERATING" },
  { slug: "bitvavo", nameEn: "Bitvavo", nameJa: "ビットバボ", aliases: [], country: "NL", officialDomains: ["bitvavo.com"], status: "OPERATING" },
  { slug: "bitso", nameEn: "Bitso", nameJa: "ビッソ", aliases: [], country: "MX", officialDomains: ["bitso.com"], status: "OPERATING" },
  { slug: "independent-reserve", nameEn: "Independent Reserve", nameJa: "インディペンデント・リザーブ", aliases: [], country: "AU", officialDomains: ["independentreserve.com"], status: "OPERATING" },
  { slug: "btc-markets", nameEn: "BTC Markets", nameJa: "BTCマーケッツ", aliases: [], country: "AU", officialDomains: ["btcmarkets.net"], status: "OPERATING" },
  {
    slug: "ftx",
    nameEn: "FTX",
    nameJa: "エフティーエックス",
    aliases: [],
    country: "global",
    officialDomains: ["ftx.com"],
    status: "CLOSED",
    notesEn: "Closed in 2022.",
    notesJa: "2022年に破綻・サービス終了。",
  },
  {
    slug: "bittrex",
    nameEn: "Bittrex",
    nameJa: "ビットレックス",
    aliases: [],
    country: "US",
    officialDomains: ["bittrex.com"],
    status: "CLOSED",
    notesEn: "Closed in 2023.",
    notesJa: "2023年にサービス終了。",
  },
];
