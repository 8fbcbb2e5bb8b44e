import { scaleBand, scaleLinear } from "d3-scale";
import { getTranslations } from "next-intl/server";
import { fitLabel } from "@/lib/domain/chart-labels";
import { ChartFrame, tableClass } from "./chart-frame";
import { getDaysFormatter } from "../days";

export type ComparisonBar = { key: string; name: string; median: number | null; firstQuartile: number | null; thirdQuartile: number | null };

const WIDTH = 520;
const ROW = 32;
const MARGIN = { top: 12, right: 56, bottom: 40, left: 150 };
// Exchange names right-aligned against the bars; longer ones end in "…" (the table has them whole).
const LABEL = { fontSize: 13, maxWidth: MARGIN.left - 12 };

/** Median days to resolution per exchange as horizontal bars, with whiskers from the first to the third quartile. */
export async function ComparisonChart({ id, bars }: { id: string; bars: readonly ComparisonBar[] }) {
  const [t, tTiming] = await Promise.all([getTranslations("guide.chart"), getTranslations("guide.timing")]);
  const height = MARGIN.top + MARGIN.bottom + Math.max(bars.length, 1) * ROW;
  const highest = Math.max(7, ...bars.map((bar) => bar.thirdQuartile ?? bar.median ?? 0));
  const x = scaleLinear().domain([0, highest]).nice().rangeRound([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleBand<string>()
    .domain(bars.map((bar) => bar.key))
    .range([MARGIN.top, height - MARGIN.bottom])
    .round(true)
    .padding(0.3);
  const days = await getDaysFormatter();

  return (
    <ChartFrame
      id={id}
      title={t("compareTitle")}
      description={t("compareDesc", { count: bars.length })}
      width={WIDTH}
      height={height}
      tableSummary={t("tableSummary")}
      table={
        <table className={tableClass}>
          <thead>
            <tr>
              <th scope="col">{t("exchange")}</th>
              <th scope="col">{t("medianDays")}</th>
              <th scope="col">{t("iqr")}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.name}</th>
                <td>{days(bar.median)}</td>
                <td>{tTiming("quartileRange", { low: days(bar.firstQuartile), high: days(bar.thirdQuartile) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <g aria-hidden="true" className="fill-current text-[12px]">
        {x.ticks(6).map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={height - MARGIN.bottom} className="stroke-slate-200 dark:stroke-slate-800" />
            <text x={x(tick)} y={height - MARGIN.bottom + 16} textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
        <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={height - 6} textAnchor="middle">
          {t("xAxis")}
        </text>
      </g>
      {bars.map((bar) => {
        const top = y(bar.key) ?? 0;
        const middle = top + y.bandwidth() / 2;
        const label = fitLabel(bar.name, LABEL);
        return (
          <g key={bar.key} aria-hidden="true">
            <text x={MARGIN.left - 8} y={middle} textAnchor="end" dominantBaseline="middle" fontSize={LABEL.fontSize} className="fill-current text-slate-800 dark:text-slate-200">
              {label !== bar.name ? <title>{bar.name}</title> : null}
              {label}
            </text>
            {bar.median !== null ? (
              <rect x={x(0)} y={top} width={Math.max(1, x(bar.median) - x(0))} height={y.bandwidth()} rx={2} className="fill-current text-brand-600/80 dark:text-brand-300/80" />
            ) : null}
            {bar.firstQuartile !== null && bar.thirdQuartile !== null ? (
              <g className="stroke-current text-slate-900 dark:text-slate-100" strokeWidth={1.5}>
                <line x1={x(bar.firstQuartile)} x2={x(bar.thirdQuartile)} y1={middle} y2={middle} />
                <line x1={x(bar.firstQuartile)} x2={x(bar.firstQuartile)} y1={middle - 6} y2={middle + 6} />
                <line x1={x(bar.thirdQuartile)} x2={x(bar.thirdQuartile)} y1={middle - 6} y2={middle + 6} />
              </g>
            ) : null}
            <text x={x(bar.thirdQuartile ?? bar.median ?? 0) + 6} y={middle} dominantBaseline="middle" className="fill-current text-[12px]">
              {days(bar.median)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
