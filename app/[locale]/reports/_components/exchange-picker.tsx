"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { normalizeForSearch, searchExchanges } from "@/lib/domain/exchange-search";
import { controlProps, FieldError, FieldHint, fieldId, inputClass } from "../../_components/field";
import { useHydrated } from "./use-hydrated";

export type PickerExchange = { slug: string; nameEn: string; nameJa: string; aliases: string[] };

const MAX_OPTIONS = 8;

function displayName(exchange: PickerExchange, locale: string): string {
  return locale === "ja" ? exchange.nameJa : exchange.nameEn;
}

function otherName(exchange: PickerExchange, locale: string): string {
  return locale === "ja" ? exchange.nameEn : exchange.nameJa;
}

function isExactName(exchange: PickerExchange, query: string): boolean {
  const wanted = normalizeForSearch(query);
  return wanted !== "" && [exchange.nameEn, exchange.nameJa, exchange.slug, ...exchange.aliases].some((name) => normalizeForSearch(name) === wanted);
}

/**
 * An editable combobox (WAI-ARIA APG, list autocomplete): typing filters the catalogue by any
 * name or alias, in either script; arrows move through the options, Enter picks, Escape closes.
 * The chosen slug is posted by a hidden input. Until the page's scripts run (or without them),
 * the box itself posts what is typed in it, the slug, with the catalogue as its suggestions.
 */
export function ExchangePicker({
  exchanges,
  name,
  value,
  onChange,
  error,
  locale,
}: {
  exchanges: readonly PickerExchange[];
  name: string;
  value: string;
  onChange: (slug: string) => void;
  error?: string;
  locale: string;
}) {
  const t = useTranslations("reportForm.fields");
  const path = name;
  const hydrated = useHydrated();
  const selected = exchanges.find((exchange) => exchange.slug === value) ?? null;
  const [query, setQuery] = useState(selected ? displayName(selected, locale) : "");
  // The form may set the exchange itself (a restored draft): the box then shows its name.
  const [shownSlug, setShownSlug] = useState(value);
  if (shownSlug !== value) {
    setShownSlug(value);
    if (selected && query !== displayName(selected, locale)) setQuery(displayName(selected, locale));
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(() => {
    // While the box shows the chosen name, every exchange is on offer again.
    const showingSelection = selected !== null && query === displayName(selected, locale);
    return searchExchanges(exchanges, showingSelection ? "" : query).slice(0, MAX_OPTIONS);
  }, [exchanges, query, selected, locale]);
  const activeIndex = Math.min(active, Math.max(results.length - 1, 0));
  const optionId = (index: number) => `${listId}-option-${index}`;

  function choose(exchange: PickerExchange) {
    onChange(exchange.slug);
    setQuery(displayName(exchange, locale));
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + results.length) % Math.max(results.length, 1));
    } else if (event.key === "Enter") {
      const option = results[activeIndex];
      // Enter in the box picks the highlighted exchange instead of submitting the form.
      if (open && option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  function onBlur() {
    setOpen(false);
    if (selected && query === displayName(selected, locale)) return;
    // A name typed out in full counts as picking it.
    const exact = exchanges.find((exchange) => isExactName(exchange, query));
    if (exact) choose(exact);
  }

  const control = controlProps(path, { error, hint: true });
  const showList = open && results.length > 0;
  const catalogueId = `${listId}-catalogue`;

  return (
    <div className="relative">
      <label htmlFor={fieldId(path)} className="block font-medium">
        {t("exchange")}
      </label>
      <FieldHint path={path}>{t("exchangeHint")}</FieldHint>
      <input
        {...control}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t("exchangePlaceholder")}
        // The same element before and after the scripts take over, so nothing typed meanwhile is lost.
        name={hydrated ? undefined : name}
        list={hydrated ? undefined : catalogueId}
        value={hydrated ? query : value}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
          if (value) onChange("");
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
        className={inputClass}
      />
      {hydrated ? (
        <input type="hidden" name={name} value={value} />
      ) : (
        <datalist id={catalogueId}>
          {exchanges.map((exchange) => (
            <option key={exchange.slug} value={exchange.slug}>
              {`${displayName(exchange, locale)} / ${otherName(exchange, locale)}`}
            </option>
          ))}
        </datalist>
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label={t("exchange")}
        hidden={!showList}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        {results.map((exchange, index) => (
          <li
            key={exchange.slug}
            id={optionId(index)}
            role="option"
            aria-selected={exchange.slug === value}
            // Keeps focus in the box, so blur does not close the list before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(exchange)}
            className={`cursor-pointer px-3 py-2 ${index === activeIndex ? "bg-brand-100 dark:bg-slate-700" : ""}`}
          >
            <span className="font-medium">{displayName(exchange, locale)}</span>{" "}
            <span className="text-sm text-slate-600 dark:text-slate-400" lang={locale === "ja" ? "en" : "ja"}>
              {otherName(exchange, locale)}
            </span>
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {open && query && !selected ? t("exchangeResults", { count: results.length }) : ""}
      </p>
      {open && query.trim() !== "" && results.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("exchangeNoMatch", { query: query.trim() })}</p>
      ) : null}
      {selected ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("exchangeSelected", { name: displayName(selected, locale), otherName: otherName(selected, locale) })}</p> : null}
      <FieldError path={path} error={error} />
    </div>
  );
}
