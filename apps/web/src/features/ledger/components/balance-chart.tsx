"use client";

import { formatFen } from "@crm/domain";
import { LineChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only what a line chart needs: keeps the console's bundle small.
echarts.use([LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface BalancePointView {
  date: string;
  balance: number;
}

/** Axis labels in yuan, shortened (¥12.5万 / ¥1.2亿 in Chinese, ¥12.5k / ¥1.2M in English). */
function axisYuan(fen: number, lang: "zh" | "en"): string {
  const yuan = fen / 100;
  if (lang === "zh") {
    if (yuan >= 1e8) return `¥${trim(yuan / 1e8)}亿`;
    if (yuan >= 1e4) return `¥${trim(yuan / 1e4)}万`;
  } else {
    if (yuan >= 1e6) return `¥${trim(yuan / 1e6)}M`;
    if (yuan >= 1e3) return `¥${trim(yuan / 1e3)}k`;
  }
  return `¥${trim(yuan)}`;
}

function trim(n: number): string {
  return n.toFixed(1).replace(/\.0$/, "");
}

/**
 * The closing balance per day as an area line (echarts, canvas). Amounts arrive in 分 and the
 * tooltip shows them exactly (formatFen); only the axis rounds.
 */
export function BalanceChart({
  points,
  lang,
  seriesName,
  height = 260,
}: {
  points: readonly BalancePointView[];
  lang: "zh" | "en";
  seriesName: string;
  height?: number;
}) {
  const host = useRef<HTMLDivElement | null>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: "canvas" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
        tooltip: {
          trigger: "axis",
          formatter: (params: unknown) => {
            const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
            const point = first ? points[first.dataIndex] : undefined;
            return point ? `${point.date}<br/>${seriesName}：<b>¥${formatFen(point.balance)}</b>` : "";
          },
        },
        xAxis: {
          type: "category",
          boundaryGap: false,
          data: points.map((p) => p.date.slice(5)),
          axisLabel: { color: "#8c8c8c" },
          axisLine: { lineStyle: { color: "#d9d9d9" } },
          axisTick: { show: false },
        },
        yAxis: {
          type: "value",
          min: 0,
          axisLabel: { color: "#8c8c8c", formatter: (value: number) => axisYuan(value, lang) },
          splitLine: { lineStyle: { color: "#f0f0f0" } },
        },
        series: [
          {
            name: seriesName,
            type: "line",
            step: "end",
            showSymbol: false,
            data: points.map((p) => p.balance),
            lineStyle: { width: 2, color: "#1677ff" },
            itemStyle: { color: "#1677ff" },
            areaStyle: {
              color: new echarts.graphic.LinearGradient(0, 0, 0, 1, [
                { offset: 0, color: "rgba(22,119,255,0.25)" },
                { offset: 1, color: "rgba(22,119,255,0.02)" },
              ]),
            },
          },
        ],
      },
      true,
    );
  }, [points, lang, seriesName]);

  return <div ref={host} style={{ width: "100%", height }} data-testid="balance-chart" />;
}
