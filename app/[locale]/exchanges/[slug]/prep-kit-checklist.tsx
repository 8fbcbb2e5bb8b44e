"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { CommunityKitItem, KitItem, PrepKit } from "@/lib/domain/prep-kit/kit";

// Steps 1 and 2 of the prep kit: what to have ready (the official items, the community's with
// their share and n) and where to write (the official contact path only).

const headingClass = "text-base font-semibold";
const subheadingClass = "text-sm font-semibold text-slate-700 dark:text-slate-300";
const metaClass = "text-xs text-slate-600 dark:text-slate-400";
const linkClass = "break-all text-brand-700 underline underline-offset-2 dark:text-brand-300";

function ItemCheckbox({ item, checked, onToggle, children }: { item: KitItem; checked: boolean; onToggle: () => void; children?: ReactNode }) {
  const locale = useLocale();
  const id = `pk-ready-${item.code}`;
  return (
    <li className="flex gap-3">
      <input id={id} type="checkbox" checked={checked} onChange={onToggle} className="mt-1 size-5 shrink-0 accent-brand-700" />
      <div>
        <label htmlFor={id} className="font-medium">
          {locale === "ja" ? item.label.ja : item.label.en}
        </label>
        {children}
      </div>
    </li>
  );
}

export function KitChecklist({ kit, displayName, ready, onReadyChange }: { kit: PrepKit; displayName: string; ready: string[]; onReadyChange: (ready: string[]) => void }) {
  const t = useTranslations("prepKit.checklist");
  const locale = useLocale() === "ja" ? "ja" : "en";
  const format = useFormatter();
  const toggle = (code: string) => onReadyChange(ready.includes(code) ? ready.filter((entry) => entry !== code) : [...ready, code]);
  const officialCodes = new Set(kit.officialItems.map((item) => item.code));
  const community = kit.communityItems.filter((item) => !officialCodes.has(item.code));
  const share = (item: CommunityKitItem) => (
    <p className={metaClass}>{t("communityShare", { percent: format.number(item.share, { style: "percent", maximumFractionDigits: 0 }), count: item.count, n: item.n })}</p>
  );
  const communityOf = (code: string) => {
    const item = kit.communityItems.find((entry) => entry.code === code);
    return item ? share(item) : null;
  };
  return (
    <div aria-labelledby="prep-kit-checklist" role="group" className="space-y-3">
      <h3 id="prep-kit-checklist" className={headingClass}>
        {t("title")}
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("lead")}</p>
      <div className="space-y-2">
        <h4 className={subheadingClass}>{t("official", { exchange: displayName })}</h4>
        {kit.officialItems.length === 0 ? (
          <p className="text-sm">{t("officialNone", { exchange: displayName })}</p>
        ) : (
          <ul className="space-y-2" aria-label={t("official", { exchange: displayName })}>
            {kit.officialItems.map((item) => (
              <ItemCheckbox key={item.code} item={item} checked={ready.includes(item.code)} onToggle={() => toggle(item.code)}>
                <p className={metaClass}>
                  {t("source")}{" "}
                  <a href={item.sourceUrl} rel="noopener noreferrer" className={linkClass}>
                    {item.sourceUrl.replace(/^https?:\/\//, "")}
                  </a>
                </p>
                {communityOf(item.code)}
              </ItemCheckbox>
            ))}
          </ul>
        )}
      </div>
      {kit.questions ? <p className="text-sm font-medium">{t("questionsNote", { title: kit.questions.title[locale] })}</p> : null}
      <div className="space-y-2">
        <h4 className={subheadingClass}>{t("community")}</h4>
        {kit.communityItems.length === 0 ? <p className="text-sm">{t("communityNone")}</p> : null}
        {community.length > 0 ? (
          <ul className="space-y-2" aria-label={t("community")}>
            {community.map((item) => (
              <ItemCheckbox key={item.code} item={item} checked={ready.includes(item.code)} onToggle={() => toggle(item.code)}>
                {share(item)}
              </ItemCheckbox>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

export function KitContact({ kit, displayName }: { kit: PrepKit; displayName: string }) {
  const t = useTranslations("prepKit.contact");
  const locale = useLocale() === "ja" ? "ja" : "en";
  const { contact } = kit;
  return (
    <div aria-labelledby="prep-kit-contact" role="group" className="space-y-3">
      <h3 id="prep-kit-contact" className={headingClass}>
        {t("title")}
      </h3>
      {contact.statements.length > 0 ? (
        <div className="space-y-1">
          <h4 className={subheadingClass}>{t("officialSays", { exchange: displayName })}</h4>
          <ul className="space-y-2">
            {contact.statements.map((statement) => (
              <li key={statement.sourceUrl + statement.text.en}>
                <p className="text-sm">{statement.text[locale]}</p>
                <a href={statement.sourceUrl} rel="noopener noreferrer" className={`text-xs ${linkClass}`}>
                  {statement.sourceUrl.replace(/^https?:\/\//, "")}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* Whole addresses, scheme included: what to compare with the address bar. */}
      <dl className="space-y-2 text-sm">
        {contact.supportUrl ? (
          <div>
            <dt className="font-medium text-slate-600 dark:text-slate-400">{t("supportPage")}</dt>
            <dd>
              <a href={contact.supportUrl} rel="noopener noreferrer" className={linkClass}>
                {contact.supportUrl}
              </a>
            </dd>
          </div>
        ) : null}
        {contact.website ? (
          <div>
            <dt className="font-medium text-slate-600 dark:text-slate-400">{t("website")}</dt>
            <dd>
              <a href={contact.website} rel="noopener noreferrer" className={linkClass}>
                {contact.website}
              </a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t("domains")}</dt>
          <dd>{contact.officialDomains.join(", ")}</dd>
        </div>
        {contact.communityPath ? (
          <div>
            <dt className="font-medium text-slate-600 dark:text-slate-400">{t("reportedPath")}</dt>
            <dd className="whitespace-pre-line">{contact.communityPath}</dd>
          </div>
        ) : null}
      </dl>
      {contact.supportAddress ? null : <p className="text-sm">{t("noMailto", { exchange: displayName })}</p>}
      <p className={metaClass}>{t("onlyOfficial")}</p>
    </div>
  );
}
