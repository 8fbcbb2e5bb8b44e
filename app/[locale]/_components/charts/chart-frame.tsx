import type { ReactNode } from "react";
import { TableDetails } from "./table-details";

/**
 * An accessible SVG chart: role="img" named by its <title> and described by its <desc>, drawn in
 * a fixed viewBox whose width/height give the box its aspect ratio before anything loads (no
 * layout shift), followed by the same data as a table in a disclosure (or a link to that table).
 */
export function ChartFrame({
  id,
  title,
  description,
  width,
  height,
  table,
  note,
  children,
}: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  /**
   * The same data as a table in a disclosure under the chart, or a link to a table elsewhere on
   * the page that already holds them (the comparison's main table), so they are not sent twice.
   */
  table: Parameters<typeof TableDetails>[0] | { href: string; label: string };
  /** Shown under the chart, e.g. that the axis stops before the data do. */
  note?: string;
  children: ReactNode;
}) {
  return (
    <figure className="space-y-2">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        className="block h-auto w-full max-w-2xl text-slate-600 dark:text-slate-400"
        style={{ aspectRatio: `${width} / ${height}` }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      {note ? <figcaption className="text-sm text-slate-600 dark:text-slate-400">{note}</figcaption> : null}
      {"href" in table ? (
        <p className="text-sm">
          <a href={table.href} className="text-slate-600 underline decoration-dotted dark:text-slate-400">
            {table.label}
          </a>
        </p>
      ) : (
        <TableDetails {...table} />
      )}
    </figure>
  );
}
