import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReportDetail } from "@/lib/data/reports/report-detail";
import type { VoteTally } from "@/lib/data/votes/tally-votes";
import { chooseReportText, pickText, type ShownText } from "@/lib/domain/report-language";
import { caseLength, dayOffsets } from "@/lib/domain/report-timeline";
import { Link } from "@/lib/i18n/navigation";
import { ReportAuthorTools } from "./report-author-tools";
import { ReportFlagSection } from "./report-flag-section";
import { LinkedText } from "./linked-text";
import { itemLabel, languageName, primaryName } from "./names";
import { ReportHistory } from "./report-history";
import { ReportVoteSection } from "./report-vote-section";
import { ViewerAuthorTools, ViewerReportActions } from "./viewer/report-viewer-parts";

const outcomeTones = {
  RESOLVED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100",
  REJECTED: "bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100",
  STILL_WAITING: "bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-100",
  GAVE_UP: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
} as const;

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * A report in full: every fact the author gave, its timeline and what support required. Free text
 * is shown in the reader's language when the author wrote or translated it in that language
 * (lib/domain/report-language); otherwise in the original, saying so.
 */
export async function ReportView({
  report,
  headingLevel = 2,
  showPermalink = true,
  votes,
  perReader = "server",
}: {
  report: ReportDetail;
  headingLevel?: 1 | 2;
  showPermalink?: boolean;
  // The guide loads every tally at once; without it the vote section looks this report's up.
  votes?: VoteTally;
  /**
   * Where the reader's own parts (votes, author links, flag form) come from: rendered here for
   * this request, or filled in by the browser from /api/viewer on a page shared by every reader.
   */
  perReader?: "server" | "browser";
}) {
  const [t, format, locale] = await Promise.all([getTranslations("report"), getFormatter(), getLocale()]);
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const Subheading = headingLevel === 1 ? "h2" : "h3";
  const month = format.dateTime(report.incidentMonth, { year: "numeric", month: "long" });
  const offsets = dayOffsets(report.events);
  const length = caseLength(report.events, new Date());
  const headingId = `report-${report.id}`;
  const choice = chooseReportText(report, locale);
  const shown = (original: string | null, translation: string | null) => pickText(original, translation, choice, report.textLanguage);
  const summary = shown(report.summary, report.summaryTranslation);
  const lockoutDetail = shown(report.lockoutDetail, report.lockoutDetailTranslation);
  const verificationLevel = shown(report.verificationLevel, report.verificationLevelTranslation);
  const contactPath = shown(report.contactPath, report.contactPathTranslation);
  const tips = shown(report.tips, report.tipsTranslation);
  const originalLanguageName = languageName(report.textLanguage, locale);
  // Every original text the translation stands in for, in page order, for the reader who wants it.
  const originals: { label: string; text: string }[] =
    choice.kind === "translation"
      ? [
          { label: t("summary"), text: summary?.original?.text },
          { label: t("lockout"), text: lockoutDetail?.original?.text },
          { label: t("verificationLevel"), text: verificationLevel?.original?.text },
          { label: t("contactPath"), text: contactPath?.original?.text },
          ...report.events.map((event, index) => ({
            label: `${t("timeline")} ${index + 1} · ${t(`eventKind.${event.kind}`)}`,
            text: shown(event.note, event.noteTranslation)?.original?.text,
          })),
          ...report.requiredItems.map((item) => ({ label: itemLabel(item, locale), text: shown(item.note, item.noteTranslation)?.original?.text })),
          { label: t("tips"), text: tips?.original?.text },
        ].flatMap(({ label, text }) => (text ? [{ label, text }] : []))
      : [];
  const linked = (text: ShownText) => <LinkedText text={text.text} officialDomains={report.exchange.officialDomains} />;

  return (
    <article aria-labelledby={headingId} className="report">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <span className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${outcomeTones[report.outcome]}`}>{t(`outcomeValue.${report.outcome}`)}</span>
          {length ? (
            <span className="text-sm text-slate-700 dark:text-slate-300">
              {length.open ? t("openDays", { days: length.days }) : t("totalDays", { days: length.days })}
            </span>
          ) : null}
        </div>
        <Heading id={headingId} className="text-xl font-semibold">
          {t("title", { exchange: primaryName(report.exchange, locale), month })}
        </Heading>
        <p className="report-muted">{t("by", { name: report.authorDeleted ? t("deletedUser") : (report.authorName ?? t("anonymous")) })}</p>
        {choice.kind === "untranslated" ? (
          <p role="note" className="text-sm font-medium text-slate-700 dark:text-slate-300">
            {t("untranslatedNotice", { language: originalLanguageName })}
          </p>
        ) : null}
        {choice.kind === "translation" ? (
          <div role="note" className="text-sm text-slate-700 dark:text-slate-300">
            <p className="font-medium">{t("translationNotice", { language: originalLanguageName })}</p>
            {originals.length > 0 ? (
              <details className="mt-1">
                <summary className="cursor-pointer text-brand-700 underline dark:text-brand-300">{t("originalHeading", { language: originalLanguageName })}</summary>
                <dl lang={report.textLanguage} className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
                  {originals.map((entry, index) => (
                    <div key={index}>
                      <dt lang={locale} className="text-xs font-medium text-slate-600 dark:text-slate-400">
                        {entry.label}
                      </dt>
                      <dd className="whitespace-pre-line">{entry.text}</dd>
                    </div>
                  ))}
                </dl>
              </details>
            ) : null}
          </div>
        ) : null}
        {perReader === "server" ? <ReportAuthorTools reportId={report.id} authorId={report.authorId} /> : <ViewerAuthorTools reportId={report.id} />}
      </header>

      {summary ? (
        <section>
          <Subheading>{t("summary")}</Subheading>
          <p lang={summary.language} className="mt-1 whitespace-pre-line">
            {linked(summary)}
          </p>
        </section>
      ) : null}

      <dl className="report-facts">
        <Fact label={t("incidentMonth")}>{month}</Fact>
        <Fact label={t("lockout")}>
          <span>{t(`lockoutCause.${report.lockoutCause}`)}</span>
          {lockoutDetail ? (
            <span lang={lockoutDetail.language} className="detail">
              {lockoutDetail.text}
            </span>
          ) : null}
        </Fact>
        <Fact label={t("backupCodes")}>
          {t(`backupCodesValue.${report.hadBackupCodes === null ? "unknown" : report.hadBackupCodes ? "yes" : "no"}`)}
        </Fact>
        {verificationLevel ? (
          <Fact label={t("verificationLevel")}>
            <span lang={verificationLevel.language}>{verificationLevel.text}</span>
          </Fact>
        ) : null}
        <Fact label={t("channel")}>{t(`channelValue.${report.contactChannel}`)}</Fact>
        {contactPath ? (
          <Fact label={t("contactPath")}>
            <span lang={contactPath.language} className="whitespace-pre-line">
              {linked(contactPath)}
            </span>
          </Fact>
        ) : null}
        <Fact label={t("inquiryLanguage")}>{languageName(report.inquiryLanguage, locale)}</Fact>
        <Fact label={t("replyLanguages")}>{report.replyLanguages.map((code) => languageName(code, locale)).join(", ")}</Fact>
      </dl>

      <section>
        <Subheading>{t("timeline")}</Subheading>
        <ol className="report-timeline">
          {report.events.map((event, index) => {
            const note = shown(event.note, event.noteTranslation);
            return (
              <li key={event.id}>
                <p className="when">
                  <time dateTime={event.occurredAt.toISOString()}>
                    {event.precision === "MINUTE"
                      ? format.dateTime(event.occurredAt, { dateStyle: "medium", timeStyle: "short" })
                      : format.dateTime(event.occurredAt, { dateStyle: "medium" })}
                  </time>
                  <span>{t("dayNumber", { day: offsets[index] ?? 0 })}</span>
                </p>
                <p className="kind">
                  {t(`eventKind.${event.kind}`)}
                  {event.language ? <span>{t("inLanguage", { language: languageName(event.language, locale) })}</span> : null}
                </p>
                {note ? (
                  <p lang={note.language} className="note">
                    {linked(note)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <section>
        <Subheading>{t("requiredItems")}</Subheading>
        {report.requiredItems.length === 0 ? (
          <p className="mt-1 text-slate-600 dark:text-slate-400">{t("noRequiredItems")}</p>
        ) : (
          <ul className="report-items">
            {report.requiredItems.map((item) => {
              const note = shown(item.note, item.noteTranslation);
              return (
                <li key={item.code}>
                  <span>
                    <span className="label">{itemLabel(item, locale)}</span>
                    {note ? (
                      <span lang={note.language} className="note">
                        {linked(note)}
                      </span>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {tips ? (
        <section>
          <Subheading>{t("tips")}</Subheading>
          <ul lang={tips.language} className="report-tips">
            {tips.text
              .split("\n")
              .map((tip) => tip.trim())
              .filter(Boolean)
              .map((tip) => (
                <li key={tip}>
                  <LinkedText text={tip} officialDomains={report.exchange.officialDomains} />
                </li>
              ))}
          </ul>
        </section>
      ) : null}

      <ReportHistory history={report.history} Heading={Subheading} />

      {showPermalink ? (
        <p>
          <Link href={`/reports/${report.id}`} prefetch={false} className="report-link">
            {t("permalink")}
          </Link>
        </p>
      ) : null}
      {perReader === "server" ? (
        <>
          <ReportVoteSection reportId={report.id} authorId={report.authorId} tally={votes} />
          <ReportFlagSection reportId={report.id} />
        </>
      ) : (
        <ViewerReportActions reportId={report.id} helpful={votes?.helpful ?? 0} notHelpful={votes?.notHelpful ?? 0} />
      )}
    </article>
  );
}
