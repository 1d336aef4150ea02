import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface BarRow {
  key: string;
  label: string;
  /** The bar's length on a 0..max scale; undefined = "no data" (drawn as no bar and said so, never as 0). */
  value?: number;
  /** The value as the table twin writes it. */
  display: string;
  /** Extra cells of the table twin. */
  details?: string[];
}

/**
 * A minimal horizontal bar chart with its table twin: the bars are decoration (aria-hidden), the table below carries
 * every figure for screen readers and for copying, and the text description says what the chart shows.
 */
export function ChartBars({ title, description, rows, max, valueHeader, detailHeaders = [] }: { title: string; description: string; rows: BarRow[]; max: number; valueHeader: string; detailHeaders?: string[] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <figure aria-labelledby={`${id}-title`}>
      <figcaption>
        <strong id={`${id}-title`}>{title}</strong>
        <br />
        {description}
      </figcaption>
      <div className="bar-chart" aria-hidden="true">
        {rows.map((row) => (
          <div className="bar-row" key={row.key}>
            <span>{row.label}</span>
            {row.value === undefined ? <span className="bar-none">{t('chart.noData')}</span> : <span className="bar" style={{ width: `${Math.max(0, Math.min(100, (row.value / max) * 100))}%` }} />}
            <span>{row.display}</span>
          </div>
        ))}
      </div>
      <table>
        <caption>{t('chart.tableOf', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.item')}</th>
            <th scope="col">{valueHeader}</th>
            {detailHeaders.map((header) => <th scope="col" key={header}>{header}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className={row.value === undefined ? 'value-no-data' : 'value-number'}>{row.display}</td>
              {(row.details ?? []).map((cell, index) => <td key={index}>{cell}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
