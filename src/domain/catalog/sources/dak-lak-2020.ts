import type { SourceModuleInput, TemplateInput } from "../schema";
import { type RowInput, ind, section } from "./builders";

/**
 * Đắk Lắk, Kế hoạch nâng cao Chỉ số CCHC (PAR Index) và Chỉ số SIPAS năm 2020: Phụ lục I (source lines ~488-1686 of
 * 004_6c07113d2ed200cb.txt) and Phụ lục II (lines ~1688-6216).
 *
 * The text is a PDF extraction: cells come one line at a time, words broken over lines, the table header repeated at
 * every page break, and the PDF's broken characters ("ƣ" for "ư": "tham mƣu", "CHẤT LƢỢNG", "NGƢỜI", "đƣợc",
 * "hƣớng", "bƣu", "Nhà nƣớc"). The rows below are rebuilt from it: cells joined with single spaces, the page headers
 * dropped, every "ƣ" written "ư" and runs of spaces reduced to one. Other corrections are noted beside their row.
 */

const ATTACHED_TO = "Ban hành kèm theo Kế hoạch số /KH-UBND ngày /8/2020 của Chủ tịch UBND tỉnh Đắk Lắk";

// ---------------------------------------------------------------------------------------------------------------
// Phụ lục I: Mục tiêu phấn đấu Chỉ số PAR Index (criteria tree 1 ... 8.6, then TỔNG ĐIỂM).
//
// Each row: STT (= id), label, level, Điểm tối đa (the row's score max), Điểm năm 2019, Mục tiêu năm 2020, Chủ trì
// tham mưu. The 2019 and 2020 figures are the printed ones and prefill the input cells.
//
// The source's own figures do not all add up (left as printed; the sumOfChildren rules will flag them):
//   - field 2, 2019: 2 + 1.5 + 1.5 + 3.66 = 8.66, printed 8.67;
//   - field 3, 2020: 1 + 3.2 + 3.5 + 4.98 + 1 = 13.68, printed 13.7;
//   - field 4, 2019: 2.23 + 2.14 + 0.5 + 2.86 = 7.73, printed 7.74;
//   - field 5, 2019: 2 + 1 + 0.5 + 0.25 + 1.25 + 1 + 1 + 1.68 + 2.8 = 11.48, printed 11.47;
//   - field 6, 2019: 0.86 + 1 + 3.5 + 3.06 = 8.42, printed 8.41.
// The TỔNG ĐIỂM row agrees with the eight printed field figures (100; 79.53; 92.81), and every Điểm tối đa adds up.
//
// The table has no separate SIPAS rows: SIPAS appears only as criterion 8.1 "Kết quả Chỉ số hài lòng (SIPAS)", a
// score out of 10 like the others.

const score = (
  id: string,
  label: string,
  level: number,
  max: number,
  y2019: number,
  t2020: number,
  reporter?: string,
): RowInput =>
  ind(id, id, label, level, { kind: "score", max }, { cells: { y2019, t2020 }, ...(reporter ? { reporter } : {}) });

const NV = "Sở Nội vụ";
const TP = "Sở Tư pháp";
const VP = "Văn phòng UBND tỉnh";
const TC = "Sở Tài chính";
const KHDT = "Sở Kế hoạch và Đầu tư";
const TTTT = "Sở Thông tin và Truyền thông";
const KHCN = "Sở Khoa học và Công nghệ";
/** The five departments printed in one cell (one "- Sở ..." per line) for 4.3.1 and 4.4.3. */
const PHAN_CAP = [
  "- Sở Kế hoạch và Đầu tư;",
  "- Sở Tài chính;",
  "- Sở Tài nguyên và Môi trường;",
  "- Sở Nông nghiệp và Phát triển nông thôn;",
  "- Sở Nội vụ.",
].join("\n");

