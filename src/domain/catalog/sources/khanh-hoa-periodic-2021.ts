import type { Rule, SourceModuleInput, TemplateInput } from "../schema";
import { COUNT, MONEY, PERCENT, type RowInput, flag, ind, section } from "./builders";

/**
 * Khánh Hòa, periodic CCHC statistics (quý, 6 tháng, năm): "Phụ lục 2" of the report form set by Công văn số
 * 1852/UBND of UBND tỉnh Khánh Hòa. The only copy in the sources is the one filled in by Ban Quản lý Khu du lịch
 * bán đảo Cam Ranh with its six-month 2021 report (002_807bea0d791532b5.txt, line 166 to the end). The report's
 * first lines cite it as "công văn số 1852/UBND ngày 11 tháng 03 năm 2021 của UBND tỉnh về việc thực hiện báo
 * cáo công tác cải cách hành chính định kỳ".
 *
 * What is the form and what is Cam Ranh's:
 * - The title line "TẠI BAN QUẢN LÝ KHU DU LỊCH BÁN ĐẢO CAM RANH" becomes "TẠI {unit}", and the attached-to
 *   line "(Ban hành kèm theo Báo cáo số /BC-BQLKDL ngày / / 2021 của BQL KDL Bán đảo Cam Ranh)" becomes the
 *   generic line below with blanks for number, sign, date and "{unit}".
 * - Two labels carry Cam Ranh's own additions, removed here (see rows 1.1 and 1.3).
 * - The values typed in the "Số liệu" column (23, 15, 28, 22, 1, 11, 1, "149/149") are not template data: they
 *   are the test fixture test/fixtures/cam-ranh-2021-values.ts.
 *
 * Extraction artefacts repaired (not marked again on each row):
 * - the table header repeated at each page break is dropped;
 * - a cell broken by a page break is rejoined on the row where it starts: the reporters of 1.7, 3.4.5, 3.4.7.1,
 *   4.3, 5.2.2 "- Số viên chức được tuyển dụng (thi tuyển, xét tuyển)" and 6; the label of 3.4.1.4 ("... điện
 *   tử" + "hóa"); the units of 7.4 ("Chưa = 0 Đang làm = 1" + "Hoàn thành = 2") and of 7.6.2 "- Cấp huyện"
 *   ("Chưa = 0" + "Có = 1");
 * - the "<i>…</i>" italics markup of the last page (7.6.2 - 7.6.4) is dropped;
 * - a "- " at the start of a label is the printed dash of a sub-item: stt "-", dash dropped from the label.
 * The reporter ("Đơn vị thực hiện") is a merged cell in the original, printed once on the first row it covers;
 * it is kept only on that row. Its paragraphs ("- Sở Nội vụ ... - Các cơ quan ...") arrive joined with a space
 * and are kept so.
 *
 * Rules come from the unit of measure (Đơn vị tính), see UNIT_RULES. Two legends are printed oddly but kept as
 * printed: 7.5 and 7.6.2 are counts (Cổng/trang; Chứng thư số, chữ ký số) whose "Cấp tỉnh"/"Cấp huyện" rows carry
 * the legend "Chưa = 0 Có = 1" (flags) while their "Cấp xã" row repeats the count unit.
 */

// ---------------------------------------------------------------------------------------------------------------
// Units of measure as printed, and the rule each carries.

/** Units of measure whose values are whole numbers. */
const COUNT_UNITS = [
  "Nhiệm vụ",
  "Văn bản",
  "Cơ quan, đơn vị",
  "Vấn đề",
  "Số lượng",
  "Thủ tục",
  "Quyết định",
  "Quy trình",
  "Hồ sơ",
  "Tin nhắn",
  "Người",
  "Cổng/trang",
  "Chứng thư số, chữ ký số",
  "Email",
] as const;

