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
    ]),
  ja: () =>
    Promise.all([
      import("../../messages/ja/common.json"),
      import("../../messages/ja/auth.json"),
      import("../../messages/ja/reportForm.json"),
      import("../../messages/ja/moderation.json"),
      import("../../messages/ja/guide.json"),
    ]),
} satisfies Record<Locale, () => Promise<{ default: object }[]>>;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const modules = await catalogues[locale]();
  return Object.assign({}, ...modules.map((module) => module.default));
}
