import type { SourceModuleInput, TemplateInput } from "../schema";
import { COUNT, PASS_FAIL, ind, section, yearColumns } from "./builders";
import {
  CIVIL_SERVICE,
  DIRECTION,
  GOALS,
  INSTITUTIONS,
  MODERNISATION,
  PROCEDURES,
  PUBLIC_FINANCE,
  type NationalTable,
  nationalCrossRules,
  nationalRows,
} from "./national-2020";

/**
 * Khánh Hòa, plan to review the 2011-2020 CCHC programme: Phụ lục 2 "Thống kê các chỉ tiêu, nhiệm vụ về
 * cải cách hành chính tỉnh Khánh Hòa qua các năm" (source 000_1537bf84c2e3a51f.txt, from its line 279).
 * Phụ lục 1 is a report outline (prose) and has no template.
 *
 * Table I says who reports which field; tables II.1-II.8 hold the indicators. Year tables have the value
 * columns Năm 2015 ... Năm 2020 (Tính đến 31/3); II.4 a) and b) are organisation tables whose rows are the
 * two phases; II.8 is a self-assessment Đạt/Không đạt. Flags are written "Có ... = x; Không ... = 0".
 */

const DOCUMENT_ID = "khanh-hoa-2020";

const common: Pick<TemplateInput, "version" | "document" | "appendix" | "title" | "attachedTo"> = {
  version: "1",
  document: DOCUMENT_ID,
  appendix: "Phụ lục 2",
  title: ["THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH", "TỈNH KHÁNH HÒA QUA CÁC NĂM"],
  attachedTo:
    "Kèm theo Kế hoạch Tổng kết thực hiện Chương trình tổng thể cải cách hành chính nhà nước tỉnh Khánh Hòa giai đoạn 2011 - 2020 và xây dựng Chương trình cải cách hành chính nhà nước giai đoạn 2021 - 2030",
};

const II = "II. Chi tiết chỉ tiêu thống kê trên các lĩnh vực";

const SO_NOI_VU = "Sở Nội vụ";
const SO_TU_PHAP = "Sở Tư pháp";
const SO_TP_HUYEN = "Sở Tư pháp, UBND cấp huyện";
const UBND_HUYEN = "UBND cấp huyện";
const VP_UBND = "Văn phòng UBND tỉnh";
const CAC_CQ = "Các cơ quan, đơn vị, địa phương";
const SO_TC = "Sở Tài chính";
const SO_TTTT = "Sở Thông tin và Truyền thông";

const GIAI_DOAN_2001 = "Giai đoạn 2001-2010 (Tính đến 12/2010)";
const GIAI_DOAN_2011 = "Giai đoạn 2011-2020 (Tính đến 12/2019)";

// ---------------------------------------------------------------------------------------------------------
// I. Bảng phân công báo cáo: no input, the printed Ghi chú is fixed text (role info).

