import type { TemplateInput } from "../schema";
import { PASS_FAIL } from "./builders";
import { SO_NOI_VU, binhDinhYearTable } from "./binh-dinh-2020-pl1-4";
import { CIVIL_SERVICE, GOALS, MODERNISATION, PUBLIC_FINANCE, nationalRows } from "./national-2020";

/**
 * Bình Định, Kế hoạch 04/KH-UBND (20/01/2020): Phụ lục 5 ... 8 (source lines ~1535-2363 of
 * 001_dca8338820b63d1f.txt), the rest of the national indicator set (national-2020.ts).
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

const pl5 = binhDinhYearTable(
  "bd-pl5",
  "Phụ lục 5",
  "THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC",
  "Chỉ tiêu",
  CIVIL_SERVICE,
  () => SO_NOI_VU,
);

const pl6 = binhDinhYearTable(
  "bd-pl6",
  "Phụ lục 6",
  "THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC CẢI CÁCH TÀI CHÍNH CÔNG",
  "Chỉ tiêu",
  PUBLIC_FINANCE,
  () => "Sở Tài chính",
);

// Phụ lục 7: reporters per the "Ghi chú" printed under the table.
const pl7: TemplateInput = {
  ...binhDinhYearTable(
    "bd-pl7",
    "Phụ lục 7",
    "THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC HIỆN ĐẠI HÓA HÀNH CHÍNH",
    "Chỉ tiêu",
    MODERNISATION,
    (r) => {
      const n = Number(r.id);
      return n <= 9 ? "Sở Thông tin và Truyền thông" : n <= 13 ? "Văn phòng UBND tỉnh" : "Sở Khoa học và Công nghệ";
    },
  ),
  notes: [
    "Ghi chú:",
    "- Sở Thông tin và Truyền thông thống kê các chỉ tiêu từ số thứ tự thứ 1 đến 9;",
    "- Văn phòng UBND tỉnh thống kê các chỉ tiêu từ số thứ tự thứ 10 đến 13;",
    "- Sở Khoa học và Công nghệ thống kê chỉ tiêu số thứ tự thứ 14.",
  ],
};

// Phụ lục 8 (Sở Nội vụ, plan II.2.a): one assessment column, Đạt/Không đạt.
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
    { key: "value", header: "Đánh giá kết quả đạt được (Đạt/Không đạt)", role: "value", rule: PASS_FAIL },
  ],
  rows: nationalRows(GOALS, "bd", () => SO_NOI_VU),
  crossRules: [],
};

export const binhDinhPl5to8: TemplateInput[] = [pl5, pl6, pl7, pl8];
