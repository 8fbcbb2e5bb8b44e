import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getActor } from "@/lib/auth/session";
import { findOfficialProcedure } from "@/lib/data/official-procedures/find-official-procedure";
import { NotFoundError } from "@/lib/data/errors";
import { listOfficialFactEdits } from "@/lib/data/official-procedures/list-official-fact-edits";
import { listRequiredItemLabels } from "@/lib/data/official-procedures/list-required-item-labels";
import { groupOfficialFacts, type OfficialFact } from "@/lib/domain/official-procedure";
import { canEditOfficialProcedure } from "@/lib/domain/permissions";
import { CONTACT_CHANNELS } from "@/lib/domain/stats/types";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { ClientMessages } from "../../../_components/client-messages";
import { itemLabel, primaryName } from "../../../_components/names";
import { OfficialEditHistory } from "./official-edit-history";
import { OfficialFactForm, type OfficialFactDefaults } from "./official-fact-form";
import { OfficialProcedureForm } from "./official-procedure-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const [t, found] = await Promise.all([getTranslations({ locale, namespace: "official.edit" }), findOfficialProcedure({ slug })]);
  return found ? { title: t("metaTitle", { exchange: primaryName(found.exchange, locale) }), robots: { index: false } } : {};
}

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);

function defaultsOf(fact: OfficialFact): OfficialFactDefaults {
  return {
    kind: fact.kind,
    position: fact.position,
    textEn: fact.textEn,
    textJa: fact.textJa,
    sourceUrl: fact.sourceUrl,
    sourceDate: isoDay(fact.sourceDate),
    checkedOn: isoDay(fact.checkedOn),
    language: fact.language ?? undefined,
    selfService: fact.selfService ?? undefined,
    selfServiceNeeds: fact.selfServiceNeeds,
    requiredItemCodes: fact.requiredItemCodes,
    minHours: fact.minHours ?? undefined,
    maxHours: fact.maxHours ?? undefined,
    channel: fact.channel ?? undefined,
  };
}

/** One titled form on the page, named by its heading for screen readers' landmarks. */
function Panel({ title, dashed = false, children }: { title: string; dashed?: boolean; children: ReactNode }) {
  const border = dashed ? "border-dashed border-slate-300 dark:border-slate-700" : "border-slate-200 dark:border-slate-800";
  return (
    <section aria-label={title} className={`space-y-3 rounded-xl border p-4 sm:p-6 ${border}`}>
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** Moderators and admins keep an exchange's official facts; anyone else gets the 404 page. */
export default async function OfficialFactsPage({ params }: Props) {
  const { locale: requested, slug } = await params;
  const locale = resolvePageLocale(requested);
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/exchanges/${slug}/official`)}`);
  if (!canEditOfficialProcedure(actor)) notFound();
  const [found, items, history, t, tCommon] = await Promise.all([
    findOfficialProcedure({ slug }),
    listRequiredItemLabels(),
    // An unknown exchange is the 404 below, not an error page.
    listOfficialFactEdits({ actor, slug }).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    }),
    getTranslations("official"),
    getTranslations("report"),
  ]);
  if (!found) notFound();
  const { exchange, procedure } = found;
  const name = primaryName(exchange, locale);
  const itemOptions = items.map((item) => ({ value: item.code, label: itemLabel(item, locale) }));
  const channelOptions = CONTACT_CHANNELS.map((channel) => ({ value: channel, label: tCommon(`channelValue.${channel}`) }));
  const shared = { slug: exchange.slug, officialDomains: exchange.officialDomains, itemOptions, channelOptions };
  const groups = groupOfficialFacts(procedure?.facts ?? []);

  return (
    <ClientMessages paths={["official"]}>
      <div className="space-y-8">
        <header className="space-y-2">
          <h1 className="text-2xl font-bold">{t("edit.title", { exchange: name })}</h1>
          <p className="text-slate-700 dark:text-slate-300">{t("edit.lead", { exchange: name, domains: exchange.officialDomains.join(", ") })}</p>
          <Link href={`/exchanges/${exchange.slug}`} prefetch={false} className="text-sm text-brand-700 underline dark:text-brand-300">
            {t("edit.back")}
          </Link>
        </header>
        <Panel title={t("edit.record")}>
          <OfficialProcedureForm
            slug={exchange.slug}
            defaults={{ recoveryPageFound: procedure?.recoveryPageFound ?? false, checkedOn: isoDay(procedure?.checkedOn ?? new Date()) ?? "" }}
            label={t("edit.record")}
          />
        </Panel>
        {groups.length === 0 ? <p className="text-slate-600 dark:text-slate-400">{t("edit.none")}</p> : null}
        {groups.flatMap((group) =>
          group.facts.map((fact, index) => {
            const heading = t("edit.factHeading", { kind: t(`kinds.${group.kind}`), number: index + 1 });
            return (
              <Panel key={fact.id} title={heading}>
                <OfficialFactForm {...shared} factId={fact.id} defaults={defaultsOf(fact)} label={heading} />
              </Panel>
            );
          }),
        )}
        <Panel title={t("edit.newFact")} dashed>
          <OfficialFactForm {...shared} defaults={{ kind: "NOTE", checkedOn: isoDay(new Date()) }} label={t("edit.newFact")} />
        </Panel>
        {history ? (
          <Panel title={t("edit.history.title")}>
            <OfficialEditHistory entries={history} locale={locale} />
          </Panel>
        ) : null}
      </div>
    </ClientMessages>
  );
}
