import type { Finding } from "../../../src/domain/rules/finding";
import { resultsSheet, type CheckedSheet } from "../../../src/domain/rules/results-sheet";
import { layoutCells } from "../../../src/domain/layout/table-layout";

const finding = (over: Partial<Finding>): Finding => ({
  severity: "error",
  code: "count.negative",
  sheet: "PL2",
  cell: "E12",
  indicator: "1.1.a",
  label: "Số nhiệm vụ",
  value: "-3",
  message: "Số lượng không được âm. Nhập số nguyên từ 0 trở lên.",
  ...over,
});

const sheet = (over: Partial<CheckedSheet>): CheckedSheet => ({
  sheet: "PL2",
  template: "Khánh Hòa – Phụ lục 2 (2021)",
  unit: "UBND xã Cam Hải Tây",
  period: "Quý I/2025",
  filled: 100,
  expected: 128,
  findings: [],
  empty: [],
  ...over,
});

/** The layout's text by row, cells joined with " | ". */
function rows(layout: ReturnType<typeof resultsSheet>): string[] {
  const byRow = new Map<number, string[]>();
  for (const c of [...layoutCells(layout)].sort((a, b) => a.row - b.row || a.col - b.col))
    byRow.set(c.row, [...(byRow.get(c.row) ?? []), c.value === null ? "" : String(c.value)]);
  return [...byRow.values()].map((r) => r.join(" | "));
}

describe("the validation results as a printable sheet", () => {
  const checked = [
    sheet({
      findings: [
        finding({}),
        finding({
          severity: "warning",
          cell: "",
          code: "sheet.noUnit",
          label: "",
          value: "",
          message: "Chưa ghi đơn vị báo cáo.",
        }),
      ],
      empty: [{ heading: "1. Công tác chỉ đạo điều hành CCHC", cells: ["E13", "E14"] }],
    }),
    sheet({ sheet: "PL5", template: "Bình Định – Phụ lục 5", findings: [] }),
  ];

  it("says per sheet whether it is ready to send, then each finding and the empty cells under their heading", () => {
    const layout = resultsSheet(
      checked,
      [{ sheet: "Ghi chú", text: "Trang tính không khớp mẫu phụ lục nào." }],
      "vi",
      new Date(2026, 10, 30),
    );
    expect(layout.sheetName).toBe("Kết quả kiểm tra");
    expect(rows(layout)).toEqual([
      "KẾT QUẢ KIỂM TRA BÁO CÁO",
      "Kiểm tra bằng CCHC ngày 30/11/2026.",
      "STT | Trang tính | Ô | Mức độ | Chỉ tiêu | Giá trị | Nội dung",
      "1 | PL2 |  | Cần sửa | Khánh Hòa – Phụ lục 2 (2021) · UBND xã Cam Hải Tây · Quý I/2025 |  | Đã nhập 100/128 ô số liệu; 1 lỗi, 1 cảnh báo.",
      "2 | PL2 | E12 | Lỗi | Số nhiệm vụ | -3 | Số lượng không được âm. Nhập số nguyên từ 0 trở lên.",
      "3 | PL2 |  | Cảnh báo |  |  | Chưa ghi đơn vị báo cáo.",
      "4 | PL2 |  | Chưa nhập | 1. Công tác chỉ đạo điều hành CCHC |  | 2 ô chưa nhập số liệu: E13, E14",
      "5 | PL5 |  | Sẵn sàng gửi | Bình Định – Phụ lục 5 · UBND xã Cam Hải Tây · Quý I/2025 |  | Đã nhập 100/128 ô số liệu; 0 lỗi, 0 cảnh báo.",
      "6 | Ghi chú |  | Không kiểm tra |  |  | Trang tính không khớp mẫu phụ lục nào.",
    ]);
    // Each sheet's line prints bold; the header row repeats on every printed page.
    const strong = layoutCells(layout)
      .filter((c) => c.style === "strong")
      .map((c) => c.row);
    expect([...new Set(strong)]).toEqual([5, 9]);
    expect(layout.print.titleRows).toEqual([4, 4]);
  });

  it("adds the file column when the sheets come from files, and speaks English when asked", () => {
    const fromFiles = checked.map((s, i) => ({ ...s, file: `don-vi-${i + 1}.xlsx` }));
    const layout = resultsSheet(
      fromFiles,
      [{ file: "hong.xlsx", text: "The file is damaged." }],
      "en",
      new Date(2026, 0, 2),
    );
    const text = rows(layout);
    expect(layout.sheetName).toBe("Validation results");
    expect(text[1]).toBe("Validated with CCHC on 02/01/2026; 3 files.");
    expect(text[2]).toBe("No. | File | Sheet | Cell | Severity | Indicator | Value | Message");
    expect(text[3]).toMatch(/^1 \| don-vi-1\.xlsx \| PL2 \| {2}\| To correct \| /);
    expect(text[text.length - 1]).toBe("6 | hong.xlsx |  |  | Not validated |  |  | The file is damaged.");
  });
});
