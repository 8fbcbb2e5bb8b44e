import type { Locale } from "./routing";

// One file per area, so that work on one area does not touch the others' catalogues. Each file
// holds one top-level namespace; they are merged here.
const catalogues = {
  en: () =>
    Promise.all([
      import("../../messages/en/common.json"),
      import("../../messages/en/auth.json"),
      import("../../messages/en/reportForm.json"),
      import("../../messages/en/moderation.json"),
      import("../../messages/en/guide.json"),
      import("../../messages/en/official.json"),
      import("../../messages/en/accountData.json"),
      import("../../messages/en/representatives.json"),
      import("../../messages/en/feeds.json"),
      import("../../messages/en/cases.json"),
      import("../../messages/en/jobs.json"),
      import("../../messages/en/prepKit.json"),
      import("../../messages/en/api.json"),
    ]),
  ja: () =>
    Promise.all([
      import("../../messages/ja/common.json"),
      import("../../messages/ja/auth.json"),
      import("../../messages/ja/reportForm.json"),
      import("../../messages/ja/moderation.json"),
      import("../../messages/ja/guide.json"),
      import("../../messages/ja/official.json"),
      import("../../messages/ja/accountData.json"),
      import("../../messages/ja/representatives.json"),
      import("../../messages/ja/feeds.json"),
      import("../../messages/ja/cases.json"),
      import("../../messages/ja/jobs.json"),
      import("../../messages/ja/prepKit.json"),
      import("../../messages/ja/api.json"),
    ]),
} satisfies Record<Locale, () => Promise<{ default: object }[]>>;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const modules = await catalogues[locale]();
  return Object.assign({}, ...modules.map((module) => module.default));
}

/**
 * The parts of a catalogue at the given dotted paths ("auth", "guide.votes"), for a client
 * provider: every message handed to one is serialised into the page, about 28 KB for all of them.
 */
export function pickMessages(messages: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: unknown = messages;
    for (const key of keys) source = typeof source === "object" && source !== null ? (source as Record<string, unknown>)[key] : undefined;
    if (source === undefined) throw new Error(`No messages at "${path}"`);
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys[keys.length - 1] ?? path] = source;
  }
  return picked;
}
