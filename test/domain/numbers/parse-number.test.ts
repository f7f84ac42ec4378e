import { normalizeCellText, parseNumberText, type ParsedNumber } from "../../../src/domain/numbers/parse-number";

const n = (value: number, ambiguous = false, percentSign = false): ParsedNumber => ({ value, ambiguous, percentSign });

describe("parseNumberText", () => {
  it.each<[string, "integer" | "decimal", ParsedNumber | undefined]>([
    // Plain and signed
    ["12", "integer", n(12)],
    ["0", "decimal", n(0)],
    ["-3", "integer", n(-3)],
    ["+3", "integer", n(3)],
    ["- 3", "decimal", n(-3)],
    ["\u22123", "decimal", n(-3)],
    ["-0", "integer", n(0)],
    // Dots: Vietnamese thousands, or an English decimal when not followed by exactly 3 digits
    ["1.234", "integer", n(1234)],
    ["1.234.567", "integer", n(1234567)],
    ["1.500", "decimal", n(1500, true)],
    ["1.234", "decimal", n(1234, true)],
    ["1.234.567", "decimal", n(1234567)],
    ["12.5", "decimal", n(12.5)],
    ["0.75", "decimal", n(0.75)],
    ["95.25", "decimal", n(95.25)],
    ["12.5", "integer", n(12.5)],
    ["0.500", "decimal", n(0.5)],
    ["1234.567", "decimal", n(1234.567)],
    // Commas: Vietnamese decimals, or an English thousands group
    ["75,07", "decimal", n(75.07)],
    ["75,07", "integer", n(75.07)],
    ["1,234", "integer", n(1234, true)],
    ["1,234", "decimal", n(1.234, true)],
    ["1,234,567", "integer", n(1234567)],
    ["1,234,567", "decimal", n(1234567)],
    ["0,500", "decimal", n(0.5)],
    [",5", "decimal", n(0.5)],
    // Mixed: the last mark is the decimal one
    ["1.234,5", "decimal", n(1234.5)],
    ["1,234.5", "decimal", n(1234.5)],
    ["1.234.567,89", "decimal", n(1234567.89)],
    ["1,234,567.89", "integer", n(1234567.89)],
    // Spaces (and non-breaking spaces) group thousands
    ["1 234", "integer", n(1234)],
    ["1 234 567", "decimal", n(1234567)],
    ["1\u00a0234", "integer", n(1234)],
    ["1 234,5", "decimal", n(1234.5)],
    // Percent sign and unit words
    ["95%", "decimal", n(95, false, true)],
    ["95 %", "decimal", n(95, false, true)],
    ["95,5%", "decimal", n(95.5, false, true)],
    ["95,5 %", "decimal", n(95.5, false, true)],
    ["-5%", "decimal", n(-5, false, true)],
    ["79,53 điểm", "decimal", { ...n(79.53), unit: "điểm" }],
    ["120 hồ sơ", "integer", { ...n(120), unit: "hồ sơ" }],
    ["500.000đ", "decimal", { ...n(500000, true), unit: "đ" }],
    ["500.000 đồng", "integer", { ...n(500000), unit: "đồng" }],
    // Not one number
    ["", "integer", undefined],
    ["   ", "decimal", undefined],
    ["abc", "decimal", undefined],
    ["1.2.3", "integer", undefined],
    ["1.23.456", "integer", undefined],
    ["15.03.2024", "decimal", undefined],
    ["1,2.5", "decimal", undefined],
    ["1.234,5,6", "decimal", undefined],
    ["12 15", "integer", undefined],
    ["12.", "decimal", undefined],
    ["1e5", "decimal", undefined],
    ["12abc", "integer", undefined],
    ["Có 5", "integer", undefined],
    ["149/149", "integer", undefined],
    ["120 = 95%", "decimal", undefined],
    // A scaling word is never ignored: "1,5 triệu" is not 1.5
    ["1,5 triệu", "decimal", undefined],
    ["2 tỷ", "decimal", undefined],
    ["500 nghìn", "decimal", undefined],
  ])("%j as %s", (text, mode, expected) => {
    expect(parseNumberText(text, mode)).toEqual(expected);
  });
});

describe("normalizeCellText", () => {
  it("trims, composes to NFC and collapses spaces", () => {
    expect(normalizeCellText("  Không\u00a0\u00a0 đạt \t")).toBe("Không đạt");
    expect(normalizeCellText("Đa\u0323t".normalize("NFD"))).toBe("Đạt");
    expect(normalizeCellText("1\u200b234")).toBe("1234");
  });
});
