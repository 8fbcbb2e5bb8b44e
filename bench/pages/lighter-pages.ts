import type { LoadSettings } from "../http/measure";
import { measurePageWeight, type PageWeight } from "./page-weight";
import { measureSignedInGuide, type SignedInResult } from "./signed-in";

// The figures of issue 13, item 5 ("Lighter pages"): the bytes of the guide and the comparison,
// and the cost of a signed-in reader's guide beside a minimal page Next renders per request.

export type LighterPages = { weights: PageWeight[]; signedIn: SignedInResult | null; error: string | null };

export async function measureLighterPages({
  baseUrl,
  databaseUrl,
  guidePath,
  comparePath,
  settings,
  log,
}: {
  baseUrl: string;
  databaseUrl: string;
  guidePath: string;
  comparePath: string;
  settings: LoadSettings;
  log: (message: string) => void;
}): Promise<LighterPages> {
  try {
    const weights = [
      await measurePageWeight(baseUrl, { key: "guide", label: `guide ${guidePath}`, path: guidePath }),
      await measurePageWeight(baseUrl, { key: "compare", label: `comparison ${comparePath}`, path: comparePath }),
    ];
    for (const weight of weights) log(`  ${weight.label}: HTML ${kb(weight.htmlBytes)}, RSC ${kb(weight.rscBytes)}, gzip HTML ${kb(weight.htmlGzipBytes)}`);
    const signedIn = await measureSignedInGuide({ baseUrl, databaseUrl, guidePath, settings, log });
    return { weights, signedIn, error: null };
  } catch (error) {
    return { weights: [], signedIn: null, error: error instanceof Error ? error.message : String(error) };
  }
}

export const kb = (bytes: number | null) => (bytes === null ? "–" : `${(bytes / 1024).toFixed(0)} KB`);
