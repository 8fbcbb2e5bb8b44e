import { HUMAN_REPLY_KINDS } from "../../lib/domain/stats/timeline";
import type { TimelineEventKind } from "../../lib/domain/stats/types";
import { createRandom, createWeightedPicker, logNormal, pickDistinctWeighted, type Random } from "../lib/prng";
import { CHANNELS, type ExchangeProfile } from "./profiles";
import {
  CONTACT_PATHS,
  DISPLAY_NAME_PREFIXES,
  EVENT_NOTES,
  ITEM_NOTES,
  LOCKOUT_DETAILS,
  OTHER_ITEM_NOTES,
  SUMMARY_PARTS,
  TIPS,
  VERIFICATION_LEVELS,
} from "./vocabulary";

// Rows for PostgreSQL's COPY text format, generated in batches from one seed. Every draw comes
// from a named stream (users, reports, vote counts, voters), so changing one part of the
// generator does not reshuffle the others, and a seed always gives the same data set.

const DAY_MS = 86_400_000;

export type DatasetPlan = {
  seed: number;
  reports: number;
  users: number;
  votes: number;
  /** Reports are written between these two instants (fixed, so the data does not depend on today). */
  start: Date;
  end: Date;
};

export type ItemRef = { id: string; code: string };

export const COPY_COLUMNS = {
  User: ["id", "displayName", "role", "createdAt", "updatedAt"],
  Report: [
    "id", "exchangeId", "authorId", "createdAt", "updatedAt", "incidentMonth", "lockoutCause", "lockoutDetail", "hadBackupCodes",
    "verificationLevel", "contactChannel", "contactPath", "inquiryLanguage", "replyLanguages", "textLanguage", "outcome", "summary",
    "tips", "status", "heldReasons", "deletedAt",
  ],
  TimelineEvent: ["id", "reportId", "kind", "occurredAt", "precision", "language", "note", "position"],
  ReportRequiredItem: ["reportId", "itemId", "note"],
  Vote: ["id", "userId", "reportId", "value", "createdAt", "updatedAt"],
} as const;

export type CopyTable = keyof typeof COPY_COLUMNS;

export type Batch = {
  rows: Record<Exclude<CopyTable, "User">, string>;
  counts: { reports: number; events: number; items: number; votes: number };
};

const NULL = "\\N";
const isJapanese = (text: string) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);
const byLanguage = (texts: readonly string[]) => ({ ja: texts.filter(isJapanese), en: texts.filter((text) => !isJapanese(text)) });
const summaries = { openings: byLanguage(SUMMARY_PARTS.openings), middles: byLanguage(SUMMARY_PARTS.middles), endings: byLanguage(SUMMARY_PARTS.endings) };
const tips = byLanguage(TIPS);

function timestamp(ms: number): string {
  // Prisma's DateTime is `timestamp(3)` holding UTC; the trailing Z is ignored by that type.
  return new Date(ms).toISOString();
}

/** Looks like a cuid (25 characters, time first), unique by (tag, index), reproducible. */
function makeId(tag: string, index: number, ms: number, random: Random): string {
  return `c${Math.floor(ms).toString(36).padStart(8, "0").slice(-8)}${index.toString(36).padStart(6, "0")}${tag}${random.uint32().toString(36).padStart(7, "0")}`;
}

export function userId(index: number): string {
  // The users' ids are needed again for authors and voters, so they come from the index alone.
  return `cu${index.toString(36).padStart(8, "0")}bench${((index * 2_654_435_761) >>> 0).toString(36).padStart(7, "0")}`;
}

/** All users as COPY rows, in chunks. They signed up before the first report. */
export function* generateUsers(plan: DatasetPlan, chunkSize = 20_000): Generator<string> {
  const random = createRandom(plan.seed, "users");
  for (let first = 0; first < plan.users; first += chunkSize) {
    const lines: string[] = [];
    for (let index = first; index < Math.min(plan.users, first + chunkSize); index++) {
      const createdAt = timestamp(plan.start.getTime() - random.int(30, 400) * DAY_MS);
      lines.push(`${userId(index)}\t${random.pick(DISPLAY_NAME_PREFIXES)}-${random.int(1000, 9999)}\tUSER\t${createdAt}\t${createdAt}\n`);
    }
    yield lines.join("");
  }
}

