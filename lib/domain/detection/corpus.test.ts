// Measures both detectors on their corpora and prints the figures, so a change that trades
// recall for false positives (or the reverse) shows up in the test output, not only as a failure.

import { describe, expect, it } from "vitest";
import { BENIGN_PERSONAL_DATA_SAMPLES, PERSONAL_DATA_SAMPLES } from "./corpus/personal-data";
import { BENIGN_REPORT_SAMPLES, CORPUS_OFFICIAL_DOMAINS, SCAM_CONTACT_SAMPLES } from "./corpus/scam-contacts";
import { HELD_OUT_BENIGN_PERSONAL_DATA, HELD_OUT_PERSONAL_DATA } from "./corpus/held-out-personal-data";
import { HELD_OUT_BENIGN_NUMBERS, HELD_OUT_BENIGN_SECRET_MENTIONS, HELD_OUT_DISGUISED_CONTACTS, HELD_OUT_SECRET_REQUESTS } from "./corpus/held-out";
import { TUNING_BENIGN_NUMBERS, TUNING_BENIGN_SECRET_MENTIONS, TUNING_DISGUISED_CONTACTS, TUNING_SECRET_REQUESTS } from "./corpus/tuning";
import { holdReasonsFor } from "./hold";
import { findPersonalData } from "./personal-data";
import { assessText } from "./scam-contacts";
import { reportsSecretRequest } from "./secret-requests";

