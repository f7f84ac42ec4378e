import type { Column, Row, Rule, Template } from "../catalog/schema";
import { parsePeriod } from "../period/period";
import { COLUMN_KEYS_TAG, ID_COLUMN, identityCells } from "./identity";
import { inputFormat, NOTE_FORMAT } from "./input-format";
import type { CellRange, InputCell, LayoutCell, SheetLayout } from "./model";
import type { StyleName } from "./styles";

export interface LayoutOptions {
  unit: string;
  period: string;
}

/** Placeholder printed where the user gave no unit or period, as blank forms print dotted lines. */
const BLANK = "…………………………";
export const INPUT_LEGEND = "Ô nền vàng là ô nhập số liệu; di chuột vào ô để xem hướng dẫn nhập.";

const FIRST_TABLE_COL = ID_COLUMN + 1;
const LINE_HEIGHT = 15;

function fill(text: string, unit: string, period: string): string {
  return text.replace(/\{unit\}/g, unit ? unit.toLocaleUpperCase("vi") : BLANK).replace(/\{period\}/g, period || BLANK);
}

/** Column width in characters, from the longest thing it shows, within bounds that suit its role. */
function columnWidth(col: Column, rows: readonly Row[]): number {
  if (col.width) return col.width;
  const headerWord = Math.max(...col.header.split(/\s+/).map((w) => w.length)) + 2;
  const longest = (values: (string | number | undefined)[]) =>
    Math.max(0, ...values.map((v) => (v === undefined ? 0 : String(v).length)));
  const clamp = (n: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, n)));
  const rowsWith = rows.filter((r): r is Exclude<Row, { type: "entries" }> => r.type !== "entries");
  switch (col.role) {
    case "stt":
      return clamp(longest(rowsWith.map((r) => r.stt)) + 2, 5, 10);
    case "label":
      return clamp(longest(rowsWith.map((r) => r.label)) * 0.6, 36, 62);
    case "unit":
      return clamp(Math.max(headerWord, longest(rowsWith.map((r) => r.unit)) * 0.6), 10, 18);
    case "reporter":
      return clamp(Math.max(headerWord, longest(rowsWith.map((r) => r.reporter)) * 0.5), 14, 30);
    case "info":
      return clamp(Math.max(headerWord, longest(rowsWith.map((r) => r.cells?.[col.key])) * 0.5), 12, 36);
    case "max":
      return clamp(headerWord, 8, 10);
    case "note":
      return 18;
    case "value":
      return clamp(Math.max(headerWord, col.header.length / 3, col.rule?.kind === "text" ? 24 : 0), 10, 24);
  }
}

/** Lines a text needs at a width in characters (wrapped at word boundaries, roughly). */
function linesFor(text: string, width: number): number {
  const usable = Math.max(4, width - 1);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil((line.length * 1.05) / usable)), 0);
}

export function buildLayout(template: Template, opts: LayoutOptions): SheetLayout {
  const unit = opts.unit.trim();
  const period = opts.period.trim();
  const months = parsePeriod(period).months;
  const cols = template.columns;
  const colIndex = new Map(cols.map((c, i) => [c.key, FIRST_TABLE_COL + i]));
  const lastCol = FIRST_TABLE_COL + cols.length - 1;
  const widths = cols.map((c) => columnWidth(c, template.rows));
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
  const height = (row: number, lines: number) => {
    const h = Math.max(LINE_HEIGHT, lines * LINE_HEIGHT);
    const prev = rowInfo.get(row)?.height ?? 0;
    rowInfo.set(row, { ...rowInfo.get(row), height: Math.max(prev, h) });
  };
  const spanRow = (row: number, text: string, style: StyleName, lines = 1) => {
    put(row, FIRST_TABLE_COL, text, style);
    merges.push({ top: row, left: FIRST_TABLE_COL, bottom: row, right: lastCol });
    height(row, Math.max(lines, linesFor(text, tableWidth * 0.9)));
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
  spanRow(r++, `Đơn vị báo cáo: ${unit || BLANK}`, "meta");
  spanRow(r++, `Kỳ báo cáo: ${period || BLANK}`, "meta");
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
  cols.forEach((c, i) => {
    const col = FIRST_TABLE_COL + i;
    if (!c.group) {
      put(headerTop, col, c.header, "header");
      if (grouped) {
        put(headerBottom, col, null, "header");
        merges.push({ top: headerTop, left: col, bottom: headerBottom, right: col });
      }
    } else {
      put(headerBottom, col, c.header, "header");
      const startsGroup = i === 0 || cols[i - 1].group !== c.group;
      if (startsGroup) {
        let end = i;
        while (end + 1 < cols.length && cols[end + 1].group === c.group) end++;
        for (let j = i; j <= end; j++) put(headerTop, FIRST_TABLE_COL + j, j === i ? c.group : null, "header");
        if (end > i) merges.push({ top: headerTop, left: col, bottom: headerTop, right: FIRST_TABLE_COL + end });
      }
    }
    height(headerBottom, linesFor(c.header, widthOf(col)));
  });
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
        height(r, 2);
        r++;
      }
      continue;
    }
    const isSection = row.type === "section";
    // Top-level rows print bold as in the sources; a PAR Index field is an indicator and still a heading.
    const style: StyleName = row.level === 0 ? (isSection ? "section" : "strong") : "label";
    put(r, ID_COLUMN, isSection ? `#${row.id ?? ""}` : row.id, "id");
    let lines = 1;
    for (const col of cols) {
      const c = colIndex.get(col.key)!;
      const printed = row.cells?.[col.key];
      switch (col.role) {
        case "stt":
          put(r, c, row.stt ?? null, isSection && row.level === 0 ? "section" : "stt");
          break;
        case "label":
          put(r, c, row.label, style, { indent: Math.max(0, row.level - 1) });
          lines = Math.max(lines, linesFor(row.label, widthOf(c) - 2 * Math.max(0, row.level - 1)));
          break;
        case "unit":
        case "reporter": {
          const text = col.role === "unit" ? row.unit : row.reporter;
          put(r, c, text ?? null, isSection && row.level === 0 ? "section" : "fixed");
          if (text) lines = Math.max(lines, linesFor(text, widthOf(c)));
          break;
        }
        case "info":
          put(
            r,
            c,
            printed ?? null,
            typeof printed === "number" ? "fixedNumber" : isSection && row.level === 0 ? "section" : "fixed",
          );
          if (printed !== undefined) lines = Math.max(lines, linesFor(String(printed), widthOf(c)));
          break;
        case "max":
          put(r, c, row.type === "indicator" && row.rule?.kind === "score" ? row.rule.max : null, "fixedNumber", {
            numFmt: "0.00",
          });
          break;
        case "value":
        case "note": {
          const rule = col.rule ?? (row.type === "indicator" ? row.rule : undefined);
          if (row.type === "indicator" && (rule || col.role === "note"))
            inputCell(r, col, row.id, rule ?? { kind: "text" }, printed);
          else put(r, c, printed ?? null, isSection && row.level === 0 ? "section" : "fixed");
          break;
        }
      }
    }
    height(r, lines);
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
    },
    headerRows: [headerTop, headerBottom],
    body: { firstRow: firstBody, lastRow: lastBody },
    inputs,
    protect: true,
  };
}
