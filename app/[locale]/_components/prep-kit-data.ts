import "server-only";
import type { Guide } from "@/lib/data/guides/find-guide";
import { outlineGuide } from "@/lib/domain/guide-outline";
import type { OfficialProcedure } from "@/lib/domain/official-procedure";
import { buildPrepKit, type PrepKit } from "@/lib/domain/prep-kit/kit";
import { localizeGuideTexts } from "@/lib/domain/report-language";
import { HUMAN_REPLY_KINDS } from "@/lib/domain/stats";

// The facts the prep kit (issue 12) works from, for one exchange: the official facts, the
// community's figures and path as the guide shows them in `locale`, and the reply languages of the
// guide's reports. GET /api/exchanges/<slug>/prep-kit answers them when a reader opens the kit.

/** The languages each listed report was answered in: its reply languages and its replies' own. */
function replyLanguagesOf(guide: Guide): string[][] {
  return guide.topReports.map((report) => [
    ...report.replyLanguages,
    ...report.events.filter((event) => HUMAN_REPLY_KINDS.has(event.kind) && event.language).map((event) => event.language ?? ""),
  ]);
}

export function guidePrepKit({ guide, procedure, locale }: { guide: Guide; procedure: OfficialProcedure | null; locale: string }): PrepKit {
  // As the guide page does: below the sample threshold the checklist and path come from the
  // reports as listed, quoted in the reader's language.
  const outline = outlineGuide(
    guide.topReports.map((report) => localizeGuideTexts(report, locale)),
    { now: guide.computedAt },
  );
  const figures = guide.stats.figures;
  return buildPrepKit({
    exchange: guide.exchange,
    procedure,
    communityItems: figures?.requiredItems ?? outline.requiredItems,
    communityPath: figures?.mostCommonContactPath?.value ?? outline.paths[0]?.value ?? null,
    replyLanguages: replyLanguagesOf(guide),
    itemLabels: guide.itemLabels,
  });
}
