import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, InvalidInputError, NotSignedInError } from "@/lib/data/errors";
import { deleteOfficialFact } from "@/lib/data/official-procedures/delete-official-fact";
import { findOfficialProcedure } from "@/lib/data/official-procedures/find-official-procedure";
import { listOfficialFactEdits } from "@/lib/data/official-procedures/list-official-fact-edits";
import { saveOfficialFact } from "@/lib/data/official-procedures/save-official-fact";
import { updateOfficialProcedure } from "@/lib/data/official-procedures/update-official-procedure";
import { getGuideVersion } from "@/lib/data/guides/live-version";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/permissions";
import { officialProcedures } from "@/prisma/seed/official-procedures";
import { seedDatabase } from "@/scripts/db/seed";
import { createUser } from "../factories";

const toActor = (user: { id: string; role: Actor["role"]; bannedAt: Date | null; createdAt: Date }): Actor => ({
  id: user.id,
  role: user.role,
  bannedAt: user.bannedAt,
  createdAt: user.createdAt,
});

const coinbaseFact = {
  kind: "PROCESSING_TIME",
  textEn: "Account recovery may take 48-72 hours.",
  textJa: "アカウント復旧には48〜72時間かかる場合があります。",
  sourceUrl: "https://help.coinbase.com/en/contact-us/support-faq/coinbase/2-step-verification-account-recovery",
  checkedOn: "2026-12-02",
  minHours: 48,
  maxHours: 72,
};

// One file, one database: seeded once, then edited by the tests in order of the story.
let moderator: Actor;
let user: Actor;

beforeAll(async () => {
  await seedDatabase(db(), { onlyIfEmpty: true });
  moderator = toActor(await createUser(db(), { role: "MODERATOR" }));
  user = toActor(await createUser(db()));
});

describe("the seeded official procedures", () => {
  it("hold Kraken's Master Key fact with its source on kraken.com", async () => {
    const kraken = await findOfficialProcedure({ slug: "kraken" });
    const selfService = kraken?.procedure?.facts.find((fact) => fact.kind === "SELF_SERVICE");
    expect(selfService).toMatchObject({
      selfService: "WITH_PRESET_KEY",
      sourceUrl: "https://support.kraken.com/hc/en-us/articles/13620135229460-How-to-recover-your-Sign-in-2FA",
      checkedOn: new Date("2026-12-02T00:00:00Z"),
    });
    expect(selfService?.selfServiceNeeds).toContain("PRESET_KEY");
    expect(selfService?.textEn).toContain("Master Key");
    expect(selfService?.textJa).toContain("マスターキー");
  });

  it("record 'not found' as not found, and every source on the exchange's official domains", async () => {
    expect((await findOfficialProcedure({ slug: "bitbank" }))?.procedure).toMatchObject({ recoveryPageFound: false, facts: [] });
    expect((await findOfficialProcedure({ slug: "valu" }))?.procedure).toBeNull();
    for (const seed of officialProcedures) {
      const found = await findOfficialProcedure({ slug: seed.slug });
      expect(found?.procedure?.facts.length, seed.slug).toBe(seed.facts.length);
      for (const fact of found?.procedure?.facts ?? []) {
        const host = new URL(fact.sourceUrl).hostname;
        expect(found?.exchange.officialDomains.some((domain) => host === domain || host.endsWith(`.${domain}`)), fact.sourceUrl).toBe(true);
      }
    }
  });

  it("reach an existing database once and never come back after an edit", async () => {
    const exchange = await db().exchange.findUniqueOrThrow({ where: { slug: "gemini" }, select: { id: true } });
    await db().officialProcedure.delete({ where: { exchangeId: exchange.id } });
    expect((await seedDatabase(db(), { onlyIfEmpty: true })).officialProcedures).toBe(1);
    await db().officialFact.deleteMany({ where: { exchangeId: exchange.id } });
    expect((await seedDatabase(db(), { onlyIfEmpty: true })).officialProcedures).toBe(0);
    expect((await findOfficialProcedure({ slug: "gemini" }))?.procedure?.facts).toEqual([]);
  });
});

