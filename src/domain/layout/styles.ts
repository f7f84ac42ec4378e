/**
 * The look of an official table as data: each layout cell names one of these styles and every adapter
 * (ExcelJS, Office.js) renders the same names the same way.
 */
export type StyleName =
  | "appendix"
  | "title"
  | "attached"
  | "heading"
  | "sheetTitle"
  | "meta"
  | "header"
  | "stt"
  | "section"
  | "sectionStt"
  | "sectionText"
  | "label"
  | "strong"
  | "fixed"
  | "fixedNumber"
  | "input"
  | "note"
  | "legend"
  | "id"
  /** A received value left out of a consolidation because it has an error (the merge's detail sheet). */
  | "rejected";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size: number;
  horizontal: "left" | "center" | "right";
  vertical: "top" | "middle";
  wrap: boolean;
  border: boolean;
  /** ARGB fill, e.g. the pale yellow that marks input cells. */
  fill?: string;
}

export const FONT_NAME = "Times New Roman";
export const INPUT_FILL = "FFFFF2CC";
export const HEADER_FILL = "FFD9E1F2";
export const SECTION_FILL = "FFF2F2F2";
export const REJECTED_FILL = "FFF8CBAD";

export const STYLES: Record<StyleName, CellStyle> = {
  appendix: { bold: true, size: 12, horizontal: "right", vertical: "middle", wrap: false, border: false },
  title: { bold: true, size: 13, horizontal: "center", vertical: "middle", wrap: true, border: false },
  attached: { italic: true, size: 11, horizontal: "center", vertical: "middle", wrap: true, border: false },
  /** An official table's own headings, merged across the table: they wrap, never cut at the table's edge. */
  heading: { bold: true, size: 12, horizontal: "left", vertical: "middle", wrap: true, border: false },
  /** A plain table's title (the merge's Nguồn, Chi tiết, Kiểm tra): one line running over the empty cells beside it. */
  sheetTitle: { bold: true, size: 12, horizontal: "left", vertical: "middle", wrap: false, border: false },
  meta: { size: 12, horizontal: "left", vertical: "middle", wrap: false, border: false },
  header: {
    bold: true,
    size: 11,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: true,
    fill: HEADER_FILL,
  },
  stt: { size: 11, horizontal: "center", vertical: "top", wrap: true, border: true },
  section: { bold: true, size: 11, horizontal: "left", vertical: "top", wrap: true, border: true, fill: SECTION_FILL },
  /** A top-level heading's STT: bold and shaded as its label, centred as every other STT ("1." above "1.1."). */
  sectionStt: {
    bold: true,
    size: 11,
    horizontal: "center",
    vertical: "top",
    wrap: true,
    border: true,
    fill: SECTION_FILL,
  },
  /** The other cells of a top-level heading (Đơn vị thực hiện, Đơn vị tính): shaded, printed as plain text. */
  sectionText: { size: 11, horizontal: "left", vertical: "top", wrap: true, border: true, fill: SECTION_FILL },
  label: { size: 11, horizontal: "left", vertical: "top", wrap: true, border: true },
  strong: { bold: true, size: 11, horizontal: "left", vertical: "top", wrap: true, border: true },
  fixed: { size: 11, horizontal: "left", vertical: "top", wrap: true, border: true },
  fixedNumber: { size: 11, horizontal: "center", vertical: "top", wrap: false, border: true },
  input: { size: 11, horizontal: "center", vertical: "top", wrap: true, border: true, fill: INPUT_FILL },
  note: { size: 11, horizontal: "left", vertical: "top", wrap: true, border: true, fill: INPUT_FILL },
  legend: { italic: true, size: 10, horizontal: "left", vertical: "middle", wrap: false, border: false },
  id: { size: 8, horizontal: "left", vertical: "top", wrap: false, border: false },
  rejected: {
    italic: true,
    size: 11,
    horizontal: "center",
    vertical: "top",
    wrap: true,
    border: true,
    fill: REJECTED_FILL,
  },
};
