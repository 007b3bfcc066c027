"use client";

import { LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface DailyPoint {
  day: string;
  pv: number;
  uv: number;
  signups: number;
}

/** PV, UV and 登记数量 per Asia/Shanghai day as three lines (echarts, canvas). */
export function CampaignDailyChart({
  points,
  labels,
}: {
  points: readonly DailyPoint[];
  labels: [string, string, string];
}) {
  const host = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: "canvas" });
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: { data: labels, top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: "category", data: points.map((p) => p.day) },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: labels[0], type: "line", data: points.map((p) => p.pv), smooth: true },
        { name: labels[1], type: "line", data: points.map((p) => p.uv), smooth: true },
        { name: labels[2], type: "line", data: points.map((p) => p.signups), smooth: true },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [points, labels]);
  return <div ref={host} style={{ width: "100%", height: 300 }} data-testid="campaign-daily-chart" />;
}
