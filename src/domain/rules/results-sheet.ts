import { EXCEL_LIMITS } from "../layout/excel-limits";
import type { SheetLayout } from "../layout/model";
import { tableLayout, type TableColumn } from "../layout/table-layout";
import type { EmptyGroup } from "./completeness";
import type { Finding, Locale } from "./finding";

/** One validated sheet as the results workbook lists it. */
export interface CheckedSheet {
  /** The file it came from (standalone, or a consolidator's received files); absent for the open workbook. */
  file?: string;
  sheet: string;
  /** How the template is named for the reader ("Bình Định – Phụ lục 1"). */
  template: string;
  unit: string;
  period: string;
  filled: number;
  expected: number;
  /** Every finding but the empty cells, which `empty` lists compactly. */
  findings: readonly Finding[];
  empty: readonly EmptyGroup[];
}

/** A file or sheet that could not be validated, and why (an unreadable file, a sheet that is no appendix). */
export interface UncheckedNote {
  file?: string;
  sheet?: string;
  text: string;
}

const RESULTS_SHEET = { vi: "Kết quả kiểm tra", en: "Validation results" } as const;

const T = {
  vi: {
    title: "KẾT QUẢ KIỂM TRA BÁO CÁO",
    checkedOn: (date: string, files: string[]) =>
      `Kiểm tra bằng CCHC ngày ${date}${files.length > 2 ? `; ${files.length} tệp` : files.length > 0 ? `; tệp ${files.join(", ")}` : ""}.`,
    stt: "STT",
    file: "Tệp",
    sheet: "Trang tính",
    cell: "Ô",
    severity: "Mức độ",
    indicator: "Chỉ tiêu",
    value: "Giá trị",
    message: "Nội dung",
    error: "Lỗi",
    warning: "Cảnh báo",
    empty: "Chưa nhập",
    note: "Không kiểm tra",
    ready: "Sẵn sàng gửi",
    notReady: "Cần sửa",
    summary: (s: CheckedSheet, errors: number, warnings: number) =>
      `Đã nhập ${s.filled}/${s.expected} ô số liệu; ${errors} lỗi, ${warnings} cảnh báo.`,
    about: (s: CheckedSheet) => [s.template, s.unit || "chưa ghi đơn vị", s.period || "chưa ghi kỳ"].join(" · "),
    emptyCells: (cells: string[]) => `${cells.length} ô chưa nhập số liệu: ${cells.join(", ")}`,
  },
  en: {
    title: "VALIDATION RESULTS",
    checkedOn: (date: string, files: string[]) =>
      `Validated with CCHC on ${date}${files.length > 2 ? `; ${files.length} files` : files.length > 0 ? `; ${files.join(", ")}` : ""}.`,
    stt: "No.",
    file: "File",
    sheet: "Sheet",
    cell: "Cell",
    severity: "Severity",
    indicator: "Indicator",
    value: "Value",
    message: "Message",
    error: "Error",
    warning: "Warning",
    empty: "Empty",
    note: "Not validated",
    ready: "Ready to send",
    notReady: "To correct",
    summary: (s: CheckedSheet, errors: number, warnings: number) =>
      `${s.filled}/${s.expected} input cells filled in; ${errors} error(s), ${warnings} warning(s).`,
    about: (s: CheckedSheet) => [s.template, s.unit || "no unit given", s.period || "no period given"].join(" · "),
    emptyCells: (cells: string[]) => `${cells.length} input cells left empty: ${cells.join(", ")}`,
  },
} as const;

const clip = (s: string) => (s.length <= EXCEL_LIMITS.cellChars ? s : `${s.slice(0, EXCEL_LIMITS.cellChars - 1)}…`);
const dateText = (d: Date) =>
  `${String(d.getDate()).padStart(2, "0")}/${String(d.getMonth() + 1).padStart(2, "0")}/${d.getFullYear()}`;

/**
 * The findings of a validation as one printable sheet, for a unit to keep or a consolidator to send back: per
 * sheet a bold line saying whether it is ready to send, then each finding with its cell and how to fix it, then
 * the empty cells under each heading. Written by the same writers as every other layout (A4 landscape, the
 * header row repeated on each page).
 */
export function resultsSheet(
  sheets: readonly CheckedSheet[],
  notes: readonly UncheckedNote[],
  locale: Locale,
  checkedOn: Date,
): SheetLayout {
  const t = T[locale];
  const withFiles = sheets.some((s) => s.file !== undefined) || notes.some((n) => n.file !== undefined);
  const rows: (string | number | null)[][] = [];
  const strongRows: number[] = [];
  const push = (file: string | undefined, sheet: string, cells: (string | null)[]) =>
    rows.push([rows.length + 1, ...(withFiles ? [file ?? null] : []), sheet, ...cells.map((c) => c && clip(c))]);

  for (const s of sheets) {
    const errors = s.findings.filter((f) => f.severity === "error").length;
    const warnings = s.findings.length - errors;
    strongRows.push(rows.length);
    push(s.file, s.sheet, [
      null,
      errors === 0 ? t.ready : t.notReady,
      t.about(s),
      null,
      t.summary(s, errors, warnings),
    ]);
    for (const f of s.findings)
      push(s.file, f.sheet, [
        f.cell || null,
        f.severity === "error" ? t.error : t.warning,
        f.label || null,
        f.value || null,
        f.message,
      ]);
    for (const g of s.empty) push(s.file, s.sheet, [null, t.empty, g.heading || null, null, t.emptyCells(g.cells)]);
  }
  for (const n of notes) push(n.file, n.sheet ?? "", [null, t.note, null, null, n.text]);

  const files = [...new Set([...sheets, ...notes].flatMap((s) => (s.file === undefined ? [] : [s.file])))];
  const columns: TableColumn[] = [
    { header: t.stt, width: 6 },
    ...(withFiles ? [{ header: t.file, width: 24, wrap: true }] : []),
    { header: t.sheet, width: 14, wrap: true },
    { header: t.cell, width: 8 },
    { header: t.severity, width: 13, wrap: true },
    { header: t.indicator, width: 40, wrap: true },
    { header: t.value, width: 14, wrap: true },
    { header: t.message, width: 60, wrap: true },
  ];
  return tableLayout({
    sheetName: RESULTS_SHEET[locale],
    title: t.title,
    subtitle: t.checkedOn(dateText(checkedOn), files),
    columns,
    rows,
    strongRows,
  });
}
