import { ReactNode } from 'react';

/** One column of a table: its header, and what its cell shows for a row. */
export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column that names the row: its cells are row headers (`<th scope="row">`), read before each cell. */
  rowHeader?: boolean;
  /** The cell's class (e.g. "amount"), or one per row (e.g. "value-missing" where nothing is recorded). */
  className?: string | ((row: Row) => string | undefined);
}

/** A column of amounts (right-aligned figures, formatted by the caller). */
export const amountColumn = <Row,>(header: ReactNode, cell: (row: Row) => ReactNode): Column<Row> => ({
  header,
  cell,
  className: 'amount',
});

/**
 * The console's one table: a real `<table>` with its caption, a header cell per column (`scope="col"`) and a row per
 * item, so every screen's tables read the same to a screen reader. `children` are rows after the items (e.g. totals).
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  children,
}: {
  caption?: ReactNode;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => string | number;
  children?: ReactNode;
}) {
  return (
    <table>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th scope="col" key={index}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)}>
            {columns.map((column, c) => {
              const className = typeof column.className === 'function' ? column.className(row) : column.className;
              return column.rowHeader ? (
                <th scope="row" key={c} className={className}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={c} className={className}>
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
        {children}
      </tbody>
    </table>
  );
}