/**
 * How many votes each report gets: Pareto-distributed (most reports a handful, a few hundreds),
 * adjusted so the total is exactly `plan.votes`. A report cannot get more votes than there are
 * other users.
 */
export function planVoteCounts(plan: DatasetPlan): Int32Array {
  const random = createRandom(plan.seed, "vote-counts");
  const counts = new Int32Array(plan.reports);
  const cap = Math.min(plan.users - 1, 5000);
  const raw = new Float64Array(plan.reports);
  let rawTotal = 0;
  for (let index = 0; index < plan.reports; index++) {
    const value = Math.pow(1 - random.next(), -1 / 1.6) - 1;
    raw[index] = value;
    rawTotal += value;
  }
  const scale = rawTotal > 0 ? plan.votes / rawTotal : 0;
  let total = 0;
  for (let index = 0; index < plan.reports; index++) {
    const exact = (raw[index] ?? 0) * scale;
    const count = Math.min(cap, Math.floor(exact) + (random.next() < exact - Math.floor(exact) ? 1 : 0));
    counts[index] = count;
    total += count;
  }
  if (plan.reports === 0) return counts;
  while (total !== plan.votes) {
    const index = random.int(0, plan.reports - 1);
    const count = counts[index] ?? 0;
    if (total < plan.votes && count < cap) {
      counts[index] = count + 1;
      total += 1;
    } else if (total > plan.votes && count > 0) {
      counts[index] = count - 1;
      total -= 1;
    }
  }
  return counts;
}

type Outcome = "RESOLVED" | "REJECTED" | "STILL_WAITING" | "GAVE_UP";
type PlannedEvent = { kind: TimelineEventKind; gapDays: number };

const LOCKOUT_CAUSES = ["DEVICE_RESET", "LOST_OR_BROKEN_PHONE", "APP_DELETED", "SIM_CHANGE", "OTHER"] as const;
const pickLockoutCause = createWeightedPicker([0.3, 0.3, 0.15, 0.1, 0.15]);
const ITEM_COUNTS = [2, 3, 4, 5, 6, 7, 8] as const;
const pickItemCount = createWeightedPicker([0.15, 0.25, 0.25, 0.15, 0.1, 0.06, 0.04]);
const EVENT_COUNTS = [2, 3, 4, 5, 6] as const;
const pickEventCount = createWeightedPicker([0.15, 0.3, 0.3, 0.15, 0.1]);

function chooseOutcome(random: Random, profile: ExchangeProfile, ageDays: number): Outcome {
  // Recent reports are often written while the case is still open.
  if (random.chance(ageDays < 90 ? 0.45 : 0.06)) return "STILL_WAITING";
  const { resolved, rejected, gaveUp } = profile.outcomeWeights;
  const draw = random.next() * (resolved + rejected + gaveUp);
  return draw < resolved ? "RESOLVED" : draw < resolved + rejected ? "REJECTED" : "GAVE_UP";
}

/** 2-6 events that satisfy the form's rules for the outcome (a resolution event for RESOLVED, none for open cases). */
function planTimeline(random: Random, profile: ExchangeProfile, outcome: Outcome): PlannedEvent[] {
  const replyGap = () => Math.min(120, Math.round(logNormal(random, profile.replyDays, 0.8)));
  const ending: PlannedEvent | null =
    outcome === "RESOLVED"
      ? { kind: random.chance(0.75) ? "RESOLVED" : "RESOLVED_SILENTLY", gapDays: replyGap() }
      : outcome === "REJECTED"
        ? { kind: "REJECTED", gapDays: replyGap() }
        : null;
  const target = EVENT_COUNTS[pickEventCount(random)] ?? 3;
  let room = target - 1 - (ending ? 1 : 0);
  const events: PlannedEvent[] = [{ kind: "CONTACTED", gapDays: 0 }];
  if (room > 0 && random.chance(profile.autoAcknowledgementShare)) {
    events.push({ kind: "AUTO_ACKNOWLEDGEMENT", gapDays: random.chance(0.8) ? 0 : 1 });
    room -= 1;
  }
  const waiting = outcome === "STILL_WAITING" || outcome === "GAVE_UP";
  while (room > 0) {
    if (room >= 2 && random.chance(0.6)) {
      events.push({ kind: "INFO_REQUESTED", gapDays: replyGap() }, { kind: "INFO_SENT", gapDays: Math.round(logNormal(random, 1.5, 0.7)) });
      room -= 2;
    } else if (waiting || random.chance(0.3)) {
      events.push({ kind: "FOLLOW_UP_SENT", gapDays: random.int(5, 21) });
      room -= 1;
    } else {
      events.push({ kind: "HUMAN_REPLY", gapDays: replyGap() });
      room -= 1;
    }
  }
  if (ending) events.push(ending);
  return events;
}

