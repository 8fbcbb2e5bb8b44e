"use client";

/** Where each part of the curve chart goes, in the chart's pixels, with its texts. */
export type CurvePlot = {
  /** [y, label] of each horizontal grid line, and [x, label] of each day tick. */
  yTicks: [number, string][];
  xTicks: [number, string][];
  left: number;
  right: number;
  /** Where the day ticks' labels sit, and the axis titles. */
  tickY: number;
  xAxis: { x: number; y: number; label: string };
  yAxis: { transform: string; label: string };
  curve: string;
  median: { path: string; cx: number; cy: number; label: string; labelX: number; labelY: number; anchor: "start" | "end" } | null;
};

/**
 * The resolution curve's drawing inside its ChartFrame, from positions the server computed. A
 * client component, so the RSC payload carries these numbers and texts instead of an element per
 * line and label (ADR 017); shared attributes sit on the groups.
 */
export function ResolutionCurvePlot({ plot }: { plot: CurvePlot }) {
  const { median } = plot;
  return (
    <>
      <g aria-hidden="true" className="fill-current text-[12px]">
        <g className="stroke-slate-200 dark:stroke-slate-800">
          {plot.yTicks.map(([y]) => (
            <line key={y} x1={plot.left} x2={plot.right} y1={y} y2={y} />
          ))}
        </g>
        <g textAnchor="end" dominantBaseline="middle">
          {plot.yTicks.map(([y, label]) => (
            <text key={y} x={plot.left - 8} y={y}>
              {label}
            </text>
          ))}
        </g>
        <g textAnchor="middle">
          {plot.xTicks.map(([x, label]) => (
            <text key={x} x={x} y={plot.tickY}>
              {label}
            </text>
          ))}
          <text x={plot.xAxis.x} y={plot.xAxis.y}>
            {plot.xAxis.label}
          </text>
          <text transform={plot.yAxis.transform}>{plot.yAxis.label}</text>
        </g>
      </g>
      <path d={plot.curve} fill="none" strokeWidth={2.5} className="stroke-current text-brand-700 dark:text-brand-300" />
      {median ? (
        <g aria-hidden="true" className="text-amber-700 dark:text-amber-300">
          <path d={median.path} fill="none" strokeDasharray="4 3" className="stroke-current" />
          <circle cx={median.cx} cy={median.cy} r={4} className="fill-current" />
          <text x={median.labelX} y={median.labelY} textAnchor={median.anchor} className="fill-current text-[13px] font-semibold">
            {median.label}
          </text>
        </g>
      ) : null}
    </>
  );
}
