"use client";

import { Link } from "@/lib/i18n/navigation";

/** One exchange's row, every figure already formatted on the server in the reader's language. */
export type ComparisonRowText = {
  rank: number;
  slug: string;
  name: string;
  n: number;
  resolutionRate: string;
  firstReply: { median: string; quartiles: string };
  resolution: { median: string; quartiles: string };
  resolvedBy7Days: string;
  confidence: { label: string; text: string };
};

/**
 * The comparison table's rows. A client component only for what crosses the wire: a hundred rows
 * as server components would be sent as their whole element tree in the RSC payload (beside the
 * same HTML); as props they are their texts alone (ADR 017). The table styles the cells.
 */
export function ComparisonRows({ rows }: { rows: readonly ComparisonRowText[] }) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.slug}>
          <td>{row.rank}</td>
          <th scope="row">
            <Link href={`/exchanges/${row.slug}`} prefetch={false}>
              {row.name}
            </Link>
          </th>
          <td>{row.n}</td>
          <td>{row.resolutionRate}</td>
          <td>
            <b>{row.firstReply.median}</b>
            <small>{row.firstReply.quartiles}</small>
          </td>
          <td>
            <b>{row.resolution.median}</b>
            <small>{row.resolution.quartiles}</small>
          </td>
          <td>{row.resolvedBy7Days}</td>
          <td>
            <span data-confidence={row.confidence.label}>{row.confidence.text}</span>
          </td>
        </tr>
      ))}
    </tbody>
  );
}
