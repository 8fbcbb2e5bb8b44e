import { getFormatter, getTranslations } from "next-intl/server";
import {
  groupOfficialFacts,
  isPossiblyOutdated,
  lastChecked,
  statedDuration,
  statedDurationOf,
  type OfficialFact,
  type OfficialProcedure,
  type StatedDuration,
} from "@/lib/domain/official-procedure";
import type { GuideFigures, TimeToEventSummary } from "@/lib/domain/stats";
import { Link } from "@/lib/i18n/navigation";
import { getDaysFormatter } from "../../_components/days";
import { languageName } from "../../_components/names";
import { sectionClass } from "./guide-sections";
import { OfficialEditorsOnly } from "../../_components/viewer/viewer-gate";

// "What <exchange> says": the exchange's own statements, each with its source and checked date,
// and where the community's figures exist, the two side by side. Shown with or without reports.

type Labels = { itemLabel: (code: string) => string };

const metaClass = "figure-meta";
const linkClass = "break-all text-brand-700 underline underline-offset-2 dark:text-brand-300";

async function getDurationFormatter(): Promise<(duration: StatedDuration) => string> {
  const t = await getTranslations("official");
  return (duration) => (duration.min === duration.max ? t("duration", { unit: duration.unit, min: duration.min }) : t("durationRange", duration));
}

/** The source line under a fact; a help page is its own link, so its line keeps only the dates. */
async function FactSource({ fact, now }: { fact: OfficialFact; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("official"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  return (
    <p className={metaClass}>
      {fact.kind === "HELP_PAGE" ? null : (
        <>
          {t("source")}{" "}
          <a href={fact.sourceUrl} rel="noopener noreferrer" className={linkClass}>
            {fact.sourceUrl.replace(/^https?:\/\//, "")}
          </a>
          {" · "}
        </>
      )}
      {fact.sourceDate ? `${t("pageDated", { date: date(fact.sourceDate) })} · ` : null}
      {t("checked", { date: date(fact.checkedOn) })}
      {isPossiblyOutdated(fact.checkedOn, now) ? (
        <span role="note" className="mt-1 block font-medium text-amber-800 dark:text-amber-300">
          {t("outdated")}
        </span>
      ) : null}
    </p>
  );
}

/** A titled row of short labels: what a reset asks for, the items a page names. */
function Chips({ title, label, values }: { title: string; label: string; values: string[] }) {
  if (values.length === 0) return null;
  return (
    <div className="chips">
      <span>{title}</span>
      <ul aria-label={label}>
        {values.map((value) => (
          <li key={value}>{value}</li>
        ))}
      </ul>
    </div>
  );
}

async function FactItem({ fact, locale, now, labels }: { fact: OfficialFact; locale: string; now: Date; labels: Labels }) {
  const [t, duration] = await Promise.all([getTranslations("official"), getDurationFormatter()]);
  const stated = statedDurationOf(fact);
  return (
    <li className="space-y-1">
      {fact.selfService ? <p className="font-medium">{t(`selfService.${fact.selfService}`)}</p> : null}
      {stated ? <p className="font-medium">{duration(stated)}</p> : null}
      <p>
        {fact.kind === "HELP_PAGE" ? (
          <a href={fact.sourceUrl} rel="noopener noreferrer" className={linkClass}>
            {locale === "ja" ? fact.textJa : fact.textEn}
          </a>
        ) : locale === "ja" ? (
          fact.textJa
        ) : (
          fact.textEn
        )}
        {fact.kind === "HELP_PAGE" && fact.language ? ` ${t("pageLanguage", { language: languageName(fact.language, locale) })}` : null}
      </p>
      <Chips title={t("listTitle", { title: t("needsTitle") })} label={t("needsTitle")} values={fact.selfServiceNeeds.map((need) => t(`needs.${need}`))} />
      <Chips title={t("listTitle", { title: t("itemsNamed") })} label={t("itemsNamed")} values={fact.requiredItemCodes.map(labels.itemLabel)} />
      <FactSource fact={fact} now={now} />
    </li>
  );
}

/** "Official: 48-72 hours · Reported: median 5 days, n = 23", where both exist. */
async function SideBySide({ facts, figures }: { facts: OfficialFact[]; figures: GuideFigures | null }) {
  const [t, duration, days] = await Promise.all([getTranslations("official"), getDurationFormatter(), getDaysFormatter()]);
  if (!figures) return null;
  const rows = (
    [
      ["PROCESSING_TIME", figures.resolution],
      ["REPLY_TIME", figures.firstHumanReply],
    ] as const
  ).flatMap(([kind, reported]: readonly [OfficialFact["kind"], TimeToEventSummary]) => {
    const fact = statedDuration(facts, kind);
    const stated = fact ? statedDurationOf(fact) : null;
    return stated && reported.n > 0 ? [{ kind, stated, reported }] : [];
  });
  if (rows.length === 0) return null;
  return (
    <div className="space-y-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
      <h3 className="font-semibold">{t("compare.title")}</h3>
      <dl className="space-y-2 text-sm">
        {rows.map(({ kind, stated, reported }) => (
          <div key={kind} data-testid={`official-vs-reported-${kind}`}>
            <dt className="font-medium">{t(`compare.${kind}`)}</dt>
            <dd className="flex flex-col gap-x-4 sm:flex-row">
              <span>{t("compare.official", { value: duration(stated) })}</span>
              <span>{t("compare.reported", { median: days(reported.median), n: reported.n })}</span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export async function OfficialSection({
  procedure,
  exchangeName,
  locale,
  now,
  figures,
  labels,
  editHref,
}: {
  procedure: OfficialProcedure;
  exchangeName: string;
  locale: string;
  now: Date;
  figures: GuideFigures | null;
  labels: Labels;
  editHref: string;
}) {
  const [t, format] = await Promise.all([getTranslations("official"), getFormatter()]);
  const groups = groupOfficialFacts(procedure.facts);
  return (
    <section aria-labelledby="official-title" className={sectionClass}>
      <h2 id="official-title">
        {t("title", { exchange: exchangeName })}
      </h2>
      <p className="muted">{t("lead", { exchange: exchangeName })}</p>
      {procedure.recoveryPageFound ? null : (
        <div className="rounded-lg border border-dashed border-slate-300 p-3 text-sm dark:border-slate-700">
          <p>{t("notFound", { exchange: exchangeName, date: format.dateTime(lastChecked(procedure), { dateStyle: "medium" }) })}</p>
          {isPossiblyOutdated(lastChecked(procedure), now) ? (
            <p role="note" className="mt-1 font-medium text-amber-800 dark:text-amber-300">
              {t("outdated")}
            </p>
          ) : null}
        </div>
      )}
      <SideBySide facts={procedure.facts} figures={figures} />
      {groups.map((group) => (
        <div key={group.kind} className="space-y-2">
          <h3 className="font-semibold">{t(`kinds.${group.kind}`)}</h3>
          <ul className="space-y-3">
            {group.facts.map((fact) => (
              <FactItem key={fact.id} fact={fact} locale={locale} now={now} labels={labels} />
            ))}
          </ul>
        </div>
      ))}
      {/* Only moderators see the link; the page is the same for everyone, so the browser asks. */}
      <OfficialEditorsOnly>
        <p className="text-sm">
          <Link href={editHref} prefetch={false} className={linkClass}>
            {t("editLink")}
          </Link>
        </p>
      </OfficialEditorsOnly>
    </section>
  );
}
