import "server-only";
import { createTranslator } from "next-intl";
import type { Transporter } from "nodemailer";
import { storeDevMail } from "../data/dev-mailbox";
import type { Locale } from "../i18n/routing";
import { authCatalogue } from "./catalogue";

// The sign-in e-mail, in both languages (the reader's first): someone who signed up in English
// may read their mail in Japanese, and the other way round. Plain text only: every client shows
// it and links it, and there is no HTML to inject anything into.

/** How long a sign-in link works; also the Nodemailer provider's maxAge. */
export const SIGN_IN_LINK_MAX_AGE_HOURS = 24;

export type SignInMail = { subject: string; text: string };

export function buildSignInMail({ url, locale }: { url: string; locale: Locale }): SignInMail {
  const order: Locale[] = locale === "ja" ? ["ja", "en"] : ["en", "ja"];
  const parts = order.map((language) => {
    const t = createTranslator({ locale: language, messages: authCatalogue(language), namespace: "auth.mail" });
    return {
      subject: t("subject"),
      text: [t("intro"), url, "", t("expiry", { hours: SIGN_IN_LINK_MAX_AGE_HOURS }), t("ignore"), "", t("safety")].join("\n"),
    };
  });
  return {
    subject: parts.map((part) => part.subject).join(" / "),
    text: `${parts.map((part) => part.text).join("\n\n------------------------------\n\n")}\n`,
  };
}

/** Sends the sign-in e-mail through SMTP (or any Nodemailer transport); throws when it was refused. */
export async function sendSignInMail({
  to,
  url,
  from,
  locale,
  transport,
}: {
  to: string;
  url: string;
  from: string;
  locale: Locale;
  transport: Pick<Transporter, "sendMail">;
}): Promise<void> {
  const mail = buildSignInMail({ url, locale });
  const result = await transport.sendMail({ to, from, subject: mail.subject, text: mail.text });
  const failed = [...(result.rejected ?? []), ...(result.pending ?? [])].filter(Boolean);
  if (failed.length > 0) throw new Error(`The sign-in e-mail was not accepted for ${failed.length} recipient(s)`);
}

/** Without SMTP: the e-mail goes to the local mailbox page, and its link to the server log. */
export async function storeSignInMail({ to, url, locale }: { to: string; url: string; locale: Locale }): Promise<void> {
  const mail = buildSignInMail({ url, locale });
  await storeDevMail({ to, subject: mail.subject, text: mail.text, url });
  console.log(`Sign-in link for ${to}: ${url}`);
}

/** Without SMTP on a public address: only whoever reads the server log sees the link. */
export function logSignInLink({ to, url }: { to: string; url: string }): void {
  console.log(`Sign-in link for ${to}: ${url}`);
}
