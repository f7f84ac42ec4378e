import { catalog, type Rule } from "../../../src/domain/catalog";
import type { RawCell } from "../../../src/domain/grid";
import { readCell } from "../../../src/domain/numbers/read-cell";
import { checkCell } from "../../../src/domain/rules/check-cell";
import { renderMessage } from "../../../src/domain/rules/messages";

/** The rule of a real indicator (or of a value column) of the catalog. */
function ruleOf(templateId: string, rowId: string, columnKey?: string): Rule {
  const t = catalog().get(templateId)!.template;
  const col = columnKey ? t.columns.find((c) => c.key === columnKey) : undefined;
  if (col?.rule) return col.rule;
  const row = t.rows.find((r) => r.id === rowId);
  if (row?.type !== "indicator" || !row.rule) throw new Error(`${templateId} ${rowId} has no rule`);
  return row.rule;
}

function check(rule: Rule, raw: RawCell | RawCell["value"], months = 6) {
  const cell = raw !== null && typeof raw === "object" && !(raw instanceof Date) ? raw : { value: raw };
  const result = checkCell(readCell(cell, rule.kind), rule, { months, style: "vi" });
  return {
    value: result.value,
    issues: result.issues.map((i) => `${i.severity} ${i.code}: ${renderMessage(i.code, i.params, "vi")}`),
  };
}

// Real rows of the Khánh Hòa periodic appendix (the form Cam Ranh filled).
const COUNT = ruleOf("kh-dinhky-pl2", "1.1.a"); // Số nhiệm vụ đề ra trong kế hoạch (Nhiệm vụ)
const PERCENT = ruleOf("kh-dinhky-pl2", "7.6.3.a"); // Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (%)
const MONTHS = ruleOf("kh-dinhky-pl2", "1.4"); // Tháng
const SURVEY = ruleOf("kh-dinhky-pl2", "1.6.b"); // Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2
const DIALOGUE = ruleOf("kh-dinhky-pl2", "1.7"); // Không = 0 Có = 1
const MONEY = ruleOf("kh-dinhky-pl2", "3.4.7.3.b"); // Đồng

