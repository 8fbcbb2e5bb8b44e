"use client";

import { useState } from "react";

const tableClass = "min-w-full border-collapse text-left [&_td]:border-t [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_th]:px-2 [&_th]:py-1 [&_th]:font-medium dark:[&_td]:border-slate-800";

/**
 * A chart's data as a table in a disclosure, its rows drawn when the reader opens it: a guide's
 * curve has a hundred rows, which would otherwise be sent twice (HTML and RSC payload) to every
 * reader while few open them. Without JavaScript the disclosure says so; the figures beside the
 * chart (median, quartiles, shares by day) are text.
 */
export function TableDetails({
  summary,
  columns,
  rows,
  noScript,
}: {
  summary: string;
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  noScript: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-slate-600 underline decoration-dotted dark:text-slate-400">{summary}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className={tableClass}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {open
              ? rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, column) => (
                      <td key={column}>{cell}</td>
                    ))}
                  </tr>
                ))
              : null}
          </tbody>
        </table>
        <noscript>
          <p>{noScript}</p>
        </noscript>
      </div>
    </details>
  );
}
