// Measures both detectors on their corpora and prints the figures, so a change that trades
// recall for false positives (or the reverse) shows up in the test output, not only as a failure.

import { describe, expect, it } from "vitest";
import { BENIGN_PERSONAL_DATA_SAMPLES, PERSONAL_DATA_SAMPLES } from "./corpus/personal-data";
import { BENIGN_REPORT_SAMPLES, CORPUS_OFFICIAL_DOMAINS, SCAM_CONTACT_SAMPLES } from "./corpus/scam-contacts";
import { findPersonalData } from "./personal-data";
import { assessText } from "./scam-contacts";

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
