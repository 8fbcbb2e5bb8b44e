import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { GuideOutline } from "@/lib/domain/guide-outline";
import type { GuideFigures, GuideStats, ItemShare, TimeToEventSummary } from "@/lib/domain/stats";
import { ConfidenceBadge } from "../../_components/confidence-badge";
import { ResolutionCurveChart } from "../../_components/charts/resolution-curve-chart";
import { getDaysFormatter } from "../../_components/days";
import { PrepareItems } from "./prepare-items";

// The guide's sections. They only choose and format what lib/data computed (GuideStats) or, below
// the sample threshold, what lib/domain/guide-outline listed from the reports themselves.

// textLanguage names the language a report's free text (notes, tips) is written in.
type Labels = { itemLabel: (code: string) => string; textLanguage: (reportId: string) => string | undefined };

// A section's box and its heading are styled by `.guide-section` (app/globals.css): a guide has
// ten of them, each sent twice (HTML and RSC payload).
export const sectionClass = "guide-section";

/** "n = 6 · October 2017 – March 2026": the sample and the period under every figure. */
export async function FigureMeta({ n, months }: { n: number; months: GuideStats["incidentMonths"] }) {
  const [t, format] = await Promise.all([getTranslations("guide"), getFormatter()]);
  const month = (date: Date) => format.dateTime(date, { year: "numeric", month: "short" });
  let text = `n = ${n}`;
  if (months) {
    text = months.from.getTime() === months.to.getTime() ? t("figureMetaOne", { n, month: month(months.from) }) : t("figureMeta", { n, from: month(months.from), to: month(months.to) });
  }
  return <p className="figure-meta">{text}</p>;
}

