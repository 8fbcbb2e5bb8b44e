import "server-only";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { RepresentativeActionKind } from "../../generated/prisma/enums";
import { isExchangeSlug } from "../../validation/text";
import { NotFoundError } from "../errors";

// The steps every right-of-reply operation shares: the exchange a post names, and the log row
// written in the same transaction as the change, so the log cannot miss an action or invent one.

type Tx = Prisma.TransactionClient;

export type RepresentedExchange = { id: string; slug: string; nameEn: string; nameJa: string; officialDomains: string[] };

export async function requireExchange(slug: string): Promise<RepresentedExchange> {
  const exchange = isExchangeSlug(slug)
    ? await db().exchange.findUnique({ where: { slug }, select: { id: true, slug: true, nameEn: true, nameJa: true, officialDomains: true } })
    : null;
  if (!exchange) throw new NotFoundError(`exchange ${slug}`);
  return exchange;
}

export async function logRepresentativeAction(
  tx: Tx,
  entry: { actorId: string; kind: RepresentativeActionKind; exchangeId: string; representativeId?: string; subjectId?: string; details?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.representativeAction.create({ data: entry });
}
