import type { Column, Row, TemplateInput } from "../schema";
import { COUNT, PERCENT, TEXT, flag, ind, section, yearColumns } from "./builders";

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
    ind("1", "1", "Số lượng văn bản chỉ đạo, điều hành", 1, COUNT),
    // The source prints these two with an empty STT cell and the dash at the start of the label.
    ind("1.a", "-", "Văn bản của Tỉnh/Thành ủy", 2, COUNT),
    ind("1.b", "-", "Văn bản của UBND tỉnh, Chủ tịch UBND tỉnh", 2, COUNT),
    ind("2", "2", "Số lượng các cơ quan, đơn vị được kiểm tra CCHC", 1, COUNT),
    section("3", "3", "Tuyên truyền CCHC", 1),
    ind(
      "3.a",
      "-",
      "Tổ chức cuộc thi tìm hiểu CCHC (Có tổ chức = 1; Không tổ chức = 0)",
      2,
      flag(1, "Có tổ chức", 0, "Không tổ chức"),
    ),
    ind("3.b", "-", "Số lượng bản tin chuyên đề CCHC trên đài PT-TH tỉnh", 2, COUNT),
    ind("3.c", "-", "Số lớp tập huấn chuyên đề CCHC", 2, COUNT),
    ind(
      "3.d",
      "-",
      "Xây dựng chuyên mục CCHC trên Cổng TTĐT của tỉnh (Có xây dựng = 1; Không xây dựng = 0)",
      2,
      flag(1, "Có xây dựng", 0, "Không xây dựng"),
    ),
    // Free text: the unit names the other forms of communication it used.
    ind("3.e", "-", "Hình thức tuyên truyền CCHC khác (nếu có).", 2, TEXT),
    ind("4", "4", "Số lượng mô hình, sáng kiến CCHC được triển khai áp dụng", 1, COUNT),
    section("5", "5", "Xây dựng, áp dụng bộ tiêu chí đánh giá CCHC các cơ quan, đơn vị", 1),
    // The source prints no STT, no unit and no legend for the four sets of criteria, so the answer is
    // free text (e.g. "Có", or the decision that issued the set) rather than an invented flag legend.
    // The extraction puts the first two in one cell ("Bộ tiêu chí đánh giá sở, ngành Bộ tiêu chí đánh
    // giá UBND cấp huyện", one row of value cells): two lines of one cell in the printed table, split
    // here into the two indicators of the national set (Khánh Hòa prints them as two "-" rows).
    ind("5.a", undefined, "Bộ tiêu chí đánh giá sở, ngành", 2, TEXT),
    ind("5.b", undefined, "Bộ tiêu chí đánh giá UBND cấp huyện", 2, TEXT),
    ind("5.c", undefined, "Bộ tiêu chí đánh giá UBND cấp xã", 2, TEXT),
    ind("5.d", undefined, "Bộ tiêu chí đánh giá cơ quan ngành dọc tại địa phương", 2, TEXT),
    section("6", "6", "Đo lường sự hài lòng của người dân, tổ chức", 1),
    ind("6.a", "-", "Số lượng dịch vụ đã khảo sát", 2, COUNT),
    ind("6.b", "-", "Số lượng mẫu đã khảo sát", 2, COUNT),
    ind("6.c", "-", "Mức độ hài lòng chung", 2, PERCENT),
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
    ind("1", "1", "Tổng số văn bản quy phạm pháp luật (VBQPPL) chủ trì soạn thảo đã được ban hành", 1, COUNT),
    // Printed in the STT column, merged down the six rows of the breakdown; a heading here.
    section(undefined, undefined, "Chia theo tên loại VBQPPL", 2),
    ind("1.a", undefined, "Nghị quyết của HĐND tỉnh, thành phố trực thuộc trung ương", 3, COUNT),
    ind("1.b", undefined, "Quyết định của Ủy ban nhân dân cấp tỉnh", 3, COUNT),
    // Source: "Hội đồng nhân cấp huyện" (missing "dân"); fixed.
    ind("1.c", undefined, "Nghị quyết của Hội đồng nhân dân cấp huyện", 3, COUNT),
    ind("1.d", undefined, "Quyết định của Ủy ban nhân dân cấp huyện", 3, COUNT),
    ind("1.e", undefined, "Nghị quyết của Hội đồng nhân dân cấp xã", 3, COUNT),
    ind("1.f", undefined, "Quyết định của Ủy ban nhân dân cấp xã", 3, COUNT),
    ind("2", "2", "Số VBQPPL được đề nghị sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới sau rà soát", 1, COUNT),
    ind(
      "3",
      "3",
      "Số VBQPPL đã được xử lý theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền xử lý sau rà soát",
      1,
      COUNT,
    ),
    ind("4", "4", "Số VBQPPL đã kiểm tra theo thẩm quyền", 1, COUNT),
    // Source: "Số VBQPL trái pháp luật ..." (typo for VBQPPL, as in row 6 and in Khánh Hòa's set); fixed.
    ind("5", "5", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền", 1, COUNT),
    ind("6", "6", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền đã được xử lý", 1, COUNT),
    // A number of documents (no "Số" in the label, no unit printed): count.
    ind("7", "7", "Văn bản không phải là VBQPPL nhưng có chứa quy phạm pháp luật", 1, COUNT),
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
    ind("1", "1.", "Tổng số TTHC của tỉnh", 1, COUNT),
    ind("1.a", "-", "Số lượng TTHC cấp tỉnh", 2, COUNT),
    ind("1.b", "-", "Số lượng TTHC cấp huyện", 2, COUNT),
    ind("1.c", "-", "Số lượng TTHC cấp xã", 2, COUNT),
    ind("1.d", "-", "Số TTHC do tỉnh ban hành (được giao trong Luật)", 2, COUNT),
    ind(
      "2",
      "2.",
      "Số TTHC được đơn giản hóa sau rà soát (theo thẩm quyền của tỉnh, như: giảm thời gian giải quyết…)",
      1,
      COUNT,
    ),
    ind(
      "3",
      "3.",
      "Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/ Trang Thông tin điện tử",
      1,
      COUNT,
    ),
    section("4", "4.", "Thực hiện cơ chế một cửa, một cửa liên thông", 1),
    // Source: "Bộ phận Tiếp nhận và trả kế quả" (typo for "kết quả"); fixed.
    ind(
      "4.a",
      "-",
      "Số lượng TTHC thực hiện được giải quyết tại Trung tâm phục vụ hành chính công cấp tỉnh hoặc Bộ phận Tiếp nhận và trả kết quả cấp sở, ngành",
      2,
      COUNT,
    ),
    ind("4.b", "-", "Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp huyện", 2, COUNT),
    ind("4.c", "-", "Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp xã", 2, COUNT),
    ind("4.d", "-", "Số lượng TTHC được giải quyết theo cơ chế một cửa liên thông cùng cấp", 2, COUNT),
    ind(
      "4.e",
      "-",
      "Số lượng TTHC hoặc nhóm TTHC được giải quyết theo hình thức liên thông giữa các cấp chính quyền",
      2,
      COUNT,
    ),
    ind("4.f", "-", "Số TTHC đã thực hiện 4 tại chỗ", 2, COUNT),
    section("5", "5.", "Kết quả giải quyết hồ sơ TTHC", 1),
    ind("5.a", "-", "Tỷ lệ hồ sơ TTHC cấp tỉnh giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)", 2, PERCENT),
    ind("5.b", "-", "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)", 2, PERCENT),
    ind("5.c", "-", "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)", 2, PERCENT),
    section("6", "6.", "Tiếp nhận và xử lý PAKN về TTHC", 1),
    ind("6.a", "-", "Số lượng PAKN đã tiếp nhận trong năm", 2, COUNT),
    ind("6.b", "-", "Số lượng PAKN đã giải quyết trong năm", 2, COUNT),
    ind("6.c", "-", "Số lượng PAKN được xử lý và đã công khai kết quả trả lời trên Cổng TTĐT", 2, COUNT),
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
  ind("p2001", undefined, "Giai đoạn 2001-2010 (Tính đến 12/2010)", 0, COUNT),
  ind("p2011", undefined, "Giai đoạn 2011-2020 (Tính đến 12/2019)", 0, COUNT),
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
