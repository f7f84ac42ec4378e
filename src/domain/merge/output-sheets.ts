import type { Template } from "../catalog/schema";
import { buildLayout } from "../layout/build-layout";
import { definitionSheetLayout } from "../layout/definition-sheet";
import { ID_COLUMN } from "../layout/identity";
import type { LayoutCell, SheetLayout } from "../layout/model";
import { tableLayout } from "../layout/table-layout";
import type { Locale } from "../rules/finding";
import { describe } from "./consolidate";
import type { MergeResult } from "./merge";

/** The names of the merge's output sheets: a contract with the task pane, the CLI and the tests. */
export const OUTPUT_SHEETS = { summary: "Tổng hợp", detail: "Chi tiết", sources: "Nguồn", checks: "Kiểm tra" } as const;

const T = {
  vi: {
    how: "Cách tổng hợp",
    sum: "Cộng",
    unitsLine: (n: number) =>
      `Tổng hợp từ ${n} đơn vị; số liệu từng đơn vị ở trang «${OUTPUT_SHEETS.detail}», nguồn ở trang «${OUTPUT_SHEETS.sources}».`,
    detailTitle: "CHI TIẾT SỐ LIỆU THEO ĐƠN VỊ",
    detailSub: "Mỗi cột là một đơn vị, kèm tên tệp đã gửi; cột cuối là số tổng hợp.",
    sourcesTitle: "NGUỒN SỐ LIỆU: CÁC TỆP ĐÃ NHẬN",
    checksTitle: "KẾT QUẢ KIỂM TRA CÁC TỆP ĐÃ NHẬN",
    stt: "STT",
    indicator: "Chỉ tiêu",
    column: "Cột",
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
    block: "Mục",
  },
  en: {
    how: "How consolidated",
    sum: "Sum",
    unitsLine: (n: number) =>
      `Consolidated from ${n} units; each unit's figures are on «${OUTPUT_SHEETS.detail}», sources on «${OUTPUT_SHEETS.sources}».`,
    detailTitle: "FIGURES BY UNIT",
    detailSub: "One column per unit, with the file it sent; the last column is the consolidated figure.",
    sourcesTitle: "SOURCES: THE FILES RECEIVED",
    checksTitle: "VALIDATION OF THE FILES RECEIVED",
    stt: "No.",
    indicator: "Indicator",
    column: "Column",
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
    block: "Section",
  },
};

/** "Tổng hợp": the template's own layout, its input cells holding the consolidated figures. */
function summarySheet(template: Template, r: MergeResult, locale: Locale, unit: string): SheetLayout {
  const t = T[locale];
  const listTemplate = template.rows.some((row) => row.type === "entries");
  // A list appendix gets as many entry rows as the units sent, each labelled with its unit.
  const shaped: Template = listTemplate
    ? {
        ...template,
        rows: template.rows.map((row) =>
          row.type === "entries"
            ? { ...row, count: Math.max(1, r.entries.filter((e) => e.block === row.id).length) }
            : row,
        ),
      }
    : template;
  const layout = buildLayout(shaped, { unit, period: r.period });
  const results = new Map(r.cells.map((c) => [c.input.ref, c]));
  const entryCells = new Map<string, string | number>();
  for (const row of shaped.rows) {
    if (row.type !== "entries") continue;
    r.entries
      .filter((e) => e.block === row.id)
      .forEach((e, i) => {
        for (const [key, v] of e.values)
          entryCells.set(`${row.id}.${i + 1}@${key}`, key === "label" ? `${e.unit}: ${v}` : v);
      });
  }
  const byPos = new Map(layout.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const notes = new Map<number, string[]>();
  const multiColumn = template.columns.filter((c) => c.role === "value").length > 1;
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
    const note = consolidated?.result.note;
    if (note)
      notes.set(input.row, [...(notes.get(input.row) ?? []), multiColumn ? `${consolidated.header}: ${note}` : note]);
  }
  // The consolidated sheet is not a form: no inputs to fill, only figures to read.
  layout.inputs = [];

  // One more column says how each figure was obtained wherever it is not a plain sum.
  const howCol = layout.print.area.right + 1;
  const [top, bottom] = layout.headerRows;
  layout.cells.push({ row: top, col: howCol, value: t.how, style: "header", locked: true });
  if (bottom > top) {
    layout.cells.push({ row: bottom, col: howCol, value: null, style: "header", locked: true });
    layout.merges.push({ top, left: howCol, bottom, right: howCol });
  }
  for (let row = layout.body.firstRow; row <= layout.body.lastRow; row++)
    layout.cells.push({ row, col: howCol, value: notes.get(row)?.join("\n") ?? null, style: "fixed", locked: true });
  for (const m of layout.merges) if (m.right === howCol - 1 && m.bottom < top) m.right = howCol;
  layout.columns.push({ col: howCol, width: 40 });
  layout.print.area.right = howCol;
  const legendRow = layout.print.area.bottom;
  const legend = layout.cells.find((c) => c.row === legendRow && c.col === ID_COLUMN + 1);
  if (legend) legend.value = t.unitsLine(r.included.length);
  layout.sheetName = OUTPUT_SHEETS.summary;
  return layout;
}

