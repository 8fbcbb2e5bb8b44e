// The prep kit's answers in localStorage, one slot per exchange, so a reload or a closed tab
// loses nothing. They never leave the browser. An answer holding a secret is stored empty: the
// kit refuses secrets, and keeping one on the device would be worse than losing the typing.

import { secretsInAnswers, type KitAnswers } from "@/lib/domain/prep-kit/draft-message";
import type { ExchangeQuestions } from "@/lib/domain/prep-kit/exchange-questions";
import { StoredPrepKitSchema, type StoredPrepKit } from "@/lib/validation/prep-kit";

function storageKey(slug: string): string {
  return `recovery-atlas:prep-kit:${slug}`;
}

/** What was stored for this exchange, or null (nothing stored, unreadable, or storage off). */
export function readPrepKit(slug: string): StoredPrepKit | null {
  try {
    const text = window.localStorage.getItem(storageKey(slug));
    if (!text) return null;
    const parsed = StoredPrepKitSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function withoutSecrets(answers: KitAnswers, questions: ExchangeQuestions | null): KitAnswers {
  const cleaned: KitAnswers = { ...answers, questions: { ...answers.questions } };
  for (const { field } of secretsInAnswers(answers, questions)) {
    if (field === "message") continue;
    if (field.startsWith("question:")) cleaned.questions[field.slice("question:".length)] = "";
    else cleaned[field as Exclude<keyof KitAnswers, "ready" | "questions" | "lockoutCause">] = "";
  }
  return cleaned;
}

export function savePrepKit(slug: string, stored: StoredPrepKit, questions: ExchangeQuestions | null): void {
  try {
    window.localStorage.setItem(storageKey(slug), JSON.stringify({ ...stored, answers: withoutSecrets(stored.answers, questions) }));
  } catch {
    // Storage full or off: the kit still works for this visit.
  }
}

export function clearPrepKit(slug: string): void {
  try {
    window.localStorage.removeItem(storageKey(slug));
  } catch {
    // Nothing stored.
  }
}
