"use client";

import { useLocale } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { linkRel } from "@/lib/domain/detection/scam-contacts";
import { Link } from "@/lib/i18n/navigation";
import type { LangText, ReportBodyLabels, ReportBodyTexts, TextPart } from "./report-body-texts";

// A report's facts, timeline, required items, tips and history, from the texts the server
// formatted (report-body-texts.ts). On a guide they are loaded when the reader asks for them.

function Parts({ parts }: { parts: readonly TextPart[] }) {
  return parts.map((part, index) =>
    typeof part === "string" ? (
      part
    ) : (
      <a key={index} href={part.href} rel={linkRel} className="break-all text-brand-700 underline dark:text-brand-300">
        {part.text}
      </a>
    ),
  );
}

function Text({ text, className }: { text: LangText; className?: string }) {
  return (
    <span lang={text.lang} className={className}>
      <Parts parts={text.parts} />
    </span>
  );
}

type BodyProps = { body: ReportBodyTexts; labels: ReportBodyLabels; Heading: "h2" | "h3" };

function ReportBodyContent({ body, labels, Heading }: BodyProps) {
  return (
    <>
      <dl className="report-facts">
        {body.facts.map((fact) => (
          <div key={fact.label}>
            <dt>{labels[fact.label]}</dt>
            <dd>
              {typeof fact.value === "string" ? fact.value : <Text text={fact.value} className="whitespace-pre-line" />}
              {fact.detail ? <Text text={fact.detail} className="detail" /> : null}
            </dd>
          </div>
        ))}
      </dl>
      <section>
        <Heading>{labels.timeline}</Heading>
        <ol className="report-timeline">
          {body.events.map((event, index) => (
            <li key={index}>
              <p className="when">
                <time dateTime={event.iso}>{event.when}</time>
                <span>{event.day}</span>
              </p>
              <p className="kind">
                {event.kind}
                {event.language ? <span>{event.language}</span> : null}
              </p>
              {event.note ? (
                <p lang={event.note.lang} className="note">
                  <Parts parts={event.note.parts} />
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section>
        <Heading>{labels.requiredItems}</Heading>
        {body.items.length === 0 ? (
          <p className="mt-1 text-slate-600 dark:text-slate-400">{labels.noRequiredItems}</p>
        ) : (
          <ul className="report-items">
            {body.items.map((item) => (
              <li key={item.code}>
                <span>
                  <span className="label">{item.label}</span>
                  {item.note ? <Text text={item.note} className="note" /> : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {body.tips ? (
        <section>
          <Heading>{labels.tips}</Heading>
          <ul lang={body.tips.lang} className="report-tips">
            {body.tips.lines.map((parts, index) => (
              <li key={index}>
                <Parts parts={parts} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {body.history ? (
        <section>
          <Heading>{labels.history}</Heading>
          <ul className="report-history">
            {body.history.map((entry, index) => (
              <li key={index}>
                <time dateTime={entry.iso}>{entry.when}</time> · {entry.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

const noSubscription = () => () => {};

/** The report's body drawn in full (a report's own page, a list of reports). */
export function ReportBody(props: BodyProps) {
  return <ReportBodyContent {...props} />;
}

type Loaded = { state: "loading" } | { state: "loaded"; body: ReportBodyTexts } | { state: "failed" };

async function loadBody(src: string): Promise<Loaded> {
  try {
    const response = await fetch(src, { headers: { accept: "application/json" } });
    if (!response.ok) return { state: "failed" };
    const { body } = (await response.json()) as { body: ReportBodyTexts };
    return { state: "loaded", body };
  } catch {
    return { state: "failed" };
  }
}

/**
 * The report's permalink, and a button that loads the report's body (GET
 * /api/reports/<id>/body) and shows and hides it: a guide's page then carries only each report's
 * summary. Before the page's scripts run, and without JavaScript, only the permalink shows: the
 * report's own page has the whole report.
 */
export function ReportBodyOnDemand({ reportId, labels, Heading }: Omit<BodyProps, "body"> & { reportId: string }) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const locale = useLocale();
  const id = `report-${reportId}-details`;
  const src = `/api/reports/${reportId}/body?locale=${locale}`;
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const permalink = (
    <Link href={`/reports/${reportId}`} prefetch={false} className="report-link">
      {labels.openReport}
    </Link>
  );

  async function toggle() {
    setOpen(!open);
    // Loaded again on every opening: the report may have changed since (a guide stays open for long).
    if (open) return;
    setLoaded((previous) => (previous?.state === "loaded" ? previous : { state: "loading" }));
    setLoaded(await loadBody(src));
  }

  return (
    <>
      <p className="report-actions">
        {hydrated ? (
          <button type="button" aria-expanded={open} aria-controls={id} onClick={() => void toggle()} className="toggle-button">
            {open ? labels.hideDetails : labels.showDetails}
          </button>
        ) : null}
        {permalink}
      </p>
      <div id={id} hidden={!open} aria-busy={loaded?.state === "loading" || undefined} className="space-y-6">
        {open && loaded?.state === "loading" ? <p role="status">{labels.loading}</p> : null}
        {open && loaded?.state === "failed" ? (
          <p role="alert">
            {labels.loadFailed} {permalink}
          </p>
        ) : null}
        {open && loaded?.state === "loaded" ? <ReportBodyContent body={loaded.body} labels={labels} Heading={Heading} /> : null}
      </div>
    </>
  );
}
