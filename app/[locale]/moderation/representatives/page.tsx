import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getActor } from "@/lib/auth/session";
import { listProcedureProposals } from "@/lib/data/representatives/list-procedure-proposals";
import { listRepresentativeLog } from "@/lib/data/representatives/list-representative-log";
import { listRepresentativeRequests } from "@/lib/data/representatives/list-representative-requests";
import { canDecideRepresentation, canModerate } from "@/lib/domain/permissions";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { ClientMessages } from "../../_components/client-messages";
import { primaryName } from "../../_components/names";
import { DecisionButtons } from "./decision-buttons";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "representatives.queue" });
  return { title: t("metaTitle"), robots: { index: false } };
}

function Section({ title, empty, children }: { title: string; empty: string | null; children: ReactNode }) {
  return (
    <section aria-label={title} className="space-y-3">
      <h2 className="text-lg font-semibold">{title}</h2>
      {empty ? <p className="rounded-lg border border-dashed border-slate-300 p-4 text-slate-600 dark:border-slate-700 dark:text-slate-400">{empty}</p> : children}
    </section>
  );
}

const cardClass = "space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800";

/** Admins decide who speaks for an exchange; moderators (and admins) decide proposed official facts. */
export default async function RepresentativesQueuePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = resolvePageLocale((await params).locale);
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/moderation/representatives`)}`);
  if (!canModerate(actor)) notFound();
  const isAdmin = canDecideRepresentation(actor);
  const [t, format, proposals, requests, log] = await Promise.all([
    getTranslations("representatives.queue"),
    getFormatter(),
    listProcedureProposals({ actor }),
    isAdmin ? listRepresentativeRequests({ actor }) : Promise.resolve([]),
    isAdmin ? listRepresentativeLog({ actor }) : Promise.resolve([]),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });

  return (
    <ClientMessages paths={["representatives"]}>
      <div className="space-y-8">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {isAdmin ? (
          <Section title={t("requests")} empty={requests.length === 0 ? t("noRequests") : null}>
            {requests.map((entry) => {
              const label = t("entryLabel", { exchange: primaryName(entry.exchange, locale), name: entry.displayName ?? t("anonymous") });
              return (
                <article key={entry.id} aria-label={label} className={cardClass}>
                  <h3 className="font-medium">
                    {label} · {t(`statusValue.${entry.status}`)}
                  </h3>
                  <p className="text-sm">{t("email", { email: entry.email })}</p>
                  <p className="text-sm">{t("role", { role: entry.roleTitle })}</p>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {t("officialDomains", { domains: entry.exchange.officialDomains.join(", ") })} · {t("asked", { date: date(entry.createdAt) })}
                  </p>
                  <DecisionButtons kind="representative" id={entry.id} decisions={entry.status === "REQUESTED" ? ["approve", "revoke"] : ["revoke"]} label={label} />
                </article>
              );
            })}
          </Section>
        ) : null}
        <Section title={t("proposals")} empty={proposals.length === 0 ? t("noProposals") : null}>
          {proposals.map((proposal) => {
            const label = t("proposalLabel", { exchange: primaryName(proposal.exchange, locale), role: proposal.roleTitle });
            return (
              <article key={proposal.id} aria-label={label} className={cardClass}>
                <h3 className="font-medium">{label}</h3>
                <p lang="en">{proposal.fact.textEn}</p>
                <p lang="ja">{proposal.fact.textJa}</p>
                <p className="text-sm break-all">{t("source", { url: proposal.fact.sourceUrl ?? "" })}</p>
                <DecisionButtons kind="proposal" id={proposal.id} decisions={["accept", "reject"]} label={label} />
              </article>
            );
          })}
        </Section>
        {isAdmin ? (
          <Section title={t("log")} empty={log.length === 0 ? t("noLog") : null}>
            <ul className="space-y-1 text-sm">
              {log.map((entry) => (
                <li key={entry.id}>
                  {t("logEntry", { date: date(entry.createdAt), actor: entry.actorName ?? t("anonymous"), kind: t(`kinds.${entry.kind}`), exchange: entry.exchange ? primaryName(entry.exchange, locale) : "" })}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
      </div>
    </ClientMessages>
  );
}
