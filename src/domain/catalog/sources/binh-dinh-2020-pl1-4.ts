import type { Column, TemplateInput } from "../schema";
import { binhDinhDocument } from "./binh-dinh-2020-document";
import { COUNT, type RowInput, ind, yearColumns } from "./builders";
import {
  DIRECTION,
  INSTITUTIONS,
  PROCEDURES,
  type NationalTable,
  nationalCrossRules,
  nationalRows,
} from "./national-2020";

/**
 * Bình Định, Kế hoạch số 04/KH-UBND ngày 20/01/2020: Phụ lục 1 ... 4
 * (source: shared/seeds/001_dca8338820b63d1f.txt, from "PHỤ LỤC 1" to the title of Phụ lục 5).
 *
 * The extraction gives one table cell per line, a non-breaking space for a blank cell. Bình Định's
 * tables have no unit-of-measure or reporting-unit column: the rules come from the labels, and the
 * flags are written "= 1 / = 0".
 */

const DOCUMENT = "binh-dinh-2020";
const ATTACHED = "Kèm theo Kế hoạch số: 04/KH-UBND, ngày 20 tháng 01 năm 2020 của UBND tỉnh";

/* ------------------------------------------------------------------------------------------------ */
/* Phụ lục 1-3: the national indicator set (national-2020.ts) as Bình Định prints it                */
/* ------------------------------------------------------------------------------------------------ */

/**
 * A year table of the national set. Bình Định's tables print no reporter column; the reporter of every row is
 * the department the plan (section II.2) assigns the appendix to.
 */
export const binhDinhYearTable = (
  id: string,
  appendix: string,
  title: string,
  labelHeader: string,
  shared: NationalTable,
  reporter: (row: { id?: string }) => string,
): TemplateInput => ({
  id,
  version: "1",
  document: DOCUMENT,
  appendix,
  title: [title],
  attachedTo: ATTACHED,
  sheetName: appendix.replace("Phụ lục ", "PL"),
  periodColumns: true,
  columns: yearColumns(labelHeader),
  rows: nationalRows(shared, "bd", reporter),
  crossRules: nationalCrossRules(shared, "bd"),
});

// Plan II.2.a: Sở Nội vụ states Phụ lục 1, 4, 5 and 8; b) Sở Tư pháp Phụ lục 2; c) Văn phòng UBND tỉnh Phụ lục 3.
export const SO_NOI_VU = "Sở Nội vụ";
const all = (reporter: string) => () => reporter;

const pl1 = binhDinhYearTable(
  "bd-pl1",
  "Phụ lục 1",
  "THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
  "Chỉ tiêu",
  DIRECTION,
  all(SO_NOI_VU),
);

const pl2 = binhDinhYearTable(
  "bd-pl2",
  "Phụ lục 2",
  "THỐNG KÊ CÁC NHIỆM VỤ TẠI LĨNH VỰC CẢI CÁCH THỂ CHẾ",
  "Nhiệm vụ/Tiêu chí",
  INSTITUTIONS,
  all("Sở Tư pháp"),
);

// The extraction lost the "PHỤ LỤC 3" line above the title; the plan (section on TTHC) names this table Phụ lục 3.
const pl3 = binhDinhYearTable(
  "bd-pl3",
  "Phụ lục 3",
  "THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
  "Chỉ tiêu",
  PROCEDURES,
  all("Văn phòng UBND tỉnh"),
);

/* ------------------------------------------------------------------------------------------------ */
/* Phụ lục 4: three organisation tables, one row per phase                                          */
/* ------------------------------------------------------------------------------------------------ */

// The extraction lost the "PHỤ LỤC 4" line above the title; the plan's list of appendices (Sở Nội vụ:
// Phụ lục 1, 4, 5, 8; the others by field) leaves Phụ lục 4 for the organisation tables.
const PL4_TITLE = ["THỐNG KÊ VÀ SO SÁNH SỐ LƯỢNG TỔ CHỨC THUỘC TỈNH/HUYỆN", "(Tính đến ngày 31 tháng 12 năm 2019)"];
// Printed without the comma after "04/KH-UBND" in this appendix.
const PL4_ATTACHED = "Kèm theo Kế hoạch số: 04/KH-UBND ngày 20 tháng 01 năm 2020 của UBND tỉnh";

