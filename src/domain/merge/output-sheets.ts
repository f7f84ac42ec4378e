import { plainTitle } from "../catalog/catalog";
import type { Template } from "../catalog/schema";
import { buildLayout } from "../layout/build-layout";
import { OUTPUT_TAG } from "../layout/carriers";
import { definitionSheetLayout } from "../layout/definition-sheet";
import { ID_COLUMN } from "../layout/identity";
import { fitCellText } from "../layout/cell-text";
import type { LayoutCell, SheetLayout } from "../layout/model";
import { tableLayout, type TableSpec } from "../layout/table-layout";
import type { Locale } from "../rules/finding";
import { addCarriers } from "./carry";
import { consolidateCell, describe, rateLinks } from "./consolidate";
import type { Leaf } from "./leaves";
import { baseName } from "./fit-cell";
import type { MergedTable, MergeResult } from "./merge";
import type { PreviousFigures, PreviousTable } from "./previous";

/** The names of the merge's output sheets: a contract with the task pane, the CLI and the tests. */
export const OUTPUT_SHEETS = { summary: "Tổng hợp", detail: "Chi tiết", sources: "Nguồn", checks: "Kiểm tra" } as const;

/**
 * A table's two sheets: "Tổng hợp"/"Chi tiết" when the merge has one template, else "Tổng hợp <sheet name of the
 * template>" and "Chi tiết <sheet name>" (DESIGN.md section 7).
 */
export function tableSheetNames(r: MergeResult, table: MergedTable): { summary: string; detail: string } {
  if (r.tables.length <= 1) return { summary: OUTPUT_SHEETS.summary, detail: OUTPUT_SHEETS.detail };
  const name = table.entry.template.sheetName;
  return { summary: `${OUTPUT_SHEETS.summary} ${name}`, detail: `${OUTPUT_SHEETS.detail} ${name}` };
}

const T = {
  vi: {
    how: "Cách tổng hợp",
    unitsLine: (n: number, detail: string) =>
      `Tổng hợp từ ${n} đơn vị; số liệu từng đơn vị ở trang «${detail}», nguồn ở trang «${OUTPUT_SHEETS.sources}».`,
    detailTitle: (title: string) => `CHI TIẾT SỐ LIỆU THEO ĐƠN VỊ: ${title}`,
    via: "qua",
    consolidationOf: (file: string, n: number) => `${file}; tổng hợp ${n} đơn vị`,
    viaHeader: "Qua bảng tổng hợp",
    byConsolidation: "Theo bảng tổng hợp",
    detailSub:
      "Mỗi cột là một đơn vị, kèm tên tệp đã gửi; cột cuối là số tổng hợp. Ô tô màu cam là giá trị lỗi, không được tổng hợp.",
    rejected: (v: string) => `${v} (lỗi, không tổng hợp)`,
    sourcesTitle: "NGUỒN SỐ LIỆU: CÁC TỆP ĐÃ NHẬN",
    checksTitle: "KẾT QUẢ KIỂM TRA CÁC TỆP ĐÃ NHẬN",
    stt: "STT",
    indicator: "Chỉ tiêu",
    result: "Tổng hợp",
    file: "Tệp",
    unit: "Đơn vị",
    period: "Kỳ báo cáo",
    template: "Mẫu biểu",
    version: "Phiên bản",
    recognized: "Nhận dạng",
    byIds: "Theo mã ẩn",
    byLabels: "Theo nhãn",
    errors: "Lỗi",
    warnings: "Cảnh báo",
    filled: "Đã nhập",
    status: "Trạng thái",
    reason: "Ghi chú",
    included: "Đã tổng hợp",
    duplicate: "Trùng, không tính",
    overlap: "Có ở đầu vào khác, tính một lần",
    skipped: "Không tổng hợp",
    sheet: "Trang tính",
    cell: "Ô",
    severity: "Mức độ",
    code: "Mã lỗi",
    value: "Giá trị",
    message: "Nội dung",
    error: "Lỗi",
    warning: "Cảnh báo",
    missing: "Chưa gửi",
    missingReason: "Có trong danh sách đơn vị nhưng chưa nhận được tệp.",
    suggestion: (u: string) => `Có phải «${u}»?`,
    block: "Mục",
    previous: (period: string) => (period ? `Kỳ trước\n(${period})` : "Kỳ trước"),
    previousStatus: "Kỳ trước",
    previousUsed: (sheet: string) => `Số liệu cột «Kỳ trước» của trang «${sheet}» lấy từ tệp này.`,
  },
  en: {
    how: "How consolidated",
    unitsLine: (n: number, detail: string) =>
      `Consolidated from ${n} units; each unit's figures are on «${detail}», sources on «${OUTPUT_SHEETS.sources}».`,
    detailTitle: (title: string) => `FIGURES BY UNIT: ${title}`,
    via: "via",
    consolidationOf: (file: string, n: number) => `${file}; consolidation of ${n} units`,
    viaHeader: "Through consolidations",
    byConsolidation: "From a consolidation",
    detailSub:
      "One column per unit, with the file it sent; the last column is the consolidated figure. Orange cells are invalid values, left out.",
    rejected: (v: string) => `${v} (invalid, left out)`,
    sourcesTitle: "SOURCES: THE FILES RECEIVED",
    checksTitle: "VALIDATION OF THE FILES RECEIVED",
    stt: "No.",
    indicator: "Indicator",
    result: "Consolidated",
    file: "File",
    unit: "Unit",
    period: "Period",
    template: "Template",
    version: "Version",
    recognized: "Recognised",
    byIds: "By hidden ids",
    byLabels: "By labels",
    errors: "Errors",
    warnings: "Warnings",
    filled: "Filled",
    status: "Status",
    reason: "Note",
    included: "Included",
    duplicate: "Duplicate, not counted",
    overlap: "Covered by another input, counted once",
    skipped: "Not included",
    sheet: "Sheet",
    cell: "Cell",
    severity: "Severity",
    code: "Code",
    value: "Value",
    message: "Message",
    error: "Error",
    warning: "Warning",
    missing: "Not sent",
    missingReason: "On the roster but no file was received.",
    suggestion: (u: string) => `Did you mean "${u}"?`,
    block: "Section",
    previous: (period: string) => (period ? `Previous period\n(${period})` : "Previous period"),
    previousStatus: "Previous period",
    previousUsed: (sheet: string) => `The "Previous period" figures of sheet «${sheet}» come from this file.`,
  },
};