/** "Chi tiết": indicators x units, each unit's column headed by its name and file, then the consolidated figure. */
function detailSheet(template: Template, r: MergeResult, locale: Locale): SheetLayout {
  const t = T[locale];
  const units = r.included;
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
      sheetName: OUTPUT_SHEETS.detail,
      title: t.detailTitle,
      columns: [
        { header: t.stt, width: 6 },
        { header: t.block, width: 28, wrap: true },
        { header: t.unit, width: 28, wrap: true },
        { header: t.file, width: 24, wrap: true },
        ...valueCols.map((c) => ({ header: c.header, width: c.role === "label" ? 40 : 18, wrap: true })),
      ],
      rows: r.entries.map((e, i) => [
        i + 1,
        sections.get(e.block) ?? e.block,
        e.unit,
        e.file,
        ...valueCols.map((c) => e.values.get(c.key) ?? null),
      ]),
    });
  }
  const rows = r.cells.map((c, i) => {
    const rule = c.input.rule;
    return [
      i + 1,
      multiColumn ? `${c.label} — ${c.header}` : c.label,
      ...units.map((u) => {
        const v = c.perUnit.get(u.unit);
        return v ? describe(v.value, locale, rule) : null;
      }),
      c.result.value,
      c.result.note ?? (c.result.method === "sum" ? t.sum : null),
    ];
  });
  return tableLayout({
    sheetName: OUTPUT_SHEETS.detail,
    title: t.detailTitle,
    subtitle: t.detailSub,
    columns: [
      { header: t.stt, width: 6 },
      { header: t.indicator, width: 50, wrap: true },
      ...units.map((u) => ({ header: `${u.unit}\n(${u.file})`, width: 16, numFmt: "#,##0.##", wrap: true })),
      { header: t.result, width: 16, numFmt: "#,##0.##", wrap: true },
      { header: t.how, width: 40, wrap: true },
    ],
    rows,
  });
}

function sourcesSheet(r: MergeResult, locale: Locale): SheetLayout {
  const t = T[locale];
  const status = { included: t.included, duplicate: t.duplicate, skipped: t.skipped };
  const rows: (string | number | null)[][] = r.sources.map((s, i) => [
    i + 1,
    s.file,
    s.sheet ?? null,
    s.unit || null,
    s.period || null,
    s.template?.id ?? null,
    s.template?.version ?? null,
    s.recognizedBy ? (s.recognizedBy === "metadata" ? t.byIds : t.byLabels) : null,
    s.errors,
    s.warnings,
    s.expected !== undefined ? `${s.filled}/${s.expected}` : null,
    status[s.status],
    s.reason ?? null,
  ]);
  for (const u of r.missing)
    rows.push([rows.length + 1, null, null, u, null, null, null, null, null, null, null, t.missing, t.missingReason]);
  return tableLayout({
    sheetName: OUTPUT_SHEETS.sources,
    title: t.sourcesTitle,
    columns: [
      { header: t.stt, width: 6 },
      { header: t.file, width: 30, wrap: true },
      { header: t.sheet, width: 14, wrap: true },
      { header: t.unit, width: 30, wrap: true },
      { header: t.period, width: 18, wrap: true },
      { header: t.template, width: 14 },
      { header: t.version, width: 9 },
      { header: t.recognized, width: 13 },
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

/** The four output sheets of a merge, in order. */
export function mergeOutputSheets(r: MergeResult, locale: Locale, consolidatorUnit = ""): SheetLayout[] {
  if (!r.entry) return [];
  const template = r.entry.template;
  const { definition } = r.entry;
  return [
    summarySheet(template, r, locale, consolidatorUnit),
    detailSheet(template, r, locale),
    sourcesSheet(r, locale),
    checksSheet(r, locale),
    // A template the user brought travels with the consolidation too, so that it can be read again.
    ...(definition ? [definitionSheetLayout([{ template, definition }])] : []),
  ];
}
