import { fitCellText, fitCellValue } from "../../../src/domain/layout/cell-text";
import { EXCEL_LIMITS } from "../../../src/domain/layout/excel-limits";

const feeds = (s: string) => s.split("\n").length - 1;

describe("every written cell within Excel's limits", () => {
  it("leaves text within the limits as it is", () => {
    const exact = "ê".repeat(EXCEL_LIMITS.cellChars);
    expect(fitCellText(exact)).toBe(exact);
    const lines = Array.from({ length: EXCEL_LIMITS.cellLineFeeds + 1 }, (_, i) => `dòng ${i}`).join("\n");
    expect(fitCellText(lines)).toBe(lines);
    expect([fitCellValue(12), fitCellValue(null)]).toEqual([12, null]);
  });

  it("cuts a 40,000-character name to 32,767 characters with a note of how much was cut", () => {
    const name = "Ủy ban nhân dân ".repeat(2500);
    const fitted = fitCellText(name);
    // The note's own length depends on the digits of the count: within a few characters of the limit.
    expect(fitted.length).toBeLessThanOrEqual(EXCEL_LIMITS.cellChars);
    expect(fitted.length).toBeGreaterThan(EXCEL_LIMITS.cellChars - 3);
    const note = / … \[đã cắt ([\d.]+) ký tự: một ô Excel chứa tối đa 32\.767 ký tự\]$/.exec(fitted)!;
    const cut = Number(note[1].replace(/\./g, ""));
    expect(fitted.slice(0, fitted.length - note[0].length) === name.slice(0, name.length - cut)).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    const emoji = "😀".repeat(20_000);
    const fitted = fitCellText(emoji);
    expect(fitted.length).toBeLessThanOrEqual(EXCEL_LIMITS.cellChars);
    expect(/^(😀)+$/u.test(fitted.replace(/ … \[.*\]$/, ""))).toBe(true);
  });

  it("joins lines past the line-feed limit with '; ', losing no text", () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Đơn vị ${i}: có`);
    const fitted = fitCellText(lines.join("\n"));
    expect(feeds(fitted)).toBe(EXCEL_LIMITS.cellLineFeeds);
    expect(fitted.replace(/\n|; /g, "|") === lines.join("|")).toBe(true);
  });
});
