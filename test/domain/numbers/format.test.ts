import { formatDateVi, formatNumberPlainVi, formatNumberVi } from "../../../src/domain/numbers/format";

describe("formatNumberVi", () => {
  it.each<[number, number | undefined, string]>([
    [1234.5, undefined, "1.234,5"],
    [1234567, undefined, "1.234.567"],
    [-1234567.891, undefined, "-1.234.567,89"],
    [0, undefined, "0"],
    [-0.001, undefined, "0"],
    [95, undefined, "95"],
    [0.125, undefined, "0,13"],
    [1.005, undefined, "1,01"],
    [999.999, undefined, "1.000"],
    [12.3456, 3, "12,346"],
    [12.5, 0, "13"],
    [0.1 + 0.2, undefined, "0,3"],
  ])("%p (max %p decimals) -> %s", (n, max, expected) => {
    expect(max === undefined ? formatNumberVi(n) : formatNumberVi(n, max)).toBe(expected);
  });

  it("quotes stored numbers without thousands dots and rounds float noise", () => {
    expect(formatNumberPlainVi(1234.5)).toBe("1234,5");
    expect(formatNumberPlainVi(0.95 * 100)).toBe("95");
    expect(formatNumberPlainVi(-3)).toBe("-3");
  });

  it("writes dates day first", () => {
    expect(formatDateVi(new Date(Date.UTC(2024, 2, 5)))).toBe("05/03/2024");
    expect(formatDateVi(new Date(NaN))).toBe("");
  });
});
