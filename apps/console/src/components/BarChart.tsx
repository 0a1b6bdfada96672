import { useEffect, useRef } from 'react';
import { init, use } from 'echarts/core';
import { BarChart as Bars } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([Bars, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface Series {
  name: string;
  values: number[];
}

/** Stacked bars; the numbers drawn are exactly the report rows given (no rounding, no re-aggregation). */
export function BarChart({ categories, series, label }: { categories: string[]; series: Series[]; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = init(element.current);
    chart.setOption({
      aria: { enabled: true, label: { description: label } },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 40, bottom: 24 },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) => ({ type: 'bar', stack: 'total', name: s.name, data: s.values })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [categories, series, label]);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height: 280 }} />;
}