/**
 * First two columns of the Phụ lục 4 tables. "Tỉnh, thành phố" is the cell the national form leaves for the
 * province's name, blank in both rows of the source; this is Bình Định's plan, so it is printed filled with the
 * province (fixed text), not left as a locked blank cell.
 */
const PL4_HEAD: Column[] = [
  { key: "tinh", header: "Tỉnh, thành phố", role: "info" },
  { key: "label", header: "Giai đoạn", role: "label" },
];

/**
 * The two phases are the rows. Their periods are printed in the source (as rows, the value columns
 * being measures), so periodColumns is true: the user's reporting period does not apply to the sheet.
 * Sở Nội vụ reports them (plan II.2.a).
 */
const phase = (id: string, label: string) =>
  ind(id, undefined, label, 0, COUNT, { reporter: SO_NOI_VU, cells: { tinh: binhDinhDocument.province } });
const PL4_ROWS: RowInput[] = [
  phase("p2001", "Giai đoạn 2001-2010 (Tính đến 12/2010)"),
  phase("p2011", "Giai đoạn 2011-2020 (Tính đến 12/2019)"),
];

const pl4Base = {
  version: "2",
  document: DOCUMENT,
  appendix: "Phụ lục 4",
  title: PL4_TITLE,
  attachedTo: PL4_ATTACHED,
  periodColumns: true,
  rows: PL4_ROWS,
};

const pl4i: TemplateInput = {
  ...pl4Base,
  id: "bd-pl4-i",
  table: "I",
  headings: ["I. Số lượng, cơ cấu tổ chức thuộc Ủy ban nhân dân cấp tỉnh"],
  sheetName: "PL4-I",
  columns: [
    ...PL4_HEAD,
    { key: "coQuanChuyenMon", header: "Số cơ quan chuyên môn thuộc UBND tỉnh", role: "value" },
    { key: "chiCuc", header: "Số Chi cục thuộc Sở", role: "value" },
    { key: "phong", header: "Số phòng, văn phòng, thanh tra thuộc Sở", role: "value" },
    { key: "donViSuNghiep", header: "Số đơn vị sự nghiệp thuộc UBND tỉnh", role: "value" },
    { key: "note", header: "Ghi chú", role: "note" },
  ],
};

const pl4ii: TemplateInput = {
  ...pl4Base,
  id: "bd-pl4-ii",
  table: "II",
  headings: ["II. Số lượng, cơ cấu tổ chức thuộc Ủy ban nhân dân cấp huyện"],
  sheetName: "PL4-II",
  columns: [
    ...PL4_HEAD,
    { key: "ubndHuyen", header: "Số UBND cấp huyện", role: "value" },
    { key: "phongChuyenMon", header: "Số phòng chuyên môn thuộc UBND cấp huyện", role: "value" },
    { key: "vanPhongThanhTra", header: "Số văn phòng, thanh tra thuộc UBND cấp huyện", role: "value" },
    { key: "donViSuNghiep", header: "Số đơn vị sự nghiệp thuộc UBND cấp huyện", role: "value" },
    { key: "note", header: "Ghi chú", role: "note" },
  ],
};

/** Table III: four fields (upper header) x three levels. No Ghi chú column in this table. */
const FIELDS = [
  { prefix: "gd", group: "Sự nghiệp GD-ĐT" },
  { prefix: "yt", group: "Sự nghiệp y tế" },
  { prefix: "vh", group: "Sự nghiệp VH,TDTT" },
  { prefix: "khac", group: "Sự nghiệp khác" },
];
const LEVELS = [
  { suffix: "Tinh", header: "Thuộc UBND cấp tỉnh" },
  { suffix: "Cqcm", header: "Thuộc CQ chuyên môn cấp tỉnh" },
  { suffix: "Huyen", header: "Thuộc UBND cấp huyện" },
];

const pl4iii: TemplateInput = {
  ...pl4Base,
  id: "bd-pl4-iii",
  table: "III",
  headings: ["III. Số lượng đơn vị sự nghiệp công lập phân theo các lĩnh vực"],
  sheetName: "PL4-III",
  columns: [
    ...PL4_HEAD,
    ...FIELDS.flatMap((f) =>
      LEVELS.map((l): Column => ({ key: f.prefix + l.suffix, header: l.header, group: f.group, role: "value" })),
    ),
  ],
};

export const binhDinhPl1to4: TemplateInput[] = [pl1, pl2, pl3, pl4i, pl4ii, pl4iii];