const pl1: TemplateInput = {
  id: "dl-pl1",
  version: "1",
  document: "dak-lak-2020",
  appendix: "Phụ lục I",
  title: ["MỤC TIÊU PHẤN ĐẤU CHỈ SỐ PAR INDEX VÀ CHỈ SỐ SIPAS NĂM 2020"],
  attachedTo: ATTACHED_TO,
  sheetName: "PL-I PAR Index",
  periodColumns: true,
  columns: [
    { key: "stt", header: "STT", role: "stt" },
    { key: "label", header: "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", role: "label" },
    { key: "max", header: "Điểm tối đa", role: "max" },
    { key: "y2019", header: "Điểm năm 2019", role: "value" },
    { key: "t2020", header: "Mục tiêu năm 2020", role: "value" },
    { key: "reporter", header: "Chủ trì tham mưu", role: "reporter" }, // "tham mƣu" in the PDF
  ],
  rows: [
    score("1", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC", 0, 8.5, 6.5, 8),
    score("1.1", "Thực hiện Kế hoạch CCHC năm", 1, 1.5, 1.5, 1.5, NV),
    score("1.2", "Thực hiện chế độ báo cáo CCHC định kỳ", 1, 0.5, 0, 0.5, NV),
    score("1.3", "Kiểm tra CCHC", 1, 2, 2, 2, NV),
    score("1.4", "Công tác tuyên truyền CCHC", 1, 1, 1, 1, NV),
    score("1.5", "Sáng kiến hoặc giải pháp mới trong cải cách hành chính", 1, 2, 1.5, 2, NV),
    score("1.6", "Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao", 1, 1.5, 0.5, 1, VP),

    score("2", "XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QUY PHẠM PHÁP LUẬT TẠI TỈNH", 0, 10, 8.67, 9.4),
    score("2.1", "Theo dõi thi hành pháp luật (TDTHPL)", 1, 2, 2, 2, TP),
    score("2.2", "Xử lý VBQPPL sau rà soát, hệ thống hóa", 1, 1.5, 1.5, 1.5, TP),
    score("2.3", "Xử lý văn bản phát hiện sai phạm qua kiểm tra", 1, 1.5, 1.5, 1.5, TP),
    score("2.4", "Tác động của cải cách đến chất lượng VB QPPL do tỉnh ban hành", 1, 5, 3.66, 4.4, TP),
    score(
      "2.4.1",
      "Tính đồng bộ, thống nhất của hệ thống VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh",
      2,
      1,
      0.78,
      0.9,
      TP,
    ),
    score("2.4.2", "Tính hợp lý của các VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh", 2, 1, 0.79, 0.9, TP),
    score("2.4.3", "Tính khả thi của các VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh", 2, 1.5, 1.04, 1.3, TP),
    score(
      "2.4.4",
      "Tính kịp thời trong việc phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh",
      2,
      1.5,
      1.05,
      1.3,
      TP,
    ),

    score(
      "3",
      "CẢI CÁCH THỦ TỤC HÀNH CHÍNH VÀ THỰC HIỆN CƠ CHẾ MỘT CỬA, CƠ CHẾ MỘT CỬA LIÊN THÔNG",
      0,
      14,
      13.22,
      13.7,
    ),
    score("3.1", "Kiểm soát quy định thủ tục hành chính (TTHC)", 1, 1, 1, 1, VP),
    score("3.2", "Công bố, công khai TTHC và kết quả giải quyết hồ sơ", 1, 3.5, 2.75, 3.2, VP),
    score("3.3", "Thực hiện cơ chế một cửa, cơ chế một cửa liên thông", 1, 3.5, 3.5, 3.5, VP),
    score("3.4", "Kết quả giải quyết hồ sơ TTHC", 1, 5, 4.97, 4.98, VP),
    score(
      "3.5",
      "Tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh",
      1,
      1,
      1,
      1,
      VP,
    ),

    score("4", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH", 0, 12, 7.74, 10.9),
    score(
      "4.1",
      "Thực hiện quy định của Chính phủ và hướng dẫn của các bộ, ngành về tổ chức bộ máy",
      1,
      3.5,
      2.23,
      3.5,
    ),
    score(
      "4.1.1",
      "Sắp xếp tổ chức bộ máy và kiện toàn chức năng, nhiệm vụ của các CQCM cấp tỉnh, các phòng chuyên môn cấp huyện",
      2,
      1,
      1,
      1,
      NV,
    ),
    score("4.1.2", "Thực hiện quy định về cơ cấu số lượng lãnh đạo tại các cơ quan hành chính", 2, 1.5, 0.5, 1.5, NV),
    score("4.1.3", "Tỷ lệ giảm số lượng đơn vị sự nghiệp công lập so với năm 2015", 2, 1, 0.73, 1, NV),
    score("4.2", "Thực hiện các quy định về quản lý biên chế", 1, 2.5, 2.14, 2.3),
    score("4.2.1", "Thực hiện quy định về sử dụng biên chế hành chính", 2, 0.5, 0.5, 0.5, NV),
    score(
      "4.2.2",
      "Thực hiện quy định về số lượng người làm việc hưởng lương từ ngân sách Nhà nước trong các đơn vị sự nghiệp công lập của tỉnh",
      2,
      0.5,
      0.5,
      0.5,
      NV,
    ),
    score("4.2.3", "Tỷ lệ giảm biên chế so với năm 2015", 2, 1.5, 1.14, 1.3, NV),
    score("4.3", "Thực hiện phân cấp quản lý", 1, 1.5, 0.5, 1.5),
    // The five departments are printed once, after 4.3.1's figures; 4.3.2 and 4.3.3 print no Chủ trì tham mưu
    // (probably one cell merged over the three rows in the PDF, but the text does not show it: left as printed).
    score(
      "4.3.1",
      "Thực hiện các quy định về phân cấp quản lý do Chính phủ và các bộ, ngành ban hành",
      2,
      0.25,
      0.25,
      0.25,
      PHAN_CAP,
    ),
    score(
      "4.3.2",
      "Thực hiện kiểm tra, đánh giá định kỳ đối với các nhiệm vụ quản lý Nhà nước đã phân cấp cho cấp huyện, cấp xã",
      2,
      0.25,
      0.25,
      0.25,
    ),
    score("4.3.3", "Xử lý các vấn đề về phân cấp phát hiện qua kiểm tra", 2, 1, 0, 1),
    score("4.4", "Tác động của cải cách đến tổ chức bộ máy hành chính", 1, 4.5, 2.86, 3.6),
    score("4.4.1", "Tình hình thực hiện quy chế làm việc của UBND tỉnh", 2, 1.5, 1, 1.2, VP),
    score(
      "4.4.2",
      "Tính hợp lý trong việc sắp xếp, kiện toàn tổ chức bộ máy của các cơ quan, đơn vị thuộc thẩm quyền của tỉnh",
      2,
      1.5,
      0.91,
      1.2,
      NV,
    ),
    score(
      "4.4.3",
      "Tính hợp lý trong việc phân cấp thực hiện nhiệm vụ quản lý Nhà nước giữa tỉnh và huyện",
      2,
      1.5,
      0.95,
      1.2,
      PHAN_CAP,
    ),

    score("5", "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC", 0, 14, 11.47, 12.21), // "CHẤT LƢỢNG"
    score("5.1", "Thực hiện cơ cấu công chức, viên chức theo vị trí việc làm", 1, 2, 2, 2, NV),
    score("5.2", "Tuyển dụng công chức, viên chức", 1, 1, 1, 1, NV),
    score("5.3", "Thi nâng ngạch công chức, thăng hạng viên chức theo thẩm quyền của tỉnh", 1, 0.5, 0.5, 0.5, NV),
    score("5.4", "Thực hiện quy định về bổ nhiệm vị trí lãnh đạo tại các cơ quan hành chính", 1, 0.75, 0.25, 0.5, NV),
    score("5.5", "Đánh giá, phân loại công chức, viên chức", 1, 1.75, 1.25, 1.25, NV),
    score("5.6", "Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức", 1, 1, 1, 1, NV),
    score("5.7", "Cán bộ, công chức cấp xã", 1, 1, 1, 1, NV),
    score("5.8", "Tác động của cải cách đến quản lý cán bộ, công chức", 1, 2, 1.68, 1.84),
    score("5.8.1", "Tình trạng tiêu cực trong tuyển dụng, bổ nhiệm công chức, viên chức", 2, 1, 0.84, 0.92, NV),
    score(
      "5.8.2",
      "Tính công khai, minh bạch trong công tác tuyển dụng, bổ nhiệm công chức, viên chức",
      2,
      1,
      0.84,
      0.92,
      NV,
    ),
    score("5.9", "Tác động của cải cách đến chất lượng đội ngũ cán bộ, công chức", 1, 4, 2.8, 3.12),
    score("5.9.1", "Năng lực chuyên môn của công chức trong phối hợp, xử lý công việc", 2, 1, 0.73, 0.8, NV),
    score("5.9.2", "Tinh thần trách nhiệm của công chức trong phối hợp, xử lý công việc", 2, 1, 0.76, 0.85, NV),
    score(
      "5.9.3",
      "Tình trạng công chức lợi dụng chức vụ, quyền hạn để trục lợi cá nhân trong phối hợp, xử lý công việc",
      2,
      1,
      0.74,
      0.85,
      NV,
    ),
    score(
      "5.9.4",
      "Tính hiệu quả trong việc thực thi chính sách thu hút người có tài năng vào bộ máy hành chính",
      2,
      1,
      0.57,
      0.62,
      NV,
    ),

    score("6", "CẢI CÁCH TÀI CHÍNH CÔNG", 0, 12.5, 8.41, 11.9, TC),
    score("6.1", "Tổ chức thực hiện công tác tài chính - ngân sách", 1, 3, 0.86, 3),
    score("6.1.1", "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách Nhà nước hàng năm", 2, 1, 0.86, 1, KHDT),
    score(
      "6.1.2",
      "Thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính tại cơ quan hành chính các cấp ở địa phương",
      2,
      1,
      0,
      1,
      TC,
    ),
    score(
      "6.1.3",
      "Tổ chức thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán Nhà nước về tài chính, ngân sách",
      2,
      1,
      0,
      1,
      TC,
    ),
    score("6.2", "Công tác quản lý, sử dụng tài sản công", 1, 2, 1, 2),
    score(
      "6.2.1",
      "Ban hành các văn bản thuộc thẩm quyền của tỉnh về quản lý, sử dụng tài sản công",
      2,
      0.5,
      0.25,
      0.5,
      TC,
    ),
    score(
      "6.2.2",
      "Ban hành quy chế quản lý, sử dụng tài sản công của các cơ quan, đơn vị thuộc phạm vi quản lý",
      2,
      0.5,
      0.5,
      0.5,
      TC,
    ),
    score("6.2.3", "Thực hiện quy định về sắp xếp lại, xử lý nhà, đất thuộc thẩm quyền quản lý", 2, 0.75, 0, 0.75, TC),
    score("6.2.4", "Kiểm tra việc thực hiện các quy định về quản lý tài sản công", 2, 0.25, 0.25, 0.25, TC),
    score("6.3", "Thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập (SNCL)", 1, 3.5, 3.5, 3.5),
    score("6.3.1", "Số đơn vị SNCL tự đảm bảo chi thường xuyên", 2, 1, 1, 1, TC),
    score("6.3.2", "Số đơn vị SNCL tự bảo đảm một phần chi thường xuyên", 2, 0.5, 0.5, 0.5, TC),
    score(
      "6.3.3",
      "Thực hiện quy định về việc phân phối kết quả tài chính hoặc sử dụng kinh phí tiết kiệm chi thường xuyên trong năm tại các đơn vị SNCL",
      2,
      1,
      1,
      1,
      TC,
    ),
    score("6.3.4", "Tỷ lệ giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp so với năm 2015", 2, 1, 1, 1, TC),
    score("6.4", "Tác động của cải cách đến quản lý tài chính công", 1, 4, 3.06, 3.4),
    score(
      "6.4.1",
      "Thực hiện tiết kiệm, chống lãng phí trong quản lý, sử dụng kinh phí của cơ quan, đơn vị",
      2,
      1,
      0.75,
      0.85,
      TC,
    ),
    score("6.4.2", "Tính hiệu quả của việc quản lý, sử dụng tài sản công", 2, 1, 0.75, 0.85, TC),
    // "về sử kinh phí" as printed (the word "dụng" is missing in the source; not restored).
    score(
      "6.4.3",
      "Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử kinh phí quản lý hành chính",
      2,
      1,
      0.79,
      0.85,
      TC,
    ),
    score(
      "6.4.4",
      "Tính hiệu quả của việc thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập",
      2,
      1,
      0.77,
      0.85,
      TC,
    ),

    score("7", "HIỆN ĐẠI HÓA HÀNH CHÍNH", 0, 13, 10.16, 12.5),
    score("7.1", "Ứng dụng CNTT của tỉnh", 1, 5.5, 4.5, 5.5),
    score("7.1.1", "Triển khai Kiến trúc Chính quyền điện tử của tỉnh", 2, 0.5, 0.5, 0.5, TTTT),
    score("7.1.2", "Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính Nhà nước dưới dạng điện tử", 2, 1, 1, 1, TTTT),
    score(
      "7.1.3",
      "Thực hiện kết nối, liên thông các phần mềm quản lý văn bản (từ cấp tỉnh đến cấp xã)",
      2,
      1,
      1,
      1,
      TTTT,
    ),
    score("7.1.4", "Vận hành Hệ thống thông tin một cửa điện tử", 2, 1, 1, 1, TTTT),
    score("7.1.5", "Xây dựng, vận hành Cổng dịch vụ công", 2, 1, 1, 1, TTTT),
    score("7.1.6", "Xây dựng Hệ thống thông tin báo cáo cấp tỉnh", 2, 1, 0, 1, VP),
    score("7.2", "Cung cấp dịch vụ công trực tuyến", 1, 1.25, 0.56, 1.25),
    score("7.2.1", "Tỷ lệ TTHC cung cấp trực tuyến mức độ 3, 4 có phát sinh hồ sơ trong năm", 2, 0.25, 0, 0.25, TTTT),
    score("7.2.2", "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3 và 4", 2, 1, 0.56, 1, TTTT),
    score(
      "7.3",
      "Thực hiện tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích",
      1,
      1.25,
      1,
      1.25,
    ),
    score(
      "7.3.1",
      "Tỷ lệ TTHC đã triển khai có phát sinh hồ sơ tiếp nhận/trả kết quả giải quyết qua dịch vụ BCCI",
      2,
      0.25,
      0,
      0.25,
      TTTT,
    ),
    score("7.3.2", "Tỷ lệ hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI", 2, 0.5, 0.5, 0.5, TTTT),
    score("7.3.3", "Tỷ lệ kết quả giải quyết TTHC được trả qua dịch vụ BCCI", 2, 0.5, 0.5, 0.5, TTTT),
    score("7.4", "Áp dụng Hệ thống quản lý chất lượng (ISO 9001) theo quy định", 1, 1, 1, 1, KHCN),
    score("7.5", "Tác động của cải cách đến hiện đại hóa hành chính", 1, 4, 3.1, 3.5),
    score(
      "7.5.1",
      "Tính kịp thời của thông tin được cung cấp trên Cổng/Trang thông tin điện tử của tỉnh",
      2,
      1,
      0.8,
      0.9,
      TTTT,
    ),
    score(
      "7.5.2",
      "Mức độ đầy đủ của thông tin được cung cấp trên Cổng/Trang thông tin của tỉnh",
      2,
      1,
      0.77,
      0.85,
      TTTT,
    ),
    score(
      "7.5.3",
      "Mức độ thuận tiện trong việc truy cập, khai thác thông tin trên Cổng/Trang thông tin điện tử của tỉnh",
      2,
      1,
      0.8,
      0.9,
      TTTT,
    ),
    score("7.5.4", "Tính hiệu quả trong việc thực hiện quy trình ISO", 2, 1, 0.73, 0.85, KHCN),

    // "NGƢỜI DÂN" in the PDF.
    score(
      "8",
      "TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ CÁC CHỈ TIÊU PHÁT TRIỂN KT-XH CỦA TỈNH",
      0,
      16,
      13.36,
      14.2,
    ),
    score("8.1", "Kết quả Chỉ số hài lòng (SIPAS)", 1, 10, 7.54, 8.2, NV),
    score("8.2", "Mức độ thu hút đầu tư của tỉnh", 1, 1, 1, 1, KHDT),
    // 8.3 prints no Chủ trì tham mưu (the page breaks after its figures); left empty.
    score("8.3", "Mức độ phát triển doanh nghiệp của tỉnh", 1, 2, 1.82, 2),
    score("8.4", "Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao", 1, 1, 1, 1, TC),
    score("8.5", "Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)", 1, 1, 1, 1, KHDT),
    score("8.6", "Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND tỉnh giao", 1, 1, 1, 1, KHDT),

    // The total row prints no STT.
    ind("total", undefined, "TỔNG ĐIỂM", 0, { kind: "score", max: 100 }, { cells: { y2019: 79.53, t2020: 92.81 } }),
  ],
  crossRules: [
    { type: "sumOfChildren", parent: "total", children: ["1", "2", "3", "4", "5", "6", "7", "8"] },
    { type: "sumOfChildren", parent: "1", children: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"] },
    { type: "sumOfChildren", parent: "2", children: ["2.1", "2.2", "2.3", "2.4"] },
    { type: "sumOfChildren", parent: "2.4", children: ["2.4.1", "2.4.2", "2.4.3", "2.4.4"] },
    { type: "sumOfChildren", parent: "3", children: ["3.1", "3.2", "3.3", "3.4", "3.5"] },
    { type: "sumOfChildren", parent: "4", children: ["4.1", "4.2", "4.3", "4.4"] },
    { type: "sumOfChildren", parent: "4.1", children: ["4.1.1", "4.1.2", "4.1.3"] },
    { type: "sumOfChildren", parent: "4.2", children: ["4.2.1", "4.2.2", "4.2.3"] },
    { type: "sumOfChildren", parent: "4.3", children: ["4.3.1", "4.3.2", "4.3.3"] },
    { type: "sumOfChildren", parent: "4.4", children: ["4.4.1", "4.4.2", "4.4.3"] },
    { type: "sumOfChildren", parent: "5", children: ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9"] },
    { type: "sumOfChildren", parent: "5.8", children: ["5.8.1", "5.8.2"] },
    { type: "sumOfChildren", parent: "5.9", children: ["5.9.1", "5.9.2", "5.9.3", "5.9.4"] },
    { type: "sumOfChildren", parent: "6", children: ["6.1", "6.2", "6.3", "6.4"] },
    { type: "sumOfChildren", parent: "6.1", children: ["6.1.1", "6.1.2", "6.1.3"] },
    { type: "sumOfChildren", parent: "6.2", children: ["6.2.1", "6.2.2", "6.2.3", "6.2.4"] },
    { type: "sumOfChildren", parent: "6.3", children: ["6.3.1", "6.3.2", "6.3.3", "6.3.4"] },
    { type: "sumOfChildren", parent: "6.4", children: ["6.4.1", "6.4.2", "6.4.3", "6.4.4"] },
    { type: "sumOfChildren", parent: "7", children: ["7.1", "7.2", "7.3", "7.4", "7.5"] },
    { type: "sumOfChildren", parent: "7.1", children: ["7.1.1", "7.1.2", "7.1.3", "7.1.4", "7.1.5", "7.1.6"] },
    { type: "sumOfChildren", parent: "7.2", children: ["7.2.1", "7.2.2"] },
    { type: "sumOfChildren", parent: "7.3", children: ["7.3.1", "7.3.2", "7.3.3"] },
    { type: "sumOfChildren", parent: "7.5", children: ["7.5.1", "7.5.2", "7.5.3", "7.5.4"] },
    { type: "sumOfChildren", parent: "8", children: ["8.1", "8.2", "8.3", "8.4", "8.5", "8.6"] },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Phụ lục II: Phân công thực hiện (STT, Lĩnh vực, Sản phẩm, Yêu cầu chất lượng, Thời gian hoàn thành, Chủ trì,
// Thực hiện).
//
// The eight fields are level-0 sections; the printed sub-headings without their own cells (1.3, 1.4, 2.1, 3.1 ...)
// are level-1 sections; each assignment is an indicator (level 1 when numbered x.y, level 2 when x.y.z). Multi-line
// cells keep a "\n" between their "- ..." items; the lines within an item are joined with spaces.
//
// Cells the PDF does not print are left out, not copied from the row above, although many are probably cells merged
// over several rows in the original: Thực hiện of 1.4.2, 3.2.2, 3.2.3, 6.1.2, 7.1.6, 8.5; Thời gian, Chủ trì and
// Thực hiện of 4.1.2, 5.3.2, 5.7.2, 6.2.3, 6.3.2, 6.3.3, 6.3.4, 7.2.2, 7.3.3, 7.4.2, 8.6; Thời gian and Chủ trì of
// 7.1.2; everything but Lĩnh vực and one requirement for 7.1.3 and 7.1.4; Yêu cầu chất lượng as well for 6.2.2;
// Thời gian for 8.5. The extracted text ends with 8.6's Yêu cầu chất lượng.
// The source prints no "5.2" sub-heading above 5.2.1 and 5.2.2 (none is invented), and Phụ lục II has no 6.4.
// Its field and criterion names differ from Phụ lục I's in places (e.g. field 2 "NÂNG CAO CHẤT LƯỢNG CÔNG TÁC ...");
// each appendix keeps its own.
//
// The last two columns (Kết quả thực hiện, Ghi chú) are NOT in the source: they are added so that the units can
// report progress on their assignments, with the "Chưa = 0; Đang làm = 1; Hoàn thành = 2" legend of the national
// periodic report (Khánh Hòa Phụ lục 2).

interface Task {
  /** Sản phẩm */
  sp?: string;
  /** Yêu cầu chất lượng */
  yc?: string;
  /** Thời gian hoàn thành */
  tg?: string;
  /** Chủ trì */
  ct?: string;
  /** Thực hiện */
  th?: string;
}

const task = (id: string, label: string, level: number, t: Task): RowInput => {
  const cells: Record<string, string> = {};
  if (t.sp) cells.sanPham = t.sp;
  if (t.yc) cells.yeuCau = t.yc;
  if (t.tg) cells.thoiGian = t.tg;
  if (t.th) cells.thucHien = t.th;
  return ind(id, id, label, level, undefined, { cells, ...(t.ct ? { reporter: t.ct } : {}) });
};

/** Multi-line cell: one "- ..." item per line. */
const lines = (...items: string[]) => items.join("\n");

const T2020 = "Trong năm 2020";
const SBN_H = "Các sở, ban, ngành, UBND cấp huyện";
const SBN_H2 = "Các sở, ban, ngành; UBND cấp huyện";
const SBN_HX = "Các sở, ban, ngành, UBND cấp huyện; UBND cấp xã";
const SBN_HX2 = "Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã";
const BC_KSTTHC = "Báo cáo công tác kiểm soát TTHC hoặc Báo cáo CCHC năm của tỉnh";
const BC_UBND_KSTTHC =
  "Báo cáo của UBND tỉnh về công tác kiểm soát TTHC hoặc Báo cáo UBND tỉnh về công tác CCHC năm của tỉnh";
const BC_BIEN_CHE =
  "Báo cáo CCHC năm của tỉnh hoặc báo cáo thống kê về tình hình, kết quả sử dụng biên chế trong năm đánh giá";
const PHAN_CAP_CT = "Sở Nội vụ; Sở Xây dựng; Sở Tài nguyên và Môi trường; Sở Kế hoạch và Đầu tư; Sở Tài chính";
const BC_TU_CHU_HC = lines(
  "Báo cáo kết quả thực hiện cơ chế tự chủ tại các cơ quan hành chính nhà nước của tỉnh.",
  "Quyết định của UBND tỉnh về giao quyền tự chủ về tài chính cho các địa phương, đơn vị",
); // two sentences on separate lines, without dashes
const BC_CNTT = "Báo cáo kết quả ứng dụng CNTT của tỉnh và tài liệu kiểm chứng khác (nếu có)";
const BC_QD45 = "Báo cáo kết quả thực hiện Quyết định 45/2016/QĐ-TTg của tỉnh và tài liệu kiểm chứng khác (nếu có)";
const BC_KTXH = "Báo cáo tình hình phát triển kinh tế - xã hội của tỉnh trong năm";

const pl2: TemplateInput = {
  id: "dl-pl2",
  version: "1",
  document: "dak-lak-2020",
  appendix: "Phụ lục II",
  title: ["PHÂN CÔNG THỰC HIỆN KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAR INDEX VÀ CHỈ SỐ SIPAS NĂM 2020"],
  attachedTo: ATTACHED_TO,
  sheetName: "PL-II Phân công",
  periodColumns: false,
  columns: [
    { key: "stt", header: "STT", role: "stt" },
    { key: "label", header: "Lĩnh vực", role: "label" },
    { key: "sanPham", header: "Sản phẩm", role: "info" },
    { key: "yeuCau", header: "Yêu cầu chất lượng", role: "info" }, // "chất lƣợng" in the PDF
    { key: "thoiGian", header: "Thời gian hoàn thành", role: "info" },
    { key: "reporter", header: "Chủ trì", role: "reporter" },
    { key: "thucHien", header: "Thực hiện", role: "info" },
    // Added, not in the source (see above).
    {
      key: "ketQua",
      header: "Kết quả thực hiện (Chưa = 0; Đang làm = 1; Hoàn thành = 2)",
      role: "value",
      rule: {
        kind: "code",
        codes: [
          { code: 0, label: "Chưa" },
          { code: 1, label: "Đang làm" },
          { code: 2, label: "Hoàn thành" },
        ],
      },
    },
    // Added, not in the source.
    { key: "note", header: "Ghi chú", role: "note" },
  ],
  rows: [
    section("1", "1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 0),
    task("1.1", "Kế hoạch CCHC năm", 1, {
      sp: "Kế hoạch CCHC",
      yc: lines("- Xác định đầy đủ 07 nội dung CCHC theo quy định của Chính phủ;", "- Hoàn thành 100% Kế hoạch."),
      tg: "Quý IV",
      ct: NV,
      th: SBN_H,
    }),
    task("1.2", "Thực hiện chế độ báo cáo CCHC định kỳ", 1, {
      sp: "Báo cáo của UBND tỉnh",
      yc: "Đúng thời gian, nội dung theo yêu cầu, quy định",
      tg: "Theo quy định của Bộ Nội vụ",
      ct: NV,
      th: SBN_H,
    }),
    section("1.3", "1.3", "Công tác kiểm tra CCHC", 1),
    task("1.3.1", "Tỷ lệ cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện được kiểm tra trong năm", 2, {
      sp: lines(
        "- Quyết định thành lập Đoàn kiểm tra;",
        "- Thông báo kết luận kiểm tra;",
        "- Báo cáo kết quả kiểm tra.",
      ),
      yc: "Đạt từ 30% cơ quan, đơn vị trở lên",
      tg: "Quý III",
      ct: NV,
      th: SBN_H,
    }),
    task("1.3.2", "Xử lý các vấn đề phát hiện qua kiểm tra", 2, {
      sp: lines(
        "- Văn bản, kết luận của Đoàn kiểm tra yêu cầu khắc phục tồn tại, hạn chế qua kiểm tra;",
        "- Báo cáo của các đơn vị, địa phương kết quả khắc phục các tồn tại hạn chế qua kiểm tra",
      ),
      yc: "100 % số vấn đề được xử lý hoặc kiến nghị xử lý",
      tg: "Quý III",
      ct: NV,
      th: SBN_H,
    }),
    section("1.4", "1.4", "Công tác tuyên truyền CCHC", 1),
    task("1.4.1", "Mức độ hoàn thành kế hoạch tuyên truyền", 2, {
      sp: lines(
        "- Báo cáo CCHC định kỳ;",
        "- Các tài liệu kiểm chứng có liên quan đến việc thực hiện Kế hoạch tuyên truyền CCHC.",
      ),
      yc: "Hoàn thành 100% kế hoạch",
      tg: "Trước ngày 01/12",
      ct: NV,
      th: "Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh; Báo Đắk Lắk; các sở, ban, ngành; UBND cấp huyện.",
    }),
    task("1.4.2", "Mức độ đa dạng hóa trong tuyên truyền CCHC", 2, {
      sp: "- Báo cáo kết quả tuyên truyền trên Đài Phát thanh và Truyền hình tỉnh, Báo Đắk Lắk",
      yc: "Đa dạng trong tuyên truyền (tin, bài, cuộc thi tìm hiểu…)",
      tg: "Trước ngày 01/12",
      ct: NV,
    }),
    task("1.5", "Sáng kiến trong CCHC", 1, {
      sp: "Được UBND tỉnh phê duyệt hoặc Trung ương cho phép thí điểm",
      yc: lines(
        "- Có từ 03 sáng kiến hoặc giải pháp mới trong CCHC trở lên;",
        "- Sáng kiến lần đầu tiên được áp dụng. Đã và có khả năng mang lại lợi ích thiết thực nâng cao hiệu quả triển khai nhiệm vụ CCHC của tỉnh.",
      ),
      tg: T2020,
      ct: NV,
      th: "Văn phòng UBND tỉnh; các Sở: Tư pháp, Tài chính, Thông tin và Truyền thông, Khoa học và Công nghệ; các cơ quan, đơn vị liên quan",
    }),
    task("1.6", "Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao", 1, {
      sp: "Báo cáo theo dõi của UBND tỉnh",
      yc: "Hoàn thành đúng tiến độ 100% nhiệm vụ được giao trong năm",
      tg: T2020,
      ct: VP,
      th: SBN_H2,
    }),

    // "CHẤT LƢỢNG" in the PDF.
    section("2", "2", "NÂNG CAO CHẤT LƯỢNG CÔNG TÁC XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QUY PHẠM PHÁP LUẬT", 0),
    section("2.1", "2.1", "Theo dõi thi hành pháp luật", 1),
    task("2.1.1", "Thực hiện các hoạt động về theo dõi thi hành pháp luật", 2, {
      sp: "Báo cáo kết quả theo dõi thi hành pháp luật của tỉnh",
      yc: "Đầy đủ 03 hoạt động theo dõi tình hình thi hành pháp luật theo đúng quy định tại Nghị định số 59/2012/NĐ-CP và các văn bản hướng dẫn thi hành",
      tg: T2020,
      ct: TP,
      th: SBN_H2,
    }),
    task("2.1.2", "Xử lý kết quả theo dõi thi hành pháp luật", 2, {
      sp: lines(
        "- Báo cáo kết quả theo dõi thi hành pháp luật của tỉnh;",
        "- Đầy đủ văn bản xử lý/kiến nghị xử lý kết quả theo dõi thi hành pháp luật theo thẩm quyền.",
      ),
      yc: "Căn cứ kết quả hoạt động theo dõi thi hành pháp luật, xử lý theo thẩm quyền hoặc kiến nghị cấp có thẩm quyền xử lý kết quả theo dõi tình hình thi hành pháp luật theo quy định tại Điều 14, Nghị định số 59/2012/NĐ-CP",
      tg: T2020,
      ct: TP,
      th: SBN_H2,
    }),
    // Sản phẩm continues over the page break; "kết quả ra soát" corrected to "rà soát".
    task("2.2", "Xử lý văn bản quy phạm pháp luật sau rà soát", 1, {
      sp: lines(
        "- Các văn bản xử lý văn bản quy phạm pháp luật sau rà soát;",
        "- Các văn bản quy định công bố kết quả rà soát của cơ quan có thẩm quyền; Quyết định của UBND cấp huyện về công bố kết quả rà soát văn bản QPPL do UBND huyện ban hành;",
        "- Văn bản thể hiện việc xử lý những văn bản không còn phù hợp phát hiện qua rà soát.",
      ),
      yc: "Số văn bản đã được xử lý/kiến nghị xử lý so với tổng số văn bản QPPL phải được xử lý hoặc kiến nghị xử lý sau khi rà soát đạt 100%",
      tg: T2020,
      ct: TP,
      th: SBN_H,
    }),
    task("2.3", "Xử lý văn bản trái pháp luật phát hiện qua kiểm tra", 1, {
      sp: "Các văn bản thể hiện việc xử lý văn bản QPPL trái pháp luật phát hiện qua kiểm tra",
      yc: "Số văn bản đã được xử lý (hoặc kiến nghị xử lý)/tổng số văn bản phát hiện qua kiểm tra, đạt 100%",
      tg: T2020,
      ct: TP,
      th: SBN_H2,
    }),

    section("3", "3", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)", 0),
    section("3.1", "3.1", "Kiểm soát quy định TTHC", 1),
    task("3.1.1", "Thực hiện quy định về ban hành TTHC theo thẩm quyền", 2, {
      sp: "Báo cáo công tác kiểm soát TTHC của tỉnh",
      yc: "TTHC ban hành đúng thẩm quyền, không có TTHC ban hành trái thẩm quyền",
      tg: T2020,
      ct: VP,
      th: SBN_H,
    }),
    task("3.1.2", "Xử lý các vấn đề phát hiện qua rà soát TTHC", 2, {
      sp: lines(
        "- Báo cáo công tác kiểm soát TTHC của tỉnh;",
        "- Các Quyết định phê duyệt phương án đơn giản hoá TTHC.",
      ),
      yc: "100% số vấn đề phát hiện qua rà soát được xử lý hoặc kiến nghị xử lý",
      tg: T2020,
      ct: VP,
      th: SBN_H,
    }),
    section("3.2", "3.2", "Công bố, công khai TTHC", 1),
    task(
      "3.2.1",
      "Công bố TTHC và danh mục TTHC thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh.",
      2,
      {
        // "-Báo cáo" (no space after the dash) in the source.
        sp: lines(
          "- Báo cáo công tác kiểm soát TTHC của tỉnh;",
          "- Các quyết định công bố TTHC thuộc thẩm quyền giải quyết của tỉnh.",
        ),
        yc: "100% số TTHC được công bố đầy đủ, kịp thời",
        tg: T2020,
        ct: VP,
        th: SBN_H2,
      },
    ),
    task("3.2.2", "Nhập, đăng tải công khai TTHC vào Cơ sở dữ liệu quốc gia sau khi công bố.", 2, {
      sp: lines(
        "- Báo cáo công tác kiểm soát TTHC của tỉnh;",
        "- TTHC phải được nhập, đăng tải công khai vào Cơ sở dữ liệu quốc gia về TTHC.",
      ),
      yc: "Đầy đủ, kịp thời theo quy định",
      tg: T2020,
      ct: VP,
    }),
    task("3.2.3", "Công bố quy trình nội bộ giải quyết TTHC", 2, {
      sp: lines(
        "- Báo cáo công tác kiểm soát TTHC hoặc Báo cáo CCHC năm của tỉnh.",
        "- Các Quyết định ban hành quy trình nội bộ giải quyết TTHC của tỉnh",
      ),
      yc: "100% số TTHC thuộc thẩm quyền giải quyết của cơ quan chuyên môn cấp tỉnh, UBND cấp huyện, UBND cấp xã đã được ban hành quy trình nội bộ giải quyết",
      tg: T2020,
      ct: VP,
    }),
    task(
      "3.2.4",
      "Công khai TTHC trên Cổng thông tin điện tử (TTĐT) của tỉnh/Cổng Dịch vụ công tỉnh và Cổng/Trang TTĐT của các cơ quan, đơn vị.",
      2,
      {
        sp: BC_KSTTHC,
        yc: lines(
          "- Cổng TTĐT và Cổng Dịch vụ công tỉnh công khai 100% TTHC thuộc thẩm quyền giải quyết của 3 cấp chính quyền tại địa phương;",
          "- Trang TTĐT của các sở, ngành; UBND cấp huyện công khai 100% TTHC thuộc thẩm quyền giải quyết của cơ quan, đơn vị mình.",
        ),
        tg: T2020,
        ct: VP,
        th: SBN_H,
      },
    ),
    task("3.2.5", "Công khai tiến độ, kết quả giải quyết hồ sơ TTHC trên Cổng dịch vụ công tỉnh", 2, {
      sp: BC_KSTTHC,
      yc: "100% cơ quan chuyên môn cấp tỉnh; UBND cấp huyện; UBND cấp xã công khai đầy đủ tiến độ, kết quả giải quyết hồ sơ TTHC trên Cổng Dịch vụ công tỉnh về tiến độ, kết quả giải quyết hồ sơ TTHC.",
      tg: T2020,
      ct: VP,
      th: SBN_H,
    }),
    section("3.3", "3.3", "Thực hiện cơ chế một cửa, cơ chế một cửa liên thông", 1),
    task(
      "3.3.1",
      "Tỷ lệ TTHC thực hiện việc tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công và Bộ phận Một cửa các cấp",
      2,
      {
        sp: lines(
          "- Quyết định UBND tỉnh ban hành Danh mục TTHC thực hiện tại Trung tâm hành chính công;",
          "- Quyết định ban hành Danh mục TTHC thực hiện tại Bộ phận Một cửa cấp huyện;",
          "- Quyết định ban hành Danh mục TTHC thực hiện tại Bộ phận Một cửa cấp xã;",
          "- Báo cáo của UBND tỉnh về công tác kiểm soát TTHC hoặc Báo cáo UBND tỉnh về công tác CCHC năm của tỉnh.",
        ),
        // "giải tại" as printed ("giải quyết" is cut short in the source).
        yc: "100% số TTHC thuộc thẩm quyền giải quyết của 03 cấp chính quyền được tiếp nhận và trả kết quả giải tại Bộ phận Một cửa các cấp",
        tg: T2020,
        ct: VP,
        th: SBN_H2,
      },
    ),
    // Lĩnh vực and Sản phẩm continue over the page break; "cùa bộ, ngành" corrected to "của". The label cites
    // 1292/QĐ-TTg and the requirement 1291/QĐ-TTg: both as printed.
    task(
      "3.3.2",
      "Đưa TTHC ngành dọc thực hiện việc tiếp nhận hồ sơ tại Bộ phận Một cửa các cấp theo danh mục được phê duyệt của Thủ tướng Chính phủ và yêu cầu của bộ, ngành Trung ương (Quyết định số 1292/QĐ-TTg ngày 07/10/2019…)",
      2,
      {
        sp: lines(
          "- Quyết định UBND tỉnh ban hành Danh mục TTHC ngành dọc thực hiện tại Bộ phận một cửa các cấp theo danh mục được phê duyệt;",
          "- Báo cáo của UBND tỉnh về công tác kiểm soát TTHC hoặc Báo cáo UBND tỉnh về công tác CCHC năm của tỉnh.",
        ),
        yc: "100% số TTHC theo danh mục quy định Quyết định số 1291/QĐ-TTg ngày 07/10/2019 được thực hiện tại Bộ phận Một cửa các cấp",
        tg: T2020,
        ct: VP,
        th: SBN_H2,
      },
    ),
    task("3.3.3", "Số TTHC được giải quyết theo hình thức liên thông cùng cấp", 2, {
      sp: lines(
        "- Báo cáo của UBND tỉnh về công tác kiểm soát TTHC hoặc Báo cáo UBND tỉnh về công tác CCHC năm của tỉnh;",
        "- Danh mục TTHC được giải quyết theo hình thức liên thông cùng cấp.",
      ),
      yc: "Từ 50 TTHC trở lên",
      tg: T2020,
      ct: VP,
      th: SBN_H,
    }),
    task("3.3.4", "Số TTHC được giải quyết theo hình thức liên thông giữa các cấp chính quyền", 2, {
      sp: "Danh mục TTHC được giải quyết theo hình thức liên thông giữa các cấp chính quyền",
      yc: "Từ 30 TTHC trở lên",
      tg: T2020,
      ct: VP,
      th: SBN_HX,
    }),
    section("3.4", "3.4", "Kết quả giải quyết TTHC", 1),
    task("3.4.1", "Tỷ lệ hồ sơ TTHC do cơ quan chuyên môn cấp tỉnh tiếp nhận trong năm được giải quyết đúng hạn", 2, {
      sp: BC_UBND_KSTTHC,
      yc: "Hồ sơ TTHC trong năm được giải quyết đúng hạn đạt tỷ lệ 99% trở lên",
      tg: T2020,
      ct: VP,
      th: "Các sở, ban, ngành",
    }),
    task("3.4.2", "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận trong năm được giải quyết đúng hạn", 2, {
      sp: BC_UBND_KSTTHC,
      yc: "Hồ sơ TTHC trong năm được giải quyết đúng hạn đạt tỷ lệ 99% trở lên",
      tg: T2020,
      ct: VP,
      th: "UBND cấp huyện",
    }),
    task("3.4.3", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn", 2, {
      sp: BC_UBND_KSTTHC,
      yc: "Hồ sơ TTHC trong năm được giải quyết đúng hạn đạt tỷ lệ 99% trở lên",
      tg: T2020,
      ct: VP,
      th: "UBND cấp huyện, UBND cấp xã",
    }),
    // Chủ trì and Thực hiện as printed (the units in the Chủ trì column, Sở Nội vụ in the Thực hiện column).
    task("3.4.4", "Thực hiện việc xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn trong giải quyết hồ sơ TTHC", 2, {
      sp: "Có văn bản xin lỗi của cơ quan đơn vị gửi đến người dân, doanh nghiệp",
      yc: "100% hồ sơ TTHC giải quyết trễ hẹn được xin lỗi đầy đủ, đúng quy định",
      tg: T2020,
      ct: "Các sở, ban, ngành, UBND cấp huyện, UBND cấp xã",
      th: NV,
    }),
    task("3.4.5", "Đánh giá chất lượng giải quyết TTHC của địa phương", 2, {
      sp: BC_UBND_KSTTHC,
      yc: lines(
        "- Trung tâm Phục vụ hành chính công tỉnh thực hiện đánh giá chất lượng giải quyết TTHC và công khai kết quả đánh giá;",
        "- 100% UBND cấp huyện thực hiện đánh giá chất lượng giải quyết TTHC và công khai kết quả đánh giá;",
        "- 80% UBND cấp xã thực hiện đánh giá chất lượng giải quyết TTHC và công khai kết quả đánh giá.",
      ),
      tg: T2020,
      ct: VP,
      th: SBN_HX2,
    }),
    section(
      "3.5",
      "3.5",
      "Công tác tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh",
      1,
    ),
    task("3.5.1", "Xử lý PAKN của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh", 2, {
      sp: "Báo cáo UBND tỉnh về công tác kiểm soát TTHC của tỉnh",
      yc: "100% số PAKN được xử lý hoặc kiến nghị xử lý",
      tg: T2020,
      ct: VP,
      th: SBN_H2,
    }),
    task(
      "3.5.2",
      "Công khai kết quả trả lời PAKN của cá nhân, tổ chức đối với quy định TTHC thuộc thẩm quyền giải quyết của tỉnh",
      2,
      {
        sp: "Báo cáo UBND tỉnh về công tác kiểm soát TTHC của tỉnh",
        yc: "100% số PAKN được công khai trả lời đầy đủ trên các phương tiện thông tin đại chúng",
        tg: T2020,
        ct: VP,
        th: SBN_H2,
      },
    ),

    section("4", "4", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 0),
    // "hƣớng dẫn" in the PDF.
    section("4.1", "4.1", "Thực hiện quy định của Chính phủ và hướng dẫn của các bộ, ngành về tổ chức bộ máy", 1),
    task(
      "4.1.1",
      "Sắp xếp tổ chức bộ máy và kiện toàn chức năng, nhiệm vụ của các cơ quan chuyên môn cấp tỉnh, các phòng chuyên môn cấp huyện",
      2,
      {
        sp: "Báo cáo CCHC năm của tỉnh hoặc báo cáo chuyên đề đánh giá về rà soát, kiện toàn tổ chức bộ máy trên địa bàn tỉnh",
        yc: "100 % số cơ quan chuyên môn cấp tỉnh, phòng chuyên môn cấp huyện được quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức đúng quy định",
        tg: T2020,
        ct: NV,
        th: SBN_H,
      },
    ),
    task("4.1.2", "Thực hiện quy định về cơ cấu số lượng lãnh đạo tại các cơ quan hành chính", 2, {
      sp: "Báo cáo CCHC năm của tỉnh hoặc báo cáo thống kê về số lượng cấp phó của người đứng đầu tại các cơ quan, tổ chức thuộc phạm vi đánh giá",
      yc: lines(
        "- Thực hiện đúng quy định về cơ cấu số lượng lãnh đạo cấp sở và tương đương;",
        "- Số lượng lãnh đạo, quản lý của cơ quan, đơn vị thuộc và trực thuộc phải ít hơn so với số lượng công chức không giữ chức vụ lãnh đạo, quản lý.",
      ),
    }),
    task("4.1.3", "Tỷ lệ giảm số lượng đơn vị sự nghiệp công lập so với năm 2015", 2, {
      sp: "Báo cáo CCHC năm của tỉnh hoặc báo cáo thống kê về tình hình, kết quả sắp xếp, kiện toàn tổ chức bộ máy hành chính và đơn vị sự nghiệp công lập của tỉnh trong năm đánh giá",
      yc: "Thực hiện giảm 10% số đơn vị sự nghiệp công lập trên toàn tỉnh giảm so với năm 2015",
      tg: T2020,
      ct: NV,
      th: SBN_H,
    }),
    // "đƣợc cấp" in the PDF.
    section("4.2", "4.2", "Thực hiện quy định về sử dụng biên chế được cấp có thẩm quyền giao", 1),
    task("4.2.1", "Thực hiện quy định về sử dụng biên chế hành chính", 2, {
      sp: "Báo cáo CCHC năm hoặc báo cáo thống kê về tình hình, kết quả sử dụng biên chế trong năm đánh giá",
      yc: "Số lượng biên chế hành chính của tỉnh đang sử dụng không vượt quá so với tổng số biên chế hành chính được giao",
      tg: T2020,
      ct: NV,
      th: SBN_H,
    }),
    task("4.2.2", "Thực hiện quy định về số lượng người làm việc trong các đơn vị sự nghiệp công lập của tỉnh", 2, {
      sp: BC_BIEN_CHE,
      yc: "Sử dụng không vượt quá số lượng người làm việc được giao",
      tg: T2020,
      ct: NV,
      th: SBN_H,
    }),
    task("4.2.3", "Tỷ lệ giảm biên chế so với năm 2015", 2, {
      sp: BC_BIEN_CHE,
      yc: "Đạt tỷ lệ 10%",
      tg: T2020,
      ct: NV,
      th: SBN_H,
    }),
    section("4.3", "4.3", "Thực hiện phân cấp quản lý", 1),
    task("4.3.1", "Thực hiện các quy định về phân cấp quản lý do Chính phủ và các bộ, ngành ban hành", 2, {
      sp: "Các văn bản triển khai quy định về phân cấp quản lý",
      yc: "Thực hiện đầy đủ, đúng quy định các nhiệm vụ về phân cấp quản lý nhà nước theo đúng quy định tại Nghị quyết số 21/NQ-CP ngày 21/3/2016 của Chính phủ và các quy định khác của Chính phủ, các bộ, ngành về phân cấp quản lý nhà nước",
      tg: T2020,
      ct: PHAN_CAP_CT,
      th: SBN_H,
    }),
    task(
      "4.3.2",
      "Thực hiện kiểm tra, đánh giá định kỳ đối với các nhiệm vụ quản lý nhà nước đã phân cấp cho cấp huyện, cấp xã",
      2,
      {
        sp: "Báo cáo CCHC năm của tỉnh hoặc báo cáo kết quả kiểm tra đánh giá về tình hình thực hiện phân cấp quản lý nhà nước",
        yc: "Thực hiện kiểm tra, giám sát, đánh giá định kỳ hàng năm đối với các nhiệm vụ quản lý nhà nước đã phân cấp cho cấp huyện, cấp xã theo quy định của Chính phủ",
        tg: T2020,
        ct: PHAN_CAP_CT,
        th: SBN_H,
      },
    ),
    task("4.3.3", "Xử lý các vấn đề về phân cấp phát hiện qua kiểm tra", 2, {
      sp: "Các Thông báo kết luận kiểm tra; các văn bản đã xử lý những vấn đề phát hiện qua kiểm tra",
      yc: "100% số vấn đề phát hiện qua kiểm tra được xử lý hoặc kiến nghị xử lý",
      tg: T2020,
      ct: PHAN_CAP_CT,
      th: SBN_H2,
    }),

    // "CHẤT LƢỢNG" in the PDF.
    section("5", "5", "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC", 0),
    section("5.1", "5.1", "Thực hiện cơ cấu công chức, viên chức theo vị trí việc làm", 1),
    task(
      "5.1.1",
      "Tỷ lệ cơ quan, tổ chức hành chính của tỉnh bố trí công chức theo đúng vị trí việc làm được phê duyệt",
      2,
      {
        sp: lines(
          "- Báo cáo CCHC năm của tỉnh;",
          "- Bản mô tả công việc; Khung năng lực của vị trí việc làm được phê duyệt.",
        ),
        yc: "100% cơ quan, tổ chức, địa phương hoàn thành việc phê duyệt bản mô tả công việc và khung năng lực cho từng vị trí việc làm",
        tg: T2020,
        ct: NV,
        th: SBN_H,
      },
    ),
    task("5.1.2", "Tỷ lệ đơn vị sự nghiệp thuộc tỉnh bố trí viên chức theo đúng vị trí việc làm được phê duyệt", 2, {
      sp: lines(
        "- Báo cáo CCHC năm của tỉnh;",
        "- Bản mô tả công việc; Khung năng lực của vị trí việc làm được phê duyệt.",
      ),
      yc: "Phê duyệt danh mục vị trí việc làm, bản mô tả công việc và khung năng lực cho từng vị trí việc làm cho 100% đơn vị sự nghiệp công lập thuộc tỉnh và Cơ quan chuyên môn cấp tỉnh có đơn vị sự nghiệp trực thuộc",
      tg: T2020,
      ct: NV,
      th: "Các sở, ban, ngành",
    }),
    // No "5.2" sub-heading is printed above 5.2.1 and 5.2.2.
    task(
      "5.2.1",
      "Thực hiện quy định về tuyển dụng công chức tại cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện, cấp xã",
      2,
      {
        sp: "Các văn bản liên quan đến tổ chức kỳ tuyển dụng hoặc báo cáo thống kê, tổng hợp của tỉnh về tình hình tổ chức triển khai và kết quả tuyển dụng công chức",
        yc: "100% số cơ quan, đơn vị thực hiện đúng Luật Cán bộ, công chức và các văn bản hướng dẫn thi hành",
        tg: T2020,
        ct: NV,
        th: SBN_H,
      },
    ),
    task("5.2.2", "Thực hiện quy định về tuyển dụng viên chức tại các đơn vị sự nghiệp công lập thuộc tỉnh", 2, {
      sp: "Các văn bản liên quan đến tổ chức kỳ tuyển dụng hoặc báo cáo thống kê, tổng hợp của tỉnh về tình hình tổ chức triển khai và kết quả tuyển dụng viên chức",
      yc: "Việc tuyển dụng viên chức tại 100% đơn vị sự nghiệp công lập (chỉ tính đơn vị sự nghiệp công lập thuộc UBND tỉnh, thuộc cơ quan chuyên môn cấp tỉnh) tuân thủ đúng trình tự, thủ tục và thời gian quy định tại Luật Viên chức và các văn bản hướng dẫn thi hành",
      tg: T2020,
      ct: NV,
      th: "Các sở, ban, ngành",
    }),
    section("5.3", "5.3", "Thi nâng ngạch công chức, thăng hạng viên chức theo thẩm quyền của tỉnh", 1),
    task("5.3.1", "Thực hiện quy định về thi nâng ngạch công chức", 2, {
      sp: "Các văn bản liên quan đến tổ chức kỳ thi nâng ngạch hoặc báo cáo thống kê, tổng hợp của tỉnh về tình hình tổ chức triển khai và kết quả thi nâng ngạch công chức.",
      yc: "Việc tổ chức thi nâng ngạch công chức theo thẩm quyền của tỉnh (hoặc được ủy quyền) phải tuân thủ đúng trình tự, thủ tục và thời gian quy định tại Luật Cán bộ, công chức và các văn bản hướng dẫn thi hành",
      tg: T2020,
      ct: NV,
      th: "Các sở, ban, ngành, UBND cấp huyện.",
    }),
    task("5.3.2", "Thực hiện quy định về thi, xét thăng hạng viên chức", 2, {
      sp: "Các văn bản liên quan đến tổ chức kỳ thi xét/thăng hạng hoặc báo cáo thống kê, tổng hợp của tỉnh về tình hình tổ chức triển khai và kết quả thi/xét thăng hạng.",
      yc: "Việc tổ chức thi, xét thăng hạng viên chức theo thẩm quyền của tỉnh phải tuân thủ đúng trình tự, thủ tục và thời gian quy định tại Luật Viên chức và các văn bản hướng dẫn thi hành",
    }),
    task("5.4", "Thực hiện quy định về bổ nhiệm vị trí lãnh đạo tại các cơ quan hành chính", 1, {
      sp: lines(
        "- Các quyết định bổ nhiệm;",
        "- Báo cáo đánh giá kết quả việc bổ nhiệm các vị trí lãnh đạo, quản lý trong năm.",
      ),
      yc: "100% số lãnh đạo cấp sở và tương đương; số lãnh đạo cấp phòng thuộc sở và tương đương; số lãnh đạo cấp phòng thuộc UBND cấp huyện được bổ nhiệm đúng quy định",
      tg: T2020,
      ct: NV,
      th: "Các sở, ban, ngành, UBND cấp huyện.",
    }),
    section("5.5", "5.5", "Thực hiện quy định về đánh giá, phân loại công chức, viên chức", 1),
    task("5.5.1", "Thực hiện trình tự, thủ tục đánh giá, phân loại công chức, viên chức theo quy định", 2, {
      sp: "Báo cáo kết quả đánh giá, phân loại công chức, viên chức của tỉnh",
      yc: "Thực hiện đánh giá, phân loại công chức, viên chức theo đúng quy định của Chính phủ và hướng dẫn của Bộ Nội vụ",
      tg: T2020,
      ct: NV,
      th: SBN_H,
    }),
    task("5.5.2", "Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức", 2, {
      sp: "Báo cáo CCHC năm của tỉnh hoặc báo cáo về tình hình chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức trong năm",
      // "bị kỹ luật" corrected to "kỷ luật" (second occurrence).
      yc: "Trong năm không có cán bộ, công chức, viên chức làm việc tại cơ quan nhà nước cấp tỉnh, cấp huyện bị kỷ luật từ mức khiển trách trở lên; cán bộ, công chức cấp xã bị kỷ luật từ mức cảnh cáo trở lên",
      tg: T2020,
      ct: NV,
      th: SBN_H,
    }),
    // "bồi dƣỡng" in the PDF.
    task("5.6", "Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức (CBCCVC)", 1, {
      sp: "Báo cáo công tác đào tạo, bồi dưỡng công chức, viên chức của tỉnh",
      yc: "Hoàn thành 100% kế hoạch",
      tg: "Trước ngày 31/01 năm sau",
      ct: NV,
      th: SBN_H,
    }),
    section("5.7", "5.7", "Cán bộ, công chức cấp xã", 1),
    task("5.7.1", "Tỷ lệ đạt chuẩn của công chức cấp xã", 2, {
      sp: "Báo cáo CCHC năm của tỉnh hoặc báo cáo về kết quả đào tạo, bồi dưỡng CBCCVC của tỉnh",
      yc: "100% công chức cấp xã đạt chuẩn",
      tg: T2020,
      ct: NV,
      th: "UBND cấp huyện; UBND cấp xã",
    }),
    task("5.7.2", "Tỷ lệ đạt chuẩn của cán bộ cấp xã", 2, {
      sp: "Báo cáo CCHC năm của tỉnh hoặc báo cáo về kết quả đào tạo, bồi dưỡng CBCCVC của tỉnh",
      yc: "100% cán bộ cấp xã đạt chuẩn",
    }),

    section("6", "6", "CẢI CÁCH TÀI CHÍNH CÔNG", 0),
    section("6.1", "6.1", "Tổ chức thực hiện công tác tài chính - ngân sách", 1),
    task("6.1.1", "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước hàng năm", 2, {
      sp: "Báo cáo tình hình thực hiện và giải ngân kế hoạch đầu tư vốn ngân sách nhà nước hàng năm của tỉnh",
      yc: "Giải ngân 90% trở lên so với kế hoạch",
      tg: T2020,
      ct: KHDT,
      th: "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố",
    }),
    task(
      "6.1.2",
      "Thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính tại cơ quan hành chính các cấp ở địa phương.",
      2,
      {
        sp: BC_TU_CHU_HC,
        yc: "Không có sai phạm về sử dụng kinh phí quản lý hành chính được phát hiện",
        tg: T2020,
        ct: TC,
      },
    ),
    // "các kiến nghị các kiến nghị" (repeated words) corrected to "các kiến nghị".
    task(
      "6.1.3",
      "Tổ chức thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách",
      2,
      {
        sp: BC_TU_CHU_HC,
        yc: "100% các kiến nghị sau thanh tra, kiểm tra, kiểm toán được thực hiện",
        tg: T2020,
        ct: TC,
        th: SBN_H2,
      },
    ),
    section("6.2", "6.2", "Công tác quản lý, sử dụng tài sản công", 1),
    task(
      "6.2.1",
      "Ban hành quy định về phân cấp quản lý tài sản công theo quy định của Luật Quản lý, sử dụng tài sản công",
      2,
      {
        // "phạm vị quản lý" corrected to "phạm vi".
        sp: "Văn bản của tỉnh quy định về phân cấp quản lý tài sản công thuộc phạm vi quản lý",
        yc: "Thực hiện đúng quy định tại Nghị định số 151/2017/NĐ-CP ngày 26/12/2017",
        tg: T2020,
        ct: TC,
        th: SBN_H2,
      },
    ),
    task(
      "6.2.2",
      "Ban hành tiêu chuẩn, định mức sử dụng diện tích chuyên dùng theo quy định tại Nghị định số 152/2017/NĐ-CP",
      2,
      // "152//2017/NĐ-CP" corrected to "152/2017/NĐ-CP".
      {
        sp: "Văn bản của tỉnh quy định tiêu chuẩn, định mức sử dụng diện tích chuyên dùng theo quy định tại Nghị định số 152/2017/NĐ-CP",
      },
    ),
    task("6.2.3", "Thực hiện quy định về sắp xếp lại, xử lý nhà, đất thuộc thẩm quyền quản lý", 2, {
      sp: "Báo cáo tình hình sắp xếp lại, xử lý nhà, đất kèm theo văn bản phê duyệt phương án sắp xếp lại, xử lý nhà, đất được quy định tại Nghị định 167/2017/NĐ-CP ngày 31/12/2017",
      yc: "Thực hiện đúng quy định tại Nghị định 167/2017/NĐ-CP",
    }),
    task("6.2.4", "Kiểm tra việc thực hiện các quy định về quản lý tài sản công", 2, {
      sp: "Báo cáo kết quả kiểm tra; Biên bản kiểm tra; Thông báo kết luận kiểm tra",
      yc: "Thực hiện kiểm tra theo Nghị định 167/NĐ-CP ngày 31/12/2017", // "167/NĐ-CP" as printed
      tg: T2020,
      ct: TC,
      th: SBN_H2,
    }),
    section(
      "6.3",
      "6.3",
      "Thực hiện cơ chế tự chủ, tự chịu trách nhiệm tại các đơn vị sự nghiệp công lập thuộc tỉnh",
      1,
    ),
    task("6.3.1", "Số đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên", 2, {
      sp: "Báo cáo kết quả thực hiện cơ chế tự chủ của tỉnh và các văn bản giao tự chủ tài chính",
      yc: "Số đơn vị tăng so với năm 2019",
      tg: T2020,
      ct: TC,
      th: SBN_H2,
    }),
    task("6.3.2", "Số đơn vị sự nghiệp công lập tự bảo đảm một phần chi thường xuyên", 2, {
      sp: "Báo cáo kết quả thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập của tỉnh và các văn bản giao tự chủ tài chính",
      yc: "Số đơn vị tăng so với năm 2019",
    }),
    task(
      "6.3.3",
      "Thực hiện quy định về việc phân phối kết quả tài chính hoặc sử dụng kinh phí tiết kiệm chi thường xuyên trong năm tại các đơn vị sự nghiệp công lập",
      2,
      {
        sp: "Báo cáo kết quả thực hiện cơ chế tự chủ tại Các đơn vị sự nghiệp công lập của tỉnh",
        yc: "100% đơn vị thực hiện đúng quy định về phân phối kết quả tài chính hoặc sử dụng kinh phí tiết kiệm chi thường xuyên trong năm",
      },
    ),
    task("6.3.4", "Tỷ lệ giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp so với năm 2015", 2, {
      sp: "Báo cáo về việc số lượng đơn vị sự nghiệp tự đảm bảo chi thường xuyên và số lượng đơn vị sự nghiệp đảm bảo một phần chi thường xuyên năm 2020",
      yc: "Giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp so với năm 2015 từ 10% trở lên",
    }),

    section("7", "7", "HIỆN ĐẠI HÓA HÀNH CHÍNH", 0),
    section("7.1", "7.1", "Ứng dụng công nghệ thông tin (CNTT) của tỉnh", 1),
    task("7.1.1", "Triển khai Kiến trúc Chính quyền điện tử của tỉnh", 2, {
      sp: "Báo cáo kết quả ứng dụng CNTT của tỉnh",
      yc: "Ban hành Kiến trúc Chính quyền điện tử và tổ chức triển khai, duy trì Kiến trúc theo quy định của Chính phủ, Bộ Thông tin và Truyền thông",
      tg: T2020,
      ct: TTTT,
      th: SBN_H2,
    }),
    // Thực hiện printed "... UBND cấp xã xã" (the last word doubled by the extraction).
    task("7.1.2", "Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử", 2, {
      sp: "Báo cáo kết quả ứng dụng CNTT của tỉnh",
      yc: "Tổng số văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử đạt 100% (trừ các văn bản mật)",
      th: SBN_HX2,
    }),
    // 7.1.3 and 7.1.4 print only one text each beside their Lĩnh vực; read as Yêu cầu chất lượng (a target, while
    // 7.1.2's Sản phẩm, the CNTT report, reads as shared). Label as printed: "liên thông các (từ cấp tỉnh đến cấp
    // xã)" lacks the words "phần mềm quản lý văn bản" that Phụ lục I prints.
    task("7.1.3", "Thực hiện kết nối, liên thông các (từ cấp tỉnh đến cấp xã)", 2, {
      yc: "Phần mềm quản lý văn bản kết nối liên thông 4 cấp",
    }),
    task("7.1.4", "Vận hành Hệ thống thông tin một cửa điện tử", 2, {
      yc: "Hệ thống iGate kết nối liên thông tới 100% sở, ngành, huyện, xã",
    }),
    task("7.1.5", "Xây dựng, vận hành Cổng dịch vụ công", 2, {
      sp: BC_CNTT,
      yc: "Cổng dịch vụ công của tỉnh được xây dựng phải đáp ứng đầy đủ các chức năng, tính năng kỹ thuật theo quy định",
      tg: T2020,
      ct: TTTT,
      th: SBN_HX2,
    }),
    task("7.1.6", "Xây dựng Hệ thống thông tin báo cáo cấp tỉnh", 2, {
      sp: BC_CNTT,
      yc: "Hệ thống thông tin báo cáo phải đầy đủ chức năng, yêu cầu kỹ thuật và tuân thủ quy định của Chính phủ và hướng dẫn của Bộ Thông tin và Truyền thông",
      ct: VP,
    }),
    section("7.2", "7.2", "Cung cấp dịch vụ công trực tuyến", 1),
    task("7.2.1", "Tỷ lệ TTHC cung cấp trực tuyến mức độ 3, 4 có phát sinh hồ sơ trong năm", 2, {
      sp: BC_CNTT,
      yc: "Từ 50% số TTHC trở lên cung cấp trực tuyến mức độ 3, 4 có phát sinh hồ sơ",
      tg: T2020,
      ct: TTTT,
      th: "Các sở, ban, ngành; UBND cấp huyện.",
    }),
    task("7.2.2", "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4 có phát sinh hồ sơ trong năm", 2, {
      sp: BC_CNTT,
      yc: "Từ 20% số hồ sơ tiếp nhận trực tuyến trở lên so với tổng số hồ sơ đã tiếp nhận trong năm của các TTHC nêu trên (cả trực tuyến và truyền thống)",
    }),
    // "bƣu chính" in the PDF.
    section(
      "7.3",
      "7.3",
      "Thực hiện tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích (BCCI)",
      1,
    ),
    task("7.3.1", "Tỷ lệ TTHC đã triển khai có phát sinh hồ sơ tiếp nhận/trả kết quả giải quyết qua dịch vụ BCCI", 2, {
      sp: BC_QD45,
      yc: "Từ 50% số TTHC trở lên có phát sinh hồ sơ",
      tg: T2020,
      ct: TTTT,
      th: "Các sở, ban, ngành; UBND cấp huyện; Bưu điện tỉnh",
    }),
    task("7.3.2", "Tỷ lệ hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI", 2, {
      sp: BC_QD45,
      yc: "Từ 10% số hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI so với tổng số hồ sơ đã tiếp nhận trong năm (cả tiếp nhận qua dịch vụ BCCI và qua hình thức khác)",
      tg: T2020,
      ct: TTTT,
      th: "Các sở, ban, ngành; UBND cấp huyện; Bưu điện tỉnh",
    }),
    // "so với với" and "trong năm năm" (doubled words) corrected.
    task("7.3.3", "Tỷ lệ kết quả giải quyết TTHC được trả qua dịch vụ BCCI", 2, {
      sp: BC_QD45,
      yc: "Từ 10% số hồ sơ TTHC đã được trả kết quả giải quyết qua dịch vụ BCCI so với tổng số hồ sơ đã trả kết quả giải quyết trong năm (bao gồm trả qua dịch vụ BCCI và trả qua hình thức khác)",
    }),
    // "chất lƣợng" in the PDF.
    section("7.4", "7.4", "Áp dụng Hệ thống quản lý chất lượng (ISO 9001) theo quy định", 1),
    task("7.4.1", "Tỷ lệ cơ quan chuyên môn cấp tỉnh, ĐVHC cấp huyện công bố ISO 9001 theo quy định", 2, {
      sp: "Các quyết định công bố ISO hoặc báo cáo thống kê của Sở Khoa học và Công nghệ",
      yc: "100% số cơ quan chuyên môn cấp tỉnh và ĐVHC cấp huyện đã công bố Hệ thống quản lý chất lượng ISO 9001:2008 hoặc 9001:2015",
      tg: T2020,
      ct: KHCN,
      th: SBN_H2,
    }),
    task(
      "7.4.2",
      "Tỷ lệ cơ quan chuyên môn cấp tỉnh, ĐVHC cấp huyện thực hiện đúng việc duy trì, cải tiến ISO 9001 theo quy định",
      2,
      {
        sp: "Các Báo cáo ISO hoặc Báo cáo kết quả thực hiện ISO của Sở khoa học và Công nghệ",
        yc: "100% số cơ quan, đơn vị thực hiện đúng quy trình ISO so với tổng số cơ quan đã công bố ISO",
      },
    ),

    // "NGƢỜI DÂN" in the PDF.
    section("8", "8", "TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI CỦA TỈNH", 0),
    // "ngƣời dân", "nhà nƣớc" in the PDF.
    section(
      "8.1",
      "8.1",
      "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh (Chỉ số SIPAS)",
      1,
    ),
    // Yêu cầu chất lượng continues over the page break (its last item).
    task("8.1.1", "Chỉ số hài lòng về tiếp cận dịch vụ", 2, {
      sp: "Bố trí kinh phí, đầu tư trang bị và nâng cấp các thiết bị làm việc tại Bộ phận một cửa các cấp",
      yc: lines(
        "Trung tâm phục vụ hành chính công tỉnh, 100% Bộ phận Tiếp nhận và Trả kết quả cấp huyện, cấp xã đáp ứng yêu cầu:",
        "- Biển hiệu Bộ phận Tiếp nhận và Trả kết quả rõ ràng, dễ thấy;",
        "- Bố trí đầy đủ ghế ngồi cho người dân, tổ chức;",
        "- Trang thiết bị phục vụ cho người dân tổ chức đầy đủ;",
        "- Trang thiết bị phục vụ cho người dân tổ chức dễ sử dụng.",
      ),
      tg: "Trong năm",
      ct: "Văn phòng UBND tỉnh, UBND cấp huyện; UBND cấp xã",
      th: "Các sở, ban, ngành",
    }),
    task("8.1.2", "Chỉ số hài lòng về TTHC", 2, {
      sp: lines(
        "- Định kỳ 6 tháng tổ chức đối thoại với cá nhân, tổ chức về TTHC, giải quyết TTHC;",
        "- Thanh tra, kiểm tra việc giải quyết TTHC, quy trình nghiệp vụ của cán bộ, công chức tham gia giải quyết TTHC",
      ),
      yc: lines(
        "- Quy định TTHC được niêm yết công khai đầy đủ, dễ thấy;",
        "- Thành phần hồ sơ TTHC yêu cầu nộp đúng quy định;",
        "- Mức phí/lệ phí yêu cầu nộp đúng quy định;",
        "- Thời hạn giải quyết hồ sơ TTHC đúng quy định.",
      ),
      tg: "Thường xuyên",
      ct: VP,
      th: SBN_HX,
    }),
    // Sản phẩm and Yêu cầu chất lượng continue over the page break.
    task("8.1.3", "Chỉ số hài lòng về công chức", 2, {
      sp: lines(
        "- Bố trí, sắp xếp cán bộ, công chức có năng lực chuyên môn và tinh thần, thái độ phục vụ, kỹ năng giao tiếp tốt tại Trung tâm phục vụ Hành chính công tỉnh và Bộ phận Tiếp nhận và Trả kết quả các cấp;",
        "- Tổ chức tập huấn nâng cao chuyên môn, kỹ năng giao tiếp cho cán bộ, công chức tại Trung tâm phục vụ Hành chính công tỉnh và Bộ phận Tiếp nhận và Trả kết quả các cấp.",
      ),
      yc: lines(
        "- Công chức có thái độ giao tiếp lịch sự;",
        "- Công chức chăm chú lắng nghe;",
        "- Công chức trả lời, giải thích đầy đủ;",
        "- Công chức hướng dẫn kê khai hồ sơ dễ hiểu;",
        "- Công chức hướng dẫn kê khai hồ sơ 01 lần là có thể hoàn thiện hồ sơ;",
        "- Công chức giải quyết công việc đúng quy định;",
        "- Công chức tận tình giúp đỡ.",
      ),
      tg: T2020,
      ct: "Văn phòng UBND tỉnh; Sở Nội vụ",
      th: SBN_HX,
    }),
    task("8.1.4", "Chỉ số Hài lòng về kết quả cung ứng dịch vụ", 2, {
      sp: "Tổ chức đánh giá chất lượng giải quyết TTHC theo Nghị định 61/2018/NĐ-CP",
      yc: "Kết quả cung ứng dịch vụ cho người dân/tổ chức phải đúng theo quy định và thể hiện đầy đủ, chính xác các thông tin",
      tg: "Thường xuyên",
      ct: VP,
      th: SBN_HX,
    }),
    task("8.1.5", "Chỉ số hài lòng về tiếp nhận, xử lý ý kiến góp ý phản ánh, kiến nghị", 2, {
      sp: "Công khai tất cả PAKN về TTHC do tỉnh tiếp nhận trực tiếp và các PAKN do Văn phòng Chính phủ, các bộ, ngành Trung ương tiếp nhận và yêu cầu tỉnh giải quyết",
      yc: "Khi nhận được góp ý, phản ánh, kiến nghị phải xử lý và thông báo kết quả cho người phản ánh kịp thời và đầy đủ thông tin",
      tg: "Thường xuyên",
      ct: VP,
      th: SBN_HX,
    }),
    // "đầu tƣ" in the PDF.
    task("8.2", "Mức độ thu hút đầu tư của tỉnh", 1, {
      sp: BC_KTXH,
      yc: "Tổng số vốn thu hút đầu tư của tỉnh trong năm (đơn vị tính là: tỷ đồng) cao hơn so với năm 2019",
      tg: T2020,
      ct: KHDT,
      th: SBN_H,
    }),
    section("8.3", "8.3", "Mức độ phát triển doanh nghiệp của tỉnh", 1),
    task("8.3.1", "Tỷ lệ doanh nghiệp thành lập mới trong năm 2020", 2, {
      sp: BC_KTXH,
      yc: "Tổng số doanh nghiệp thành lập mới tăng từ 20% trở lên so với năm 2019",
      tg: T2020,
      ct: KHDT,
      th: SBN_H,
    }),
    task("8.3.2", "Tỷ lệ đóng góp của khu vực doanh nghiệp vào thu ngân sách của tỉnh", 2, {
      sp: "Báo cáo kết quả thực hiện ngân sách nhà nước của tỉnh",
      yc: "Tỷ lệ đóng góp vào thu ngân sách tỉnh của khu vực doanh nghiệp trong năm đánh giá tăng hơn so với năm 2019",
      tg: T2020,
      ct: TC,
      th: SBN_H,
    }),
    // "đƣợc Chính phủ" in the PDF.
    task("8.4", "Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao", 1, {
      sp: BC_KTXH,
      yc: "Thu ngân sách của tỉnh trong năm vượt chỉ tiêu được Chính phủ giao",
      tg: T2020,
      ct: TC,
      th: SBN_H,
    }),
    task("8.5", "Tỷ lệ tăng tổng sản phẩm trên địa bàn tỉnh (GRDP)", 1, {
      sp: BC_KTXH,
      yc: "Tỷ lệ GRDP của tỉnh tăng cao hơn so với năm 2019",
      ct: KHDT,
    }),
    task("8.6", "Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội do HĐND tỉnh giao", 1, {
      sp: BC_KTXH,
      yc: "Các chỉ tiêu phát triển kinh tế - xã hội đạt và vượt chỉ tiêu do HĐND tỉnh giao",
    }),
  ],
};

export const dakLak2020 = {
  document: {
    id: "dak-lak-2020",
    issuer: "Ủy ban nhân dân tỉnh Đắk Lắk",
    title:
      "Kế hoạch nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng về sự phục vụ của cơ quan hành chính Nhà nước năm 2020",
    province: "Đắk Lắk",
    year: 2020,
  },
  templates: [pl1, pl2],
} satisfies SourceModuleInput;
