import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReportDetail } from "@/lib/data/reports/report-detail";
import type { VoteTally } from "@/lib/data/votes/tally-votes";
import { chooseReportText, pickText, type ShownText } from "@/lib/domain/report-language";
import { caseLength } from "@/lib/domain/report-timeline";
import { Link } from "@/lib/i18n/navigation";
import { ReportAuthorTools } from "./report-author-tools";
import { ReportFlagSection } from "./report-flag-section";
import { LinkedText } from "./linked-text";
import { itemLabel, languageName, primaryName } from "./names";
import { ReportBody, ReportBodyOnDemand } from "./report-body";
import { formatReportBody, getReportBodyLabels } from "./report-body-texts";
import { ReportVoteSection } from "./report-vote-section";
import { ViewerAuthorTools, ViewerReportActions } from "./viewer/report-viewer-parts";

/**
 * A report: its summary, every fact the author gave, its timeline and what support required (on a
 * guide, `details="on-demand"`, those load when the reader opens the report). Free text is shown
 * in the reader's language when the author wrote or translated it in that language
 * (lib/domain/report-language); otherwise in the original, saying so.
 */
export async function ReportView({
  report,
  headingLevel = 2,
  showPermalink = true,
  votes,
  perReader = "server",
  details = "shown",
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
  /** "on-demand": the facts, timeline, items and tips are drawn when the reader asks (a guide's list). */
  details?: "shown" | "on-demand";
}) {
  const [t, format, locale] = await Promise.all([getTranslations("report"), getFormatter(), getLocale()]);
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const Subheading = headingLevel === 1 ? "h2" : "h3";
  const month = format.dateTime(report.incidentMonth, { year: "numeric", month: "long" });
  const length = caseLength(report.events, new Date());
  const headingId = `report-${report.id}`;
  const choice = chooseReportText(report, locale);
  const shown = (original: string | null, translation: string | null) => pickText(original, translation, choice, report.textLanguage);
  const summary = shown(report.summary, report.summaryTranslation);
  const lockoutDetail = shown(report.lockoutDetail, report.lockoutDetailTranslation);
  const verificationLevel = shown(report.verificationLevel, report.verificationLevelTranslation);
  const contactPath = shown(report.contactPath, report.contactPathTranslation);
  const tips = shown(report.tips, report.tipsTranslation);
  const bodyLabels = await getReportBodyLabels();
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
      <header className="report-head">
        <div>
          <span className="report-outcome" data-outcome={report.outcome}>
            {t(`outcomeValue.${report.outcome}`)}
          </span>
          {length ? (
            <span className="report-length">
              {length.open ? t("openDays", { days: length.days }) : t("totalDays", { days: length.days })}
            </span>
          ) : null}
        </div>
        <Heading id={headingId}>
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
          <p lang={summary.language} className="report-summary">
            {linked(summary)}
          </p>
        </section>
      ) : null}

      {details === "on-demand" ? (
        // Draws the report's permalink too, with the button that opens the body.
        <ReportBodyOnDemand reportId={report.id} labels={bodyLabels} Heading={Subheading} />
      ) : (
        <ReportBody body={await formatReportBody({ report, locale })} labels={bodyLabels} Heading={Subheading} />
      )}

      {showPermalink && details === "shown" ? (
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
