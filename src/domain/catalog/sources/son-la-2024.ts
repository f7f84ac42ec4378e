import type { Rule, SourceModuleInput, TemplateInput } from "../schema";
import { COUNT, PERCENT, type RowInput, TEXT, flag, ind, section } from "./builders";

/**
 * Sơn La, Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 (seed 003_83904f557bb4d90c.txt):
 * Phụ lục I (list of the completed tasks of the year's CCHC plan, filled in by the unit) and
 * Phụ lục II (statistics, Năm 2023 and Năm 2024 columns).
 */

const COUNT_PERCENT: Rule = { kind: "pair", form: "countPercent" };
const PART_WHOLE: Rule = { kind: "pair", form: "partWhole" };
const PART_WHOLE_PERCENT: Rule = { kind: "pair", form: "partWholePercent" };
const RATIO: Rule = { kind: "pair", form: "ratio" };
const TWO_COUNTS: Rule = { kind: "pair", form: "twoCounts" };
/** "Không = 0 Có = 1". */
const FLAG_CO_KHONG = flag(1, "Có", 0, "Không");

// ---------------------------------------------------------------------------------------------
// Phụ lục I
// ---------------------------------------------------------------------------------------------

/**
 * The source prints each section followed by a "1" line and a ".." placeholder (sections I-III) or
 * nothing (IV-VI): the unit lists its own tasks. Five blank numbered lines per section (our choice).
 */
const pl1Section = (stt: string, label: string): RowInput[] => [
  section(stt, stt, label, 0),
  { type: "entries", id: `${stt}.nv`, count: 5 },
];

