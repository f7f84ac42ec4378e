import type { Column, Row, Rule, TemplateInput } from "../schema";

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

const COUNT: Rule = { kind: "count" };
const PERCENT: Rule = { kind: "percent" };
const TEXT: Rule = { kind: "text" };

/** Columns of the year tables (Phụ lục 1 ... 3): STT, the label, one value column per year. */
function yearColumns(labelHeader: string): Column[] {
  return [
    { key: "stt", header: "STT", role: "stt" },
    { key: "label", header: labelHeader, role: "label" },
    { key: "y2015", header: "Năm 2015", role: "value" },
    { key: "y2016", header: "Năm 2016", role: "value" },
    { key: "y2017", header: "Năm 2017", role: "value" },
    { key: "y2018", header: "Năm 2018", role: "value" },
    { key: "y2019", header: "Năm 2019", role: "value" },
    { key: "y2020", header: "Năm 2020 (Tính đến 31/3)", role: "value" },
  ];
}

function count(id: string, stt: string | undefined, label: string, level: number): Row {
  return { type: "indicator", id, ...(stt !== undefined && { stt }), label, level, rule: COUNT };
}

function section(stt: string | undefined, label: string, level: number, id?: string): Row {
  return { type: "section", ...(id !== undefined && { id }), ...(stt !== undefined && { stt }), label, level };
}

