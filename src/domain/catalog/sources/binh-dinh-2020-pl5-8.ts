import type { TemplateInput } from "../schema";
import { COUNT, PASS_FAIL, PERCENT, ind, section, yearColumns } from "./builders";

/**
 * Bình Định, Kế hoạch 04/KH-UBND (20/01/2020): Phụ lục 5 ... 8 (source lines ~1535-2363 of
 * 001_dca8338820b63d1f.txt).
 *
 * The extracted text prints no "PHỤ LỤC 5" ... "PHỤ LỤC 8" line above these four titles (it does for Phụ lục 1
 * and 2); the numbers come from their order after Phụ lục 4 and from the plan's body (II.2), which names them:
 * Phụ lục 5 and 8 -> Sở Nội vụ, Phụ lục 6 -> Sở Tài chính, Phụ lục 7 -> Sở Thông tin và Truyền thông,
 * Văn phòng UBND tỉnh and Sở Khoa học và Công nghệ.
 *
 * None of the four tables prints a unit of measure (Đơn vị tính) or reporting-unit column: rules come from the
 * labels ("Số ...", "Số lượng ...", "Tổng số ..." -> count; "Tỷ lệ ..." -> percent), and no column is added
 * that the source does not print. The reporting unit goes into each row's `reporter`: for Phụ lục 7 as its
 * "Ghi chú" under the table assigns rows 1-9, 10-13 and 14; for Phụ lục 5, 6 and 8 as the plan's body
 * (section II.2 a and d) assigns the whole appendix. None of these four appendices prints a "= 1 / = 0" flag.
 */

const ATTACHED_TO = "Kèm theo Kế hoạch số: 04/KH-UBND, ngày 20 tháng 01 năm 2020 của UBND tỉnh";

// ---------------------------------------------------------------------------------------------------------------
// Phụ lục 5 (Sở Nội vụ, plan II.2.a)
const NV = { reporter: "Sở Nội vụ" };