describe("editing an official fact", () => {
  it("by a moderator: saved, audit-logged with before and after, and the guide's version moves", async () => {
    const versionBefore = (await getGuideVersion({ slug: "coinbase" }))?.version ?? 0;
    const existing = (await findOfficialProcedure({ slug: "coinbase" }))?.procedure?.facts.find((fact) => fact.kind === "PROCESSING_TIME");
    expect(existing).toBeDefined();
    const result = await saveOfficialFact({ actor: moderator, slug: "coinbase", input: { ...coinbaseFact, factId: existing?.id, maxHours: 96 } });
    expect(result).toEqual({ factId: existing?.id, created: false });

    const edits = await db().officialFactEdit.findMany({ where: { factId: existing?.id } });
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ editorId: moderator.id, kind: "UPDATED", before: { maxHours: 72 }, after: { maxHours: 96, checkedOn: "2026-12-02" } });
    expect((await getGuideVersion({ slug: "coinbase" }))?.version).toBeGreaterThan(versionBefore);

    await deleteOfficialFact({ actor: moderator, slug: "coinbase", factId: existing?.id ?? "" });
    expect(await db().officialFact.count({ where: { id: existing?.id } })).toBe(0);
    expect(await db().officialFactEdit.count({ where: { factId: existing?.id, kind: "DELETED" } })).toBe(1);
  });

  it("lists its changes newest first for moderators, with the fields changed, and refuses the log to anyone else", async () => {
    const existing = (await findOfficialProcedure({ slug: "kraken" }))?.procedure?.facts.find((fact) => fact.kind === "PROCESSING_TIME");
    expect(existing).toBeDefined();
    await saveOfficialFact({ actor: moderator, slug: "kraken", input: { ...coinbaseFact, sourceUrl: existing?.sourceUrl ?? "", factId: existing?.id, maxHours: 120 } });
    await deleteOfficialFact({ actor: moderator, slug: "kraken", factId: existing?.id ?? "" });

    const [deleted, updated] = await listOfficialFactEdits({ actor: moderator, slug: "kraken" });
    expect(deleted).toMatchObject({ kind: "DELETED", subject: "PROCESSING_TIME", changedFields: [] });
    expect(updated).toMatchObject({ kind: "UPDATED", subject: "PROCESSING_TIME" });
    expect(updated?.changedFields).toContain("maxHours");
    expect(JSON.stringify([deleted, updated])).not.toContain("@");
    await expect(listOfficialFactEdits({ actor: user, slug: "kraken" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listOfficialFactEdits({ actor: null, slug: "kraken" })).rejects.toBeInstanceOf(NotSignedInError);
  });

  it("adds a fact to an exchange never researched, recording that a recovery page was found", async () => {
    const result = await saveOfficialFact({
      actor: moderator,
      slug: "valu",
      input: { kind: "CONTACT", textEn: "Write to support.", textJa: "サポートに連絡します。", sourceUrl: "https://valu.is/help", checkedOn: "2026-12-01", channel: "EMAIL" },
    });
    expect(result.created).toBe(true);
    expect((await findOfficialProcedure({ slug: "valu" }))?.procedure).toMatchObject({ recoveryPageFound: true, facts: [{ id: result.factId, channel: "EMAIL" }] });
  });

  it("records a new search of a 'not found' exchange, logged with the values before and after", async () => {
    await updateOfficialProcedure({ actor: moderator, slug: "bitbank", input: { recoveryPageFound: false, checkedOn: "2026-12-05" } });
    expect((await findOfficialProcedure({ slug: "bitbank" }))?.procedure).toMatchObject({ recoveryPageFound: false, checkedOn: new Date("2026-12-05T00:00:00Z") });
    const exchange = await db().exchange.findUniqueOrThrow({ where: { slug: "bitbank" }, select: { id: true } });
    const edit = await db().officialFactEdit.findFirstOrThrow({ where: { exchangeId: exchange.id, factId: null } });
    expect(edit).toMatchObject({ editorId: moderator.id, kind: "UPDATED", before: { checkedOn: "2026-12-02" }, after: { checkedOn: "2026-12-05", recoveryPageFound: false } });
    await expect(updateOfficialProcedure({ actor: user, slug: "bitbank", input: { recoveryPageFound: true, checkedOn: "2026-12-05" } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("by a plain user or nobody: refused, nothing written", async () => {
    const count = await db().officialFactEdit.count();
    await expect(saveOfficialFact({ actor: user, slug: "coinbase", input: coinbaseFact })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveOfficialFact({ actor: null, slug: "coinbase", input: coinbaseFact })).rejects.toBeInstanceOf(NotSignedInError);
    const fact = (await findOfficialProcedure({ slug: "kraken" }))?.procedure?.facts[0];
    await expect(deleteOfficialFact({ actor: user, slug: "kraken", factId: fact?.id ?? "" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().officialFactEdit.count()).toBe(count);
  });

  it("with a link off the exchange's official domains, or an unknown item: refused with the field's error", async () => {
    const offDomain = saveOfficialFact({ actor: moderator, slug: "coinbase", input: { ...coinbaseFact, sourceUrl: "https://coinbase-support.pages.dev/recovery" } });
    await expect(offDomain).rejects.toBeInstanceOf(InvalidInputError);
    await expect(offDomain).rejects.toMatchObject({ fieldErrors: { sourceUrl: { key: "official.errors.notOfficialDomain" } } });
    const unknownItem = saveOfficialFact({ actor: moderator, slug: "coinbase", input: { ...coinbaseFact, requiredItemCodes: ["BLOOD_SAMPLE"] } });
    await expect(unknownItem).rejects.toMatchObject({ fieldErrors: { requiredItemCodes: { key: "official.errors.invalidItem" } } });
  });
});
