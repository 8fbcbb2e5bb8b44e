import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { isOfficialAddress } from "../../domain/representatives";
import type { RepresentativeStatus } from "../../generated/prisma/enums";
import { isExchangeSlug } from "../../validation/text";
import { exchangeNameSelect } from "../exchanges/exchange-select";

export type OwnRepresentation = {
  exchange: { slug: string; nameEn: string; nameJa: string; officialDomains: string[] };
  /** Whether the signed-in address is on the exchange's official domains (null: not signed in). */
  officialAddress: boolean | null;
  representation: { status: RepresentativeStatus; roleTitle: string } | null;
  /** Published reports about the exchange without a reply yet, newest first (approved representatives only). */
  replyableReports: { id: string; summary: string | null; createdAt: Date }[];
};

/** What the representative page shows `actor` for one exchange; null for an unknown exchange. */
export async function findOwnRepresentation({ actor, slug }: { actor: Actor | null; slug: string }): Promise<OwnRepresentation | null> {
  if (!isExchangeSlug(slug)) return null;
  const exchange = await db().exchange.findUnique({ where: { slug }, select: { id: true, ...exchangeNameSelect, officialDomains: true } });
  if (!exchange) return null;
  const { id: exchangeId, ...shown } = exchange;
  if (!actor) return { exchange: shown, officialAddress: null, representation: null, replyableReports: [] };
  const [user, representation] = await Promise.all([
    db().user.findUnique({ where: { id: actor.id }, select: { email: true } }),
    db().exchangeRepresentative.findUnique({ where: { userId_exchangeId: { userId: actor.id, exchangeId } }, select: { status: true, roleTitle: true } }),
  ]);
  const replyableReports =
    representation?.status === "APPROVED"
      ? await db().report.findMany({
          where: { exchangeId, status: "PUBLISHED", deletedAt: null, reply: null, authorId: { not: actor.id } },
          select: { id: true, summary: true, createdAt: true },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 50,
        })
      : [];
  return { exchange: shown, officialAddress: isOfficialAddress(user?.email, exchange.officialDomains), representation, replyableReports };
}
