"use client";

import { BarChart, FunnelChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only the charts 首页 draws (funnel, bars, lines) on canvas: keeps the console's bundle small.
echarts.use([FunnelChart, BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type EChartOption = echarts.EChartsCoreOption;

/**
 * One echarts instance on a div, the way the ledger's balance chart draws: created once,
 * resized with its box, disposed on unmount; a new `option` replaces the old one.
 */
export function EChart({ option, height, testId }: { option: EChartOption; height: number; testId: string }) {
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
    chart.current?.setOption({ animation: false, ...option }, true);
  }, [option]);

  return <div ref={host} style={{ width: "100%", height }} data-testid={testId} />;
}

/** Axis labels in yuan, shortened (¥12.5万 / ¥12.5k). */
export function axisYuan(fen: number, lang: "zh" | "en"): string {
  const yuan = fen / 100;
  const trim = (n: number) => n.toFixed(1).replace(/\.0$/, "");
  if (lang === "zh") {
    if (yuan >= 1e8) return `¥${trim(yuan / 1e8)}亿`;
    if (yuan >= 1e4) return `¥${trim(yuan / 1e4)}万`;
  } else {
    if (yuan >= 1e6) return `¥${trim(yuan / 1e6)}M`;
    if (yuan >= 1e3) return `¥${trim(yuan / 1e3)}k`;
  }
  return `¥${trim(yuan)}`;
}
