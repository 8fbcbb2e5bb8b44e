import { getTranslations } from "next-intl/server";

/** Tells the author why their report is not public yet. Rendered for the author only. */
export async function HeldNotice({ status, heldReasons, showEditHint = false }: { status: string; heldReasons: readonly string[]; showEditHint?: boolean }) {
  if (status === "PUBLISHED") return null;
  const t = await getTranslations("reportForm");
  return (
    <aside aria-labelledby="held-title" className="rounded-lg border border-sky-300 bg-sky-50 p-4 text-sky-950 dark:border-sky-700/60 dark:bg-sky-950/40 dark:text-sky-100">
      <h2 id="held-title" className="font-semibold">
        {t("held.title")}
      </h2>
      {status === "HIDDEN" ? (
        <p className="mt-1">{t("held.hidden")}</p>
      ) : heldReasons.length > 0 ? (
        <>
          <p className="mt-1">{t("held.body")}</p>
          <ul className="mt-1 list-disc pl-5">
            {heldReasons.map((reason) => (
              <li key={reason}>{t.has(`heldReasons.${reason}`) ? t(`heldReasons.${reason}`) : reason}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1">{t("held.noReason")}</p>
      )}
      {showEditHint ? <p className="mt-2 text-sm">{t("held.editHint")}</p> : null}
    </aside>
  );
}
