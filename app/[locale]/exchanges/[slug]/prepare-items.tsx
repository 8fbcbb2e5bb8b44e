"use client";

/** One item of "What to prepare", its texts formatted by the server. */
export type PrepareItem = { code: string; label: string; share: string; notOfficial: boolean; notes: { text: string; lang: string }[] };

/**
 * The guide's checklist of what support asks for. A client component fed its texts, styled by
 * `.guide-checklist` (app/globals.css): its dozen items cross the RSC payload as texts, not as an
 * element tree with a class list per element (ADR 017).
 */
export function PrepareItems({ items, notOfficialLabel, notesLabel }: { items: readonly PrepareItem[]; notOfficialLabel: string; notesLabel: string }) {
  return (
    <ol className="guide-checklist">
      {items.map((item) => (
        <li key={item.code}>
          <div>
            <p className="label">{item.label}</p>
            {item.notOfficial ? (
              <p className="not-official" data-testid="item-not-official">
                {notOfficialLabel}
              </p>
            ) : null}
            <p className="share">{item.share}</p>
            {item.notes.length > 0 ? (
              <ul aria-label={notesLabel}>
                {item.notes.map((note) => (
                  <li key={note.text} lang={note.lang}>
                    {note.text}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
