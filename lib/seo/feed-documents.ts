import "server-only";
import { getTranslations } from "next-intl/server";
import { listFeedReports } from "../data/feeds/list-feed-reports";
import { listGuideChanges } from "../data/feeds/list-guide-changes";
import { buildAtomFeed, type AtomEntry } from "../domain/feeds/atom-feed";
import { guideChangeEntries, pageUrl, reportEntries, type ChangeSignalFeedItem, type FeedReport, type OfficialEditFeedItem } from "../domain/feeds/feed-entries";
import { exchangeReportsFeedPath, guideChangesFeedPath, siteReportsFeedPath } from "../domain/feeds/feed-paths";
import type { Locale } from "../i18n/routing";
import { publicOrigin } from "./public-origin";

// The three Atom documents, in the reader's language: the words come from the message catalogues
// (namespace "feeds"), the ids, links and order from lib/domain/feeds.

type Names = { nameEn: string; nameJa: string };
const nameIn = (exchange: Names, locale: Locale) => (locale === "ja" ? exchange.nameJa : exchange.nameEn);

// Before any report, a feed still needs an `updated`: the site's first day, fixed so the ETag is.
const SITE_EPOCH = new Date("2026-01-01T00:00:00Z");

async function reportDescriber(locale: Locale): Promise<(report: FeedReport) => { title: string; summary: string }> {
  const [t, tReport] = await Promise.all([getTranslations({ locale, namespace: "feeds" }), getTranslations({ locale, namespace: "report" })]);
  const monthFormat = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" });
  return (report) => ({
    title: t("reportEntryTitle", { exchange: nameIn(report.exchange, locale), outcome: tReport(`outcomeValue.${report.outcome}` as "outcomeValue.RESOLVED") }),
    summary: t("reportEntrySummary", {
      cause: tReport(`lockoutCause.${report.lockoutCause}` as "lockoutCause.OTHER"),
      channel: tReport(`channelValue.${report.contactChannel}` as "channelValue.EMAIL"),
      month: monthFormat.format(report.incidentMonth),
    }),
  });
}

async function reportsFeed(locale: Locale, { title, subtitle, selfPath, pagePath, since }: { title: string; subtitle: string; selfPath: string; pagePath: string; since: Date }, reports: FeedReport[]): Promise<string> {
  const origin = publicOrigin();
  const t = await getTranslations({ locale, namespace: "feeds" });
  const entries: AtomEntry[] = reportEntries(reports, { origin, locale, describe: await reportDescriber(locale) });
  return buildAtomFeed({ id: `${origin}${selfPath}`, title, subtitle, authorName: t("author"), selfUrl: `${origin}${selfPath}`, pageUrl: pageUrl(origin, locale, pagePath), updatedAtLeast: since, entries });
}

/** New published reports on every exchange. */
export async function siteReportsFeed(locale: Locale): Promise<string> {
  const [t, list] = await Promise.all([getTranslations({ locale, namespace: "feeds" }), listFeedReports()]);
  return reportsFeed(locale, { title: t("reportsTitle"), subtitle: t("reportsSubtitle"), selfPath: siteReportsFeedPath(locale), pagePath: "", since: SITE_EPOCH }, list?.reports ?? []);
}

/** New published reports on one exchange; null for an unknown exchange. */
export async function exchangeReportsFeed(locale: Locale, slug: string): Promise<string | null> {
  const [t, list] = await Promise.all([getTranslations({ locale, namespace: "feeds" }), listFeedReports({ slug })]);
  if (!list?.exchange) return null;
  const exchange = nameIn(list.exchange, locale);
  return reportsFeed(
    locale,
    {
      title: t("exchangeReportsTitle", { exchange }),
      subtitle: t("exchangeReportsSubtitle", { exchange }),
      selfPath: exchangeReportsFeedPath(locale, list.exchange.slug),
      pagePath: `/exchanges/${list.exchange.slug}`,
      since: list.exchange.createdAt,
    },
    list.reports,
  );
}

/** Changes to one exchange's guide (official procedure edits, the change signal); null for an unknown exchange. */
export async function guideChangesFeed(locale: Locale, slug: string): Promise<string | null> {
  const [t, tOfficial, changes] = await Promise.all([getTranslations({ locale, namespace: "feeds" }), getTranslations({ locale, namespace: "official" }), listGuideChanges({ slug })]);
  if (!changes) return null;
  const origin = publicOrigin();
  const exchange = nameIn(changes.exchange, locale);
  const labels = new Map(changes.itemLabels.map((item) => [item.code, locale === "ja" ? item.labelJa : item.labelEn] as const));
  const listOf = (codes: string[]) => (codes.length > 0 ? codes.map((code) => labels.get(code) ?? code).join(t("listSeparator")) : t("nothing"));
  const describeEdit = (edit: OfficialEditFeedItem) => ({
    title: t(`officialEntryTitle.${edit.kind}`, {
      exchange,
      subject: edit.subject === "PROCEDURE" ? t("officialProcedureSubject") : tOfficial(`kinds.${edit.subject}` as "kinds.NOTE"),
    }),
    summary: (locale === "ja" ? edit.text?.ja : edit.text?.en) || (edit.text?.en ?? ""),
  });
  const describeSignal = (signal: ChangeSignalFeedItem) => ({
    title: t("changeSignalTitle", { exchange }),
    summary: t("changeSignalSummary", {
      more: listOf(signal.items.filter((item) => item.difference > 0).map((item) => item.code)),
      fewer: listOf(signal.items.filter((item) => item.difference < 0).map((item) => item.code)),
    }),
  });
  const entries = guideChangeEntries({ slug: changes.exchange.slug, edits: changes.edits, changeSignal: changes.changeSignal }, { origin, locale, describeEdit, describeSignal });
  const selfUrl = `${origin}${guideChangesFeedPath(locale, changes.exchange.slug)}`;
  return buildAtomFeed({
    id: selfUrl,
    title: t("guideChangesTitle", { exchange }),
    subtitle: t("guideChangesSubtitle", { exchange }),
    authorName: t("author"),
    selfUrl,
    pageUrl: pageUrl(origin, locale, `/exchanges/${changes.exchange.slug}`),
    updatedAtLeast: changes.exchange.createdAt,
    entries,
  });
}
