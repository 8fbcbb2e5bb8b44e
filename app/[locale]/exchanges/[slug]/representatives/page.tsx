import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getActor } from "@/lib/auth/session";
import { findOwnRepresentation } from "@/lib/data/representatives/find-own-representation";
import { listExchangeResponses } from "@/lib/data/representatives/list-exchange-responses";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { ClientMessages } from "../../../_components/client-messages";
import { primaryName } from "../../../_components/names";
import { ProposalForm } from "./proposal-form";
import { ReplyForm } from "./reply-form";
import { RequestForm } from "./request-form";
import { ResponseForm } from "./response-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const [t, found] = await Promise.all([getTranslations({ locale, namespace: "representatives.page" }), findOwnRepresentation({ actor: null, slug })]);
  return found ? { title: t("metaTitle", { exchange: primaryName(found.exchange, locale) }), robots: { index: false } } : {};
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="space-y-3 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** Where someone from the exchange asks for the role and, once approved, speaks for it. */
export default async function RepresentativesPage({ params }: Props) {
  const { locale: requested, slug } = await params;
  const locale = resolvePageLocale(requested);
  const actor = await getActor();
  const found = await findOwnRepresentation({ actor, slug });
  if (!found) notFound();
  const [t, format] = await Promise.all([getTranslations("representatives"), getFormatter()]);
  const { exchange, representation, officialAddress } = found;
  const name = primaryName(exchange, locale);
  const domains = exchange.officialDomains.join(", ");
  const approved = representation?.status === "APPROVED";
  const responses = approved ? await listExchangeResponses({ slug }) : [];
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  const mayRequest = officialAddress === true && (representation === null || representation.status === "REVOKED");
  const reports = found.replyableReports.map((report) => ({ id: report.id, label: t("replyForm.reportOption", { date: date(report.createdAt), summary: report.summary?.slice(0, 80) ?? t("replyForm.noSummary") }) }));

  return (
    <ClientMessages paths={["representatives", "official.kinds", "official.errors"]}>
      <div className="space-y-8">
        <header className="space-y-2">
          <h1 className="text-2xl font-bold">{t("page.title", { exchange: name })}</h1>
          <p className="text-slate-700 dark:text-slate-300">{t("page.lead", { exchange: name, domains })}</p>
          <Link href={`/exchanges/${exchange.slug}`} prefetch={false} className="text-sm text-brand-700 underline dark:text-brand-300">
            {t("page.back")}
          </Link>
        </header>
        {actor ? null : (
          <a href={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/exchanges/${exchange.slug}/representatives`)}`} className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
            {t("page.signIn")}
          </a>
        )}
        {officialAddress === false && !approved ? <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-700/60 dark:bg-amber-950/40">{t("page.notOfficial", { exchange: name, domains })}</p> : null}
        {representation ? <p role="status" className="rounded-lg bg-slate-100 p-3 dark:bg-slate-800">{t(`page.status.${representation.status}`, { exchange: name, role: representation.roleTitle })}</p> : null}
        {mayRequest ? (
          <Panel title={t("request.title", { exchange: name })}>
            <RequestForm slug={exchange.slug} exchangeName={name} />
          </Panel>
        ) : null}
        {approved ? (
          <>
            <Panel title={t("response.title")}>
              <ResponseForm slug={exchange.slug} label={t("response.title")} defaults={{ textLanguage: locale }} />
            </Panel>
            {responses.map((response) => {
              const title = t("response.editTitle", { date: date(response.createdAt) });
              const defaults = { responseId: response.id, text: response.text, textLanguage: response.textLanguage === "ja" ? ("ja" as const) : ("en" as const), textTranslation: response.textTranslation ?? undefined };
              return (
                <Panel key={response.id} title={title}>
                  <ResponseForm slug={exchange.slug} label={title} defaults={defaults} />
                </Panel>
              );
            })}
            <Panel title={t("replyForm.title")}>
              {reports.length > 0 ? <ReplyForm slug={exchange.slug} reports={reports} locale={locale} /> : <p className="text-slate-600 dark:text-slate-400">{t("replyForm.none")}</p>}
            </Panel>
            <Panel title={t("proposal.title")}>
              <p className="text-sm text-slate-600 dark:text-slate-400">{t("proposal.lead")}</p>
              <ProposalForm slug={exchange.slug} officialDomains={exchange.officialDomains} today={new Date().toISOString().slice(0, 10)} />
            </Panel>
          </>
        ) : null}
      </div>
    </ClientMessages>
  );
}
