import type { Column, Rule, Template } from "../catalog/schema";
import { parsePeriod } from "../period/period";
import { COLUMN_KEYS_TAG, ID_COLUMN, identityCells } from "./identity";
import { inputFormat, NOTE_FORMAT } from "./input-format";
import { A4_ONE_PAGE_WIDE, type CellRange, type InputCell, type LayoutCell, type SheetLayout } from "./model";
import { columnWidths, heightFor, rowStyles } from "./column-widths";
import { STYLES, type StyleName } from "./styles";
import { rowHeightFor } from "./text-metrics";

export interface LayoutOptions {
  unit: string;
  period: string;
}

/** Placeholder printed where the user gave no unit or period, as blank forms print dotted lines. */
const BLANK = "…………………………";
export const INPUT_LEGEND = "Ô nền vàng là ô nhập số liệu; di chuột vào ô để xem hướng dẫn nhập.";

const FIRST_TABLE_COL = ID_COLUMN + 1;

function fill(text: string, unit: string, period: string): string {
  return text.replace(/\{unit\}/g, unit ? unit.toLocaleUpperCase("vi") : BLANK).replace(/\{period\}/g, period || BLANK);
}

export function buildLayout(template: Template, opts: LayoutOptions): SheetLayout {
  const unit = opts.unit.trim();
  const period = opts.period.trim();
  const months = parsePeriod(period).months;
  const cols = template.columns;
  const colIndex = new Map(cols.map((c, i) => [c.key, FIRST_TABLE_COL + i]));
  const lastCol = FIRST_TABLE_COL + cols.length - 1;
  const widths = columnWidths(template);
  const widthOf = (col: number) => widths[col - FIRST_TABLE_COL] ?? 10;
  const tableWidth = widths.reduce((a, b) => a + b, 0);

  const cells: LayoutCell[] = [];
  const merges: CellRange[] = [];
  const rowInfo = new Map<number, { height?: number; hidden?: boolean }>();
  const inputs: InputCell[] = [];
  const put = (
    row: number,
    col: number,
    value: LayoutCell["value"],
    style: StyleName,
    extra: Partial<LayoutCell> = {},
  ) => cells.push({ row, col, value, style, locked: true, ...extra });
  // Every row is as tall as the tallest text of its cells needs, wrapped in its column and font: no taller.
  const height = (row: number, points: number) => {
    const prev = rowInfo.get(row)?.height ?? 0;
    rowInfo.set(row, { ...rowInfo.get(row), height: Math.max(prev, points) });
  };
  const fit = (row: number, text: string | number | null | undefined, width: number, style: StyleName, indent = 0) =>
    height(row, heightFor(text === null || text === undefined ? "" : String(text), width, style, indent));
  const spanRow = (row: number, text: string, style: StyleName) => {
    put(row, FIRST_TABLE_COL, text, style);
    merges.push({ top: row, left: FIRST_TABLE_COL, bottom: row, right: lastCol });
    fit(row, text, tableWidth, style);
  };

  // Title block, with the identity carriers beside it in the hidden id column.
  let r = 1;
  identityCells({ templateId: template.id, version: template.version, unit, period }).forEach((v, i) =>
    put(1 + i, ID_COLUMN, v, "id"),
  );
  spanRow(r++, template.table ? `${template.appendix} - Bảng ${template.table}` : template.appendix, "appendix");
  for (const line of template.title) spanRow(r++, fill(line, unit, period), "title");
  if (template.attachedTo) spanRow(r++, `(${fill(template.attachedTo, unit, period)})`, "attached");
  for (const line of template.headings) spanRow(r++, line, "heading");
  // Given, the unit and period print in one locked line. Left blank, the label stays locked and the value is a
  // marked, unlocked box beside it (right of the label column), so that the officer can still type it on the
  // protected sheet; recognition reads "Đơn vị báo cáo:" | "<value>" as it reads the one-line form.
  const labelEnd =
    FIRST_TABLE_COL +
    Math.max(
      0,
      cols.findIndex((c) => c.role === "label"),
    );
  const metaRow = (label: string, value: string) => {
    if (value || labelEnd >= lastCol) {
      spanRow(r++, `${label}: ${value || BLANK}`, "meta");
      return;
    }
    put(r, FIRST_TABLE_COL, `${label}:`, "metaLabel");
    put(r, labelEnd + 1, null, "blank", { locked: false });
    if (labelEnd > FIRST_TABLE_COL) merges.push({ top: r, left: FIRST_TABLE_COL, bottom: r, right: labelEnd });
    if (lastCol > labelEnd + 1) merges.push({ top: r, left: labelEnd + 1, bottom: r, right: lastCol });
    height(r++, 1);
  };
  metaRow("Đơn vị báo cáo", unit);
  metaRow("Kỳ báo cáo", period);
  r++;

  // Hidden row of column keys: lets a reader find value columns even if columns were inserted.
  const keyRow = r++;
  put(keyRow, ID_COLUMN, COLUMN_KEYS_TAG, "id");
  cols.forEach((c, i) => put(keyRow, FIRST_TABLE_COL + i, c.key, "id"));
  rowInfo.set(keyRow, { hidden: true });

  // Header: one row, or two when columns are grouped under an upper header.
  const grouped = cols.some((c) => c.group);
  const headerTop = r;
  const headerBottom = grouped ? r + 1 : r;
  /** Headers that span both header rows: their height is shared by the two rows. */
  const spanning: number[] = [];
  cols.forEach((c, i) => {
    const col = FIRST_TABLE_COL + i;
    if (!c.group) {
      put(headerTop, col, c.header, "header");
      if (grouped) {
        put(headerBottom, col, null, "header");
        merges.push({ top: headerTop, left: col, bottom: headerBottom, right: col });
        spanning.push(heightFor(c.header, widthOf(col), "header"));
      } else fit(headerTop, c.header, widthOf(col), "header");
    } else {
      put(headerBottom, col, c.header, "header");
      fit(headerBottom, c.header, widthOf(col), "header");
      const startsGroup = i === 0 || cols[i - 1].group !== c.group;
      if (startsGroup) {
        let end = i;
        while (end + 1 < cols.length && cols[end + 1].group === c.group) end++;
        for (let j = i; j <= end; j++) put(headerTop, FIRST_TABLE_COL + j, j === i ? c.group : null, "header");
        if (end > i) merges.push({ top: headerTop, left: col, bottom: headerTop, right: FIRST_TABLE_COL + end });
        let span = 0;
        for (let j = i; j <= end; j++) span += widthOf(FIRST_TABLE_COL + j);
        fit(headerTop, c.group, span, "header");
      }
    }
  });
  if (grouped) {
    const both = (rowInfo.get(headerTop)?.height ?? 0) + (rowInfo.get(headerBottom)?.height ?? 0);
    const tallest = Math.max(0, ...spanning);
    if (tallest > both) height(headerBottom, (rowInfo.get(headerBottom)?.height ?? 0) + tallest - both);
  }
  r = headerBottom + 1;

  // Body.
  const firstBody = r;
  const inputCell = (row: number, col: Column, rowId: string, rule: Rule, prefill: string | number | undefined) => {
    const colNo = colIndex.get(col.key)!;
    const optional = col.role === "note";
    const fmt = optional ? NOTE_FORMAT : inputFormat(rule, months);
    put(row, colNo, prefill ?? null, optional ? "note" : "input", {
      numFmt: fmt.numFmt,
      validation: fmt.validation,
      locked: false,
    });
    inputs.push({
      row,
      col: colNo,
      rowId,
      columnKey: col.key,
      ref: `${rowId}@${col.key}`,
      rule: optional ? { kind: "text" } : rule,
      optional,
    });
  };

  for (const row of template.rows) {
    if (row.type === "entries") {
      for (let n = 1; n <= row.count; n++) {
        const rowId = `${row.id}.${n}`;
        put(r, ID_COLUMN, rowId, "id");
        for (const col of cols) {
          if (col.role === "stt") put(r, colIndex.get(col.key)!, n, "stt");
          else if (col.role === "label" || col.role === "value" || col.role === "note")
            inputCell(r, col, rowId, col.rule ?? { kind: "text" }, undefined);
          else put(r, colIndex.get(col.key)!, null, "fixed");
        }
        // Blank lines the unit fills: room for two lines of its own text.
        height(r, rowHeightFor(2, STYLES.input.size));
        r++;
      }
      continue;
    }
    const isSection = row.type === "section";
    const styles = rowStyles(row);
    put(r, ID_COLUMN, isSection ? `#${row.id ?? ""}` : row.id, "id");
    for (const col of cols) {
      const c = colIndex.get(col.key)!;
      const printed = row.cells?.[col.key];
      const cell = (value: string | number | null, cellStyle: StyleName, extra: Partial<LayoutCell> = {}) => {
        put(r, c, value, cellStyle, extra);
        fit(r, value, widthOf(c), cellStyle, extra.indent);
      };
      switch (col.role) {
        case "stt":
          cell(row.stt ?? null, styles.stt);
          break;
        case "label":
          cell(row.label, styles.label, { indent: styles.indent });
          break;
        case "unit":
        case "reporter":
          cell((col.role === "unit" ? row.unit : row.reporter) ?? null, styles.text);
          break;
        case "info":
          cell(printed ?? null, typeof printed === "number" ? "fixedNumber" : styles.text);
          break;
        case "max":
          put(r, c, row.type === "indicator" && row.rule?.kind === "score" ? row.rule.max : null, "fixedNumber", {
            numFmt: "0.00",
          });
          break;
        case "value":
        case "note": {
          const rule = col.rule ?? (row.type === "indicator" ? row.rule : undefined);
          if (row.type === "indicator" && (rule || col.role === "note")) {
            inputCell(r, col, row.id, rule ?? { kind: "text" }, printed);
            fit(r, printed, widthOf(c), col.role === "note" ? "note" : "input");
          } else cell(printed ?? null, styles.text);
          break;
        }
      }
    }
    r++;
  }
  const lastBody = r - 1;

  // Notes printed under the table, then the input legend.
  r++;
  for (const note of template.notes) spanRow(r++, note, "legend");
  spanRow(r++, INPUT_LEGEND, "legend");
  const lastRow = r - 1;

  const columns = [
    { col: ID_COLUMN, width: 14, hidden: true },
    ...widths.map((width, i) => ({ col: FIRST_TABLE_COL + i, width })),
  ];
  const labelCol = cols.findIndex((c) => c.role === "label");
  return {
    sheetName: template.sheetName,
    identity: { templateId: template.id, version: template.version, unit, period },
    cells,
    merges,
    columns,
    rows: [...rowInfo.entries()].sort((a, b) => a[0] - b[0]).map(([row, info]) => ({ row, ...info })),
    freeze: { row: firstBody, col: FIRST_TABLE_COL + labelCol + 1 },
    print: {
      area: { top: 1, left: FIRST_TABLE_COL, bottom: lastRow, right: lastCol },
      titleRows: [headerTop, headerBottom],
      page: A4_ONE_PAGE_WIDE,
    },
    headerRows: [headerTop, headerBottom],
    body: { firstRow: firstBody, lastRow: lastBody },
    inputs,
    protect: true,
  };
}
