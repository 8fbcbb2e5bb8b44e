import { scaleBand, scaleLinear } from "d3-scale";
import { getTranslations } from "next-intl/server";
import { fitLabel } from "@/lib/domain/chart-labels";
import { ChartFrame } from "./chart-frame";
import { getDaysFormatter } from "../days";

export type ComparisonBar = { key: string; name: string; median: number | null; firstQuartile: number | null; thirdQuartile: number | null };

const WIDTH = 520;
const ROW = 32;
const MARGIN = { top: 12, right: 56, bottom: 40, left: 150 };
// Exchange names right-aligned against the bars; longer ones end in "…" (the table has them whole).
const LABEL = { fontSize: 13, maxWidth: MARGIN.left - 12 };
const WHISKER_CAP = 6;

/**
 * Median days to resolution per exchange as horizontal bars, with whiskers from the first to the
 * third quartile. With a hundred exchanges every element counts twice (in the HTML and in the
 * RSC payload), so bars and whiskers are one path each, labels share their attributes through
 * their group, and the data table is the page's main table (`tableHref`), not a copy of it.
 */
export async function ComparisonChart({ id, bars, tableHref }: { id: string; bars: readonly ComparisonBar[]; tableHref: string }) {
  const [t, tCompare] = await Promise.all([getTranslations("guide.chart"), getTranslations("guide.compare")]);
  const height = MARGIN.top + MARGIN.bottom + Math.max(bars.length, 1) * ROW;
  const highest = Math.max(7, ...bars.map((bar) => bar.thirdQuartile ?? bar.median ?? 0));
  const x = scaleLinear().domain([0, highest]).nice().rangeRound([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleBand<string>()
    .domain(bars.map((bar) => bar.key))
    .range([MARGIN.top, height - MARGIN.bottom])
    .round(true)
    .padding(0.3);
  const days = await getDaysFormatter();
  const band = y.bandwidth();
  const rows = bars.map((bar) => {
    const top = y(bar.key) ?? 0;
    return { bar, top, middle: top + Math.round(band / 2), label: fitLabel(bar.name, LABEL) };
  });
  const barPath = rows
    .filter(({ bar }) => bar.median !== null)
    .map(({ bar, top }) => `M${x(0)} ${top}h${Math.max(1, x(bar.median ?? 0) - x(0))}v${band}H${x(0)}z`)
    .join("");
  const whiskerPath = rows
    .flatMap(({ bar, middle }) => {
      if (bar.firstQuartile === null || bar.thirdQuartile === null) return [];
      const [low, high] = [x(bar.firstQuartile), x(bar.thirdQuartile)];
      return [`M${low} ${middle - WHISKER_CAP}v${2 * WHISKER_CAP}m0 -${WHISKER_CAP}H${high}m0 -${WHISKER_CAP}v${2 * WHISKER_CAP}`];
    })
    .join("");

  return (
    <ChartFrame
      id={id}
      title={t("compareTitle")}
      description={t("compareDesc", { count: bars.length })}
      width={WIDTH}
      height={height}
      table={{ href: tableHref, label: tCompare("chartTableLink") }}
    >
      <g aria-hidden="true" className="fill-current text-[12px]">
        <path d={x.ticks(6).map((tick) => `M${x(tick)} ${MARGIN.top}V${height - MARGIN.bottom}`).join("")} className="stroke-slate-200 dark:stroke-slate-800" />
        <g textAnchor="middle">
          {x.ticks(6).map((tick) => (
            <text key={tick} x={x(tick)} y={height - MARGIN.bottom + 16}>
              {tick}
            </text>
          ))}
          <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={height - 6}>
            {t("xAxis")}
          </text>
        </g>
      </g>
      <g aria-hidden="true">
        <path d={barPath} className="fill-current text-brand-600/80 dark:text-brand-300/80" />
        <path d={whiskerPath} fill="none" strokeWidth={1.5} className="stroke-current text-slate-900 dark:text-slate-100" />
        <g textAnchor="end" dominantBaseline="middle" fontSize={LABEL.fontSize} className="fill-current text-slate-800 dark:text-slate-200">
          {rows.map(({ bar, middle, label }) => (
            <text key={bar.key} x={MARGIN.left - 8} y={middle}>
              {label !== bar.name ? <title>{bar.name}</title> : null}
              {label}
            </text>
          ))}
        </g>
        <g dominantBaseline="middle" className="fill-current text-[12px]">
          {rows.map(({ bar, middle }) => (
            <text key={bar.key} x={x(bar.thirdQuartile ?? bar.median ?? 0) + 6} y={middle}>
              {days(bar.median)}
            </text>
          ))}
        </g>
      </g>
    </ChartFrame>
  );
}