/* ------------------------------------------------------------------------------------------------ */
/* Phụ lục 1                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

const pl1: TemplateInput = {
  id: "bd-pl1",
  version: "1",
  document: DOCUMENT,
  appendix: "Phụ lục 1",
  title: ["THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"],
  attachedTo: ATTACHED,
  sheetName: "PL1",
  periodColumns: true,
  columns: yearColumns("Chỉ tiêu"),
  rows: [
    count("1", "1", "Số lượng văn bản chỉ đạo, điều hành", 1),
    // The source prints these two with an empty STT cell and the dash at the start of the label.
    count("1.a", "-", "Văn bản của Tỉnh/Thành ủy", 2),
    count("1.b", "-", "Văn bản của UBND tỉnh, Chủ tịch UBND tỉnh", 2),
    count("2", "2", "Số lượng các cơ quan, đơn vị được kiểm tra CCHC", 1),
    section("3", "Tuyên truyền CCHC", 1, "3"),
    {
      type: "indicator",
      id: "3.a",
      stt: "-",
      label: "Tổ chức cuộc thi tìm hiểu CCHC (Có tổ chức = 1; Không tổ chức = 0)",
      level: 2,
      rule: { kind: "flag", yes: { code: 1, label: "Có tổ chức" }, no: { code: 0, label: "Không tổ chức" } },
    },
    count("3.b", "-", "Số lượng bản tin chuyên đề CCHC trên đài PT-TH tỉnh", 2),
    count("3.c", "-", "Số lớp tập huấn chuyên đề CCHC", 2),
    {
      type: "indicator",
      id: "3.d",
      stt: "-",
      label: "Xây dựng chuyên mục CCHC trên Cổng TTĐT của tỉnh (Có xây dựng = 1; Không xây dựng = 0)",
      level: 2,
      rule: { kind: "flag", yes: { code: 1, label: "Có xây dựng" }, no: { code: 0, label: "Không xây dựng" } },
    },
    // Free text: the unit names the other forms of communication it used.
    {
      type: "indicator",
      id: "3.e",
      stt: "-",
      label: "Hình thức tuyên truyền CCHC khác (nếu có).",
      level: 2,
      rule: TEXT,
    },
    count("4", "4", "Số lượng mô hình, sáng kiến CCHC được triển khai áp dụng", 1),
    section("5", "Xây dựng, áp dụng bộ tiêu chí đánh giá CCHC các cơ quan, đơn vị", 1, "5"),
    // The source prints no STT, no unit and no legend for the four sets of criteria, so the answer is
    // free text (e.g. "Có", or the decision that issued the set) rather than an invented flag legend.
    // The extraction puts the first two in one cell ("Bộ tiêu chí đánh giá sở, ngành Bộ tiêu chí đánh
    // giá UBND cấp huyện", one row of value cells): two lines of one cell in the printed table, split
    // here into the two indicators of the national set (Khánh Hòa prints them as two "-" rows).
    { type: "indicator", id: "5.a", label: "Bộ tiêu chí đánh giá sở, ngành", level: 2, rule: TEXT },
    { type: "indicator", id: "5.b", label: "Bộ tiêu chí đánh giá UBND cấp huyện", level: 2, rule: TEXT },
    { type: "indicator", id: "5.c", label: "Bộ tiêu chí đánh giá UBND cấp xã", level: 2, rule: TEXT },
    {
      type: "indicator",
      id: "5.d",
      label: "Bộ tiêu chí đánh giá cơ quan ngành dọc tại địa phương",
      level: 2,
      rule: TEXT,
    },
    section("6", "Đo lường sự hài lòng của người dân, tổ chức", 1, "6"),
    count("6.a", "-", "Số lượng dịch vụ đã khảo sát", 2),
    count("6.b", "-", "Số lượng mẫu đã khảo sát", 2),
    { type: "indicator", id: "6.c", stt: "-", label: "Mức độ hài lòng chung", level: 2, rule: PERCENT },
  ],
  crossRules: [
    // The two issuers of the province's directive documents.
    { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b"], exhaustive: true },
  ],
};

/* ------------------------------------------------------------------------------------------------ */
/* Phụ lục 2                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

const pl2: TemplateInput = {
  id: "bd-pl2",
  version: "1",
  document: DOCUMENT,
  appendix: "Phụ lục 2",
  title: ["THỐNG KÊ CÁC NHIỆM VỤ TẠI LĨNH VỰC CẢI CÁCH THỂ CHẾ"],
  attachedTo: ATTACHED,
  sheetName: "PL2",
  periodColumns: true,
  columns: yearColumns("Nhiệm vụ/Tiêu chí"),
  rows: [
    count("1", "1", "Tổng số văn bản quy phạm pháp luật (VBQPPL) chủ trì soạn thảo đã được ban hành", 1),
    // Printed in the STT column, merged down the six rows of the breakdown; a heading here.
    section(undefined, "Chia theo tên loại VBQPPL", 2),
    count("1.a", undefined, "Nghị quyết của HĐND tỉnh, thành phố trực thuộc trung ương", 3),
    count("1.b", undefined, "Quyết định của Ủy ban nhân dân cấp tỉnh", 3),
    // Source: "Hội đồng nhân cấp huyện" (missing "dân"); fixed.
    count("1.c", undefined, "Nghị quyết của Hội đồng nhân dân cấp huyện", 3),
    count("1.d", undefined, "Quyết định của Ủy ban nhân dân cấp huyện", 3),
    count("1.e", undefined, "Nghị quyết của Hội đồng nhân dân cấp xã", 3),
    count("1.f", undefined, "Quyết định của Ủy ban nhân dân cấp xã", 3),
    count("2", "2", "Số VBQPPL được đề nghị sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới sau rà soát", 1),
    count(
      "3",
      "3",
      "Số VBQPPL đã được xử lý theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền xử lý sau rà soát",
      1,
    ),
    count("4", "4", "Số VBQPPL đã kiểm tra theo thẩm quyền", 1),
    // Source: "Số VBQPL trái pháp luật ..." (typo for VBQPPL, as in row 6 and in Khánh Hòa's set); fixed.
    count("5", "5", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền", 1),
    count("6", "6", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền đã được xử lý", 1),
    // A number of documents (no "Số" in the label, no unit printed): count.
    count("7", "7", "Văn bản không phải là VBQPPL nhưng có chứa quy phạm pháp luật", 1),
  ],
  crossRules: [
    // The six kinds of local VBQPPL (HĐND and UBND at the three levels) make up the total.
    { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b", "1.c", "1.d", "1.e", "1.f"], exhaustive: true },
    // Processed after review <= proposed after review; illegal documents processed <= found.
    { type: "notGreater", lesser: "3", greater: "2", relation: "handled" },
    { type: "notGreater", lesser: "6", greater: "5", relation: "handled" },
    // Documents found illegal are found among those checked (a warning: findings may come from other sources).
    { type: "notGreater", lesser: "5", greater: "4", relation: "other", severity: "warning" },
  ],
};

/* ------------------------------------------------------------------------------------------------ */
/* Phụ lục 3                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

// The extraction lost the "PHỤ LỤC 3" line above the title; the plan (section on TTHC) names this
// table Phụ lục 3.
const pl3: TemplateInput = {
  id: "bd-pl3",
  version: "1",
  document: DOCUMENT,
  appendix: "Phụ lục 3",
  title: ["THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
  attachedTo: ATTACHED,
  sheetName: "PL3",
  periodColumns: true,
  columns: yearColumns("Chỉ tiêu"),
  rows: [
    count("1", "1.", "Tổng số TTHC của tỉnh", 1),
    count("1.a", "-", "Số lượng TTHC cấp tỉnh", 2),
    count("1.b", "-", "Số lượng TTHC cấp huyện", 2),
    count("1.c", "-", "Số lượng TTHC cấp xã", 2),
    count("1.d", "-", "Số TTHC do tỉnh ban hành (được giao trong Luật)", 2),
    count(
      "2",
      "2.",
      "Số TTHC được đơn giản hóa sau rà soát (theo thẩm quyền của tỉnh, như: giảm thời gian giải quyết…)",
      1,
    ),
    count(
      "3",
      "3.",
      "Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/ Trang Thông tin điện tử",
      1,
    ),
    section("4.", "Thực hiện cơ chế một cửa, một cửa liên thông", 1, "4"),
    // Source: "Bộ phận Tiếp nhận và trả kế quả" (typo for "kết quả"); fixed.
    count(
      "4.a",
      "-",
      "Số lượng TTHC thực hiện được giải quyết tại Trung tâm phục vụ hành chính công cấp tỉnh hoặc Bộ phận Tiếp nhận và trả kết quả cấp sở, ngành",
      2,
    ),
    count("4.b", "-", "Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp huyện", 2),
    count("4.c", "-", "Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp xã", 2),
    count("4.d", "-", "Số lượng TTHC được giải quyết theo cơ chế một cửa liên thông cùng cấp", 2),
    count(
      "4.e",
      "-",
      "Số lượng TTHC hoặc nhóm TTHC được giải quyết theo hình thức liên thông giữa các cấp chính quyền",
      2,
    ),
    count("4.f", "-", "Số TTHC đã thực hiện 4 tại chỗ", 2),
    section("5.", "Kết quả giải quyết hồ sơ TTHC", 1, "5"),
    {
      type: "indicator",
      id: "5.a",
      stt: "-",
      label: "Tỷ lệ hồ sơ TTHC cấp tỉnh giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)",
      level: 2,
      rule: PERCENT,
    },
    {
      type: "indicator",
      id: "5.b",
      stt: "-",
      label: "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)",
      level: 2,
      rule: PERCENT,
    },
    {
      type: "indicator",
      id: "5.c",
      stt: "-",
      label: "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)",
      level: 2,
      rule: PERCENT,
    },
    section("6.", "Tiếp nhận và xử lý PAKN về TTHC", 1, "6"),
    count("6.a", "-", "Số lượng PAKN đã tiếp nhận trong năm", 2),
    count("6.b", "-", "Số lượng PAKN đã giải quyết trong năm", 2),
    count("6.c", "-", "Số lượng PAKN được xử lý và đã công khai kết quả trả lời trên Cổng TTĐT", 2),
  ],
  crossRules: [
    // TTHC cấp tỉnh + cấp huyện + cấp xã = tổng số TTHC của tỉnh.
    { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b", "1.c"], exhaustive: true },
    // The TTHC the province issues itself are some of its TTHC.
    { type: "partsOfTotal", total: "1", parts: ["1.d"], exhaustive: false },
    // TTHC published on the portal are among the province's TTHC.
    { type: "notGreater", lesser: "3", greater: "1", relation: "published" },
    // TTHC handled at the one-stop shops of a level are among that level's TTHC (a warning: the
    // provincial centre may also receive TTHC of agencies not counted in the province's set).
    { type: "notGreater", lesser: "4.a", greater: "1.a", relation: "other", severity: "warning" },
    { type: "notGreater", lesser: "4.b", greater: "1.b", relation: "other", severity: "warning" },
    { type: "notGreater", lesser: "4.c", greater: "1.c", relation: "other", severity: "warning" },
    // PAKN resolved <= received; resolved and published <= resolved.
    { type: "notGreater", lesser: "6.b", greater: "6.a", relation: "handled" },
    { type: "notGreater", lesser: "6.c", greater: "6.b", relation: "published" },
  ],
};

/* ------------------------------------------------------------------------------------------------ */
/* Phụ lục 4: three organisation tables, one row per phase                                          */
/* ------------------------------------------------------------------------------------------------ */

