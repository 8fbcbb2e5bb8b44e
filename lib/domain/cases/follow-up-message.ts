// The follow-up the tracker drafts for an owner to copy into their next message to support. Its
// wording lives here rather than in the catalogues because it is a template filled with the
// case's facts, tested placeholder by placeholder, and it is the owner's own text to edit.

export type FollowUpLanguage = "ja" | "en";

export type FollowUpFacts = {
  language: FollowUpLanguage;
  exchangeName: string;
  /** The first contact's calendar day, "YYYY-MM-DD". */
  contactDay: string;
  /** Calendar days since that contact. */
  daysWaiting: number;
  /** The exchange's ticket number: private to the owner, who may quote it to support. */
  ticketReference?: string | null;
};

function japaneseDate(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return `${year}年${month}月${date}日`;
}

function englishDate(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

function draftJapanese({ exchangeName, contactDay, daysWaiting, ticketReference }: FollowUpFacts): string {
  return [
    `${exchangeName} サポートご担当者様`,
    "",
    `${japaneseDate(contactDay)}に、二段階認証の解除（ログインできなくなったアカウントの復旧）についてお問い合わせいたしました。`,
    ticketReference ? `お問い合わせ番号：${ticketReference}` : null,
    `それから${daysWaiting}日が経ちましたが、まだご返答をいただいておりません。`,
    "お手数ですが、現在の対応状況と、こちらで追加で用意すべきものがあればお知らせいただけますでしょうか。",
    "",
    "どうぞよろしくお願いいたします。",
  ]
    .filter((line) => line !== null)
    .join("\n");
}

function draftEnglish({ exchangeName, contactDay, daysWaiting, ticketReference }: FollowUpFacts): string {
  const days = daysWaiting === 1 ? "1 day" : `${daysWaiting} days`;
  return [
    `Dear ${exchangeName} support,`,
    "",
    `On ${englishDate(contactDay)} I asked you to reset the two-factor authentication of my account, which I can no longer sign in to.`,
    ticketReference ? `Ticket reference: ${ticketReference}` : null,
    `It has been ${days} since then and I have not had an answer yet.`,
    "Could you please tell me where my request stands, and whether you need anything more from me?",
    "",
    "Thank you for your help.",
  ]
    .filter((line) => line !== null)
    .join("\n");
}

/** The drafted follow-up in the language the owner writes to support in. */
export function draftFollowUpMessage(facts: FollowUpFacts): string {
  return facts.language === "ja" ? draftJapanese(facts) : draftEnglish(facts);
}
