import { cellTextWidth, rowHeightFor, textWidth, wrappedLines } from "../../../src/domain/layout/text-metrics";

/** Times New Roman's advance widths (thousandths of an em), as its metric twin Liberation Serif has them. */
describe("text measured in the tables' font", () => {
  it("measures Vietnamese text with Times New Roman's widths, regular and bold", () => {
    // Đ 722, i 278, ể 444 (as e), m 833, space 250, t 278, ố 500 (as o), đ 500, a 444 at 11 points.
    expect(textWidth("Điểm tối đa", { size: 11 })).toBeCloseTo(
      ((722 + 278 + 444 + 778 + 250 + 278 + 500 + 278 + 250 + 500 + 444) / 1000) * 11,
      6,
    );
    // Bold is wider: Đ 722, i 278, ể 444, m 833 ... đ 556, a 500.
    expect(textWidth("Điểm tối đa", { size: 11, bold: true })).toBeCloseTo(54.384, 3);
    // ư and ơ are wider than u and o; NFD input measures as NFC.
    expect(textWidth("ư", { size: 10 })).toBeCloseTo(5.42, 6);
    expect(textWidth("Tỷ lệ".normalize("NFD"), { size: 11 })).toBe(textWidth("Tỷ lệ", { size: 11 }));
  });

  it("wraps at spaces, keeps paragraphs, and breaks a word longer than a line", () => {
    const font = { size: 11 };
    const w = textWidth("Sở Nội vụ báo cáo", font);
    expect(wrappedLines("Sở Nội vụ báo cáo", w, font)).toBe(1);
    expect(wrappedLines("Sở Nội vụ báo cáo", w - 1, font)).toBe(2);
    expect(wrappedLines("- Sở Tài chính;\n- Sở Nội vụ.", 500, font)).toBe(2);
    expect(wrappedLines("0123456789".repeat(6), textWidth("0123456789", font) * 2, font)).toBe(3);
  });

  it("gives a cell its column width less padding and indentation, and a row Excel's line spacing", () => {
    expect(cellTextWidth(20)).toBe(20 * 5.25 - 5);
    expect(cellTextWidth(20, 2)).toBe(20 * 5.25 - 5 - 15);
    expect([1, 2, 3, 4].map((n) => rowHeightFor(n, 11))).toEqual([15, 28.5, 42, 55.5]);
    expect(rowHeightFor(100, 11)).toBe(409);
  });
});