function copyArray(values: readonly string[]): string {
  return `{${values.join(",")}}`;
}

function summaryFor(random: Random, language: "ja" | "en"): string {
  const parts = [random.pick(summaries.openings[language]), random.pick(summaries.middles[language]), random.pick(summaries.endings[language])];
  return parts.filter((part) => part !== "").join(language === "ja" ? "" : " ");
}

/**
 * Reports with their timelines, required items and votes, `batchSize` reports at a time.
 * Reports are spread over exchanges by popularity and over time with growing frequency.
 */
export function* generateReports(
  plan: DatasetPlan,
  profiles: readonly ExchangeProfile[],
  items: readonly ItemRef[],
  batchSize = 2000,
): Generator<Batch> {
  const random = createRandom(plan.seed, "reports");
  const voters = createRandom(plan.seed, "voters");
  const voteCounts = planVoteCounts(plan);
  const pickExchange = createWeightedPicker(profiles.map((profile) => profile.popularity));
  const channelPickers = profiles.map((profile) => createWeightedPicker(profile.channelWeights));
  const otherItemIndex = items.findIndex((item) => item.code === "OTHER");
  const startMs = plan.start.getTime();
  const spanMs = plan.end.getTime() - startMs;
  let eventIndex = 0;
  let voteIndex = 0;

  for (let first = 0; first < plan.reports; first += batchSize) {
    const reports: string[] = [];
    const events: string[] = [];
    const reportItems: string[] = [];
    const votes: string[] = [];
    const counts = { reports: 0, events: 0, items: 0, votes: 0 };

    for (let index = first; index < Math.min(plan.reports, first + batchSize); index++) {
      // Density grows linearly with time: more people find the site every year.
      const createdMs = startMs + Math.floor(spanMs * Math.sqrt((index + random.next()) / plan.reports));
      const exchangeIndex = pickExchange(random);
      const profile = profiles[exchangeIndex];
      const pickChannel = channelPickers[exchangeIndex];
      if (!profile || !pickChannel) throw new Error("no exchange profiles");
      const id = makeId("rp", index, createdMs, random);
      const authorIndex = random.int(0, plan.users - 1);
      const outcome = chooseOutcome(random, profile, (plan.end.getTime() - createdMs) / DAY_MS);
      const timeline = planTimeline(random, profile, outcome);

      // Work back from the day the report was written: the last event came shortly before it.
      const writeDelayDays = outcome === "STILL_WAITING" ? random.int(0, 14) : random.int(0, 60);
      const totalDays = timeline.reduce((sum, event) => sum + event.gapDays, 0);
      let dayMs = Math.floor(createdMs / DAY_MS) * DAY_MS - (writeDelayDays + totalDays) * DAY_MS;
      const incidentMs = dayMs - random.int(0, 20) * DAY_MS;
      const incidentMonth = `${timestamp(incidentMs).slice(0, 7)}-01`;

      const japanese = random.chance(profile.japaneseInquiryShare);
      const inquiryLanguage = japanese ? "ja" : "en";
      const replyLanguage = japanese && random.chance(profile.englishReplyShare) ? "en" : inquiryLanguage;
      const hasReply = timeline.some((event) => HUMAN_REPLY_KINDS.has(event.kind));
      const replyLanguages = hasReply ? (replyLanguage !== inquiryLanguage && random.chance(0.2) ? [replyLanguage, inquiryLanguage] : [replyLanguage]) : [];
      const minutePrecision = random.chance(0.2);

      timeline.forEach((event, position) => {
        dayMs += event.gapDays * DAY_MS;
        // A report written on the day of its last event was written after it.
        const occurredMs = minutePrecision ? Math.min(createdMs, dayMs + random.int(9 * 60, 23 * 60) * 60_000) : dayMs;
        const language = HUMAN_REPLY_KINDS.has(event.kind) && random.chance(0.3) ? replyLanguage : NULL;
        const note = random.chance(0.2) ? random.pick(EVENT_NOTES) : NULL;
        events.push(
          `${makeId("ev", eventIndex, occurredMs, random)}\t${id}\t${event.kind}\t${timestamp(occurredMs)}\t${minutePrecision ? "MINUTE" : "DAY"}\t${language}\t${note}\t${position}\n`,
        );
        eventIndex += 1;
      });
      counts.events += timeline.length;

      const chosenItems = pickDistinctWeighted(random, profile.itemWeights, ITEM_COUNTS[pickItemCount(random)] ?? 3);
      for (const itemIndex of chosenItems) {
        const item = items[itemIndex];
        if (!item) continue;
        const note = itemIndex === otherItemIndex ? random.pick(OTHER_ITEM_NOTES) : random.chance(0.1) ? random.pick(ITEM_NOTES) : NULL;
        reportItems.push(`${id}\t${item.id}\t${note}\n`);
      }
      counts.items += chosenItems.length;

      const channel = CHANNELS[pickChannel(random)] ?? "WEB_FORM";
      const paths = CONTACT_PATHS[channel];
      const contactPath = random.chance(0.6) ? (paths[profile.usualPath[channel]] ?? paths[0]) : random.pick(paths);
      const lockoutCause = LOCKOUT_CAUSES[pickLockoutCause(random)] ?? "OTHER";
      const statusDraw = random.next();
      const status = statusDraw < 0.97 ? "PUBLISHED" : statusDraw < 0.99 ? "PENDING_REVIEW" : "HIDDEN";
      const heldReasons = status === "PENDING_REVIEW" ? copyArray([random.chance(0.5) ? "phone" : "link"]) : "{}";
      const deletedAt = random.chance(0.004) ? timestamp(createdMs + random.int(1, 90) * DAY_MS) : NULL;
      const created = timestamp(createdMs);
      const textLanguage = random.chance(0.95) ? inquiryLanguage : japanese ? "en" : "ja";
      const textKey = textLanguage === "ja" ? "ja" : "en";
      reports.push(
        [
          id,
          profile.exchange.id,
          userId(authorIndex),
          created,
          created,
          incidentMonth,
          lockoutCause,
          lockoutCause === "OTHER" || random.chance(0.3) ? random.pick(LOCKOUT_DETAILS) : NULL,
          random.chance(0.2) ? NULL : random.chance(0.12) ? "t" : "f",
          random.chance(0.3) ? random.pick(VERIFICATION_LEVELS) : NULL,
          channel,
          contactPath,
          inquiryLanguage,
          copyArray(replyLanguages),
          textLanguage,
          outcome,
          random.chance(0.75) ? summaryFor(random, textKey) : NULL,
          random.chance(0.35) ? random.pick(tips[textKey]) : NULL,
          status,
          heldReasons,
          deletedAt,
        ].join("\t") + "\n",
      );
      counts.reports += 1;

      // Distinct voters other than the author; votes come in over the year after the report.
      const voteCount = voteCounts[index] ?? 0;
      const seen = new Set<number>([authorIndex]);
      while (seen.size - 1 < voteCount) {
        const voter = voters.int(0, plan.users - 1);
        if (seen.has(voter)) continue;
        seen.add(voter);
        const votedMs = Math.min(plan.end.getTime(), createdMs + Math.round(logNormal(voters, 20, 1.2) * DAY_MS));
        const votedAt = timestamp(votedMs);
        votes.push(`${makeId("vt", voteIndex, votedMs, voters)}\t${userId(voter)}\t${id}\t${voters.chance(0.78) ? "HELPFUL" : "NOT_HELPFUL"}\t${votedAt}\t${votedAt}\n`);
        voteIndex += 1;
      }
      counts.votes += voteCount;
    }

    yield {
      rows: { Report: reports.join(""), TimelineEvent: events.join(""), ReportRequiredItem: reportItems.join(""), Vote: votes.join("") },
      counts,
    };
  }
}
