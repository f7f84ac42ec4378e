import type { SourceModuleInput, TemplateInput } from "../schema";
import { COUNT, MONEY, PASS_FAIL, PERCENT, TEXT, flag, ind, section, yearColumns } from "./builders";

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
// II.1 Lĩnh vực chỉ đạo, điều hành

/**
 * The "Bộ tiêu chí đánh giá ..." sub-items of row 5 print no legend. They are modelled as flags with the
 * appendix's own convention (Có = x; Không = 0, as in rows 3 "Tổ chức cuộc thi ..." and "Xây dựng chuyên mục ...").
 */
const BO_TIEU_CHI = flag("x", "Có", 0, "Không");

const tableII1: TemplateInput = {
  ...common,
  id: "kh-pl2-ii1",
  table: "II.1",
  headings: [II, "1. Lĩnh vực chỉ đạo, điều hành"],
  sheetName: "PL2-II.1",
  periodColumns: true,
  columns: yearColumns("Chỉ tiêu", "Đơn vị tổng hợp, báo cáo"),
  rows: [
    ind("1", "1", "Số lượng văn bản chỉ đạo, điều hành", 1, COUNT, { reporter: SO_NOI_VU }),
    ind("1.a", "-", "Văn bản của Tỉnh ủy", 2, COUNT),
    ind("1.b", "-", "Văn bản của UBND tỉnh, Chủ tịch UBND tỉnh", 2, COUNT),
    ind("2", "2", "Số lượng các cơ quan, đơn vị được kiểm tra CCHC", 1, COUNT, { reporter: SO_NOI_VU }),
    section("3", "3", "Tuyên truyền CCHC", 1),
    ind(
      "3.a",
      "-",
      "Tổ chức cuộc thi tìm hiểu CCHC cấp tỉnh (Có tổ chức = x; Không tổ chức = 0)",
      2,
      flag("x", "Có tổ chức", 0, "Không tổ chức"),
      { reporter: SO_NOI_VU },
    ),
    ind("3.b", "-", "Số lượng bản tin chuyên đề CCHC trên đài PT-TH tỉnh", 2, COUNT, {
      reporter: "Đài PT-TH Khánh Hòa",
    }),
    ind("3.c", "-", "Số lớp tập huấn chuyên đề CCHC", 2, COUNT, { reporter: SO_NOI_VU }),
    // The source prints "--" as this row's STT: an extraction artefact for "-".
    ind(
      "3.d",
      "-",
      "Xây dựng chuyên mục CCHC trên cổng TTĐT của tỉnh (Có xây dựng = x; Không xây dựng = 0)",
      2,
      flag("x", "Có xây dựng", 0, "Không xây dựng"),
      { reporter: SO_NOI_VU },
    ),
    ind("3.e", "-", "Hình thức tuyên truyền CCHC khác (nếu có)", 2, TEXT, { reporter: SO_NOI_VU }),
    ind("4", "4", "Số lượng mô hình, sáng kiến CCHC được triển khai áp dụng", 1, COUNT, { reporter: SO_NOI_VU }),
    section("5", "5", "Xây dựng, áp dụng bộ tiêu chí đánh giá CCHC các cơ quan, đơn vị", 1, { reporter: SO_NOI_VU }),
    ind("5.a", "-", "Bộ tiêu chí đánh giá sở, ngành", 2, BO_TIEU_CHI),
    ind("5.b", "-", "Bộ tiêu chí đánh giá UBND cấp huyện", 2, BO_TIEU_CHI),
    ind("5.c", "-", "Bộ tiêu chí đánh giá UBND cấp xã", 2, BO_TIEU_CHI),
    // The source cuts this label at "... tại địa"; completed as "tại địa phương".
    ind("5.d", "-", "Bộ tiêu chí đánh giá cơ quan ngành dọc tại địa phương", 2, BO_TIEU_CHI),
    section("6", "6", "Đo lường sự hài lòng của người dân, tổ chức", 1, { reporter: SO_NOI_VU }),
    ind("6.a", "-", "Số lượng dịch vụ đã khảo sát", 2, COUNT),
    ind("6.b", "-", "Số lượng mẫu đã khảo sát", 2, COUNT),
    ind("6.c", "-", "Mức độ hài lòng chung", 2, PERCENT),
    // Used and allocated funds are two different quantities, not parts of a total: the parent is a section.
    section("7", "7", "Kinh phí CCHC hàng năm", 1, { reporter: CAC_CQ }),
    ind("7.a", "-", "Kinh phí CCHC sử dụng", 2, MONEY),
    ind("7.b", "-", "Kinh phí CCHC phân bổ", 2, MONEY),
  ],
  crossRules: [
    // Documents of Tỉnh ủy and of UBND tỉnh / Chủ tịch UBND tỉnh: the source does not say they are the only
    // kinds counted in the total, so the parts must not exceed it but need not add up to it.
    { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b"], exhaustive: false },
    // Funds used may exceed the allocation (carried-over or extra funds): a warning only.
    { type: "notGreater", lesser: "7.a", greater: "7.b", relation: "other", severity: "warning" },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// II.2 Lĩnh vực cải cách thể chế

const tableII2: TemplateInput = {
  ...common,
  id: "kh-pl2-ii2",
  table: "II.2",
  headings: [II, "2. Lĩnh vực cải cách thể chế"],
  sheetName: "PL2-II.2",
  periodColumns: true,
  columns: yearColumns("Nhiệm vụ/tiêu chí", "Đơn vị tổng hợp, báo cáo"),
  rows: [
    ind("1", "1", "Tổng số văn bản quy phạm pháp luật (VBQPPL) chủ trì soạn thảo đã được ban hành", 1, COUNT, {
      reporter: SO_TU_PHAP,
    }),
    // The source prints "Chia theo tên loại VBQPPL" as a cell spanning the six rows below (no STT): modelled
    // as a heading followed by six sub-items, each with its own reporter.
    section(undefined, undefined, "Chia theo tên loại VBQPPL", 2),
    ind("1.a", undefined, "Nghị quyết của Hội đồng nhân dân tỉnh", 3, COUNT, { reporter: SO_TU_PHAP }),
    ind("1.b", undefined, "Quyết định của Ủy ban nhân dân tỉnh", 3, COUNT, { reporter: SO_TU_PHAP }),
    ind("1.c", undefined, "Nghị quyết của Hội đồng nhân dân cấp huyện", 3, COUNT, { reporter: UBND_HUYEN }),
    ind("1.d", undefined, "Quyết định của Ủy ban nhân dân cấp huyện", 3, COUNT, { reporter: UBND_HUYEN }),
    ind("1.e", undefined, "Nghị quyết của Hội đồng nhân dân cấp xã", 3, COUNT, { reporter: UBND_HUYEN }),
    ind("1.f", undefined, "Quyết định của Ủy ban nhân dân cấp xã", 3, COUNT, { reporter: UBND_HUYEN }),
    ind("2", "2", "Số VBQPPL được đề nghị sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới sau rà soát", 1, COUNT, {
      reporter: SO_TP_HUYEN,
    }),
    ind(
      "3",
      "3",
      "Số VBQPPL đã được xử lý theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền xử lý sau rà soát",
      1,
      COUNT,
      { reporter: SO_TP_HUYEN },
    ),
    ind("4", "4", "Số VBQPPL đã kiểm tra theo thẩm quyền", 1, COUNT, { reporter: SO_TP_HUYEN }),
    ind("5", "5", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền", 1, COUNT, { reporter: SO_TP_HUYEN }),
    ind("6", "6", "Số VBQPPL trái pháp luật về nội dung, thẩm quyền đã được xử lý", 1, COUNT, {
      reporter: SO_TP_HUYEN,
    }),
    ind("7", "7", "Văn bản không phải là VBQPPL nhưng có chứa quy phạm pháp luật", 1, COUNT, { reporter: SO_TP_HUYEN }),
  ],
  crossRules: [
    // The six kinds of VBQPPL of the three levels of government are all the kinds a province issues.
    { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b", "1.c", "1.d", "1.e", "1.f"], exhaustive: true },
    // Documents handled after review are among those proposed after review; a year's handling may concern
    // an earlier year's proposal, hence a warning.
    { type: "notGreater", lesser: "3", greater: "2", relation: "handled", severity: "warning" },
    { type: "notGreater", lesser: "6", greater: "5", relation: "handled", severity: "error" },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// II.3 Lĩnh vực cải cách thủ tục hành chính

const tableII3: TemplateInput = {
  ...common,
  id: "kh-pl2-ii3",
  table: "II.3",
  headings: [II, "3. Lĩnh vực cải cách thủ tục hành chính"],
  sheetName: "PL2-II.3",
  periodColumns: true,
  columns: yearColumns("Chỉ tiêu", "Đơn vị tổng hợp, báo cáo"),
  rows: [
    ind("1", "1.", "Tổng số TTHC của tỉnh", 1, COUNT, { reporter: VP_UBND }),
    ind("1.a", "-", "Số lượng TTHC cấp tỉnh", 2, COUNT),
    ind("1.b", "-", "Số lượng TTHC cấp huyện", 2, COUNT),
    ind("1.c", "-", "Số lượng TTHC cấp xã", 2, COUNT),
    ind(
      "2",
      "2.",
      "Số TTHC được đơn giản hóa sau rà soát (theo thẩm quyền của tỉnh, như: giảm thời gian giải quyết...)",
      1,
      COUNT,
      { reporter: VP_UBND },
    ),
    ind(
      "3",
      "3.",
      "Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/ Trang Thông tin điện tử",
      1,
      COUNT,
      { reporter: VP_UBND },
    ),
    // Its sub-items count different things (by level, by mechanism): the parent is a section.
    section("4", "4.", "Thực hiện cơ chế một cửa, một cửa liên thông", 1, { reporter: SO_NOI_VU }),
    ind(
      "4.a",
      "-",
      "Số lượng TTHC thực hiện được giải quyết tại Bộ phận Tiếp nhận và trả kết quả cấp sở, ngành",
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
    ind("4.f", "-", "Số lượng TTHC đã thực hiện 4 tại chỗ", 2, COUNT),
    section("5", "5.", "Kết quả giải quyết hồ sơ", 1, { reporter: SO_NOI_VU }),
    // "(đã tiếp nhận/đã trả đúng hạn)" says how the rate is computed; the cell takes the rate (percent).
    ind("5.a", "-", "Tỷ lệ hồ sơ TTHC cấp tỉnh giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn)", 2, PERCENT),
    ind("5.b", "-", "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn)", 2, PERCENT),
    ind("5.c", "-", "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn)", 2, PERCENT),
    section("6", "6.", "Tiếp nhận và xử lý PAKN về TTHC", 1, { reporter: VP_UBND }),
    ind("6.a", "-", "Số lượng PAKN đã tiếp nhận trong năm", 2, COUNT),
    ind("6.b", "-", "Số lượng PAKN đã giải quyết trong năm", 2, COUNT),
    // The source prints "Công TTĐT": a typo for "Cổng TTĐT".
    ind("6.c", "-", "Số lượng PAKN được xử lý và đã công khai kết quả trả lời trên Cổng TTĐT", 2, COUNT),
  ],
  crossRules: [
    // Every TTHC is of exactly one level.
    { type: "partsOfTotal", total: "1", parts: ["1.a", "1.b", "1.c"], exhaustive: true },
    // TTHC published on the portal are among the province's TTHC.
    { type: "notGreater", lesser: "3", greater: "1", relation: "published", severity: "error" },
    // TTHC simplified after review are among the province's TTHC; the simplification of a year may concern
    // TTHC since abolished, hence a warning.
    { type: "notGreater", lesser: "2", greater: "1", relation: "other", severity: "warning" },
    { type: "notGreater", lesser: "6.b", greater: "6.a", relation: "handled", severity: "error" },
    { type: "notGreater", lesser: "6.c", greater: "6.b", relation: "published", severity: "error" },
  ],
};

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

// ---------------------------------------------------------------------------------------------------------
// II.5 Lĩnh vực xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức

const tableII5: TemplateInput = {
  ...common,
  id: "kh-pl2-ii5",
  table: "II.5",
  headings: [II, "5. Lĩnh vực xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức"],
  sheetName: "PL2-II.5",
  periodColumns: true,
  columns: yearColumns("Chỉ tiêu", "Đơn vị tổng hợp, báo cáo"),
  rows: [
    // "Được giao" (assigned) and "có mặt" (present) are two measures of the staff, not parts of a total.
    section("1", "1.", "Tổng số biên chế cán bộ, công chức", 1, { reporter: CAC_CQ }),
    ind("1.a", "-", "Tổng số được giao", 2, COUNT),
    ind("1.b", "-", "Tổng số có mặt", 2, COUNT),
    section("2", "2.", "Tổng số biên chế viên chức", 1, { reporter: CAC_CQ }),
    ind("2.a", "-", "Tổng số được giao", 2, COUNT),
    ind("2.b", "-", "Tổng số có mặt", 2, COUNT),
    ind("3", "3.", "Số công chức được tuyển dụng theo hình thức thi cạnh tranh", 1, COUNT, { reporter: SO_NOI_VU }),
    ind(
      "4",
      "4.",
      "Số công chức được bổ nhiệm vào các chức danh lãnh đạo, quản lý thông qua thi tuyển cạnh tranh",
      1,
      COUNT,
      { reporter: SO_NOI_VU },
    ),
    ind("5", "5.", "Số lượng cán bộ, công chức được tinh giản biên chế", 1, COUNT, { reporter: SO_NOI_VU }),
    ind("6", "6.", "Số lượng công chức được bồi dưỡng, tập huấn hàng năm", 1, COUNT, { reporter: CAC_CQ }),
    ind("7", "7.", "Số lượng viên chức được bồi dưỡng, tập huấn hàng năm", 1, COUNT, { reporter: CAC_CQ }),
    ind("8", "8.", "Số lượng các lớp đào tạo, bồi dưỡng", 1, COUNT, { reporter: CAC_CQ }),
  ],
  crossRules: [
    { type: "notGreater", lesser: "1.b", greater: "1.a", relation: "present", severity: "warning" },
    { type: "notGreater", lesser: "2.b", greater: "2.a", relation: "present", severity: "warning" },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// II.6 Lĩnh vực cải cách tài chính công

const DVSN_DAU_TU = "Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên và chi đầu tư";
const DVSN_THUONG_XUYEN = "Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên";
const DVSN_MOT_PHAN = "Số lượng đơn vị sự nghiệp công tự bảo đảm một phần chi thường xuyên";
const DVSN_NHA_NUOC = "Số lượng đơn vị sự nghiệp công do Nhà nước bảo đảm chi thường xuyên";

const tableII6: TemplateInput = {
  ...common,
  id: "kh-pl2-ii6",
  table: "II.6",
  headings: [II, "6. Lĩnh vực cải cách tài chính công"],
  sheetName: "PL2-II.6",
  periodColumns: true,
  columns: yearColumns("Chỉ tiêu", "Đơn vị tổng hợp, báo cáo"),
  rows: [
    ind("1", "1", "Số cơ quan hành chính thực hiện cơ chế tự chủ", 1, COUNT, { reporter: SO_TC }),
    ind("2", "2", "Số đơn vị sự nghiệp công lập thuộc UBND tỉnh thực hiện cơ chế tự chủ", 1, COUNT, {
      reporter: SO_TC,
    }),
    ind("2.a", "-", DVSN_DAU_TU, 2, COUNT),
    ind("2.b", "-", DVSN_THUONG_XUYEN, 2, COUNT),
    ind("2.c", "-", DVSN_MOT_PHAN, 2, COUNT),
    ind("2.d", "-", DVSN_NHA_NUOC, 2, COUNT),
    ind(
      "3",
      "3",
      "Số đơn vị sự nghiệp công lập thuộc cơ quan chuyên môn của UBND tỉnh thực hiện cơ chế tự chủ",
      1,
      COUNT,
      {
        reporter: "Các cơ quan chuyên môn",
      },
    ),
    ind("3.a", "-", DVSN_DAU_TU, 2, COUNT),
    ind("3.b", "-", DVSN_THUONG_XUYEN, 2, COUNT),
    ind("3.c", "-", DVSN_MOT_PHAN, 2, COUNT),
    ind("4", "4", "Số đơn vị sự nghiệp công lập thuộc UBND cấp huyện thực hiện cơ chế tự chủ", 1, COUNT, {
      reporter: UBND_HUYEN,
    }),
    ind("4.a", "-", DVSN_DAU_TU, 2, COUNT),
    ind("4.b", "-", DVSN_THUONG_XUYEN, 2, COUNT),
    ind("4.c", "-", DVSN_MOT_PHAN, 2, COUNT),
    ind(
      "5",
      "5",
      "Số tổ chức khoa học và công nghệ công lập thực hiện cơ chế tự chủ, tự chịu trách nhiệm theo Nghị định số 54/2016/NĐ-CP",
      1,
      COUNT,
      { reporter: SO_TC },
    ),
  ],
  crossRules: [
    // Row 2 lists the four autonomy types: every unit is of one of them.
    { type: "partsOfTotal", total: "2", parts: ["2.a", "2.b", "2.c", "2.d"], exhaustive: true },
    // Rows 3 and 4 list three of the four types (no "do Nhà nước bảo đảm"): the parts need not add up.
    { type: "partsOfTotal", total: "3", parts: ["3.a", "3.b", "3.c"], exhaustive: false },
    { type: "partsOfTotal", total: "4", parts: ["4.a", "4.b", "4.c"], exhaustive: false },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// II.7 Lĩnh vực hiện đại hóa hành chính

const tableII7: TemplateInput = {
  ...common,
  id: "kh-pl2-ii7",
  table: "II.7",
  headings: [II, "7. Lĩnh vực hiện đại hóa hành chính"],
  sheetName: "PL2-II.7",
  periodColumns: true,
  columns: yearColumns("Chỉ tiêu", "Đơn vị tổng hợp"),
  rows: [
    ind("1", "1.", "Tỷ lệ văn bản hành chính được trao đổi dưới dạng điện tử", 1, PERCENT, { reporter: SO_TTTT }),
    ind("2", "2.", "Số đơn vị kết nối Trục liên thông văn bản QG", 1, COUNT, { reporter: SO_TTTT }),
    ind("3", "3.", "Số lượng văn bản nhận trên Trục liên thông VBQG", 1, COUNT, { reporter: SO_TTTT }),
    ind("4", "4.", "Số lượng văn bản gửi trên Trục liên thông VBQG", 1, COUNT, { reporter: SO_TTTT }),
    ind("5", "5.", "Số lượng chữ ký số", 1, COUNT, { reporter: SO_TTTT }),
    ind("6", "6.", "Tỷ lệ công chức có hộp thư điện tử", 1, PERCENT, { reporter: SO_TTTT }),
    ind(
      "7",
      "7.",
      "Số cơ quan chuyên môn thuộc tỉnh, đơn vị hành chính cấp huyện triển khai ứng dụng phần mềm quản lý văn bản",
      1,
      COUNT,
      { reporter: SO_TTTT },
    ),
    // The source prints "Số cơ chuyên môn cấp tỉnh": "quan" is missing (typo).
    ind(
      "8",
      "8.",
      "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện sử dụng mạng nội bộ (mạng LAN) để trao đổi công việc",
      1,
      COUNT,
      { reporter: SO_TTTT },
    ),
    // The source prints "cấp tỉnh) đơn vị": the ")" is an artefact for ",".
    ind(
      "9",
      "9.",
      "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện có Cổng/Trang Thông tin điện tử",
      1,
      COUNT,
      {
        reporter: SO_TTTT,
      },
    ),
    ind("10", "10.", "Số dịch vụ công trực tuyến mức độ 3, mức độ 4", 1, COUNT, { reporter: SO_TTTT }),
    ind("11", "11.", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, mức độ 4 có phát sinh hồ sơ", 1, PERCENT, {
      reporter: SO_TTTT,
    }),
    ind("12", "12.", "Số đơn vị sử dụng phần mềm một cửa điện tử", 1, COUNT, { reporter: SO_TTTT }),
    ind("13", "13.", "Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử", 1, PERCENT, { reporter: SO_TTTT }),
    ind("14", "14.", "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện đã Công bố HTQLCL ISO", 1, COUNT, {
      reporter: "Sở Khoa học và Công nghệ",
    }),
  ],
  // No cross rule: the rates (rows 1, 6, 11, 13) have no numerator/denominator rows in this table, and the
  // counts measure different things.
};

// ---------------------------------------------------------------------------------------------------------
// II.8 Tự đánh giá: one Đạt/Không đạt column. Rows 9 and 15 are broken across page breaks in the source
// (label and reporter); they are rebuilt here.

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
  rows: [
    ind(
      "1",
      "1.",
      "Thủ tục hành chính liên quan đến cá nhân, tổ chức được cải cách cơ bản theo hướng gọn nhẹ, đơn giản; mỗi năm đều có tỷ lệ giảm chi phí mà cá nhân, tổ chức phải bỏ ra khi giải quyết thủ tục hành chính tại cơ quan hành chính nhà nước",
      1,
      PASS_FAIL,
      { reporter: VP_UBND },
    ),
    ind(
      "2",
      "2.",
      "Thủ tục hành chính được cải cách cơ bản, mức độ hài lòng của nhân dân và doanh nghiệp về thủ tục hành chính đạt mức trên 80% vào năm 2020",
      1,
      PASS_FAIL,
      { reporter: SO_NOI_VU },
    ),
    ind(
      "3",
      "3.",
      "Sắp xếp, tổ chức lại các cơ quan, đơn vị để không còn sự chồng chéo, bỏ trống hoặc trùng lặp về chức năng, nhiệm vụ, quyền hạn",
      1,
      PASS_FAIL,
      { reporter: SO_NOI_VU },
    ),
    // The source prints "Chuyên giao": a typo for "Chuyển giao".
    ind(
      "4",
      "4.",
      "Chuyển giao những công việc mà cơ quan hành chính nhà nước không nên làm hoặc làm hiệu quả thấp cho xã hội, các tổ chức xã hội, tổ chức phi chính phủ đảm nhận",
      1,
      PASS_FAIL,
      { reporter: SO_NOI_VU },
    ),
    ind(
      "5",
      "5.",
      "Sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức trên 80% vào năm 2020",
      1,
      PASS_FAIL,
      { reporter: SO_NOI_VU },
    ),
    ind(
      "6",
      "6.",
      "Sự hài lòng của cá nhân đối với dịch vụ do đơn vị sự nghiệp công cung cấp trong các lĩnh vực giáo dục, y tế đạt mức trên 80% vào năm 2020",
      1,
      PASS_FAIL,
      { reporter: SO_NOI_VU },
    ),
    ind(
      "7",
      "7.",
      "Đội ngũ công chức, viên chức có số lượng, cơ cấu hợp lý, đủ trình độ và năng lực thi hành công vụ, phục vụ nhân dân và phục vụ sự nghiệp phát triển của đất nước; 100% các cơ quan, đơn vị có cơ cấu công chức theo vị trí việc làm;",
      1,
      PASS_FAIL,
      { reporter: SO_NOI_VU },
    ),
    ind(
      "8",
      "8.",
      "Đến năm 2020: 90% các văn bản, tài liệu chính thức trao đổi giữa các cơ quan hành chính nhà nước được thực hiện dưới dạng điện tử; cán bộ, công chức, viên chức thường xuyên sử dụng hệ thống thư điện tử trong công việc; bảo đảm dữ liệu điện tử phục vụ hầu hết các hoạt động trong các cơ quan; hầu hết các giao dịch của các cơ quan hành chính nhà nước được thực hiện trên môi trường điện tử, mọi lúc, mọi nơi, dựa trên các ứng dụng truyền thông đa phương tiện; hầu hết các dịch vụ công được cung cấp trực tuyến trên Mạng thông tin điện tử hành chính ở mức độ 3 và 4, đáp ứng nhu cầu thực tế, phục vụ người dân và doanh nghiệp mọi lúc, mọi nơi, dựa trên nhiều phương tiện khác nhau",
      1,
      PASS_FAIL,
      { reporter: SO_TTTT },
    ),
    // Label and reporter continue after a page break in the source; joined here.
    ind(
      "9",
      "9.",
      "Các trang tin, cổng thông tin điện tử hoàn thành việc kết nối với Cổng Thông tin điện tử Chính phủ, hình thành đầy đủ Mạng thông tin điện tử hành chính trên Internet",
      1,
      PASS_FAIL,
      { reporter: SO_TTTT },
    ),
    ind(
      "10",
      "10.",
      "20% số lượng người dân và doanh nghiệp tham gia hệ thống thông tin Chính quyền điện tử được xác thực định danh điện tử thông suốt và hợp nhất trên tất cả các hệ thống thông tin của các cơ quan",
      1,
      PASS_FAIL,
      { reporter: SO_TTTT },
    ),
    ind(
      "11",
      "11.",
      "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính của từng bộ, ngành đạt từ 20% trở lên; tích hợp 30% các dịch vụ công trực tuyến mức độ 3, 4 của các bộ, ngành, địa phương với Cổng Dịch vụ công quốc gia; 100% hồ sơ giải quyết thủ tục hành chính được thực hiện thông qua Hệ thống thông tin một cửa điện tử",
      1,
      PASS_FAIL,
      { reporter: SO_TTTT },
    ),
    ind(
      "12",
      "12.",
      "Tối thiểu 30% dịch vụ công trực tuyến thực hiện ở mức độ 4; 50% Cổng Dịch vụ công cấp tỉnh cung cấp giao diện cho các thiết bị di động; 100% dịch vụ công được hỗ trợ giải đáp thắc mắc cho người dân, doanh nghiệp; 50% cơ quan nhà nước công khai mức độ hài lòng của người dân khi sử dụng dịch vụ công trực tuyến; 100% Cổng Thông tin điện tử công khai thông tin đầy đủ theo quy định tại Nghị định số 43/2011/NĐ-CP ngày 13 tháng 6 năm 2011 của Chính phủ; 20% dịch vụ công trực tuyến sử dụng chữ ký số trên nền tảng di động để thực hiện thủ tục hành chính; 50% dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử; 20% thông tin của người dân được tự động nhập vào biểu mẫu trực tuyến; 50% dịch vụ công trực tuyến sử dụng dữ liệu từ Cơ sở dữ liệu quốc gia về Đăng ký doanh nghiệp.",
      1,
      PASS_FAIL,
      { reporter: SO_TTTT },
    ),
    ind(
      "13",
      "13.",
      "100% phần mềm quản lý văn bản và điều hành của các bộ, ngành được kết nối, liên thông qua Trục liên thông văn bản quốc gia phục vụ gửi, nhận văn bản điện tử; 90% văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản mật theo quy định của pháp luật) dưới dạng điện tử; tối thiểu 80% hồ sơ công việc tại cấp bộ, cấp tỉnh, 60% hồ sơ công việc tại cấp huyện và 30% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (không bao gồm hồ sơ xử lý công việc có nội dung mật).",
      1,
      PASS_FAIL,
      { reporter: SO_TTTT },
    ),
    ind(
      "14",
      "14.",
      "Tối thiểu 30% báo cáo định kỳ (không bao gồm nội dung mật) được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia.",
      1,
      PASS_FAIL,
      { reporter: SO_TTTT },
    ),
    // Label and reporter continue after a page break in the source; joined here.
    ind(
      "15",
      "15.",
      "Rút ngắn từ 30% - 50% thời gian họp, giảm tối đa việc sử dụng tài liệu giấy thông qua Hệ thống thông tin phục vụ họp và xử lý công việc, văn phòng điện tử.",
      1,
      PASS_FAIL,
      { reporter: SO_TTTT },
    ),
    ind(
      "16",
      "16.",
      "100% cơ quan kết nối vào Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước.",
      1,
      PASS_FAIL,
      { reporter: SO_TTTT },
    ),
  ],
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