export async function GuideOverview({ stats, computedAt, exchangeName }: { stats: GuideStats; computedAt: Date; exchangeName: string }) {
  const [t, format] = await Promise.all([getTranslations("guide"), getFormatter()]);
  const month = (date: Date) => format.dateTime(date, { year: "numeric", month: "long" });
  const months = stats.incidentMonths;
  return (
    <div className="space-y-2">
      <h2 id="guide-title" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p className="text-slate-700 dark:text-slate-300">{t("lead", { exchange: exchangeName })}</p>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <ConfidenceBadge label={stats.confidence} />
        <span data-testid="guide-n">{t("basedOn", { count: stats.n })}</span>
        {months ? (
          <span>{months.from.getTime() === months.to.getTime() ? t("dataRangeOne", { month: month(months.from) }) : t("dataRange", { from: month(months.from), to: month(months.to) })}</span>
        ) : null}
        <span>
          {t("lastUpdated", { date: format.dateTime(computedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </span>
      </div>
      {stats.figures === null && stats.n > 0 ? (
        <div role="note" className="rounded-lg border border-dashed border-slate-300 p-3 text-sm dark:border-slate-700">
          <p className="font-semibold">{t("notEnough")}</p>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{t("notEnoughBody", { count: stats.n })}</p>
        </div>
      ) : null}
    </div>
  );
}

// notOfficial: the items the exchange's official pages do not name, and the words that say so.
export async function PrepareSection({
  items,
  figures,
  months,
  labels,
  notOfficial,
}: {
  items: ItemShare[];
  figures: boolean;
  months: GuideStats["incidentMonths"];
  labels: Labels;
  notOfficial?: { codes: ReadonlySet<string>; label: string };
}) {
  const [t, format] = await Promise.all([getTranslations("guide.prepare"), getFormatter()]);
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  const n = items[0]?.n ?? 0;
  return (
    <section aria-labelledby="prepare-title" className={sectionClass}>
      <h2 id="prepare-title">
        {t("title")}
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{t("none")}</p>
      ) : (
        <>
          <p className="muted">{t("lead")}</p>
          <PrepareItems
            items={items.map((item) => ({
              code: item.code,
              label: labels.itemLabel(item.code),
              share: figures ? t("share", { percent: percent(item.share), count: item.count, n: item.n }) : t("fromReports", { count: item.count }),
              notOfficial: notOfficial?.codes.has(item.code) ?? false,
              notes: item.notes.slice(0, 3).map((note) => ({ text: note.note, lang: note.language })),
            }))}
            notOfficialLabel={notOfficial?.label ?? ""}
            notesLabel={t("notes")}
          />
          <FigureMeta n={n} months={months} />
        </>
      )}
    </section>
  );
}

export async function ContactSection({
  figures,
  outline,
  reportCount,
  months,
  website,
  supportUrl,
}: {
  figures: GuideFigures | null;
  outline: GuideOutline;
  reportCount: number;
  months: GuideStats["incidentMonths"];
  website: string | null;
  supportUrl: string | null;
}) {
  const [t, tReport] = await Promise.all([getTranslations("guide.contact"), getTranslations("report")]);
  // The figures count every published report; the outline only the reports listed.
  const n = figures ? reportCount : outline.n;
  const channel = figures?.mostReportedChannel ?? outline.channels[0] ?? null;
  const path = figures?.mostCommonContactPath ?? outline.paths[0] ?? null;
  // Paths reported as often as the one shown: all of them are listed, the first reported first.
  const tiedWith: string[] = figures?.mostCommonContactPath
    ? figures.mostCommonContactPath.tiedWith
    : outline.paths.slice(1).filter((other) => other.count === outline.paths[0]?.count).map((other) => other.value);
  const linkClass = "break-all text-brand-700 underline dark:text-brand-300";
  return (
    <section aria-labelledby="contact-title" className={sectionClass}>
      <h2 id="contact-title">
        {t("title")}
      </h2>
      {channel || path ? (
        <dl className="space-y-2">
          {channel ? (
            <div>
              <dt className="term">{t("channel")}</dt>
              <dd>{t("channelShare", { channel: tReport(`channelValue.${channel.value}`), count: channel.count, n })}</dd>
            </div>
          ) : null}
          {path && tiedWith.length === 0 ? (
            <div>
              <dt className="term">{t("path")}</dt>
              <dd className="whitespace-pre-line">{path.value}</dd>
              <dd className="muted">{t("pathShare", { count: path.count, n })}</dd>
            </div>
          ) : null}
          {path && tiedWith.length > 0 ? (
            <div data-testid="contact-paths-tied">
              <dt className="term">{t("pathTied")}</dt>
              <dd>
                <ul className="list-disc space-y-1 pl-5">
                  {[path.value, ...tiedWith].map((value) => (
                    <li key={value} className="whitespace-pre-line">
                      {value}
                    </li>
                  ))}
                </ul>
              </dd>
              <dd className="muted">{t("pathTiedShare", { paths: tiedWith.length + 1, count: path.count, n })}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {channel || path ? <FigureMeta n={n} months={months} /> : null}
      {website || supportUrl ? (
        <div className="space-y-1">
          <h3 className="font-semibold">{t("official")}</h3>
          <dl className="space-y-1">
            {website ? (
              <div>
                <dt className="term">{t("website")}</dt>
                <dd>
                  <a href={website} rel="noopener noreferrer" className={linkClass}>
                    {website.replace(/^https?:\/\//, "")}
                  </a>
                </dd>
              </div>
            ) : null}
            {supportUrl ? (
              <div>
                <dt className="term">{t("support")}</dt>
                <dd>
                  <a href={supportUrl} rel="noopener noreferrer" className={linkClass}>
                    {supportUrl}
                  </a>
                </dd>
              </div>
            ) : null}
          </dl>
          <p className="muted">{t("onlyOfficial")}</p>
        </div>
      ) : null}
    </section>
  );
}

async function TimeFigure({ summary, title, months }: { summary: TimeToEventSummary; title: string; months: GuideStats["incidentMonths"] }) {
  const t = await getTranslations("guide.timing");
  const days = await getDaysFormatter();
  return (
    <div className="time-figure">
      <h3>{title}</h3>
      <dl>
        <dt>{t("median")}</dt>
        <dd className="font-semibold">{days(summary.median)}</dd>
        <dt>{t("quartiles")}</dt>
        <dd>{t("quartileRange", { low: days(summary.firstQuartile), high: days(summary.thirdQuartile) })}</dd>
      </dl>
      <FigureMeta n={summary.n} months={months} />
    </div>
  );
}

export async function TimingSection({ figures, months, exchangeName }: { figures: GuideFigures; months: GuideStats["incidentMonths"]; exchangeName: string }) {
  const [t, format] = await Promise.all([getTranslations("guide.timing"), getFormatter()]);
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  const resolution = figures.resolution;
  const rate = figures.resolutionRate;
  return (
    <section aria-labelledby="timing-title" className={sectionClass}>
      <h2 id="timing-title">
        {t("title")}
      </h2>
      <ResolutionCurveChart id="resolution-curve" exchangeName={exchangeName} curve={resolution.curve} median={resolution.median} n={resolution.n} />
      <FigureMeta n={resolution.n} months={months} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TimeFigure summary={figures.firstHumanReply} title={t("firstReply")} months={months} />
        <TimeFigure summary={resolution} title={t("resolution")} months={months} />
      </div>
      <div>
        <h3 className="font-semibold">{t("sharesTitle")}</h3>
        <ul className="guide-shares">
          {resolution.sharesByDay.map((entry) => (
            <li key={entry.day}>
              <span>{entry.share === null ? t("notEstimable") : percent(entry.share)}</span>
              <span>{t("byDay", { day: entry.day })}</span>
            </li>
          ))}
        </ul>
        <FigureMeta n={resolution.n} months={months} />
      </div>
      {rate ? (
        <div className="text-sm">
          <p>
            <span className="font-semibold">{t("rate")}: </span>
            {t("rateValue", { percent: percent(rate.share), count: rate.count, n: rate.n })}
          </p>
          <p className="text-slate-600 dark:text-slate-400">{t("outcomes", figures.outcomes)}</p>
        </div>
      ) : null}
      <p className="figure-meta">{t("censoredNote")}</p>
    </section>
  );
}

export async function LanguageSection({ figures, months }: { figures: GuideFigures; months: GuideStats["incidentMonths"] }) {
  const [t, format] = await Promise.all([getTranslations("guide.language"), getFormatter()]);
  const other = figures.replyInOtherLanguage;
  return (
    <section aria-labelledby="language-title" className={sectionClass}>
      <h2 id="language-title">
        {t("title")}
      </h2>
      {other ? (
        <>
          <p>{t("share", { percent: format.number(other.share, { style: "percent", maximumFractionDigits: 0 }), count: other.count, n: other.n })}</p>
          <FigureMeta n={other.n} months={months} />
        </>
      ) : (
        <p className="text-slate-600 dark:text-slate-400">{t("none")}</p>
      )}
    </section>
  );
}

export async function TipsSection({ tips, labels, children }: { tips: GuideOutline["tips"]; labels: Labels; children?: ReactNode }) {
  const [t, format] = await Promise.all([getTranslations("guide.tips"), getFormatter()]);
  return (
    <section aria-labelledby="tips-title" className={sectionClass}>
      <h2 id="tips-title">
        {t("title")}
      </h2>
      {tips.length === 0 ? <p className="text-slate-600 dark:text-slate-400">{t("none")}</p> : null}
      {tips.map((entry) => (
        <figure key={entry.reportId} className="guide-quote">
          <ul lang={labels.textLanguage(entry.reportId)}>
            {entry.tips.map((tip, index) => (
              <li key={index}>{tip}</li>
            ))}
          </ul>
          <figcaption>
            <a href={`#report-${entry.reportId}`}>
              {t("from", { month: format.dateTime(entry.incidentMonth, { year: "numeric", month: "long" }) })}
            </a>
          </figcaption>
        </figure>
      ))}
      {children}
    </section>
  );
}

export async function PreventionSection() {
  const t = await getTranslations("guide.prevention");
  return (
    <section aria-labelledby="prevention-title" className={sectionClass}>
      <h2 id="prevention-title">
        {t("title")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>{t("backupCodes")}</li>
        <li>{t("masterKey")}</li>
        <li>{t("authenticatorBackup")}</li>
        <li>{t("details")}</li>
      </ul>
    </section>
  );
}