// The extraction lost the "PHỤ LỤC 4" line above the title; the plan's list of appendices (Sở Nội vụ:
// Phụ lục 1, 4, 5, 8; the others by field) leaves Phụ lục 4 for the organisation tables.
const PL4_TITLE = ["THỐNG KÊ VÀ SO SÁNH SỐ LƯỢNG TỔ CHỨC THUỘC TỈNH/HUYỆN", "(Tính đến ngày 31 tháng 12 năm 2019)"];
// Printed without the comma after "04/KH-UBND" in this appendix.
const PL4_ATTACHED = "Kèm theo Kế hoạch số: 04/KH-UBND ngày 20 tháng 01 năm 2020 của UBND tỉnh";

/**
 * First two columns of the Phụ lục 4 tables. "Tỉnh, thành phố" is printed as the first column and left
 * blank in both rows (the unit writes nothing there); it is kept as printed, as the reporter column.
 */
const PL4_HEAD: Column[] = [
  { key: "reporter", header: "Tỉnh, thành phố", role: "reporter" },
  { key: "label", header: "Giai đoạn", role: "label" },
];

/**
 * The two phases are the rows. Their periods are printed in the source (as rows, the value columns
 * being measures), so periodColumns is true: the user's reporting period does not apply to the sheet.
 */
const PL4_ROWS: Row[] = [
  count("p2001", undefined, "Giai đoạn 2001-2010 (Tính đến 12/2010)", 0),
  count("p2011", undefined, "Giai đoạn 2011-2020 (Tính đến 12/2019)", 0),
];

const pl4Base = {
  version: "1",
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