/** The "how" text of a row: one line, or one per value column when they differ ("2019: Cộng 3/5 đơn vị"). */
function rowHow(cells: MergedTable["cells"]): string | null {
  const texts = cells.filter((c) => c.how);
  if (texts.length === 0) return null;
  if (texts.length === cells.length && texts.every((c) => c.how === texts[0].how)) return texts[0].how;
  return fitCellText(texts.map((c) => (cells.length > 1 ? `${c.header}: ${c.how}` : c.how)).join("\n"));
}

/**
 * A column added right of a laid-out table (inside its print area and title merges): its header over the header
 * rows, then one read-only cell per body row.
 */
function appendColumn(
  layout: SheetLayout,
  header: string,
  width: number,
  valueOf: (row: number) => string | number | null,
): void {
  const col = layout.print.area.right + 1;
  const [top, bottom] = layout.headerRows;
  layout.cells.push({ row: top, col, value: header, style: "header", locked: true });
  if (bottom > top) {
    layout.cells.push({ row: bottom, col, value: null, style: "header", locked: true });
    layout.merges.push({ top, left: col, bottom, right: col });
  }
  for (let row = layout.body.firstRow; row <= layout.body.lastRow; row++) {
    const value = valueOf(row);
    layout.cells.push({ row, col, value, style: typeof value === "number" ? "fixedNumber" : "fixed", locked: true });
  }
  for (const m of layout.merges) if (m.right === col - 1 && m.bottom < top) m.right = col;
  layout.columns.push({ col, width });
  layout.print.area.right = col;
}