const MIN_RECALL = 0.99;
const MAX_FALSE_POSITIVE_RATE = 0.01;
const options = { officialDomains: CORPUS_OFFICIAL_DOMAINS };

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)}%`;

describe("scam-contact corpus", () => {
  it("has enough disguised contacts and benign reports to measure", () => {
    expect(SCAM_CONTACT_SAMPLES.length).toBeGreaterThanOrEqual(220);
    expect(BENIGN_REPORT_SAMPLES.length).toBeGreaterThanOrEqual(220);
    expect(new Set(SCAM_CONTACT_SAMPLES.map((sample) => sample.text)).size).toBe(SCAM_CONTACT_SAMPLES.length);
    expect(new Set(BENIGN_REPORT_SAMPLES).size).toBe(BENIGN_REPORT_SAMPLES.length);
  });

  it(`catches at least ${MIN_RECALL * 100}% of disguised contacts and flags at most ${MAX_FALSE_POSITIVE_RATE * 100}% of benign reports`, () => {
    const assessments = SCAM_CONTACT_SAMPLES.map((sample) => ({ sample, assessment: assessText(sample.text, options) }));
    const missed = assessments.filter(({ assessment }) => !assessment.hold).map(({ sample }) => sample.text);
    const wrongReason = assessments
      .filter(({ sample, assessment }) => assessment.hold && !assessment.reasons.includes(sample.kind))
      .map(({ sample, assessment }) => `${sample.kind} -> ${assessment.reasons.join(",")}: ${sample.text}`);
    const flagged = BENIGN_REPORT_SAMPLES.filter((text) => assessText(text, options).hold);
    const caught = SCAM_CONTACT_SAMPLES.length - missed.length;

    console.log(
      `scam-contact detector: caught ${caught}/${SCAM_CONTACT_SAMPLES.length} (${percent(caught, SCAM_CONTACT_SAMPLES.length)}), ` +
        `expected reason given for ${caught - wrongReason.length}/${SCAM_CONTACT_SAMPLES.length}, ` +
        `benign flagged ${flagged.length}/${BENIGN_REPORT_SAMPLES.length} (${percent(flagged.length, BENIGN_REPORT_SAMPLES.length)})`,
    );
    for (const text of missed) console.log(`  missed: ${text}`);
    for (const line of wrongReason) console.log(`  other reason: ${line}`);
    for (const text of flagged) console.log(`  benign flagged: ${text}`);

    expect(caught / SCAM_CONTACT_SAMPLES.length).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(flagged.length / BENIGN_REPORT_SAMPLES.length).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE);
  });
});

describe("personal-data corpus", () => {
  it("has enough positives and benign texts to measure", () => {
    expect(PERSONAL_DATA_SAMPLES.length).toBeGreaterThanOrEqual(100);
    expect(BENIGN_PERSONAL_DATA_SAMPLES.length).toBeGreaterThanOrEqual(100);
  });

  it(`finds at least ${MIN_RECALL * 100}% of personal data with the right kind and flags at most ${MAX_FALSE_POSITIVE_RATE * 100}% of benign texts`, () => {
    const missed = PERSONAL_DATA_SAMPLES.filter(
      (sample) => !findPersonalData(sample.text).some((match) => match.kind === sample.kind),
    );
    const flagged = BENIGN_PERSONAL_DATA_SAMPLES.filter((text) => findPersonalData(text).length > 0);
    const foundCount = PERSONAL_DATA_SAMPLES.length - missed.length;

    console.log(
      `personal-data detector: found ${foundCount}/${PERSONAL_DATA_SAMPLES.length} (${percent(foundCount, PERSONAL_DATA_SAMPLES.length)}), ` +
        `benign flagged ${flagged.length}/${BENIGN_PERSONAL_DATA_SAMPLES.length} (${percent(flagged.length, BENIGN_PERSONAL_DATA_SAMPLES.length)})`,
    );
    for (const sample of missed) console.log(`  missed ${sample.kind}: ${sample.text}`);
    for (const text of flagged) console.log(`  benign flagged: ${text}`);

    expect(foundCount / PERSONAL_DATA_SAMPLES.length).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(flagged.length / BENIGN_PERSONAL_DATA_SAMPLES.length).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE);
  });

  it("finds no personal data in the benign report corpus either", () => {
    const flagged = BENIGN_REPORT_SAMPLES.filter((text) => findPersonalData(text, options).length > 0);
    console.log(`personal-data detector on benign reports: flagged ${flagged.length}/${BENIGN_REPORT_SAMPLES.length}`);
    for (const text of flagged) console.log(`  flagged: ${text}`);
    expect(flagged.length / BENIGN_REPORT_SAMPLES.length).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE);
  });
});

// The tuning set is what detection code was changed against; the held-out set was written at the
// same time, before the change, and is never tuned on. Both figures are printed: a held-out figure
// well below the tuning one means the change fits its examples rather than the disguise.
const HELD_OUT_MIN_RECALL = 0.9;
const TUNING_MIN_RECALL = 0.95;

type LabelledSet = { name: string; positives: readonly { text: string; reason: string }[]; negatives: readonly string[] };

const contactSets: LabelledSet[] = [
  { name: "tuning", positives: TUNING_DISGUISED_CONTACTS.map(({ text, kind }) => ({ text, reason: kind })), negatives: TUNING_BENIGN_NUMBERS },
  { name: "held-out", positives: HELD_OUT_DISGUISED_CONTACTS.map(({ text, kind }) => ({ text, reason: kind })), negatives: HELD_OUT_BENIGN_NUMBERS },
];
const secretSets: LabelledSet[] = [
  { name: "tuning", positives: TUNING_SECRET_REQUESTS.map((text) => ({ text, reason: "secret-request" })), negatives: TUNING_BENIGN_SECRET_MENTIONS },
  { name: "held-out", positives: HELD_OUT_SECRET_REQUESTS.map((text) => ({ text, reason: "secret-request" })), negatives: HELD_OUT_BENIGN_SECRET_MENTIONS },
];

const holdReasons = (text: string): readonly string[] => holdReasonsFor(text, options);

/** Recall on `positives` (found with the expected reason) and false positives on `negatives` (any reason at all). */
function measure({ positives, negatives }: LabelledSet, reasonsFor: (text: string) => readonly string[] = holdReasons) {
  const missed = positives.filter(({ text, reason }) => !reasonsFor(text).includes(reason)).map(({ text }) => text);
  const flagged = negatives.filter((text) => reasonsFor(text).length > 0);
  return { recall: (positives.length - missed.length) / positives.length, missed, falsePositiveRate: flagged.length / negatives.length, flagged };
}

describe.each([
  { detector: "disguised contacts", sets: contactSets },
  { detector: "secret requests", sets: secretSets },
])("$detector: tuning and held-out sets", ({ detector, sets }) => {
  it(`holds at least ${HELD_OUT_MIN_RECALL * 100}% of the held-out set for the expected reason and no negative of either set`, () => {
    const results = sets.map((set) => ({ set, result: measure(set) }));
    for (const { set, result } of results) {
      console.log(
        `${detector}, ${set.name}: recall ${(100 * result.recall).toFixed(1)}% of ${set.positives.length}, ` +
          `false positives ${(100 * result.falsePositiveRate).toFixed(1)}% of ${set.negatives.length}`,
      );
      // Misses are listed for the tuning set only: reading held-out failures would make it tuning data.
      if (set.name === "tuning") {
        for (const text of result.missed) console.log(`  missed: ${text}`);
      }
      for (const text of result.flagged) console.log(`  ${set.name} negative flagged: ${text}`);
    }
    const [tuning, heldOut] = results.map(({ result }) => result);
    expect(tuning?.recall).toBeGreaterThanOrEqual(TUNING_MIN_RECALL);
    expect(heldOut?.recall).toBeGreaterThanOrEqual(HELD_OUT_MIN_RECALL);
    expect(tuning?.flagged).toEqual([]);
    expect(heldOut?.flagged).toEqual([]);
  });
});

// The two detector families: the corpora in corpus/personal-data.ts and corpus/scam-contacts.ts
// are their tuning sets; held-out-personal-data.ts and held-out.ts were never tuned on.
// Bars set slightly below what the code measured when the held-out personal-data set was added
// (personal data 61/66 found, 0/60 negatives flagged; scam contacts 40/40 and 0/26).
const HELD_OUT_PERSONAL_DATA_MIN_RECALL = 0.9;
const HELD_OUT_PERSONAL_DATA_MAX_FALSE_POSITIVE_RATE = 0.02;
const HELD_OUT_SCAM_CONTACT_MIN_RECALL = 0.95;
const HELD_OUT_SCAM_CONTACT_MAX_FALSE_POSITIVE_RATE = 0;

const withReason = (samples: readonly { text: string; kind: string }[]) => samples.map(({ text, kind }) => ({ text, reason: kind }));

describe.each([
  {
    detector: "personal-data detector",
    reasonsFor: (text: string): readonly string[] => findPersonalData(text).map((match) => match.kind),
    minRecall: HELD_OUT_PERSONAL_DATA_MIN_RECALL,
    maxFalsePositiveRate: HELD_OUT_PERSONAL_DATA_MAX_FALSE_POSITIVE_RATE,
    sets: [
      { name: "tuning", positives: withReason(PERSONAL_DATA_SAMPLES), negatives: BENIGN_PERSONAL_DATA_SAMPLES },
      { name: "held-out", positives: withReason(HELD_OUT_PERSONAL_DATA), negatives: HELD_OUT_BENIGN_PERSONAL_DATA },
    ],
  },
  {
    detector: "scam-contact detector",
    reasonsFor: (text: string): readonly string[] => assessText(text, options).reasons,
    minRecall: HELD_OUT_SCAM_CONTACT_MIN_RECALL,
    maxFalsePositiveRate: HELD_OUT_SCAM_CONTACT_MAX_FALSE_POSITIVE_RATE,
    sets: [
      { name: "tuning", positives: withReason(SCAM_CONTACT_SAMPLES), negatives: BENIGN_REPORT_SAMPLES },
      { name: "held-out", positives: withReason(HELD_OUT_DISGUISED_CONTACTS), negatives: HELD_OUT_BENIGN_NUMBERS },
    ],
  },
])("$detector: tuning and held-out figures", ({ detector, reasonsFor, minRecall, maxFalsePositiveRate, sets }) => {
  it(`finds at least ${minRecall * 100}% of the held-out positives with the expected kind and flags at most ${maxFalsePositiveRate * 100}% of its negatives`, () => {
    const [tuning, heldOut] = sets.map((set) => {
      const result = measure(set, reasonsFor);
      console.log(
        `${detector}, ${set.name}: recall ${percent(set.positives.length - result.missed.length, set.positives.length)} of ${set.positives.length}, ` +
          `false positives ${percent(result.flagged.length, set.negatives.length)} of ${set.negatives.length}`,
      );
      return result;
    });
    // Held-out misses and false positives are not listed: reading them would make the set tuning data.
    expect(tuning?.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(heldOut?.recall).toBeGreaterThanOrEqual(minRecall);
    expect(heldOut?.falsePositiveRate).toBeLessThanOrEqual(maxFalsePositiveRate);
  });
});

describe("secret-request detector on the benign corpora", () => {
  it("flags none of the benign reports or personal-data texts", () => {
    const flagged = [...BENIGN_REPORT_SAMPLES, ...BENIGN_PERSONAL_DATA_SAMPLES].filter(reportsSecretRequest);
    console.log(`secret-request detector on benign corpora: flagged ${flagged.length}/${BENIGN_REPORT_SAMPLES.length + BENIGN_PERSONAL_DATA_SAMPLES.length}`);
    for (const text of flagged) console.log(`  flagged: ${text}`);
    expect(flagged).toEqual([]);
  });
});