/** Every Đơn vị tính printed in the table, exactly as printed (legends joined with spaces as extracted). */
const UNIT_RULES: Record<string, Rule> = {
  ...Object.fromEntries(COUNT_UNITS.map((u) => [u, COUNT])),
  "%": PERCENT,
  Đồng: MONEY,
  Tháng: { kind: "months" },
  "Không = 0 Có = 1": flag(1, "Có", 0, "Không"),
  "Chưa = 0 Có = 1": flag(1, "Có", 0, "Chưa"),
  "Chưa = 0 Hoàn thành = 1": flag(1, "Hoàn thành", 0, "Chưa"),
  "Đã thực hiện = 1 Chưa thực hiện = 0": flag(1, "Đã thực hiện", 0, "Chưa thực hiện"),
  "Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2": {
    kind: "code",
    codes: [
      { code: 0, label: "Trực tuyến" },
      { code: 1, label: "Phát phiếu" },
      { code: 2, label: "Kết hợp" },
    ],
  },
  "Chưa có = 0 2 cấp = 1 3 cấp = 2": {
    kind: "code",
    codes: [
      { code: 0, label: "Chưa có" },
      { code: 1, label: "2 cấp" },
      { code: 2, label: "3 cấp" },
    ],
  },
  "Chưa = 0 Đang làm = 1 Hoàn thành = 2": {
    kind: "code",
    codes: [
      { code: 0, label: "Chưa" },
      { code: 1, label: "Đang làm" },
      { code: 2, label: "Hoàn thành" },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Row builder of this table: the rule follows from the printed unit of measure.

/** An indicator whose rule is the one its printed unit of measure carries. */
function byUnit(id: string, stt: string, label: string, level: number, unit: string, reporter?: string): RowInput {
  const rule = UNIT_RULES[unit];
  if (!rule) throw new Error(`khanh-hoa-periodic-2021: no rule for unit "${unit}" (row ${id})`);
  return ind(id, stt, label, level, rule, { unit, ...(reporter ? { reporter } : {}) });
}

// Reporters printed on several rows, as printed.
const SNV_CQ = "- Sở Nội vụ báo cáo kết quả thực hiện của tỉnh - Các cơ quan, đơn vị, địa phương báo cáo";
const VP_CQCM = "- VP UBND tỉnh báo cáo số liệu của tỉnh - Cơ quan chuyên môn cấp tỉnh báo cáo";
const STTTT_CQ =
  "- Sở Thông tin và Truyền thông báo cáo số liệu của tỉnh - Các cơ quan, đơn vị, địa phương báo cáo (bao gồm các cơ quan ngành dọc)";
const CQ = "Các cơ quan, đơn vị, địa phương báo cáo";
const CQCM_NGANH_DOC = "- Cơ quan chuyên môn cấp tỉnh - Cơ quan ngành dọc";
const SNV_TH = "Sở Nội vụ tổng hợp, báo cáo";
const SNV_TH_CQ = "- Sở Nội vụ tổng hợp, báo cáo - Cơ quan, đơn vị, địa phương báo cáo";
const STTTT = "Sở Thông tin và Truyền thông báo cáo";
const STTTT_TH = "Sở Thông tin và Truyền thông tổng hợp, báo cáo";
const CQCM_TINH = "Cơ quan chuyên môn cấp tỉnh báo cáo";
const UBND_HUYEN = "UBND cấp huyện báo cáo";

// ---------------------------------------------------------------------------------------------------------------
// The table

const rows: RowInput[] = [
  // 1. Công tác chỉ đạo điều hành CCHC
  section("1", "1.", "Công tác chỉ đạo điều hành CCHC", 0),
  // Printed "Kế hoạch CCHC - 02/QĐ-BQLKDL ngày 28/01/2021 v.v ban hành Kế hoạch cải cách hành chính năm 2021":
  // the decision number and subject after "Kế hoạch CCHC" are Cam Ranh's own plan, removed.
  section("1.1", "1.1.", "Kế hoạch CCHC", 1, { reporter: SNV_CQ }),
  byUnit("1.1.a", "-", "Số nhiệm vụ đề ra trong kế hoạch", 2, "Nhiệm vụ"),
  byUnit("1.1.b", "-", "Số nhiệm vụ đã hoàn thành", 2, "Nhiệm vụ"),
  byUnit("1.2", "1.2.", "Số văn bản chỉ đạo CCHC đã ban hành", 1, "Văn bản", SNV_CQ),
  // Printed "Kiểm tra CCHC - Dự kiến thực hiện trong Quý III/2021": Cam Ranh's note after "Kiểm tra CCHC" removed.
  section("1.3", "1.3.", "Kiểm tra CCHC", 1, { reporter: SNV_CQ }),
  // No unit printed; "Số ..." with its "-" breakdown by kind of agency: the total is a count.
  ind("1.3.1", "1.3.1.", "Số cơ quan, đơn vị đã kiểm tra", 2, COUNT),
  byUnit("1.3.1.a", "-", "Số sở, ngành đã kiểm tra", 3, "Cơ quan, đơn vị"),
  byUnit("1.3.1.b", "-", "Số UBND cấp huyện đã kiểm tra", 3, "Cơ quan, đơn vị"),
  section("1.3.2", "1.3.2.", "Xử lý sau kiểm tra", 2),
  byUnit("1.3.2.a", "-", "Số vấn đề phát hiện qua kiểm tra", 3, "Vấn đề"),
  byUnit("1.3.2.b", "-", "Số vấn đề phát hiện đã xử lý xong", 3, "Vấn đề"),
  byUnit(
    "1.4",
    "1.4.",
    "Thực hiện đánh giá cán bộ, công chức, viên chức, người đứng đầu tham gia giải quyết hồ sơ thủ tục hành chính theo Chỉ thị số 12/CT-UBND ngày 26/5/2017",
    1,
    "Tháng",
    "Các cơ quan, đơn vị, địa phương báo cáo",
  ),
  section("1.5", "1.5.", "Thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao", 1, {
    reporter:
      "- VP UBND tỉnh báo cáo - Các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện nhiệm vụ được UBND tỉnh giao",
  }),
  byUnit("1.5.a", "-", "Tổng số nhiệm vụ được giao", 2, "Nhiệm vụ"),
  byUnit("1.5.b", "-", "Số nhiệm vụ đã hoàn thành đúng hạn", 2, "Nhiệm vụ"),
  byUnit("1.5.c", "-", "Số nhiệm vụ đã hoàn thành nhưng quá hạn", 2, "Nhiệm vụ"),
  section("1.6", "1.6.", "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của đơn vị mình", 1, {
    reporter: `${SNV_CQ} (nếu có)`,
  }),
  byUnit("1.6.a", "-", "Số lượng phiếu khảo sát", 2, "Số lượng"),
  byUnit("1.6.b", "-", "Hình thức khảo sát", 2, "Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2"),
  // Reporter rejoined across the page break (its last paragraph opens the next page).
  byUnit(
    "1.7",
    "1.7.",
    "Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp",
    1,
    "Không = 0 Có = 1",
    "- Đối với các đơn vị được giao nhiệm vụ tại Kế hoạch CCHC tỉnh - Các đơn vị khác (nếu có) - Sở Kế hoạch và Đầu tư tổng hợp, báo cáo kết quả thực hiện của tỉnh",
  ),

  // 2. Cải cách thể chế
  section("2", "2.", "Cải cách thể chế", 0, {
    reporter: "- Sở Tư pháp báo cáo kết quả thực hiện của tỉnh - Các cơ quan, đơn vị, địa phương báo cáo",
  }),
  byUnit("2.1", "2.1.", "Số VBQPPL đã ban hành/tham mưu ban hành", 1, "Văn bản"),
  byUnit("2.2", "2.2.", "Số VBQPPL đã kiểm tra theo thẩm quyền", 1, "Văn bản"),
  byUnit("2.3", "2.3.", "Số VBQPPL đã rà soát", 1, "Văn bản"),
  byUnit("2.4", "2.4.", "Số VBQPPL đã kiến nghị xử lý sau kiểm tra, rà soát", 1, "Văn bản"),
  byUnit("2.5", "2.5.", "Số VBQPPL có kiến nghị xử lý đã được xử lý xong", 1, "Văn bản"),

  // 3. Cải cách thủ tục hành chính
  section("3", "3.", "Cải cách thủ tục hành chính", 0),
  section("3.1", "3.1.", "Thống kê TTHC", 1, { reporter: VP_CQCM }), // printed "Thông kê TTHC": typo for "Thống kê"
  byUnit("3.1.a", "-", "Số TTHC tham mưu công bố mới", 2, "Thủ tục"),
  byUnit("3.1.b", "-", "Số TTHC tham mưu bãi bỏ, thay thế", 2, "Thủ tục"),
  byUnit("3.2", "3.2.", "Tổng số TTHC ngành/lĩnh vực đang có hiệu lực. Trong đó:", 1, "Thủ tục", VP_CQCM),
  byUnit("3.2.a", "-", "Số TTHC cấp tỉnh", 2, "Thủ tục"),
  byUnit("3.2.b", "-", "Số TTHC cấp huyện", 2, "Thủ tục"),
  byUnit("3.2.c", "-", "Số TTHC cấp xã", 2, "Thủ tục"),
  section("3.3", "3.3.", "Công khai TTHC trên Cổng dịch vụ công quốc gia", 1, { reporter: "VP UBND tỉnh báo cáo" }),
  byUnit("3.3.a", "-", "Số TTHC đã cập nhật, công khai trên Cổng DVC quốc gia", 2, "Thủ tục"),
  byUnit("3.3.b", "-", "Số TTHC mức độ 3 và 4 đã tích hợp lên Cổng DVC quốc gia", 2, "Thủ tục"),
  section("3.4", "3.4.", "Thực hiện cơ chế một cửa, một cửa liên thông", 1),
  section(
    "3.4.1",
    "3.4.1", // printed without the final dot
    "Thống kê quy trình nội bộ giải quyết TTHC của cơ quan hành chính nhà nước thuộc tỉnh",
    2,
    { reporter: "- Cơ quan chuyên môn cấp tỉnh báo cáo - VP UBND tỉnh tổng hợp, báo cáo số liệu của tỉnh" },
  ),
  byUnit("3.4.1.1", "3.4.1.1.", "Số quyết định phê duyệt quy trình nội bộ", 3, "Quyết định"),
  byUnit("3.4.1.1.a", "-", "Thuộc thẩm quyền phê duyệt của Chủ tịch UBND tỉnh", 4, "Quyết định"),
  byUnit("3.4.1.1.b", "-", "Thuộc thẩm quyền phê duyệt của cơ quan chuyên môn cấp tỉnh", 4, "Quyết định"),
  byUnit("3.4.1.2", "3.4.1.2.", "Số lượng quy trình nội bộ được phê duyệt", 3, "Quy trình"),
  byUnit("3.4.1.2.a", "-", "Quy trình nội bộ thuộc thẩm quyền phê duyệt của Chủ tịch UBND tỉnh", 4, "Quy trình"),
  byUnit(
    "3.4.1.2.b",
    "-",
    "Quy trình nội bộ thuộc thẩm quyền phê duyệt của cơ quan chuyên môn cấp tỉnh",
    4,
    "Quy trình",
  ),
  byUnit("3.4.1.3", "3.4.1.3.", "Tỷ lệ TTHC đã được phê duyệt quy trình nội bộ", 3, "%"),
  // Label rejoined across the page break ("... đã được điện tử" + "hóa").
  byUnit("3.4.1.4", "3.4.1.4.", "Tỷ lệ quy trình nội bộ giải quyết TTHC đã được điện tử hóa", 3, "%"),
  byUnit("3.4.2", "3.4.2.", "Số TTHC thực hiện theo cơ chế một cửa liên thông. Trong đó:", 2, "Thủ tục", VP_CQCM),
  byUnit("3.4.2.a", "-", "Số TTHC liên thông cùng cấp", 3, "Thủ tục"),
  byUnit("3.4.2.b", "-", "Số TTHC liên thông giữa các cấp chính quyền", 3, "Thủ tục"),
  byUnit("3.4.3", "3.4.3.", "Số TTHC cho phép nộp hồ sơ trực tuyến mức độ 3, 4. Trong đó:", 2, "Thủ tục", STTTT_CQ),
  byUnit("3.4.3.a", "-", "Số TTHC cho phép nộp hồ sơ trực tuyến mức độ 3", 3, "Thủ tục"),
  byUnit("3.4.3.b", "-", "Số TTHC cho phép nộp hồ sơ trực tuyến mức độ 4", 3, "Thủ tục"),
  byUnit(
    "3.4.4",
    "3.4.4.",
    "Số TTHC cho phép thực hiện qua dịch vụ bưu chính công ích của cơ quan hành chính nhà nước thuộc tỉnh. Trong đó:",
    2,
    "Thủ tục",
    STTTT_CQ,
  ),
  byUnit("3.4.4.a", "-", "Số TTHC cho phép tiếp nhận hồ sơ qua dịch vụ BCCI", 3, "Thủ tục"),
  byUnit("3.4.4.b", "-", "Số TTHC cho phép trả kết quả qua dịch vụ BCCI", 3, "Thủ tục"),
  byUnit("3.4.4.c", "-", "Số TTHC cho phép tiếp nhận và trả qua dịch vụ BCCI", 3, "Thủ tục"),
  // Reporter rejoined across the page break.
  byUnit(
    "3.4.5",
    "3.4.5.",
    "Thống kê TTHC cho phép thanh toán trực tuyến",
    2,
    "Thủ tục",
    "- Sở Nội vụ báo cáo số liệu của tỉnh - Các cơ quan, đơn vị, địa phương báo cáo",
  ),
  // Printed with the unit "Hồ sơ", so it has an input cell of its own (a count of dossiers) above its rates.
  byUnit(
    "3.4.6",
    "3.4.6.",
    "Kết quả giải quyết TTHC",
    2,
    "Hồ sơ",
    "- Các cơ quan, đơn vị, địa phương báo cáo (bao gồm các cơ quan ngành dọc) - VP UBND tỉnh tổng hợp, báo cáo",
  ),
  byUnit(
    "3.4.6.a",
    "-",
    "Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn",
    3,
    "%",
    CQCM_NGANH_DOC,
  ),
  byUnit("3.4.6.b", "-", "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn", 3, "%", UBND_HUYEN),
  byUnit("3.4.6.c", "-", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn", 3, "%"),
  byUnit(
    "3.4.6.d",
    "-",
    "Tỷ lệ hồ sơ TTHC về lĩnh vực đất đai được giải quyết đúng hạn (ở cả 3 cấp)",
    3,
    "%",
    "- Sở Tài nguyên và Môi trường - UBND cấp huyện",
  ),
  byUnit(
    "3.4.6.e",
    "-",
    "Tỷ lệ hồ sơ TTHC về lĩnh vực xây dựng được giải quyết đúng hạn (ở cả 3 cấp)",
    3,
    "%",
    "- Sở Xây dựng - UBND cấp huyện",
  ),
  byUnit(
    "3.4.6.f",
    "-",
    "Tỷ lệ hồ sơ TTHC về lĩnh vực đầu tư được giải quyết đúng hạn (ở cả 3 cấp)",
    3,
    "%",
    "- Sở Kế hoạch và Đầu tư - UBND cấp huyện",
  ),
  byUnit(
    "3.4.6.g",
    "-",
    "Tỷ lệ hồ sơ TTHC về lĩnh vực lao động, thương binh và xã hội được giải quyết đúng hạn (ở cả 3 cấp)",
    3,
    "%",
    "- Sở Lao động - Thương binh và Xã hội - UBND cấp huyện",
  ),
  section("3.4.7", "3.4.7.", "Kết quả cung cấp dịch vụ công", 2),
  // Reporter rejoined across the page break ("- Sở Thông tin và Truyền thông" + "tổng hợp, báo cáo - ...").
  section("3.4.7.1", "3.4.7.1.", "Hồ sơ trực tuyến", 3, {
    reporter:
      "- Sở Thông tin và Truyền thông tổng hợp, báo cáo - Cơ quan, đơn vị, địa phương báo cáo (bao gồm các cơ quan ngành dọc)",
  }),
  byUnit("3.4.7.1.a", "-", "Số lượng hồ sơ trực tuyến mức độ 3", 4, "Hồ sơ"),
  byUnit("3.4.7.1.b", "-", "Số lượng hồ sơ trực tuyến mức độ 4", 4, "Hồ sơ"),
  byUnit("3.4.7.1.c", "-", "Tỷ lệ hồ sơ trực tuyến mức độ 3", 4, "%"),
  byUnit("3.4.7.1.d", "-", "Tỷ lệ hồ sơ trực tuyến mức độ 4", 4, "%"),
  section("3.4.7.2", "3.4.7.2.", "Hồ sơ thực hiện qua dịch vụ BCCI", 3, {
    reporter:
      "- Sở Thông tin và Truyền thông tổng hợp, báo cáo - Các cơ quan, đơn vị, địa phương (bao gồm các cơ quan ngành dọc)",
  }),
  byUnit("3.4.7.2.a", "-", "Hồ sơ tiếp nhận qua dịch vụ BCCI", 4, "Hồ sơ"),
  byUnit("3.4.7.2.b", "-", "Hồ sơ trả kết quả qua dịch vụ BCCI", 4, "Hồ sơ"),
  byUnit("3.4.7.2.c", "-", "Hồ sơ tiếp nhận và trả kết quả qua dịch vụ BCCI", 4, "Hồ sơ"),
  section("3.4.7.3", "3.4.7.3.", "Hồ sơ thanh toán trực tuyến", 3, {
    reporter: "- Sở Nội vụ tổng hợp, báo cáo - Các cơ quan, đơn vị, địa phương (bao gồm các cơ quan ngành dọc)",
  }),
  byUnit("3.4.7.3.a", "-", "Số lượng hồ sơ được thanh toán trực tuyến", 4, "Hồ sơ"),
  byUnit("3.4.7.3.b", "-", "Số tiền được thanh toán trực tuyến", 4, "Đồng"),
  byUnit(
    "3.4.7.4",
    "3.4.7.4", // printed without the final dot
    "Tin nhắn tự động thông báo tiến độ, kết quả giải quyết hồ sơ TTHC",
    3,
    "Tin nhắn",
    "Sở Thông tin và Truyền thông báo cáo",
  ),

  // 4. Cải cách tổ chức bộ máy hành chính nhà nước
  section("4", "4.", "Cải cách tổ chức bộ máy hành chính nhà nước", 0),
  section("4.1", "4.1.", "Cơ cấu tổ chức bộ máy", 1),
  byUnit("4.1.1", "4.1.1.", "Số cơ quan chuyên môn cấp tỉnh", 2, "Cơ quan, đơn vị", "Sở Nội vụ báo cáo"),
  byUnit("4.1.2", "4.1.2.", "Số ban quản lý trực thuộc UBND cấp tỉnh", 2, "Cơ quan, đơn vị"),
  byUnit("4.1.3", "4.1.3.", "Số tổ chức liên ngành do cấp tỉnh thành lập", 2, "Cơ quan, đơn vị"),
  byUnit(
    "4.1.4",
    "4.1.4.",
    "Tổng số đơn vị sự nghiệp công lập trên địa bàn tỉnh. Trong đó:",
    2,
    "Cơ quan, đơn vị",
    SNV_TH,
  ),
  byUnit("4.1.4.a", "-", "Số ĐVSNCL thuộc UBND tỉnh", 3, "Cơ quan, đơn vị", "Sở Nội vụ báo cáo"),
  byUnit(
    "4.1.4.b",
    "-",
    "Số ĐVSNCL thuộc sở, ngành và tương đương",
    3,
    "Cơ quan, đơn vị",
    "Các cơ quan chuyên môn cấp tỉnh báo cáo",
  ),
  byUnit("4.1.4.c", "-", "Số ĐVSNCL thuộc UBND cấp huyện", 3, "Cơ quan, đơn vị", UBND_HUYEN),
  byUnit(
    "4.1.4.d",
    "-",
    "Tỷ lệ ĐVSNCL đã cắt giảm so với năm 2015",
    3,
    "%",
    "- Cơ quan chuyên môn cấp tỉnh - UBND cấp huyện",
  ),
  section("4.2", "4.2.", "Số liệu về biên chế công chức", 1, { reporter: SNV_TH_CQ }),
  byUnit("4.2.a", "-", "Tổng số biên chế được giao trong năm", 2, "Người"),
  byUnit("4.2.b", "-", "Tổng số biên chế có mặt tại thời điểm báo cáo", 2, "Người"),
  byUnit("4.2.c", "-", "Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước", 2, "Người"),
  byUnit("4.2.d", "-", "Số biên chế đã tinh giản trong kỳ báo cáo", 2, "Người"),
  byUnit("4.2.e", "-", "Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015", 2, "%"),
  // Reporter rejoined across the page break ("... - Cơ quan, đơn vị, địa phương" + "báo cáo").
  section("4.3", "4.3.", "Số người làm việc hưởng lương từ NSNN tại các đơn vị sự nghiệp công lập", 1, {
    reporter: SNV_TH_CQ,
  }),
  byUnit("4.3.a", "-", "Tổng số người làm việc được giao", 2, "Người"),
  byUnit("4.3.b", "-", "Tổng số người làm việc có mặt", 2, "Người"),
  byUnit("4.3.c", "-", "Số người đã tinh giản trong kỳ báo cáo", 2, "Người"),
  byUnit("4.3.d", "-", "Tỷ lệ % đã tinh giản so với năm 2015", 2, "%"),

  // 5. Cải cách chế độ công vụ
  section("5", "5.", "Cải cách chế độ công vụ", 0),
  section("5.1", "5.1.", "Vị trí việc làm của công chức, viên chức", 1, { reporter: SNV_TH }),
  byUnit(
    "5.1.1",
    "5.1.1.",
    "Số cơ quan, tổ chức hành chính đã được phê duyệt vị trí việc làm theo quy định",
    2,
    "Cơ quan, đơn vị",
    CQ,
  ),
  byUnit(
    "5.1.2",
    "5.1.2.",
    "Số đơn vị sự nghiệp đã được phê duyệt vị trí việc làm theo quy định",
    2,
    "Cơ quan, đơn vị",
  ),
  byUnit(
    "5.1.3",
    "5.1.3.",
    "Số cơ quan, tổ chức có vi phạm trong thực hiện vị trí việc làm phát hiện qua thanh tra",
    2,
    "Cơ quan, đơn vị",
    "Sở Nội vụ báo cáo",
  ),
  section("5.2", "5.2.", "Tuyển dụng công chức, viên chức", 1, { reporter: SNV_TH }),
  section("5.2.1", "5.2.1.", "Tuyển dụng công chức", 2),
  byUnit("5.2.1.a", "-", "Số công chức được tuyển dụng (thi tuyển, xét tuyển)", 3, "Người", CQ),
  byUnit("5.2.1.b", "-", "Số công chức được tuyển dụng theo trường hợp đặc biệt", 3, "Người"),
  byUnit(
    "5.2.1.c",
    "-",
    "Số cán bộ, công chức cấp xã được xét chuyển thành công chức cấp huyện trở lên",
    3,
    "Người",
    UBND_HUYEN,
  ),
  section("5.2.2", "5.2.2.", "Tuyển dụng viên chức", 2),
  // Reporter rejoined across the page break ("Các cơ quan, đơn vị, địa phương" + "báo cáo" printed on 5.2.2.b's line).
  byUnit("5.2.2.a", "-", "Số viên chức được tuyển dụng (thi tuyển, xét tuyển)", 3, "Người", CQ),
  byUnit("5.2.2.b", "-", "Số viên chức được tuyển dụng theo trường hợp đặc biệt", 3, "Người"),
  section("5.3", "5.3.", "Số liệu về bổ nhiệm công chức lãnh đạo", 1, { reporter: SNV_TH }),
  byUnit(
    "5.3.a",
    "-",
    "Thực hiện tuyển chọn, bổ nhiệm lãnh đạo qua thi tuyển",
    2,
    "Đã thực hiện = 1 Chưa thực hiện = 0",
    CQ,
  ),
  byUnit("5.3.b", "-", "Số lãnh đạo cấp sở, ngành được bổ nhiệm mới", 2, "Người", CQCM_NGANH_DOC),
  byUnit("5.3.c", "-", "Số lãnh đạo cấp phòng thuộc sở, ngành được bổ nhiệm mới", 2, "Người", CQCM_NGANH_DOC),
  byUnit("5.3.d", "-", "Số lãnh đạo cấp phòng thuộc UBND huyện được bổ nhiệm mới", 2, "Người", "UBND cấp huyện"),
  section("5.4", "5.4.", "Số liệu về xử lý kỷ luật cán bộ, công chức (cả về Đảng và chính quyền)", 1, {
    reporter: SNV_TH,
  }),
  byUnit("5.4.a", "-", "Số lãnh đạo cấp tỉnh bị kỷ luật", 2, "Người", "Sở Nội vụ báo cáo"),
  byUnit("5.4.b", "-", "Số lãnh đạo cấp sở, ngành và UBND cấp huyện bị kỷ luật", 2, "Người", CQ),
  byUnit("5.4.c", "-", "Số lãnh đạo cấp phòng thuộc sở, ngành và UBND cấp huyện bị kỷ luật", 2, "Người"),
  byUnit("5.4.d", "-", "Số người làm việc hưởng lương từ NSNN tại các đơn vị SNCL bị kỷ luật", 2, "Người"),

  // 6. Cải cách tài chính công (reporter rejoined across the page break: "... địa" + "phương báo cáo")
  section("6", "6.", "Cải cách tài chính công", 0, {
    reporter: "- Sở Tài chính tổng hợp, báo cáo - Các cơ quan, đơn vị, địa phương báo cáo",
  }),
  byUnit(
    "6.1",
    "6.1.",
    "Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên và chi đầu tư (lũy kế đến thời điểm báo cáo)",
    1,
    "Cơ quan, đơn vị",
  ),
  byUnit(
    "6.2",
    "6.2.",
    "Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)",
    1,
    "Cơ quan, đơn vị",
  ),
  byUnit(
    "6.3",
    "6.3.",
    "Số đơn vị SNCL đã thực hiện tự chủ một phần chi thường xuyên (lũy kế đến thời điểm báo cáo)",
    1,
    "Cơ quan, đơn vị",
  ),
  byUnit(
    "6.4",
    "6.4.",
    "Số đơn vị SNCL do nhà nước đảm bảo 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)",
    1,
    "Cơ quan, đơn vị",
  ),
  byUnit(
    "6.5",
    "6.5.",
    "Số lượng đơn vị SNCL đã chuyển đổi thành công ty cổ phần (lũy kế đến thời điểm báo cáo)",
    1,
    "Cơ quan, đơn vị",
  ),

  // 7. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số
  section("7", "7.", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", 0),
  byUnit("7.1", "7.1.", "Cập nhật Kiến trúc chính quyền điện tử phiên bản 2.0", 1, "Chưa = 0 Hoàn thành = 1", STTTT),
  byUnit(
    "7.2",
    "7.2.",
    "Xây dựng và vận hành Hệ thống họp trực tuyến Liên thông 2 cấp: Từ UBND tỉnh đến 100% UBND các huyện Liên thông 3 cấp: Từ UBND tỉnh đến 100% UBND cấp huyện, cấp xã",
    1,
    "Chưa có = 0 2 cấp = 1 3 cấp = 2",
  ),
  byUnit(
    "7.3",
    "7.3.",
    "Hệ thống thông tin báo cáo và kết nối với Hệ thống thông tin báo cáo quốc gia",
    1,
    "Chưa = 0 Đang làm = 1 Hoàn thành = 2",
  ),
  // Unit rejoined across the page break ("Chưa = 0 Đang làm = 1" + "Hoàn thành = 2").
  byUnit(
    "7.4",
    "7.4.",
    "Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP)",
    1,
    "Chưa = 0 Đang làm = 1 Hoàn thành = 2",
  ),
  // Label and unit printed "Công/trang": typo for "Cổng/trang" (cổng thông tin điện tử), fixed in both.
  byUnit("7.5", "7.5.", "Cổng/trang thông tin điện tử", 1, "Cổng/trang", STTTT_TH),
  byUnit("7.5.a", "-", "Cấp tỉnh", 2, "Chưa = 0 Có = 1", CQCM_TINH),
  byUnit("7.5.b", "-", "Cấp huyện", 2, "Chưa = 0 Có = 1", UBND_HUYEN),
  byUnit("7.5.c", "-", "Cấp xã", 2, "Cổng/trang"), // unit printed "Công/trang", fixed as above
  section("7.6", "7.6.", "Hệ thống Quản lý và điều hành văn bản (E-Office)", 1, {
    reporter: "- Các cơ quan, đơn vị, địa phương báo cáo - Sở Thông tin và Truyền thông tổng hợp, báo cáo",
  }),
  // "Trong đó:" lists rates of different populations, not parts of one count: a heading.
  section(
    "7.6.1",
    "7.6.1.",
    "Thực hiện kết nối, liên thông các Hệ thống quản lý văn bản điều hành từ cấp tỉnh đến cấp xã. Trong đó:",
    2,
    { reporter: STTTT },
  ),
  byUnit("7.6.1.a", "-", "Tỷ lệ sở, ngành đã kết nối, liên thông với UBND tỉnh", 3, "%"),
  byUnit("7.6.1.b", "-", "Tỷ lệ UBND cấp huyện đã kết nối, liên thông với UBND tỉnh", 3, "%"),
  byUnit("7.6.1.c", "-", "Tỷ lệ UBND cấp xã đã kết nối, liên thông với UBND huyện", 3, "%"),
  byUnit(
    "7.6.2",
    "7.6.2.",
    "Số lượng chứng thư số, chữ ký số đã cấp. Trong đó:",
    2,
    "Chứng thư số, chữ ký số",
    STTTT_TH,
  ),
  byUnit("7.6.2.a", "-", "Cấp tỉnh", 3, "Chưa = 0 Có = 1", CQCM_TINH),
  // Unit rejoined across the page break ("Chưa = 0" + "Có = 1").
  byUnit("7.6.2.b", "-", "Cấp huyện", 3, "Chưa = 0 Có = 1", UBND_HUYEN),
  byUnit("7.6.2.c", "-", "Cấp xã", 3, "Chứng thư số, chữ ký số"),
  byUnit(
    "7.6.3",
    "7.6.3.",
    "Tổng số VĂN BẢN ĐI giữa các cơ quan nhà nước trên địa bàn tỉnh. Trong đó:",
    2,
    "Văn bản",
    "- Các cơ quan, đơn vị, địa phương báo cáo - Sở Thông tin và Truyền thông tổng hợp, báo cáo",
  ),
  byUnit(
    "7.6.3.a",
    "-",
    "Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (Sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử)",
    3,
    "%",
  ),
  byUnit("7.6.3.b", "-", "Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử và song song với văn bản giấy", 3, "%"),
  // A "Trong đó:" total printed without a unit; its parts count Email accounts by level: a count.
  ind("7.6.4", "7.6.4.", "Thư điện tử công vụ đang sử dụng. Trong đó:", 2, COUNT),
  byUnit("7.6.4.a", "-", "Cấp tỉnh", 3, "Email", CQCM_TINH),
  byUnit("7.6.4.b", "-", "Cấp huyện", 3, "Email", UBND_HUYEN),
  byUnit("7.6.4.c", "-", "Cấp xã", 3, "Email"),
  section("7.7", "7.7.", "Vận hành Hệ thống thông tin một cửa điện tử của tỉnh", 1, { reporter: STTTT }),
  byUnit("7.7.a", "-", "Tỷ lệ sở, ngành đã kết nối liên thông với Hệ thống", 2, "%"),
  byUnit("7.7.b", "-", "Tỷ lệ đơn vị cấp huyện đã kết nối liên thông với Hệ thống", 2, "%"),
  byUnit("7.7.c", "-", "Tỷ lệ đơn vị cấp xã đã kết nối liên thông với Hệ thống", 2, "%"),
];

// ---------------------------------------------------------------------------------------------------------------
// Cross rules
//
// No `rate` rule: no "Tỷ lệ" row of this table has both its numerator and its denominator as rows of the sheet
// (3.4.1.3 counts TTHC, not quy trình; 3.4.6.x, 3.4.7.1.c-d, 4.1.4.d, 4.2.e, 4.3.d, 7.6.1.x, 7.6.3.x and 7.7.x
// divide by quantities, or compare with 2015 figures, that the table does not ask for).

const crossRules: TemplateInput["crossRules"] = [
  { type: "notGreater", lesser: "1.1.b", greater: "1.1.a", relation: "completed" },
  { type: "partsOfTotal", total: "1.3.1", parts: ["1.3.1.a", "1.3.1.b"], exhaustive: false },
  // Issues handled in a period may have been found in the previous period's inspections.
  {
    type: "notGreater",
    lesser: "1.3.2.b",
    greater: "1.3.2.a",
    relation: "handled",
    severity: "warning",
    doubt: "carryOver",
  },
  // Đúng hạn + quá hạn <= được giao (tasks not yet completed are in neither).
  { type: "partsOfTotal", total: "1.5.a", parts: ["1.5.b", "1.5.c"], exhaustive: false },
  // Recommendations handled in a period may have been made in the previous one.
  { type: "notGreater", lesser: "2.5", greater: "2.4", relation: "handled", severity: "warning", doubt: "carryOver" },
  { type: "partsOfTotal", total: "3.2", parts: ["3.2.a", "3.2.b", "3.2.c"], exhaustive: true },
  // TTHC integrated on the Cổng DVC quốc gia are among those published on it (inferred, hence a warning).
  {
    type: "notGreater",
    lesser: "3.3.b",
    greater: "3.3.a",
    relation: "published",
    severity: "warning",
    doubt: "inferred",
  },
  // The two approving authorities are the only ones listed: the parts should make up the total (read from the
  // labels, hence the doubt on the warning).
  { type: "partsOfTotal", total: "3.4.1.1", parts: ["3.4.1.1.a", "3.4.1.1.b"], exhaustive: true, doubt: "inferred" },
  { type: "partsOfTotal", total: "3.4.1.2", parts: ["3.4.1.2.a", "3.4.1.2.b"], exhaustive: true, doubt: "inferred" },
  // Liên thông is either within one level or between levels.
  { type: "partsOfTotal", total: "3.4.2", parts: ["3.4.2.a", "3.4.2.b"], exhaustive: true },
  // The total is "mức độ 3, 4" and the parts are mức độ 3 and mức độ 4.
  { type: "partsOfTotal", total: "3.4.3", parts: ["3.4.3.a", "3.4.3.b"], exhaustive: true },
  // Tiếp nhận / trả kết quả / tiếp nhận và trả: the source does not say they partition the total, and a TTHC
  // that allows both may be counted in all three; each is among the total, their sum need not be.
  { type: "partsOfTotal", total: "3.4.4", parts: ["3.4.4.a"] },
  { type: "partsOfTotal", total: "3.4.4", parts: ["3.4.4.b"] },
  { type: "partsOfTotal", total: "3.4.4", parts: ["3.4.4.c"] },
  // "trên địa bàn tỉnh" may count units outside the three listed (e.g. of central agencies): not exhaustive.
  { type: "partsOfTotal", total: "4.1.4", parts: ["4.1.4.a", "4.1.4.b", "4.1.4.c"], exhaustive: false },
  {
    type: "notGreater",
    lesser: "4.2.b",
    greater: "4.2.a",
    relation: "present",
    severity: "warning",
    doubt: "staffing",
  },
  {
    type: "notGreater",
    lesser: "4.3.b",
    greater: "4.3.a",
    relation: "present",
    severity: "warning",
    doubt: "staffing",
  },
  // "(lũy kế đến thời điểm báo cáo)": with one value column this compares the unit's successive reports
  // (cchc validate --previous, rules/compare-periods.ts).
  { type: "cumulative", row: "6.1" },
  { type: "cumulative", row: "6.2" },
  { type: "cumulative", row: "6.3" },
  { type: "cumulative", row: "6.4" },
  { type: "cumulative", row: "6.5" },
  // 7.5 and 7.6.2: only "Cấp xã" is printed as a count; "Cấp tỉnh"/"Cấp huyện" are Chưa/Có flags and cannot be
  // summed, so the only check is that the Cấp xã count does not exceed the total.
  { type: "partsOfTotal", total: "7.5", parts: ["7.5.c"], exhaustive: false },
  { type: "partsOfTotal", total: "7.6.2", parts: ["7.6.2.c"], exhaustive: false },
  { type: "partsOfTotal", total: "7.6.4", parts: ["7.6.4.a", "7.6.4.b", "7.6.4.c"], exhaustive: true },
];

// ---------------------------------------------------------------------------------------------------------------

export const khanhHoaPeriodic2021 = {
  document: {
    id: "khanh-hoa-periodic-2021",
    issuer: "Ủy ban nhân dân tỉnh Khánh Hòa",
    // The source cites "công văn số 1852/UBND ngày 11 tháng 03 năm 2021 của UBND tỉnh về việc thực hiện báo cáo
    // công tác cải cách hành chính định kỳ".
    title:
      "Báo cáo định kỳ công tác cải cách hành chính theo Công văn số 1852/UBND ngày 11/03/2021 của UBND tỉnh Khánh Hòa",
    province: "Khánh Hòa",
    year: 2021,
  },
  templates: [
    {
      id: "kh-dinhky-pl2",
      version: "1",
      document: "khanh-hoa-periodic-2021",
      appendix: "Phụ lục 2",
      // Printed "TẠI BAN QUẢN LÝ KHU DU LỊCH BÁN ĐẢO CAM RANH": the reporting unit becomes {unit}.
      title: ["THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "TẠI {unit}"],
      // Printed "(Ban hành kèm theo Báo cáo số /BC-BQLKDL ngày / / 2021 của BQL KDL Bán đảo Cam Ranh)": Cam Ranh's
      // sign (BQLKDL), year and name made generic, blanks widened for handwriting.
      attachedTo: "Ban hành kèm theo Báo cáo số      /BC-      ngày    /    /      của {unit}",
      sheetName: "PL2-Định kỳ",
      periodColumns: false, // the period (quý, 6 tháng, năm) is the user's
      columns: [
        { key: "stt", header: "STT", role: "stt" },
        { key: "label", header: "Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)", role: "label" },
        { key: "unit", header: "Đơn vị tính", group: "Kết quả thống kê", role: "unit" },
        { key: "value", header: "Số liệu", group: "Kết quả thống kê", role: "value" },
        { key: "reporter", header: "Đơn vị thực hiện", role: "reporter" },
      ],
      rows,
      crossRules,
    },
  ],
} satisfies SourceModuleInput;