const pl5: TemplateInput = {
  id: "bd-pl5",
  version: "1",
  document: "binh-dinh-2020",
  appendix: "Phụ lục 5",
  title: ["THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"],
  attachedTo: ATTACHED_TO,
  sheetName: "PL5",
  periodColumns: true,
  columns: yearColumns("Chỉ tiêu"),
  rows: [
    // Rows 1 and 2 group two different measures of the staffing (assigned, present): sections, not totals,
    // although the source prints empty cells beside them.
    section("1", "1.", "Tổng số biên chế cán bộ, công chức", 1, NV),
    ind("1.a", "-", "Tổng số được giao", 2, COUNT, NV),
    ind("1.b", "-", "Tổng số có mặt", 2, COUNT, NV),
    section("2", "2.", "Tổng số biên chế viên chức", 1, NV),
    ind("2.a", "-", "Tổng số được giao", 2, COUNT, NV),
    ind("2.b", "-", "Tổng số có mặt", 2, COUNT, NV),
    ind("3", "3.", "Số công chức được tuyển dụng theo hình thức thi cạnh tranh", 1, COUNT, NV),
    ind(
      "4",
      "4.",
      "Số công chức được bổ nhiệm vào các chức danh lãnh đạo, quản lý thông qua thi tuyển cạnh tranh",
      1,
      COUNT,
      NV,
    ),
    ind("5", "5.", "Số lượng cán bộ, công chức được tinh giản biên chế", 1, COUNT, NV),
    ind("6", "6.", "Số lượng công chức được bồi dưỡng, tập huấn hàng năm", 1, COUNT, NV),
    ind("7", "7.", "Số lượng viên chức được bồi dưỡng, tập huấn hàng năm", 1, COUNT, NV),
    ind("8", "8.", "Số lượng các lớp đào tạo, bồi dưỡng", 1, COUNT, NV),
  ],
  crossRules: [
    { type: "notGreater", lesser: "1.b", greater: "1.a", relation: "present", severity: "warning" },
    { type: "notGreater", lesser: "2.b", greater: "2.a", relation: "present", severity: "warning" },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Phụ lục 6 (Sở Tài chính, plan II.2.d)
const TC = { reporter: "Sở Tài chính" };
const TU_BAO_DAM_CHI_TX_DT = "Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên và chi đầu tư";
const TU_BAO_DAM_CHI_TX = "Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên";
const TU_BAO_DAM_MOT_PHAN = "Số lượng đơn vị sự nghiệp công tự bảo đảm một phần chi thường xuyên";
const NHA_NUOC_BAO_DAM = "Số lượng đơn vị sự nghiệp công do Nhà nước bảo đảm chi thường xuyên";

const pl6: TemplateInput = {
  id: "bd-pl6",
  version: "1",
  document: "binh-dinh-2020",
  appendix: "Phụ lục 6",
  title: ["THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC CẢI CÁCH TÀI CHÍNH CÔNG"],
  attachedTo: ATTACHED_TO,
  sheetName: "PL6",
  periodColumns: true,
  columns: yearColumns("Chỉ tiêu"),
  rows: [
    ind("1", "1", "Số cơ quan hành chính thực hiện cơ chế tự chủ", 1, COUNT, TC),
    // Rows 2, 3, 4: a total and its breakdown by the autonomy groups of Nghị định 16/2015/NĐ-CP.
    ind("2", "2", "Số đơn vị sự nghiệp công lập thuộc UBND cấp tỉnh thực hiện cơ chế tự chủ", 1, COUNT, TC),
    ind("2.a", "-", TU_BAO_DAM_CHI_TX_DT, 2, COUNT, TC),
    ind("2.b", "-", TU_BAO_DAM_CHI_TX, 2, COUNT, TC),
    ind("2.c", "-", TU_BAO_DAM_MOT_PHAN, 2, COUNT, TC),
    ind("2.d", "-", NHA_NUOC_BAO_DAM, 2, COUNT, TC),
    ind(
      "3",
      "3",
      "Số đơn vị sự nghiệp công lập thuộc cơ quan chuyên môn của UBND cấp tỉnh thực hiện cơ chế tự chủ",
      1,
      COUNT,
      TC,
    ),
    ind("3.a", "-", TU_BAO_DAM_CHI_TX_DT, 2, COUNT, TC),
    ind("3.b", "-", TU_BAO_DAM_CHI_TX, 2, COUNT, TC),
    ind("3.c", "-", TU_BAO_DAM_MOT_PHAN, 2, COUNT, TC),
    ind("4", "4", "Số đơn vị sự nghiệp công lập thuộc UBND cấp huyện thực hiện cơ chế tự chủ", 1, COUNT, TC),
    ind("4.a", "-", TU_BAO_DAM_CHI_TX_DT, 2, COUNT, TC),
    ind("4.b", "-", TU_BAO_DAM_CHI_TX, 2, COUNT, TC),
    ind("4.c", "-", TU_BAO_DAM_MOT_PHAN, 2, COUNT, TC),
    ind(
      "5",
      "5",
      "Số tổ chức khoa học và công nghệ công lập thực hiện cơ chế tự chủ, tự chịu trách nhiệm theo Nghị định số 54/2016/NĐ-CP",
      1,
      COUNT,
      TC,
    ),
  ],
  crossRules: [
    // Row 2 lists all four groups (incl. "do Nhà nước bảo đảm chi thường xuyên"): they add up to the total.
    { type: "partsOfTotal", total: "2", parts: ["2.a", "2.b", "2.c", "2.d"], exhaustive: true },
    // Rows 3 and 4 list only three of the four groups: their parts need not add up to the total.
    { type: "partsOfTotal", total: "3", parts: ["3.a", "3.b", "3.c"], exhaustive: false },
    { type: "partsOfTotal", total: "4", parts: ["4.a", "4.b", "4.c"], exhaustive: false },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Phụ lục 7: reporters per the "Ghi chú" printed under the table.
const TTTT = { reporter: "Sở Thông tin và Truyền thông" };
const VP = { reporter: "Văn phòng UBND tỉnh" };
const KHCN = { reporter: "Sở Khoa học và Công nghệ" };

const pl7: TemplateInput = {
  id: "bd-pl7",
  version: "1",
  document: "binh-dinh-2020",
  appendix: "Phụ lục 7",
  title: ["THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC HIỆN ĐẠI HÓA HÀNH CHÍNH"],
  attachedTo: ATTACHED_TO,
  sheetName: "PL7",
  periodColumns: true,
  columns: yearColumns("Chỉ tiêu"),
  rows: [
    ind("1", "1.", "Tỷ lệ văn bản hành chính được trao đổi dưới dạng điện tử", 1, PERCENT, TTTT),
    ind("2", "2.", "Số đơn vị kết nối Trục liên thông VBQG", 1, COUNT, TTTT),
    ind("3", "3.", "Số lượng văn bản nhận trên Trục liên thông VBQG", 1, COUNT, TTTT),
    ind("4", "4.", "Số lượng văn bản gửi trên Trục liên thông VBQG", 1, COUNT, TTTT),
    ind("5", "5.", "Số lượng chữ ký số", 1, COUNT, TTTT),
    ind("6", "6.", "Tỷ lệ công chức có hộp thư điện tử", 1, PERCENT, TTTT),
    ind(
      "7",
      "7.",
      "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện triển khai ứng dụng phần mềm quản lý văn bản",
      1,
      COUNT,
      TTTT,
    ),
    // Source typo: "Số cơ chuyên môn cấp tỉnh" (missing "quan"), fixed as in rows 7, 9 and 14.
    ind(
      "8",
      "8.",
      "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện sử dụng mạng nội bộ (mạng LAN) để trao đổi công việc",
      1,
      COUNT,
      TTTT,
    ),
    ind(
      "9",
      "9.",
      "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện có Cổng/Trang Thông tin điện tử",
      1,
      COUNT,
      TTTT,
    ),
    ind("10", "10.", "Số dịch vụ công trực tuyến mức độ 3, mức độ 4", 1, COUNT, VP),
    // The rate's numerator (services with at least one application) is not a row of the sheet: no `rate` rule.
    ind("11", "11.", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, mức độ 4 có phát sinh hồ sơ", 1, PERCENT, VP),
    ind("12", "12.", "Số đơn vị xây dựng, sử dụng phần mềm một cửa điện tử", 1, COUNT, VP),
    ind("13", "13.", "Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử", 1, PERCENT, VP),
    ind("14", "14.", "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện có bản Công bố ISO", 1, COUNT, KHCN),
  ],
  // No cross rule: no row is a part, subset or ratio of another row of this table.
  crossRules: [],
  notes: [
    "Ghi chú:",
    "- Sở Thông tin và Truyền thông thống kê các chỉ tiêu từ số thứ tự thứ 1 đến 9;",
    "- Văn phòng UBND tỉnh thống kê các chỉ tiêu từ số thứ tự thứ 10 đến 13;",
    "- Sở Khoa học và Công nghệ thống kê chỉ tiêu số thứ tự thứ 14.",
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Phụ lục 8 (Sở Nội vụ, plan II.2.a): one assessment column, Đạt/Không đạt. Labels keep their printed final
// ";" or "." (rows 7, 12-16).
const pl8: TemplateInput = {
  id: "bd-pl8",
  version: "1",
  document: "binh-dinh-2020",
  appendix: "Phụ lục 8",
  title: ["ĐÁNH GIÁ MỨC ĐỘ THỰC HIỆN CÁC MỤC TIÊU CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC"],
  attachedTo: ATTACHED_TO,
  sheetName: "PL8",
  periodColumns: false,
  columns: [
    { key: "stt", header: "STT", role: "stt" },
    { key: "label", header: "Các mục tiêu cải cách", role: "label" },
    {
      key: "value",
      header: "Đánh giá kết quả đạt được (Đạt/Không đạt)",
      role: "value",
      rule: PASS_FAIL,
    },
  ],
  rows: [
    ind(
      "1",
      "1.",
      "Thủ tục hành chính liên quan đến cá nhân, tổ chức được cải cách cơ bản theo hướng gọn nhẹ, đơn giản; mỗi năm đều có tỷ lệ giảm chi phí mà cá nhân, tổ chức phải bỏ ra khi giải quyết thủ tục hành chính tại cơ quan hành chính nhà nước",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "2",
      "2.",
      "Thủ tục hành chính được cải cách cơ bản, mức độ hài lòng của nhân dân và doanh nghiệp về thủ tục hành chính đạt mức trên 80% vào năm 2020",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "3",
      "3.",
      "Sắp xếp, tổ chức lại các cơ quan, đơn vị để không còn sự chồng chéo, bỏ trống hoặc trùng lắp về chức năng, nhiệm vụ, quyền hạn",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "4",
      "4.",
      "Chuyển giao những công việc mà cơ quan hành chính nhà nước không nên làm hoặc làm hiệu quả thấp cho xã hội, các tổ chức xã hội, tổ chức phi chính phủ đảm nhận",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "5",
      "5.",
      "Sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức trên 80% vào năm 2020",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "6",
      "6.",
      "Sự hài lòng của cá nhân đối với dịch vụ do đơn vị sự nghiệp công cung cấp trong các lĩnh vực giáo dục, y tế đạt mức trên 80% vào năm 2020",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "7",
      "7.",
      "Đội ngũ công chức, viên chức có số lượng, cơ cấu hợp lý, đủ trình độ và năng lực thi hành công vụ, phục vụ nhân dân và phục vụ sự nghiệp phát triển của đất nước; 100% các cơ quan, đơn vị có cơ cấu công chức theo vị trí việc làm;",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "8",
      "8.",
      "Đến năm 2020: 90% các văn bản, tài liệu chính thức trao đổi giữa các cơ quan hành chính nhà nước được thực hiện dưới dạng điện tử; cán bộ, công chức, viên chức thường xuyên sử dụng hệ thống thư điện tử trong công việc; bảo đảm dữ liệu điện tử phục vụ hầu hết các hoạt động trong các cơ quan; hầu hết các giao dịch của các cơ quan hành chính nhà nước được thực hiện trên môi trường điện tử, mọi lúc, mọi nơi, dựa trên các ứng dụng truyền thông đa phương tiện; hầu hết các dịch vụ công được cung cấp trực tuyến trên Mạng thông tin điện tử hành chính ở mức độ 3 và 4, đáp ứng nhu cầu thực tế, phục vụ người dân và doanh nghiệp mọi lúc, mọi nơi, dựa trên nhiều phương tiện khác nhau",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "9",
      "9.",
      "Các trang tin, cổng thông tin điện tử hoàn thành việc kết nối với Cổng Thông tin điện tử Chính phủ, hình thành đầy đủ Mạng thông tin điện tử hành chính trên Internet",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "10",
      "10.",
      "20% số lượng người dân và doanh nghiệp tham gia hệ thống thông tin Chính quyền điện tử được xác thực định danh điện tử thông suốt và hợp nhất trên tất cả các hệ thống thông tin của các cơ quan",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "11",
      "11.",
      "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính của từng bộ, ngành đạt từ 20% trở lên; tích hợp 30% các dịch vụ công trực tuyến mức độ 3, 4 của các bộ, ngành, địa phương với Cổng Dịch vụ công quốc gia; 100% hồ sơ giải quyết thủ tục hành chính được thực hiện thông qua Hệ thống thông tin một cửa điện tử",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "12",
      "12.",
      "Tối thiểu 30% dịch vụ công trực tuyến thực hiện ở mức độ 4; 50% Cổng Dịch vụ công cấp tỉnh cung cấp giao diện cho các thiết bị di động; 100% dịch vụ công được hỗ trợ giải đáp thắc mắc cho người dân, doanh nghiệp; 50% cơ quan nhà nước công khai mức độ hài lòng của người dân khi sử dụng dịch vụ công trực tuyến; 100% Cổng Thông tin điện tử công khai thông tin đầy đủ theo quy định tại Nghị định số 43/2011/NĐ-CP ngày 13 tháng 6 năm 2011 của Chính phủ; 20% dịch vụ công trực tuyến sử dụng chữ ký số trên nền tảng di động để thực hiện thủ tục hành chính; 50% dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử; 20% thông tin của người dân được tự động nhập vào biểu mẫu trực tuyến; 50% dịch vụ công trực tuyến sử dụng dữ liệu từ Cơ sở dữ liệu quốc gia về Đăng ký doanh nghiệp.",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "13",
      "13.",
      "100% phần mềm quản lý văn bản và điều hành của các bộ, ngành được kết nối, liên thông qua Trục liên thông văn bản quốc gia phục vụ gửi, nhận văn bản điện tử; 90% văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản mật theo quy định của pháp luật) dưới dạng điện tử; tối thiểu 80% hồ sơ công việc tại cấp bộ, cấp tỉnh, 60% hồ sơ công việc tại cấp huyện và 30% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (không bao gồm hồ sơ xử lý công việc có nội dung mật).",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "14",
      "14.",
      "Tối thiểu 30% báo cáo định kỳ (không bao gồm nội dung mật) được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia.",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "15",
      "15.",
      "Rút ngắn từ 30% - 50% thời gian họp, giảm tối đa việc sử dụng tài liệu giấy thông qua Hệ thống thông tin phục vụ họp và xử lý công việc, văn phòng điện tử.",
      1,
      PASS_FAIL,
      NV,
    ),
    ind(
      "16",
      "16.",
      "100% cơ quan kết nối vào Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước.",
      1,
      PASS_FAIL,
      NV,
    ),
  ],
  crossRules: [],
};

export const binhDinhPl5to8: TemplateInput[] = [pl5, pl6, pl7, pl8];
