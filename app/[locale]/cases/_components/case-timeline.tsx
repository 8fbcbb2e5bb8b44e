import { getFormatter, getTranslations } from "next-intl/server";
import type { OwnCase } from "@/lib/data/cases/find-own-case";
import { dayOffsets } from "@/lib/domain/report-timeline";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass } from "../../_components/field";
import { deleteCaseEventAction } from "../actions";

/** The case's events in date order, each with its day since the first one, to edit or delete. */
export async function CaseTimeline({ recoveryCase, locale }: { recoveryCase: OwnCase; locale: string }) {
  const [t, tReport, format] = await Promise.all([getTranslations("cases.timeline"), getTranslations("report"), getFormatter()]);
  if (recoveryCase.events.length === 0) return <p className="text-slate-700 dark:text-slate-300">{t("empty")}</p>;
  const offsets = dayOffsets(recoveryCase.events.map((event) => ({ kind: event.kind, occurredAt: new Date(`${event.day}T00:00:00Z`) })));

  return (
    <ol className="space-y-3">
      {recoveryCase.events.map((event, index) => {
        const date = format.dateTime(new Date(`${event.day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
        const kind = tReport(`eventKind.${event.kind}`);
        return (
          <li key={event.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 sm:flex-row sm:items-start sm:justify-between dark:border-slate-800">
            <div className="space-y-1">
              <p className="font-medium">{kind}</p>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                <time dateTime={event.time ? `${event.day}T${event.time}` : event.day}>
                  {date}
                  {event.time ? ` ${event.time}` : null}
                </time>
                {" · "}
                {tReport("dayNumber", { day: offsets[index] ?? 0 })}
              </p>
              {event.note ? <p className="whitespace-pre-line text-sm">{event.note}</p> : null}
            </div>
            <div className="flex gap-2">
              <Link href={`/cases/${recoveryCase.id}?edit=${event.id}#event-form`} aria-label={t("editEvent", { kind, date })} className={buttonClass}>
                {t("edit")}
              </Link>
              <form action={deleteCaseEventAction}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="caseId" value={recoveryCase.id} />
                <input type="hidden" name="eventId" value={event.id} />
                <button type="submit" aria-label={t("deleteEvent", { kind, date })} className={buttonClass}>
                  {t("delete")}
                </button>
              </form>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
