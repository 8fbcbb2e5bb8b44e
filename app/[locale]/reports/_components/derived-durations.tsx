"use client";

import { useTranslations } from "next-intl";
import { deriveReportTimes } from "@/lib/domain/stats/timeline";
import { OUTCOMES, type Outcome } from "@/lib/domain/stats/types";
import { toTimelineFacts, type EventRow } from "./form-values";
import { useHydrated } from "./use-hydrated";

// Durations depend on "now" (an open case is "at least N days"), so they are computed in the
// browser only: the server's render shows nothing, and hydration never disagrees with it.

const oneDecimal = (days: number) => Math.round(days * 10) / 10;

/** How long each step took, by the same rules as the statistics, updated as the author types. */
export function DerivedDurations({ events, outcome }: { events: readonly Pick<EventRow, "kind" | "day" | "time">[]; outcome: string }) {
  const t = useTranslations("reportForm.durations");
  const isClient = useHydrated();
  const facts = toTimelineFacts(events);
  const declared = (OUTCOMES as readonly string[]).includes(outcome) ? (outcome as Outcome) : undefined;

  let lines: string[] = [];
  if (isClient) {
    if (!facts.some((fact) => fact.kind === "CONTACTED")) {
      lines = [t("needsContact")];
    } else {
      const times = deriveReportTimes(facts, { now: new Date(), outcome: declared });
      // With events, resolution is null only when one is dated before the contact.
      if (times.resolution === null) lines.push(t("outOfOrder"));
      const reply = times.firstHumanReply;
      if (reply?.observed) lines.push(t("firstReply", { days: oneDecimal(reply.days) }));
      else if (reply && times.ending === "OPEN") lines.push(t("noReplyYet", { days: oneDecimal(reply.days) }));
      const resolution = times.resolution;
      if ((times.ending === "RESOLVED" || times.ending === "RESOLVED_SILENTLY") && resolution?.observed) {
        lines.push(t("resolved", { days: oneDecimal(resolution.days) }));
      } else if (times.ending === "REJECTED" && times.daysToRejection !== null) {
        lines.push(t("rejected", { days: oneDecimal(times.daysToRejection) }));
      } else if (times.ending === "GAVE_UP" && resolution) {
        lines.push(t("gaveUp", { days: oneDecimal(resolution.days) }));
      } else if (times.ending === "OPEN" && resolution) {
        lines.push(t("stillOpen", { days: oneDecimal(resolution.days) }));
      }
    }
  }

  return (
    <section aria-labelledby="rf-durations-title" className="rounded-lg bg-brand-50 p-4 dark:bg-slate-900">
      <h3 id="rf-durations-title" className="font-semibold">
        {t("title")}
      </h3>
      <ul aria-live="polite" className="mt-1 space-y-0.5">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
