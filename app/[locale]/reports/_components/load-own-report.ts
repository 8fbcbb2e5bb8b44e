import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getActor, type SessionUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { findReportForEdit, type ReportForEdit } from "@/lib/data/reports/find-report-for-edit";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { redirectToSignIn } from "./sign-in-redirect";

// The author-only pages under /reports/<id>/: edit, update and delete.

type OwnReportPage = "edit" | "update" | "delete";
type OwnReportParams = Promise<{ locale: string; id: string }>;

/** The signed-in author's report for the author-only pages; anyone else gets the 404 page. */
export async function loadOwnReport(actor: SessionUser, reportId: string): Promise<ReportForEdit> {
  try {
    return await findReportForEdit({ actor, reportId });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}

/** Every author-only page's start: its locale, the author (a visitor signs in and comes back) and their report. */
export async function loadOwnReportPage(params: OwnReportParams, page: OwnReportPage) {
  const { locale: requested, id } = await params;
  const locale = resolvePageLocale(requested);
  const actor = await getActor();
  if (!actor) redirectToSignIn(locale, `/reports/${encodeURIComponent(id)}/${page}`);
  return { locale, actor, report: await loadOwnReport(actor, id) };
}

/** An author-only page's title (a reportForm catalogue key); search engines never index these pages. */
export async function ownReportPageMetadata(params: OwnReportParams, titleKey: "editTitle" | "update.title" | "delete.title"): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reportForm" });
  return { title: t(titleKey), robots: { index: false } };
}
