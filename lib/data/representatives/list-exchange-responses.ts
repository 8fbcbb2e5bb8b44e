import "server-only";
import { db } from "../../db";

export type ExchangeResponseView = {
  id: string;
  text: string;
  textLanguage: string;
  translationLanguage: string | null;
  textTranslation: string | null;
  roleTitle: string;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * An exchange's official responses, newest first, for its guide. Only those of representatives
 * still approved: revoking someone takes down what they published in the exchange's name.
 */
export async function listExchangeResponses({ slug }: { slug: string }): Promise<ExchangeResponseView[]> {
  const rows = await db().exchangeResponse.findMany({
    where: { exchange: { slug }, representative: { status: "APPROVED" } },
    select: { id: true, text: true, textLanguage: true, translationLanguage: true, textTranslation: true, createdAt: true, updatedAt: true, representative: { select: { roleTitle: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
  });
  return rows.map(({ representative, ...row }) => ({ ...row, roleTitle: representative.roleTitle }));
}