describe("checking one cell against its indicator's rule", () => {
  it("takes the real rows' kinds from the catalog", () => {
    expect([COUNT.kind, PERCENT.kind, MONTHS.kind, SURVEY.kind, DIALOGUE.kind, MONEY.kind]).toEqual([
      "count",
      "percent",
      "months",
      "code",
      "flag",
      "money",
    ]);
  });

  it.each([
    [COUNT, 23, 23],
    [COUNT, "1.234", 1234],
    [COUNT, "1 234", 1234],
    [PERCENT, 95.5, 95.5],
    [PERCENT, "75,07", 75.07],
    [PERCENT, "95%", 95],
    [PERCENT, "95,5 %", 95.5],
    [PERCENT, { value: 0.95, numFmt: "0%" }, 95],
    [MONEY, 150000000, 150000000],
    [MONTHS, 6, 6],
  ])("accepts %#: %j", (rule, raw, expected) => {
    const r = check(rule as Rule, raw as RawCell["value"]);
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual({ type: "number", value: expected });
  });

  it("tells the user what to type instead of 149/149 in a percent cell", () => {
    expect(check(PERCENT, "149/149").issues).toEqual([
      "error percent.fraction: Nhập tỷ lệ phần trăm, ví dụ 100 (149/149 = 100%).",
    ]);
    expect(check(PERCENT, "12/15").issues[0]).toMatch(/ví dụ 80 \(12\/15 = 80%\)/);
  });

  it.each([
    [COUNT, -3, "error count.negative"],
    [COUNT, 2.5, "error count.fraction"],
    [COUNT, "nhiều", "error value.notNumber"],
    [PERCENT, 120, "error percent.range"],
    [PERCENT, -1, "error percent.range"],
    [PERCENT, "120 = 95%", "error percent.countPercent"],
    [MONEY, -5, "error money.negative"],
    [MONTHS, 7, "error months.range"],
    [MONTHS, 2.5, "error months.range"],
    [SURVEY, 3, "error code.invalid"],
    [SURVEY, "Phát phiếu", "error code.word"],
    [DIALOGUE, "có", "error code.word"],
    [DIALOGUE, "Không", "error code.word"],
    [DIALOGUE, 2, "error code.invalid"],
    [COUNT, { value: null, error: "#DIV/0!" }, "error value.excelError"],
  ])("rejects %#: %j", (rule, raw, expected) => {
    const r = check(rule as Rule, raw as RawCell["value"]);
    expect(r.value).toBeUndefined();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].startsWith(`${expected}:`)).toBe(true);
  });

  it("says which code a typed word means", () => {
    expect(check(DIALOGUE, "có").issues[0]).toBe("error code.word: Nhập mã 1 thay cho chữ «có» (Có = 1; Không = 0).");
    expect(check(SURVEY, "phat phieu").issues[0]).toMatch(/Nhập mã 1 thay cho chữ/);
  });

  it("warns and shows how it read an ambiguous number, and an unscaled 0-1 percent", () => {
    const amb = check(MONEY, "1.500");
    expect(amb.value).toEqual({ type: "number", value: 1500 });
    expect(amb.issues).toEqual([
      "warning value.ambiguous: Đã đọc «1.500» là 1.500. Nếu không đúng, nhập lại bằng số không có dấu phân cách.",
    ]);
    const unscaled = check(PERCENT, 0.95);
    expect(unscaled.value).toEqual({ type: "number", value: 0.95 });
    expect(unscaled.issues[0]).toMatch(/^warning percent.unitFraction: 0,95 có phải là 95%/);
  });

  it("warns on a formula that reads another workbook but keeps its cached value", () => {
    const r = check(COUNT, { value: 12, formula: "[Book2.xlsx]Sheet1!A1" });
    expect(r.value).toEqual({ type: "number", value: 12 });
    expect(r.issues[0]).toMatch(/^warning value.externalLink/);
  });

  it("checks Đạt/Không đạt in any case and without diacritics", () => {
    const rule = ruleOf("kh-pl2-ii8", "1", "value");
    expect(rule.kind).toBe("passFail");
    for (const typed of ["Đạt", "đạt", "DAT", "Không đạt", "khong dat", "KHÔNG ĐẠT"])
      expect(check(rule, typed).issues).toEqual([]);
    expect(check(rule, "Không đạt").value).toEqual({ type: "text", text: "Không đạt" });
    expect(check(rule, "Tốt").issues[0]).toMatch(
      /^error passFail.invalid: «Tốt» không hợp lệ. Nhập Đạt hoặc Không đạt./,
    );
  });

  it("keeps PAR Index scores within the row's max score", () => {
    const t = catalog().get("dl-pl1")!.template;
    const row = t.rows.find((r) => r.id === "1.1")!;
    const rule = row.type === "indicator" ? row.rule! : ruleOf("dl-pl1", "1.1");
    expect(rule).toEqual({ kind: "score", max: 1.5 });
    expect(check(rule, 1.5).issues).toEqual([]);
    expect(check(rule, 1.75).issues[0]).toMatch(/^error score.range: Điểm phải từ 0 đến 1,5/);
    expect(check(rule, 1.255).issues[0]).toMatch(/^warning score.decimals/);
  });

  it("reads composite Sơn La units: n = p% and part/whole", () => {
    const t = catalog().get("sl-pl2")!.template;
    const pairs = t.rows.filter((r) => r.type === "indicator" && r.rule?.kind === "pair");
    const countPercent = pairs.find(
      (r) => r.type === "indicator" && r.rule?.kind === "pair" && r.rule.form === "countPercent",
    )!;
    const partWhole = pairs.find(
      (r) => r.type === "indicator" && r.rule?.kind === "pair" && r.rule.form === "partWhole",
    )!;
    const cp = ruleOf("sl-pl2", countPercent.id!);
    const pw = ruleOf("sl-pl2", partWhole.id!);
    expect(check(cp, "120 = 95%").value).toEqual({ type: "pair", a: 120, b: 95 });
    expect(check(cp, "120").issues[0]).toMatch(/^error pair.invalid: «120» không đúng dạng. Nhập số lượng = tỷ lệ %/);
    expect(check(pw, "12/15").value).toEqual({ type: "pair", a: 12, b: 15 });
    expect(check(pw, "16/15").issues[0]).toMatch(/^error pair.partExceedsWhole: Phần \(16\) lớn hơn tổng \(15\)/);
  });

  it("accepts Sơn La 6.4.b in its printed form 'a/b = c%' and checks the percentage against the counts", () => {
    const rule = ruleOf("sl-pl2", "II.6.4.b"); // Cuộc/cuộc = .....%
    expect(rule).toEqual({ kind: "pair", form: "partWholePercent" });
    expect(check(rule, "12/15 = 80%")).toEqual({ value: { type: "pair", a: 12, b: 15 }, issues: [] });
    expect(check(rule, "12/15=80")).toEqual({ value: { type: "pair", a: 12, b: 15 }, issues: [] });
    expect(check(rule, "12/15")).toEqual({ value: { type: "pair", a: 12, b: 15 }, issues: [] });
    expect(check(rule, "12/15 = 70%").issues).toEqual([
      "warning pair.percentMismatch: Tỷ lệ 70% không khớp với 12/15 = 80%. Kiểm tra lại các số.",
    ]);
    expect(check(rule, "16/15 = 106%").issues[0]).toMatch(/^error pair.partExceedsWhole/);
    expect(check(rule, "80%").issues[0]).toMatch(
      /^error pair.invalid: .* Nhập phần\/tổng = tỷ lệ %, ví dụ 12\/15 = 80%/,
    );
  });

  it("takes Sơn La 6.8.a (Số máy/Số người) as two counts with a ratio: more machines than staff is no error", () => {
    const rule = ruleOf("sl-pl2", "II.6.8.a");
    expect(rule).toEqual({ kind: "pair", form: "ratio" });
    expect(check(rule, "6/5")).toEqual({ value: { type: "pair", a: 6, b: 5 }, issues: [] });
    expect(check(rule, "4/5")).toEqual({ value: { type: "pair", a: 4, b: 5 }, issues: [] });
    expect(check(rule, "6").issues[0]).toMatch(/^error pair.invalid: .*ví dụ 6\/5/);
    // The last row of the source, a count of devices.
    expect(check(ruleOf("sl-pl2", "II.6.8.b"), 3)).toEqual({ value: { type: "number", value: 3 }, issues: [] });
  });

  it("computes the percentage of 'đã tiếp nhận/đã trả đúng hạn' from the counts in the printed order", () => {
    for (const [templateId, rowId] of [
      ["kh-pl2-ii3", "5.a"],
      ["bd-pl3", "5.c"],
    ]) {
      const rule = ruleOf(templateId, rowId);
      // Received first, then returned on time: 1150 of 1200.
      expect(check(rule, "1200/1150").issues).toEqual([
        "error percent.fraction: Nhập tỷ lệ phần trăm, ví dụ 95,83 (1.150/1.200 = 95,83%).",
      ]);
      expect(check(rule, 95.83).issues).toEqual([]);
    }
    // A fraction typed the other way round is read as the share it can only be, never as more than 100%.
    expect(check(PERCENT, "15/12").issues).toEqual([
      "error percent.fraction: Nhập tỷ lệ phần trăm, ví dụ 80 (12/15 = 80%).",
    ]);
  });

  it("checks Sơn La's list columns: dates and on time / late", () => {
    const date = ruleOf("sl-pl1", "", "thoiHan");
    const status = ruleOf("sl-pl1", "", "dungHan");
    expect(check(date, "15/03/2024").value).toEqual({ type: "date", date: new Date(Date.UTC(2024, 2, 15)) });
    expect(check(date, "31/02/2024").issues[0]).toMatch(/^error date.invalid/);
    expect(check(status, "quá hạn").value).toEqual({ type: "text", text: "Quá hạn" });
    expect(check(status, "trễ").issues[0]).toMatch(/^error status.invalid/);
  });

  it("speaks English when asked", () => {
    const r = checkCell(readCell({ value: "149/149" }, "percent"), PERCENT, { months: 6, style: "en" });
    expect(renderMessage(r.issues[0].code, r.issues[0].params, "en")).toBe(
      "Type a percentage, for example 100 (149/149 = 100%).",
    );
  });
});