const tableI: TemplateInput = {
  ...common,
  id: "kh-pl2-i",
  table: "I",
  headings: ["I. Bảng phân công báo cáo, thống kê các chỉ tiêu trên các lĩnh vực"],
  sheetName: "PL2-I",
  purpose: "bảng phân công: lĩnh vực nào do đơn vị nào báo cáo, không có ô số liệu",
  columns: [
    { key: "stt", header: "STT", role: "stt" },
    { key: "label", header: "Lĩnh vực thống kê", role: "label" },
    { key: "reporter", header: "Đơn vị báo cáo", role: "reporter" },
    { key: "ghiChu", header: "Ghi chú", role: "info" },
  ],
  rows: [
    section("1", "1", "Lĩnh vực chỉ đạo, điều hành", 1, {
      reporter: "Sở Nội vụ, Đài Phát thanh – Truyền hình Khánh Hòa; Các cơ quan, đơn vị, địa phương",
      cells: { ghiChu: "Các cơ quan, đơn vị, địa phương chỉ báo cáo chỉ tiêu số 7" },
    }),
    section("2", "2", "Lĩnh vực cải cách thể chế", 1, {
      reporter: "Sở Tư pháp, UBND cấp huyện, UBND cấp xã",
      cells: { ghiChu: "UBND cấp huyện tổng hợp chung kết quả thống kê của UBND cấp xã" },
    }),
    section("3", "3", "Lĩnh vực cải cách thủ tục hành chính", 1, { reporter: "Văn phòng UBND tỉnh, Sở Nội vụ" }),
    section("4", "4", "Cải cách bộ máy hành chính nhà nước", 1, {
      reporter: CAC_CQ,
      cells: { ghiChu: "Sở Nội vụ tổng hợp chung" },
    }),
    section("5", "5", "Lĩnh vực xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", 1, {
      reporter: CAC_CQ,
      cells: { ghiChu: "Sở Nội vụ tổng hợp chung" },
    }),
    section("6", "6", "Lĩnh vực cải cách tài chính công", 1, {
      reporter: CAC_CQ,
      cells: { ghiChu: "Sở Tài chính tổng hợp chung" },
    }),
    section("7", "7", "Lĩnh vực hiện đại hóa hành chính", 1, {
      reporter: "Sở Thông tin và Truyền thông, Sở Khoa học và Công nghệ",
    }),
    section(
      "8",
      "8",
      "Tự đánh giá mức độ thực hiện các mục tiêu cải cách hành chính nhà nước của các tỉnh, thành phố trực thuộc Trung ương giai đoạn 2011-2020",
      1,
      { reporter: "Văn phòng UBND tỉnh, Sở Nội vụ, Sở Thông tin và Truyền thông" },
    ),
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Tables II.1-II.3 and II.5-II.8: the national indicator set (national-2020.ts), with the reporters Khánh Hòa
// prints in its "Đơn vị tổng hợp, báo cáo" column, on the rows it prints them on.

/** The reporter printed on each row, by row id; rows not listed print none. */
const printed =
  (byId: Record<string, string>) =>
  (r: { id?: string }): string | undefined =>
    r.id === undefined ? undefined : byId[r.id];

const yearTable = (
  id: string,
  table: string,
  heading: string,
  labelHeader: string,
  reporterHeader: string,
  shared: NationalTable,
  reporters: Record<string, string>,
): TemplateInput => ({
  ...common,
  id,
  table,
  headings: [II, heading],
  sheetName: `PL2-${table}`,
  periodColumns: true,
  columns: yearColumns(labelHeader, reporterHeader),
  rows: nationalRows(shared, "kh", printed(reporters)),
  crossRules: nationalCrossRules(shared, "kh"),
});

const REPORTED = "Đơn vị tổng hợp, báo cáo";

const tableII1Rows = yearTable(
  "kh-pl2-ii1",
  "II.1",
  "1. Lĩnh vực chỉ đạo, điều hành",
  "Chỉ tiêu",
  REPORTED,
  DIRECTION,
  {
    "1": SO_NOI_VU,
    "2": SO_NOI_VU,
    "3.a": SO_NOI_VU,
    "3.b": "Đài PT-TH Khánh Hòa",
    "3.c": SO_NOI_VU,
    "3.d": SO_NOI_VU,
    "3.e": SO_NOI_VU,
    "4": SO_NOI_VU,
    "5": SO_NOI_VU,
    "6": SO_NOI_VU,
    "7": CAC_CQ,
  },
);
// 2: the four "Bộ tiêu chí đánh giá ..." rows take text, as Bình Định's twins, not an invented x/0 flag.
const tableII1: TemplateInput = { ...tableII1Rows, version: "2" };

const tableII2 = yearTable(
  "kh-pl2-ii2",
  "II.2",
  "2. Lĩnh vực cải cách thể chế",
  "Nhiệm vụ/tiêu chí",
  REPORTED,
  INSTITUTIONS,
  {
    "1": SO_TU_PHAP,
    "1.a": SO_TU_PHAP,
    "1.b": SO_TU_PHAP,
    "1.c": UBND_HUYEN,
    "1.d": UBND_HUYEN,
    "1.e": UBND_HUYEN,
    "1.f": UBND_HUYEN,
    ...Object.fromEntries(["2", "3", "4", "5", "6", "7"].map((r) => [r, SO_TP_HUYEN])),
  },
);

const tableII3 = yearTable(
  "kh-pl2-ii3",
  "II.3",
  "3. Lĩnh vực cải cách thủ tục hành chính",
  "Chỉ tiêu",
  REPORTED,
  PROCEDURES,
  { "1": VP_UBND, "2": VP_UBND, "3": VP_UBND, "4": SO_NOI_VU, "5": SO_NOI_VU, "6": VP_UBND },
);

// ---------------------------------------------------------------------------------------------------------
// II.4 Cải cách bộ máy hành chính nhà nước: rows are the two phases, columns are measures (counts).

const tableII4a: TemplateInput = {
  ...common,
  id: "kh-pl2-ii4a",
  table: "II.4a",
  headings: [II, "4. Cải cách bộ máy hành chính nhà nước", "a) Số lượng, cơ cấu tổ chức thuộc UBND tỉnh"],
  sheetName: "PL2-II.4a",
  columns: [
    { key: "reporter", header: "Đơn vị tổng hợp, báo cáo", role: "reporter" },
    { key: "label", header: "Giai đoạn", role: "label" },
    { key: "chiCuc", header: "Số Chi cục thuộc sở", role: "value", rule: COUNT },
    { key: "phong", header: "Số phòng, văn phòng, thanh tra thuộc Sở", role: "value", rule: COUNT },
    { key: "note", header: "Ghi chú", role: "note" },
  ],
  rows: [
    ind("p2001", undefined, GIAI_DOAN_2001, 1, COUNT, { reporter: "Các Sở, ban, ngành" }),
    ind("p2011", undefined, GIAI_DOAN_2011, 1, COUNT, { reporter: "Các Sở, ban, ngành" }),
  ],
};

const tableII4b: TemplateInput = {
  ...common,
  id: "kh-pl2-ii4b",
  table: "II.4b",
  headings: [
    II,
    "4. Cải cách bộ máy hành chính nhà nước",
    "b) Số lượng, cơ cấu tổ chức thuộc Ủy ban nhân dân cấp huyện",
  ],
  sheetName: "PL2-II.4b",
  columns: [
    { key: "reporter", header: "Đơn vị tổng hợp, báo cáo", role: "reporter" },
    { key: "label", header: "Giai đoạn", role: "label" },
    { key: "phongChuyenMon", header: "Số phòng chuyên môn thuộc UBND cấp huyện", role: "value", rule: COUNT },
    { key: "phongThanhTra", header: "Số phòng, thanh tra thuộc UBND cấp huyện", role: "value", rule: COUNT },
    { key: "donViSuNghiep", header: "Số đơn vị sự nghiệp thuộc UBND cấp huyện", role: "value", rule: COUNT },
    { key: "note", header: "Ghi chú", role: "note" },
  ],
  rows: [
    ind("p2001", undefined, GIAI_DOAN_2001, 1, COUNT, { reporter: "UBND các huyện, thị xã, thành phố" }),
    ind("p2011", undefined, GIAI_DOAN_2011, 1, COUNT, { reporter: "UBND các huyện, thị xã, thành phố" }),
  ],
};

const tableII5 = yearTable(
  "kh-pl2-ii5",
  "II.5",
  "5. Lĩnh vực xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
  "Chỉ tiêu",
  REPORTED,
  CIVIL_SERVICE,
  { "1": CAC_CQ, "2": CAC_CQ, "3": SO_NOI_VU, "4": SO_NOI_VU, "5": SO_NOI_VU, "6": CAC_CQ, "7": CAC_CQ, "8": CAC_CQ },
);

const tableII6 = yearTable(
  "kh-pl2-ii6",
  "II.6",
  "6. Lĩnh vực cải cách tài chính công",
  "Chỉ tiêu",
  REPORTED,
  PUBLIC_FINANCE,
  { "1": SO_TC, "2": SO_TC, "3": "Các cơ quan chuyên môn", "4": UBND_HUYEN, "5": SO_TC },
);

const tableII7 = yearTable(
  "kh-pl2-ii7",
  "II.7",
  "7. Lĩnh vực hiện đại hóa hành chính",
  "Chỉ tiêu",
  "Đơn vị tổng hợp",
  MODERNISATION,
  { ...Object.fromEntries(MODERNISATION.rows.map((r) => [r.id!, SO_TTTT])), "14": "Sở Khoa học và Công nghệ" },
);

// II.8 Tự đánh giá: one Đạt/Không đạt column instead of the years.
const tableII8: TemplateInput = {
  ...common,
  id: "kh-pl2-ii8",
  table: "II.8",
  headings: [
    II,
    "8. Tự đánh giá mức độ thực hiện các mục tiêu cải cách hành chính nhà nước của các tỉnh, thành phố trực thuộc Trung ương giai đoạn 2011-2020",
  ],
  sheetName: "PL2-II.8",
  columns: [
    { key: "stt", header: "STT", role: "stt" },
    { key: "label", header: "Các mục tiêu cải cách", role: "label" },
    { key: "reporter", header: "Đơn vị chủ trì tự đánh giá", role: "reporter" },
    { key: "value", header: "Đánh giá kết quả đạt được (Đạt/Không đạt)", role: "value", rule: PASS_FAIL },
  ],
  rows: nationalRows(GOALS, "kh", (r) => (r.id === "1" ? VP_UBND : Number(r.id) <= 7 ? SO_NOI_VU : SO_TTTT)),
};

/** Khánh Hòa 2020, Phụ lục 2: table I and tables II.1-II.8 (II.4 as two tables, a and b). */
export const khanhHoa2020 = {
  document: {
    id: DOCUMENT_ID,
    issuer: "Ủy ban nhân dân tỉnh Khánh Hòa",
    title:
      "Kế hoạch Tổng kết thực hiện Chương trình tổng thể cải cách hành chính nhà nước tỉnh Khánh Hòa giai đoạn 2011 - 2020 và xây dựng Chương trình cải cách hành chính nhà nước giai đoạn 2021 - 2030",
    province: "Khánh Hòa",
    year: 2020,
  },
  templates: [tableI, tableII1, tableII2, tableII3, tableII4a, tableII4b, tableII5, tableII6, tableII7, tableII8],
} satisfies SourceModuleInput;
