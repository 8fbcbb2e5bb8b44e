import { scaleLinear } from "d3-scale";
import { curveStepAfter, line } from "d3-shape";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolutionChartExtent, type KaplanMeierPoint } from "@/lib/domain/stats";
import { ChartFrame } from "./chart-frame";
import { ResolutionCurvePlot, type CurvePlot } from "./resolution-curve-plot";
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
  const medianX = median === null ? 0 : x(median);
  const plot: CurvePlot = {
    yTicks: y.ticks(4).map((tick) => [y(tick), percent(tick)]),
    xTicks: x.ticks(6).map((tick) => [x(tick), String(tick)]),
    left: MARGIN.left,
    right: WIDTH - MARGIN.right,
    tickY: HEIGHT - MARGIN.bottom + 16,
    xAxis: { x: (MARGIN.left + WIDTH - MARGIN.right) / 2, y: HEIGHT - 6, label: t("xAxis") },
    yAxis: { transform: `translate(14 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`, label: t("yAxis") },
    curve: path ?? "",
    median:
      median === null
        ? null
        : {
            path: `M${medianX},${y(0)}V${y(0.5)}H${MARGIN.left}`,
            cx: medianX,
            cy: y(0.5),
            label: t("medianMark", { days: medianLabel }),
            labelX: medianX > WIDTH * 0.65 ? medianX - 8 : medianX + 8,
            labelY: y(0.5) - 8,
            anchor: medianX > WIDTH * 0.65 ? "end" : "start",
          },
  };

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
        columns: [t("day"), t("shareResolved"), t("atRisk")],
        rows: curve.map((point) => [format.number(point.time, { maximumFractionDigits: 1 }), percent(1 - point.survival), point.atRisk]),
        noScript: t("tableNeedsScripts"),
      }}
    >
      <ResolutionCurvePlot plot={plot} />
    </ChartFrame>
  );
}
