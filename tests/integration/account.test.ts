import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ForbiddenError, NotSignedInError } from "@/lib/data/errors";
import { endSessionsOf } from "@/lib/data/users/end-sessions";
import { findOwnAccount } from "@/lib/data/users/find-own-account";
import { isSignInBlocked } from "@/lib/data/users/is-sign-in-blocked";
import { updateDisplayName } from "@/lib/data/users/update-display-name";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/permissions";
import { makeAdmin } from "@/scripts/db/make-admin";
import { createUser } from "../factories";

const actorOf = (user: { id: string; role: Actor["role"]; bannedAt: Date | null; createdAt: Date }): Actor => ({
  id: user.id,
  role: user.role,
  bannedAt: user.bannedAt,
  createdAt: user.createdAt,
});

async function createSession(userId: string) {
  return db().session.create({ data: { sessionToken: randomUUID(), userId, expires: new Date(Date.now() + 86_400_000) } });
}

describe("updateDisplayName", () => {
  it("lets a user rename themselves, normalising what they typed", async () => {
    const user = await createUser(db(), { displayName: "Traveller-1234" });
    const result = await updateDisplayName({ actor: actorOf(user), displayName: "  Ｋｉｙｏｓｈｉ   in  Osaka " });
    expect(result).toEqual({ ok: true, displayName: "Kiyoshi in Osaka" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe("Kiyoshi in Osaka");
  });

  it("refuses anonymous visitors", async () => {
    await expect(updateDisplayName({ actor: null, displayName: "Nobody" })).rejects.toBeInstanceOf(NotSignedInError);
  });

  it("refuses to rename somebody else, even for an admin", async () => {
    const [admin, other] = await Promise.all([createUser(db(), { role: "ADMIN" }), createUser(db(), { displayName: "Untouched" })]);
    await expect(updateDisplayName({ actor: actorOf(admin), userId: other.id, displayName: "Renamed" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().user.findUniqueOrThrow({ where: { id: other.id } })).displayName).toBe("Untouched");
  });

  it("refuses banned users, also when the ban came after their session was read", async () => {
    const banned = await createUser(db(), { displayName: "Before", bannedAt: new Date() });
    await expect(updateDisplayName({ actor: actorOf(banned), displayName: "After" })).rejects.toBeInstanceOf(ForbiddenError);

    const soonBanned = await createUser(db(), { displayName: "Before" });
    const staleActor = actorOf(soonBanned);
    await db().user.update({ where: { id: soonBanned.id }, data: { bannedAt: new Date() } });
    await expect(updateDisplayName({ actor: staleActor, displayName: "After" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().user.findUniqueOrThrow({ where: { id: soonBanned.id } })).displayName).toBe("Before");
  });

  it.each([
    ["", "required"],
    ["K", "tooShort"],
    ["k".repeat(41), "tooLong"],
    ["mail me: kiyoshi@example.com", "containsEmail"],
    ["Kiyo\u202Eshi", "invalidCharacters"],
  ] as const)("rejects %j with the field error %s and keeps the old name", async (displayName, code) => {
    const user = await createUser(db(), { displayName: "Kept" });
    expect(await updateDisplayName({ actor: actorOf(user), displayName })).toEqual({ ok: false, fieldErrors: { displayName: code } });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe("Kept");
  });

  it("checks who asks before it looks at the input", async () => {
    const banned = await createUser(db(), { bannedAt: new Date() });
    await expect(updateDisplayName({ actor: null, displayName: "" })).rejects.toBeInstanceOf(NotSignedInError);
    await expect(updateDisplayName({ actor: actorOf(banned), displayName: "" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("findOwnAccount", () => {
  it("returns the signed-in user's own details only to them", async () => {
    const user = await createUser(db(), { email: `own-${randomUUID()}@example.com`, role: "MODERATOR" });
    expect(await findOwnAccount({ actor: actorOf(user) })).toEqual({ email: user.email, displayName: user.displayName, role: "MODERATOR", createdAt: user.createdAt });
    await expect(findOwnAccount({ actor: null })).rejects.toBeInstanceOf(NotSignedInError);
  });
});

describe("endSessionsOf", () => {
  it("deletes every session of that user and no one else's", async () => {
    const [user, other] = await Promise.all([createUser(db()), createUser(db())]);
    await Promise.all([createSession(user.id), createSession(user.id), createSession(other.id)]);
    expect(await endSessionsOf(user.id)).toBe(2);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().session.count({ where: { userId: other.id } })).toBe(1);
  });
});

describe("isSignInBlocked", () => {
  it("blocks a banned user's e-mail address in any letter case and their linked provider accounts", async () => {
    const email = `banned-${randomUUID()}@example.com`;
    const banned = await createUser(db(), { email, bannedAt: new Date() });
    await db().account.create({ data: { userId: banned.id, type: "oauth", provider: "github", providerAccountId: "gh-banned" } });

    expect(await isSignInBlocked({ email, provider: "nodemailer", providerAccountId: email })).toBe(true);
    expect(await isSignInBlocked({ email: email.toUpperCase(), provider: "nodemailer", providerAccountId: email })).toBe(true);
    expect(await isSignInBlocked({ email: "renamed@example.com", provider: "github", providerAccountId: "gh-banned" })).toBe(true);
    expect(await isSignInBlocked({ email: undefined, provider: "github", providerAccountId: "gh-banned" })).toBe(true);
  });

  it("lets everybody else in, new addresses included", async () => {
    const email = `fine-${randomUUID()}@example.com`;
    await createUser(db(), { email });
    expect(await isSignInBlocked({ email, provider: "nodemailer", providerAccountId: email })).toBe(false);
    expect(await isSignInBlocked({ email: "brand-new@example.com", provider: "nodemailer", providerAccountId: "brand-new@example.com" })).toBe(false);
    expect(await isSignInBlocked({ email: null, provider: "github", providerAccountId: "gh-unknown" })).toBe(false);
  });
});

describe("makeAdmin (npm run user:make-admin)", () => {
  it("creates an unverified admin with a pseudonym, normalising the address as sign-in does", async () => {
    const local = `new-admin-${randomUUID()}`;
    const result = await makeAdmin(db(), { email: ` ${local.toUpperCase()}@Example.com ` });
    expect(result.outcome).toBe("created");
    const stored = await db().user.findUniqueOrThrow({ where: { email: `${local}@example.com` } });
    expect(stored).toMatchObject({ role: "ADMIN", emailVerified: null });
    expect(stored.displayName).toMatch(/^Traveller-\d{4}$/);
  });

  it("promotes an existing user once and then changes nothing", async () => {
    const email = `member-${randomUUID()}@example.com`;
    const user = await createUser(db(), { email });
    expect((await makeAdmin(db(), { email })).outcome).toBe("promoted");
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
    expect((await makeAdmin(db(), { email })).outcome).toBe("already-admin");
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("refuses something that is not an e-mail address", async () => {
    await expect(makeAdmin(db(), { email: "not-an-address" })).rejects.toThrow(/Not an e-mail address/);
  });
});
