import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { GUIDE_REFRESH_QUEUE, GUIDE_REPAIR_QUEUE, REMINDER_SCAN_QUEUE, REMINDER_SEND_QUEUE } from "@/lib/data/jobs/job-queues";
import { listRecentJobs, RECENT_JOBS_HOURS } from "@/lib/data/jobs/list-recent-jobs";
import { isAdmin } from "@/lib/domain/permissions";
import { resolvePageLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "jobs.admin" });
  return { title: t("metaTitle"), robots: { index: false } };
}

// What each of our queues does, in the reader's language; pg-boss's own queues have no entry.
const QUEUE_PURPOSES: Record<string, "reminderScan" | "reminderSend" | "guideRefresh" | "guideRepair"> = {
  [REMINDER_SCAN_QUEUE]: "reminderScan",
  [REMINDER_SEND_QUEUE]: "reminderSend",
  [GUIDE_REFRESH_QUEUE]: "guideRefresh",
  [GUIDE_REPAIR_QUEUE]: "guideRepair",
};

const cell = "border-b border-slate-200 px-3 py-2 text-left dark:border-slate-700";
const emptyNote = "rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400";

/** Admins only: anyone else, signed in or not, gets the 404 page, as if it did not exist. */
export default async function JobsPage({ params }: { params: Promise<{ locale: string }> }) {
  resolvePageLocale((await params).locale);
  const actor = await getActor();
  if (!isAdmin(actor)) notFound();
  const [t, format, jobs] = await Promise.all([getTranslations("jobs.admin"), getFormatter(), listRecentJobs({ actor })]);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700 dark:text-slate-300">{t("lead", { hours: RECENT_JOBS_HOURS })}</p>
      </header>
      {!jobs.available ? (
        <p className={emptyNote}>{t("unavailable")}</p>
      ) : (
        <>
          <section aria-labelledby="job-counts" className="space-y-3">
            <h2 id="job-counts" className="text-lg font-semibold">
              {t("countsTitle")}
            </h2>
            {jobs.counts.length === 0 ? (
              <p className={emptyNote}>{t("empty")}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-sm">
                  <thead>
                    <tr>
                      <th scope="col" className={cell}>{t("queue")}</th>
                      <th scope="col" className={cell}>{t("purpose")}</th>
                      <th scope="col" className={cell}>{t("state")}</th>
                      <th scope="col" className={`${cell} text-right`}>{t("count")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {jobs.counts.map((row) => (
                      <tr key={`${row.queue} ${row.state}`}>
                        <td className={`${cell} font-mono`}>{row.queue}</td>
                        <td className={cell}>{QUEUE_PURPOSES[row.queue] ? t(`purposes.${QUEUE_PURPOSES[row.queue]}`) : ""}</td>
                        <td className={cell}>{row.state}</td>
                        <td className={`${cell} text-right tabular-nums`}>{format.number(row.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section aria-labelledby="job-schedules" className="space-y-3">
            <h2 id="job-schedules" className="text-lg font-semibold">
              {t("schedulesTitle")}
            </h2>
            {jobs.schedules.length === 0 ? (
              <p className={emptyNote}>{t("noSchedules")}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {jobs.schedules.map((schedule) => (
                  <li key={schedule.queue}>
                    <span className="font-mono">{schedule.queue}</span>: {t("scheduleAt", { cron: schedule.cron, timezone: schedule.timezone })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="job-failures" className="space-y-3">
            <h2 id="job-failures" className="text-lg font-semibold">
              {t("failuresTitle")}
            </h2>
            {jobs.failures.length === 0 ? (
              <p className={emptyNote}>{t("noFailures")}</p>
            ) : (
              <ul className="space-y-3">
                {jobs.failures.map((job) => (
                  <li key={job.id} className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
                    <p className="flex flex-wrap gap-x-4 gap-y-1">
                      <span className="font-mono">{job.queue}</span>
                      <span>{t("state")}: {job.state}</span>
                      <span>{t("retries")}: {job.attempts}</span>
                      <span>{t("when")}: {format.dateTime(job.createdOn, { dateStyle: "medium", timeStyle: "short" })}</span>
                    </p>
                    {job.error ? <p className="mt-2 font-mono break-words text-red-800 dark:text-red-300">{t("error")}: {job.error}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
