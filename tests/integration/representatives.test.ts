import { beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, InvalidInputError, NotSignedInError } from "@/lib/data/errors";
import { getGuideVersion } from "@/lib/data/guides/live-version";
import { findGuide } from "@/lib/data/guides/find-guide";
import { listOfficialFactEdits } from "@/lib/data/official-procedures/list-official-fact-edits";
import { decideProposal } from "@/lib/data/representatives/decide-proposal";
import { decideRepresentation } from "@/lib/data/representatives/decide-representation";
import { findOwnRepresentation } from "@/lib/data/representatives/find-own-representation";
import { findReportReply } from "@/lib/data/representatives/find-report-reply";
import { listExchangeResponses } from "@/lib/data/representatives/list-exchange-responses";
import { listProcedureProposals } from "@/lib/data/representatives/list-procedure-proposals";
import { listRepresentativeLog } from "@/lib/data/representatives/list-representative-log";
import { listRepresentativeRequests } from "@/lib/data/representatives/list-representative-requests";
import { postReportReply } from "@/lib/data/representatives/post-report-reply";
import { proposeOfficialFact } from "@/lib/data/representatives/propose-official-fact";
import { requestRepresentation } from "@/lib/data/representatives/request-representation";
import { saveExchangeResponse } from "@/lib/data/representatives/save-exchange-response";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/permissions";
import { createExchange, createReport, createUser } from "../factories";

// One file, one database: two exchanges, an admin, a moderator, and people who ask to speak for them.

type UserRow = { id: string; role: Actor["role"]; bannedAt: Date | null; createdAt: Date };
const toActor = (user: UserRow): Actor => ({ id: user.id, role: user.role, bannedAt: user.bannedAt, createdAt: user.createdAt });
const person = async (email: string, role: Actor["role"] = "USER") => toActor(await createUser(db(), { email, emailVerified: new Date(), role }));

let alpha: { id: string; slug: string };
let beta: { id: string; slug: string };
let admin: Actor;
let moderator: Actor;
let author: Actor;
let repAlpha: Actor;
let repAlphaId: string;

beforeAll(async () => {
  alpha = await createExchange(db(), { slug: "alpha-ex", officialDomains: ["alpha.example"] });
  beta = await createExchange(db(), { slug: "beta-ex", officialDomains: ["beta.example"] });
  admin = await person("admin@example.org", "ADMIN");
  moderator = await person("mod@example.org", "MODERATOR");
  author = await person("author@example.org");
  repAlpha = await person("lead@support.alpha.example");
});

const logKinds = async (subjectOrRep: { representativeId?: string; subjectId?: string }) =>
  (await db().representativeAction.findMany({ where: subjectOrRep, orderBy: { createdAt: "asc" }, select: { kind: true } })).map((row) => row.kind);

