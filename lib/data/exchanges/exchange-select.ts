import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { ReportDetail } from "../reports/report-detail";

// An exchange as pages show it: its names wherever it is named, its facts where it is described.

export const exchangeNameSelect = { slug: true, nameEn: true, nameJa: true } satisfies Prisma.ExchangeSelect;

/** The exchange's own facts, as every page that shows an exchange needs them. */
export const exchangeFactsSelect = {
  ...exchangeNameSelect,
  aliases: true,
  country: true,
  status: true,
  website: true,
  officialDomains: true,
  supportUrl: true,
  notesEn: true,
  notesJa: true,
} satisfies Prisma.ExchangeSelect;

export type ExchangeSummary = {
  slug: string;
  nameEn: string;
  nameJa: string;
  aliases: string[];
  country: string | null;
  status: "OPERATING" | "CLOSED" | "UNKNOWN";
  reportCount: number;
};

export type ExchangeDetail = Omit<ExchangeSummary, "reportCount"> & {
  website: string | null;
  officialDomains: string[];
  supportUrl: string | null;
  notesEn: string | null;
  notesJa: string | null;
  reports: ReportDetail[];
};
