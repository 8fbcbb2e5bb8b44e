import { scaleLinear } from "d3-scale";
import { curveStepAfter, line } from "d3-shape";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolutionChartExtent, type KaplanMeierPoint } from "@/lib/domain/stats";
import { ChartFrame, tableClass } from "./chart-frame";
import { getDaysFormatter } from "../days";

const WIDTH = 480;
const HEIGHT = 270;
const MARGIN = { top: 16, right: 20, bottom: 44, left: 52 };

/**
 * Share of cases resolved by each day, 1 - S(t) of the Kaplan-Meier estimate, as the step
 * function it is, with the median marked where the curve crosses one half.
 */
export async function ResolutionCurveChart({
  id,
  exchangeName,
  curve,
  median,
  n,
}: {
  id: string;
  exchangeName: string;
  curve: readonly KaplanMeierPoint[];
  median: number | null;
  n: number;
}) {
  const [t, format] = await Promise.all([getTranslations("guide.chart"), getFormatter()]);
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  const { endDay, lastDay, cut } = resolutionChartExtent(curve, { median });
  const x = scaleLinear().domain([0, endDay]).nice().rangeRound([MARGIN.left, WIDTH - MARGIN.right]);
  const shownUntil = x.domain()[1] ?? endDay;
  const y = scaleLinear().domain([0, 1]).rangeRound([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const shown = curve.filter((point) => point.time <= shownUntil);
  const points: [number, number][] = [[0, 0], ...shown.map((point): [number, number] => [point.time, 1 - point.survival])];
  // The estimate is flat after the last observed time up to where the data end, or the axis does.
  const last = points[points.length - 1];
  if (last) points.push([Math.min(lastDay, shownUntil), last[1]]);
  const path = line<[number, number]>()
    .x(([day]) => x(day))
    .y(([, share]) => y(share))
    .curve(curveStepAfter)(points);
  const medianLabel = (await getDaysFormatter())(median);

  return (
    <ChartFrame
      id={id}
      title={t("resolvedTitle", { exchange: exchangeName })}
      description={t("resolvedDesc", { n, median: medianLabel })}
      width={WIDTH}
      height={HEIGHT}
      note={cut ? t("curveCut", { shown: Math.round(shownUntil), last: Math.round(lastDay) }) : undefined}
      table={{
        summary: t("tableSummary"),
        content: (
          <table className={tableClass}>
            <thead>
              <tr>
                <th scope="col">{t("day")}</th>
                <th scope="col">{t("shareResolved")}</th>
                <th scope="col">{t("atRisk")}</th>
              </tr>
            </thead>
            <tbody>
              {curve.map((point) => (
                <tr key={point.time}>
                  <td>{point.time}</td>
                  <td>{percent(1 - point.survival)}</td>
                  <td>{point.atRisk}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ),
      }}
    >
      <g aria-hidden="true" className="fill-current text-[12px]">
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200 dark:stroke-slate-800" />
            <text x={MARGIN.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {percent(tick)}
            </text>
          </g>
        ))}
        {x.ticks(6).map((tick) => (
          <text key={tick} x={x(tick)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
            {tick}
          </text>
        ))}
        <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 6} textAnchor="middle">
          {t("xAxis")}
        </text>
        <text transform={`translate(14 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {t("yAxis")}
        </text>
      </g>
      <path d={path ?? ""} fill="none" strokeWidth={2.5} className="stroke-current text-brand-700 dark:text-brand-300" />
      {median !== null ? (
        <g aria-hidden="true" className="text-amber-700 dark:text-amber-300">
          <line x1={x(median)} x2={x(median)} y1={y(0)} y2={y(0.5)} strokeDasharray="4 3" className="stroke-current" />
          <line x1={MARGIN.left} x2={x(median)} y1={y(0.5)} y2={y(0.5)} strokeDasharray="4 3" className="stroke-current" />
          <circle cx={x(median)} cy={y(0.5)} r={4} className="fill-current" />
          <text
            x={x(median) > WIDTH * 0.65 ? x(median) - 8 : x(median) + 8}
            y={y(0.5) - 8}
            textAnchor={x(median) > WIDTH * 0.65 ? "end" : "start"}
            className="fill-current text-[13px] font-semibold"
          >
            {t("medianMark", { days: medianLabel })}
          </text>
        </g>
      ) : null}
    </ChartFrame>
  );
}