const pl1: TemplateInput = {
  id: "sl-pl1",
  version: "1",
  document: "son-la-2024",
  appendix: "Phụ lục I",
  title: ["DANH MỤC CÁC NHIỆM VỤ ĐÃ HOÀN THÀNH TRONG KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM..."],
  attachedTo: "kèm theo Báo cáo số ...../BC-... ngày .../.../ 2024 của ...",
  sheetName: "PL-I",
  purpose: "danh sách nhiệm vụ đã hoàn thành do đơn vị tự liệt kê: 6 mục, mỗi mục 5 dòng",
  columns: [
    { key: "stt", header: "STT", role: "stt" },
    { key: "label", header: "Tên nhiệm vụ", role: "label" },
    { key: "soVanBan", header: "Số văn bản", role: "value", rule: TEXT },
    { key: "trichYeu", header: "Trích yếu nội dung văn bản", role: "value", rule: TEXT },
    { key: "thoiHan", header: "Thời hạn ban hành văn bản", role: "value", rule: { kind: "date" } },
    { key: "dungHan", header: "Đúng hạn/quá hạn", role: "value", rule: { kind: "status" } },
    { key: "note", header: "Ghi chú", role: "note" },
  ],
  rows: [
    ...pl1Section("I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"),
    ...pl1Section("II", "CẢI CÁCH THỂ CHẾ"),
    ...pl1Section("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY"),
    ...pl1Section("IV", "CẢI CÁCH CÔNG VỤ"),
    ...pl1Section("V", "CẢI CÁCH TÀI CHÍNH CÔNG"),
    ...pl1Section("VI", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
  ],
};

// ---------------------------------------------------------------------------------------------
// Phụ lục II
// ---------------------------------------------------------------------------------------------

const CQDV = "Cơ quan, đơn vị";
const NV = "Nhiệm vụ";
const VB = "Văn bản";
const TT = "Thủ tục";
const NG = "Người";
const HO_SO_PCT = "... hồ sơ = ...%";

const pl2: TemplateInput = {
  id: "sl-pl2",
  // 2: the source's last row (II.6.8.b), and the pair forms of II.6.4.b and II.6.8.a.
  version: "2",
  document: "son-la-2024",
  appendix: "Phụ lục II",
  title: ["THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"],
  attachedTo: "Kèm theo Báo cáo số .../BC-... ngày ../.../2024 của...",
  sheetName: "PL-II",
  periodColumns: true,
  columns: [
    { key: "stt", header: "STT", role: "stt" },
    { key: "label", header: "Chỉ tiêu thống kê", role: "label" },
    { key: "unit", header: "Đơn vị tính", group: "Kết quả thống kê", role: "unit" },
    { key: "y2023", header: "Năm 2023", group: "Kết quả thống kê", role: "value" },
    { key: "y2024", header: "Năm 2024", group: "Kết quả thống kê", role: "value" },
    { key: "note", header: "Ghi chú", role: "note" },
  ],
  rows: [
    // I. Numbers restart in each roman section, hence "I.1", "II.1"; rows without STT get a letter.
    section("I", "I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", 0),
    section("I.1", "1", "Kế hoạch cải cách hành chính", 1),
    ind("I.1.a", undefined, "Số nhiệm vụ đề ra trong kế hoạch", 2, COUNT, { unit: NV }),
    ind("I.1.b", undefined, "Số nhiệm vụ đã hoàn thành", 2, COUNT, { unit: NV }),
    ind("I.1.c", undefined, "Số văn bản chỉ đạo CCHC đã ban hành", 2, COUNT, { unit: VB }),
    section("I.2", "2", "Tự kiểm tra cải cách hành chính", 1),
    ind("I.2.a", undefined, "Số cơ quan, đơn vị đề ra trong kế hoạch tự kiểm tra", 2, COUNT, { unit: CQDV }),
    ind("I.2.b", undefined, "Số cơ quan, đơn vị đã kiểm tra theo kế hoạch", 2, COUNT, { unit: CQDV }),
    ind("I.2.c", undefined, "Số vấn đề phát hiện qua kiểm tra", 2, COUNT, { unit: "Vấn đề" }),
    ind("I.2.d", undefined, "Số vấn đề phát hiện đã xử lý xong", 2, COUNT, { unit: "Vấn đề" }),
    section("I.3", "3", "Tuyên truyền cải cách hành chính", 1),
    ind("I.3.a", undefined, "Số nhiệm vụ đề ra trong kế hoạch", 2, COUNT, { unit: NV }),
    ind("I.3.b", undefined, "Số nhiệm vụ đã hoàn thành", 2, COUNT, { unit: NV }),
    ind("I.3.c", undefined, "Số lượng tin/bài tuyên truyền đã đăng tải trên Cổng/Trang TTĐT", 2, COUNT, {
      unit: "Tin/bài",
    }),
    section("I.4", "4", "Thực hiện nhiệm vụ Chủ tịch UBND tỉnh, UBND tỉnh giao", 1),
    ind("I.4.a", undefined, "Tổng số nhiệm vụ được giao", 2, COUNT, { unit: NV }),
    ind("I.4.b", undefined, "Số nhiệm vụ đã hoàn thành đúng hạn", 2, COUNT, { unit: NV }),
    // Printed after a page break (repeated table header dropped).
    ind("I.4.c", undefined, "Số nhiệm vụ đã hoàn thành nhưng quá hạn", 2, COUNT, { unit: NV }),
    ind("I.5", "5", "Tổ chức đối thoại tháo gỡ khó khăn cho doanh nghiệp", 1, COUNT, { unit: "Cuộc" }),
    section("I.6", "6", "Cải thiện môi trường kinh doanh", 1),
    // The italic "(có thể lồng ghép ...)" is part of the label; "Nghị quyết 01/NĐ-CP" kept as printed
    // (presumably Nghị quyết 01/NQ-CP).
    ind(
      "I.6.a",
      undefined,
      "Kế hoạch thực hiện Nghị quyết số 02/NQ-CP của Chính phủ về tiếp tục thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh Quốc gia (PCI) năm tiếp theo. (có thể lồng ghép cùng Nghị quyết 01/NĐ-CP)",
      2,
      COUNT,
      { unit: VB },
    ),
    ind(
      "I.6.b",
      undefined,
      "Kế hoạch cải thiện Chỉ số năng lực cạnh tranh cấp huyện và cấp sở, ngành (DDCI) (đối với các đơn vị đánh giá)",
      2,
      COUNT,
      { unit: VB },
    ),

    // II
    section("II", "II", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", 0),
    section("II.1", "1", "Cải cách thể chế", 1),
    ind("II.1.1", "1.1", "Số VBQPPL đã ban hành/tham mưu ban hành", 2, COUNT, { unit: VB }),
    ind("II.1.2", "1.2", "Số VBQPPL thực hiện tự kiểm tra theo thẩm quyền tại cơ quan, đơn vị", 2, COUNT, { unit: VB }),
    ind("II.1.3", "1.3", "Số VBQPPL phát hiện qua tự kiểm tra", 2, COUNT, { unit: VB }),
    ind("II.1.4", "1.4", "Số VBQPPL kiến nghị xử lý qua tự kiểm tra", 2, COUNT, { unit: VB }),
    ind("II.1.5", "1.5", "Số VBQPPL đã kiểm tra theo thẩm quyền", 2, COUNT, { unit: VB }),
    ind("II.1.6", "1.6", "Số VBQPPL đã rà soát", 2, COUNT, { unit: VB }),
    ind("II.1.7", "1.7", "Số VBQPPL đã kiến nghị xử lý sau kiểm tra, rà soát", 2, COUNT, { unit: VB }),
    ind("II.1.8", "1.8", "Số VBQPPL có kiến nghị xử lý đã được xử lý xong", 2, COUNT, { unit: VB }),
    ind("II.1.9", "1.9", "Số VBQPPL được tổ chức triển khai thực hiện tại cơ quan, đơn vị", 2, COUNT, { unit: VB }),
    ind("II.1.10", "1.10", "Kết quả thực hiện công tác tuyên truyền, phổ biến, giáo dục pháp luật", 2, COUNT, {
      unit: VB,
    }),

    section("II.2", "2", "Cải cách thủ tục hành chính", 1),
    section("II.2.1", "2.1", "Thống kê TTHC", 2),
    ind("II.2.1.a", undefined, "Số TTHC công bố mới", 3, COUNT, { unit: TT }),
    ind("II.2.1.b", undefined, "Số TTHC đã thực hiện rà soát", 3, COUNT, { unit: TT }),
    ind("II.2.1.c", undefined, "Số TTHC bãi bỏ, thay thế", 3, COUNT, { unit: TT }),
    ind("II.2.1.d", undefined, "Tổng số TTHC đang có hiệu lực", 3, COUNT, { unit: TT }),
    section("II.2.2", "2.2", "Kết quả triển khai Cổng dịch vụ công của tỉnh", 2),
    ind(
      "II.2.2.a",
      undefined,
      "Số TTHC đã cập nhật, công khai trên Cổng DVC của tỉnh/ Cổng thông tin điện tử của huyện",
      3,
      COUNT,
      { unit: TT },
    ),
    ind(
      "II.2.2.b",
      undefined,
      "Số TTHC một phần đã cung cấp trên Cổng DVC của tỉnh/Cổng thông tin điện tử của huyện",
      3,
      COUNT,
      { unit: TT },
    ),
    ind(
      "II.2.2.c",
      undefined,
      "Số TTHC toàn trình đã cung cấp trên Cổng DVC của tỉnh/Cổng thông tin điện tử của huyện",
      3,
      COUNT,
      { unit: TT },
    ),
    section("II.2.3", "2.3", "Thực hiện cơ chế một cửa, một cửa liên thông", 2),
    ind("II.2.3.a", undefined, "Số TTHC liên thông cùng cấp", 3, COUNT, { unit: TT }),
    ind("II.2.3.b", undefined, "Số TTHC liên thông giữa các cấp chính quyền", 3, COUNT, { unit: TT }),
    ind("II.2.3.c", undefined, "Số TTHC đã được phê duyệt quy trình nội bộ", 3, COUNT_PERCENT, {
      unit: "Thủ tục ...= ...%",
    }),
    ind("II.2.3.d", undefined, "Quy trình nội bộ giải quyết TTHC đã được điện tử hóa", 3, COUNT_PERCENT, {
      unit: "Quy trình ...=...%",
    }),
    section("II.2.4", "2.4", "Kết quả giải quyết TTHC", 2),
    ind("II.2.4.a", undefined, "Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết đúng hạn", 3, COUNT_PERCENT, {
      unit: HO_SO_PCT,
    }),
    // Printed after a page break (repeated table header dropped).
    ind("II.2.4.b", undefined, "Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết trễ hạn", 3, COUNT_PERCENT, {
      unit: HO_SO_PCT,
    }),
    // Unit kept as printed ("tổng số hồ TTHC": "hồ sơ" is meant); a part/whole pair.
    ind(
      "II.2.4.c",
      undefined,
      "Thực hiện đầy đủ, đúng quy định việc xin lỗi người dân, tổ chức khi để xảy ra trễ hạn trong giải quyết hồ sơ TTHC được công khai trên cổng/trang thông tin điện tử của cơ quan, đơn vị",
      3,
      PART_WHOLE,
      { unit: "Tổng số văn bản xin lỗi theo quy định/tổng số hồ TTHC trễ hạn" },
    ),
    ind(
      "II.2.4.d",
      undefined,
      "Số cuộc tổ chức đối thoại với cá nhân, tổ chức về TTHC, giải quyết TTHC",
      3,
      TWO_COUNTS,
      { unit: "Cuộc/người tham gia" },
    ),
    ind(
      "II.2.4.e",
      undefined,
      "Xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết",
      3,
      FLAG_CO_KHONG,
      { unit: "Không = 0 Có = 1" },
    ),
    ind(
      "II.2.4.f",
      undefined,
      "Công khai kết quả trả lời phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết",
      3,
      FLAG_CO_KHONG,
      { unit: "Không = 0 Có = 1" },
    ),
    // The source prints this as one row whose label cell holds a lead-in and two indicators and whose
    // unit cell holds "... hồ sơ = ...%" twice: rebuilt as a heading and two indicators (one input each).
    section("II.2.4.g", undefined, "Đối với cấp huyện, báo cáo thêm về:", 3),
    ind("II.2.4.g.a", undefined, "Tổng số hồ sơ TTHC về lĩnh vực đất đai được giải quyết đúng hạn", 4, COUNT_PERCENT, {
      unit: HO_SO_PCT,
    }),
    ind("II.2.4.g.b", undefined, "Tổng số hồ sơ TTHC về lĩnh vực xây dựng được giải quyết đúng hạn", 4, COUNT_PERCENT, {
      unit: HO_SO_PCT,
    }),

    section("II.3", "3", "Cải cách tổ chức bộ máy", 1),
    section("II.3.1", "3.1", "Cơ cấu tổ chức bộ máy", 2),
    ind("II.3.1.a", undefined, "Số lượng các cơ quan, đơn vị trực thuộc", 3, COUNT, { unit: CQDV }),
    ind("II.3.1.b", undefined, "Số ban quản lý trực thuộc", 3, COUNT, { unit: CQDV }),
    // Printed in italics; kept at the same level as its siblings (no STT or dash marks them as sub-items).
    ind("II.3.1.c", undefined, "Số ĐVSNCL thuộc sở, ngành và tương đương", 3, COUNT, { unit: CQDV }),
    ind("II.3.1.d", undefined, "Tỷ lệ ĐVSNCL đã cắt giảm so với năm 2015", 3, PERCENT, { unit: "%" }),
    section("II.3.2", "3.2", "Số liệu về biên chế công chức", 2),
    ind("II.3.2.a", undefined, "Tổng số biên chế được giao", 3, COUNT, { unit: NG }),
    // Printed after a page break (repeated table header dropped).
    ind("II.3.2.b", undefined, "Tổng số biên chế có mặt tại thời điểm báo cáo", 3, COUNT, { unit: NG }),
    ind("II.3.2.c", undefined, "Số hợp đồng lao động làm việc tại cơ quan, đơn vị", 3, COUNT, { unit: NG }),
    ind("II.3.2.d", undefined, "Số biên chế đã tinh giản trong kỳ báo cáo", 3, COUNT, { unit: NG }),
    ind("II.3.2.e", undefined, "Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015", 3, PERCENT, { unit: "%" }),
    section("II.3.3", "3.3", "Số người làm việc hưởng lương từ NSNN tại các đơn vị sự nghiệp công lập", 2),
    ind("II.3.3.a", undefined, "Tổng số người làm việc được giao", 3, COUNT, { unit: NG }),
    ind("II.3.3.b", undefined, "Tổng số người làm việc có mặt", 3, COUNT, { unit: NG }),
    ind("II.3.3.c", undefined, "Số người đã tinh giản trong kỳ báo cáo", 3, COUNT, { unit: NG }),
    ind("II.3.3.d", undefined, "Tỷ lệ % đã tinh giản so với năm 2015", 3, PERCENT, { unit: "%" }),

    section("II.4", "4", "Cải cách công vụ", 1),
    section("II.4.1", "4.1", "Vị trí việc làm của công chức, viên chức", 2),
    ind(
      "II.4.1.a",
      undefined,
      "Số cơ quan, tổ chức hành chính đã được phê duyệt vị trí việc làm theo quy định",
      3,
      COUNT,
      { unit: CQDV },
    ),
    ind("II.4.1.b", undefined, "Số đơn vị sự nghiệp đã được phê duyệt vị trí việc làm theo quy định", 3, COUNT, {
      unit: CQDV,
    }),
    ind(
      "II.4.1.c",
      undefined,
      "Số cơ quan, tổ chức có vi phạm trong thực hiện vị trí việc làm phát hiện qua thanh tra",
      3,
      COUNT,
      { unit: CQDV },
    ),
    section("II.4.2", "4.2", "Tuyển dụng công chức, viên chức", 2),
    ind("II.4.2.a", undefined, "Số công chức, viên chức được tuyển dụng (thi tuyển, xét tuyển)", 3, COUNT, {
      unit: NG,
    }),
    ind("II.4.2.b", undefined, "Số công chức được tuyển dụng theo trường hợp đặc biệt", 3, COUNT, { unit: NG }),
    ind("II.4.2.c", undefined, "Số viên chức được tuyển dụng (thi tuyển, xét tuyển)", 3, COUNT, { unit: NG }),
    ind("II.4.2.d", undefined, "Số viên chức được tuyển dụng theo trường hợp đặc biệt", 3, COUNT, { unit: NG }),
    section("II.4.3", "4.3", "Số liệu về bổ nhiệm công chức", 2),
    ind("II.4.3.a", undefined, "Số lãnh đạo cấp phòng thuộc cơ quan, đơn vị được bổ nhiệm mới", 3, COUNT, { unit: NG }),
    section("II.4.4", "4.4", "Số liệu về xử lý kỷ luật cán bộ, công chức (cả về Đảng và chính quyền)", 2),
    ind("II.4.4.a", undefined, "Số lãnh đạo cấp tỉnh bị kỷ luật", 3, COUNT, { unit: NG }),
    ind("II.4.4.b", undefined, "Số lãnh đạo cấp sở, ngành/ huyện bị kỷ luật", 3, COUNT, { unit: NG }),
    ind("II.4.4.c", undefined, "Số lãnh đạo cấp phòng thuộc sở, ngành hoặc phòng thuộc huyện bị kỷ luật", 3, COUNT, {
      unit: NG,
    }),
    ind("II.4.4.d", undefined, "Số người làm việc hưởng lương từ NSNN tại các đơn vị SNCL bị kỷ luật", 3, COUNT, {
      unit: NG,
    }),
    ind("II.4.4.e", undefined, "Số lãnh đạo, công chức cấp xã thuộc huyện bị kỷ luật", 3, COUNT, { unit: NG }),
    section("II.4.5", "4.5", "Số liệu về thăng hạng viên chức", 2),
    ind("II.4.5.a", undefined, "Số viên chức đăng ký", 3, COUNT, { unit: NG }),
    ind("II.4.5.b", undefined, "Số viên chức được thăng hạng", 3, COUNT, { unit: NG }),
    // The source prints a stray row "Tiếp nhận vào làm viên chức" (no STT, no unit) just before the
    // 4.6 heading of the same name: a duplicated heading, dropped.
    section("II.4.6", "4.6", "Tiếp nhận vào làm viên chức", 2),
    ind("II.4.6.a", undefined, "Số viên chức nộp hồ sơ", 3, COUNT, { unit: NG }),
    ind("II.4.6.b", undefined, "Số viên chức được tiếp nhận", 3, COUNT, { unit: NG }),
    section("II.4.7", "4.7", "Chuyển đổi vị trí công tác", 2),
    ind("II.4.7.a", undefined, "Số công chức được chuyển đổi", 3, COUNT, { unit: NG }),
    ind("II.4.7.b", undefined, "Số viên chức chuyển đổi", 3, COUNT, { unit: NG }),
    section("II.4.8", "4.8", "Nâng lương", 2),
    ind("II.4.8.a", undefined, "Số công chức, viên chức được nâng lương thường xuyên", 3, COUNT, { unit: NG }),
    // Printed after a page break (repeated table header dropped).
    ind("II.4.8.b", undefined, "Số công chức, viên chức được nâng lương trước thời hạn", 3, COUNT, { unit: NG }),
    ind("II.4.8.c", undefined, "Số công chức, viên chức được hưởng phụ cấp thâm niên vượt khung", 3, COUNT, {
      unit: NG,
    }),

    section("II.5", "5", "Cải cách tài chính công", 1),
    ind(
      "II.5.1",
      "5.1",
      "Số đơn vị Sự nghiệp công lập đã thực hiện tự chủ 100% chi thường xuyên và chi đầu tư (lũy kế đến thời điểm báo cáo)",
      2,
      COUNT,
      { unit: CQDV },
    ),
    ind(
      "II.5.2",
      "5.2",
      "Số đơn vị Sự nghiệp công lập đã thực hiện tự chủ 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)",
      2,
      COUNT,
      { unit: CQDV },
    ),
    ind(
      "II.5.3",
      "5.3",
      "Số đơn vị Sự nghiệp công lập đã thực hiện tự chủ một phần chi thường xuyên (lũy kế đến thời điểm báo cáo)",
      2,
      COUNT,
      { unit: CQDV },
    ),
    ind(
      "II.5.4",
      "5.4",
      "Số đơn vị Sự nghiệp công lập do nhà nước đảm bảo 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)",
      2,
      COUNT,
      { unit: CQDV },
    ),
    ind(
      "II.5.5",
      "5.5",
      "Số lượng đơn vị Sự nghiệp công lập đã chuyển đổi thành công ty cổ phần (lũy kế đến thời điểm báo cáo)",
      2,
      COUNT,
      { unit: CQDV },
    ),

    section("II.6", "6", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", 1),
    // The source prints this 6.1 row twice in a row (identical): one row kept.
    ind(
      "II.6.1",
      "6.1",
      "Cơ quan, đơn vị/ cơ quan, đơn vị trực thuộc UBND huyện, UBND xã được cấp chứng thư số",
      2,
      COUNT_PERCENT,
      { unit: "... cơ quan, đơn vị = ...%" },
    ),
    ind("II.6.2", "6.2", "Số liệu về trao đổi văn bản điện tử", 2, COUNT_PERCENT, { unit: "... văn bản = ...%" }),
    // Not bold or italic in the source, but it only groups the rows below (no unit of its own).
    section("II.6.3", "6.3", "Việc kết nối, liên thông các Hệ thống quản lý văn bản điều hành", 2),
    ind("II.6.3.a", undefined, "Tổng số văn bản đi", 3, COUNT, { unit: VB }),
    // Label broken by a page break: "(Sử dụng chữ ký số," / "chứng thư số và gửi trên môi trường điện tử)".
    ind(
      "II.6.3.b",
      undefined,
      "Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (Sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử)",
      3,
      PERCENT,
      { unit: "%" },
    ),
    ind(
      "II.6.3.c",
      undefined,
      "Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử và song song với văn bản giấy",
      3,
      PERCENT,
      { unit: "%" },
    ),
    section("II.6.4", "6.4", "Việc vận hành Hệ thống họp trực tuyến (đối với cấp huyện)", 2),
    ind("II.6.4.a", undefined, "Số cuộc họp qua hệ thống hội nghị truyền hình", 3, COUNT, { unit: "Cuộc" }),
    // "Cuộc/cuộc = .....%": meetings by video conference out of all meetings and the share they make, typed as
    // printed ("12/15 = 80%") or as the two counts alone ("12/15").
    ind(
      "II.6.4.b",
      undefined,
      "Tổng số cuộc họp qua hệ thống hội nghị truyền hình/Tổng số cuộc họp giữa UBND huyện với UBND các xã thực hiện trong năm (đối với cấp huyện)",
      3,
      PART_WHOLE_PERCENT,
      { unit: "Cuộc/cuộc = .....%" },
    ),
    section("II.6.5", "6.5", "Sử dụng hòm thư công vụ", 2),
    ind("II.6.5.a", undefined, "Tổng số đơn vị trực thuộc sử dụng hòm thư công vụ", 3, PART_WHOLE, {
      unit: "Số cơ quan, đơn vị/ tổng",
    }),
    ind("II.6.5.b", undefined, "Số tài khoản thường xuyên sử dụng hòm thư công vụ", 3, PART_WHOLE, {
      unit: "Số tài khoản/ tổng",
    }),
    section("II.6.6", "6.6", "Dịch vụ công trực tuyến", 2),
    ind("II.6.6.a", undefined, "Tổng số TTHC cung cấp trực tuyến một phần", 3, COUNT, { unit: "TTHC" }),
    ind("II.6.6.b", undefined, "Tổng số TTHC cung cấp trực tuyến toàn trình", 3, COUNT, { unit: "TTHC" }),
    ind("II.6.6.c", undefined, "Tỷ lệ hồ sơ xử lý trực tuyến một phần", 3, PERCENT, { unit: "%" }),
    ind("II.6.6.d", undefined, "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình", 3, PERCENT, { unit: "%" }),
    ind("II.6.6.e", undefined, "Tỷ lệ số hóa hồ sơ giải quyết thủ tục hành chính", 3, PERCENT, { unit: "%" }),
    section(
      "II.6.7",
      "6.7",
      "Thực hiện tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích",
      2,
    ),
    // "TTHC/KQ giải quyết": two different quantities (procedures, results), no order between them.
    ind(
      "II.6.7.a",
      undefined,
      "Số TTHC đã triển khai có phát sinh hồ sơ tiếp nhận/trả kết quả giải quyết qua dịch vụ BCCI",
      3,
      TWO_COUNTS,
      { unit: "TTHC/KQ giải quyết" },
    ),
    ind("II.6.7.b", undefined, "Số hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI", 3, COUNT, { unit: "TTHC" }),
    // Printed after a page break (repeated table header dropped).
    ind("II.6.7.c", undefined, "Tỷ lệ kết quả giải quyết TTHC được trả qua dịch vụ BCCI", 3, PERCENT, { unit: "%" }),
    section("II.6.8", "6.8", "Hiện trạng Hạ tầng kỹ thuật tại bộ phận một cửa điện tử cấp xã", 2),
    // "Số máy/Số người": two counts whose quotient is the figure; more machines than staff is no error.
    ind("II.6.8.a", undefined, "Tỷ lệ máy tính bố trí tại bộ phận một cửa (Máy/người)", 3, RATIO, {
      unit: "Số máy/Số người làm việc tại bộ phận 1 cửa",
    }),
    // The source's last line (the file ends without a newline): the second item of 6.8, a count of devices.
    ind("II.6.8.b", undefined, "Đã bố trí máy in, máy Scan đủ điều kiện tại bộ phận 1 cửa điện tử cấp xã", 3, COUNT, {
      unit: "Số TB đã bố trí",
    }),
  ],
  crossRules: [
    // I. Chỉ đạo, điều hành
    { type: "notGreater", lesser: "I.1.b", greater: "I.1.a", relation: "completed" },
    { type: "notGreater", lesser: "I.2.b", greater: "I.2.a", relation: "inspected" },
    // Issues handled may have been found in the previous year's inspections.
    {
      type: "notGreater",
      lesser: "I.2.d",
      greater: "I.2.c",
      relation: "handled",
      severity: "warning",
      doubt: "carryOver",
    },
    { type: "notGreater", lesser: "I.3.b", greater: "I.3.a", relation: "completed" },
    // Done on time + done late <= assigned (not exhaustive: some may be unfinished).
    { type: "partsOfTotal", total: "I.4.a", parts: ["I.4.b", "I.4.c"], exhaustive: false },
    // II.1 VBQPPL self-inspection chain: found <= self-inspected; recommended for handling <= found.
    // 1.8 (handled) is not tied to 1.7 alone: recommendations may also come from self-inspection (1.4).
    { type: "notGreater", lesser: "II.1.3", greater: "II.1.2", relation: "other" },
    // Recommendations of a year may follow findings of the year before.
    {
      type: "notGreater",
      lesser: "II.1.4",
      greater: "II.1.3",
      relation: "handled",
      severity: "warning",
      doubt: "carryOver",
    },
    // II.2.2 TTHC provided online (một phần, toàn trình: disjoint) are among those published on the portal: read
    // from the labels, not printed (a TTHC may be provided on a district portal that 2.2.a does not count).
    {
      type: "partsOfTotal",
      total: "II.2.2.a",
      parts: ["II.2.2.b", "II.2.2.c"],
      exhaustive: false,
      severity: "warning",
      doubt: "inferred",
    },
    // II.3 present <= assigned.
    {
      type: "notGreater",
      lesser: "II.3.2.b",
      greater: "II.3.2.a",
      relation: "present",
      severity: "warning",
      doubt: "staffing",
    },
    {
      type: "notGreater",
      lesser: "II.3.3.b",
      greater: "II.3.3.a",
      relation: "present",
      severity: "warning",
      doubt: "staffing",
    },
    // II.4 promoted <= registered, accepted <= applied: an application may span two years.
    {
      type: "notGreater",
      lesser: "II.4.5.b",
      greater: "II.4.5.a",
      relation: "other",
      severity: "warning",
      doubt: "carryOver",
    },
    {
      type: "notGreater",
      lesser: "II.4.6.b",
      greater: "II.4.6.a",
      relation: "other",
      severity: "warning",
      doubt: "carryOver",
    },
    // II.5 rows are printed "(lũy kế đến thời điểm báo cáo)".
    { type: "cumulative", row: "II.5.1" },
    { type: "cumulative", row: "II.5.2" },
    { type: "cumulative", row: "II.5.3" },
    { type: "cumulative", row: "II.5.4" },
    { type: "cumulative", row: "II.5.5" },
    // No `rate` rule: no "Tỷ lệ" row of this table has both its numerator and denominator as rows.
  ],
};

export const sonLa2024 = {
  document: {
    id: "son-la-2024",
    issuer: "Ủy ban nhân dân tỉnh Sơn La",
    // As the plan names itself; the source leaves the decision's number and day blank ("số /QĐ-UBND
    // ngày tháng 02 năm 2024"), written "..." here. "Sơn La" from the decision's header.
    title:
      "Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 (Ban hành kèm theo Quyết định số .../QĐ-UBND ngày ... tháng 02 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh Sơn La)",
    province: "Sơn La",
    year: 2024,
  },
  templates: [pl1, pl2],
} satisfies SourceModuleInput;