describe("asking to speak for an exchange", () => {
  it.each([
    ["someone@alpha.example.evil.com"],
    ["someone@alphaexample.com"],
    ["someone@xn--lpha-2ve.example"],
    ["someone@evilalpha.example"],
  ])("refuses %s, not on the official domain", async (email) => {
    const actor = await person(email);
    await expect(requestRepresentation({ actor, slug: alpha.slug, input: { roleTitle: "Support" } })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("refuses an address never proved by a sign-in link, and the anonymous", async () => {
    const unverified = toActor(await createUser(db(), { email: "x@alpha.example" }));
    await expect(requestRepresentation({ actor: unverified, slug: alpha.slug, input: { roleTitle: "Support" } })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(requestRepresentation({ actor: null, slug: alpha.slug, input: { roleTitle: "Support" } })).rejects.toBeInstanceOf(NotSignedInError);
  });

  it("records a request from a subdomain address, which only an admin approves", async () => {
    ({ representativeId: repAlphaId } = await requestRepresentation({ actor: repAlpha, slug: alpha.slug, input: { roleTitle: "Customer support lead" } }));
    // Not approved yet: nothing in the exchange's name.
    await expect(saveExchangeResponse({ actor: repAlpha, slug: alpha.slug, input: { text: "We answer within 3 days.", textLanguage: "en" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideRepresentation({ actor: moderator, representativeId: repAlphaId, decision: "approve" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideRepresentation({ actor: repAlpha, representativeId: repAlphaId, decision: "approve" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listRepresentativeRequests({ actor: moderator })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listRepresentativeRequests({ actor: admin })).map((entry) => [entry.email, entry.status])).toContainEqual(["lead@support.alpha.example", "REQUESTED"]);

    await decideRepresentation({ actor: admin, representativeId: repAlphaId, decision: "approve" });
    await expect(decideRepresentation({ actor: admin, representativeId: repAlphaId, decision: "approve" })).rejects.toBeInstanceOf(ConflictError);
    expect((await findOwnRepresentation({ actor: repAlpha, slug: alpha.slug }))?.representation).toEqual({ status: "APPROVED", roleTitle: "Customer support lead" });
    await expect(requestRepresentation({ actor: repAlpha, slug: alpha.slug, input: { roleTitle: "Again" } })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("an approved representative", () => {
  it("posts an official response that the guide shows apart and its statistics ignore", async () => {
    const statsBefore = (await findGuide({ slug: alpha.slug, viewerId: null }))?.stats;
    const versionBefore = (await getGuideVersion({ slug: alpha.slug }))?.version ?? 0;
    const { responseId } = await saveExchangeResponse({
      actor: repAlpha,
      slug: alpha.slug,
      input: { text: "Write to us through the help centre form; we reply within 3 business days.", textLanguage: "en", textTranslation: "ヘルプセンターのフォームからご連絡ください。" },
    });
    expect((await getGuideVersion({ slug: alpha.slug }))?.version).toBeGreaterThan(versionBefore);
    const [shown] = await listExchangeResponses({ slug: alpha.slug });
    expect(shown).toMatchObject({ id: responseId, roleTitle: "Customer support lead", textLanguage: "en", translationLanguage: "ja" });
    expect((await findGuide({ slug: alpha.slug, viewerId: null }))?.stats).toEqual(statsBefore);

    await saveExchangeResponse({ actor: repAlpha, slug: alpha.slug, input: { responseId, text: "Edited: we reply within 2 business days.", textLanguage: "en" } });
    expect((await listExchangeResponses({ slug: alpha.slug }))[0]).toMatchObject({ text: "Edited: we reply within 2 business days.", textTranslation: null });
    expect(await logKinds({ subjectId: responseId })).toEqual(["RESPONSE_POSTED", "RESPONSE_EDITED"]);
  });

  it("cannot publish a scam contact, and personal data is removed", async () => {
    const refused = saveExchangeResponse({ actor: repAlpha, slug: alpha.slug, input: { text: "Message our agent on Telegram @alpha_help_desk", textLanguage: "en" } });
    await expect(refused).rejects.toMatchObject({ fieldErrors: { text: { key: "representatives.errors.contact" } } });
    await expect(saveExchangeResponse({ actor: repAlpha, slug: alpha.slug, input: { text: "Call +1 415 555 0100 now", textLanguage: "en" } })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(saveExchangeResponse({ actor: repAlpha, slug: alpha.slug, input: { text: "See https://alpha-support.com/help", textLanguage: "en" } })).rejects.toBeInstanceOf(InvalidInputError);
    const { responseId } = await saveExchangeResponse({ actor: repAlpha, slug: alpha.slug, input: { text: "Details at https://help.alpha.example/2fa", textLanguage: "en" } });
    expect((await db().exchangeResponse.findUniqueOrThrow({ where: { id: responseId } })).text).toBe("Details at https://help.alpha.example/2fa");
    const redacted = await saveExchangeResponse({ actor: repAlpha, slug: alpha.slug, input: { responseId, text: "A customer sent passport number TK1234567 in public; never do that.", textLanguage: "en" } });
    expect((await db().exchangeResponse.findUniqueOrThrow({ where: { id: redacted.responseId } })).text).toBe("A customer sent passport number [ID number removed] in public; never do that.");
  });

  it("speaks for its own exchange only", async () => {
    await expect(saveExchangeResponse({ actor: repAlpha, slug: beta.slug, input: { text: "Hello", textLanguage: "en" } })).rejects.toBeInstanceOf(ForbiddenError);
    const betaReport = await createReport(db(), { exchangeId: beta.id, authorId: author.id });
    await expect(postReportReply({ actor: repAlpha, input: { reportId: betaReport.id, text: "Sorry", textLanguage: "en" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(proposeOfficialFact({ actor: repAlpha, slug: beta.slug, input: { kind: "NOTE", textEn: "x", textJa: "x", sourceUrl: "https://beta.example/a", checkedOn: "2026-12-01" } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("replies once under a report, without changing it", async () => {
    const report = await createReport(db(), { exchangeId: alpha.id, authorId: author.id }, { summary: "Took 9 days." });
    const before = await db().report.findUniqueOrThrow({ where: { id: report.id } });
    await postReportReply({ actor: repAlpha, input: { reportId: report.id, text: "Thank you; we have since shortened our reply time.", textLanguage: "en" } });
    await expect(postReportReply({ actor: repAlpha, input: { reportId: report.id, text: "A second reply", textLanguage: "en" } })).rejects.toBeInstanceOf(ConflictError);
    expect(await db().report.findUniqueOrThrow({ where: { id: report.id } })).toEqual(before);
    expect(await findReportReply({ reportId: report.id })).toMatchObject({ roleTitle: "Customer support lead", text: "Thank you; we have since shortened our reply time." });
    // The author cannot answer as the exchange.
    await expect(postReportReply({ actor: author, input: { reportId: report.id, text: "Me", textLanguage: "en" } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await logKinds({ subjectId: report.id })).toEqual(["REPLY_POSTED"]);
  });

  it("proposes an official fact that a moderator accepts into the official procedure, logged both ways", async () => {
    const fact = { kind: "REPLY_TIME", textEn: "We reply within 2 business days.", textJa: "2営業日以内に返信します。", sourceUrl: "https://help.alpha.example/2fa", checkedOn: "2026-12-01", minHours: 0, maxHours: 48 };
    await expect(proposeOfficialFact({ actor: repAlpha, slug: alpha.slug, input: { ...fact, sourceUrl: "https://alpha-help.com/2fa" } })).rejects.toBeInstanceOf(InvalidInputError);
    const { proposalId } = await proposeOfficialFact({ actor: repAlpha, slug: alpha.slug, input: fact });
    await expect(decideProposal({ actor: repAlpha, proposalId, decision: "accept" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listProcedureProposals({ actor: moderator })).map((entry) => entry.id)).toContain(proposalId);

    await decideProposal({ actor: moderator, proposalId, decision: "accept" });
    await expect(decideProposal({ actor: admin, proposalId, decision: "reject" })).rejects.toBeInstanceOf(ConflictError);
    const stored = await db().officialProcedureProposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(stored).toMatchObject({ status: "ACCEPTED", decidedById: moderator.id });
    const applied = await db().officialFact.findUniqueOrThrow({ where: { id: stored.factId ?? "" } });
    expect(applied).toMatchObject({ kind: "REPLY_TIME", textEn: fact.textEn, sourceUrl: fact.sourceUrl });
    expect((await listOfficialFactEdits({ actor: moderator, slug: alpha.slug })).map((edit) => edit.kind)).toContain("CREATED");
    expect(await logKinds({ subjectId: proposalId })).toEqual(["PROPOSAL_SUBMITTED", "PROPOSAL_ACCEPTED"]);

    const { proposalId: rejected } = await proposeOfficialFact({ actor: repAlpha, slug: alpha.slug, input: { ...fact, textEn: "Another." } });
    await decideProposal({ actor: moderator, proposalId: rejected, decision: "reject" });
    expect(await logKinds({ subjectId: rejected })).toEqual(["PROPOSAL_SUBMITTED", "PROPOSAL_REJECTED"]);
  });

  it("loses the role when revoked: its responses leave the guide and nothing more is accepted", async () => {
    await decideRepresentation({ actor: admin, representativeId: repAlphaId, decision: "revoke" });
    expect(await listExchangeResponses({ slug: alpha.slug })).toEqual([]);
    await expect(saveExchangeResponse({ actor: repAlpha, slug: alpha.slug, input: { text: "Still here", textLanguage: "en" } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await logKinds({ representativeId: repAlphaId })).toEqual(
      expect.arrayContaining(["REQUESTED", "APPROVED", "RESPONSE_POSTED", "RESPONSE_EDITED", "REPLY_POSTED", "PROPOSAL_SUBMITTED", "PROPOSAL_ACCEPTED", "PROPOSAL_REJECTED", "REVOKED"]),
    );
    const log = await listRepresentativeLog({ actor: admin });
    expect(log[0]).toMatchObject({ kind: "REVOKED", exchange: { slug: alpha.slug } });
    await expect(listRepresentativeLog({ actor: moderator })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
