import ExcelJS from "exceljs";

/**
 * A province's own form that no catalog entry resembles: digital transformation at commune level, two value
 * columns under a merged "Kết quả", sections in Roman numerals, a "Trong đó" total with its parts, and one unit of
 * measure ("Điểm truy cập") that says nothing about the kind, as an officer would type it in Excel.
 */
export async function provincialForm(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu 05");
  const rows: (string | null)[][] = [
    ["Biểu số 05/CĐS"],
    ["THỐNG KÊ KẾT QUẢ CHUYỂN ĐỔI SỐ CẤP XÃ"],
    ["(Kèm theo Hướng dẫn số 17/HD-SKHCN ngày 12 tháng 01 năm 2026 của Sở Khoa học và Công nghệ tỉnh Khánh Hòa)"],
    ["TT", "Nội dung", "ĐVT", "Kết quả", null],
    [null, null, null, "Trong kỳ", "Lũy kế từ đầu năm"],
    ["I", "HẠ TẦNG SỐ"],
    ["1", "Số máy tính phục vụ người dân tại Bộ phận Một cửa", "Máy"],
    ["2", "Tỷ lệ hồ sơ thủ tục hành chính được số hóa", "%"],
    ["3", "Kết nối mạng truyền số liệu chuyên dùng", "Có = 1; Không = 0"],
    ["4", "Wifi công cộng miễn phí tại trụ sở", "Điểm truy cập"],
    ["II", "NHÂN LỰC SỐ"],
    ["1", "Tổng số người được tập huấn kỹ năng số. Trong đó:", "Người"],
    ["-", "Cán bộ, công chức cấp xã", "Người"],
    ["-", "Thành viên tổ công nghệ số cộng đồng", "Người"],
    ["2", "Kinh phí chi cho chuyển đổi số", "Triệu đồng"],
  ];
  rows.forEach((cells, r) => cells.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  for (const [t, l, b, r] of [
    [1, 1, 1, 5],
    [2, 1, 2, 5],
    [3, 1, 3, 5],
    [4, 1, 5, 1],
    [4, 2, 5, 2],
    [4, 3, 5, 3],
    [4, 4, 4, 5],
  ])
    ws.mergeCells(t, l, b, r);
  ws.getColumn(2).width = 50;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
