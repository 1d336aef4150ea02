import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../i18n';

// Tree-shaken: only the bar chart, its components and the SVG renderer are bundled.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

/** A point of a series: a number, "no data" with its reason, or nothing reported; never confused with each other. */
export type ChartPoint = { kind: 'number'; amount: string } | { kind: 'no_data'; reason: string } | { kind: 'missing' };
export interface ChartSeries {
  name: string;
  points: ChartPoint[];
}
export interface ChartProps {
  /** The chart's title, also the table twin's caption. */
  caption: string;
  /** What the chart shows, in words (read by screen readers, shown to everyone). */
  description: string;
  categories: string[];
  /** The table twin's header of the categories column ("Year" unless told). */
  categoryHeader?: string;
  series: ChartSeries[];
  /** Written after every number (e.g. "%"), in the table, the tooltip and the axis. */
  unit?: string;
  /** The value axis' top (e.g. 100 for a share); ECharts picks one from the data when absent. */
  max?: number;
  /** Extra columns of the table twin: their headers, and their cells per series and category (e.g. provenance). */
  details?: { headers: string[]; cells: (series: number, category: number) => ReactNode[] };
}

/** The chart's text for a point: a formatted number (with its unit), "No data", or "Not reported". */
function pointText(point: ChartPoint, noData: string, notReported: string, unit?: string): string {
  if (point.kind === 'number') return unit ? `${formatAmount(point.amount)} ${unit}` : formatAmount(point.amount);
  return point.kind === 'no_data' ? `${noData} (${point.reason})` : notReported;
}

/**
 * The one chart component of the console: an ECharts bar chart (SVG, aria on, decal patterns so series differ without
 * colour) with its text description and its table twin, always. "No data" and "not reported" draw no bar but a
 * label of their own; a 0 is a labelled bar of height 0.
 */
export function Chart({ caption, description, categories, categoryHeader, series, unit, max, details }: ChartProps) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const noData = t('value.noData');
  const notReported = t('value.notReported');
  // Redrawn when what it shows changes, not on every render of the screen around it.
  const signature = JSON.stringify([categories, series, description, unit, max]);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true, label: { description }, decal: { show: true } },
      animation: false,
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesIndex: number; dataIndex: number }) =>
          `${series[p.seriesIndex].name}, ${categories[p.dataIndex]}: ${pointText(series[p.seriesIndex].points[p.dataIndex], noData, notReported, unit)}`,
      },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', max, axisLabel: unit ? { formatter: `{value} ${unit}` } : undefined },
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.points.map((point) =>
          point.kind === 'number'
            ? {
                value: Number(point.amount),
                label: { show: Number(point.amount) === 0, position: 'top', formatter: '0' },
              }
            : {
                value: 0,
                itemStyle: { opacity: 0 },
                label: {
                  show: true,
                  position: 'insideBottom',
                  rotate: 90,
                  align: 'left',
                  formatter: point.kind === 'no_data' ? t('chart.noDataShort') : t('chart.notReportedShort'),
                  color: point.kind === 'no_data' ? '#6b3a00' : '#555',
                },
              },
        ),
      })),
    });
    return () => chart.dispose();
  }, [signature, noData, notReported, t]);
  return (
    <figure className="chart">
      <figcaption>{caption}</figcaption>
      <div ref={element} className="chart-canvas" role="img" aria-label={description} />
      <p className="chart-description">{description}</p>
      <p className="chart-legend-note">{t('chart.legendNote')}</p>
      <table>
        <caption>{t('chart.tableCaption', { caption })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.series')}</th>
            <th scope="col">{categoryHeader ?? t('chart.category')}</th>
            <th scope="col">{t('review.value')}</th>
            {details?.headers.map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.flatMap((s, si) =>
            s.points.map((point, ci) => (
              <tr key={`${s.name} ${categories[ci]}`}>
                <th scope="row">{s.name}</th>
                <td>{categories[ci]}</td>
                <td
                  className={
                    point.kind === 'number'
                      ? 'value-number'
                      : point.kind === 'no_data'
                        ? 'value-no-data'
                        : 'value-missing'
                  }
                >
                  {pointText(point, noData, notReported, unit)}
                </td>
                {details?.cells(si, ci).map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </figure>
  );
}