/** "Tổng hợp": the template's own layout, its input cells holding the consolidated figures. */
function summarySheet(
  r: MergeResult,
  table: MergedTable,
  locale: Locale,
  names: { summary: string; detail: string },
  previous: PreviousTable | undefined,
) {
  const t = T[locale];
  const template = table.entry.template;
  const listTemplate = template.rows.some((row) => row.type === "entries");
  // A list appendix gets as many entry rows as the units sent, each labelled with its unit.
  const shaped: Template = listTemplate
    ? {
        ...template,
        rows: template.rows.map((row) =>
          row.type === "entries"
            ? { ...row, count: Math.max(1, table.entries.filter((e) => e.block === row.id).length) }
            : row,
        ),
      }
    : template;
  const layout = buildLayout(shaped, { unit: r.unit, period: r.period });
  const results = new Map(table.cells.map((c) => [c.input.ref, c]));
  const entryCells = new Map<string, string | number>();
  const entryRows = new Map<string, { leaf: number; values: ReadonlyMap<string, string | number> }>();
  for (const row of shaped.rows) {
    if (row.type !== "entries") continue;
    table.entries
      .filter((e) => e.block === row.id)
      .forEach((e, i) => {
        entryRows.set(`${row.id}.${i + 1}`, e);
        for (const [key, v] of e.values)
          entryCells.set(`${row.id}.${i + 1}@${key}`, key === "label" ? fitCellText(`${e.unit}: ${v}`) : v);
      });
  }
  const byPos = new Map(layout.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const byRow = new Map<number, MergedTable["cells"]>();
  for (const input of layout.inputs) {
    const cell = byPos.get(`${input.row}:${input.col}`)!;
    const consolidated = results.get(input.ref);
    const value = consolidated ? consolidated.result.value : (entryCells.get(input.ref) ?? null);
    Object.assign(cell, {
      value,
      style: typeof value === "number" ? "fixedNumber" : "fixed",
      validation: undefined,
      locked: true,
    } satisfies Partial<LayoutCell>);
    if (consolidated) byRow.set(input.row, [...(byRow.get(input.row) ?? []), consolidated]);
  }
  // The consolidated sheet is not a form: no inputs to fill, only figures to read.
  layout.inputs = [];

  // The previous period's figures beside this one's, one column per value column, when asked for.
  if (previous?.sheet) {
    const valueCols = template.columns.filter((c) => c.role === "value");
    for (const col of valueCols) {
      const byInputRow = new Map(
        table.cells.filter((c) => c.input.columnKey === col.key).map((c) => [c.input.row, c.input.ref] as const),
      );
      appendColumn(
        layout,
        valueCols.length > 1 ? `${t.previous(previous.period)}\n${col.header}` : t.previous(previous.period),
        16,
        (row) => {
          const ref = byInputRow.get(row);
          return ref === undefined ? null : (previous.values.get(ref) ?? null);
        },
      );
    }
  }
  // One more column says how each figure was obtained, how many units it counts and what it left out.
  appendColumn(layout, t.how, 40, (row) => {
    const cells = byRow.get(row);
    return cells ? rowHow(cells) : null;
  });
  const legendRow = layout.print.area.bottom;
  const legend = layout.cells.find((c) => c.row === legendRow && c.col === ID_COLUMN + 1);
  if (legend) legend.value = t.unitsLine(table.leaves.length, names.detail);
  layout.sheetName = names.summary;
  // What the next level needs to merge this consolidation again exactly, hidden in the sheet.
  addCarriers(layout, table, r, locale, entryRows);
  return layout;
}

/** "Chi tiết": indicators x units, each unit's column headed by its name and file, then the consolidated figure. */
function detailSheet(table: MergedTable, locale: Locale, name: string, leaves: boolean): SheetLayout {
  const t = T[locale];
  const title = plainTitle(table.entry);
  const template = table.entry.template;
  const multiColumn = template.columns.filter((c) => c.role === "value").length > 1;
  const listTemplate = template.rows.some((row) => row.type === "entries");
  if (listTemplate) {
    const valueCols = template.columns.filter((c) => c.role === "label" || c.role === "value" || c.role === "note");
    const sections = new Map(
      template.rows.flatMap((row, i) => {
        if (row.type !== "entries") return [];
        const heading = template.rows
          .slice(0, i)
          .reverse()
          .find((x) => x.type === "section");
        return [
          [
            row.id,
            heading && heading.type === "section" ? `${heading.stt ?? ""} ${heading.label}`.trim() : row.id,
          ] as const,
        ];
      }),
    );
    return tableLayout({
      sheetName: name,
      title: t.detailTitle(title),
      tag: `${OUTPUT_TAG}detail`,
      columns: [
        { header: t.stt, width: 6 },
        { header: t.block, width: 28, wrap: true },
        { header: t.unit, width: 28, wrap: true },
        { header: t.file, width: 24, wrap: true },
        ...valueCols.map((c) => ({ header: c.header, width: c.role === "label" ? 40 : 18, wrap: true })),
      ],
      rows: table.entries.map((e, i) => [
        i + 1,
        sections.get(e.block) ?? e.block,
        e.unit,
        e.file,
        ...valueCols.map((c) => e.values.get(c.key) ?? null),
      ]),
    });
  }
  const columns = detailColumns(table, leaves, locale);
  const rates = rateLinks(template);
  const marks: NonNullable<TableSpec["marks"]> = [];
  const rows = table.cells.map((c, i) => [
    i + 1,
    multiColumn ? `${c.label} — ${c.header}` : c.label,
    ...columns.map((column, k) => {
      const ref = c.input.ref;
      if (column.combined) {
        // A consolidation's column: its own figure over the units it brings.
        const of = (r: string) =>
          column.leaves.flatMap((l) => (l.values.get(r) ? [{ unit: l.unit, value: l.values.get(r)! }] : []));
        const link = rates.get(ref);
        const v = consolidateCell(c.input.rule, of(ref), locale, {
          total: column.leaves.length,
          rate: link && { numerator: of(link.numerator), denominator: of(link.denominator) },
        }).value;
        return typeof v === "string" ? fitCellText(v) : v;
      }
      const u = column.leaves[0];
      const v = u.values.get(ref);
      if (v) {
        const shown = describe(v, locale, c.input.rule);
        return typeof shown === "string" ? fitCellText(shown) : shown;
      }
      const rejected = u.excluded.get(ref);
      if (!rejected) return null;
      marks.push({ row: i, col: 2 + k, style: "rejected" });
      return fitCellText(t.rejected(rejected.value));
    }),
    typeof c.result.value === "string" ? fitCellText(c.result.value) : c.result.value,
    c.how,
  ]);
  return tableLayout({
    sheetName: name,
    title: t.detailTitle(title),
    subtitle: t.detailSub,
    tag: `${OUTPUT_TAG}detail`,
    columns: [
      { header: t.stt, width: 6 },
      { header: t.indicator, width: 50, wrap: true },
      ...columns.map((column) => ({ header: fitCellText(column.header), width: 16, numFmt: "#,##0.##", wrap: true })),
      { header: t.result, width: 16, numFmt: "#,##0.##", wrap: true },
      { header: t.how, width: 40, wrap: true },
    ],
    rows,
    marks,
  });
}

/**
 * The unit columns of Chi tiết: one per input (a consolidation's column holds its figure over the units it brings),
 * or, with `leaves`, one per unit whatever brought it. Headed by the unit and its file (and sheet, when a file holds
 * several of the template's sheets).
 */
function detailColumns(
  table: MergedTable,
  leaves: boolean,
  locale: Locale,
): { header: string; leaves: Leaf[]; combined: boolean }[] {
  const t = T[locale];
  const perFile = new Map<string, number>();
  for (const s of table.included) perFile.set(s.file, (perFile.get(s.file) ?? 0) + 1);
  const named = (file: string, sheet: string) =>
    `${baseName(file)}${(perFile.get(file) ?? 0) > 1 ? ` «${sheet}»` : ""}`;
  if (leaves)
    return table.leaves.map((l) => ({
      header: `${l.unit}\n(${named(l.file, l.sheet)}${l.via.length ? `; ${t.via} ${l.via.join(" › ")}` : ""})`,
      leaves: [l],
      combined: false,
    }));
  return table.included.flatMap((s) => {
    const own = table.leaves.filter((l) => l.input === s);
    if (own.length === 0) return [];
    const consolidation = s.report.recognition.consolidation?.ok === true;
    const file = named(s.file, s.report.sheet);
    return [
      {
        header: `${s.unit}\n(${consolidation ? t.consolidationOf(file, own.length) : file})`,
        leaves: own,
        combined: consolidation,
      },
    ];
  });
}

function sourcesSheet(r: MergeResult, locale: Locale, previous: PreviousFigures | undefined): SheetLayout {
  const t = T[locale];
  const status = { included: t.included, duplicate: t.duplicate, overlap: t.overlap, skipped: t.skipped };
  const rows: (string | number | null)[][] = r.sources.map((s, i) => [
    i + 1,
    s.file,
    s.sheet ?? null,
    s.unit || null,
    s.period || null,
    s.template?.id ?? null,
    s.template?.version ?? null,
    s.via ? t.byConsolidation : s.recognizedBy ? (s.recognizedBy === "metadata" ? t.byIds : t.byLabels) : null,
    s.via?.join(" › ") || null,
    s.errors,
    s.warnings,
    s.expected !== undefined ? `${s.filled}/${s.expected}` : null,
    status[s.status],
    s.reason ?? null,
  ]);
  for (const m of r.missing)
    rows.push([
      rows.length + 1,
      null,
      null,
      m.unit,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      t.missing,
      m.suggestion ? `${t.missingReason} ${t.suggestion(m.suggestion)}` : t.missingReason,
    ]);
  // The earlier consolidation the "Kỳ trước" columns come from: traceable like every other figure.
  for (const [id, p] of previous?.tables ?? [])
    rows.push([
      rows.length + 1,
      previous!.file,
      p.sheet ?? null,
      p.unit || null,
      p.period || null,
      id,
      p.version ?? null,
      null,
      null,
      null,
      null,
      null,
      t.previousStatus,
      p.reason ??
        t.previousUsed(
          tableSheetNames(
            r,
            r.tables.find((x) => x.entry.template.id === id)!,
          ).summary,
        ),
    ]);
  return tableLayout({
    sheetName: OUTPUT_SHEETS.sources,
    title: t.sourcesTitle,
    tag: `${OUTPUT_TAG}sources`,
    columns: [
      { header: t.stt, width: 6 },
      { header: t.file, width: 30, wrap: true },
      { header: t.sheet, width: 14, wrap: true },
      { header: t.unit, width: 30, wrap: true },
      { header: t.period, width: 18, wrap: true },
      { header: t.template, width: 14 },
      { header: t.version, width: 9 },
      { header: t.recognized, width: 13, wrap: true },
      { header: t.viaHeader, width: 22, wrap: true },
      { header: t.errors, width: 7 },
      { header: t.warnings, width: 9 },
      { header: t.filled, width: 10 },
      { header: t.status, width: 16, wrap: true },
      { header: t.reason, width: 50, wrap: true },
    ],
    rows,
  });
}

function checksSheet(r: MergeResult, locale: Locale): SheetLayout {
  const t = T[locale];
  const rows = r.checked.flatMap((s) =>
    s.report.findings.map((f) => [
      s.file,
      s.unit,
      f.sheet,
      f.cell || null,
      f.severity === "error" ? t.error : t.warning,
      f.code,
      f.label || null,
      f.value || null,
      f.message,
    ]),
  );
  return tableLayout({
    sheetName: OUTPUT_SHEETS.checks,
    title: t.checksTitle,
    tag: `${OUTPUT_TAG}checks`,
    columns: [
      { header: t.stt, width: 6 },
      { header: t.file, width: 26, wrap: true },
      { header: t.unit, width: 26, wrap: true },
      { header: t.sheet, width: 14 },
      { header: t.cell, width: 7 },
      { header: t.severity, width: 9 },
      { header: t.code, width: 20 },
      { header: t.indicator, width: 40, wrap: true },
      { header: t.value, width: 14, wrap: true },
      { header: t.message, width: 60, wrap: true },
    ],
    rows: rows.map((row, i) => [i + 1, ...row]),
  });
}

/**
 * The merge's output sheets, in order: for each template its "Tổng hợp" and "Chi tiết", then one "Nguồn" and one
 * "Kiểm tra". Nothing when no template could be merged. `leaves`: Chi tiết shows every unit a consolidation covers
 * instead of the consolidation's column.
 */
export function mergeOutputSheets(
  r: MergeResult,
  locale: Locale,
  opts: { leaves?: boolean; previous?: PreviousFigures } = {},
): SheetLayout[] {
  return [...outputSheetsOneByOne(r, locale, opts)];
}

/**
 * The same sheets, each laid out only when the one before has been taken: a writer that writes them one by one
 * (src/io/xlsx/write) never holds them all, and the Chi tiết of thousands of units is a million cells.
 */
export function* outputSheetsOneByOne(
  r: MergeResult,
  locale: Locale,
  opts: { leaves?: boolean; previous?: PreviousFigures } = {},
): Generator<SheetLayout> {
  if (r.tables.length === 0) return;
  for (const table of r.tables) {
    const names = tableSheetNames(r, table);
    yield summarySheet(r, table, locale, names, opts.previous?.tables.get(table.entry.template.id));
    yield detailSheet(table, locale, names.detail, opts.leaves ?? false);
  }
  yield sourcesSheet(r, locale, opts.previous);
  yield checksSheet(r, locale);
  // The templates users brought travel with the consolidation too, so that it can be read again.
  const brought = r.tables.flatMap((t) =>
    t.entry.definition ? [{ template: t.entry.template, definition: t.entry.definition }] : [],
  );
  if (brought.length > 0) yield definitionSheetLayout(brought);
}
